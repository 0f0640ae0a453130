"""Which constructions put a cohort's place where it is: our cohorts whose count is a gold cohort's, by the
places their sentence names; aggregate counts only (never an article, a text or a name).

For every cohort we emit whose count a gold cohort of the article has, the places its evidence sentence names
(the countries of the gazetteer and the organisations either record names, by their forms) are each described by
kind (country / org / generic), side of the count (before / after) and the word that governs it ("in", "at",
"to", "from", "of", the sentence's start, ...). Our place and the gold's are marked, and the cohort is counted:

- by (our place's description, the gold's description) when the place is wrong, the gold's place being in the
  sentence or not ("-");
- by our place's description alone among the right ones, with the descriptions of the other places the sentence
  names (what a rule moving the place away from such a description would lose).

Verb classes of the sentence (send, host, study, go) are added with --verbs.

usage: python bench/diag_cohort_place_constructions.py LABEL G2 G3 ... [--verbs] [--top N] [--by-set]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

_GOVERNORS = frozenset(
    {"in", "at", "to", "from", "of", "by", "with", "for", "and", "or", "among", "across", "within", "into"}
    | {"between", "including", "such", "as", "than"}
)
_VERBS = {
    "send": re.compile(r"\b(?:sen[dt]s?|sending|dispatch\w*|seconded)\b", re.I),
    "host": re.compile(
        r"\b(?:host\w*|welcom\w*|receiv\w*|admit\w*|accept\w*|enrol{1,2}s|attract\w*)\b", re.I
    ),
    "study": re.compile(
        r"\b(?:stud(?:y|ies|ying|ied)|enrol{1,2}ed|train(?:ed|ing)|learn\w*|attend\w*)\b", re.I
    ),
    "go": re.compile(r"\b(?:went|go(?:es|ing|ne)?|travel\w*|abroad|visit\w*|mobility|exchange)\b", re.I),
}
_GENERIC = re.compile(
    r"\b(?:universities|institutions|colleges|schools|institutes|academies|higher\s+education)\b", re.I
)


def governor(sentence: str, pos: int) -> str:
    """The word before a place (skipping "the" and a possessive's owner is not done): a closed vocabulary."""
    head = sentence[:pos].rstrip()
    head = re.sub(r"\b(?:the|The)$", "", head).rstrip()
    if not head or (head.endswith(("“", '"', "(")) and len(head) < 3):
        return "^"
    if head[-1] in ",;:(–—-":
        return head[-1] if head[-1] in ",(" else ";"
    word = re.search(r"(\w+)$", head)
    if word is None:
        return "other"
    w = word.group(1).lower()
    return w if w in _GOVERNORS else ("V" if re.search(r"(?:ed|es|s|ing)$", w) else "other")


def places(
    sentence: str, record: dict[str, Any], gold: dict[str, Any], sc: Any
) -> list[tuple[str, int, str]]:
    """(kind, position, name) of the countries and organisations the sentence names."""
    from kgpart.extract.countries import find_countries

    out: list[tuple[str, int, str]] = []
    for country, begin, _stop, surface in find_countries(sentence):
        if surface[:1].isupper():
            out.append(("country", begin, country))
    low = sentence.lower()
    for rec in (record, gold):
        for org in rec.get("organizations") or []:
            if not isinstance(org, dict) or not org.get("name"):
                continue
            for n in [org["name"], *(org.get("aliases") or [])]:
                if n and len(n) > 2:
                    p = low.find(n.lower())
                    if p >= 0 and not any(abs(p - q) < 3 for _, q, _ in out):
                        out.append(("org", p, org["name"]))
                        break
    for m in re.finditer(r"\b[A-Z][a-z]+\s+(?:[a-z]+\s+)?(?:universities|institutions|colleges)\b", sentence):
        out.append(("generic", m.start(), m.group(0)))
    return out


def describe(kind: str, pos: int, npos: int | None, sentence: str) -> str:
    side = "?" if npos is None else ("B" if pos < npos else "A")
    return f"{kind}/{side}/{governor(sentence, pos)}"


def main(argv: list[str] | None = None) -> None:
    import labelled_sets as ls

    from kgpart.extract.countries import country_of

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=ls.set_name, metavar="SET")
    ap.add_argument("--verbs", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--by-set", action="store_true")
    args = ap.parse_args(argv)
    from diag_cohort_wrong import count_spots, kind

    sc = ls.scorer()
    wrong: Counter[str] = Counter()
    right: Counter[str] = Counter()
    right_alt: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {}
    for s in args.sets:
        for _, gold, pred, _text in ls.load(args.label, s):
            al, used = ls.matched(sc, gold, pred, "cohorts")
            matched = set(used.values())
            gcs = [g for g in gold.get("cohorts") or [] if isinstance(g, dict)]
            pcs = [p for p in pred.get("cohorts") or [] if isinstance(p, dict)]
            orgs = [n for rec in (gold, pred) for n in sc.org_names(rec)]

            def same(a: str | None, b: str | None, al: Any = al) -> bool:
                if not a or not b:
                    return False
                ca, cb = country_of(a), country_of(b)
                if ca and cb and len(a.split()) <= 4 and len(b.split()) <= 4:
                    return ca == cb
                return bool(al.same(a, b))

            for i, p in enumerate(pcs):
                pc, pat = p.get("count"), p.get("at")
                sentence = ((p.get("evidence") or {}) or {}).get("sentence") or ""
                spots = count_spots(sentence, pc) if isinstance(pc, int) else []
                npos = spots[0].start() if spots else None
                found = places(sentence, pred, gold, sc)
                verbs = ""
                if args.verbs:
                    verbs = " [" + ",".join(k for k, v in _VERBS.items() if v.search(sentence)) + "]"
                ours = next(
                    (f for f in found if same(f[2], pat) or (f[0] == "generic" and f[2] == pat)), None
                )
                od = describe(ours[0], ours[1], npos, sentence) if ours else f"{kind(pat, orgs, sc, al)}/-"
                if i in used:
                    key = od + verbs
                    right[key] += 1
                    others = sorted(
                        {
                            describe(f[0], f[1], npos, sentence)
                            for f in found
                            if f is not ours and not same(f[2], pat)
                        }
                    )
                    for o in others:
                        right_alt[f"{od}  vs  {o}"] += 1
                    continue
                free = [j for j, g in enumerate(gcs) if g.get("count") == pc and j not in matched]
                if not free:
                    continue
                gat = gcs[free[0]].get("at")
                gplace = next((f for f in found if same(f[2], gat)), None)
                if gplace is None and gat:
                    low = sentence.lower().find(str(gat).lower())
                    if low >= 0:
                        gplace = ("generic" if _GENERIC.search(gat) else "other", low, gat)
                gd = (
                    describe(gplace[0], gplace[1], npos, sentence)
                    if gplace
                    else f"{kind(gat, orgs, sc, al)}/-"
                )
                key = f"{od}  ->  {gd}{verbs}"
                wrong[key] += 1
                per.setdefault(key, Counter())[s] += 1
    print(f"wrong place (count a free gold cohort's): {sum(wrong.values())}; right: {sum(right.values())}")
    print("\n== wrong: ours -> gold")
    for k, v in wrong.most_common(args.top):
        extra = ("   " + " ".join(f"{s}={n}" for s, n in sorted(per[k].items()))) if args.by_set else ""
        print(f"{v:>4}  {k}{extra}")
    print("\n== right: ours")
    for k, v in right.most_common(args.top):
        print(f"{v:>4}  {k}")
    print("\n== right: ours vs another place of the sentence")
    for k, v in right_alt.most_common(args.top):
        print(f"{v:>4}  {k}")


if __name__ == "__main__":
    main()

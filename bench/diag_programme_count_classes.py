"""Where the counts of covered gold programmes are, and what ours are instead: counts by class only.

    PYTHONPATH=SNAP/src python bench/diag_programme_count_classes.py A=../shared/corpus/dev:001-039/2 ... \
        G2=bench/genre:g17-g32 G3=bench/genre:g33-g64 ...

A gold programme with a count is covered when a programme of ours has all its partners; then it is ``ok`` (one
of ours has its count), ``none`` (none of ours has a count) or ``wrong``. Columns: the sets written before the
genre brief fixed "up to N from each side" as 2N (A C H G1 G2-G7) and after (G8-G12). Classes: the gold count
as twice a number told "from each ..." or as that number (``X2``/``X1``, per set, with a template of the words
after the number, people nouns as W and capitalised words as Cap), the gold count's sentence from our
programme's (same, before or after its name; next one or two; later; before), the noun after it, a qualifier,
"per year"; in the same sentence (``S``) where our count is; in another (``D``) whether that sentence points
back, names a partner or another organisation, holds another programme of ours, a first cohort or a
cumulative word; for per-year counts (``PY``) where ours is. Session 17's programme-count helper (session 17
section of bench/README). Folds that may reach the held-out set (labelled_sets.HELD_OUT) are refused.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_pair_model
from labelled_sets import HELD_OUT_FIRST, fold, gold_of, refuse_held_out_articles
from train_pair_model import extract_text_file, parse_folds, scorer

import kgpart.extract.core as core
from kgpart.extract import extract_article
from kgpart.extract.numbers import NUMBER_RE, parse_number

core.find_partnerships = train_pair_model._ORIGINAL  # type: ignore[attr-defined]

NUM = re.compile(rf"(?<![\w.,/$€£+-])(?:{NUMBER_RE})(?![\w%])(?!\.\d|,\d)", re.I)
EACH = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,4}?(?:(?:from|of|at|in|for|to)\s+(?:each|both|every)\b|(?:per|each)\s+(?:side|way|direction|university|institution|partner|country|party)\b|each\s+way|in\s+each\s+direction|in\s+both\s+directions|each\b)",
    re.I,
)
QUAL = re.compile(
    r"(up\s+to|a\s+maximum\s+of|about|around|some|nearly|approximately|almost|roughly|more\s+than|over|at\s+least)\s+$",
    re.I,
)
NOUN = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,3}?(students|people|participants|scholars|researchers|places|slots|scholarships|seats|grants|fellowships|awards|positions|spots|vacancies|quotas?|teachers|staff|lecturers|academics|pupils|young|interns|trainees|graduates|candidates|applicants)\b",
    re.I,
)
PERYEAR = re.compile(
    r"^[^.;]{0,50}?\b(each|per|every|a)\s+(year|semester|academic year|intake)\b|^[^.;]{0,50}?\bannually\b",
    re.I,
)


def mentions(texts):
    out = []
    for n, t in enumerate(texts):
        for m in NUM.finditer(t):
            v = parse_number(m.group(0))
            if v is None or (1900 <= v <= 2100 and m.group(0).isdigit()):
                continue
            after = t[m.end() : m.end() + 70]
            q = QUAL.search(t, max(0, m.start() - 25), m.start())
            nm = NOUN.match(after)
            em = EACH.match(after)
            tmpl = ""
            if em:
                tmpl = re.sub(
                    r"\b(students|people|participants|scholars|researchers|staff|academics|lecturers|young|postgraduates|undergraduates|doctoral|PhD|places|slots|scholarships|seats)\b",
                    "W",
                    em.group(0).strip(),
                    flags=re.I,
                )
                tmpl = re.sub(r"\b[A-Z]\w+", "Cap", tmpl)
                tmpl += " +" + " ".join(after[em.end() :].split()[:2]) if False else ""
                tmpl = (
                    "q:"
                    + (
                        q.group(1).lower()
                        if (q := QUAL.search(t, max(0, m.start() - 25), m.start()))
                        else "-"
                    )
                    + " "
                    + tmpl
                )
            out.append(
                dict(
                    tmpl=tmpl,
                    v=v,
                    n=n,
                    each=bool(EACH.match(after)),
                    q=(" ".join(q.group(1).lower().split()) if q else ""),
                    noun=(nm.group(1).lower() if nm else "-"),
                    peryear=bool(PERYEAR.match(after)),
                    pos=m.start(),
                )
            )
    return out


SEEN = {}
_orig = core.assign_learned_counts


def hook(doc, programmes):
    SEEN["doc"] = doc
    return _orig(doc, programmes)


core.assign_learned_counts = hook  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "folds",
        nargs="+",
        type=fold,
        help=f"NAME=FOLDER[:FIRST-LAST[/STEP]], training sets up to g{HELD_OUT_FIRST - 1} only",
    )
    args = ap.parse_args(argv)
    folds = parse_folds(args.folds)
    refuse_held_out_articles(folds.values())
    sc = scorer()
    total = Counter()
    for name, folder in folds.items():
        grp = "old" if name in ("A", "C", "H", "G1", "G2", "G3", "G4", "G5", "G6", "G7") else "new"
        c = Counter()
        for txt in sorted(folder.glob("*.txt")):
            gold = gold_of(txt)
            body, url, pub = sc.read_article(txt)
            SEEN.clear()
            rec = extract_text_file(
                lambda p, u, d, _m: extract_article(p, url=u, published=d), body, url, pub, None
            )
            if "doc" not in SEEN:
                continue
            pred = rec.to_dict()
            al = sc.Aliases()
            sc.register(al, gold)
            sc.register(al, pred)
            gp = sc.items(gold, "programmes", al)
            ours = sc.items(pred, "programmes", al)
            texts = [s.text for s in SEEN["doc"].sentences]
            found = mentions(texts)
            progs = rec.programmes
            used = set()
            missed = []
            for g in gp:
                hit = next((i for i, p in enumerate(ours) if i not in used and sc.match(g, p, al)), None)
                if hit is None:
                    missed.append(g)
                else:
                    used.add(hit)
            for g in gp:
                partners, gc = g[1]
                cover = [
                    i
                    for i, p in enumerate(ours)
                    if all(any(al.same(x, y) for y in p[1][0]) for x in partners)
                ]
                if not cover or gc is None:
                    continue
                ok = any(ours[i][1][1] == gc for i in cover)
                c["covered gold with count"] += 1
                st = "ok" if ok else ("none" if all(ours[i][1][1] is None for i in cover) else "wrong")
                c[f"{st}"] += 1
                halves = [f for f in found if f["each"] and 2 * f["v"] == gc]
                same_each = [f for f in found if f["each"] and f["v"] == gc]
                ourc = {ours[i][1][1] for i in cover}
                if halves:
                    c[
                        f"{st}: gold = 2N, N told 'each'"
                        + ("; ours N" if any(h["v"] in ourc for h in halves) else "")
                    ] += 1
                for h in halves:
                    c[f"X2 {name} {'ours N' if h['v'] in ourc else 'ok' if ok else st} | {h['tmpl']}"] += 1
                for h in same_each:
                    if not halves:
                        c[f"X1 {name} {'ok' if ok else st} | {h['tmpl']}"] += 1
                if same_each and not halves:
                    c[
                        f"{st}: gold = N told 'each'"
                        + ("" if ok else "; ours 2N" if any(2 * h["v"] in ourc for h in same_each) else "")
                    ] += 1
                if ok:
                    continue
                at = [f for f in found if f["v"] == gc]
                prog = progs[cover[0]]
                own = SEEN["doc"].sentence_at(prog.evidence.start) if prog.evidence is not None else 0
                if not at:
                    c[f"{st}: gold count unwritten"] += 1
                    continue
                near = min(at, key=lambda f: abs(f["n"] - own))
                d = near["n"] - own
                ds = "same" if d == 0 else ("next1-2" if 0 < d <= 2 else ("later>2" if d > 2 else "before"))
                if d == 0:
                    ds += (
                        ", before name"
                        if near["pos"] < prog.evidence.start - SEEN["doc"].sentences[near["n"]].start
                        else ", after name"
                    )
                c[f"{st}: at {ds}"] += 1
                if near["peryear"]:
                    other = [x for x in ourc if x is not None]
                    c[
                        f"{st}: PY {ds} noun:{near['noun']} q:{near['q'] or '-'} ours:{'none' if not other else ('>' if other[0] > gc else '<')} "
                        + (
                            "ours-peryear"
                            if other and any(f["v"] == other[0] and f["peryear"] for f in found)
                            else ""
                        )
                    ] += 1
                if d == 0:
                    gt = texts[near["n"]]
                    other = [x for x in ourc if x is not None]
                    om = [f for f in found if other and f["v"] == other[0] and f["n"] == near["n"]]
                    rel = (
                        (
                            "ours-in-sent "
                            + ("ours-before-gold" if om[0]["pos"] < near["pos"] else "ours-after-gold")
                        )
                        if om
                        else ("ours-none" if not other else "ours-elsewhere")
                    )
                    nums = [f for f in found if f["n"] == near["n"]]
                    nxt = gt[near["pos"] :].split()[1:3]

                    def cls(w):
                        w2 = w.strip(",.;:()")
                        if not w2:
                            return "P"
                        if w2[0].isupper():
                            return "Cap"
                        if w2.lower() in (
                            "of",
                            "in",
                            "from",
                            "to",
                            "for",
                            "at",
                            "a",
                            "per",
                            "each",
                            "more",
                            "students",
                            "people",
                            "and",
                            "or",
                            "were",
                            "will",
                            "have",
                            "are",
                            "was",
                            "young",
                            "new",
                            "international",
                            "foreign",
                        ):
                            return w2.lower()
                        if not w[-1].isalnum():
                            return w2.lower()[:4] + "~P"
                        return "w"

                    if near["noun"] == "-":
                        c[f"{st}: S- next " + " ".join(cls(w) for w in nxt) + f" rel {rel}"] += 1
                    c[
                        f"{st}: S | gold noun:{near['noun']} q:{near['q'] or '-'} {'each' if near['each'] else ''} {rel} ({len(nums)} nums) {'words' if not texts[near['n']][near['pos']].isdigit() else ''}"
                    ] += 1
                if d != 0:
                    from kgpart.extract.programmes.wordings import REFERS_BACK

                    doc = SEEN["doc"]
                    gt = texts[near["n"]]
                    feats = []
                    feats.append("back" if REFERS_BACK.search(gt) else "noback")
                    names = {doc.orgs[i].name for i in doc.orgs_in(near["n"])}
                    feats.append(
                        "partner" if names & set(prog.partners) else ("otherorg" if names else "noorg")
                    )
                    others = [
                        p
                        for p in progs
                        if p is not prog
                        and p.evidence is not None
                        and doc.sentence_at(p.evidence.start) == near["n"]
                    ]
                    feats.append("otherprog" if others else "-")
                    feats.append("noun:" + near["noun"])
                    feats.append(
                        "first" if re.search(r"\b(first|initial|inaugural|pilot)\b", gt, re.I) else ""
                    )
                    feats.append(
                        "cum"
                        if re.search(r"\b(since|so far|to date|in total|total of|altogether)\b", gt, re.I)
                        else ""
                    )
                    feats.append("yr" if near["peryear"] else "")
                    c[f"{st}: D {ds} | " + " ".join(f for f in feats if f)] += 1
                c[f"{st}: noun {near['noun']}"] += 1
                if near["q"]:
                    c[f"{st}: qual {near['q']}"] += 1
                if near["peryear"]:
                    c[f"{st}: per year"] += 1
                other = [x for x in ourc if x is not None]
                if other:
                    oc = other[0]
                    om = [f for f in found if f["v"] == oc]
                    if om:
                        o = min(om, key=lambda f: abs(f["n"] - own))
                        c[
                            f"{st}: ours noun {o['noun']}, at {o['n'] - own:+d}"
                            if abs(o["n"] - own) <= 2
                            else f"{st}: ours noun {o['noun']}, far"
                        ] += 1
                        rel = "gold>ours" if gc > oc else "gold<ours"
                        c[
                            f"{st}: {rel}; ours {'in same sent as gold' if o['n'] == near['n'] else 'other sent'}"
                        ] += 1
                    else:
                        c[f"{st}: ours not written"] += 1
        for k, v in c.items():
            total[(grp, k)] += v
    keys = sorted({k for _, k in total})
    print(f"{'old':>5} {'new':>5}  class")
    for k in keys:
        print(f"{total[('old', k)]:>5} {total[('new', k)]:>5}  {k}")


if __name__ == "__main__":
    main()

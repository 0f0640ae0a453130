"""Our cohorts by one trait at a time, right against extra; aggregate counts only.

Re-extracts every article of the named sets in process (the hooks of ``core._record``, so it knows which cohorts
the rules gave and which the count model added) and scores each cohort of ours against the gold with the scorer's
matching: right, extra with the count of a gold cohort (a wrong place), extra with a gold programme's count, or
extra with a count the gold gives no cohort or programme ("none"). Then, for each trait of the cohort (who made
it, its status, the word of people, an origin, the kind of place, words of a running total, of a yearly flow, of
a plan, the size of the count, the sentence's place in the article), prints the four numbers. A trait whose
extras outweigh its right ones by far names a class to read (never an article, a text or a name).

usage: python bench/diag_cohort_extras.py LABEL G2 G3 ... [--by-set]
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

from diag_cohort_no_place import pipeline

_WHO = [
    ("students", r"students?|pupils?|undergraduates?|learners?|cadets?|schoolchildren|children"),
    ("graduates", r"graduates?|alumni|bachelors?|masters?"),
    ("scholars", r"scholars?|researchers?|scientists?|fellows?|academics?|postdocs?|doctoral|ph\.?d"),
    (
        "teachers",
        r"teachers?|lecturers?|professors?|faculty|staff|employees|specialists?|experts?|instructors?",
    ),
    (
        "people",
        r"citizens?|people|persons|nationals|youths?|young|applicants|participants|trainees?|interns?",
    ),
]
_TRAITS = [
    (
        "running total",
        r"\b(?:since|so\s+far|to\s+date|over\s+the\s+(?:past\s+)?(?:years|decades?)|in\s+(?:its|the)\s+history|ever|throughout|in\s+total|a\s+total\s+of|altogether|overall)\b",
    ),
    ("yearly", r"\b(?:annually|every\s+year|each\s+year|per\s+year|a\s+year|yearly)\b"),
    ("planned", r"\b(?:will|plans?|planned|expected|to\s+be|next\s+year|upcoming)\b"),
    ("abroad", r"\b(?:abroad|overseas|foreign|international)\b"),
    ("exchange", r"\b(?:exchange|mobility|internships?|double|dual|joint|scholarships?|grants?)\b"),
    (
        "event",
        r"\b(?:conference|forum|olympiad|competition|summer\s+school|winter\s+school|festival|camp|contest|seminar|workshop|course|training)\b",
    ),
    ("share", r"%|\bper\s*cent\b"),
    ("growth", r"\b(?:increased?|rose|grown|grew|doubled|from\s+\d[\d,]*\s+to)\b"),
]


def trait_list(c: Any, sentence: str, n: int, nsent: int) -> list[str]:
    out = []
    who = (c.who or "").lower()
    kind = next((k for k, p in _WHO if re.search(rf"\b(?:{p})\b", who)), "other")
    out.append(f"who {kind}")
    out.append(f"status {c.status}")
    out.append("origin" if c.from_country else "no origin")
    low = sentence.lower()
    for name, pattern in _TRAITS:
        if re.search(pattern, low):
            out.append(name)
    size = c.count or 0
    out.append(
        "size " + ("<10" if size < 10 else "<100" if size < 100 else "<1000" if size < 1000 else ">=1000")
    )
    out.append(
        "sentence " + ("first" if n == 0 else "2-3" if n <= 2 else "last" if n == nsent - 1 else "middle")
    )
    return out


def main(argv: list[str] | None = None) -> None:
    import labelled_sets as ls  # the sets, the held-out set it refuses, the cache it reads

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=ls.set_name, metavar="SET", help=" ".join(ls.SETS))
    ap.add_argument("--pairs", action="store_true", help="also print pairs of traits")
    args = ap.parse_args(argv)

    from kgpart.extract.article import text_to_article
    from kgpart.extract.countries import country_of

    sc = ls.scorer()
    total: dict[str, Counter[str]] = {}
    for s in args.sets:
        for _, gold, _pred, text_path in ls.load(args.label, s):
            body, _url, _published = sc.read_article(Path(text_path))
            text = text_to_article(body).text
            doc, _programmes, cohorts, rules = pipeline(text, with_rules=True)
            al = sc.Aliases()
            sc.register(al, gold)
            sc.register(al, {"organizations": [{"name": o.name, "aliases": o.aliases} for o in doc.orgs]})
            gi = sc.items(gold, "cohorts", al)
            pi = [("cohort", (c.count, c.at)) for c in cohorts]
            used: set[int] = set()
            for g in gi:
                hit = next((i for i, p in enumerate(pi) if i not in used and sc.match(g, p, al)), None)
                if hit is not None:
                    used.add(hit)
            gcounts = {g.get("count") for g in gold.get("cohorts") or [] if isinstance(g, dict)}
            gprog = {((p.get("participants") or {}) or {}).get("count") for p in gold.get("programmes") or []}
            rule_keys = {(c.count, c.evidence.start if c.evidence else -1) for c in rules}
            for i, c in enumerate(cohorts):
                if i in used:
                    outcome = "right"
                elif c.count in gcounts:
                    outcome = "place"
                elif c.count in gprog:
                    outcome = "prog"
                else:
                    outcome = "none"
                sentence = c.evidence.sentence if c.evidence else ""
                n = doc.sentence_at(c.evidence.start) if c.evidence else 0
                traits = trait_list(c, sentence, n, len(doc.sentences))
                src = "rules" if (c.count, c.evidence.start if c.evidence else -1) in rule_keys else "model"
                traits.append(f"by {src}")
                at = c.at or ""
                traits.append(
                    "at none"
                    if not at
                    else "at country"
                    if country_of(at) and len(at.split()) <= 4
                    else "at org"
                    if doc.find_org(at) is not None
                    else "at other"
                )
                traits.append("all")
                keys = list(traits)
                if args.pairs:
                    keys += [f"{a} & {b}" for k, a in enumerate(traits) for b in traits[k + 1 :]]
                for t in keys:
                    total.setdefault(t, Counter())[outcome] += 1
    print(f"{'right':>6}{'place':>6}{'prog':>6}{'none':>6}  trait")
    for t, c in sorted(total.items(), key=lambda kv: -(kv[1]["prog"] + kv[1]["none"])):
        if c["prog"] + c["none"] + c["right"] >= 8:
            print(f"{c['right']:6d}{c['place']:6d}{c['prog']:6d}{c['none']:6d}  {t}")


if __name__ == "__main__":
    main()

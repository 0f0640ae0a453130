"""Our cohorts by the construction of their sentence that tells a programme's participants from a cohort; aggregate
counts only.

Reads the records `bench/labelled_sets.py predict LABEL SETS` cached, with their gold, and scores each cohort of ours
with the scorer's matching: right, "place" (a gold cohort's count, another place), "prog" (no gold cohort's count, a
gold programme's), "none" (neither). Then prints, for each construction of the cohort's sentence (people taken into a
programme, people under a scheme, a scheme as the subject of what it did, places or scholarships counted, shares after
the count, a plan, a running total, ...) and for whether a programme of ours is in the sentence (with that count, with
another, with none), the four numbers. A construction whose "prog" outweighs its "right" is one a rule may read as the
programme's (never an article, a text, a name or a number).

usage: python bench/diag_count_constructions.py LABEL G2 G3 ... [--pairs]
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

_PROG = r"(?:program(?:me)?s?|schemes?|exchanges?|scholarships?|fellowships?|degrees?|diplomas?|courses?|schools?|internships?|mobility|erasmus\S*|initiative|project|grants?|quotas?)"
CONSTRUCTIONS = [
    (
        "taken into a scheme",
        rf"\b(?:take|takes|took|taken|taking)\s+part\s+in\s+(?:the|this|its|their|a|an)\s+(?:[\w\-’'+]+\s+){{0,4}}?{_PROG}\b|\b(?:participat\w*|enrol\w*|admitted|accepted|selected|registered|joined|nominated)\s+(?:in|into|to|for|on)?\s*(?:the|this|its|their|a|an)\s+(?:[\w\-’'+]+\s+){{0,4}}?{_PROG}\b",
    ),
    (
        "under a scheme",
        rf"\b(?:under|through|within|via|as\s+part\s+of|in\s+the\s+framework\s+of|thanks\s+to)\s+(?:the|this|a|an|its|their)\s+(?:[\w\-’'+]+\s+){{0,5}}?{_PROG}\b",
    ),
    (
        "scheme did",
        r"\b(?:program(?:me)?|scheme|exchange|initiative|project|it)\s+(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?(?:brought|sent|hosted|welcomed|received|produced|supported|funded|involved|trained|benefit+ed|covered|enabled|allowed|helped)\b",
    ),
    (
        "beneficiaries of",
        r"\b(?:beneficiar\w+|recipients|holders|participants|fellows|scholars|graduates|alumni)\s+of\s+(?:the|this|its)\b",
    ),
    ("benefited from", r"\bbenefit+(?:ed|ing|s)?\s+from\b"),
    (
        "places/scholarships counted",
        r"\b\d[\d,]*\s+(?:[\w\-]+\s+){0,2}?(?:places|seats|slots|scholarships|grants|fellowships|stipends|quota)\b",
    ),
    ("N of whom / of them", r"\b(?:of\s+(?:whom|them|which)|among\s+them|including)\b"),
    ("study at now", r"\b(?:currently|now|at\s+present|presently)\b"),
    ("plan", r"\b(?:will|shall|plans?|planned|expected|to\s+be)\b"),
    (
        "running total",
        r"\b(?:so\s+far|to\s+date|since|over\s+the\s+(?:past|last)|in\s+total|a\s+total\s+of|altogether|overall)\b",
    ),
    ("each year", r"\b(?:annually|every\s+year|each\s+year|per\s+year|a\s+year|yearly)\b"),
    (
        "degree word",
        r"\b(?:double|dual|joint)\s+(?:[\w\-]+\s+){0,2}?(?:degree|diploma|master|programme|program)\b",
    ),
    ("summer school", r"\b(?:summer|winter|spring)\s+(?:school|camp|programme|program|course)\b"),
    ("exchange word", r"\b(?:exchange|mobility|erasmus)\b"),
    ("scholarship word", r"\b(?:scholarships?|grants?|fellowships?|stipends?)\b"),
    (
        "capitalised programme name",
        r"\b(?:[A-Z][\w\-+]*\s+){1,5}(?:Programme|Program|Scheme|Scholarship|Fellowship|Initiative|Project)\b",
    ),
]
_KIND = re.compile(rf"(?i)\b{_PROG}\b")


def _count(item: dict[str, Any]) -> Any:
    return ((item.get("participants") or {}) or {}).get("count")


def main(argv: list[str] | None = None) -> None:
    import labelled_sets as ls  # the sets, the held-out set it refuses, the cache it reads

    from kgpart.extract import count_owner as co
    from kgpart.extract.countries import country_of

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=ls.set_name, metavar="SET", help=" ".join(ls.SETS))
    ap.add_argument("--pairs", action="store_true", help="also print pairs of constructions")
    ap.add_argument(
        "--within",
        help="print, for the cohorts with this trait, every combination of the constructions they have",
    )
    args = ap.parse_args(argv)
    sc = ls.scorer()
    total: dict[str, Counter[str]] = {}
    compiled = [
        (name, re.compile(p, re.IGNORECASE if name != "capitalised programme name" else 0))
        for name, p in CONSTRUCTIONS
    ]
    for s in args.sets:
        for _, gold, pred, _text_path in ls.load(args.label, s):
            _aliases, used = ls.matched(sc, gold, pred, "cohorts")
            gcounts = {g.get("count") for g in gold.get("cohorts") or [] if isinstance(g, dict)}
            gprog = {_count(p) for p in gold.get("programmes") or [] if isinstance(p, dict)} - {None}
            progs = [p for p in pred.get("programmes") or [] if isinstance(p, dict)]
            cohorts = [c for c in pred.get("cohorts") or [] if isinstance(c, dict)]
            for i, c in enumerate(cohorts):
                n = c.get("count")
                outcome = (
                    "right" if i in used else "place" if n in gcounts else "prog" if n in gprog else "none"
                )
                sent = (c.get("evidence") or {}).get("sentence") or ""
                here = [p for p in progs if (p.get("evidence") or {}).get("sentence") == sent]
                holder = [p for p in progs if n is not None and _count(p) == n]
                state = (
                    "ours here with its count"
                    if any(_count(p) == n for p in here)
                    else "ours here, no count"
                    if any(_count(p) is None for p in here)
                    else "ours here, another count"
                    if here
                    else "ours elsewhere with its count"
                    if holder
                    else "no programme of ours here"
                )
                traits = [f"[{state}]"]
                traits += [name for name, rx in compiled if rx.search(sent)]
                at = sent.find(str(n))
                if co._STUDYING_THERE.search(sent):
                    traits.append("owner: studying there")
                if co._SHARES_AFTER.search(sent, max(at, 0)):
                    traits.append("owner: shares after")
                if co._counts_in(sent) - {n}:
                    traits.append("owner: another count")
                if co._INTO_THE_PROGRAMME.search(sent):
                    traits.append("owner: into the programme")
                traits.append(f"status {c.get('status')}")
                at = c.get("at") or ""
                named = any(o.get("name") == at for o in pred.get("organizations") or [])
                place = "none" if not at else "org" if named else "country" if country_of(at) else "other"
                traits.append(f"at {place}" + ("" if c.get("from_country") else ", no origin"))
                for h in holder[:1]:
                    traits.append(f"holder partners {min(len(h.get('partners') or []), 2)}")
                    traits.append(f"holder kind {h.get('kind')}")
                    name = h.get("name") or ""
                    traits.append("holder named" if name[:1].isupper() else "holder lower-case")
                    orgs = {o.get("name"): o.get("type") for o in pred.get("organizations") or []}
                    kinds = sorted({orgs.get(x) or "?" for x in h.get("partners") or []})
                    traits.append("holder partner types " + "+".join(kinds))
                    if c.get("at") in (h.get("partners") or []):
                        traits.append("cohort at a holder partner")
                who = (c.get("who") or "").lower()
                traits.append(
                    "who "
                    + next(
                        (
                            w
                            for w in (
                                "scholarship",
                                "place",
                                "grant",
                                "student",
                                "graduate",
                                "research",
                                "teacher",
                                "staff",
                                "fellow",
                                "participant",
                                "people",
                            )
                            if w in who
                        ),
                        "other",
                    )
                )
                if not _KIND.search(sent):
                    traits.append("no programme word")
                traits.append("all")
                keys = list(traits)
                if args.pairs:
                    keys += [f"{a} & {b}" for k, a in enumerate(traits) for b in traits[k + 1 :]]
                if args.within and args.within in traits:
                    rest = [t for t in traits if t not in (args.within, "all")]
                    keys = ["within: " + t for t in rest] + [
                        f"within: {a} & {b}" for k, a in enumerate(rest) for b in rest[k + 1 :]
                    ]
                for t in keys:
                    total.setdefault(t, Counter())[outcome] += 1
    print(f"{'right':>6}{'place':>6}{'prog':>6}{'none':>6}  construction")
    for t, c in sorted(total.items(), key=lambda kv: -(kv[1]["prog"])):
        if c["prog"] + c["none"] + c["right"] >= (1 if args.within else 6):
            print(f"{c['right']:6d}{c['place']:6d}{c['prog']:6d}{c['none']:6d}  {t}")


if __name__ == "__main__":
    main()

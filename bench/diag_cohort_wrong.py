"""Class our wrong cohorts (the scorer's extras) by what went wrong; aggregate counts only.

Reads the records `bench/labelled_sets.py predict LABEL SETS` cached, with their gold, and prints how many of
the cohorts we emit that match no gold cohort fall in each class (never an article, a text or a name):

(a) the count is a gold cohort's count and the place is wrong: our place is the people's origin, the gold's
    place is our origin (direction reversed), an institution against another institution (and how the two are
    told in the count's sentence), a country against a city or an institution, a generic phrase ("Russian
    universities") against a specific host, two forms of one country, or a cohort repeating a matched one;
(b) the count is no gold cohort's: a gold programme's count, a year, an age, a duration, money or a share, a
    count of things or of places and scholarships, of staff, a total the gold splits into parts, a repeat of
    another of our cohorts, or people the gold does not count.

usage: python bench/diag_cohort_wrong.py LABEL G2 G3 ... [--by-set]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

_GENERIC = re.compile(
    r"\b(?:universities|institutions|colleges|schools|institutes|academies|universit\w+ of|educational|"
    r"higher education|companies|enterprises|organi[sz]ations|centres|centers|hospitals|clinics)\b",
    re.I,
)
_UNIT = re.compile(
    r"\b(?:faculty|school|department|institute|college|centre|center|chair|laboratory)\b", re.I
)
_THINGS_AFTER = re.compile(
    r"(?:agreements?|memorand\w*|mous?|programmes?|programs?|projects?|courses?|faculties|departments?|"
    r"books?|publications?|articles?|papers?|languages?|specialt\w+|majors?|disciplines?|subjects?|"
    r"branches?|campuses?|laborator\w+|labs?|centres?|centers?|events?|meetings?|universities|institutions|"
    r"colleges|schools|countries|cities|regions|companies|partners?|areas?|fields?|lectures?|modules?|"
    r"credits?|hours?|documents?|contracts?|grants?|awards?|prizes?|medals?|rooms?|beds?)\b"
)
_PLACES_AFTER = re.compile(r"(?:places?|seats?|slots?|quotas?|vacancies|scholarships?|stipends?|spots?)\b")
_STAFF_AFTER = re.compile(
    r"(?:staff|employees|teachers?|lecturers?|professors?|instructors?|faculty|academic|scientists?|"
    r"researchers?|specialists?|experts?|doctors?|workers?)\b"
)
_TIME_AFTER = re.compile(r"(?:-|\s)*(?:years?|months?|weeks?|days?|decades?|semesters?|hours?)\b(?!\s+old)")
_AGE = re.compile(r"(?:-|\s)*years?[\s-]+old|\baged\s+$|\bage\s+(?:of\s+)?$")
_MONEY_AFTER = re.compile(
    r"\s*(?:million|billion|thousand)?\s*(?:dollars|euros?|usd|eur|tenge|rubles?|roubles?|soms?|yuan|won|yen|"
    r"pounds?|manats?|sums?|rupees?)\b",
    re.I,
)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:usd|eur|kzt|rub|uzs))\s*$", re.I)
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)")


def kind(name: str | None, orgs: list[str], sc: Any, al: Any) -> str:
    """org, country, city, generic or other: what a place names."""
    from kgpart.extract.countries import city_country, country_of

    if not name:
        return "none"
    if country_of(name) and len(name.split()) <= 4:
        return "country"
    if any(al.same(name, o) for o in orgs):
        return "org"
    if city_country(name):
        return "city"
    if _GENERIC.search(name) and not re.match(r"[A-Z]\w+\s+(?:State\s+)?(?:University|Institute)\b", name):
        return (
            "generic" if name[:1].islower() or re.search(r"\b[a-z]+(?:ies|ions|ges|ols)\b", name) else "org"
        )
    return "other"


def where_told(sentence: str, names: list[str]) -> int | None:
    """The first place in the sentence where one of the names is written (case folded)."""
    low = sentence.lower()
    spots = [low.find(n.lower()) for n in names if n and len(n) > 2]
    spots = [s for s in spots if s >= 0]
    return min(spots) if spots else None


def forms(name: str, record: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """A name and the aliases either record gives it."""
    from score_extraction import norm  # type: ignore[import-not-found]

    out = [name]
    for rec in (record, gold):
        for org in rec.get("organizations") or []:
            names = [org.get("name"), *(org.get("aliases") or [])]
            if any(n and norm(n) == norm(name) for n in names):
                out += [n for n in names if n]
    return out


def count_spots(sentence: str, count: int) -> list[re.Match[str]]:
    from kgpart.extract.cohorts.learned_counts import _NUMBER
    from kgpart.extract.cohorts.words import parse_count

    return [m for m in _NUMBER.finditer(sentence) if parse_count(m.group("num")) == count]


def number_class(sentence: str, count: int) -> str:
    """What the count is by the words around it in its sentence."""
    spots = count_spots(sentence, count)
    if not spots:
        return "not written in its sentence"
    m = spots[0]
    after = sentence[m.end() : m.end() + 40].lower()
    before = sentence[max(0, m.start() - 12) : m.start()].lower()
    if _SHARE_AFTER.match(after):
        return "a share"
    if _MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before):
        return "money"
    if _AGE.match(after) or _AGE.search(before):
        return "an age"
    if 1950 <= count <= 2100 and not re.match(r"\s+(?:\w+\s+){0,2}(?:students|people|participants)", after):
        return "a year"
    if _TIME_AFTER.match(after):
        return "a duration"
    words = " ".join(after.split()[:4])
    for label, pattern in (
        ("places or scholarships", _PLACES_AFTER),
        ("things", _THINGS_AFTER),
        ("staff", _STAFF_AFTER),
    ):
        hit = pattern.search(words)
        if hit and hit.start() < 25:
            return label
    return "people"


def main(argv: list[str] | None = None) -> None:
    import labelled_sets as ls  # the sets, the held-out set it refuses, the cache it reads

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=ls.set_name, metavar="SET", help=" ".join(ls.SETS))
    ap.add_argument("--by-set", action="store_true", help="also print each class per set")
    args = ap.parse_args(argv)
    sc = ls.scorer()
    total: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {}
    for s in args.sets:
        c = per.setdefault(s, Counter())
        for _, gold, pred, _text in ls.load(args.label, s):
            al, used = ls.matched(sc, gold, pred, "cohorts")  # pred index -> gold index
            gi = sc.items(gold, "cohorts", al)
            pi = sc.items(pred, "cohorts", al)
            pcs = [p for p in pred.get("cohorts") or [] if isinstance(p, dict)]
            gcs = [g for g in gold.get("cohorts") or [] if isinstance(g, dict)]
            matched_gold = set(used.values())
            c["gold"] += len(gi)
            c["pred"] += len(pi)
            c["right"] += len(used)
            orgs = [n for rec in (gold, pred) for n in sc.org_names(rec)]
            gprog = {((p.get("participants") or {}) or {}).get("count") for p in gold.get("programmes") or []}
            gcounts = [g.get("count") for g in gcs]
            for i, p in enumerate(pcs):
                if i in used:
                    continue
                pc, pat, pf = p.get("count"), p.get("at"), p.get("from_country")
                sentence = ((p.get("evidence") or {}) or {}).get("sentence") or ""
                same = [j for j, g in enumerate(gcs) if g.get("count") == pc]
                if same:
                    free = [j for j in same if j not in matched_gold]
                    if not free:
                        c["a: repeats a matched cohort's count"] += 1
                        continue
                    g = gcs[free[0]]
                    gat, gf = g.get("at"), g.get("from_country")
                    kg, kp = kind(gat, orgs, sc, al), kind(pat, orgs, sc, al)
                    if not pat:
                        c["a: ours has no place"] += 1
                    elif pf and gat and al.same(pf, gat):
                        c["a: direction reversed (our origin is the gold's place)"] += 1
                    elif (gf and al.same(pat, gf)) or (pf and al.same(pat, pf)):
                        c[f"a: the people's origin as the place (gold {kg})"] += 1
                    elif kg == "country" and kp == "country":
                        from kgpart.extract.countries import country_of

                        if country_of(gat) == country_of(pat):
                            c["a: one country, another form"] += 1
                        else:
                            c["a: another country"] += 1
                    elif kg == "org" and kp == "org":
                        gfor, pfor = forms(gat, gold, pred), forms(pat, pred, gold)
                        gpos, ppos = where_told(sentence, gfor), where_told(sentence, pfor)
                        npos = count_spots(sentence, pc)
                        cpos = npos[0].start() if npos else None
                        unit = any(
                            (x.lower() in y.lower() or y.lower() in x.lower()) and x.lower() != y.lower()
                            for x in gfor
                            for y in pfor
                            if len(x) > 3 and len(y) > 3
                        ) or (bool(_UNIT.search(gat)) != bool(_UNIT.search(pat)))
                        if gpos is None and ppos is None:
                            where = "neither in the sentence"
                        elif gpos is None:
                            where = "ours only in the sentence"
                        elif ppos is None:
                            where = "gold only in the sentence"
                        elif cpos is None:
                            where = "both, count not found"
                        else:
                            order = sorted([("G", gpos), ("O", ppos), ("N", cpos)], key=lambda t: t[1])
                            where = "both: " + "".join(t[0] for t in order)
                        c[f"a: institution vs institution ({where})"] += 1
                        if unit:
                            c["a:   of which one a unit or a longer form of the other"] += 1
                    elif kg == "generic" or kp == "generic":
                        c[f"a: generic vs specific (gold {kg}, ours {kp})"] += 1
                    else:
                        c[f"a: gold {kg}, ours {kp}"] += 1
                    continue
                # (b) no gold cohort has this count
                others = [q for k, q in enumerate(pcs) if k != i and q.get("count") == pc]
                if pc in gprog:
                    ours = [
                        q
                        for q in pred.get("programmes") or []
                        if ((q.get("participants") or {}) or {}).get("count") == pc
                    ]
                    c[
                        "b: a gold programme's count"
                        + (
                            "; ours has that programme's count too"
                            if ours
                            else "; no programme of ours has it"
                        )
                    ] += 1
                elif others:
                    c["b: repeats another of our cohorts"] += 1
                elif isinstance(pc, int) and any(
                    sum(part) == pc for r in (2, 3) for part in itertools.combinations(gcounts, r)
                ):
                    c["b: a total the gold splits into parts"] += 1
                else:
                    what = number_class(sentence, pc) if isinstance(pc, int) else "no count"
                    if what == "people" and not gcs:
                        what = "people; the gold has no cohort in the article"
                    c[f"b: {what}"] += 1
        total.update(c)
    print(
        f"gold {total['gold']}  predicted {total['pred']}  right {total['right']}  wrong {total['pred'] - total['right']}"
    )
    for key in sorted(k for k in total if k[:2] in ("a:", "b:")):
        row = f"{total[key]:>5}  {key}"
        if args.by_set:
            row += "   " + " ".join(f"{s}={per[s][key]}" for s in args.sets if per[s][key])
        print(row)


if __name__ == "__main__":
    main()

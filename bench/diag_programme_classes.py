"""Every gold programme and every programme of ours in one class: aggregate counts (session 17).

Reads the records ``bench/labelled_sets.py predict LABEL SETS`` cached and the gold, matches programmes as the
scorer does (greedy, in the gold's order) and prints COUNTS BY CLASS only, never a name, a sentence or an article
(the training sets G2 ... may be measured, not read). The held-out set is refused (labelled_sets.set_name).

    python bench/diag_programme_classes.py LABEL G2 G3 ... [--cache DIR]

Gold programmes:
- ``matched``;
- ``count``: a free programme of ours (matched to nothing) holds all its partners, the count is missing or wrong;
  then where the gold count is: in our programme's sentence, 1-2 sentences after or before, further, not written in
  digits; whether a cohort of ours or another programme of ours holds it;
- ``taken``: only programmes of ours matched to another gold programme hold its partners (one programme of ours
  for two of the gold: a merge);
- ``uncovered``: no programme of ours holds all its partners: no programme of ours in the article, or ours there;
  by the kind its name tells, by the construction of its sentence (the gold programme's sentence: the one holding its
  count, else the one sharing most words of its name), whether a programme of ours is told in that sentence, whether
  its partners are organisations of our record.

Programmes of ours not matched (extras):
- ``free cover``: holds all partners of an unmatched gold programme (the count keeps them apart);
- ``duplicate``: holds all partners of a matched gold programme only (a second reading of one programme, or a
  split);
- ``no cover``: holds the partners of no gold programme: its partners all partners of some gold programme of the
  article (a partner missing) or one at least of none; its kind; whether its count is a gold cohort's; articles with
  no gold programme at all.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from diag_programme_coverage import _SPLIT, _kind, _named_in, _sentence_of
from labelled_sets import CACHE, load, scorer, set_name

from kgpart.extract.numbers import UNIT_WORDS

#: Constructions of a programme's sentence, first that holds wins (lower case).
_CONSTRUCTIONS = [
    (
        "government/state scholarship",
        r"(?:government|state|president|ministry|embassy)[^.]{0,60}scholarship|scholarships?[^.]{0,40}(?:government|ministry|embassy)",
    ),
    ("quota/places", r"\bquota|\bplaces\b|\bseats\b|budget"),
    ("double/dual degree", r"double|dual|two diplomas|both diplomas|diplomas of both|\d\s*\+\s*\d"),
    (
        "joint degree/programme",
        r"joint (?:master|bachelor|degree|phd|doctoral|programme|program|educational)",
    ),
    ("summer/winter school", r"summer|winter|spring school"),
    ("joint centre/institute/lab", r"(?:centre|center|institute|laborator|\blab\b)"),
    ("fellowship", r"fellowship"),
    ("scholarship", r"scholarship|grant|stipend"),
    ("exchange/mobility", r"exchange|mobility|erasmus|semester at|study at|spend"),
    ("internship/training/course", r"internship|training|course|trainee"),
    ("programme (other)", r"program|scheme"),
]


def _construction(sentence: str) -> str:
    low = sentence.lower()
    return next((name for name, rx in _CONSTRUCTIONS if re.search(rx, low)), "none of these")


def _count_forms(count: int) -> re.Pattern[str]:
    forms = [re.escape(str(count)), re.escape(f"{count:,}")]
    if 0 < count <= 12:
        forms.append(UNIT_WORDS[count])
    return re.compile(r"(?<![\d,.])(?:" + "|".join(forms) + r")(?![\d,])", re.IGNORECASE)


def _index_of(sentence: str, sentences: list[str]) -> int | None:
    head = sentence.strip()[:60]
    return next((k for k, s in enumerate(sentences) if head and head in s), None)


def classify(sc: Any, gold: dict[str, Any], pred: dict[str, Any], body: str, out: Counter[str]) -> None:
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, pred)
    same = aliases.same
    sentences = [s for s in _SPLIT.split(body) if s.strip()]
    golds = gold.get("programmes") or []
    ours = pred.get("programmes") or []
    g_items = sc.items(gold, "programmes", aliases)
    p_items = sc.items(pred, "programmes", aliases)
    used: dict[int, int] = {}  # ours -> gold
    gold_hit: dict[int, int] = {}
    for gi, g in enumerate(g_items):
        hit = next((i for i, p in enumerate(p_items) if i not in used and sc.match(g, p, aliases)), None)
        if hit is not None:
            used[hit] = gi
            gold_hit[gi] = hit
    our_orgs = [o.get("name") for o in pred.get("organizations") or [] if o.get("name")]
    gold_cohort_counts = {c.get("count") for c in gold.get("cohorts") or []}
    our_cohort_counts = [c.get("count") for c in pred.get("cohorts") or []]

    def covers(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return all(any(same(x, y) for y in p.get("partners") or []) for x in g.get("partners") or [] if x)

    out["gold programmes"] += 1 * 0
    for gi, g in enumerate(golds):
        out["G gold programmes"] += 1
        kind = _kind(g)
        count = ((g.get("participants") or {}) or {}).get("count")
        if gi in gold_hit:
            out["G matched"] += 1
            out[f"G matched by kind: {kind}"] += 1
            continue
        out[f"G missed by kind: {kind}"] += 1
        free = [i for i, p in enumerate(ours) if i not in used and covers(p, g)]
        taken = [i for i, p in enumerate(ours) if i in used and covers(p, g)]
        if free:
            out["G count (a free programme of ours covers)"] += 1
            ours_count = ((ours[free[0]].get("participants") or {}) or {}).get("count")
            out[f"G count: ours {'has none' if ours_count is None else 'wrong'}"] += 1
            k0 = _index_of((ours[free[0]].get("evidence") or {}).get("sentence") or "", sentences)
            if isinstance(count, int):
                rx = _count_forms(count)
                hits = [k for k, s in enumerate(sentences) if rx.search(s)]
                if not hits:
                    where = "not written"
                elif k0 is None:
                    where = "our sentence unknown"
                else:
                    d = min((k - k0 for k in hits), key=abs)
                    where = {0: "our sentence"}.get(d) or (
                        "1-2 after"
                        if 0 < d <= 2
                        else "1-2 before"
                        if -2 <= d < 0
                        else "further after"
                        if d > 0
                        else "further before"
                    )
                out[f"G count: gold count is {where}"] += 1
                out[f"G count: a cohort of ours holds it: {count in our_cohort_counts}"] += 1
                other = any(
                    ((p.get("participants") or {}) or {}).get("count") == count
                    for i, p in enumerate(ours)
                    if i not in free
                )
                out[f"G count: another programme of ours holds it: {other}"] += 1
            continue
        if taken:
            out["G taken (only matched programmes of ours cover)"] += 1
            out[f"G taken by kind: {kind}"] += 1
            other_kind = _kind(golds[used[taken[0]]])
            out[
                f"G taken: the gold matched to ours is of kind {'same' if other_kind == kind else 'another'}"
            ] += 1
            out[f"G taken pair: missing {kind} / matched {other_kind}"] += 1
            taker = ours[taken[0]]
            tc = ((taker.get("participants") or {}) or {}).get("count")
            out[f"G taken: ours holds the missing gold's count {tc is not None and tc == count}"] += 1
            k = _sentence_of(g, sentences)
            if kind == "exchange":
                out[
                    f"G taken exchange: gold count {'none' if count is None else 'in its sentence' if k is not None and _count_forms(count).search(sentences[k]) else 'elsewhere'}"
                ] += 1
                if k is not None:
                    lowk = sentences[k].lower()
                    t4 = [
                        p
                        for p in ours
                        if _index_of((p.get("evidence") or {}).get("sentence") or "", sentences) == k
                    ]
                    out[f"G taken exchange: ours told in its sentence {[_kind(p) for p in t4]}"] += 1
                    out[
                        f"G taken exchange: a cohort of ours holds its count {count is not None and count in our_cohort_counts}"
                    ] += 1
                    out[
                        f"G taken exchange: its sentence has exchange word {bool(re.search('exchang|mobility', lowk))}, degree word {bool(re.search('double|dual|joint|degree', lowk))}"
                    ] += 1
            if k is not None:
                t6 = [
                    i
                    for i, p in enumerate(ours)
                    if _index_of((p.get("evidence") or {}).get("sentence") or "", sentences) == k
                ]
                out[
                    f"G taken: ours told in the missing one's sentence: {'none' if not t6 else 'the taker' if taken[0] in t6 else 'another matched' if any(i in used for i in t6) else 'a free one'}"
                ] += 1
            kt = _index_of((taker.get("evidence") or {}).get("sentence") or "", sentences)
            if k is not None and kt is not None:
                d = k - kt
                out[
                    f"G taken: missing gold's sentence from ours {'same' if d == 0 else '1-2 after' if 0 < d <= 2 else '1-2 before' if -2 <= d < 0 else 'further'}"
                ] += 1
                out[f"G taken: construction of missing gold's sentence: {_construction(sentences[k])}"] += 1
            continue
        out["G UNCOVERED"] += 1
        out[f"G uncovered by kind: {kind}"] += 1
        partners = [x for x in g.get("partners") or [] if x]
        k = _sentence_of(g, sentences)
        construction = _construction(sentences[k]) if k is not None else "no sentence found"
        out[f"G uncovered by construction: {construction}"] += 1
        if k is not None and (not ours or construction in ("none of these", "quota/places")):
            low = sentences[k].lower()
            for w in (
                "quota",
                "places",
                "seats",
                "budget",
                "grant",
                "free",
                "allocat",
                "offer",
                "provid",
                "student",
                "teacher",
                "study",
                "studies",
                "send",
                "host",
                "train",
                "research",
                "project",
                "will",
                "each year",
                "annually",
                "a year",
                "per year",
                "from each",
                "exchange",
                "semester",
                "tuition",
                "master",
                "bachelor",
                "phd",
                "applicant",
                "citizen",
                "admit",
                "enrol",
                "receive",
                "visit",
                "under",
                "agreement",
            ):
                if w in low:
                    out[f"G uncovered W {'A' if not ours else 'B'} {construction}: has '{w}'"] += 1
            c = ((g.get("participants") or {}) or {}).get("count")
            out[
                f"G uncovered W {'A' if not ours else 'B'} {construction}: count {'none' if c is None else 'in sentence' if _count_forms(c).search(sentences[k]) else 'elsewhere'}"
            ] += 1
        if k is not None and "places" in sentences[k].lower():
            from kgpart.extract.programmes import wordings as wd

            st = sentences[k]
            c = ((g.get("participants") or {}) or {}).get("count")
            tag = f"G places {'A' if not ours else 'B'}"
            for nm in (
                "SCHOLARSHIPS",
                "PLACES_GIVEN",
                "PLACES_COUNTED",
                "QUOTA",
                "QUOTA_TOLD",
                "NOT_PLACES_GIVEN",
                "PLACES_TO_STUDY",
            ):
                if getattr(wd, nm).search(st):
                    out[f"{tag}: {nm} matches"] += 1
            if isinstance(c, int):
                num = rf"(?:{re.escape(str(c))}|{re.escape(f'{c:,}')})"
                before = re.search(num + r"(?:\s+[\w\-]+){0,4}?\s+places", st) is not None
                after = re.search(r"places(?:\s+[\w\-]+){0,6}?\s+" + num, st) is not None
                out[f"{tag}: count before places within 4 words {before}"] += 1
                out[f"{tag}: count after places within 6 words {after}"] += 1
        if ours and k is not None:
            told2 = [
                p for p in ours if _index_of((p.get("evidence") or {}).get("sentence") or "", sentences) == k
            ]
            desc = (
                "; ".join(f"{_kind(p)} {_types(p.get('partners') or [], pred, same)}" for p in told2)
                or "none told here"
            )
            out[f"G uncovered T {construction}: gold {_types(partners, gold, same)} / ours here: {desc}"] += 1
        if ours is not None and k is not None:
            told3 = [
                p for p in ours if _index_of((p.get("evidence") or {}).get("sentence") or "", sentences) == k
            ]
            grp = None
            gt = _types(partners, gold, same)
            if construction == "exchange/mobility" and not told3:
                grp = "exchange none told"
            elif construction == "none of these" and not told3:
                grp = "no programme word none told"
            elif (
                any(t in ("Government", "Ministry", "Embassy") for t in gt)
                and "schol" in sentences[k].lower() + (g.get("name") or "").lower()
            ):
                grp = f"state scholarship, ours told {bool(told3)}"
            if grp:
                low = sentences[k].lower()
                out[f"G uncovered U {grp}: n"] += 1
                gc = ((g.get("participants") or {}) or {}).get("count")
                out[
                    f"G uncovered U {grp}: gold count {'none' if gc is None else 'in sentence' if _count_forms(gc).search(sentences[k]) else 'elsewhere'}"
                ] += 1
                out[
                    f"G uncovered U {grp}: a cohort of ours holds its count {gc is not None and gc in our_cohort_counts}"
                ] += 1
                out[
                    f"G uncovered U {grp}: a gold cohort has its count {gc is not None and gc in gold_cohort_counts}"
                ] += 1
                out[
                    f"G uncovered U {grp}: partners in our record {sum(any(same(x, o) for o in our_orgs) for x in partners)}/{len(partners)}"
                ] += 1
                for lab, rx in [
                    ("exchange of", r"exchanges? of"),
                    ("student exchange", r"(?:student|academic|staff|teacher)s?\s+exchange"),
                    ("exchange programme", r"exchange\s+program"),
                    ("mobility", r"mobility"),
                    ("erasmus", r"erasmus"),
                    ("exchanged", r"exchanged|will exchange|to exchange"),
                    (
                        "send/host verb",
                        r"\b(?:send|sent|sends|host|hosts|hosted|receive|received|welcom\w+|admit\w*|accept\w*)\b",
                    ),
                    (
                        "study/spend at",
                        r"\b(?:study|studied|studying|spend|spent|spending|do|undergo|complete)\b[^.]{0,40}\bat\b",
                    ),
                    (
                        "N students",
                        r"\d[\d,]*\s+(?:\w+\s+){0,2}(?:students|researchers|teachers|lecturers|scholars|participants|pupils|staff)",
                    ),
                    (
                        "word-number students",
                        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:\w+\s+){0,2}(?:students|researchers|teachers|scholars|participants)",
                    ),
                    ("from each", r"from each|from both|each side|each university"),
                    ("under/within", r"\b(?:under|within|through|as part of)\b"),
                    ("agreement", r"agreement|memorand|mou\b"),
                    ("scholarship", r"scholarship"),
                    ("grant", r"grant"),
                    ("government", r"government"),
                    ("awarded", r"award"),
                    ("for study", r"to study|for study|study in"),
                    ("since/so far", r"since|so far|to date|already"),
                    ("year", r"\b(?:each|every|per|a)\s+year|annually"),
                    ("visit", r"visit"),
                    ("phd/master", r"phd|doctoral|master"),
                    ("research", r"research"),
                    ("internship", r"intern"),
                    ("will", r"\bwill\b"),
                    ("past verb", r"\b(?:have|has)\s+\w+ed\b|\b\w+ed\b"),
                ]:
                    if re.search(rx, low):
                        out[f"G uncovered U {grp}: {lab}"] += 1
        mine0 = sum(any(same(x, o) for o in our_orgs) for x in partners)
        out[
            f"G uncovered X: {'A' if not ours else 'B'} | {construction} | {len(partners)} partners, {mine0} ours"
        ] += 1
        if not ours:
            out["G uncovered: A no programme of ours in the article"] += 1
        else:
            out["G uncovered: B ours in the article"] += 1
            if k is not None:
                told = [
                    p
                    for p in ours
                    if _index_of((p.get("evidence") or {}).get("sentence") or "", sentences) == k
                ]
                out[f"G uncovered B: a programme of ours told in its sentence: {bool(told)}"] += 1
                if told:
                    held = max(
                        sum(any(same(x, y) for y in p.get("partners") or []) for x in partners) for p in told
                    )
                    out[f"G uncovered B told: that programme holds {held}/{len(partners)} partners"] += 1
                    best = max(
                        told,
                        key=lambda p: sum(any(same(x, y) for y in p.get("partners") or []) for x in partners),
                    )
                    bi = ours.index(best)
                    out[
                        f"G uncovered B told: that programme is {'matched' if bi in used else 'free'}, kind {_kind(best)}, {len(best.get('partners') or [])} partners"
                    ] += 1
                    for x in partners:
                        if any(same(x, y) for y in best.get("partners") or []):
                            continue
                        org = next(
                            (o for o in pred.get("organizations") or [] if same(x, o.get("name") or "")), None
                        )
                        if org is None:
                            out["G uncovered B told: missing partner not of our record"] += 1
                            continue
                        named = _named_in([org["name"], *(org.get("aliases") or [])], sentences[k], sc.norm)
                        out[
                            f"G uncovered B told: missing partner of our record ({org.get('type')}), our names in the sentence {named}"
                        ] += 1
                        if named:
                            low = sentences[k]
                            pos = min(
                                (
                                    low.find(nm)
                                    for nm in [org["name"], *(org.get("aliases") or [])]
                                    if nm and low.find(nm) >= 0
                                ),
                                default=-1,
                            )
                            after_with = re.search(r"with\s+(?:the\s+)?$", low[:pos]) is not None
                            out[
                                f"G uncovered B told named: ' with ' in sentence {' with ' in low}, 'between' {'between' in low}, org after 'with' {after_with}"
                            ] += 1
        mine = sum(any(same(x, o) for o in our_orgs) for x in partners)
        out[
            f"G uncovered: partners of our record {'all' if mine == len(partners) else 'some' if mine else 'none'}"
        ] += 1
        if k is not None:
            named = sum(
                _named_in(
                    [
                        x,
                        *next(
                            (
                                o.get("aliases") or []
                                for o in gold.get("organizations") or []
                                if o.get("name") == x
                            ),
                            [],
                        ),
                    ],
                    sentences[k],
                    sc.norm,
                )
                for x in partners
            )
            out[f"G uncovered: partners named in its sentence {named}/{len(partners)}"] += 1
            if named == len(partners) >= 2:
                t5 = [
                    p
                    for p in ours
                    if _index_of((p.get("evidence") or {}).get("sentence") or "", sentences) == k
                ]
                out[
                    f"G uncovered all named: {'A' if not ours else 'B'} ours told there {[_kind(p) for p in t5]} | {construction}"
                ] += 1
    for i, p in enumerate(ours):
        out["O our programmes"] += 1
        status = (
            "matched"
            if i in used
            else "free"
            if any(covers(p, g) and gi not in gold_hit for gi, g in enumerate(golds))
            else "dup"
            if any(covers(p, g) for g in golds)
            else "nocover"
        )
        out[f"T {status}: {_twin_class(p, i, ours)}"] += 1
        if i in used:
            continue
        out["O EXTRAS"] += 1
        kind = _kind(p)
        if any(covers(p, g) and gi not in gold_hit for gi, g in enumerate(golds)):
            out["O extra: free cover (count apart)"] += 1
            continue
        if any(covers(p, g) for g in golds):
            out["O extra: duplicate of a matched gold"] += 1
            cov = [g for g in golds if covers(p, g)]
            zero = all(not [x for x in g.get("partners") or [] if x] for g in cov)
            samek = any(_kind(g) == kind for g in cov)
            pc = ((p.get("participants") or {}) or {}).get("count")
            out[
                f"O extra duplicate: covers only partnerless golds {zero}, a covered gold of its kind {samek}, count {'none' if pc is None else 'set'}"
            ] += 1
            out[f"O extra duplicate by kind: {kind}"] += 1
            continue
        if not golds:
            out["O extra: no cover, article of no gold programme"] += 1
            out[f"O extra no-gold by kind: {kind}"] += 1
            c = ((p.get("participants") or {}) or {}).get("count")
            out[
                f"O extra no-gold: its count a gold cohort's {c is not None and c in gold_cohort_counts}"
            ] += 1
            continue
        gold_partners = [x for g in golds for x in g.get("partners") or [] if x]
        wrong = sum(not any(same(y, x) for x in gold_partners) for y in p.get("partners") or [])
        out[
            f"O extra: no cover, {'every partner a gold partner' if not wrong else 'a partner of no gold programme'}"
        ] += 1
        out[f"O extra no cover by kind: {kind}"] += 1
        nm = p.get("name") or ""
        out[
            f"O extra no cover: {kind} | {'named' if nm[:1].isupper() else 'generic'} | ours {_types(p.get('partners') or [], pred, same)} | gold partners of the article {sorted({t for g in golds for t in _types([x for x in g.get('partners') or [] if x], gold, same)})}"
        ] += 1
        c = ((p.get("participants") or {}) or {}).get("count")
        out[f"O extra no cover: its count a gold cohort's {c is not None and c in gold_cohort_counts}"] += 1


def _types(names: list[str], rec: dict[str, Any], same: Any) -> tuple[str, ...]:
    """The types ``rec`` gives ``names`` (alias-aware), sorted."""
    orgs = rec.get("organizations") or []
    return tuple(
        sorted(str(next((o.get("type") for o in orgs if same(o.get("name") or "", x)), None)) for x in names)
    )


def _twin_class(p: dict[str, Any], i: int, ours: list[dict[str, Any]]) -> str:
    """How ``p`` stands to the other programmes of ours holding all its partners (names as the record writes them)."""
    mine = set(p.get("partners") or [])
    start = (p.get("evidence") or {}).get("start") or 0
    sibs = [q for j, q in enumerate(ours) if j != i and mine <= set(q.get("partners") or [])]
    if not sibs:
        return "no sibling"
    q = min(sibs, key=lambda q: abs(((q.get("evidence") or {}).get("start") or 0) - start))
    qs = (q.get("evidence") or {}).get("start") or 0
    pc = ((p.get("participants") or {}) or {}).get("count")
    qc = ((q.get("participants") or {}) or {}).get("count")
    return (
        f"sib {'equal' if set(q.get('partners') or []) == mine else 'superset'}"
        f" {'same sentence' if qs == start else 'after it' if qs < start else 'before it'}"
        f" kind {'same' if q.get('kind') == p.get('kind') else 'other'}"
        f" count {'none' if pc is None else 'set'}/{'none' if qc is None else 'same' if qc == pc else 'other'}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=set_name)
    ap.add_argument("--cache", type=Path, default=CACHE)
    args = ap.parse_args(argv)
    sc = scorer()
    out: Counter[str] = Counter()
    for name in args.sets:
        for _, gold, pred, text in load(args.label, name, args.cache):
            body, _, _ = sc.read_article(Path(text))
            classify(sc, gold, pred, body, out)
    for key, value in sorted(out.items()):
        if value:
            print(f"{value:>5} {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

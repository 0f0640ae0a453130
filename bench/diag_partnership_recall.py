"""Aggregate diagnostic of the missed gold partnerships, one class each (#11, session 18).

Reads a cache of `bench/labelled_sets.py predict LABEL ...` (records, gold, texts), matches partnerships with
../shared/tools/score_extraction.py's own matching and pairing, and re-extracts each article in process only to
keep its parsed Doc (sentences and organisation mentions). Each missed gold partnership of two parties gets the
first class that applies:

1. a second tie of a pair we have (a partnership of ours matches the pair, but the gold's other tie took it);
2. a party missing from our organisations (named verbatim in the text / its unit or parent is ours / other);
3. a party that is a unit of a university (the gold gives it a Faculty, Department, School, Centre or
   ResearchInstitute type with a part_of);
4. the two parties never named in one sentence (adjacent sentences / further apart / one never found);
5. named in one sentence, by the first construction of the sentence that applies (a signing "with", "an
   agreement between", an existing tie "since", a programme "of A and B", renewed, strategic partnership, letter
   of intent, a tie to come, "agreed to establish", "with its partners A, B and C", a list of three or more
   organisations, another word of a tie, no word of a tie); and, apart, what our record makes of that sentence
   (no tie from it / a tie of one of them with a third party / a tie of two others).

Counts only: no article, sentence, name or per-article miss is printed (G2 ... are training data read by
scripts only). The held-out set is refused before anything is read; the sets are labelled_sets.py's.

usage: PYTHONPATH=SNAP/src python bench/diag_partnership_recall.py LABEL A C H G1 G2 ...
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled_sets import CACHE, HELD_OUT, SETS, load, scorer, set_name

UNIT_TYPES = {"Faculty", "Department", "School", "Centre", "ResearchInstitute", "Laboratory"}

#: (class, pattern on the sentence naming both parties): the first that applies names the sentence
CONSTRUCTIONS = [
    ("letter of intent", r"\bletters?\s+of\s+intent"),
    ("strategic partnership", r"\bstrategic\s+(?:partner|alliance|cooperation)"),
    ("renewed / extended", r"\brenew|\bextend|\bprolong|\bre-?sign"),
    (
        "a tie to come (will sign, plan to sign)",
        r"\b(?:will|would|shall|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|to\s+be)\s+"
        r"(?:\w+\s+)?sign|\bupcoming\s+sign|\bfuture\s+(?:agreement|memorand|cooperation)",
    ),
    (
        "agreed to establish / launch",
        r"\bagreed?\s+(?:to|on)\s+(?:\w+\s+){0,2}(?:establish|launch|open|create|set\s+up|develop|start|"
        r"introduce|implement|organi[sz]e|hold|run|expand|strengthen|cooperat)",
    ),
    ("signed ... with", r"\b(?:sign\w*|inked|conclud\w*|seal\w*)\b[^.;]{0,120}?\bwith\b"),
    (
        "an agreement / memorandum between",
        r"\b(?:agreement|memorand\w*|mou|accord|protocol|contract|partnership|cooperation)\s+between\b",
    ),
    ("A and B signed", r"\b(?:sign\w*|inked|conclud\w*|seal\w*)\b"),
    (
        "an existing tie (since YEAR, have run, for N years)",
        r"\bsince\s+(?:the\s+)?\d{4}|\bfor\s+(?:more\s+than\s+|over\s+)?\w+\s+years|\blong-?standing|"
        r"\b(?:have|has)\s+(?:been\s+)?(?:run|runn|cooperat|work|collaborat|partner|maintain|held)\w*",
    ),
    (
        "a programme of / run by A and B",
        r"\b(?:programmes?|programs?|degrees?|exchanges?|mobility|courses?|schools?)\s+(?:of|by|run\s+by|"
        r"offered\s+by|between|with)\b",
    ),
    (
        "with its partners A, B and C",
        r"\b(?:partners?|partner\s+universities|partner\s+institutions)\b[^.;]{0,40}?,",
    ),
    (
        "another word of a tie",
        r"memorand|\bmous?\b|agreement|\baccord\b|partner|cooperat|co-operat|collaborat|\bties\b|relations|"
        r"alliance|consorti|network|protocol|double|dual|joint|exchange|mobility",
    ),
]
CONSTRUCTIONS_RE = [(k, re.compile(v, re.I)) for k, v in CONSTRUCTIONS]

#: flags of a one-sentence miss (they overlap; counted apart from the classes)
FLAGS = [
    (
        "a list after 'including / such as / among them'",
        r"\b(?:including|such\s+as|among\s+(?:them|which|others))\b",
    ),
    (
        "'partners (of A) (in X) are | include | - | :' a list",
        r"\bpartners?\b[^.;]{0,60}?(?:\b(?:are|include[sd]?)\b|\s[-\u2013\u2014:]\s)",
    ),
    (
        "fronted 'Together | Jointly | In partnership | In cooperation with B, A ...'",
        r"^\W*(?:\w+\s+){0,4}?(?:together|jointly|along|in\s+(?:partnership|cooperation|collaboration|conjunction))"
        r"\s+with\b",
    ),
    (
        "'with B and (a/an/the) ... with C'",
        r"\bwith\b[^.;]{3,120}?\band\s+(?:an?|the|its|their)?\s*[^.;]{0,60}?\bwith\b",
    ),
    ("'together | jointly | along with' anywhere", r"\b(?:together|jointly|along)\s+with\b"),
    (
        "'with the support | participation of'",
        r"\bwith\s+the\s+(?:support|participation|assistance|help)\s+of\b",
    ),
    (
        "a person's post names a party (rector of, president of)",
        r"\b(?:rector|president|vice-chancellor|dean|director|head|ambassador)\s+of\b",
    ),
    ("a visit or meeting word", r"\bvisit\w*|\bdelegation|\bmet\b|\bmeeting\b|\bwelcom\w*|\btalks\b"),
    (
        "students / staff of A at B",
        r"\b(?:students|teachers|professors|staff|researchers|graduates)\s+(?:from|of)\b",
    ),
]
REFERENCE = re.compile(
    r"\b(?:it|its|they|their|both|the\s+two|the\s+(?:university|institute|academy|college|school|sides|parties|"
    r"partners?|partner\s+university))\b",
    re.I,
)
FLAGS_RE = [(k, re.compile(v, re.I)) for k, v in FLAGS]


def _doc_extractor() -> tuple[Any, dict[str, Any]]:
    """core.extract_article, with the Doc of the last call kept (find_partnerships wrapped)."""
    import kgpart.extract.core as core

    state: dict[str, Any] = {}
    original = core.find_partnerships

    def keep(doc: Any, meetings: Any) -> Any:
        state["doc"] = doc
        return original(doc, meetings)

    core.find_partnerships = keep

    import kgpart.extract.partnerships.find as find
    import kgpart.extract.partnerships.learned as learned

    original_pairs = find.add_learned_pairs

    def keep_candidates(doc: Any, found: Any, model: Any = None) -> None:
        active = model or learned.active_model()
        if active is not None and len(doc.org_mentions) >= 2:
            state["candidates"] = [
                (
                    doc.orgs[c.a].name,
                    doc.orgs[c.b].name,
                    active.margin(c.features) - active.threshold,
                    c.vetoed,
                )
                for c in learned.candidates(doc, found, unruled_only=True)
            ]
        original_pairs(doc, found, model)

    find.add_learned_pairs = keep_candidates
    return core.extract_article, state


def classify(label: str, names: list[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    sc = scorer()
    extract, state = _doc_extractor()
    total: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    ours_here: Counter[str] = Counter()
    for name in names:
        for _, gold, cached, text_path in load(label, name):
            _article(sc, extract, state, gold, cached, text_path, (total, classes, ours_here))
    return total, classes, ours_here


def _article(
    sc: Any,
    extract: Any,
    state: dict[str, Any],
    gold: dict[str, Any],
    cached: dict[str, Any],
    text_path: str,
    counters: tuple[Counter[str], Counter[str], Counter[str]],
) -> None:
    """Class the missed gold partnerships of one article into the three counters."""
    from kgpart.extract.partnerships.parties import top_institution

    total, classes, ours_here = counters
    body, url, published = sc.read_article(Path(text_path))
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / Path(text_path).name
        article.write_text(body, encoding="utf-8")
        state.clear()
        record = extract(article, url=url, published=published)
    pred = record.to_dict()
    doc = state.get("doc")
    if pred.get("partnerships") != cached.get("partnerships"):
        total["records unlike the cache (extracted with another tree?)"] += 1
    al = sc.Aliases()
    sc.register(al, gold)
    sc.register(al, pred)
    gi = sc.items(gold, "partnerships", al)
    pi = sc.items(pred, "partnerships", al)
    right, n_pred, n_gold, misses, _ = sc.score(gi, pi, al)
    total["gold"] += n_gold
    total["predicted"] += n_pred
    total["right"] += right
    gorgs, porgs = sc.org_names(gold), sc.org_names(pred)
    gobj = {o["name"]: o for o in gold.get("organizations") or [] if isinstance(o, dict) and o.get("name")}

    def ours(x: str) -> str | None:
        return next((o for o in porgs if al.same(x, o)), None)

    def gold_org(x: str) -> dict[str, Any]:
        g = next((o for o in gorgs if al.same(x, o)), None)
        return gobj.get(g, {}) if g else {}

    def sentences_of(x: str) -> set[int]:
        found: set[int] = set()
        if doc is None:
            return found
        o = ours(x)
        i = doc.find_org(o) if o else None
        if i is not None:
            tops = {i, top_institution(doc, i)}
            found |= {m.sentence for m in doc.org_mentions if m.index in tops}
        forms = [x, *(gold_org(x).get("aliases") or [])]
        for n, sent in enumerate(doc.sentences):
            if any(f and len(f) > 2 and f in sent.text for f in forms):
                found.add(n)
        return found

    for g in misses:
        parties = g[1]
        if len(parties) != 2:
            classes[f"0. gold of {len(parties)} parties"] += 1
            continue
        x, y = parties
        if any(sc.match(g, p, al) for p in pi):
            classes["1. a second tie of a pair we have"] += 1
            continue
        missing = [z for z in (x, y) if ours(z) is None]
        if missing:
            z = missing[0]
            parent = gold_org(z).get("part_of")
            forms = [z, *(gold_org(z).get("aliases") or [])]
            if len(missing) == 2:
                sub = "both missing"
            elif parent and ours(parent):
                sub = "a unit whose parent is ours"
            elif any(al.same(gobj[o].get("part_of") or "", z) and ours(o) for o in gobj):
                units = [ours(o) for o in gobj if al.same(gobj[o].get("part_of") or "", z) and ours(o)]
                other = y if z == x else x
                tied = any(
                    any(al.same(u or "", q) for q in p[1]) and any(al.same(other, q) for q in p[1])
                    for p in pi
                    for u in units
                )
                pobj = {o.get("name"): o for o in pred.get("organizations") or [] if isinstance(o, dict)}
                has_part_of = any((pobj.get(u) or {}).get("part_of") for u in units)
                sub = "a parent whose unit is ours ({}, our unit {})".format(
                    "we tie the unit to the other party" if tied else "no tie of the unit either",
                    "has a part_of" if has_part_of else "has no part_of",
                )
            elif any(f and f in body for f in forms):
                sub = "named verbatim"
            else:
                sub = "not verbatim"
            classes[f"2. a party missing from our organisations: {sub}"] += 1
            continue
        units = [z for z in (x, y) if gold_org(z).get("type") in UNIT_TYPES and gold_org(z).get("part_of")]
        if units:
            parent = gold_org(units[0]).get("part_of") or ""
            other = y if units[0] == x else x
            tied_up = any(
                any(al.same(parent, q) for q in p[1]) and any(al.same(other, q) for q in p[1]) for p in pi
            )
            sub = "we tie its parent instead" if tied_up else "no tie of its parent either"
            classes[f"3. a party is a unit of a university: {sub}"] += 1
            continue
        cand = [
            (margin, vetoed)
            for a, b, margin, vetoed in state.get("candidates") or []
            if (al.same(a, x) and al.same(b, y)) or (al.same(a, y) and al.same(b, x))
        ]
        if not cand:
            model = "no candidate of the pair model"
        elif cand[0][1]:
            model = "a vetoed candidate"
        elif cand[0][0] >= -1:
            model = "a candidate within one logit below the threshold"
        else:
            model = "a candidate further below the threshold"
        sx, sy = sentences_of(x), sentences_of(y)
        both = sorted(sx & sy)
        if not both:
            if not sx or not sy:
                sub = "a party found in no sentence"
            elif any(abs(a - b) <= 1 for a in sx for b in sy):
                sub = "in adjacent sentences"
            else:
                sub = "further apart"
            classes[f"4. never named in one sentence: {sub}"] += 1
            ours_here[f"pair model, never in one sentence: {model}"] += 1
            if sub == "in adjacent sentences":
                a, b = min((a, b) for a in sx for b in sy if abs(a - b) <= 1)
                first, second = sorted((a, b))
                for k, text in (
                    ("first", doc.sentences[first].text),
                    ("second", doc.sentences[second].text),
                ):
                    tie = next((c for c, rx in CONSTRUCTIONS_RE if rx.search(text)), "no word of a tie")
                    ours_here[f"adjacent, the {k} sentence: {tie}"] += 1
                    if REFERENCE.search(text):
                        ours_here[
                            f"adjacent, the {k} sentence refers back (it, its, the university, both)"
                        ] += 1
            continue
        assert doc is not None
        n = both[0]
        sent = doc.sentences[n]
        n_orgs = len({top_institution(doc, m.index) for m in doc.org_mentions_in(n)})
        kind = next((k for k, rx in CONSTRUCTIONS_RE if rx.search(sent.text)), "no word of a tie")
        size = "2 orgs" if n_orgs <= 2 else "3+ orgs"
        if kind == "with its partners A, B and C" and n_orgs < 3:
            kind = "another word of a tie"
        classes[f"5. named in one sentence: {kind}"] += 1
        classes[f"5. named in one sentence ({size})"] += 1
        ours_here[f"pair model, one sentence: {model}"] += 1
        for flag, rx in FLAGS_RE:
            if rx.search(sent.text):
                ours_here[f"flag: {flag}"] += 1
        here = [
            p
            for p in record.partnerships
            if p.evidence and any(doc.sentences[k].start == p.evidence.start for k in both)
        ]
        if not here:
            ours_here[f"{kind}: no tie of ours from the sentence(s)"] += 1
            ours_here["(all) no tie of ours from the sentence(s)"] += 1
            continue
        shares = {sum(1 for z in p.between if al.same(z, x) or al.same(z, y)) for p in here}
        what = "one of them with a third party" if 1 in shares else "two others"
        ours_here[f"{kind}: a tie of ours from it of {what}"] += 1
        ours_here[f"(all) a tie of ours from it of {what}"] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="diag_partnership_recall.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("label", help="the label of a `labelled_sets.py predict` cache")
    ap.add_argument(
        "sets", nargs="+", type=set_name, help=f"set names: {' '.join(SETS)} ({HELD_OUT} is refused)"
    )
    args = ap.parse_args(argv)
    if not (CACHE / args.label).is_dir():
        ap.error(f"nothing cached for {args.label} in {CACHE}")
    total, classes, ours_here = classify(args.label, args.sets)
    print(" ".join(f"{k} {v}" for k, v in total.items()), f"missed {total['gold'] - total['right']}")
    print("-- missed gold partnerships, one class each (5. counted twice: by construction and by size)")
    for k, v in sorted(classes.items()):
        print(f"{v:>5} {k}")
    print("-- named in one sentence: what our record makes of that sentence")
    for k, v in sorted(ours_here.items()):
        print(f"{v:>5} {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

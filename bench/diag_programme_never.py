"""Gold programmes no step ever covers: their constructions, aggregate counts only (session 18).

Extracts every article of the named sets in this process with the steps of ``core._record`` hooked (as
``diag_programme_stages.py`` does) and takes the gold programmes that no programme of any step covers (holds all
their partners; the count aside) and no step matches. Each is classed by:

- its kind (the gold name and kind: double/dual degree, joint degree, exchange, state scholarship scheme, other
  scholarship, fellowship, places/quota, summer/winter school, internship, training course, language course, joint
  institute/centre, branch campus, other);
- its sentence (the one holding its count, else the one sharing most words of its name): whether the word of its
  kind is written there, how many of its partners are named there, whether the count is there, whether a programme
  of ours is told there (by the evidence of the final record);
- whether it is the second programme of a pair: another gold programme of the article with the same partners,
  matched at the end (and its kind), or missed as well;
- whether our record ties its partners (a partnership of ours holds them all).

Where the word of its kind is written and no programme of ours is told there: whether the first pass's name pattern
(``wordings._PROGRAMME``) finds a name and which of its vetoes hold before it, and the kind word's frame (one word each
side, words outside a closed list of function and programme words shown as W, figures as N: no text). One-partner
programmes: the gold partner's type and the types of ours told in the sentence. A count its sentence does not tell:
elsewhere in the article, a sum or double of two figures, or neither.

``--probe`` also counts, for a few construction patterns, the sentences they match: sentences of a never-covered
gold programme, of a matched or other gold programme, and of no gold programme (where a rule reading the pattern
would add an extra), split by whether a programme of ours is told there (or none in the article) and by the
institutions of our record the sentence names; and sentences of a tie of ours with a programme word and no programme
of ours. COUNTS BY CLASS only, never a name, a sentence or an article (G2 ... may be measured, not
read); the held-out set is refused (labelled_sets.set_name).

    PYTHONPATH=SNAP/src python bench/diag_programme_never.py [--probe] G2 G3 ...
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import diag_programme_stages as stages
from diag_programme_coverage import _SPLIT, _gold_names, _named_in, _sentence_of
from labelled_sets import articles, extract, gold_of, scorer, set_name

#: Fine kinds of a gold programme (name and kind, lower case), first that holds wins, with the words of that kind.
_KINDS = [
    (
        "double/dual degree",
        r"double|dual|two diplomas|\d\s*\+\s*\d",
        r"double|dual|two diplomas|both diplomas",
    ),
    ("branch campus", r"branch|campus", r"branch|campus"),
    ("summer/winter school", r"summer|winter|spring school", r"summer|winter|spring school"),
    ("language course", r"language|english|russian|chinese|uzbek|korean|turkish|german", r"language|course"),
    ("internship", r"intern|placement", r"intern|placement"),
    (
        "training course",
        r"training|course|qualification|retraining|upskill",
        r"training|course|qualification",
    ),
    ("fellowship", r"fellowship", r"fellowship"),
    (
        "state scholarship scheme",
        r"government|state|president|ministry|embassy|national|stipendium|grant of",
        r"scholarship|grant|stipend",
    ),
    ("scholarship (other)", r"scholarship|grant|stipend|tuition", r"scholarship|grant|stipend"),
    ("places/quota", r"places|quota|seats|budget", r"places|quota|seats|budget"),
    (
        "joint institute/centre",
        r"institute|centre|center|laborator|\blab\b|academy|hub|office",
        r"institute|centre|center|laborator|\blab\b|academy",
    ),
    ("exchange", r"exchange|mobility|erasmus|visiting", r"exchange|mobility|erasmus"),
    (
        "joint degree/programme",
        r"joint|master|bachelor|phd|doctor|degree",
        r"joint|master|bachelor|phd|doctor|degree",
    ),
]
_ANY_PROGRAMME = re.compile(
    r"(?i)program|degree|scholarship|fellowship|exchange|mobility|\bschool|centre|center|institute|laborator|"
    r"course|internship|grant|academy|training|quota|places|campus"
)

#: Construction probes (lower-case sentence): counted over every sentence of the sets by the gold's reading.
PROBES = [
    (
        "N students (of|from) X study/studied at",
        r"\b\d+\s+(?:\w+\s+){0,3}students?\b[^.]{0,80}\b(?:stud(?:y|ied|ies|ying)|are studying|enrolled|trained|train)\b[^.]{0,30}\bat\b",
    ),
    (
        "N students will/have ... (go|come|be sent|travel) to",
        r"\b\d+\s+(?:\w+\s+){0,3}(?:students?|teachers|scholars|researchers|staff)\b[^.]{0,60}\b(?:go|went|come|came|sent|travel|travelled|arrive|arrived|visit|visited)\b",
    ),
    (
        "send N (students|...)",
        r"\b(?:send|sent|sends|host|hosts|hosted|receive|received|receives|welcome|welcomed|admit|admitted|accept|accepted)\s+(?:up to |about |around |over |more than )?\d+\b",
    ),
    (
        "N (scholarships|grants|places) ",
        r"\b\d+\s+(?:\w+\s+){0,2}(?:scholarships|grants|places|seats|quotas?|stipends)\b",
    ),
    ("exchange word + N", r"(?:exchange|mobility)[^.]{0,80}\b\d+\b|\b\d+\b[^.]{0,80}(?:exchange|mobility)"),
    (
        "internship/training + N",
        r"(?:internship|training|course|retraining)[^.]{0,80}\b\d+\b|\b\d+\b[^.]{0,80}(?:internship|training|courses?\b)",
    ),
    ("summer/winter school", r"summer school|winter school|summer camp|spring school"),
    (
        "under the (agreement|programme|memorandum)",
        r"\bunder (?:the|this|a) (?:\w+ ){0,3}(?:agreement|programme|program|memorandum|project|scheme)",
    ),
    ("within the framework of", r"within the framework of|as part of|in the framework of"),
    ("joint (master|phd|bachelor) ", r"joint (?:master|phd|doctoral|bachelor|degree|educational)"),
    ("double/dual degree", r"double|dual degree|dual diploma|two diplomas"),
    ("fellowship", r"fellowship"),
    ("branch/campus", r"\bbranch\b|\bcampus\b"),
    (
        "language course",
        r"language (?:course|training|school|class)|courses? (?:of|in) (?:the )?\w+ language",
    ),
    ("joint institute/centre", r"joint (?:\w+ )?(?:institute|centre|center|laboratory|faculty)"),
    (
        "receive/win scholarships (from|of)",
        r"\b(?:receiv|win|won|get|got|award|grant)\w*\s+(?:\w+\s+){0,3}(?:scholarships?|grants?|fellowships?|stipends?)\b",
    ),
    (
        "attend/take/complete courses",
        r"\b(?:attend|take|took|taken|taking|complet|pass|undergo|underwent|undergone|enrol\w*\s+in|study\w*\s+(?:at|in|on))\w*\s+(?:\w+\s+){0,4}(?:courses?|trainings?|internships?|classes)\b",
    ),
    ("internship(s) at", r"\binternships?\s+(?:\w+\s+){0,3}at\b"),
    (
        "semester/year at",
        r"\b(?:semester|semesters|year|months?|weeks?)\s+(?:of study\s+)?(?:at|in)\s+(?:the\s+)?[A-Z]?",
    ),
    (
        "exchange of students (uncounted)",
        r"exchange of (?:students|teachers|staff|scholars|researchers|faculty)|(?:student|academic|staff) exchanges?\b",
    ),
    ("train N people", r"\btrain\w*\s+(?:up to |about |around |over |more than )?\d+"),
    (
        "scholarships from/by ORG",
        r"(?:scholarships?|grants?|fellowships?|stipends?)\s+(?:\w+\s+){0,3}?(?:from|by)\s+(?:the\s+)?[A-Z]",
    ),
    (
        "tuition waiver/discount/free",
        r"tuition[\s\-]+(?:fee\s+)?(?:waiver|discount|free|exemption)|free (?:of charge|tuition)|(?:cover|pay|fund|finance)\w*\s+(?:\w+\s+){0,3}(?:tuition|studies|study|education)",
    ),
    (
        "scholarships available/open",
        r"(?:scholarships?|grants?|fellowships?|places)\s+(?:\w+\s+){0,4}(?:are|is|will be|were)\s+(?:\w+\s+)?(?:available|open|offered|provided|allocated|granted|awarded)",
    ),
    (
        "language course/classes (broad)",
        r"(?:language|english|russian|chinese|korean|japanese|turkish|german|french|uzbek|kazakh|arabic|spanish|italian|hungarian|polish|czech|persian|hindi)\s+(?:language\s+)?(?:courses?|classes|lessons|training|school|programmes?|programs?)\b|courses?\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+)?language|\bteach\w*\s+(?:the\s+)?(?:\w+\s+)?language|\b(?:learn|stud)\w*\s+(?:the\s+)?\w+\s+language",
    ),
    (
        "a|an|its|their student/staff exchange (noun, no programme after)",
        r"\b(?:a|an|its|their|this|the)\s+(?:\w+\s+)?(?:student|staff|academic|faculty|teacher|semester|credit|reciprocal|bilateral)[\s\-]+exchange\b(?!\s+(?:program|programme|scheme|agreement|memorandum|platform|office|visa))",
    ),
    ("student exchange with ORG", r"exchanges?\s+with\s+(?:the\s+)?[A-Z]"),
    (
        "N scholarship holders/students",
        r"\b\d+\s+(?:\w+\s+)?(?:scholarship|grant|fellowship)[\s\-]+(?:holders|students|recipients|winners|beneficiaries)",
    ),
    (
        "N students no programme word",
        r"\b\d+\s+(?:\w+\s+){0,3}(?:students|teachers|researchers|scholars|specialists|doctoral candidates|postgraduates|undergraduates)\b",
    ),
]


#: Features of a sentence (lower case) where the kind word is written and no programme of ours is told.
_FEATURES = [
    (
        "talk/wish (discuss, explore, possibility, prospect, plan, intend)",
        r"discuss|explor|possib|prospect|potential|consider|\bplan|intend|interest",
    ),
    ("agreement/memorandum word", r"agreement|memorandum|mou\b|signed|sign"),
    ("future (will, to be, would)", r"\bwill\b|\bto be\b|would|\bshall\b"),
    (
        "past verb (launched, opened, held, took part)",
        r"launched|opened|held|took part|participated|completed|graduated|organi[sz]ed|started|began",
    ),
    ("list of areas (cooperation in ... and ...)", r"cooperation in|areas? of|fields? of|such as|including"),
    (
        "plural kind (programmes, schools, courses)",
        r"programmes|programs|schools|courses|degrees|internships|scholarships|exchanges",
    ),
    (
        "N people counted",
        r"\b\d+\s+(?:\w+\s+){0,3}(?:students|teachers|researchers|scholars|specialists|participants|staff|people)",
    ),
    ("'between' in sentence", r"\bbetween\b"),
    ("'with' in sentence", r"\bwith\b"),
]


_CLOSED_WORDS = (
    "a an the of for in on at to by with and or from under within through its their his her this these those will "
    "would shall be is are was were been has have had student students teacher teachers staff academic joint new "
    "language languages summer winter international research training advanced free annual each every two both "
    "scholarship scholarships course courses school exchange exchanges mobility programme programmes program "
    "programs degree degrees double dual master's master bachelor's phd internship internships fellowship "
    "fellowships grant grants places quota government state full partial"
)
_CLOSED = frozenset(_CLOSED_WORDS.split())


def _frame(words: str, s: str) -> str:
    """The kind word and one word each side, words outside a closed list shown as W, figures as N (no text)."""
    toks = re.findall(r"[\w'’+-]+", s.lower())
    for i, t in enumerate(toks):
        if re.search(words, t):
            show = [
                ("N" if x.isdigit() else (x if x in _CLOSED else "W")) for x in toks[max(0, i - 2) : i + 2]
            ]
            return " ".join(show)
    return "?"


def _veto_flags(s: str) -> list[str]:
    """Which cue of the first pass the sentence holds and which of its vetoes hold before it."""
    from kgpart.extract.programmes import wordings as w

    m = w._PROGRAMME.search(s)
    if m is None:
        return ["no first-pass name"] + (["SCHOLARSHIPS"] if w.SCHOLARSHIPS.search(s) else [])
    flags = ["first-pass name"]
    name = m.group("name").lower()
    flags.append("plural name" if re.search(r"s$", name.split()[-1]) else "singular name")
    for veto in ("TO_TALK_OF", "AREAS_LISTED", "COUNTED_CLASS_BEFORE", "TO_CREATE", "MAYBE_OPENING"):
        if getattr(w, veto).search(s, 0, m.start()):
            flags.append(f"{veto} before")
    return flags


def _count_told(count: int, body: str) -> str:
    """How a count its sentence does not tell may be told in the article: elsewhere, as a sum or double of two
    figures, or neither."""
    from kgpart.extract.numbers import NUMBER_RE, parse_number

    told = [parse_number(m.group(0)) for m in re.finditer(NUMBER_RE, body, re.IGNORECASE)]
    told = [x for x in told if isinstance(x, int) and 0 < x < 1900]
    if count in told:
        return "in another sentence"
    if any(a + b == count for i, a in enumerate(told) for b in told[i + 1 :]) or any(
        2 * a == count for a in told
    ):
        return "a sum or a double of figures told"
    return "neither"


def _fine_kind(g: dict[str, Any]) -> tuple[str, str]:
    text = f"{g.get('kind') or ''} {g.get('name') or ''}".lower()
    for name, rx, words in _KINDS:
        if re.search(rx, text):
            return name, words
    return "other", r"program|scheme|project|initiative"


def _count_in(count: Any, sentence: str) -> bool:
    if not isinstance(count, int):
        return False
    from kgpart.extract.numbers import NUMBER_RE, parse_number

    return any(parse_number(m.group(0)) == count for m in re.finditer(NUMBER_RE, sentence, re.IGNORECASE))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=set_name)
    ap.add_argument("--probe", action="store_true")
    args = ap.parse_args(argv)
    sc = scorer()
    stages._hook()
    seen = stages._seen
    out: Counter[str] = Counter()
    probe: Counter[str] = Counter()
    for name in args.sets:
        for text in articles(name):
            seen.clear()
            body, pred = extract(sc, text)
            gold = gold_of(text)
            aliases = sc.Aliases()
            sc.register(aliases, gold)
            sc.register(aliases, pred)
            same = aliases.same
            sentences = [s for s in _SPLIT.split(body) if s.strip()]
            g_items = sc.items(gold, "programmes", aliases)
            seen["final"] = [p for _, p in sc.items(pred, "programmes", aliases)]
            by_step = {
                step: stages._matched(sc, g_items, [("prog", x) for x in seen.get(step, [])], aliases)
                for step in stages.STEPS
            }
            gold_progs = gold.get("programmes") or []
            our_told = {
                k
                for p in pred.get("programmes") or []
                for k, s in enumerate(sentences)
                if (p.get("evidence") or {}).get("sentence") and (p["evidence"]["sentence"][:50] in s)
            }
            gold_sentences: dict[int, str] = {}
            for gi, g in enumerate(gold_progs):
                k = _sentence_of(g, sentences)
                if k is None:
                    continue
                never = not any(gi in by_step[s] for s in stages.STEPS)
                partners = [x for x in g.get("partners") or [] if x]
                covered = any(
                    all(any(same(x, y) for y in pp) for x in partners)
                    for s in stages.STEPS
                    for pp, _ in seen.get(s, [])
                )
                cls = (
                    "never"
                    if never and not covered
                    else ("matched" if gi in by_step["final"] else "other gold")
                )
                if gold_sentences.get(k) != "never":
                    gold_sentences[k] = cls
            for gi, g in enumerate(gold_progs):
                out["gold"] += 1
                if any(gi in by_step[s] for s in stages.STEPS):
                    continue
                partners = [x for x in g.get("partners") or [] if x]
                if any(
                    all(any(same(x, y) for y in pp) for x in partners)
                    for s in stages.STEPS
                    for pp, _ in seen.get(s, [])
                ):
                    continue
                out["NEVER COVERED"] += 1
                kind, words = _fine_kind(g)
                out[f"kind: {kind}"] += 1
                k = _sentence_of(g, sentences)
                count = (g.get("participants") or {}).get("count")
                if k is None:
                    out[f"{kind} | no sentence found"] += 1
                    continue
                s = sentences[k]
                low = s.lower()
                word = bool(re.search(words, low))
                anyword = bool(_ANY_PROGRAMME.search(s))
                named = sum(_named_in(_gold_names(x, gold, sc.norm)[0], s, sc.norm) for x in partners)
                before = sum(
                    _named_in(
                        _gold_names(x, gold, sc.norm)[0], " ".join(sentences[max(0, k - 3) : k]), sc.norm
                    )
                    for x in partners
                )
                out[f"word of its kind in sentence: {word} (any programme word {anyword})"] += 1
                out[f"{kind} | kind word {word} | partners named {named}/{len(partners)}"] += 1
                out[
                    f"partners named in sentence {named}/{len(partners)}; in the 3 before {before}/{len(partners)}"
                ] += 1
                out[
                    f"count: {'none' if not isinstance(count, int) else ('in sentence' if _count_in(count, s) else 'not in its sentence')}"
                ] += 1
                out[f"ours told in its sentence: {k in our_told}"] += 1
                if isinstance(count, int) and not _count_in(count, s):
                    out[f"count not in its sentence: {_count_told(count, body)}"] += 1
                if len(partners) == 1:
                    gtype = _gold_names(partners[0], gold, sc.norm)[1]
                    types = {o.get("name"): o.get("type") for o in pred.get("organizations") or []}
                    told_here = [
                        p
                        for p in pred.get("programmes") or []
                        if (p.get("evidence") or {}).get("sentence") and p["evidence"]["sentence"][:50] in s
                    ]
                    ours_types = sorted(
                        {str(types.get(y)) for p in told_here for y in p.get("partners") or []}
                    )
                    out[
                        f"one partner: {kind} | gold {gtype} named {named} | partner of our record {any(same(partners[0], o) for o in types)} | ours told here: {'+'.join(ours_types) if told_here else '-'}"
                    ] += 1
                out[
                    f"{kind} | kind word {word} | all named {named == len(partners)} | ours told {k in our_told}"
                ] += 1
                if word and k not in our_told:
                    if "no first-pass name" in _veto_flags(s):
                        out[f"kind word, no first-pass name: {kind} | {_frame(words, s)}"] += 1
                    for flag in _veto_flags(s):
                        out[f"kind word, ours not told, first-pass cue: {flag}"] += 1
                    plural = bool(
                        re.search(
                            r"programmes|programs|schools|courses|degrees|internships|scholarships|exchanges|fellowships|grants",
                            low,
                        )
                    )
                    counted = bool(re.search(r"\b\d+\b", low))
                    out[
                        f"kind word, ours not told: {kind} | plural {plural} | a figure {counted} | count {_count_in(count, s)} | all named {named == len(partners)}"
                    ] += 1
                    for fname, rx in _FEATURES:
                        if re.search(rx, low):
                            out[f"kind word, ours not told: {fname}"] += 1
                out[f"ours in article: {bool(pred.get('programmes'))}"] += 1
                if not pred.get("programmes"):
                    out[
                        f"none of ours in article: {kind} | kind word {word} | named {named}/{len(partners)} | count {_count_in(count, s)}"
                    ] += 1
                sib = [
                    (hi, h)
                    for hi, h in enumerate(gold_progs)
                    if hi != gi
                    and partners
                    and {sc.norm(x) for x in partners} == {sc.norm(x) for x in h.get("partners") or [] if x}
                ]
                if not sib:
                    out["pair: no other gold programme of its partners"] += 1
                else:
                    hit = [h for hi, h in sib if hi in by_step["final"]]
                    if hit:
                        out[f"pair: second of a matched gold programme ({_fine_kind(hit[0])[0]})"] += 1
                    else:
                        out["pair: its sibling is missed too"] += 1
                tied = any(
                    len(partners) >= 2
                    and all(any(same(x, y) for y in t.get("between") or [] if y) for x in partners)
                    for t in pred.get("partnerships") or []
                )
                if len(partners) >= 2:
                    out[f"two+ partners: tied by a partnership of ours {tied}"] += 1
                orgs = sum(
                    any(same(x, o.get("name") or "") for o in pred.get("organizations") or [])
                    for x in partners
                )
                out[f"partners of our record {orgs}/{len(partners)}"] += 1
            tie_sentences = {
                k
                for t in pred.get("partnerships") or []
                for k, s in enumerate(sentences)
                if (t.get("evidence") or {}).get("sentence") and t["evidence"]["sentence"][:50] in s
            }
            if args.probe:
                for k, s in enumerate(sentences):
                    low = s.lower()
                    if k in tie_sentences and k not in our_told and _ANY_PROGRAMME.search(s):
                        cls = gold_sentences.get(
                            k, "no gold programme" if gold_progs else "article of no gold programme"
                        )
                        talk = bool(re.search(_FEATURES[0][1], low))
                        plural = bool(
                            re.search(
                                r"programmes|programs|schools|courses|degrees|internships|scholarships|exchanges",
                                low,
                            )
                        )
                        probe[
                            f"a tie of ours, a programme word, none of ours told | {cls} | talk {talk} | plural {plural}"
                        ] += 1
                    cls = gold_sentences.get(
                        k, "no gold programme" if gold_progs else "article of no gold programme"
                    )
                    told = (
                        "ours told"
                        if k in our_told
                        else ("ours not told" if pred.get("programmes") else "none of ours in article")
                    )
                    for pname, rx in PROBES:
                        if re.search(rx, s if "[A-Z]" in rx else low):
                            probe[f"{pname} | {cls} | {told}"] += 1
                            if told != "ours told":
                                inst = sum(
                                    _named_in([o.get("name") or "", *(o.get("aliases") or [])], s, sc.norm)
                                    for o in pred.get("organizations") or []
                                    if o.get("type")
                                    in ("University", "School", "Institute", "College", "Academy")
                                )
                                probe[f"{pname} | not told | institutions named {min(inst, 2)} | {cls}"] += 1
    for key, value in sorted(out.items()):
        print(f"{value:>5} {key}")
    for key, value in sorted(probe.items()):
        print(f"{value:>5} PROBE {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

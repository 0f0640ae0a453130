"""Where programme counts go wrong: aggregate classes of the count misses and of count ownership.

Reads ../shared (the scorer, imported as ``train_pair_model.scorer`` does) and the labelled sets; extracts every
article in this process (the package as installed or on PYTHONPATH) and prints COUNTS BY CLASS only, never an
item, a number of an article or a sentence (the training sets may be measured, not read).

    python bench/diag_programme_counts.py --folds G2=bench/genre:g17-g32 G3=bench/genre:g33-g64 ...

A count miss is a gold programme with a count that no programme of ours matches, while a programme of ours that
the scorer left unmatched has all its partners (so only the count keeps them apart). Classes:

- ``covered only by a matched programme``: every programme of ours with those partners matched another gold
  programme (a second programme of one pair is missing: coverage, not the count);
- ``lacks`` / ``wrong``: the free programme of ours has no count / another count;
- where the gold count is written: in digits or only in words, not at all (then: the sum of two numbers of one
  sentence, or twice a number told "from each ..."), and the distance of its sentence from our programme's;
- the qualifier before it in the text ("up to", "about", "more than") and whether it is told "from each";
- whether a cohort of ours or another programme of ours holds it;
- what the programme count model saw: the gold count not among its candidates, or among them and kept out by
  the programme's own sentence, a ``learned_counts.VETO`` wording, another programme's count, or below the
  margin; for a wrong count, whether ours is the rules' or the model's.

Ownership: gold cohorts missed whose count a programme of ours holds (read by the cohort readers or not); cohorts
of ours whose count is a gold programme's and no gold cohort's, by what our programme of those partners holds.

Folds that may reach the held-out set (labelled_sets.HELD_OUT) are refused before any folder is linked or listed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pair_model
from labelled_sets import fold, gold_of, refuse_held_out_articles
from train_pair_model import extract_text_file, parse_folds, scorer

import kgpart.extract.core as core
from kgpart.extract import extract_article
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.programmes import learned_counts as lc

core.find_partnerships = train_pair_model._ORIGINAL  # type: ignore[attr-defined]  # its capture hook is not ours

_NUM = re.compile(rf"(?<![\w.,/$€£+-])(?:{NUMBER_RE})(?![\w%])(?!\.\d|,\d)", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"(up\s+to|a\s+maximum\s+of|about|around|some|nearly|approximately|almost|roughly|more\s+than|over|at\s+least)\s+$",
    re.IGNORECASE,
)
_EACH = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,4}?(?:from|of|at|in|for)\s+(?:each|both|every)\b|^\s*(?:[\w\-]+\s+){0,3}?(?:per|each)\b",
    re.IGNORECASE,
)

#: What each extraction left: the document, each programme's rules' count and candidates, the cohorts read.
_SEEN: dict[str, Any] = {}
_ASSIGN = core.assign_learned_counts
_OWN = core.own_counts


def _assign(doc: Any, programmes: Any) -> Any:
    sentences = lc.Sentences(doc)
    _SEEN["doc"] = doc
    _SEEN["before"] = {id(p): p.participants.count for p in programmes}
    _SEEN["cands"] = {id(p): lc.candidates(doc, p, sentences, programmes) for p in programmes}
    return _ASSIGN(doc, programmes)


def _own(doc: Any, programmes: Any, cohorts: Any, gifts: Any = ()) -> Any:
    _SEEN["read"] = {c.count for c in cohorts if c.count is not None}
    return _OWN(doc, programmes, cohorts, gifts)


core.assign_learned_counts = _assign  # type: ignore[attr-defined]
core.own_counts = _own  # type: ignore[attr-defined]


def _extract(path: Path, url: str | None, published: str | None, _model: Any) -> Any:
    return extract_article(path, url=url, published=published)


def _mentions(texts: list[str]) -> list[tuple[int, int, bool, str, bool]]:
    """Every number of the article: value, sentence, in digits, qualifier before, told "from each"."""
    out = []
    for n, text in enumerate(texts):
        for m in _NUM.finditer(text):
            value = parse_number(m.group(0))
            if value is None or (1900 <= value <= 2100 and m.group(0).isdigit()):
                continue
            q = _QUALIFIER.search(text, max(0, m.start() - 25), m.start())
            qualifier = " ".join(q.group(1).lower().split()) if q else ""
            each = bool(_EACH.match(text[m.end() : m.end() + 60]))
            out.append((value, n, m.group(0)[:1].isdigit(), qualifier, each))
    return out


def _far(d: int) -> str:
    return str(d) if abs(d) <= 2 else ("> 2 after" if d > 0 else "< -2 before")


def _unwritten(gold: int, found: list[tuple[int, int, bool, str, bool]], sentences: int) -> str:
    for n in range(sentences):
        values = [m for m in found if m[1] == n]
        if any(a[0] + b[0] == gold for a in values for b in values if a is not b):
            return "the sum of two numbers of one sentence"
    if any(m[0] * 2 == gold and m[4] for m in found):
        return "twice a number told 'from each'"
    if any(m[0] * 2 == gold for m in found):
        return "twice a number"
    return "none of those"


def _model_view(cands: list[lc.Candidate], gold: int, others: set[int | None], rule: Any) -> str:
    """What kept the count model from the gold count."""
    good = [c for c in cands if c.value == gold]
    if not good:
        return "not among the candidates"
    reasons = []
    for c in good:
        feats = c.all_features()
        why = ["own sentence"] if lc._own_sentence(c) else []
        why += [v for v in lc.VETO if feats.get(v)]
        if c.value in others:
            why.append("another programme's")
        reasons.append(why)
    best = min(reasons, key=len)
    if best:
        return "among them, kept out by " + " + ".join(best)
    if rule is not None:
        return "among them, free (fill mode keeps the rules' count)"
    model = lc.active_model()
    if model is None:
        return "among them, free (no model)"
    top = max(model.score(c) for c, r in zip(good, reasons, strict=True) if not r)
    none = max(model.score(c) for c in cands if c.features.get("rule"))
    return "among them, free, " + ("chosen" if top - none >= model.threshold else "below the margin")


def diagnose(folds: dict[str, Path], sc: Any) -> Counter[str]:
    counts: Counter[str] = Counter()
    refuse_held_out_articles(folds.values())
    for folder in folds.values():
        for txt in sorted(folder.glob("*.txt")):
            gold = gold_of(txt)
            body, url, published = sc.read_article(txt)
            _SEEN.clear()
            record = extract_text_file(_extract, body, url, published, None)
            if "doc" not in _SEEN:
                continue
            _article(record, gold, sc, counts)
    return counts


def _article(record: Any, gold: dict[str, Any], sc: Any, counts: Counter[str]) -> None:
    doc = _SEEN["doc"]
    pred = record.to_dict()
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, pred)
    gold_progs = sc.items(gold, "programmes", aliases)
    ours = sc.items(pred, "programmes", aliases)
    used: set[int] = set()
    missed = []
    for g in gold_progs:
        hit = next((i for i, p in enumerate(ours) if i not in used and sc.match(g, p, aliases)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    texts = [s.text for s in doc.sentences]
    found = _mentions(texts)
    our_cohorts = {c.count for c in record.cohorts}
    programmes = record.programmes
    counts["gold programmes"] += len(gold_progs)
    for _, (partners, gcount) in missed:
        cover = [
            i for i, p in enumerate(ours) if all(any(aliases.same(x, y) for y in p[1][0]) for x in partners)
        ]
        if not cover:
            counts["miss: no programme of ours has the partners"] += 1
            continue
        free = [i for i in cover if i not in used]
        if not free or gcount is None:  # (a gold programme of no count matches any free one)
            counts["miss: covered only by a programme matched to another gold one"] += 1
            continue
        lacks = any(ours[i][1][1] is None for i in free)
        i = next(i for i in free if ours[i][1][1] is None) if lacks else free[0]
        kind = "lacks" if lacks else "wrong"
        prog = programmes[i]
        counts[f"count miss {kind}"] += 1
        if kind == "wrong":
            rule = _SEEN["before"].get(id(prog))
            counts[
                f"count miss {kind}: our count is the " + ("rules'" if rule is not None else "model's")
            ] += 1
        if gcount in our_cohorts:
            counts[f"count miss {kind}: a cohort of ours holds the gold count"] += 1
        others = {p.participants.count for p in programmes if p is not prog}
        if gcount in others:
            counts[f"count miss {kind}: another programme of ours holds the gold count"] += 1
        at = [m for m in found if m[0] == gcount]
        own = doc.sentence_at(prog.evidence.start) if prog.evidence is not None else 0
        if not at:
            counts[
                f"count miss {kind}: gold count not written; " + _unwritten(gcount, found, len(texts))
            ] += 1
        else:
            near = min(at, key=lambda m: abs(m[1] - own))
            written = "digits" if any(m[2] for m in at) else "words only"
            counts[
                f"count miss {kind}: gold count in {written}, sentence {_far(near[1] - own)} from ours"
            ] += 1
            if near[3]:
                counts[f"count miss {kind}: '{near[3]}' before the gold count"] += 1
            if near[4]:
                counts[f"count miss {kind}: gold count told 'from each'"] += 1
        cands = _SEEN["cands"].get(id(prog))
        if cands is not None:
            view = _model_view(cands, gcount, others, _SEEN["before"].get(id(prog)))
            counts[f"count miss {kind}: model: {view}"] += 1
    _ownership(pred, gold, aliases, sc, counts)


def _ownership(
    pred: dict[str, Any], gold: dict[str, Any], aliases: Any, sc: Any, counts: Counter[str]
) -> None:
    gold_cohorts = sc.items(gold, "cohorts", aliases)
    our_cohorts = sc.items(pred, "cohorts", aliases)
    gold_progs = sc.items(gold, "programmes", aliases)
    ours = sc.items(pred, "programmes", aliases)
    _, _, _, cmiss, cextra = sc.score(gold_cohorts, our_cohorts, aliases)
    held = {p[1][1] for p in ours if p[1][1] is not None}
    for _, (count, _at) in cmiss:
        if count in held:
            read = (
                "read by the cohort readers"
                if count in _SEEN.get("read", set())
                else "never read as a cohort"
            )
            counts[f"cohort miss: a programme of ours holds its count ({read})"] += 1
    gold_cohort_counts = {g[1][0] for g in gold_cohorts}
    for _, (count, _at) in cextra:
        progs = [g for g in gold_progs if g[1][1] == count]
        if not progs or count in gold_cohort_counts:
            continue
        partners = progs[0][1][0]
        cover = [p for p in ours if all(any(aliases.same(x, y) for y in p[1][0]) for x in partners)]
        if not cover:
            state = "no programme of ours has its partners"
        elif any(p[1][1] == count for p in cover):
            state = "ours has the count too"
        elif any(p[1][1] is None for p in cover):
            state = "ours has no count"
        else:
            state = "ours has another count"
        counts[f"cohort extra with a gold programme's count: {state}"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--folds", nargs="+", required=True, type=fold)  # refused before any folder is linked
    args = parser.parse_args()
    counts = diagnose(parse_folds(args.folds), scorer())
    for key, value in sorted(counts.items()):
        print(f"{value:>5}  {key}")


if __name__ == "__main__":
    main()

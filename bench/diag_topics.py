"""Aggregate diagnostic of TOPIC misses and extras, counts by class only (issue #11, session 16).

Extracts each article of the named sets in-process (the kgpart on PYTHONPATH), records what every rule source of
``topics.merge`` proposed, and scores the topics with ../shared/tools/score_extraction.py's matching. Classes:

- a gold topic not matched: not in the text as such (its words there or not); in the text verbatim and
  proposed by a source but lost (by the tail/profile filter, the longest-span merge, the general-form rule, the
  content-stem rule of the labels, or the scorer's greedy one-to-one matching when one label of ours matches two
  gold topics); cut otherwise (a label of ours shares words with it); nothing proposed, then by the construction
  around it (a list, "the fields of", "cooperation in", "centre for", "X research", a headline, title case ...);
- an extra: by the sources that gave it, by its length, and whether it shares a word with a missed gold topic,
  a matched one or none.

usage: PYTHONPATH=SNAP/src python bench/diag_topics.py G2 G3 ...   (training sets: counts only)
       PYTHONPATH=SNAP/src python bench/diag_topics.py A C H G1 -v   (development sets: also each miss and extra)
Never give it the held-out set (labelled_sets.HELD_OUT): it refuses; it reads the sets of labelled_sets and
nothing else.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled_sets import DEV_SETS, HELD_OUT, SETS, articles, extract, gold_of, scorer, set_name

from kgpart.extract.topics import cues, learned, merge
from kgpart.extract.topics.tidy import content_stems, distribute, surface

sc: ModuleType


_REC: dict[str, list] = {}
_STAGES: dict[str, list] = {}


def _instrument() -> None:
    """Record each source's spans, the learned additions and the merge's stages in _REC and _STAGES."""

    def wrap(name, f):
        def g(*a, **k):
            r = f(*a, **k)
            _REC.setdefault(name, []).extend(r[0] if isinstance(r, tuple) else r)
            return r

        return g

    for name in [n for n in dir(merge) if n.endswith("_spans") and n != "scheme_spans"] + ["_siblings"]:
        setattr(merge, name, wrap(name, getattr(merge, name)))
    field_runs, add_learned = learned.field_runs, learned.add_learned_topics

    def runs(doc, labels, skip):
        r = field_runs(doc, labels, skip)
        _REC["field_runs"] = [label for label, _ in r]
        return r

    def added(doc, labels, skip):
        before = {label for label, _ in labels}
        r = add_learned(doc, labels, skip=skip)
        _REC["learned"] = [label for label, _ in r if label not in before]
        return r

    learned.field_runs, learned.add_learned_topics = runs, added
    longest, general, labels_of = merge._longest, merge._without_general_forms, merge._labels

    def lo(spans, text):
        _STAGES["in_longest"] = list(spans)
        r = longest(spans, text)
        _STAGES["out_longest"] = list(r)
        return r

    def ge(kept, canonical):
        r = general(kept, canonical)
        _STAGES["out_general"] = list(r)
        return r

    def lb(kept):
        r = labels_of(kept)
        _STAGES["labels"] = [sc.norm(label) for label, _ in r]
        return r

    merge._longest, merge._without_general_forms, merge._labels = lo, ge, lb


def _match(gold: str, pred: str) -> bool:
    return sc.match(("topic", gold), ("topic", pred), None)


def _labels_of(spans) -> list[str]:
    return [sc.norm(label) for span in spans for label in distribute(surface(span[2]))]


_CONSTRUCTIONS = [
    (
        "the fields of",
        r"(?:fields?|areas?|spheres?|domains?|sectors?|disciplines?|topics?|themes?|issues?) of (?:the )?$",
    ),
    (
        "focus on",
        r"\b(?:focus\w*|concentrat\w*|speciali[sz]\w*|devoted|dedicated|centred|centered) (?:on|in|to) (?:the )?$",
    ),
    (
        "cooperation in",
        r"\b(?:cooperation|collaboration|partnership|ties|relations|exchange|cooperate|collaborate)s? "
        r"(?:in|on|around|regarding|concerning|within) (?:the )?$",
    ),
    (
        "project(s) on/in",
        r"\b(?:projects?|research|studies|initiatives?|programmes?|programs?|work|activities|events?) "
        r"(?:in|on|into|about) (?:the )?$",
    ),
    (
        "centre for",
        r"\b(?:centre|center|institute|laborator\w+|lab|school|department|faculty|chair|hub|network)s? "
        r"(?:for|of|on|in) (?:the )?$",
    ),
    (
        "degree/course in",
        r"\b(?:master'?s?|bachelor'?s?|phd|degree|course|courses|programmes?|programs?|training|"
        r"diploma|specialty|major)s? (?:in|on|of) (?:the )?$",
    ),
    (
        "after verb/such as",
        r"\b(?:discuss\w*|explor\w*|agree\w*|consider\w*|address\w*|cover\w*|include\w*|such as|"
        r"including|namely|like) (?:the )?$",
    ),
    ("after a preposition", r"\b(?:in|on|of|for|about|into) (?:the )?$"),
]


def _construction(text: str, start: int, end: int) -> list[str]:
    """The classes of the words around a gold topic that no source proposed."""
    line = text.rfind("\n", 0, start) + 1
    left = text[max(line, max(text.rfind(". ", 0, start), text.rfind("; ", 0, start)) + 1) : start].lower()
    right = text[end : end + 60].lower().lstrip()
    out = [name for name, pattern in _CONSTRUCTIONS if re.search(pattern, left)]
    if text[:start].count("\n") <= 1:
        out.append("headline/first lines")
    if re.match(
        r"(?:research|studies|technolog\w+|sciences?|cooperation|collaboration|projects?|sector|industry)\b",
        right,
    ):
        out.append("X research/cooperation")
    if re.search(r"(?:, |\band |\bor )$", left) or re.match(r"(?:,|and\b|or\b)", right):
        out.append("in a list")
    return out or ["other"]


def main() -> int:
    ap = argparse.ArgumentParser(
        prog="diag_topics.py",
        description="Topic misses and extras by class, counts only (training sets G2 ...); -v lists each "
        f"article's misses on the development sets A C H G1 only. Never {HELD_OUT}: it refuses.",
    )
    ap.add_argument("sets", nargs="+", type=set_name, help=f"set names: {' '.join(SETS)}")
    ap.add_argument("-v", "--verbose", action="store_true", help="each miss and extra (A C H G1 only)")
    args = ap.parse_args()
    names, verbose = args.sets, args.verbose
    if verbose and not set(names) <= set(DEV_SETS):
        ap.error("-v prints articles' misses: development sets (A C H G1) only")
    global sc
    sc = scorer()
    _instrument()
    c, ctx, lost, extras = Counter(), Counter(), Counter(), Counter()
    for name in names:
        for path in articles(name):
            gold = gold_of(path)
            _REC.clear()
            _STAGES.clear()
            body, record = extract(sc, path)
            aliases = sc.Aliases()
            gold_items = sc.items(gold, "topics", aliases)
            pred_items = sc.items(record, "topics", aliases)
            tp, n_pred, n_gold, misses, extra_items = sc.score(gold_items, pred_items, aliases)
            c["gold"] += n_gold
            c["pred"] += n_pred
            c["tp"] += tp
            raw = [(s, label) for s in ("field_runs", "learned") for label in _REC.get(s, [])]
            raw += [
                (s, label)
                for s, spans in _REC.items()
                if s not in ("field_runs", "learned")
                for label in _labels_of(spans)
            ]
            preds = [p for _, p in pred_items]
            for _, g in misses:
                words = g.split()
                found = re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", body, re.I)
                if found is None and not re.search(r"\b" + re.escape(g) + r"\b", sc.norm(body)):
                    content = [w for w in words if len(w) > 3]
                    there = content and all(
                        re.search(r"\b" + re.escape(w[: max(4, len(w) - 2)]), sc.norm(body)) for w in content
                    )
                    c["miss: not verbatim, its words in the text" if there else "miss: not in the text"] += 1
                    continue
                sources = sorted({s for s, label in raw if _match(g, label)})
                overlap = [
                    p for p in preds if set(p.split()) & set(words) - {"and", "of", "the", "in", "for"}
                ]
                if sources:
                    c["miss verbatim: proposed, lost"] += 1
                    for s in sources:
                        lost["proposed by " + s] += 1
                    if not any(_match(g, x) for x in _labels_of(_STAGES.get("in_longest", []))):
                        lost["stage: tail/profile filter"] += 1
                    elif not any(_match(g, x) for x in _labels_of(_STAGES.get("out_longest", []))):
                        lost["stage: longest-span merge"] += 1
                    elif not any(_match(g, x) for x in _labels_of(_STAGES.get("out_general", []))):
                        lost["stage: general forms"] += 1
                    elif not any(_match(g, x) for x in _STAGES.get("labels", [])):
                        lost["stage: content stems of the labels"] += 1
                    elif any(_match(g, p) for p in preds):
                        lost["stage: scorer's greedy matching (one label, two gold topics)"] += 1
                    else:
                        lost["stage: after the rules (core)"] += 1
                elif overlap:
                    c["miss verbatim: cut otherwise (shares words with a label)"] += 1
                else:
                    c["miss verbatim: nothing proposed"] += 1
                    if found is not None:
                        for k in _construction(body, found.start(), found.end()):
                            ctx[k] += 1
                        ctx["  starts in upper case mid-sentence"] += found.group(0)[
                            :1
                        ].isupper() and not re.search(
                            r"(?:^|[.!?:]\s+|\n\s*)$", body[max(0, found.start() - 5) : found.start()]
                        )
                        sentence_start = (
                            max(body.rfind(". ", 0, found.start()), body.rfind("\n", 0, found.start())) + 1
                        )
                        ctx["  a cue earlier in its sentence"] += any(
                            m.end() <= found.start()
                            for m in cues._CUE.finditer(body, sentence_start, found.start())
                        )
                if verbose:
                    print(f"{path.stem} MISS {g} | sources {sources} | overlapping {overlap}")
            missed = [g for _, g in misses]
            matched = [g for _, g in gold_items]
            for _, p in extra_items:
                sources = sorted({s for s, label in raw if label == p}) or ["?"]
                extras["from " + "+".join(sources)] += 1
                extras[f"  words {min(len(p.split()), 4)}"] += 1
                stems = content_stems(p)
                if any(stems & content_stems(g) for g in missed):
                    extras["  shares a word with a missed gold topic"] += 1
                elif any(stems & content_stems(g) for g in matched):
                    extras["  shares a word with a matched gold topic"] += 1
                else:
                    extras["  unrelated to any gold topic"] += 1
                if verbose:
                    print(f"{path.stem} EXTRA {p} {sources}")
    for title, counter in (
        ("totals", c),
        ("nothing proposed: around it", ctx),
        ("lost", lost),
        ("extras", extras),
    ):
        print(f"-- {title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{v:6} {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

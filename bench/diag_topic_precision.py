"""Aggregate diagnostic of our topic labels that match no gold topic, by class (issue #11, session 17).

Reads a `bench/labelled_sets.py predict LABEL ...` cache (records with their topic evidence, the gold, the text),
scores the topics with ../shared/tools/score_extraction.py's matching and pairing, and classes EVERY label of ours
(right and wrong, so each class shows its precision): each class prints "wrong right" counts.

- the stage that made it: the rule source of ``topics.merge`` (re-extracted in process with
  bench/diag_topics.py's instrumentation, the kgpart on PYTHONPATH), ``field_runs`` or the learned model;
- what kind of phrase it is, first class that applies: a duplicate of another label of ours (a content stem in
  common; split by whether that other label is right), a phrase whose words the gold holds in an unmatched topic
  ("the gold writes it differently"), one word (generic), a word in title case (a name's fragment, a place or a
  nationality), two words or more otherwise;
- where its evidence stands: headline line, first two sentences, a short line with no end stop (a tag, a heading),
  the text's last fifth;
- the words of wrong one-word labels and the last words of wrong labels, met three times or more (ours, counts);
- the cue of each label that cue_spans gave ("discussed", "agreement on", "enrolled in"), wrong three times or more.

Counts only: no article, sentence or gold topic is printed (G2 ... are training data read by scripts only).
The held-out set is never read: the sets are labelled_sets.py's, which refuses it.

usage: PYTHONPATH=SNAP/src python bench/diag_topic_precision.py LABEL G2 G3 ...
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import diag_topics
from labelled_sets import CACHE, SETS, extract, load, scorer, set_name

from kgpart.extract.topics import cues
from kgpart.extract.topics.tidy import content_stems, distribute, surface

_SHORT_LINE_WORDS = 8


#: (item as read, the cue that opened it, digits as N) of the article being read
_CUES: list[tuple[str, str]] = []


def _instrument_cues() -> None:
    """Read each cue's items apart, so that a label of cue_spans is known by its cue ("discussed", "enrolled in")."""
    after, before = cues._items_after, cues._items_before

    def items_after(doc, matches):
        out = []
        for match in matches:
            got = after(doc, iter([match]))
            cue = re.sub(r"\d+", "N", " ".join(match.group(0).lower().split()))
            _CUES.extend((span[2], cue) for span in got)
            out += got
        return out

    def items_before(doc, matches):
        out = []
        for match in matches:
            got = before(doc, iter([match]))
            _CUES.extend((span[2], "before: " + " ".join(match.group(0).lower().split())) for span in got)
            out += got
        return out

    cues._items_after, cues._items_before = items_after, items_before


def _place(text: str, start: int) -> list[str]:
    """Where a label's evidence stands in the text."""
    out = []
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if text[:start].strip().count("\n") == 0:
        out.append("headline line")
    if line and len(line.split()) <= _SHORT_LINE_WORDS and line[-1:] not in ".!?:;\"'”":
        out.append("short line, no end stop")
    if start > 0.8 * len(text):
        out.append("last fifth of the text")
    return out or ["body"]


def main() -> int:
    ap = argparse.ArgumentParser(prog="diag_topic_precision.py", description=__doc__.split("\n")[0])
    ap.add_argument("label", help="the labelled_sets.py predict cache label")
    ap.add_argument("sets", nargs="+", type=set_name, help=f"set names: {' '.join(SETS)}")
    ap.add_argument("--no-sources", action="store_true", help="skip the in-process re-extraction")
    args = ap.parse_args()
    sc = scorer()
    diag_topics.sc = sc
    if not args.no_sources:
        diag_topics._instrument()
        _instrument_cues()
    by: dict[str, Counter] = {
        k: Counter()
        for k in (
            "source",
            "kind",
            "place",
            "words",
            "one word",
            "last word",
            "duplicates (pairs)",
            "cue (labels from cue_spans)",
        )
    }
    total = Counter()
    for name in args.sets:
        for _stem, gold, pred, txt in load(args.label, name, CACHE):
            text = sc.read_article(Path(txt))[0]
            raw: list[tuple[str, str]] = []
            if not args.no_sources:
                diag_topics._REC.clear()
                _CUES.clear()
                record = extract(sc, Path(txt))[1]
                if record["topics"] != pred["topics"]:
                    total["(re-extraction differs from the cache)"] += 1
                raw = [
                    (s, sc.norm(x)) for s in ("field_runs", "learned") for x in diag_topics._REC.get(s, [])
                ]
                raw += [
                    (s, x)
                    for s, spans in diag_topics._REC.items()
                    if s not in ("field_runs", "learned")
                    for x in diag_topics._labels_of(spans)
                ]
            aliases = sc.Aliases()
            gold_items = sc.items(gold, "topics", aliases)
            pred_items = sc.items(pred, "topics", aliases)
            tp, n_pred, n_gold, misses, extras = sc.score(gold_items, pred_items, aliases)
            total["gold"] += n_gold
            total["pred"] += n_pred
            total["right"] += tp
            wrong_left = Counter(p for _, p in extras)
            evidence = {sc.norm(e["label"]): e["evidence"] for e in pred.get("topic_evidence") or []}
            labels = [p for _, p in pred_items]
            cue_of: dict[str, str] = {}
            for raw_item, cue in _CUES:
                for item in distribute(surface(raw_item)):
                    cue_of.setdefault(sc.norm(item), cue)
            written = [t if isinstance(t, str) else "" for t in pred.get("topics") or []]
            wrong_flags = []
            for p in labels:
                if wrong_left[p] > 0:
                    wrong_left[p] -= 1
                    wrong_flags.append(True)
                else:
                    wrong_flags.append(False)
            missed = [g for _, g in misses]
            for i, (p, wrong) in enumerate(zip(labels, wrong_flags, strict=True)):
                col = 0 if wrong else 1
                stems = content_stems(p)
                others = [(q, w) for j, (q, w) in enumerate(zip(labels, wrong_flags, strict=True)) if j != i]
                dup = [w for q, w in others if stems & content_stems(q)]
                sources = sorted({s for s, x in raw if x == p}) or ["?"]
                src = sources[0] if len(sources) == 1 else "+".join(sources[:2])
                by["source"][src, col] += 1
                if p in cue_of:
                    by["cue (labels from cue_spans)"][cue_of[p], col] += 1
                if dup and not all(dup):
                    kind = "duplicate of a right label of ours"
                elif dup:
                    kind = "duplicate of a wrong label of ours"
                elif any(stems & content_stems(g) for g in missed):
                    kind = "shares a word with an unmatched gold topic"
                elif any(w[:1].isupper() for w in written[i].split()):
                    kind = "title case word (name, place, nationality)"
                elif len(p.split()) == 1:
                    kind = "one word"
                else:
                    kind = "two words or more, unrelated"
                by["kind"][kind, col] += 1
                if dup:
                    for j, (q, w) in enumerate(zip(labels, wrong_flags, strict=True)):
                        if j == i or not stems & content_stems(q):
                            continue
                        rel = (
                            "inside the other"
                            if p in q
                            else "holds the other"
                            if q in p
                            else ("same last word" if p.split()[-1] == q.split()[-1] else "other shared word")
                        )
                        order = "after" if j < i else "before"
                        size = (
                            "shorter"
                            if len(p.split()) < len(q.split())
                            else ("longer" if len(p.split()) > len(q.split()) else "as long")
                        )
                        by["duplicates (pairs)"][
                            f"other {'wrong' if w else 'right'}, {rel}, {order}, {size}", col
                        ] += 1
                ev = evidence.get(p)
                if ev is not None:
                    for k in _place(text, ev["start"]):
                        by["place"][k, col] += 1
                by["words"][min(len(p.split()), 5), col] += 1
                if len(p.split()) == 1:
                    by["one word"][p.rstrip("s"), col] += 1
                by["last word"][p.split()[-1].rstrip("s") if p else "", col] += 1
    print(f"-- totals {dict(total)}")
    for title, counter in by.items():
        keys = sorted({k for k, _ in counter}, key=lambda k: (-counter[k, 0], str(k)))
        if title in ("one word", "last word", "cue (labels from cue_spans)"):
            keys = [k for k in keys if counter[k, 0] >= 3]
        print(f"-- {title}: wrong right")
        for k in keys:
            print(f"{counter[k, 0]:6} {counter[k, 1]:6}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

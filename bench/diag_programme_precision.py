"""Every programme of ours the scorer matches to nothing, in one class: aggregate counts (session 18).

Reads the records ``bench/labelled_sets.py predict LABEL SETS`` cached and the gold, matches programmes as the
scorer does (greedy, in the gold's order) and prints COUNTS BY CLASS only, never a name, a sentence or an article
(the training sets G2 ... may be measured, not read). The held-out set is refused (labelled_sets.set_name).

    python bench/diag_programme_precision.py LABEL G2 G3 ... [--cache DIR]

Classes of an unmatched programme of ours (first that holds):
- ``no gold programme``: the article's gold has no programme;
- ``right partners, count missing`` / ``right partners, wrong count``: it holds every partner of an unmatched gold
  programme WITH partners, the gold has a count, ours has none / another (the wrong ones by how the two counts
  stand: twice, half, ours a gold cohort's count, another gold programme's, a qualifier of the text around ours);
- ``partnerless gold, count ...``: the same against an unmatched gold programme of no partner;
- ``duplicate``: it holds every partner of a gold programme with partners another programme of ours matched;
- ``partner missing``: its partners are a strict subset of an unmatched gold programme's (whether its count would
  then match);
- ``partner extra and missing``: it shares a partner with a gold programme, misses one and holds one of none;
- ``disjoint``: it shares no partner with any gold programme of partners (a gold partnership's pair or not).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from diag_programme_coverage import _SPLIT, _kind
from labelled_sets import CACHE, load, scorer, set_name

from kgpart.extract.numbers import UNIT_WORDS

#: Number words of 0-20, as a count may be written.
_WORDS = [*UNIT_WORDS, "twenty"]

#: Qualifiers read in the 60 characters before our count's first mention, or 40 after it (lower case).
_QUALIFIERS = [
    ("up to / maximum", r"\b(?:up to|as many as|a maximum of|no more than|at most)\s+$"),
    ("more than / over", r"\b(?:more than|over|at least|some|about|around|nearly|almost|approximately)\s+$"),
    (
        "total / so far",
        r"\b(?:total|in all|so far|to date|since|overall|altogether|already|have (?:studied|completed|taken)|"
        r"has (?:trained|hosted))\b",
    ),
    ("per year", r"\b(?:a|per|each|every) (?:year|semester|academic year|intake|term)\b|annual|yearly"),
    ("each side", r"\b(?:each|per|both) (?:side|universit|institution|partner|party|country)"),
    ("applicants/pool", r"\bappl(?:y|ied|icant|ication)|candidate|compet"),
    ("graduates/alumni", r"graduat|alumni|completed"),
    ("staff/teachers", r"\b(?:staff|teacher|professor|lecturer|researcher|scientist|faculty member)"),
]


def _count_rx(count: int) -> re.Pattern[str]:
    forms = [str(count), f"{count:,}"]
    if 0 <= count < len(_WORDS):
        forms.append(_WORDS[count])
    return re.compile(r"(?<![\d,.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\d,])", re.I)


def _count(p: dict[str, Any]) -> Any:
    return ((p.get("participants") or {}) or {}).get("count")


def _qualifiers(count: int, sentence: str) -> list[str]:
    m = _count_rx(count).search(sentence or "")
    if m is None:
        return ["count not in its sentence"]
    before = sentence[max(0, m.start() - 60) : m.start()].lower()
    after = sentence[m.end() : m.end() + 50].lower()
    out = []
    for name, rx in _QUALIFIERS:
        if name in ("up to / maximum", "more than / over"):
            if re.search(rx, before):
                out.append(name)
        elif re.search(rx, before + " " + after):
            out.append(name)
    return out or ["plain"]


def classify(
    sc: Any, gold: dict[str, Any], pred: dict[str, Any], body: str, out: Counter[str]
) -> list[str | None]:
    """Count the classes of ``pred``'s programmes into ``out``; return each one's class (None: matched)."""
    labels: list[str | None] = []
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, pred)
    same = aliases.same
    golds = gold.get("programmes") or []
    ours = pred.get("programmes") or []
    g_items = sc.items(gold, "programmes", aliases)
    p_items = sc.items(pred, "programmes", aliases)
    used: dict[int, int] = {}
    gold_hit: dict[int, int] = {}
    for gi, g in enumerate(g_items):
        hit = next((i for i, p in enumerate(p_items) if i not in used and sc.match(g, p, aliases)), None)
        if hit is not None:
            used[hit] = gi
            gold_hit[gi] = hit
    gold_cohorts = {c.get("count") for c in gold.get("cohorts") or []}
    gold_prog_counts = [_count(g) for g in golds]
    ties = [
        [x for x in (t.get("between") or []) if x]
        for t in gold.get("partnerships") or []
        if isinstance(t, dict)
    ]
    sentences = [s for s in _SPLIT.split(body) if s.strip()]

    def gp(g: dict[str, Any]) -> list[str]:
        return [x for x in g.get("partners") or [] if x]

    def held(p: dict[str, Any], g: dict[str, Any]) -> int:
        return sum(any(same(x, y) for y in p.get("partners") or []) for x in gp(g))

    def covers(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return held(p, g) == len(gp(g))

    def _one(i: int, p: dict[str, Any]) -> None:
        if i in used:
            out["O matched"] += 1
            return
        out["O EXTRAS"] += 1
        kind = _kind(p)
        pc = _count(p)
        npart = len(p.get("partners") or [])
        out[f"K extras by kind: {kind}"] += 1
        if not golds:
            out["C no gold programme in the article"] += 1
            out[
                f"C no gold programme: our count a gold cohort's {pc is not None and pc in gold_cohorts}"
            ] += 1
            return
        free = [gi for gi, g in enumerate(golds) if gi not in gold_hit and gp(g) and covers(p, g)]
        free0 = [gi for gi, g in enumerate(golds) if gi not in gold_hit and not gp(g)]
        dup = [gi for gi, g in enumerate(golds) if gi in gold_hit and gp(g) and covers(p, g)]
        label = None
        if free:
            label = "right partners"
            cands = free
        elif dup:
            label = None
        elif free0:
            label = "partnerless gold"
            cands = free0
        if label:
            gc = [gold_prog_counts[gi] for gi in cands]
            if pc is None:
                out[f"C {label}, count missing"] += 1
                out[f"D {label}, count missing: kind {kind}"] += 1
                gcount = next((c for c in gc if isinstance(c, int)), None)
                if gcount is not None:
                    k = next((j for j, s in enumerate(sentences) if _count_rx(gcount).search(s)), None)
                    src = (p.get("evidence") or {}).get("sentence") or ""
                    k0 = next((j for j, s in enumerate(sentences) if src[:60] and src[:60] in s), None)
                    where = (
                        "not written"
                        if k is None
                        else "unknown"
                        if k0 is None
                        else "same sentence"
                        if k == k0
                        else f"{k - k0:+d}"
                        if abs(k - k0) <= 2
                        else "far after"
                        if k > k0
                        else "far before"
                    )
                    out[f"D {label}, count missing: gold count is {where}"] += 1
                    out[
                        f"D {label}, count missing: a gold cohort holds the gold count {gcount in gold_cohorts}"
                    ] += 1
                return
            out[f"C {label}, wrong count"] += 1
            rel = []
            if any(isinstance(c, int) and pc == 2 * c for c in gc):
                rel.append("ours twice the gold")
            if any(isinstance(c, int) and 2 * pc == c for c in gc):
                rel.append("ours half the gold")
            if not rel:
                rel.append(
                    "ours larger"
                    if all(isinstance(c, int) and pc > c for c in gc)
                    else "ours smaller"
                    if all(isinstance(c, int) and pc < c for c in gc)
                    else "mixed"
                )
            if pc in gold_cohorts:
                rel.append("ours a gold cohort's count")
            if pc in gold_prog_counts:
                rel.append("ours another gold programme's count")
            for r in rel:
                out[f"D {label}, wrong count: {r}"] += 1
            for q in _qualifiers(pc, (p.get("evidence") or {}).get("sentence") or ""):
                out[f"D {label}, wrong count: around ours in its sentence: {q}"] += 1
            gq = {((golds[gi].get("participants") or {}) or {}).get("qualifier") for gi in cands}
            out[f"D {label}, wrong count: gold qualifier {sorted(str(x) for x in gq)}"] += 1
            out[f"D {label}, wrong count: kind {kind}"] += 1
            return
        if dup:
            out["C duplicate of a matched gold programme"] += 1
            twin = [gold_hit[gi] for gi in dup]
            mate = ours[twin[0]]
            sk = "same kind" if mate.get("kind") == p.get("kind") else "other kind"
            ss = (
                "same sentence"
                if (mate.get("evidence") or {}).get("start") == (p.get("evidence") or {}).get("start")
                else "other sentence"
            )
            mc = _count(mate)
            cnt = "ours none" if pc is None else "ours = mate's" if pc == mc else "ours another"
            out[f"D duplicate: {sk}, {ss}"] += 1
            out[f"D duplicate: count {cnt}, mate's {'none' if mc is None else 'set'}"] += 1
            out[f"D duplicate: kind {kind} / mate {_kind(mate)}"] += 1
            if pc is not None:
                out[f"D duplicate: our count a gold cohort's {pc in gold_cohorts}"] += 1
            extra = sum(
                not any(same(y, x) for g in dup for x in gp(golds[g])) for y in p.get("partners") or []
            )
            out[f"D duplicate: partners beyond the gold's {extra}"] += 1
            return
        # no gold programme with partners covers it
        partnered = [g for g in golds if gp(g)]
        if not partnered:
            out["C only partnerless golds, all matched"] += 1
            return
        best = max(partnered, key=lambda g: (held(p, g), -len(gp(g))))
        h = held(p, best)
        ours_beyond = sum(not any(same(y, x) for x in gp(best)) for y in p.get("partners") or [])
        as_tie = (
            any(
                len(t) == npart and all(any(same(x, y) for y in p.get("partners") or []) for x in t)
                for t in ties
            )
            and npart >= 2
        )
        if h == 0:
            out[f"C disjoint from every gold programme's partners (ours {min(npart, 3)} partners)"] += 1
            out[
                f"D disjoint: our pair a gold partnership {as_tie}, count {'set' if pc is not None else 'none'}"
            ] += 1
            out[f"D disjoint: kind {kind}"] += 1
            return
        bi = golds.index(best)
        taken = "its gold matched" if bi in gold_hit else "its gold free"
        if ours_beyond == 0:
            out["C partner missing"] += 1
            cnt_ok = _count(best) is None or _count(best) == pc
            out[f"D partner missing: {taken}, count would match {cnt_ok}, held {h}/{len(gp(best))}"] += 1
            out[f"D partner missing: kind {kind} / gold {_kind(best)}"] += 1
        else:
            out["C partner extra and missing"] += 1
            cnt_ok = _count(best) is None or _count(best) == pc
            out[
                f"D partner swapped: {taken}, count would match {cnt_ok}, held {h}/{len(gp(best))}, beyond {ours_beyond}"
            ] += 1
            out[f"D partner swapped: our pair a gold partnership {as_tie}"] += 1
            out[f"D partner swapped: kind {kind} / gold {_kind(best)}"] += 1

    for i, p in enumerate(ours):
        out["O our programmes"] += 1
        before = {k for k in out if k.startswith("C ")}
        snapshot = {k: out[k] for k in before}
        _one(i, p)
        labels.append(next((k[2:] for k in out if k.startswith("C ") and out[k] != snapshot.get(k, 0)), None))
    return labels


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

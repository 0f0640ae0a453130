"""Train and measure the learned cohort counts (kgpart.extract.cohorts.learned_counts).

Reads ../shared (the scorer's functions, imported through bench/train_pair_model.scorer()) and the gold
records of the training folds; prints aggregate figures only.

    python bench/train_cohort_count_model.py lofo --folds $FOLDS [--check] [--label mixed] [--fallback recent]
        leave-one-set-out: for each set, train on the others (threshold and L2 chosen by an inner
        leave-one-set-out over the training sets only), and count the left-out set's cohorts as the
        scorer counts them: the rules' record, and the rules' record with the cohorts the model adds
        (their (count, at) added to the record's cohorts: exact, as nothing after the hook changes
        them while the place re-ranker is a placeholder); --check also extracts each left-out article
        with its model hooked, in this process, and says where the counts differ
    python bench/train_cohort_count_model.py train --folds $FOLDS --out src/kgpart/data/cohort_count_model.json
    python bench/train_cohort_count_model.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints with that model hooked (the scorer's --cmd)

FOLDS="A=../shared/corpus/dev:001-039/2 C=../shared/corpus/dev:002-038/4 H=../shared/corpus/dev:004-040/4
G1=bench/genre:g01-g16 G2=bench/genre:g17-g32 G3=bench/genre:g33-g64 G4=bench/genre:g65-g88
G5=bench/genre:g89-g120 G6=bench/genre:g121-g152 G7=bench/genre:g153-g184 G8=bench/genre:g185-g216
G9=bench/genre:g217-g248"

Options of the candidates (the package's defaults in learned_counts.FALLBACK / WORDS): --fallback recent
(a count the rules' reader places nowhere goes to the institution told of last; "hub": the article's main
institution; "none": session 13's candidates; "-read" suffix: only for counts of people the rules read),
--words yes (numbers in words too). --label: "count" (the gold has a cohort of that count), "exact" (the
cohort it adds matches a missed gold cohort, place included), "mixed" (exact for a count placed by the
fallback, count for the others: the shipped file).

--place learn (session 15): also learn a chooser of the place of each count (pairs of its candidate places,
learned_places.candidates, labelled by the scorer's matching of the place the place hook's repairs leave;
L2 and margin by an inner leave-one-set-out, each training set's choices out of set), written as the model
file's "place"; measured, it lost (bench/README.md, session 15). The count a candidate adds is counted at
the place the repairs of the place hook leave it (learned_places.repaired), as the package runs, so the
counted figures equal the extracted ones (--check).

Other work changes the rules meanwhile: run it on a fixed copy of the source (PYTHONPATH=<git archive>/src).
With --label count a candidate is labelled 1 when the gold has a cohort with its count (any place): the model
learns which numbers are cohorts' counts; the place is the rules' reader's (and the place re-ranker's after
it). With --label mixed a count placed by the fallback needs its place right too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled_sets import fold
from train_pair_model import (
    add_extract_parser,
    chosen,
    extract_text_file,
    fit,
    model_extractor,
    parse_folds,
    print_extraction,
    ranking_pairs,
    run_scorer,
    scored_category,
    scorer,
)

import kgpart.extract.core as core
from kgpart.extract.cohorts import learned_counts, learned_places
from kgpart.extract.cohorts.learned_counts import FEATURES, CountModel
from kgpart.extract.countries import country_of

_ORIGINAL = core.add_learned_counts  # type: ignore[attr-defined]
_CAPTURED: list[tuple[Any, list[tuple[learned_counts.Candidate, Any]]]] = []


def _hooked(doc: Any, programmes: Any, cohorts: Any) -> Any:
    """The hook as the package runs it, keeping the candidates and the cohort each would add (its own place)."""
    cands = learned_counts.candidates(doc, programmes, cohorts)
    _CAPTURED.append((doc, [(c, learned_counts.cohort(doc, c)) for c in cands]))
    return _ORIGINAL(doc, programmes, cohorts)


def _after_repairs(doc: Any, cohort: Any, hub: int | None) -> str | None:
    """The place a cohort keeps after the place hook's repairs (``learned_places.repaired``), as it runs later."""
    if not cohort.at or cohort.count is None or country_of(cohort.at) is None:
        return cohort.at  # type: ignore[no-any-return]
    group = learned_places.candidates(doc, cohort, hub)
    fixed = learned_places.repaired(group) if group else None
    return cohort.at if fixed is None else fixed.name  # type: ignore[no-any-return]


@dataclass
class Group:
    """The places a candidate count's cohort may be at (its own first): features, the place each gives after
    the repairs, and whether that matches a gold cohort the rules miss."""

    feats: np.ndarray
    final: list[str | None]
    labels: np.ndarray


core.add_learned_counts = _hooked  # type: ignore[attr-defined]


#: The record ``kgpart extract`` gives, with a model hooked (None: the rules alone).
extract = model_extractor(learned_counts.use_model)


#: The record of an article's text (as the scorer gives it to ``kgpart extract``).
_extract_body = partial(extract_text_file, extract)


@dataclass
class Article:
    fold: str
    feats: np.ndarray  # candidates x features
    labels: np.ndarray  # 1: the gold has a cohort of that count
    exact: np.ndarray  # 1: the cohort it adds matches a gold cohort the rules miss (count and place)
    mixed: np.ndarray  # the count label, or for a count placed by the fallback the exact one
    counts: list[int]
    items: list[tuple[str, tuple[int, str | None]]]  # what each candidate would add, as the scorer reads it
    rule_items: list[Any] = field(default_factory=list)
    gold_items: list[Any] = field(default_factory=list)
    aliases: Any = None
    sc: ModuleType | None = None
    groups: list[Group] = field(default_factory=list)

    def set_choice(self, choice: list[int]) -> None:
        """Each candidate's cohort at the place ``choice`` picks among its group (0: its own place)."""
        for k, (group, c) in enumerate(zip(self.groups, choice, strict=True)):
            self.items[k] = ("cohort", (self.counts[k], group.final[c]))
            self.exact[k] = group.labels[c]
            self.mixed[k] = group.labels[c] if self.feats[k, _FALLBACK_COL] else self.labels[k]

    def score(self, margins: np.ndarray | None, t: float, leave: int | None = None) -> tuple[int, int, int]:
        """(tp, pred, gold) of cohorts with the candidates scoring >= t added (the best one per count);
        ``leave``: a feature's column, whose candidates are not added (what they bring, in ``split``)."""
        added = []
        if margins is not None and len(margins):
            best: dict[int, int] = {}
            for k, m in enumerate(margins):
                if m >= t and (self.counts[k] not in best or m > margins[best[self.counts[k]]]):
                    best[self.counts[k]] = k
            added = [
                self.items[k] for k in sorted(best.values()) if leave is None or not self.feats[k, leave]
            ]
        assert self.sc is not None
        tp, pred, gold, *_ = self.sc.score(self.gold_items, self.rule_items + added, self.aliases)
        return tp, pred, gold


def collect(fold: str, folder: Path, sc: ModuleType) -> list[Article]:
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        _CAPTURED.clear()
        record = _extract_body(body, url, published, None)
        doc, captured = _CAPTURED[-1]
        aliases = sc.Aliases()
        sc.register(aliases, gold)
        sc.register(aliases, record)
        gold_items = sc.items(gold, "cohorts", aliases)
        gold_counts = {g[1][0] for g in gold_items}
        rule_items = sc.items(record, "cohorts", aliases)
        misses = sc.score(gold_items, rule_items, aliases)[3]
        hub = learned_places._hub(doc)
        groups = []
        for c, coh in captured:
            places = learned_places.candidates(doc, coh, hub) if PLACE[0] else []
            names = [p.name for p in places] or [coh.at]
            final = [_after_repairs(doc, replace(coh, at=name), hub) for name in names]
            rows = [[p.features.get(k, 0.0) for k in PLACE_FEATURES] for p in places] or [
                [0.0] * len(PLACE_FEATURES)
            ]
            right = [
                1.0 if any(sc.match(m, ("cohort", (c.count, at)), aliases) for m in misses) else 0.0
                for at in final
            ]
            groups.append(Group(np.array(rows, dtype=float), final, np.array(right)))
        cands = [(c, g.final[0]) for (c, _), g in zip(captured, groups, strict=True)]
        rows = [[c.features.get(k, 0.0) for k in FEATURES] for c, _ in cands]
        out.append(
            Article(
                fold,
                np.array(rows, dtype=float).reshape(-1, len(FEATURES)),
                np.array([1.0 if c.count in gold_counts else 0.0 for c, _ in cands]),
                exact := np.array(
                    [
                        1.0 if any(sc.match(m, ("cohort", (c.count, at)), aliases) for m in misses) else 0.0
                        for c, at in cands
                    ]
                ),
                np.array(
                    [
                        e if c.features.get("fallback") else float(c.count in gold_counts)
                        for (c, _), e in zip(cands, exact, strict=True)
                    ]
                ),
                [c.count for c, _ in cands],
                [("cohort", (c.count, at)) for c, at in cands],
                rule_items,
                gold_items,
                aliases,
                sc,
                groups,
            )
        )
    return out


def split(arts: list[Article], scores: list[np.ndarray], t: float, feature: str) -> tuple[int, int]:
    """(added, right) of the cohorts the model adds with ``feature`` set: how many, and how many of them the
    scorer counts right (tp with them minus tp without them)."""
    col = FEATURES.index(feature)
    added = right = 0
    for art, m in zip(arts, scores, strict=True):
        tp, pred, _ = art.score(m, t)
        tp0, pred0, _ = art.score(m, t, leave=col)
        added, right = added + pred - pred0, right + tp - tp0
    return added, right


def f1(tp: int, pred: int, gold: int) -> float:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def pooled(arts: list[Article], scores: list[np.ndarray] | None, t: float) -> tuple[int, int, int]:
    tp = pred = gold = 0
    for k, art in enumerate(arts):
        a, b, c = art.score(None if scores is None else scores[k], t)
        tp, pred, gold = tp + a, pred + b, gold + c
    return tp, pred, gold


#: Whether a chooser of the place of each count is learned (``CountModel.place``; --place learn).
PLACE = [False]
PLACE_FEATURES = learned_places.FEATURES
_FALLBACK_COL = FEATURES.index("fallback")
PLACE_GRID = [x / 4 for x in range(-8, 25)]  # margins over the count's own place -2 .. 6 (logits)
PLACE_L2S = (0.1, 0.3, 1.0, 3.0)


def place_pairs(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of places of the counts whose place matters (some right, some wrong), as differences of their
    features (``ranking_pairs``: the count's own place against each place of the other label, and right against
    wrong among the others both ways)."""
    return ranking_pairs([(g.feats, g.labels) for art in arts for g in art.groups], len(PLACE_FEATURES))


def place_choice(art: Article, w: np.ndarray, b: float, t: float) -> list[int]:
    """The place the chooser gives each candidate of an article (0: its own), as ``learned_places.choose``."""
    return [0 if len(g.final) < 2 else chosen(g.feats, w, b, t) for g in art.groups]


def choose_place(arts: list[Article]) -> tuple[float, float, dict[int, list[int]]]:
    """(l2, threshold, out-of-set choices by id of article): the chooser setting that puts the most counts of
    ``arts`` at a right place (an inner leave-one-set-out over their sets); on ties the higher threshold."""
    folds = sorted({a.fold for a in arts})
    best: tuple[float, float, float, dict[int, list[int]]] = (1.0, PLACE_GRID[-1], -1.0, {})
    for l2 in PLACE_L2S:
        fitted = {f: fit(*place_pairs([a for a in arts if a.fold != f]), l2=l2) for f in folds}
        for t in reversed(PLACE_GRID):
            picks = {id(a): place_choice(a, *fitted[a.fold], t) for a in arts}
            right = sum(g.labels[c] for a in arts for g, c in zip(a.groups, picks[id(a)], strict=True))
            if right > best[2] + 1e-9:
                best = (l2, t, right, picks)
    return best[0], best[1], best[3]


def place_dict(w: np.ndarray, b: float, t: float, l2: float) -> dict[str, Any]:
    return {
        "about": "logistic regression over the places of a count the model adds (pairs of places); L2 "
        f"{l2}, margin over the count's own place by inner leave-one-set-out",
        "enabled": True,
        "threshold": t,
        "bias": round(b, 6),
        "features": list(PLACE_FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }


def set_places(train: list[Article], test: list[Article]) -> dict[str, Any] | None:
    """Learn the chooser on ``train`` (its articles take out-of-set choices), give ``test`` its choices; the
    chooser's part of the model file (None without --place learn)."""
    if not PLACE[0]:
        return None
    l2, t, picks = choose_place(train)
    for a in train:
        a.set_choice(picks[id(a)])
    w, b = fit(*place_pairs(train), l2=l2)
    for a in test:
        a.set_choice(place_choice(a, w, b, t))
    return place_dict(w, b, t, l2)


#: Which label the model learns: "count" (the gold has a cohort of that count) or "exact" (the cohort it
#: would add matches a gold cohort the rules miss, place included).
LABEL = ["count"]


def stack(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    y = np.concatenate([{"exact": a.exact, "mixed": a.mixed}.get(LABEL[0], a.labels) for a in arts])
    return np.vstack([a.feats for a in arts]), y


GRID = [x / 4 for x in range(-4, 21)]  # logits -1 .. 5
L2S = (0.3, 1.0, 3.0, 10.0)


def choose(arts: list[Article]) -> tuple[float, float, float]:
    """(l2, threshold, inner F1): what maximises pooled cohort F1 of out-of-set scores on ``arts``
    (an inner leave-one-set-out over their sets); on ties the higher threshold (fewer additions)."""
    folds = sorted({a.fold for a in arts})
    best = (1.0, GRID[-1], -1.0)
    for l2 in L2S:
        scores: list[np.ndarray] = []
        order: list[Article] = []
        for f in folds:
            w, b = fit(*stack([a for a in arts if a.fold != f]), l2=l2)
            test = [a for a in arts if a.fold == f]
            scores += [a.feats @ w + b for a in test]
            order += test
        for t in reversed(GRID):
            value = f1(*pooled(order, scores, t))
            if value > best[2] + 1e-9:
                best = (l2, t, value)
    return best


def model_dict(w: np.ndarray, b: float, t: float, l2: float, trained_on: list[str]) -> dict[str, Any]:
    return {
        "about": "logistic regression over numbers no cohort or programme carries (is it a cohort's count?); "
        f"trained by bench/train_cohort_count_model.py on {', '.join(trained_on)}, L2 {l2}",
        "enabled": True,
        "trained_on": trained_on,
        "threshold": t,
        "bias": round(b, 6),
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }


def _row(name: str, label: str, counts: tuple[int, int, int], extra: str = "") -> str:
    tp, pred, gold = counts
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return (
        f"| {name} | {label} | {extra} | {p:.3f} | {r:.3f} | {f1(tp, pred, gold):.3f} | {gold}/{pred}/{tp} |"
    )


def lofo(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    data = {name: collect(name, folder, sc) for name, folder in folds.items()}
    for name, arts in data.items():
        n = sum(len(a.labels) for a in arts)
        pos = int(sum(a.labels.sum() for a in arts))
        exact = int(sum(a.exact.sum() for a in arts))
        print(
            f"set {name}: {len(arts)} articles, {n} candidates, {pos} with a gold cohort's count, "
            f"{exact} matching a missed gold cohort",
            flush=True,
        )
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    lines = []
    totals = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    splits = {f: [0, 0] for f in ("fallback", "rules_read", "no_origin", "in_words", "qualifier")}
    for left in folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        place = set_places(train, test)
        l2, t, inner = choose(train)
        w, b = fit(*stack(train), l2=l2)
        model = model_dict(w, b, t, l2, [f for f in folds if f != left])
        if place is not None:
            model["place"] = place
            print(f"set {left}: place chooser t {place['threshold']:+.2f} {place['about'][-60:]}", flush=True)
        path = outdir / f"{left}.json"
        path.write_text(json.dumps(model, indent=1))
        rules = pooled(test, None, t)
        margins = [a.feats @ w + b for a in test]
        with_model = pooled(test, margins, t)
        for feature in ("fallback", "rules_read", "no_origin", "in_words", "qualifier"):
            added, right = split(test, margins, t, feature)
            splits[feature] = [splits[feature][0] + added, splits[feature][1] + right]
            print(f"set {left}: added with {feature} {added}, right {right}", flush=True)
        for key, c in (("rules", rules), ("model", with_model)):
            totals[key] = [x + y for x, y in zip(totals[key], c, strict=True)]
        lines.append(_row(left, "rules only", rules))
        lines.append(_row(left, "rules + model", with_model, f"t {t:+.2f} L2 {l2} (inner F1 {inner:.3f})"))
        print(lines[-2], flush=True)
        print(lines[-1], flush=True)
        if args.check:
            real = scored_category(folds[left], sc, "cohorts", _extract_body, CountModel.from_dict(model))
            if real != with_model:
                print(f"set {left}: counted {with_model} != extracted {real}", flush=True)
    print()
    print("| left-out set | system | threshold | cohorts P | R | F1 | gold/pred/tp |")
    print("|---|---|---|---|---|---|---|")
    for line in lines:
        print(line)
    print(_row("pooled", "rules only", tuple(totals["rules"])))  # type: ignore[arg-type]
    print(_row("pooled", "rules + model", tuple(totals["model"])))  # type: ignore[arg-type]
    print()
    for feature, (added, right) in splits.items():
        print(f"added cohorts with {feature}: {added}, right {right}")


def train(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    arts = [a for name, folder in folds.items() for a in collect(name, folder, sc)]
    place = set_places(arts, [])
    l2, t, inner = choose(arts)
    w, b = fit(*stack(arts), l2=l2)
    model = model_dict(w, b, t, l2, list(folds))
    if place is not None:
        model["place"] = place
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<20}{v:+.3f}")
    print(f"bias {b:+.3f} threshold {t:+.2f} L2 {l2} inner F1 {inner:.3f}")


def real(args: argparse.Namespace) -> None:
    """The real scorer on each set (a subprocess per article): rules only vs the given model."""
    folds = parse_folds(args.folds)
    for name, folder in folds.items():
        off = run_scorer(folder, "--off", script=__file__, category="cohorts")
        on = run_scorer(folder, f"--model {args.model}", script=__file__, category="cohorts")
        print(
            f"{name}: cohorts F1 {off['F1']:.3f} -> {on['F1']:.3f}; overall {off['overall']:.3f} -> {on['overall']:.3f}"
        )


def extract_cmd(args: argparse.Namespace) -> None:
    print_extraction(args, extract, lambda text: CountModel.from_dict(json.loads(text)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-set-out table")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--outdir", default=str(Path(tempfile.gettempdir()) / "cohort_count_model"))
    p.add_argument("--check", action="store_true")
    p.add_argument("--label", choices=("count", "exact", "mixed"), default="count")
    p.add_argument(
        "--fallback", choices=("none", "recent", "hub", "recent-read", "hub-read"), default="recent"
    )
    p.add_argument("--words", choices=("yes", "no"), default="no")
    p.add_argument("--place", choices=("none", "learn"), default="none")
    p = sub.add_parser("train", help="train on all the sets given and write the model file")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--disabled", action="store_true")
    p.add_argument("--label", choices=("count", "exact", "mixed"), default="count")
    p.add_argument(
        "--fallback", choices=("none", "recent", "hub", "recent-read", "hub-read"), default="recent"
    )
    p.add_argument("--words", choices=("yes", "no"), default="no")
    p.add_argument("--place", choices=("none", "learn"), default="none")
    p.add_argument("--out", required=True)
    p = sub.add_parser("real", help="the real scorer per set, rules only vs a model file (dev sets only)")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--model", required=True)
    add_extract_parser(sub)
    args = parser.parse_args()
    LABEL[0] = getattr(args, "label", "count")
    fallback = getattr(args, "fallback", "recent")
    learned_counts.FALLBACK[0] = None if fallback == "none" else fallback.split("-")[0]
    learned_counts.FALLBACK_ALL[0] = not fallback.endswith("-read")
    learned_counts.WORDS[0] = getattr(args, "words", "no") == "yes"
    PLACE[0] = getattr(args, "place", "none") == "learn"
    {"lofo": lofo, "train": train, "extract": extract_cmd, "real": real}[args.command](args)


if __name__ == "__main__":
    main()

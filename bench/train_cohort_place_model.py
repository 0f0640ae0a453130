"""Train and measure the learned choice of a cohort's place (kgpart.extract.cohorts.learned_places).

The only part of the project's cohort place model that reads ../shared: the gold records label the
candidate places, and the scorer's own functions (``score_extraction.py``, imported through
``train_pair_model.scorer``) decide which candidate matches a gold cohort and score the sets.

    python bench/train_cohort_place_model.py lofo --folds $FOLDS [--check]
        FOLDS="A=../shared/corpus/dev:001-039/2 C=../shared/corpus/dev:002-038/4 H=../shared/corpus/dev:004-040/4
        G1=bench/genre:g01-g16 G2=bench/genre:g17-g32 G3=bench/genre:g33-g64 G4=bench/genre:g65-g88
        G5=bench/genre:g89-g120 G6=bench/genre:g121-g152"
        leave-one-set-out: for each set, train on the others (L2 and the margin threshold chosen by an inner
        leave-one-set-out over those only), and count the left-out set's cohorts as the scorer counts them:
        the rules' record with each cohort's place replaced as the hook would (exact: nothing after the hook
        reads the cohorts); --check also extracts each left-out article with its model in this process and
        says where the counts differ. Aggregate figures only.
    python bench/train_cohort_place_model.py train --folds $FOLDS --out src/kgpart/data/cohort_place_model.json
    python bench/train_cohort_place_model.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints, with the given model hooked (the scorer's --cmd)
"""

from __future__ import annotations

import argparse
import json
import pickle
import tempfile
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
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
    scored_category,
    scorer,
)

import kgpart.extract.core as core
from kgpart.extract.cohorts import learned_places
from kgpart.extract.cohorts.learned_places import FEATURES, PlaceModel

# -- the hook, as the package runs it; the script only keeps each cohort's candidates ---------------

_ORIGINAL = core.rerank_places  # type: ignore[attr-defined]
_CAPTURED: list[tuple[Any, list[Any]]] = []


def _hooked(doc: Any, cohorts: Any) -> Any:
    _CAPTURED.append((doc, list(cohorts)))
    return _ORIGINAL(doc, cohorts)


core.rerank_places = _hooked  # type: ignore[attr-defined]


#: The record ``kgpart extract`` gives, with a model hooked (None: the rules alone).
extract = model_extractor(learned_places.use_model)


#: The record of an article's text (as the scorer gives it to ``kgpart extract``).
_extract_body = partial(extract_text_file, extract)


# -- data ----------------------------------------------------------------------------------------


@dataclass
class Group:
    """One cohort of the rules' record: its candidate places (the rules' first) and their labels."""

    feats: np.ndarray  # candidates x features
    labels: np.ndarray  # 1: the scorer matches (count, candidate) to a gold cohort
    names: list[str | None]


@dataclass
class Article:
    fold: str
    name: str
    groups: list[Group]
    counts_of: list[Any]  # each cohort's count
    gold_items: list[Any]
    aliases: Any
    sc: ModuleType
    rule_tp: int
    rule_pred: int
    gold: int
    scores: dict[tuple[int, ...], tuple[int, int, int]] = field(default_factory=dict)

    def score(self, choice: list[int]) -> tuple[int, int, int]:
        """(tp, pred, gold) of cohorts with cohort k's place replaced by its candidate choice[k]."""
        if not any(choice):
            return self.rule_tp, self.rule_pred, self.gold
        key = tuple(choice)
        if key not in self.scores:
            self.scores[key] = self._score(choice)
        return self.scores[key]

    def _score(self, choice: list[int]) -> tuple[int, int, int]:
        items = [
            ("cohort", (count, group.names[c] if group.names else None))
            for count, group, c in zip(self.counts_of, self.groups, choice, strict=True)
        ]
        tp, pred, gold, *_ = self.sc.score(self.gold_items, items, self.aliases)
        return tp, pred, gold


def _extracted(folder: Path, sc: ModuleType, cache: Path | None) -> list[tuple[str, Any, Any, Any, Any]]:
    """Each article's (name, gold record, rules' record, doc, cohorts at the hook), extracted in this process
    (or read back from ``cache``, a pickle of an earlier run of the same code: the rules' output does not
    depend on this model, so the candidates can be computed again from it when only the features change)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        _CAPTURED.clear()
        pred = _extract_body(body, url, published, None)
        doc, cohorts = _CAPTURED[-1]
        out.append((txt.stem, gold, pred, doc, cohorts))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(out))
    return out


def collect(fold: str, folder: Path, sc: ModuleType, cache: Path | None = None) -> list[Article]:
    """Every article's cohorts with their candidate places, labelled by the scorer's matching against gold. With
    REPAIRS the rules' place (each group's first candidate) is the one ``learned_places.repaired`` gives, as the
    hook applies it before the model."""
    out = []
    for stem, gold, pred, doc, cohorts in _extracted(folder, sc, cache):
        hub = learned_places._hub(doc)
        cands = []
        for c in cohorts:
            group = learned_places.candidates(doc, c, hub)
            fixed = learned_places.repaired(group) if REPAIRS and group and c.at else None
            if fixed is not None:
                group = learned_places.candidates(doc, replace(c, at=fixed.name), hub)
            cands.append(group)
        aliases = sc.Aliases()
        sc.register(aliases, gold)
        sc.register(aliases, pred)
        gold_items = sc.items(gold, "cohorts", aliases)
        groups = []
        counts_of = []
        for cohort, group in zip(cohorts, cands, strict=True):
            count = cohort.count
            counts_of.append(count)
            if not group:  # the hook cannot find the count again: the rules' place stays
                groups.append(Group(np.zeros((1, len(FEATURES))), np.zeros(1), [cohort.at]))
                continue
            rows = [[c.features.get(k, 0.0) for k in FEATURES] for c in group]
            labels = [
                1.0 if any(sc.match(g, ("cohort", (count, c.name)), aliases) for g in gold_items) else 0.0
                for c in group
            ]
            groups.append(Group(np.array(rows, dtype=float), np.array(labels), [c.name for c in group]))
        art = Article(fold, stem, groups, counts_of, gold_items, aliases, sc, 0, 0, 0)
        art.rule_tp, art.rule_pred, art.gold = art._score([0] * len(groups))
        out.append(art)
    return out


# -- the model -----------------------------------------------------------------------------------


def stack(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of candidates of the cohorts whose place matters, as differences of their features
    (``ranking_pairs``: the rules' place against each other candidate of the other label, and, unless --pairs
    rule, right against wrong among the others)."""
    groups = [(g.feats, g.labels) for art in arts for g in art.groups]
    return ranking_pairs(groups, len(FEATURES), among_others=PAIRS != "rule")


def choices(art: Article, w: np.ndarray, b: float, t: float) -> list[int]:
    """The candidate the hook puts in each cohort (0: the rules' place)."""
    return [0 if len(g.names) < 2 else chosen(g.feats, w, b, t) for g in art.groups]


def simulated(arts: list[Article], models: list[tuple[np.ndarray, float]], t: float) -> tuple[int, int, int]:
    tp = pred = gold = 0
    for art, (w, b) in zip(arts, models, strict=True):
        a, p, g = art.score(choices(art, w, b, t))
        tp, pred, gold = tp + a, pred + p, gold + g
    return tp, pred, gold


def f1(tp: int, pred: int, gold: int) -> float:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


#: Whether the rules' place is the one after the hook's repairs (``learned_places.repaired``), as it runs.
REPAIRS = True

#: Which pairs train the model: "all" (the rules' place against the others, and right against wrong among
#: the others) or "rule" (the rules' place against the others only).
PAIRS = "all"

GRID = [x / 4 for x in range(-12, 41)]  # margins over the rules' place -3 .. 10 (logits)
L2S = (0.03, 0.1, 0.3, 1.0, 3.0)


def choose(arts: list[Article]) -> tuple[float, float, float]:
    """(l2, threshold, inner F1): the pair that maximises cohort F1 of out-of-fold choices on ``arts`` (an
    inner leave-one-set-out over their sets); among ties the highest threshold (fewest changes)."""
    folds = sorted({a.fold for a in arts})
    best = (1.0, GRID[-1], -1.0)
    for l2 in L2S:
        models: list[tuple[np.ndarray, float]] = []
        order: list[Article] = []
        for f in folds:
            test = [a for a in arts if a.fold == f]
            wb = fit(*stack([a for a in arts if a.fold != f]), l2=l2)
            models += [wb] * len(test)
            order += test
        for t in reversed(GRID):
            value = f1(*simulated(order, models, t))
            if value > best[2] + 1e-9:
                best = (l2, t, value)
    return best


def model_dict(w: np.ndarray, b: float, t: float, l2: float, trained_on: list[str]) -> dict[str, Any]:
    return {
        "about": "logistic regression over the candidate places of a cohort; trained by "
        f"bench/train_cohort_place_model.py (L2 {l2}, threshold by inner leave-one-set-out)",
        "enabled": True,
        "trained_on": trained_on,
        "threshold": t,
        "bias": round(b, 6),
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }


def _row(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return f"{p:.3f} | {r:.3f} | {f1(tp, pred, gold):.3f} | {gold}/{pred}/{tp}"


def describe(data: dict[str, list[Article]]) -> None:
    """Aggregate counts per set: cohorts, those whose place matters, and where the gold's place is."""
    for name, arts in data.items():
        groups = [g for a in arts for g in a.groups]
        mixed = [g for g in groups if len(g.labels) > 1 and 0 < g.labels.sum() < len(g.labels)]
        rule_wrong = [g for g in mixed if g.labels[0] == 0]
        none_right = sum(1 for g in groups if len(g.labels) > 0 and g.labels.sum() == 0)
        print(
            f"set {name}: {len(arts)} articles, {len(groups)} cohorts, "
            f"{sum(len(g.labels) for g in groups)} candidates; place matters in {len(mixed)} "
            f"(rules' place wrong in {len(rule_wrong)}, the gold's among the others); "
            f"no candidate matches in {none_right}",
            flush=True,
        )


def _cache(args: argparse.Namespace, name: str) -> Path | None:
    return Path(args.cache) / f"{name}.pickle" if getattr(args, "cache", None) else None


def lofo(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    data = {name: collect(name, folder, sc, _cache(args, name)) for name, folder in folds.items()}
    describe(data)
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    total_rules = [0, 0, 0]
    total_model = [0, 0, 0]
    lines = []
    for left in folds:
        train_arts = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        l2, t, _inner = choose(train_arts)
        w, b = fit(*stack(train_arts), l2=l2)
        path = outdir / f"{left}.json"
        path.write_text(json.dumps(model_dict(w, b, t, l2, [f for f in folds if f != left]), indent=1))
        rules = tuple(sum(x) for x in zip(*((a.rule_tp, a.rule_pred, a.gold) for a in test), strict=True))
        model = simulated(test, [(w, b)] * len(test), t)
        changed = fixed = broke = 0
        for a in test:
            for g, c in zip(a.groups, choices(a, w, b, t), strict=True):
                if c:
                    changed += 1
                    fixed += int(g.labels[c] > g.labels[0])
                    broke += int(g.labels[c] < g.labels[0])
        for k in range(3):
            total_rules[k] += rules[k]
            total_model[k] += model[k]
        if args.check:
            real = scored_category(
                folds[left], sc, "cohorts", _extract_body, PlaceModel.from_dict(json.loads(path.read_text()))
            )
            if real != model:
                print(f"set {left}: simulated {model} != extracted {real}", flush=True)
        lines.append(f"| {left} | rules only | | {_row(*rules)} |")
        lines.append(
            f"| {left} | rules + model (L2 {l2}, margin {t:.2f}; {changed} changed: {fixed} to a matching place, "
            f"{broke} from one) | | {_row(*model)} |"
        )
        print(lines[-2] + "\n" + lines[-1], flush=True)
    print()
    print("| left-out set | system | | cohorts P | R | F1 | gold/pred/tp |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(lines))
    print(f"| pooled | rules only | | {_row(*total_rules)} |")
    print(f"| pooled | rules + model | | {_row(*total_model)} |")


def train(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    arts = [a for name, folder in folds.items() for a in collect(name, folder, sc, _cache(args, name))]
    l2, t, inner = choose(arts)
    w, b = fit(*stack(arts), l2=l2)
    model = model_dict(w, b, t, l2, list(folds))
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<26}{v:+.3f}")
    print(f"bias {b:+.3f} threshold {t:+.2f} l2 {l2} inner F1 {inner:.3f}")


def extract_cmd(args: argparse.Namespace) -> None:
    print_extraction(args, extract, lambda text: PlaceModel.from_dict(json.loads(text)))


CACHE_HELP = (
    "a folder for each set's extracted documents (written on the first run, read after): faster runs while only "
    "the candidates' features change; empty it whenever the rules change"
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-set-out table")
    p.add_argument("--folds", nargs="+", required=True, type=fold, help="NAME=FOLDER ...")
    p.add_argument("--outdir", default=str(Path(tempfile.gettempdir()) / "cohort_place_model"))
    p.add_argument("--check", action="store_true", help="also extract each left-out article with its model")
    p.add_argument(
        "--pairs", choices=("all", "rule"), default="all", help="which pairs of candidates train it"
    )
    p.add_argument(
        "--l2s",
        type=float,
        nargs="+",
        help="the L2 penalties the inner leave-one-set-out tries (default 0.03 0.1 0.3 1 3)",
    )
    p.add_argument("--cache", help=CACHE_HELP)
    p.add_argument(
        "--no-repairs", action="store_true", help="the readers' places alone, without the hook's repairs"
    )
    p = sub.add_parser("train", help="train on all the sets given and write the model file")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--cache", help=CACHE_HELP)
    p.add_argument("--disabled", action="store_true", help='write "enabled": false (the hook does nothing)')
    p.add_argument(
        "--pairs", choices=("all", "rule"), default="all", help="which pairs of candidates train it"
    )
    p.add_argument(
        "--l2s",
        type=float,
        nargs="+",
        help="the L2 penalties the inner leave-one-set-out tries (default 0.03 0.1 0.3 1 3)",
    )
    p.add_argument("--out", required=True)
    add_extract_parser(sub)
    args = parser.parse_args()
    global PAIRS, L2S, REPAIRS
    PAIRS = getattr(args, "pairs", "all")
    REPAIRS = not getattr(args, "no_repairs", False)
    learned_places.use_repairs(REPAIRS)
    L2S = tuple(getattr(args, "l2s", None) or L2S)
    {"lofo": lofo, "train": train, "extract": extract_cmd}[args.command](args)


if __name__ == "__main__":
    main()

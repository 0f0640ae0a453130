"""Train and measure the learned keep/drop check of the rules' programmes
(kgpart.extract.programmes.learned_filter).

The only part of the project, with the other trainers, that reads ../shared: the gold records label
each programme the rules find (1: the scorer matches it to a gold programme by its partners, the
count aside, one gold programme to one of ours in the scorer's order), and the scorer's own functions
(``score_extraction.py``, imported, not copied) count what a record is worth.

    python bench/train_programme_filter_model.py lofo --folds $FOLDS
        FOLDS as for bench/train_pair_model.py (A C H G1-G8, eleven sets). Leave-one-set-out: for each
        set, train on the others with the regularisation and the threshold chosen by an inner
        leave-one-set-out over the training sets only, then score the left-out set: every article is
        extracted again with the programmes that model drops dropped (so what the rest of the
        extraction makes of them, the partnerships derived from programmes and the counts that go to
        cohorts instead, is counted as the scorer counts it); with --check each left-out article is
        also extracted with the model itself hooked and any difference is said. Prints aggregate
        figures only (per set and pooled): programmes, partnerships, cohorts, overall F1.
    python bench/train_programme_filter_model.py lofo --choose-rule twin_uncounted twin_of_counted \
            duplicate_uncounted duplicate_later --check --folds $FOLDS
        no model: in each training split, the one of these features (drop every programme with it) or none
        that gives the best objective there, applied to the left-out set (``--rule F``: always F). Session
        14, eleven sets A C H G1-G8, on 3de59d6: every split chose twin_uncounted; pooled programme F1
        0.599 -> 0.602, partnership and cohort F1 equal in every set (on 42e05df 0.574 -> 0.577, where
        ``--select``, the logistic regression, gave 0.570 and ``--greedy`` over 45 rules 0.575).
    python bench/train_programme_filter_model.py train --folds $FOLDS --out src/kgpart/data/programme_filter_model.json
        (--choose-rule ...: the shipped file of session 14, the rule chosen on all the sets)
    python bench/train_programme_filter_model.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints with the given model hooked (the scorer's --cmd)

The threshold is chosen for the sum of programme, partnership and cohort F1 (a dropped programme
drops the partnership the record derives from it, and may free a count for a cohort). Other work
changes the rules meanwhile: to compare like with like, run it on a fixed copy of the source
(PYTHONPATH=<git archive of a commit>/src).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pair_model as pair_trainer
from labelled_sets import fold
from train_pair_model import (
    add_extract_parser,
    extract_text_file,
    f1,
    fit,
    model_extractor,
    parse_folds,
    print_extraction,
    scorer,
)
from train_programme_common import CATEGORIES, category_counts

import kgpart.extract.core as core
from kgpart.extract.programmes import learned_filter
from kgpart.extract.programmes.learned_filter import FEATURES, FilterModel

# importing the pair trainer wraps find_partnerships to collect its candidates: not needed here
core.find_partnerships = pair_trainer._ORIGINAL  # type: ignore[attr-defined]

#: The features the model weighs. The module computes more (the words of plans, talk and meetings, the
#: kinds, the partners' types, negations): with all of them the model was worse than the rules out of
#: fold (session 13: pooled programme F1 0.564 -> 0.553). These were picked by hand from aggregate
#: rates over the nine sets, so the lofo of this list is slightly optimistic; ``--select`` chooses the
#: features inside each training split instead (forward selection), the honest figure.
SELECTED = [
    "duplicate_uncounted",
    "no_word_uncounted",
    "one_partner_uncounted",
    "name_institute",
    "count",
    "two_countries",
    "sign",
    "agreement",
    "hub_partner",
    "first",
    "programme_word",
]

#: Every feature the module computes but the veto (``gives_tie``): what forward selection picks from.
CANDIDATES = [k for k in FEATURES if k != "gives_tie"]

#: The categories a dropped programme can change, and the one the threshold is chosen for.
OBJECTIVE = ("programmes", "partnerships", "cohorts")

# -- the hook, as the package would run it -------------------------------------------------------

_ORIGINAL = core.keep_likely_programmes  # type: ignore[attr-defined]
_CAPTURED: list[tuple[list[dict[str, float]], list[tuple[list[str], int | None]]]] = []
#: When set, the indices of the rules' programmes to drop: the record the hook would give with a
#: model making those choices.
_FORCED: list[frozenset[int]] = []


def _hooked(doc: Any, programmes: Any) -> Any:
    if _FORCED:
        drop = _FORCED[-1]
        return [p for k, p in enumerate(programmes) if k not in drop]
    _CAPTURED.append(
        (
            learned_filter.features(doc, programmes),
            [(list(p.partners), p.participants.count) for p in programmes],
        )
    )
    return _ORIGINAL(doc, programmes)


core.keep_likely_programmes = _hooked  # type: ignore[attr-defined]


#: The record ``kgpart extract`` gives, with a model hooked (None: the rules alone).
extract = model_extractor(learned_filter.use_model)


#: The record of an article's text (as the scorer gives it to ``kgpart extract``).
_extract_body = partial(extract_text_file, extract)


# -- data ----------------------------------------------------------------------------------------


@dataclass
class Article:
    fold: str
    name: str
    feats: np.ndarray  # programmes x features
    labels: np.ndarray  # 1: matched to a gold programme by its partners
    kept: np.ndarray  # 1: never dropped (the record derives a partnership from it)
    base: dict[str, tuple[int, int, int]]
    source: tuple[str, str | None, str | None]
    scoring: tuple[Any, ...]  # (the scorer, the gold record)
    _cache: dict[frozenset[int], dict[str, tuple[int, int, int]]] = field(default_factory=dict)

    def dropped(self, scores: np.ndarray, t: float) -> np.ndarray:
        """Which programmes the hook drops at threshold ``t`` (learned_filter.drops: the veto as the hook has it)."""
        low = [bool(v) for v in scores < t]
        return np.array(learned_filter.drops(low, [bool(v) for v in self.kept]), dtype=bool)

    def counts(self, drop: np.ndarray) -> dict[str, tuple[int, int, int]]:
        """Counts per category with the programmes ``drop`` dropped (the article extracted again)."""
        key = frozenset(int(k) for k in np.flatnonzero(drop))
        if not key:
            return self.base
        if key not in self._cache:
            sc, gold = self.scoring
            _FORCED[:] = [key]
            try:
                record = _extract_body(*self.source, None)
            finally:
                _FORCED.clear()
            self._cache[key] = category_counts(sc, gold, record)
        return self._cache[key]


def _labels(sc: ModuleType, gold: dict[str, Any], record: dict[str, Any], progs: list[Any]) -> list[float]:
    """1 for each of our programmes the scorer pairs with a gold one: first as the scorer matches
    (partners and count, in its order, one to one), then the gold programmes left by partners alone
    (count aside: a wrong count is no reason to drop a programme; a gold programme with no partner is
    matched by its count)."""
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, record)
    golds = sc.items(gold, "programmes", aliases)
    ours = [("prog", (tuple(n for n in partners if n), count)) for partners, count in progs]
    used: set[int] = set()
    left = []
    for g in golds:
        hit = next((i for i, p in enumerate(ours) if i not in used and sc.match(g, p, aliases)), None)
        if hit is None:
            left.append(g)
        else:
            used.add(hit)
    for _, (gp, gc) in left:
        g = ("prog", (gp, None if gp else gc))
        hit = next((i for i, p in enumerate(ours) if i not in used and sc.match(g, p, aliases)), None)
        if hit is not None:
            used.add(hit)
    return [1.0 if i in used else 0.0 for i in range(len(ours))]


def collect(fold: str, folder: Path, sc: ModuleType) -> list[Article]:
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        _CAPTURED.clear()
        record = _extract_body(body, url, published, None)
        feats, progs = _CAPTURED[-1]
        out.append(
            Article(
                fold,
                txt.stem,
                np.array([[f[k] for k in CANDIDATES] for f in feats], dtype=float).reshape(
                    -1, len(CANDIDATES)
                ),
                np.array(_labels(sc, gold, record, progs)),
                np.array([f["gives_tie"] for f in feats]),
                category_counts(sc, gold, record),
                (body, url, published),
                (sc, gold),
            )
        )
    return out


# -- the model -----------------------------------------------------------------------------------

#: Logit thresholds tried (a programme scoring below is dropped); -inf drops none.
GRID = [float("-inf"), *(x / 4 for x in range(-16, 9))]
L2S = (0.3, 1.0, 3.0, 10.0)


def stack(arts: list[Article], cols: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    x = np.vstack([a.feats for a in arts])
    return x[:, _cols() if cols is None else cols], np.concatenate([a.labels for a in arts])


def _cols(names: list[str] | None = None) -> list[int]:
    return [CANDIDATES.index(k) for k in (SELECTED if names is None else names)]


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return 0.5
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


def _tail(scores: np.ndarray, labels: np.ndarray, share: float = 0.1) -> float:
    """How many wrong programmes (label 0) are among the ``share`` lowest scored, as a share of them,
    plus a hundredth of the area under the ROC curve (ties): what dropping the lowest would win."""
    k = max(int(len(scores) * share), 1)
    low = np.argsort(scores, kind="stable")[:k]
    return float((labels[low] == 0).mean()) + 0.01 * _auc(scores, labels)


def forward(arts: list[Article], l2: float = 1.0, most: int = 15) -> list[str]:
    """Features chosen greedily by the area under the ROC curve of out-of-fold scores of a
    leave-one-set-out over ``arts``' sets (training sets only: the left-out set never takes part)."""
    folds = sorted({a.fold for a in arts})
    chosen: list[str] = []
    best = 0.0
    while len(chosen) < most:
        trial = None
        for k in CANDIDATES:
            if k in chosen:
                continue
            cols = _cols([*chosen, k])
            oof, ys = [], []
            for f in folds:
                w, b = fit(*stack([a for a in arts if a.fold != f], cols), l2=l2)
                test = [a for a in arts if a.fold == f and len(a.labels)]
                oof += [a.feats[:, cols] @ w + b for a in test]
                ys += [a.labels for a in test]
            value = _tail(np.concatenate(oof), np.concatenate(ys))
            if value > best + 0.005 and (trial is None or value > trial[1]):
                trial = (k, value)
        if trial is None:
            break
        chosen.append(trial[0])
        best = trial[1]
    return chosen


def totals(arts: list[Article], scores: list[np.ndarray] | None, t: float) -> dict[str, list[int]]:
    """Counts per category over ``arts`` with the programmes scoring below ``t`` dropped."""
    out = {c: [0, 0, 0] for c in CATEGORIES}
    for k, art in enumerate(arts):
        drop = art.dropped(scores[k], t) if scores is not None else np.zeros(len(art.labels), dtype=bool)
        for c, v in art.counts(drop).items():
            for j in range(3):
                out[c][j] += v[j]
    return out


def objective(tot: dict[str, list[int]]) -> float:
    return sum(f1(*tot[c]) for c in OBJECTIVE)


def choose(arts: list[Article]) -> tuple[float, float, float]:
    """(l2, threshold, objective) best on out-of-fold scores of an inner leave-one-set-out over
    ``arts``' sets; among ties the strongest penalty and the lowest threshold (fewest drops)."""
    folds = sorted({a.fold for a in arts})
    best = (L2S[-1], GRID[0], objective(totals(arts, None, GRID[0])))
    for l2 in reversed(L2S):
        oof: list[np.ndarray] = []
        order: list[Article] = []
        for f in folds:
            w, b = fit(*stack([a for a in arts if a.fold != f]), l2=l2)
            test = [a for a in arts if a.fold == f]
            oof += [a.feats[:, _cols()] @ w + b for a in test]
            order += test
        for t in GRID[1:]:
            value = objective(totals(order, oof, t))
            if value > best[2] + 1e-9:
                best = (l2, t, value)
    return best


def pick_rule(arts: list[Article], rules: list[str]) -> str:
    """The feature whose programmes, all dropped, give the best objective over ``arts`` ("" for none;
    ties: none, then the first given)."""
    best = ("", objective(totals(arts, None, 0.0)))
    for rule in rules:
        scores = [-a.feats[:, CANDIDATES.index(rule)] for a in arts]
        value = objective(totals(arts, scores, -0.5))
        if value > best[1] + 1e-9:
            best = (rule, value)
    return best[0]


def pick_rules(arts: list[Article], rules: list[str], most: int = 3) -> list[str]:
    """Rules added one at a time while the objective over ``arts`` rises (a programme with any of the chosen
    features is dropped)."""
    chosen: list[str] = []
    best = objective(totals(arts, None, 0.0))
    while len(chosen) < most:
        trial = None
        for rule in rules:
            if rule in chosen:
                continue
            cols = _cols([*chosen, rule])
            value = objective(totals(arts, [-a.feats[:, cols].max(axis=1, initial=0.0) for a in arts], -0.5))
            if value > best + 1e-9 and (trial is None or value > trial[1]):
                trial = (rule, value)
        if trial is None:
            break
        chosen.append(trial[0])
        best = trial[1]
    return chosen


def model_dict(w: np.ndarray, b: float, t: float, trained_on: list[str], l2: float) -> dict[str, Any]:
    return {
        "about": "logistic regression keeping or dropping the rules' programmes; trained by "
        f"bench/train_programme_filter_model.py (l2 {l2})",
        "enabled": True,
        "trained_on": trained_on,
        "threshold": t if t != float("-inf") else -1e9,
        "bias": round(b, 6),
        "features": list(SELECTED),
        "weights": [round(float(v), 6) for v in w],
    }


def _row(tot: dict[str, list[int]]) -> str:
    p = tot["programmes"]
    prec = p[0] / p[1] if p[1] else 0.0
    rec = p[0] / p[2] if p[2] else 0.0
    overall = sum(f1(*tot[c]) for c in CATEGORIES) / len(CATEGORIES)
    return (
        f"{prec:.3f} | {rec:.3f} | {f1(*p):.3f} | {p[2]}/{p[1]}/{p[0]} | {f1(*tot['partnerships']):.3f} | "
        f"{f1(*tot['cohorts']):.3f} | {overall:.3f}"
    )


def lofo(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    data = {name: collect(name, folder, sc) for name, folder in folds.items()}
    for name, arts in data.items():
        n = sum(len(a.labels) for a in arts)
        pos = int(sum(a.labels.sum() for a in arts))
        print(
            f"set {name}: {len(arts)} articles, {n} programmes of the rules, {pos} matched by partners",
            flush=True,
        )
    rows = []
    pooled_rules = {c: [0, 0, 0] for c in CATEGORIES}
    pooled_model = {c: [0, 0, 0] for c in CATEGORIES}
    dropped = wrong = 0
    for left in folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        if args.select:
            SELECTED[:] = forward(train)
            print(f"set {left}: features {' '.join(SELECTED)}", flush=True)
        if args.rule:  # a fixed rule, nothing trained: drop every programme with the feature
            SELECTED[:] = [args.rule]
            l2, t, w, b = 0.0, -0.5, np.array([-1.0]), 0.0
        elif args.greedy:  # rules added while the objective on the training sets rises
            chosen = pick_rules(train, args.greedy)
            SELECTED[:] = chosen or [CANDIDATES[0]]
            l2, t, w, b = 0.0, -0.5, np.full(len(SELECTED), -1.0 if chosen else 0.0), 0.0
            print(f"set {left}: rules chosen on the training sets: {' '.join(chosen) or 'none'}", flush=True)
        elif args.choose_rule:  # the rule (one feature: drop those with it) or none best on the training sets
            SELECTED[:] = [pick_rule(train, args.choose_rule)]
            l2, t, w, b = 0.0, -0.5, np.array([-1.0 if SELECTED[0] else 0.0]), 0.0
            print(f"set {left}: rule chosen on the training sets: {SELECTED[0] or 'none'}", flush=True)
        else:
            l2, t, _ = choose(train)
            w, b = fit(*stack(train), l2=l2)
        scores = [a.feats[:, _cols()] @ w + b for a in test]
        rules, model = totals(test, None, t), totals(test, scores, t)
        drops = sum(int(a.dropped(s, t).sum()) for s, a in zip(scores, test, strict=True))
        bad = sum(int((a.dropped(s, t) & (a.labels == 1)).sum()) for s, a in zip(scores, test, strict=True))
        dropped, wrong = dropped + drops, wrong + bad
        for c in CATEGORIES:
            for j in range(3):
                pooled_rules[c][j] += rules[c][j]
                pooled_model[c][j] += model[c][j]
        if args.check:
            md = FilterModel.from_dict(model_dict(w, b, t, [], l2))  # (SELECTED: this set's features)
            for art, s in zip(test, scores, strict=True):
                real = category_counts(sc, art.scoring[1], _extract_body(*art.source, md))
                if real != art.counts(art.dropped(s, t)):
                    print(
                        f"set {left}: an article's extracted counts differ from the simulated ones",
                        flush=True,
                    )
        rows.append((left, l2, t, drops, bad, rules, model))
        print(f"set {left}: l2 {l2} threshold {t} dropped {drops} ({bad} matched by partners)", flush=True)
    print()
    print(
        "| left-out set | system | l2 / threshold | dropped (right) | programmes P | R | F1 | gold/pred/tp | "
        "partnerships F1 | cohorts F1 | overall F1 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for left, l2, t, drops, bad, rules, model in rows:
        print(f"| {left} | rules | | | {_row(rules)} |")
        print(f"| {left} | rules + model | {l2:g} / {t:g} | {drops} ({bad}) | {_row(model)} |")
    print(f"| pooled | rules | | | {_row(pooled_rules)} |")
    print(f"| pooled | rules + model | | {dropped} ({wrong}) | {_row(pooled_model)} |")
    better = sum(f1(*m["programmes"]) > f1(*r["programmes"]) + 1e-9 for *_, r, m in rows)
    worse = sum(f1(*m["programmes"]) < f1(*r["programmes"]) - 1e-9 for *_, r, m in rows)
    pworse = sum(f1(*m["partnerships"]) < f1(*r["partnerships"]) - 1e-9 for *_, r, m in rows)
    print(
        f"programmes F1 better in {better}, worse in {worse} of {len(rows)} sets; partnerships F1 lower in {pworse}"
    )


def train(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    arts = [a for name, folder in folds.items() for a in collect(name, folder, sc)]
    if args.choose_rule:
        args.rule = pick_rule(arts, args.choose_rule) or None
        print(f"rule chosen: {args.rule}")
    if args.rule:  # one feature: drop every programme with it, nothing fitted
        SELECTED[:] = [args.rule]
        l2, t, value, w, b = (
            0.0,
            -0.5,
            objective(totals(arts, [-a.feats[:, _cols()[0]] for a in arts], -0.5)),
            np.array([-1.0]),
            0.0,
        )
        print(f"objective with the rule {value:.3f}, without {objective(totals(arts, None, 0.0)):.3f}")
    else:
        if args.select:
            SELECTED[:] = forward(arts)
        l2, t, value = choose(arts)
        w, b = fit(*stack(arts), l2=l2)
    model = model_dict(w, b, t, list(folds), l2)
    if args.rule:
        model["about"] = (
            f"keep/drop of the rules' programmes: drop each with the feature {args.rule} (one weight, no fit; the "
            "rule that bench/train_programme_filter_model.py lofo --choose-rule picks inside every training split)"
        )
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(SELECTED, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<22}{v:+.3f}")
    print(f"bias {b:+.3f} threshold {t:+.2f} l2 {l2} (inner objective {value:.3f})")


def extract_cmd(args: argparse.Namespace) -> None:
    print_extraction(args, extract, lambda text: FilterModel.from_dict(json.loads(text)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-set-out table")
    p.add_argument("--folds", nargs="+", required=True, type=fold, help="NAME=FOLDER ...")
    p.add_argument(
        "--check", action="store_true", help="also extract each left-out article with its model hooked"
    )
    p.add_argument("--features", nargs="+", default=SELECTED, choices=CANDIDATES, help="the features weighed")
    p.add_argument(
        "--select", action="store_true", help="choose the features by forward selection on the training sets"
    )
    p.add_argument("--rule", choices=CANDIDATES, help="no model: drop every programme with this feature")
    p.add_argument(
        "--choose-rule",
        nargs="+",
        choices=CANDIDATES,
        help="no model: the one of these rules (or none) best on each training split",
    )
    p.add_argument(
        "--greedy", nargs="+", choices=CANDIDATES, help="no model: rules added while the objective rises"
    )
    p = sub.add_parser("train", help="train on all the sets given and write the model file")
    p.add_argument("--features", nargs="+", default=SELECTED, choices=CANDIDATES)
    p.add_argument("--select", action="store_true")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--disabled", action="store_true", help='write "enabled": false (the hook does nothing)')
    p.add_argument(
        "--rule", choices=CANDIDATES, help="no fit: a model dropping every programme with this feature"
    )
    p.add_argument(
        "--choose-rule", nargs="+", choices=CANDIDATES, help="the one of these rules best on all the sets"
    )
    p.add_argument("--out", required=True)
    add_extract_parser(sub)
    args = parser.parse_args()
    if "features" in args:
        SELECTED[:] = list(args.features)
    {"lofo": lofo, "train": train, "extract": extract_cmd}[args.command](args)


if __name__ == "__main__":
    main()

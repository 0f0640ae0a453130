"""Train and measure the learned choice of a programme's count (kgpart.extract.programmes.learned_counts).

Reads ../shared (the scorer, imported as ``train_pair_model.scorer`` does, and the dev gold) and the labelled
training sets of bench/genre; prints aggregate figures only.

    python bench/train_programme_count_model.py lofo --check --mode fill --loss choice --l2 3 --folds $FOLDS
        (FOLDS as for bench/train_pair_model.py: A C H G1 G2 G3 G4 G5 G6 G7 G8)
        leave-one-set-out: for each set, a model trained on the others (its margin over the rules'
        choice chosen by an inner leave-one-set-out on those others), then the left-out set's articles
        extracted again with the choices the model makes (in this process, the whole pipeline after the
        hook included: ``own_counts`` and the cohorts) and scored with the scorer's functions: programmes
        and cohorts, rules alone vs rules + model, per set and pooled; --check also extracts each
        left-out article with its model file hooked and says where the counts differ.
        --mode guarded also chooses (inner leave-one-set-out, after the fill margin) which weak counts of
        the rules may change and the margin a change needs; --drop also a margin at which a cohort of a
        count the model gives, in the sentence it read it from, is the programme's and goes (count_owner);
        --fixed T[,TR,WHEN[,TD]] sets the margins by hand instead (a look at one setting, never shipped)
    python bench/train_programme_count_model.py train --mode fill --loss choice --l2 3 --folds $FOLDS \
        --out src/kgpart/data/programme_count_model.json   (the shipped file)
    python bench/train_programme_count_model.py extract ARTICLE [--url U] [--published D] (--model M | --off)

Labels: a candidate count of one of our programmes is right when a gold programme whose partners the
programme has (the scorer's ``match`` on partners, gold partners all found) has that count; "no count" is
right when every such gold programme has none. Programmes no gold programme matches by partners teach nothing
and are left out.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pair_model
from labelled_sets import fold
from train_pair_model import (
    add_extract_parser,
    extract_text_file,
    fit,
    model_extractor,
    parse_folds,
    print_extraction,
    scorer,
)

import kgpart.extract.core as core
from kgpart.extract.programmes import learned_counts
from kgpart.extract.programmes.learned_counts import FEATURES, Candidate, CountModel

core.find_partnerships = train_pair_model._ORIGINAL  # type: ignore[attr-defined]  # its capture hook is not ours

# -- the hook, as the package would run it ------------------------------------------------------

_ORIGINAL = core.assign_learned_counts  # type: ignore[attr-defined]
#: Each programme's partners, rules' count and candidates, per extraction.
_CAPTURED: list[list[tuple[Any, list[Candidate]]]] = []
#: When set: the candidate to give each programme (-1: keep the rules' count) and whether a cohort of that count
#: in the candidate's sentence is the programme's (``learned_counts.Gift.owns``).
_FORCED: list[list[tuple[int, bool]]] = []


def _hooked(doc: Any, programmes: Any) -> Any:
    sentences = learned_counts.Sentences(doc)
    cands = [learned_counts.candidates(doc, p, sentences, programmes) for p in programmes]
    if _FORCED:
        gifts = []
        for prog, cs, (k, owns) in zip(programmes, cands, _FORCED[-1], strict=True):
            if k >= 0:
                learned_counts.apply(prog, cs[k])
                if (value := cs[k].value) is not None:
                    gifts.append(learned_counts.Gift(prog, value, cs[k].sentence, owns))
        return programmes, gifts
    _CAPTURED.append(list(zip(programmes, cands, strict=True)))
    return _ORIGINAL(doc, programmes)


core.assign_learned_counts = _hooked  # type: ignore[attr-defined]


#: The record ``kgpart extract`` gives, with a model hooked (None: the rules alone).
extract = model_extractor(learned_counts.use_model)


#: The record of an article's text (as the scorer gives it to ``kgpart extract``).
_extract_body = partial(extract_text_file, extract)


# -- data ---------------------------------------------------------------------------------------

CATS = ("programmes", "cohorts")


@dataclass
class Prog:
    feats: np.ndarray  # candidates x features
    labels: np.ndarray  # 1: the count of a gold programme of these partners (or none, when they have none)
    rule: np.ndarray  # 1: the rules' choice
    own: np.ndarray  # 1: read in the programme's own sentence (never filled in)
    vetoed: np.ndarray  # 1: a wording of learned_counts.VETO (never given in "fill" or "guarded" mode)
    values: list[int | None]  # each candidate's count
    teach: bool  # a gold programme matches it by partners
    countless: bool  # ... and gold gives it no count (any count matches)
    final: int | None = None  # the count of the rules' record (after ``own_counts``)
    gold: set[int | None] = field(default_factory=set)  # the counts gold gives programmes of these partners
    weak: dict[str, bool] = field(default_factory=dict)  # learned_counts.may_replace of the rules' count


@dataclass
class Article:
    fold: str
    name: str
    progs: list[Prog]
    rules: dict[str, tuple[int, int, int]]  # category -> (tp, pred, gold)
    source: tuple[str, str | None, str | None] = ("", None, None)
    scoring: tuple[Any, ...] = ()
    _counts: dict[tuple[tuple[int, bool], ...], dict[str, tuple[int, int, int]]] = field(default_factory=dict)

    def counts(self, choice: tuple[tuple[int, bool], ...]) -> dict[str, tuple[int, int, int]]:
        """(tp, pred, gold) per category with each programme given candidate ``choice[i][0]`` (-1: the rules'),
        owning a cohort of that count in its sentence when ``choice[i][1]``."""
        if all(k < 0 for k, _ in choice):
            return self.rules
        if choice not in self._counts:
            _FORCED[:] = [list(choice)]
            try:
                record = _extract_body(*self.source, None)
            finally:
                _FORCED.clear()
            self._counts[choice] = _score(self.scoring[0], self.scoring[1], record)
        return self._counts[choice]


def _score(sc: ModuleType, gold: dict[str, Any], record: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, record)
    out = {}
    for cat in CATS:
        tp, pred, ngold, *_ = sc.score(sc.items(gold, cat, aliases), sc.items(record, cat, aliases), aliases)
        out[cat] = (tp, pred, ngold)
    return out


def _labels(
    sc: ModuleType, aliases: Any, gold_items: list[Any], partners: list[str]
) -> tuple[set[int | None], bool]:
    """The counts gold gives a programme of these partners, and whether any gold programme matches them."""
    ok = [
        (gp, gc) for _, (gp, gc) in gold_items if all(any(aliases.same(x, y) for y in partners) for x in gp)
    ]
    named = [(gp, gc) for gp, gc in ok if gp]
    use = named or ok
    return {gc for _, gc in use}, bool(use)


def collect(fold: str, folder: Path, sc: ModuleType) -> list[Article]:
    """Every programme's candidates in a fold's articles, labelled by the scorer's matching against gold."""
    out = []
    width = len(FEATURES)
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        _CAPTURED.clear()
        pred = _extract_body(body, url, published, None)
        captured = _CAPTURED[-1] if _CAPTURED else []
        aliases = sc.Aliases()
        sc.register(aliases, gold)
        sc.register(aliases, pred)
        gold_items = sc.items(gold, "programmes", aliases)
        progs = []
        for prog, cands in captured:
            # the programme's partners as the hook saw them (a later stage may change its count: ``final``)
            counts, teach = _labels(sc, aliases, gold_items, list(prog.partners))
            countless = counts == {None}
            if countless:
                labels = [1.0 if c.value is None else 0.0 for c in cands]
            else:
                labels = [1.0 if c.value is not None and c.value in counts else 0.0 for c in cands]
            progs.append(
                Prog(
                    np.array(
                        [[f.get(k, 0.0) for k in FEATURES] for f in (c.all_features() for c in cands)],
                        dtype=float,
                    ).reshape(-1, width),
                    np.array(labels),
                    np.array([c.features.get("rule", 0.0) for c in cands]),
                    np.array([1.0 if learned_counts._own_sentence(c) else 0.0 for c in cands]),
                    np.array([1.0 if learned_counts._vetoed(c) else 0.0 for c in cands]),
                    [c.value for c in cands],
                    teach,
                    teach and countless,
                    prog.participants.count,
                    counts,
                    {
                        when: learned_counts.may_replace(when, [c for c in cands if c.features.get("rule")])
                        for when in WHEN
                    },
                )
            )
        out.append(Article(fold, txt.stem, progs, _score(sc, gold, pred), (body, url, published), (sc, gold)))
    return out


# -- the model ----------------------------------------------------------------------------------


def stack(arts: list[Article], countless: bool) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the programmes gold matches by partners (with ``countless`` also those gold gives no count)."""
    xs, ys = [], []
    for a in arts:
        for p in a.progs:
            if not p.teach:
                continue
            if p.countless and not countless:
                continue  # gold gives these partners no count: any count matches
            xs.append(p.feats)
            ys.append(p.labels)
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys)


def groups(arts: list[Article], countless: bool) -> list[tuple[np.ndarray, np.ndarray]]:
    """The programmes to learn from, as (features, labels) with at least one right candidate."""
    return [
        (p.feats, p.labels)
        for a in arts
        for p in a.progs
        if p.teach and p.labels.sum() and (countless or not p.countless)
    ]


def fit_choice(
    gs: list[tuple[np.ndarray, np.ndarray]], l2: float = 1.0, iters: int = 50
) -> tuple[np.ndarray, float]:
    """A conditional logit over each programme's candidates (which one is right), by Newton's method with an L2
    penalty: the probability of the right candidates among all of the programme's. No bias (it cancels out)."""
    d = len(FEATURES)
    w = np.zeros(d)
    for _ in range(iters):
        grad = l2 * w
        hess = np.diag(np.full(d, l2 + 1e-9))
        for x, y in gs:
            m = x @ w
            p = np.exp(m - m.max())
            p /= p.sum()
            q = p * y
            q /= q.sum()
            mean_p, mean_q = p @ x, q @ x
            grad += mean_p - mean_q
            hess += (x * p[:, None]).T @ x - np.outer(mean_p, mean_p)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w, 0.0


def train_weights(arts: list[Article], args: argparse.Namespace, l2: float) -> tuple[np.ndarray, float]:
    if args.loss == "choice":
        return fit_choice(groups(arts, args.countless), l2=l2)
    return fit(*stack(arts, args.countless), l2=l2)


MODE = ["replace"]  # what the hook does with the model (learned_counts.CountModel.mode)
WHEN = ("veto", "weak", "any")  # learned_counts.CountModel.replace_when


@dataclass(frozen=True)
class Params:
    """What the hook decides by besides the weights: the margin of a filled-in count, of a replaced one (None:
    never replaced), which rules' counts may be replaced, and the margin at which a cohort of the count goes."""

    t: float
    tr: float | None = None
    when: str = "weak"
    td: float | None = None
    l2: float = 3.0  # the L2 penalty of the weights (training only)


Choice = tuple[tuple[int, bool], ...]


def choices(arts: list[Article], w: np.ndarray, b: float, params: Params) -> list[Choice]:
    """What the hook does with weights ``w``, bias ``b`` and ``params``: per article, per programme, the candidate
    it gives (-1: the rules' count kept) and whether it owns a cohort of that count; as ``learned_counts.decide``,
    never a count another programme holds (the rules' counts, then the model's own, in order)."""
    out = []
    mode = MODE[0]
    for a in arts:
        row: list[tuple[int, bool]] = []
        held = [p.values[int(np.argmax(p.rule))] if p.rule.any() else None for p in a.progs]
        for i, p in enumerate(a.progs):
            taken = {v for j, v in enumerate(held) if j != i} - {None}
            m = p.feats @ w + b
            ruled = m[p.rule == 1]
            rule = ruled.max() if len(ruled) else -np.inf
            blocked = np.array([v is not None and v in taken for v in p.values], dtype=bool)
            counted = any(v is not None and r for v, r in zip(p.values, p.rule, strict=True))
            t = params.t
            if counted and mode != "replace":
                if mode == "fill" or params.tr is None or not p.weak[params.when]:
                    row.append((-1, False))
                    continue
                t = params.tr
            if mode != "replace":
                blocked |= p.vetoed == 1
                if not counted:
                    blocked |= p.own == 1
            other = np.where((p.rule == 1) | blocked, -np.inf, m)
            k = int(np.argmax(other)) if len(other) else -1
            if k >= 0 and np.isfinite(other[k]) and other[k] - rule >= t:
                owns = params.td is not None and other[k] - rule >= params.td and p.values[k] is not None
                row.append((k, bool(owns)))
                held[i] = p.values[k]
            else:
                row.append((-1, False))
        out.append(tuple(row))
    return out


def totals(arts: list[Article], picks: list[Choice]) -> dict[str, tuple[int, int, int]]:
    out = {cat: (0, 0, 0) for cat in CATS}
    for a, choice in zip(arts, picks, strict=True):
        got = a.counts(choice)
        for cat in CATS:
            out[cat] = tuple(x + y for x, y in zip(out[cat], got[cat], strict=True))  # type: ignore[assignment]
    return out


def f1(tp: int, pred: int, gold: int) -> float:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def objective(t: dict[str, tuple[int, int, int]]) -> float:
    """What the margin is chosen for: programme F1 plus cohort F1 (a count moved between them counts both ways)."""
    return f1(*t["programmes"]) + f1(*t["cohorts"])


GRID = [x / 4 for x in range(-8, 33)]  # margins -2 .. 8


def choose_params(arts: list[Article], args: argparse.Namespace) -> Params:
    """The L2 penalty (of --l2, the first among ties) and margins that maximise the objective of out-of-fold
    choices on ``arts`` (inner leave-one-set-out)."""
    best, best_v = Params(GRID[-1]), -1.0
    for l2 in args.l2:
        params, got = _choose_margins(arts, args, l2)
        if got > best_v + 1e-9:
            best, best_v = params, got
    return best


def _choose_margins(arts: list[Article], args: argparse.Namespace, l2: float) -> tuple[Params, float]:
    """The margins that maximise the objective of out-of-fold choices on ``arts`` with weights of penalty ``l2``,
    one after the other: the margin of a filled-in count, then (guarded mode) which rules' counts may change and
    the margin of a change, then (--drop) the margin at which a cohort of the count goes; the highest among ties
    (fewer changes), none when none beats leaving it out. Also the objective reached."""
    folds = sorted({a.fold for a in arts})
    fitted = {}
    for f in folds:
        fitted[f] = train_weights([a for a in arts if a.fold != f], args, l2)

    def value(params: Params) -> float:
        picks = [choices([a], *fitted[a.fold], params)[0] for a in arts]
        return objective(totals(arts, picks))

    grid = [t for t in GRID if t >= args.min_margin]
    best, best_v = Params(grid[-1], l2=l2), -1.0
    for t in reversed(grid):
        got = value(Params(t, l2=l2))
        if got > best_v + 1e-9:
            best, best_v = Params(t, l2=l2), got
    if MODE[0] == "guarded":
        start = best
        for when in args.when:
            for tr in reversed(grid):
                params = Params(start.t, tr, when, l2=l2)
                got = value(params)
                if got > best_v + 1e-9:
                    best, best_v = params, got
    if args.drop:
        start = best
        for td in reversed(grid):
            params = Params(start.t, start.tr, start.when, td, l2)
            got = value(params)
            if got > best_v + 1e-9:
                best, best_v = params, got
    return best, best_v


def model_dict(w: np.ndarray, b: float, params: Params, trained_on: list[str]) -> dict[str, Any]:
    return {
        "about": "logistic regression over the counts near a programme; trained by "
        "bench/train_programme_count_model.py on " + ", ".join(trained_on),
        "enabled": True,
        "mode": MODE[0],
        "trained_on": trained_on,
        "threshold": params.t,
        "replace_threshold": params.tr,
        "replace_when": params.when,
        "drop_threshold": params.td,
        "bias": round(b, 6),
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }


def _fmt(t: tuple[int, int, int]) -> str:
    tp, pred, gold = t
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return f"{p:.3f} | {r:.3f} | {f1(tp, pred, gold):.3f} | {gold}/{pred}/{tp}"


def lofo(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    data = {name: collect(name, folder, sc) for name, folder in folds.items()}
    for name, arts in data.items():
        progs = [p for a in arts for p in a.progs]
        teach = [p for p in progs if p.teach]
        print(
            f"set {name}: {len(arts)} articles, {len(progs)} programmes ({len(teach)} matched by partners), "
            f"{sum(len(p.labels) for p in progs)} candidates, {sum(1 for p in teach if p.labels[:-1].sum())} "
            "with the gold count among them",
            flush=True,
        )
    rows = []
    pooled = {s: {cat: (0, 0, 0) for cat in CATS} for s in ("rules", "model")}
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for left in folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        t = fixed_params(args) or choose_params(train, args)
        w, b = train_weights(train, args, t.l2)
        path = outdir / f"{left}.json"
        path.write_text(json.dumps(model_dict(w, b, t, [f for f in folds if f != left]), indent=1))
        picks = choices(test, w, b, t)
        rules = totals(test, [tuple((-1, False) for _ in a.progs) for a in test])
        model = totals(test, picks)
        changed = sum(k >= 0 for row in picks for k, _ in row)
        replaced = sum(
            k >= 0 and p.rule.any() and p.values[int(np.argmax(p.rule))] is not None
            for a, row in zip(test, picks, strict=True)
            for p, (k, _) in zip(a.progs, row, strict=True)
        )
        owned = sum(o for row in picks for _, o in row)
        if args.check:
            real = scored(folds[left], sc, CountModel.from_dict(json.loads(path.read_text())))
            if real != model:
                print(f"set {left}: simulated {model} != extracted {real}", flush=True)
        for s, got in (("rules", rules), ("model", model)):
            for cat in CATS:
                pooled[s][cat] = tuple(x + y for x, y in zip(pooled[s][cat], got[cat], strict=True))  # type: ignore[assignment]
        rows.append((left, t, changed, rules, model))
        print(
            f"set {left}: {_params(t)}, {changed} counts changed ({replaced} of the rules' replaced), "
            f"{owned} owning a cohort of their count",
            flush=True,
        )
    print()
    print(
        "| left-out set | system | margins | changed | programmes P | R | F1 | gold/pred/tp | cohorts P | R | F1 | gold/pred/tp |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for left, t, changed, rules, model in rows:
        print(f"| {left} | rules | | | {_fmt(rules['programmes'])} | {_fmt(rules['cohorts'])} |")
        print(
            f"| {left} | rules + model | {_params(t)} | {changed} | {_fmt(model['programmes'])} | "
            f"{_fmt(model['cohorts'])} |"
        )
    for s in ("rules", "model"):
        print(f"| pooled | {s} | | | {_fmt(pooled[s]['programmes'])} | {_fmt(pooled[s]['cohorts'])} |")


def _params(p: Params) -> str:
    tr = "-" if p.tr is None else f"{p.tr:+.2f} {p.when}"
    td = "-" if p.td is None else f"{p.td:+.2f}"
    return f"l2 {p.l2:g} fill {p.t:+.2f} replace {tr} drop {td}"


def fixed_params(args: argparse.Namespace) -> Params | None:
    """The margins given on the command line (--fixed T[,TR,WHEN[,TD]]), instead of inner cross-validation (for
    a look at one setting; the shipped file's are chosen inside the training sets)."""
    if not args.fixed:
        return None
    parts = args.fixed.split(",")
    tr = float(parts[1]) if len(parts) > 1 and parts[1] else None
    td = float(parts[3]) if len(parts) > 3 and parts[3] else None
    return Params(float(parts[0]), tr, parts[2] if len(parts) > 2 else "weak", td, args.l2[0])


def scored(folder: Path, sc: ModuleType, model: CountModel | None) -> dict[str, tuple[int, int, int]]:
    """(tp, pred, gold) per category over a set, each article extracted in this process with ``model``."""
    out = {cat: (0, 0, 0) for cat in CATS}
    for txt in sorted(folder.glob("*.txt")):
        body, url, published = sc.read_article(txt)
        record = _extract_body(body, url, published, model)
        got = _score(sc, json.loads(txt.with_suffix(".json").read_text(encoding="utf-8")), record)
        for cat in CATS:
            out[cat] = tuple(x + y for x, y in zip(out[cat], got[cat], strict=True))  # type: ignore[assignment]
    return out


def train(args: argparse.Namespace) -> None:
    sc = scorer()
    folds = parse_folds(args.folds)
    arts = [a for name, folder in folds.items() for a in collect(name, folder, sc)]
    t = fixed_params(args) or choose_params(arts, args)
    w, b = train_weights(arts, args, t.l2)
    model = model_dict(w, b, t, list(folds))
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<16}{v:+.3f}")
    print(f"bias {b:+.3f} {_params(t)}")


def extract_cmd(args: argparse.Namespace) -> None:
    load: Callable[[str], Any] = lambda text: CountModel.from_dict(json.loads(text))  # noqa: E731
    print_extraction(args, extract, load)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("lofo", "train"):
        p = sub.add_parser(name)
        p.add_argument("--folds", nargs="+", required=True, type=fold)
        p.add_argument(
            "--l2",
            type=float,
            nargs="+",
            default=[3.0],
            help="L2 penalties; with more than one, inner leave-one-set-out chooses among them",
        )
        p.add_argument("--loss", choices=("binary", "choice"), default="choice")
        p.add_argument("--mode", choices=("replace", "fill", "guarded"), default="replace")
        p.add_argument(
            "--when",
            nargs="+",
            choices=WHEN,
            default=["veto", "weak"],
            help="guarded mode: which kinds of the rules' counts the inner cross-validation may let change "
            "(default veto and weak: 'any' also lets the counts the rules work out on purpose change)",
        )
        p.add_argument(
            "--drop",
            action="store_true",
            help="also choose a margin at which a cohort of a count the model gives is the programme's",
        )
        p.add_argument("--fixed", help="T[,TR,WHEN[,TD]]: these margins instead of inner cross-validation")
        p.add_argument(
            "--min-margin",
            type=float,
            default=-2.0,
            help="the least margin over the rules' choice the inner cross-validation may pick",
        )
        p.add_argument(
            "--countless", action="store_true", help="also learn from programmes gold gives no count"
        )
        if name == "lofo":
            p.add_argument("--outdir", default=str(Path(tempfile.gettempdir()) / "programme_count_model"))
            p.add_argument("--check", action="store_true")
        else:
            p.add_argument("--out", required=True)
            p.add_argument("--disabled", action="store_true")
    add_extract_parser(sub)
    args = parser.parse_args()
    if args.command != "extract":
        MODE[0] = args.mode
    {"lofo": lofo, "train": train, "extract": extract_cmd}[args.command](args)


if __name__ == "__main__":
    main()

"""Train and measure the learned check of partnership pairs (kgpart.extract.partnerships.learned).

The only part of the project that reads ../shared: the dev folds' gold records label the
candidate pairs, and the scorer's own functions (``score_extraction.py``, imported, not copied)
decide which candidate is a gold partnership and score the folds.

    python bench/train_pair_model.py lofo --simulate --variants union-all --folds $FOLDS
        where FOLDS="A=../shared/corpus/dev:001-039/2 C=../shared/corpus/dev:002-038/4
        H=../shared/corpus/dev:004-040/4 G1=bench/genre:g01-g16 G2=bench/genre:g17-g32
        G3=bench/genre:g33-g64 G4=bench/genre:g65-g88 G5=bench/genre:g89-g120 G6=bench/genre:g121-g152
        G7=bench/genre:g153-g184 G8=bench/genre:g185-g216"
        (the shipped model learned from A-G5; print aggregate figures only for G2-G8)
        leave-one-fold-out: for each fold, train each variant (union, union-all, rerank) on the
        others, the threshold chosen by an inner leave-one-fold-out over the training folds only;
        write /tmp/pair_model/<fold>.<variant>.json and score the left-out fold with the real
        scorer (a subprocess per article, as for `kgpart extract`): rules only, rules + model;
        with --simulate, count the partnerships the hook would give from the labelled candidates:
        each article is extracted again with the pairs the model would add (once per set of pairs),
        so what the rest of the extraction makes of them (programme partners, programme
        partnerships) is counted as the scorer would; --check also extracts each left-out article
        with its model and says where the counts differ
        --without NAME... leaves features out (an ablation); the table ends with a pooled row;
        --shipped adds a column of the model the package ships, on the same candidates (in-sample on
        the sets it learned from); --l2 A B ... chooses the L2 penalty with the threshold by the inner
        leave-one-fold-out
    python bench/train_pair_model.py diag --folds $FOLDS
        aggregate counts per set: gold partnerships found by the rules, among the candidates, or
        neither (and then where their two parties are named); never an item or a sentence
    python bench/train_pair_model.py train --folds $FOLDS --variant union-all --out src/kgpart/data/pair_model.json
    python bench/train_pair_model.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints, with the given model hooked (the scorer's --cmd)

``find_partnerships`` runs the model the script makes active (``learned.use_model``); the script
wraps it only to collect each article's candidate pairs. Other work changes the rules meanwhile: to compare
like with like, run it on a fixed copy of the source (PYTHONPATH=<git archive of a commit>/src).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import numpy as np
from labelled_sets import fold, reaches_held_out, refuse, refuse_held_out_articles

import kgpart.extract.core as core
from kgpart.extract import extract_article
from kgpart.extract.partnerships import learned
from kgpart.extract.partnerships.learned import FEATURES, PairModel

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"


#: A learned model of any hook (the trainers share ``extract_text_file``).
M = TypeVar("M")


def scorer() -> ModuleType:
    """The shared scorer, imported as a module (its functions, never a copy)."""
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def model_extractor(
    use_model: Callable[..., None],
) -> Callable[[Path, str | None, str | None, Any], dict[str, Any]]:
    """Every trainer's ``extract``: the record ``kgpart extract`` gives for a file, with a model set by its hook's
    ``use_model`` (None: the hook off, the rules alone)."""

    def extract(path: Path, url: str | None, published: str | None, model: Any) -> dict[str, Any]:
        use_model(model, off=model is None)
        return extract_article(path, url=url, published=published).to_dict()

    return extract


# -- the hook, as the package would run it -------------------------------------------------------

_ORIGINAL = core.find_partnerships  # type: ignore[attr-defined]
_CAPTURED: list[list[learned.Candidate]] = []
_NAMES: list[list[tuple[str, str]]] = []
#: When set, the candidates to add and the rules' pairs to drop (indices into the candidates): the
#: extraction then gives the record the hook would give with a model that makes those choices.
_FORCED: list[tuple[list[int], list[int]]] = []


def _hooked(doc: Any, meetings: Any) -> Any:
    # find_partnerships runs the active model itself (off while the candidates are collected)
    found = _ORIGINAL(doc, meetings)
    cands = learned.candidates(doc, found)
    if _FORCED:  # what add_learned_pairs does with a model of these choices
        add, drop = _FORCED[-1]
        low = {tuple(sorted((doc.orgs[cands[k].a].name, doc.orgs[cands[k].b].name))) for k in drop}
        found[:] = [p for p in found if tuple(sorted(p.between)) not in low]
        found += [learned.partnership(doc, cands[k]) for k in add]
        return found
    _CAPTURED.append(cands)
    _NAMES.append([(doc.orgs[c.a].name, doc.orgs[c.b].name) for c in cands])
    return found


core.find_partnerships = _hooked  # type: ignore[attr-defined]


#: The record ``kgpart extract`` gives, with a model hooked (None: the rules alone).
extract = model_extractor(learned.use_model)


# -- data ----------------------------------------------------------------------------------------


@dataclass
class Article:
    fold: str
    name: str
    feats: np.ndarray  # candidates x features
    labels: np.ndarray  # 1: the pair is a gold partnership
    new: np.ndarray  # 1: a gold partnership the rules' record does not have
    rule: np.ndarray  # 1: the rules found the pair
    vetoed: np.ndarray  # 1: the hook never adds the pair (learned._visited_parties)
    rule_tp: int = 0
    rule_pred: int = 0
    gold: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list)
    # the article (text, url, date) and the scorer's view of it, to extract it again with pairs added
    source: tuple[str, str | None, str | None] = ("", None, None)
    scoring: tuple[Any, ...] = ()  # (the scorer, the gold record)
    _counts: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[int, int]] = field(default_factory=dict)

    def counts(self, add: np.ndarray, drop: np.ndarray) -> tuple[int, int]:
        """(tp, pred) of the record's partnerships with the candidates ``add`` added (and, rerank,
        the rules' pairs ``drop`` dropped): the article extracted again, as the hook would give it."""
        key = (tuple(int(k) for k in np.flatnonzero(add)), tuple(int(k) for k in np.flatnonzero(drop)))
        if not key[0] and not key[1]:
            return self.rule_tp, self.rule_pred
        if key not in self._counts:
            sc, gold = self.scoring
            _FORCED[:] = [(list(key[0]), list(key[1]))]
            try:
                record = _extract_body(*self.source, None)
            finally:
                _FORCED.clear()
            aliases = sc.Aliases()  # as the scorer does, per article
            sc.register(aliases, gold)
            sc.register(aliases, record)
            tp, pred, *_ = sc.score(
                sc.items(gold, "partnerships", aliases), sc.items(record, "partnerships", aliases), aliases
            )
            self._counts[key] = (tp, pred)
        return self._counts[key]


def extract_text_file(
    extract: Callable[[Path, str | None, str | None, M], dict[str, Any]],
    body: str,
    url: str | None,
    published: str | None,
    model: M,
) -> dict[str, Any]:
    """The record ``extract`` gives for an article's text, written to a temporary file first (as the scorer gives
    it to ``kgpart extract``). The trainers of the other learned models call it with their own ``extract``."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(body)
    try:
        return extract(Path(fh.name), url, published, model)
    finally:
        Path(fh.name).unlink()


#: The record of an article's text (as the scorer gives it to ``kgpart extract``).
_extract_body = partial(extract_text_file, extract)


def collect(fold: str, folder: Path, sc: ModuleType) -> list[Article]:
    """Candidates of every article of a fold, labelled by the scorer's matching against gold."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        _CAPTURED.clear()
        _NAMES.clear()
        pred = _extract_body(body, url, published, None)
        cands, names = _CAPTURED[-1], _NAMES[-1]
        aliases = sc.Aliases()
        sc.register(aliases, gold)
        sc.register(aliases, pred)
        gold_items = sc.items(gold, "partnerships", aliases)
        pred_items = sc.items(pred, "partnerships", aliases)
        tp, npred, ngold, misses, _ = sc.score(gold_items, pred_items, aliases)
        rows, labels, new = [], [], []
        for cand, (a, b) in zip(cands, names, strict=True):
            item = ("set", (a, b))
            rows.append([cand.features.get(k, 0.0) for k in FEATURES])
            labels.append(1.0 if any(sc.match(g, item, aliases) for g in gold_items) else 0.0)
            new.append(1.0 if any(sc.match(g, item, aliases) for g in misses) else 0.0)
        width = len(FEATURES)
        out.append(
            Article(
                fold,
                txt.stem,
                np.array(rows, dtype=float).reshape(-1, width),
                np.array(labels),
                np.array(new),
                np.array([r[FEATURES.index("rule")] for r in rows]),
                np.array([1.0 if cand.vetoed else 0.0 for cand in cands]),
                tp,
                npred,
                ngold,
                names,
                (body, url, published),
                (sc, gold),
            )
        )
    return out


# -- the model -----------------------------------------------------------------------------------


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method with an L2 penalty on the weights (not the bias)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty * w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def ranking_pairs(
    groups: list[tuple[np.ndarray, np.ndarray]], width: int, among_others: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Rows to learn a chooser among candidates from: for each group (candidates x features, labels; row 0
    the place the rules give) whose choice matters (some right, some wrong), the difference of each other
    candidate of the other label and row 0 (1: the other is right), and, with ``among_others``, both ways, a
    right candidate against a wrong one among the others (what the choice of the best other rests on). The
    cohort place trainer and the cohort count trainer's place chooser share it."""
    xs: list[np.ndarray] = []
    ys: list[float] = []
    for feats, labels in groups:
        if len(labels) < 2 or not 0 < labels.sum() < len(labels):
            continue
        for k in range(1, len(labels)):
            if labels[k] != labels[0]:
                xs.append(feats[k] - feats[0])
                ys.append(float(labels[k]))
        if not among_others:
            continue
        right = [k for k in range(1, len(labels)) if labels[k]]
        wrong = [k for k in range(1, len(labels)) if not labels[k]]
        for r in right:
            for k in wrong:
                xs += [feats[r] - feats[k], feats[k] - feats[r]]
                ys += [1.0, 0.0]
    if not xs:
        return np.zeros((0, width)), np.zeros(0)
    return np.array(xs), np.array(ys)


def chosen(feats: np.ndarray, w: np.ndarray, b: float, t: float) -> int:
    """The candidate a chooser of weights ``w``, ``b`` takes (0: row 0, the rules' own) when the best other
    one scores more than ``t`` above row 0."""
    s = feats @ w + b
    k = 1 + int(np.argmax(s[1:]))
    return k if s[k] - s[0] > t else 0


def margins(arts: list[Article], w: np.ndarray, b: float) -> list[np.ndarray]:
    return [a.feats @ w + b for a in arts]


def simulated(arts: list[Article], scores: list[np.ndarray], t: float, mode: str) -> tuple[int, int, int]:
    """(tp, pred, gold) of partnerships if the model at threshold ``t`` were hooked (from labels)."""
    tp = pred = gold = 0
    for art, s in zip(arts, scores, strict=True):
        add = (s >= t) & (art.rule == 0) & (art.vetoed == 0)
        drop = (s < t) & (art.rule == 1) if mode == "rerank" else np.zeros(len(s), dtype=bool)
        a_tp, a_pred = art.counts(add, drop)
        tp, pred, gold = tp + a_tp, pred + a_pred, gold + art.gold
    return tp, pred, gold


def f1(tp: int, pred: int, gold: int) -> float:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


#: How a model is trained: "union" on the pairs the rules missed only; "union-all" on every pair
#: (what a tie looks like, learned from all gold pairs), the rules' verdict hidden; "rerank" on every
#: pair with the rules' verdict as a feature, and it may drop the rules' pairs too.
VARIANTS = ("union", "union-all", "rerank")


def stack(arts: list[Article], variant: str) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels to train a variant on."""
    x, y = np.vstack([a.feats for a in arts]), np.concatenate([a.labels for a in arts])
    rule = FEATURES.index("rule")
    if variant == "union":
        keep = x[:, rule] == 0
        x, y = x[keep], y[keep]
    elif variant == "union-all":
        x = x.copy()
        x[:, rule] = 0.0
    return x, y


def hook_mode(variant: str) -> str:
    """What the hook does with a variant's model: add pairs (union) or also drop them (rerank)."""
    return "rerank" if variant == "rerank" else "union"


def choose_threshold(arts: list[Article], variant: str, l2: float) -> float:
    """The logit threshold that maximises partnership F1 of out-of-fold scores on ``arts`` (an
    inner leave-one-fold-out over their folds); the highest such among ties (fewer additions)."""
    return _best_threshold(arts, variant, l2)[0]


def choose_setting(arts: list[Article], variant: str, l2s: list[float]) -> tuple[float, float]:
    """The L2 penalty (of ``l2s``) and the threshold whose out-of-fold partnership F1 on ``arts`` is the
    highest (the inner leave-one-fold-out of ``choose_threshold`` for each penalty; the first of ``l2s``
    among ties)."""
    best: tuple[float, float, float] | None = None
    for l2 in l2s:
        t, value = _best_threshold(arts, variant, l2)
        if best is None or value > best[2] + 1e-9:
            best = (l2, t, value)
    assert best is not None, "no L2 penalty to choose from"
    return best[0], best[1]


def _best_threshold(arts: list[Article], variant: str, l2: float) -> tuple[float, float]:
    """``choose_threshold``'s threshold and the out-of-fold F1 it gives."""
    folds = sorted({a.fold for a in arts})
    oof: list[np.ndarray] = []
    order: list[Article] = []
    for f in folds:
        train = [a for a in arts if a.fold != f]
        test = [a for a in arts if a.fold == f]
        w, b = fit(*stack(train, variant), l2=l2)
        oof += margins(test, w, b)
        order += test
    grid = [x / 4 for x in range(-12, 25)]  # logits -3 .. 6
    best_t, best_f = grid[-1], -1.0
    for t in reversed(grid):
        value = f1(*simulated(order, oof, t, hook_mode(variant)))
        if value > best_f + 1e-9:
            best_t, best_f = t, value
    return best_t, best_f


def model_dict(w: np.ndarray, b: float, t: float, mode: str, trained_on: list[str]) -> dict[str, Any]:
    return {
        "about": "logistic regression over pairs of organisations named together; "
        "trained by bench/train_pair_model.py on " + ", ".join(trained_on),
        "enabled": True,
        "mode": mode,
        "threshold": t,
        "bias": round(b, 6),
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }


# -- scoring with the real scorer ----------------------------------------------------------------


def run_scorer(
    folder: Path, extra: str, *, script: str = __file__, category: str = "partnerships"
) -> dict[str, float]:
    """The real scorer's figures for ``category`` (and overall) on ``folder``, extracting with
    ``script extract extra`` (this script, or another trainer with the same ``extract`` command)."""
    cmd = f"{shlex.quote(sys.executable)} {shlex.quote(str(Path(script).resolve()))} extract {extra}"
    run = subprocess.run(
        [sys.executable, str(SCORER), "--corpus", str(folder), "--cmd", cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, float] = {}
    for line in run.stdout.splitlines():
        if line.startswith(category):
            gold, pred, tp, p, r, f = line.split()[1:]
            out.update(gold=int(gold), pred=int(pred), tp=int(tp), P=float(p), R=float(r), F1=float(f))
        match = re.match(r"overall F1: ([\d.]+)", line)
        if match:
            out["overall"] = float(match.group(1))
    return out


def parse_folds(specs: list[str]) -> dict[str, Path]:
    """NAME=FOLDER, or NAME=FOLDER:FIRST-LAST[/STEP] for a range of a folder's articles
    (``G2=bench/genre:g17-g32``, fold A of the dev corpus ``A=../shared/corpus/dev:001-039/2``). A fold that
    may reach the held-out set is refused (exit 2, labelled_sets) before any folder is linked, and a folder that
    lists one of its articles before any is read."""
    for spec in specs:  # the trainers' --folds refuse these already (type=fold); this is for any other caller
        if reaches_held_out(spec):
            refuse(spec)
    out = {}
    for spec in specs:
        if "=" not in spec:
            raise SystemExit(f"fold {spec!r}: expected NAME=FOLDER or NAME=FOLDER:FIRST-LAST[/STEP]")
        name, where = spec.split("=", 1)
        match = re.fullmatch(r"(.+):([A-Za-z]*)(\d+)-[A-Za-z]*(\d+)(?:/(\d+))?", where)
        if match is None:
            out[name] = Path(where)
            continue
        folder, prefix, first, last = Path(match[1]).resolve(), match[2], int(match[3]), int(match[4])
        linked = Path(tempfile.mkdtemp(prefix=f"fold-{name}-"))
        for number in range(first, last + 1, int(match[5] or 1)):
            for suffix in (".txt", ".json"):
                source = folder / f"{prefix}{number:0{len(match[3])}d}{suffix}"
                if source.exists():
                    (linked / source.name).symlink_to(source)
        out[name] = linked
    refuse_held_out_articles(out.values())
    for name, folder in out.items():
        if not any(txt.with_suffix(".json").exists() for txt in folder.glob("*.txt")):
            raise SystemExit(
                f"fold {name}: no article with its gold record (NAME.txt + NAME.json) in {folder}"
            )
    return out


def lofo(args: argparse.Namespace) -> None:
    if len(args.folds) < 3:
        raise SystemExit(
            "lofo needs three folds or more (each model's threshold is chosen by leaving one of the others out)"
        )
    sc = scorer()
    folds = parse_folds(args.folds)
    data = {name: collect(name, folder, sc) for name, folder in folds.items()}
    for name in args.without:  # an ablation: the feature's column zero (its weight then stays 0)
        for arts in data.values():
            for art in arts:
                art.feats[:, FEATURES.index(name)] = 0.0
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for name, arts in data.items():
        pos = int(sum(a.labels.sum() for a in arts))
        new = int(sum(a.new.sum() for a in arts))
        cands = sum(len(a.labels) for a in arts)
        gold = sum(a.gold for a in arts)
        print(
            f"fold {name}: {len(arts)} articles, {cands} candidates, {pos} gold among them "
            f"({new} the rules miss), {gold} gold partnerships",
            flush=True,
        )
    rows = []
    for left in folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        if args.simulate:
            rules = _counted(
                sum(a.rule_tp for a in test), sum(a.rule_pred for a in test), sum(a.gold for a in test)
            )
        else:
            rules = run_scorer(folds[left], "--off")
        row: dict[str, Any] = {"fold": left, "rules": rules}
        if args.shipped:  # the model the package ships, on the same candidates (in-sample where it trained)
            model = learned.shipped_model()
            w = np.array([model.weights.get(k, 0.0) for k in FEATURES])
            counts = simulated(test, margins(test, w, model.bias), model.threshold, model.mode)
            row["shipped"] = _counted(*counts)
            row["shipped"]["t"] = model.threshold
            row["shipped"]["sim"] = f1(*counts)
        for variant in args.variants:
            l2, t = choose_setting(train, variant, args.l2)
            w, b = fit(*stack(train, variant), l2=l2)
            path = outdir / f"{left}.{variant}.json"
            mode = hook_mode(variant)
            path.write_text(json.dumps(model_dict(w, b, t, mode, [f for f in folds if f != left]), indent=1))
            counts = simulated(test, margins(test, w, b), t, mode)
            if args.simulate:
                row[variant] = _counted(*counts)
                if args.check:  # the record's partnerships, extracted in this process with the model
                    real = scored(folds[left], sc, PairModel.from_dict(json.loads(path.read_text())))
                    row[variant]["real"] = real
                    if real != counts:
                        print(f"fold {left}: simulated {counts} != extracted {real}", flush=True)
            else:
                row[variant] = run_scorer(folds[left], f"--model {shlex.quote(str(path))}")
            row[variant]["t"] = t
            row[variant]["l2"] = l2
            row[variant]["sim"] = f1(*counts)
        rows.append(row)
        print(json.dumps(row), flush=True)
    print()
    print("| left-out fold | system | threshold | partnerships P | R | F1 | gold/pred/tp | overall F1 |")
    print("|---|---|---|---|---|---|---|---|")
    systems = ("rules", *(("shipped",) if args.shipped else ()), *args.variants)
    for row in rows:
        for system in systems:
            r = row[system]
            label = {"rules": "rules only", "shipped": "rules + shipped model"}.get(
                system, f"rules + model ({system})"
            )
            shown = f"{r['t']:.2f}" if "t" in r else ""
            overall = "" if math.isnan(r["overall"]) else f"{r['overall']:.3f}"
            print(
                f"| {row['fold']} | {label} | {shown} | {r['P']:.3f} | {r['R']:.3f} | {r['F1']:.3f} | "
                f"{r['gold']}/{r['pred']}/{r['tp']} | {overall} |"
            )
    for system in systems:  # pooled over the folds: counts summed
        tp, pred, gold = (sum(int(row[system][k]) for row in rows) for k in ("tp", "pred", "gold"))
        label = {"rules": "rules only", "shipped": "rules + shipped model"}.get(
            system, f"rules + model ({system})"
        )
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        print(f"| pooled | {label} | | {p:.3f} | {r:.3f} | {f1(tp, pred, gold):.3f} | {gold}/{pred}/{tp} | |")
    for variant in args.variants:
        better = sum(row[variant]["F1"] > row["rules"]["F1"] for row in rows)
        worse = sum(row[variant]["overall"] < row["rules"]["overall"] - 0.005 for row in rows)  # nan: False
        print(
            f"{variant}: partnerships F1 better in {better}/{len(rows)} folds; overall F1 lower by > 0.005 in {worse}"
        )


def scored(folder: Path, sc: ModuleType, model: PairModel | None) -> tuple[int, int, int]:
    """(tp, pred, gold) of partnerships over a fold, each article extracted in this process."""
    return scored_category(folder, sc, "partnerships", _extract_body, model)


def scored_category(
    folder: Path,
    sc: ModuleType,
    category: str,
    extract_body: Callable[[str, str | None, str | None, M], dict[str, Any]],
    model: M,
) -> tuple[int, int, int]:
    """(tp, pred, gold) of ``category`` over a set, each article extracted in this process by ``extract_body``
    (a trainer's: body, url, published, model) with ``model``."""
    tp = pred = gold = 0
    for txt in sorted(folder.glob("*.txt")):
        body, url, published = sc.read_article(txt)
        record = extract_body(body, url, published, model)
        gold_record = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        aliases = sc.Aliases()
        sc.register(aliases, gold_record)
        sc.register(aliases, record)
        counts = sc.score(
            sc.items(gold_record, category, aliases), sc.items(record, category, aliases), aliases
        )
        tp, pred, gold = tp + counts[0], pred + counts[1], gold + counts[2]
    return tp, pred, gold


def _counted(tp: int, pred: int, gold: int) -> dict[str, float]:
    """A row of partnership figures from counts (--simulate: overall F1 is not known, nan)."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {
        "gold": gold,
        "pred": pred,
        "tp": tp,
        "P": p,
        "R": r,
        "F1": f1(tp, pred, gold),
        "overall": float("nan"),
    }


def train(args: argparse.Namespace) -> None:
    if len(args.folds) < 2:
        raise SystemExit("train needs two folds or more (the threshold is chosen by leaving one out)")
    sc = scorer()
    folds = parse_folds(args.folds)
    arts = [a for name, folder in folds.items() for a in collect(name, folder, sc)]
    l2, t = choose_setting(arts, args.variant, args.l2)
    w, b = fit(*stack(arts, args.variant), l2=l2)
    model = model_dict(w, b, t, hook_mode(args.variant), list(folds))
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<20}{v:+.3f}")
    print(f"bias {b:+.3f} threshold {t:+.2f} L2 {l2:g} variant {args.variant}")


def print_extraction(
    args: argparse.Namespace,
    extract: Callable[[Path, str | None, str | None, Any], dict[str, Any]],
    load: Callable[[str], Any],
) -> None:
    """Print what ``kgpart extract --format json`` prints for ``args.article``, with the model of
    ``args.model`` (read by ``load``) hooked, or none (``--off``): every trainer's ``extract``."""
    from kgpart.errors import ExtractionError
    from kgpart.extract.article import read_article, text_fingerprint

    try:
        model = None if args.off else load(Path(args.model).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # a missing file, or no model (json errors are ValueErrors)
        raise SystemExit(f"{args.model}: not a model file ({exc})") from exc
    try:
        data = extract(Path(args.article), args.url, args.published, model)
        data["source"]["fingerprint"] = text_fingerprint(read_article(Path(args.article)).text)
    except ExtractionError as exc:  # a missing, unreadable or foreign article: one line, as kgpart extract
        raise SystemExit(f"Error: {exc}") from None
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def add_extract_parser(sub: Any) -> None:
    """The ``extract`` command of every trainer (the scorer's ``--cmd``)."""
    p = sub.add_parser("extract", help="the extraction record with a given model hooked")
    p.add_argument("article")
    p.add_argument("--url")
    p.add_argument("--published")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--model")
    group.add_argument("--off", action="store_true")


# -- aggregate diagnosis of the gold pairs the candidates miss -------------------------------------

#: Words counted in the sentence of a gold pair the candidates miss (aggregate counts only).
_CUES = (
    " and ",
    " with ",
    "partner",
    "agreement",
    "joint",
    "exchange",
    "sign",
    "memorand",
    "degree",
    "double",
    "dual",
    "cooperat",
    "program",
    "renew",
    "between",
    "extend",
    "visit",
    "met ",
    "meet",
    "collaborat",
    "together",
    "both",
    "two universities",
    "two institutions",
    "students",
    "study",
    "semester",
    "offer",
    "host",
    "deliver",
    "teach",
    "award",
    "ministry",
    "embassy",
    "scholarship",
)


def diag(args: argparse.Namespace) -> None:
    """Aggregate counts of the gold partnerships of each fold: found by the rules, among the
    candidates (the model decides), or neither, and where the two parties of the latter are named."""
    sc = scorer()
    folds = parse_folds(args.folds)
    docs: list[Any] = []

    def keep_doc(doc: Any, meetings: Any) -> Any:
        docs.append(doc)
        return _hooked(doc, meetings)

    core.find_partnerships = keep_doc  # type: ignore[attr-defined]
    totals: dict[str, dict[str, int]] = {}
    for name, folder in folds.items():
        t: dict[str, int] = {}
        totals[name] = t
        start = len(docs)
        arts = collect(name, folder, sc)
        if len(docs) - start != len(arts):
            raise SystemExit("diag: one extraction per article expected")
        for art, doc in zip(arts, docs[start:], strict=True):
            gold = art.scoring[1]
            aliases = sc.Aliases()
            sc.register(aliases, gold)
            names = [o.name for o in doc.orgs]
            gold_items = sc.items(gold, "partnerships", aliases)
            cand_items = [("set", pair) for pair in art.pairs]
            rules_pairs = {p for p, r in zip(art.pairs, art.rule, strict=True) if r}
            for g in gold_items:
                t["gold"] = t.get("gold", 0) + 1
                if any(sc.match(g, c, aliases) for c in cand_items):
                    key = (
                        "candidate (rules)"
                        if any(sc.match(g, ("set", p), aliases) for p in rules_pairs)
                        else "candidate (model)"
                    )
                    t[key] = t.get(key, 0) + 1
                    continue
                idx = [[i for i, o in enumerate(names) if aliases.same(x, o)] for x in g[1]]
                if len(idx) != 2 or not all(idx):
                    t["no candidate: a party not ours (or 3+)"] = (
                        t.get("no candidate: a party not ours (or 3+)", 0) + 1
                    )
                    continue
                tops = [{learned.top_institution(doc, i) for i in ix} for ix in idx]
                if tops[0] & tops[1]:
                    t["no candidate: same top"] = t.get("no candidate: same top", 0) + 1
                    continue
                sents = [
                    {m.sentence for m in doc.org_mentions if learned.top_institution(doc, m.index) in tp}
                    for tp in tops
                ]
                both = sents[0] & sents[1]
                if both:
                    t["no candidate: same sentence"] = t.get("no candidate: same sentence", 0) + 1
                    folds_text = [doc.sentences[n].text.casefold() for n in both]
                    tie = any(learned.TIE_WORDS.search(f) or learned.SIGN_WORDS.search(f) for f in folds_text)
                    k = "  with a tie word" if tie else "  no tie word"
                    t[k] = t.get(k, 0) + 1
                    if 0 in both:
                        t["  in the headline"] = t.get("  in the headline", 0) + 1
                    for cue in _CUES:
                        if any(cue in f for f in folds_text):
                            t[f"    cue {cue.strip()!r}"] = t.get(f"    cue {cue.strip()!r}", 0) + 1
                    types = tuple(sorted(doc.orgs[min(tp)].type for tp in tops))
                    t[f"    types {types}"] = t.get(f"    types {types}", 0) + 1
                    continue
                if not sents[0] or not sents[1]:
                    t["no candidate: a party never mentioned"] = (
                        t.get("no candidate: a party never mentioned", 0) + 1
                    )
                    continue
                gap = min(abs(a - b) for a in sents[0] for b in sents[1])
                k = f"no candidate: {min(gap, 3)}{'+' if gap >= 3 else ''} sentences apart"
                t[k] = t.get(k, 0) + 1
            for lab, r in zip(art.labels, art.rule, strict=True):
                k = f"candidates {'positive' if lab else 'negative'}{' (rules)' if r else ''}"
                t[k] = t.get(k, 0) + 1
    keys = sorted({k for t in totals.values() for k in t}, key=lambda k: (not k.startswith("gold"), k))
    print("| count | " + " | ".join(totals) + " | G2-G6 |")
    for k in keys:
        vals = [totals[f].get(k, 0) for f in totals]
        pooled = sum(totals[f].get(k, 0) for f in totals if f in ("G2", "G3", "G4", "G5", "G6"))
        print(f"| {k} | " + " | ".join(str(v) for v in vals) + f" | {pooled} |")


def extract_cmd(args: argparse.Namespace) -> None:
    print_extraction(args, extract, lambda text: PairModel.from_dict(json.loads(text)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-fold-out table")
    p.add_argument("--folds", nargs="+", required=True, type=fold, help="NAME=FOLDER ...")
    p.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=VARIANTS)
    p.add_argument(
        "--l2",
        type=float,
        nargs="+",
        default=[1.0],
        help="L2 penalties; several: chosen by the inner leave-one-fold-out",
    )
    p.add_argument("--without", nargs="*", default=[], choices=FEATURES, help="features left out (ablation)")
    p.add_argument(
        "--shipped",
        action="store_true",
        help="with --simulate: a column of the model the package ships (its own threshold; in-sample on the sets it "
        "was trained on)",
    )
    p.add_argument("--outdir", default=os.path.join(tempfile.gettempdir(), "pair_model"))
    p.add_argument(
        "--simulate",
        action="store_true",
        help="partnership figures from the labelled candidates instead of the scorer (minutes, not an hour; "
        "the same counts, no overall F1)",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="with --simulate: also extract each left-out article with its model in this process and say where "
        "the record's partnership counts differ from the simulated ones",
    )
    p = sub.add_parser("train", help="train on all the folds given and write the model file")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--variant", default="union-all", choices=VARIANTS)
    p.add_argument("--disabled", action="store_true", help='write "enabled": false (the hook does nothing)')
    p.add_argument(
        "--l2",
        type=float,
        nargs="+",
        default=[1.0],
        help="L2 penalties; several: chosen by the inner leave-one-fold-out",
    )
    p.add_argument("--out", required=True)
    p = sub.add_parser("diag", help="aggregate counts: where the gold pairs the candidates miss are named")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    add_extract_parser(sub)
    args = parser.parse_args()
    {"lofo": lofo, "train": train, "extract": extract_cmd, "diag": diag}[args.command](args)


if __name__ == "__main__":
    main()

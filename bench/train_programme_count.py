"""Train and measure the learned choice of programme counts (kgpart.extract.programmes.learned_count).

Reads ../shared as ``train_pair_model.py`` does (whose fold parser and scorer import it reuses): the
gold records label the candidate numbers, and the scorer's own functions (``score_extraction.py``,
imported, not copied) decide which programme matches which and score the folds. It prints figures
per fold only, never an article's text or gold.

    python bench/train_programme_count.py lofo --simulate --folds $FOLDS
        where FOLDS="A=../shared/corpus/dev:001-039/2 C=../shared/corpus/dev:002-038/4
        H=../shared/corpus/dev:004-040/4 G1=bench/genre:g01-g16 G2=bench/genre:g17-g32
        G3=bench/genre:g33-g64 G4=bench/genre:g65-g88 G5=bench/genre:g89-g120"
        leave-one-fold-out: for each fold, train on the others, the threshold chosen by an inner
        leave-one-fold-out over the training folds only; write /tmp/programme_count/<fold>.json; with
        --simulate, programme P/R/F1 from the scorer's ``score`` on the rules' records with the
        counts the hook would give (exact: the hook changes nothing else); without, the real scorer
        (a subprocess per article): rules only, rules + model
    python bench/train_programme_count.py train --folds $FOLDS --out src/kgpart/data/programme_count_model.json
    python bench/train_programme_count.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints, with the given model hooked (the scorer's --cmd)

Other work changes the rules meanwhile: to compare like with like, run it on a fixed copy of the
source (PYTHONPATH=<git archive of a commit>/src).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_pair_model as pairs

import kgpart.extract.core as core
from kgpart.extract import extract_article
from kgpart.extract.programmes import learned_count
from kgpart.extract.programmes.learned_count import FEATURES, CountModel

core.find_partnerships = pairs._ORIGINAL  # type: ignore[attr-defined]  # no pair capture here

SCORER = pairs.SCORER
scorer = pairs.scorer
parse_folds = pairs.parse_folds
f1 = pairs.f1

# -- the hook, as the package runs it --------------------------------------------------------------

_ORIGINAL = learned_count.choose_counts
_CAPTURED: list[list[list[learned_count.Candidate]]] = []


def _hooked(doc: Any, programmes: Any, model: Any = None) -> None:
    _CAPTURED.append([learned_count.candidates(doc, p, programmes) for p in programmes])
    _ORIGINAL(doc, programmes, model)


learned_count.choose_counts = _hooked


def extract(path: Path, url: str | None, published: str | None, model: CountModel | None) -> dict[str, Any]:
    """The record ``kgpart extract`` gives, with ``model`` hooked (None: the rules alone)."""
    learned_count.use_model(model, off=model is None)
    return extract_article(path, url=url, published=published).to_dict()


# -- data ------------------------------------------------------------------------------------------


@dataclass
class Article:
    fold: str
    gold_items: list[Any]
    pred_items: list[Any]  # the rules' programmes as the scorer reads them
    aliases: Any
    cands: list[list[learned_count.Candidate]]  # per predicted programme
    feats: list[np.ndarray]  # per predicted programme: candidates x features
    labels: list[np.ndarray]  # 1: a gold programme with these partners has this count
    relevant: list[bool] = field(default_factory=list)  # a gold programme with its partners has a count


def collect(fold: str, folder: Path, sc: ModuleType) -> list[Article]:
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
            fh.write(body)
        _CAPTURED.clear()
        try:
            pred = extract(Path(fh.name), url, published, None)
        finally:
            Path(fh.name).unlink()
        cands = _CAPTURED[-1] if _CAPTURED else []
        if len(cands) != len(pred.get("programmes") or []):
            raise SystemExit(f"fold {fold}: the record's programmes are not those the hook saw")
        aliases = sc.Aliases()
        sc.register(aliases, gold)
        sc.register(aliases, pred)
        gold_items = sc.items(gold, "programmes", aliases)
        pred_items = sc.items(pred, "programmes", aliases)
        _, _, _, misses, extras = sc.score(gold_items, pred_items, aliases)
        missed = [g for g in misses if g[1][1] is not None]
        feats, labels, relevant = [], [], []
        for item, prog_cands in zip(pred_items, cands, strict=True):
            partners = item[1][0]
            counted = [g for g in gold_items if g[1][1] is not None]
            ok = [g for g in counted if sc.match(g, ("prog", (partners, g[1][1])), aliases)]
            # its count matters: the rules' programme matched a gold one, or a gold one with its partners
            # is missed (not another programme of the record with the same partners, already matched)
            used = not any(item is e for e in extras)
            relevant.append(
                bool(ok)
                and (used or any(sc.match(g, ("prog", (partners, g[1][1])), aliases) for g in missed))
            )
            feats.append(
                np.array(
                    [[c.features.get(k, 0.0) for k in FEATURES] for c in prog_cands], dtype=float
                ).reshape(-1, len(FEATURES))
            )
            if LABELS[0] == "gain":
                labels.append(_gain_labels(sc, gold_items, pred_items, aliases, len(feats) - 1, prog_cands))
                relevant[-1] = relevant[-1] or bool(labels[-1].sum())
            else:
                labels.append(
                    np.array([1.0 if any(g[1][1] == c.value for g in ok) else 0.0 for c in prog_cands])
                )
        out.append(Article(fold, gold_items, pred_items, aliases, cands, feats, labels, relevant))
    return out


#: How candidates are labelled: "gold" (a gold programme with the partners has that count) or "gain" (that
#: count makes the programme match a counted gold one in the scorer's greedy matching, the others unchanged).
LABELS = ["gold"]
#: The lowest logit at which a count is given to a programme the rules gave none (--fill-floor).
FILL_FLOOR = [0.0]


def _gain_labels(
    sc: ModuleType, gold_items: list[Any], pred_items: list[Any], aliases: Any, i: int, cands: list[Any]
) -> np.ndarray:
    """1 for a candidate whose count, given to programme ``i``, scores more than no matching count does."""

    def tp_with(value: Any) -> int:
        items = list(pred_items)
        items[i] = ("prog", (items[i][1][0], value))
        return int(sc.score(gold_items, items, aliases)[0])

    floor = tp_with(-1)  # a count no gold has
    return np.array([1.0 if tp_with(c.value) > floor else 0.0 for c in cands])


def stack(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    """The candidates of the programmes whose count matters (a gold programme with their partners has one)."""
    xs = [x for a in arts for x, r in zip(a.feats, a.relevant, strict=True) if r and len(x)]
    ys = [y for a in arts for y, r in zip(a.labels, a.relevant, strict=True) if r and len(y)]
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys)


NEVER = float("inf")


def simulated(
    arts: list[Article], w: np.ndarray, b: float, t: float | None, sc: ModuleType, replace: float = NEVER
) -> dict[str, int]:
    """Programme (tp, pred, gold) by the scorer's ``score`` with the counts the hook would give
    (``t`` None: the rules' counts; ``t`` to give a count where the rules gave none, ``replace`` to
    change theirs), and how many counts it changed."""
    tp = pred = gold = changed = 0
    for art in arts:
        items = list(art.pred_items)
        if t is not None:
            for i, x in enumerate(art.feats):
                if not len(x):
                    continue
                margins = x @ w + b
                k = int(np.argmax(margins))  # the first of equals, as best_candidate
                value = art.cands[i][k].value
                limit = t if items[i][1][1] is None else replace
                if margins[k] >= limit and value != items[i][1][1]:
                    items[i] = ("prog", (items[i][1][0], value))
                    changed += 1
        a_tp, a_pred, a_gold, _, _ = sc.score(art.gold_items, items, art.aliases)
        tp, pred, gold = tp + a_tp, pred + a_pred, gold + a_gold
    return {"tp": tp, "pred": pred, "gold": gold, "changed": changed}


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    if not len(y) or y.min() == y.max():
        return np.zeros(x.shape[1]), -10.0
    return pairs.fit(x, y, l2=l2)


def choose_thresholds(arts: list[Article], l2: float, sc: ModuleType) -> tuple[float, float]:
    """The logit thresholds (to fill a missing count, to replace the rules' count) that maximise
    programme F1 of out-of-fold models on ``arts`` (an inner leave-one-fold-out over their folds);
    the highest among ties (fewer changes). Filling never goes below logit 0 (probability 0.5): the
    scorer does not punish a count the gold lacks, the graph does."""
    folds = sorted({a.fold for a in arts})
    models = {f: fit(*stack([a for a in arts if a.fold != f]), l2=l2) for f in folds}

    def value(t: float | None, replace: float) -> float:
        rows = [simulated([a for a in arts if a.fold == f], *models[f], t, sc, replace) for f in folds]
        return f1(**_counts(sum_rows(rows)))

    best_t, best_f = NEVER, value(None, NEVER)
    for t in reversed([x / 4 for x in range(int(4 * FILL_FLOOR[0]), 25)]):  # logits FILL_FLOOR .. 6
        v = value(t, NEVER)
        if v > best_f + 1e-9:
            best_t, best_f = t, v
    best_r = NEVER
    for r in reversed([x / 4 for x in range(-8, 25)]):  # logits -2 .. 6
        v = value(best_t, r)
        if v > best_f + 1e-9:
            best_r, best_f = r, v
    return best_t, best_r


def sum_rows(rows: list[dict[str, int]]) -> dict[str, int]:
    return {k: sum(r[k] for r in rows) for k in rows[0]}


def _counts(row: dict[str, int]) -> dict[str, int]:
    return {"tp": row["tp"], "pred": row["pred"], "gold": row["gold"]}


def model_dict(w: np.ndarray, b: float, t: float, r: float, trained_on: list[str]) -> dict[str, Any]:
    return {
        "about": "logistic regression over the numbers told near a programme (is it its count?); "
        "trained by bench/train_programme_count.py on " + ", ".join(trained_on),
        "enabled": True,
        "threshold": t if t != NEVER else 1e9,
        "replace_threshold": None if r == NEVER else r,
        "bias": round(b, 6),
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }


def run_scorer(folder: Path, extra: str) -> dict[str, float]:
    cmd = f"{shlex.quote(sys.executable)} {shlex.quote(str(Path(__file__).resolve()))} extract {extra}"
    run = subprocess.run(
        [sys.executable, str(SCORER), "--corpus", str(folder), "--cmd", cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, float] = {}
    for line in run.stdout.splitlines():
        if line.startswith("programmes"):
            gold, pred, tp, p, r, f = line.split()[1:]
            out.update(gold=int(gold), pred=int(pred), tp=int(tp), P=float(p), R=float(r), F1=float(f))
        match = re.match(r"overall F1: ([\d.]+)", line)
        if match:
            out["overall"] = float(match.group(1))
    return out


def _row(c: dict[str, int]) -> str:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    return f"{p:.3f} | {r:.3f} | {f1(**_counts(c)):.3f} | {c['gold']}/{c['pred']}/{c['tp']}"


def lofo(args: argparse.Namespace) -> None:
    if len(args.folds) < 3:
        raise SystemExit(
            "lofo needs three folds or more (each threshold is chosen by leaving one of the others out)"
        )
    LABELS[0], FILL_FLOOR[0] = args.labels, args.fill_floor
    sc = scorer()
    folds = parse_folds(args.folds)
    data = {name: collect(name, folder, sc) for name, folder in folds.items()}
    for name, arts in data.items():
        progs = sum(len(a.pred_items) for a in arts)
        rel = sum(sum(a.relevant) for a in arts)
        pos = sum(
            int(any(y.sum() for y in [lab]))
            for a in arts
            for lab, r in zip(a.labels, a.relevant, strict=True)
            if r
        )
        right = fixable = unreachable = 0
        for a in arts:
            for (_, (_, count)), cands, lab, r in zip(
                a.pred_items, a.cands, a.labels, a.relevant, strict=True
            ):
                if not r:
                    continue
                if any(y and c.value == count for c, y in zip(cands, lab, strict=True)) or (
                    count is not None and not lab.sum() and _rule_right(a, count)
                ):
                    right += 1
                elif lab.sum():
                    fixable += 1
                else:
                    unreachable += 1
        print(
            f"fold {name}: {len(arts)} articles, {progs} predicted programmes, {rel} whose count matters, "
            f"{pos} of them with the gold count among the candidates; the rules' count right {right}, "
            f"wrong but the gold among the candidates {fixable}, wrong and out of reach {unreachable}",
            flush=True,
        )
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    print(
        "\n| left-out fold | thresholds fill / replace | rules only P | R | F1 | gold/pred/tp | rules + model P | R | F1 | gold/pred/tp | changed |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    better = worse = 0
    tot_r: list[dict[str, int]] = []
    tot_m: list[dict[str, int]] = []
    for left in folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        w, b = fit(*stack(train), l2=args.l2)
        t, rt = choose_thresholds(train, args.l2, sc)
        if args.fill_only:
            rt = NEVER
        path = outdir / f"{left}.json"
        path.write_text(json.dumps(model_dict(w, b, t, rt, [f for f in folds if f != left]), indent=1))
        if args.simulate:
            rules = simulated(test, w, b, None, sc)
            model = simulated(test, w, b, t, sc, rt)
        else:
            r1, r2 = (
                run_scorer(folds[left], "--off"),
                run_scorer(folds[left], f"--model {shlex.quote(str(path))}"),
            )
            rules = {"tp": int(r1["tp"]), "pred": int(r1["pred"]), "gold": int(r1["gold"]), "changed": 0}
            model = {"tp": int(r2["tp"]), "pred": int(r2["pred"]), "gold": int(r2["gold"])}
            model["changed"] = simulated(test, w, b, t, sc, rt)["changed"]
        tot_r.append(rules)
        tot_m.append(model)
        fr, fm = f1(**_counts(rules)), f1(**_counts(model))
        better += fm > fr + 1e-9
        worse += fm < fr - 1e-9
        print(
            f"| {left} | {t:.2f} / {rt:.2f} | {_row(rules)} | {_row(model)} | {model['changed']} |",
            flush=True,
        )
    pooled_r, pooled_m = sum_rows(tot_r), sum_rows(tot_m)
    print(f"| pooled |  | {_row(pooled_r)} | {_row(pooled_m)} | {pooled_m['changed']} |")
    print(f"programme F1 better in {better}/{len(folds)} folds, lower in {worse}")


def _rule_right(art: Article, count: int) -> bool:
    """Whether some gold programme has the rules' count (a count read outside the candidates' sentences)."""
    return any(g[1][1] == count for g in art.gold_items)


def train(args: argparse.Namespace) -> None:
    if len(args.folds) < 2:
        raise SystemExit("train needs two folds or more (the threshold is chosen by leaving one out)")
    LABELS[0], FILL_FLOOR[0] = args.labels, args.fill_floor
    sc = scorer()
    folds = parse_folds(args.folds)
    arts = [a for name, folder in folds.items() for a in collect(name, folder, sc)]
    w, b = fit(*stack(arts), l2=args.l2)
    t, rt = choose_thresholds(arts, args.l2, sc)
    if args.fill_only:
        rt = NEVER
    model = model_dict(w, b, t, rt, list(folds))
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<20}{v:+.3f}")
    print(f"bias {b:+.3f} threshold {t:+.2f} replace_threshold {rt:+.2f} enabled {model['enabled']}")


def extract_cmd(args: argparse.Namespace) -> None:
    model = None if args.off else learned_count.load_model(Path(args.model))
    from kgpart.extract.article import read_article, text_fingerprint

    data = extract(Path(args.article), args.url, args.published, model)
    data["source"]["fingerprint"] = text_fingerprint(read_article(Path(args.article)).text)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-fold-out table")
    p.add_argument("--folds", nargs="+", required=True, help="NAME=FOLDER ...")
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument(
        "--labels", choices=("gold", "gain"), default="gold", help="how candidates are labelled (LABELS)"
    )
    p.add_argument("--fill-floor", type=float, default=0.0, help="lowest logit to give a missing count")
    p.add_argument("--outdir", default=os.path.join(tempfile.gettempdir(), "programme_count"))
    p.add_argument(
        "--fill-only", action="store_true", help="never replace the rules' count (only fill a missing one)"
    )
    p.add_argument(
        "--simulate",
        action="store_true",
        help="programme figures from the scorer's score on the rules' records",
    )
    p = sub.add_parser("train", help="train on all the folds given and write the model file")
    p.add_argument("--folds", nargs="+", required=True)
    p.add_argument(
        "--fill-only", action="store_true", help="never replace the rules' count (only fill a missing one)"
    )
    p.add_argument("--disabled", action="store_true", help='write "enabled": false (the hook does nothing)')
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument(
        "--labels", choices=("gold", "gain"), default="gold", help="how candidates are labelled (LABELS)"
    )
    p.add_argument("--fill-floor", type=float, default=0.0, help="lowest logit to give a missing count")
    p.add_argument("--out", required=True)
    p = sub.add_parser("extract", help="the extraction record with a given model hooked")
    p.add_argument("article")
    p.add_argument("--url")
    p.add_argument("--published")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--model")
    group.add_argument("--off", action="store_true")
    args = parser.parse_args()
    {"lofo": lofo, "train": train, "extract": extract_cmd}[args.command](args)


if __name__ == "__main__":
    main()

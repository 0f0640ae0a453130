"""Train and measure the learned check of cohort places (kgpart.extract.cohort_places).

Reads ../shared: the gold records label each candidate place of the cohorts the rules found, and the
scorer's own functions (``score_extraction.py``, imported by ``train_pair_model.scorer``, not copied)
match names and score the cohorts.

    python bench/train_cohort_place.py lofo --simulate --folds $FOLDS
        where FOLDS="A=../shared/corpus/dev:001-039/2 C=../shared/corpus/dev:002-038/4
        H=../shared/corpus/dev:004-040/4 G1=bench/genre:g01-g16 G2=bench/genre:g17-g32
        G3=bench/genre:g33-g64 G4=bench/genre:g65-g88 G5=bench/genre:g89-g120"
        leave-one-set-out: for each set, train on the others (the threshold chosen by an inner
        leave-one-set-out over the training sets only), write /tmp/cohort_place/<set>.json and give
        the set's cohort P/R/F1 with the rules alone and with the model hooked. The hook changes only
        cohorts' ``at``, so the figures are the scorer's own (its items, match and score on the rules'
        record with the places replaced), exact, with no subprocess (--simulate is the only mode).
    python bench/train_cohort_place.py train --folds $FOLDS --out src/kgpart/data/cohort_place_model.json [--disabled]
    python bench/train_cohort_place.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints, with the given model hooked (for the scorer's --cmd)

Other work changes the rules meanwhile: to compare like with like, run it on a fixed copy of the
source (PYTHONPATH=<git archive of a commit>/src).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pair_model as tpm

import kgpart.extract.core as core
from kgpart.extract import cohort_places
from kgpart.extract.cohort_places import FEATURES, Candidate, PlaceModel, choose

# train_pair_model wraps find_partnerships to collect its pairs: not needed here
core.find_partnerships = tpm._ORIGINAL  # type: ignore[attr-defined]

# -- the hook, as the package runs it ------------------------------------------------------------

_ORIGINAL = core.place_cohorts  # type: ignore[attr-defined]
_CAPTURED: list[list[list[Candidate]]] = []


def _hooked(doc: Any, cohorts: Any, model: Any = None) -> Any:
    _CAPTURED.append([cohort_places.candidates(doc, c) for c in cohorts])
    return _ORIGINAL(doc, cohorts, model)


core.place_cohorts = _hooked  # type: ignore[attr-defined]


def extract(path: Path, url: str | None, published: str | None, model: PlaceModel | None) -> dict[str, Any]:
    """The record ``kgpart extract`` gives, with ``model`` hooked (None: the rules alone)."""
    cohort_places.use_model(model, off=model is None)
    return core.extract_article(path, url=url, published=published).to_dict()


# -- data ----------------------------------------------------------------------------------------


@dataclass
class Article:
    fold: str
    name: str
    gold: dict[str, Any]
    pred: dict[str, Any]
    cands: list[list[Candidate]]  # per predicted cohort
    labels: list[list[float]] = field(default_factory=list)  # per candidate: 1 if a gold cohort's place
    trainable: list[bool] = field(default_factory=list)  # a gold cohort of the same count names a place


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
        except Exception as exc:  # an article kgpart refuses: no record, as the scorer would count it
            print(f"{txt.name}: {exc}", file=sys.stderr)
            pred = {}
        finally:
            Path(fh.name).unlink()
        cands = _CAPTURED[-1] if _CAPTURED else []
        if len(cands) != len(pred.get("cohorts") or []):
            raise SystemExit(
                f"{txt.name}: {len(cands)} candidate lists for {len(pred.get('cohorts') or [])} cohorts"
            )
        art = Article(fold, txt.stem, gold, pred, cands)
        aliases = _aliases(sc, art)
        golds = [(g.get("count"), g.get("at")) for g in gold.get("cohorts") or [] if isinstance(g, dict)]
        for cohort, cs in zip(pred.get("cohorts") or [], cands, strict=True):
            same = [gat for gc, gat in golds if gc == cohort.get("count") and gat]
            art.trainable.append(bool(same) and bool(cs))
            art.labels.append([1.0 if any(aliases.same(g, c.name) for g in same) else 0.0 for c in cs])
        out.append(art)
    return out


def _aliases(sc: ModuleType, art: Article) -> Any:
    aliases = sc.Aliases()
    sc.register(aliases, art.gold)
    sc.register(aliases, art.pred)
    return aliases


# -- the model -----------------------------------------------------------------------------------


#: How the model is trained: "hidden" on every candidate with the rules' verdict hidden (what a place
#: looks like; the hook weighs the best other candidate against the rules' choice by that alone), "ruled"
#: with the rules' verdict as a feature.
VARIANT = ["ruled"]


def stack(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    rows, ys = [], []
    hide = {FEATURES.index("rule"), FEATURES.index("rule_none")} if VARIANT[0] == "hidden" else set()
    for art in arts:
        for cs, ls, ok in zip(art.cands, art.labels, art.trainable, strict=True):
            if not ok:
                continue
            for c, y in zip(cs, ls, strict=True):
                rows.append([0.0 if i in hide else c.features.get(k, 0.0) for i, k in enumerate(FEATURES)])
                ys.append(y)
    return np.array(rows, dtype=float).reshape(-1, len(FEATURES)), np.array(ys)


def make_model(w: np.ndarray, b: float, t: float) -> PlaceModel:
    return PlaceModel(dict(zip(FEATURES, (float(v) for v in w), strict=True)), b, t)


def simulated(arts: list[Article], model: PlaceModel | None, sc: ModuleType) -> tuple[int, int, int]:
    """(tp, pred, gold) of cohorts, by the scorer's functions, with the model's places (None: the rules')."""
    tp = npred = ngold = 0
    for art in arts:
        cohorts = []
        for cohort, cs in zip(art.pred.get("cohorts") or [], art.cands, strict=True):
            better = choose(model, cs) if model is not None else None
            cohorts.append({**cohort, "at": better} if better is not None else cohort)
        aliases = _aliases(sc, art)
        gi = sc.items(art.gold, "cohorts", aliases)
        pi = sc.items({"cohorts": cohorts}, "cohorts", aliases)
        a, p, g, _, _ = sc.score(gi, pi, aliases)
        tp, npred, ngold = tp + a, npred + p, ngold + g
    return tp, npred, ngold


def choose_threshold(arts: list[Article], sc: ModuleType, l2: float) -> float:
    """The logit threshold that maximises cohort F1 over an inner leave-one-set-out on ``arts``; the
    highest such among ties (fewer changes)."""
    folds = sorted({a.fold for a in arts})
    parts = []
    for f in folds:
        train = [a for a in arts if a.fold != f]
        w, b = tpm.fit(*stack(train), l2=l2)
        parts.append(([a for a in arts if a.fold == f], w, b))
    grid = [x / 4 for x in range(-16, 25)]  # logits -4 .. 6
    best_t, best_f = grid[-1] + 100.0, -1.0  # above the grid: never replace
    base = tpm.f1(*sum_counts([simulated(test, None, sc) for test, _, _ in parts]))
    best_f = base
    for t in reversed(grid):
        counts = [simulated(test, make_model(w, b, t), sc) for test, w, b in parts]
        value = tpm.f1(*sum_counts(counts))
        if value > best_f + 1e-9:
            best_t, best_f = t, value
    return best_t


def sum_counts(counts: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    return (sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))


def model_dict(w: np.ndarray, b: float, t: float, trained_on: list[str]) -> dict[str, Any]:
    return {
        "about": "logistic regression over the candidate places of a cohort; "
        "trained by bench/train_cohort_place.py on " + ", ".join(trained_on),
        "enabled": True,
        "threshold": t,
        "bias": round(b, 6),
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }


def _row(counts: tuple[int, int, int]) -> str:
    tp, pred, gold = counts
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return f"{p:.3f} | {r:.3f} | {tpm.f1(tp, pred, gold):.3f} | {gold}/{pred}/{tp}"


def _collected(args: argparse.Namespace, folds: dict[str, Path], sc: ModuleType) -> dict[str, list[Article]]:
    """Every set's articles, collected (or read from --cache, a pickle of an earlier run of the same tree)."""
    import pickle

    cache = Path(args.cache) if getattr(args, "cache", None) else None
    if cache is not None and cache.exists():
        data: dict[str, list[Article]] = pickle.loads(cache.read_bytes())
        return {name: data[name] for name in folds}
    data = {name: collect(name, folder, sc) for name, folder in folds.items()}
    if cache is not None:
        cache.write_bytes(pickle.dumps(data))
    return data


def lofo(args: argparse.Namespace) -> None:
    if len(args.folds) < 3:
        raise SystemExit(
            "lofo needs three sets or more (each model's threshold is chosen by leaving one of the others out)"
        )
    sc = tpm.scorer()
    folds = tpm.parse_folds(args.folds)
    data = _collected(args, folds, sc)
    for name, arts in data.items():
        cohorts = sum(len(a.cands) for a in arts)
        ok = sum(sum(a.trainable) for a in arts)
        right = sum(
            1
            for a in arts
            for cs, ls, t in zip(a.cands, a.labels, a.trainable, strict=True)
            if t and any(c.features.get("rule") and y for c, y in zip(cs, ls, strict=True))
        )
        reach = sum(1 for a in arts for ls, t in zip(a.labels, a.trainable, strict=True) if t and any(ls))
        print(
            f"set {name}: {len(arts)} articles, {cohorts} cohorts, {ok} with a gold cohort of their count; "
            f"the rules' place right in {right}, a candidate right in {reach}",
            flush=True,
        )
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    print()
    print(
        "| left-out set | threshold | rules only: cohorts P | R | F1 | gold/pred/tp | rules + model: P | R | F1 | gold/pred/tp |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    totals = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    better = worse = 0
    for left in folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        w, b = tpm.fit(*stack(train), l2=args.l2)
        t = choose_threshold(train, sc, args.l2)
        (outdir / f"{left}.json").write_text(
            json.dumps(model_dict(w, b, t, [f for f in folds if f != left]), indent=1)
        )
        rules = simulated(test, None, sc)
        model = simulated(test, make_model(w, b, t), sc)
        for key, counts in (("rules", rules), ("model", model)):
            totals[key] = [x + y for x, y in zip(totals[key], counts, strict=True)]
        fr, fm = tpm.f1(*rules), tpm.f1(*model)
        better += fm > fr + 1e-9
        worse += fm < fr - 1e-9
        print(f"| {left} | {t:.2f} | {_row(rules)} | {_row(model)} |", flush=True)
    r, m = totals["rules"], totals["model"]
    print(f"| pooled | | {_row((r[0], r[1], r[2]))} | {_row((m[0], m[1], m[2]))} |")
    print(f"cohort F1 higher in {better}/{len(folds)} sets, lower in {worse}")


def train(args: argparse.Namespace) -> None:
    if len(args.folds) < 2:
        raise SystemExit("train needs two sets or more (the threshold is chosen by leaving one out)")
    sc = tpm.scorer()
    folds = tpm.parse_folds(args.folds)
    arts = [a for arts in _collected(args, folds, sc).values() for a in arts]
    w, b = tpm.fit(*stack(arts), l2=args.l2)
    t = choose_threshold(arts, sc, args.l2)
    model = model_dict(w, b, t, list(folds))
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<20}{v:+.3f}")
    print(
        f"bias {b:+.3f} threshold {t:+.2f}; on the training sets: rules {_row(simulated(arts, None, sc))}, "
        f"rules + model {_row(simulated(arts, make_model(w, b, t), sc))}"
    )


def extract_cmd(args: argparse.Namespace) -> None:
    model = None if args.off else PlaceModel.from_dict(json.loads(Path(args.model).read_text()))
    from kgpart.extract.article import read_article, text_fingerprint

    data = extract(Path(args.article), args.url, args.published, model)
    data["source"]["fingerprint"] = text_fingerprint(read_article(Path(args.article)).text)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-set-out table (simulated with the scorer's functions)")
    p.add_argument("--folds", nargs="+", required=True, help="NAME=FOLDER[:FIRST-LAST[/STEP]] ...")
    p.add_argument(
        "--simulate", action="store_true", help="accepted for symmetry with train_pair_model.py: always so"
    )
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--variant", default="ruled", choices=("hidden", "ruled"))
    p.add_argument(
        "--cache", help="a pickle of the collected candidates (written if absent; develop with it)"
    )
    p.add_argument("--outdir", default=os.path.join(tempfile.gettempdir(), "cohort_place"))
    p = sub.add_parser("train", help="train on all the sets given and write the model file")
    p.add_argument("--folds", nargs="+", required=True)
    p.add_argument("--disabled", action="store_true", help='write "enabled": false (the hook does nothing)')
    p.add_argument("--cache", help="a pickle of the collected candidates (written if absent)")
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--variant", default="ruled", choices=("hidden", "ruled"))
    p.add_argument("--out", required=True)
    p = sub.add_parser("extract", help="the extraction record with a given model hooked")
    p.add_argument("article")
    p.add_argument("--url")
    p.add_argument("--published")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--model")
    group.add_argument("--off", action="store_true")
    args = parser.parse_args()
    VARIANT[0] = getattr(args, "variant", "ruled")
    {"lofo": lofo, "train": train, "extract": extract_cmd}[args.command](args)


if __name__ == "__main__":
    main()

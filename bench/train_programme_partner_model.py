"""Train and measure the learned check of more partners of the rules' programmes
(kgpart.extract.programmes.learned_partners).

The only part of the project, with the other trainers, that reads ../shared: the gold records label
each candidate (a programme of the rules and an organisation of the article not yet one of its
partners), and the scorer's own functions (``score_extraction.py``, imported, not copied) count what a
record is worth.

The label needs to know which gold programme a programme of the rules is. Each of ours is matched to
the gold programme scoring best (ties: the first in the gold's order), several of ours may take one
gold programme: +3 when both have a count and it is the same, -2 when both have one and they differ;
when the gold programme has partners, +1 for each of our partners that is one of its partners (the
scorer's alias matching), -1 for each that is not, +2 when all of ours are among its partners (a gold
programme of no partners, such as a scholarship told with no giver, weighs none); +4 when the names are
alike (the scorer's ``similar`` on the names, or one holding the other: the name outweighs the partners,
else one side's scholarship told after a double degree of the two is taken for that double degree and
its other institution for a partner it lacks), +0.5 for the same kind. A programme whose best
gold programme scores 0 or less has none: its candidates are 0. A candidate is 1 when its organisation
is (by the scorer's aliases) a partner of that gold programme that ours lacks.

    python bench/train_programme_partner_model.py lofo --folds $FOLDS [--check]
        FOLDS as for bench/train_pair_model.py, with G7=bench/genre:g153-g184 G8=bench/genre:g185-g216
        (eleven sets). Leave-one-set-out: for each set, train on the others with the regularisation,
        the threshold and how many organisations a programme may take chosen by an inner
        leave-one-set-out over the training sets only, then score the left-out set: every article is
        extracted again with the organisations that model adds added (so what the rest of the
        extraction makes of them, the partnerships derived from programmes, the counts, is counted as
        the scorer counts it); with --check each left-out article is also extracted with the model
        itself hooked and any difference is said. Prints aggregate figures only (per set and pooled):
        programmes, partnerships, cohorts, overall F1.
    python bench/train_programme_partner_model.py train --folds $FOLDS --out src/kgpart/data/programme_partner_model.json
    python bench/train_programme_partner_model.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints with the given model hooked (the scorer's --cmd)

The threshold is chosen for the sum of programme and partnership F1 (an organisation added to a
programme of two institutions gives the record a partnership). Other work changes the rules
meanwhile: to compare like with like, run it on a fixed copy of the source (PYTHONPATH=<git archive
of a commit>/src).
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
from kgpart.extract.programmes import learned_partners
from kgpart.extract.programmes.learned_partners import FEATURES, Candidate, PartnerModel

# importing the pair trainer wraps find_partnerships to collect its candidates: not needed here
core.find_partnerships = pair_trainer._ORIGINAL  # type: ignore[attr-defined]

#: The features the model weighs (all the module computes unless --features says fewer).
SELECTED = list(FEATURES)

OBJECTIVE = ("programmes", "partnerships")

#: The least share of the added organisations that must be right (by the labels, out of fold in the inner
#: leave-one-set-out) for a threshold to be chosen. The scorer takes a programme whose partners hold all
#: the gold ones, so a wrong partner added costs it nothing: without this floor the choice adds freely
#: (session 14, first candidates: 140 added, 36 right) and a wrong partner is junk in the graph. With 0.5
#: (and an earlier correspondence that let the partners outweigh the name) the eleven-set lofo gained 1
#: programme and lost a partnership; with 0.4 (shipped) see the module's docstring.
MIN_PRECISION = 0.4

# -- the hook, as the package would run it -------------------------------------------------------

_ORIGINAL = core.add_learned_partners  # type: ignore[attr-defined]
#: Per extraction: the candidates, their organisations' names, and the programmes as the rules gave them.
_CAPTURED: list[tuple[list[Candidate], list[str], list[tuple[list[str], int | None, str, str]]]] = []
#: When set, the candidates (by index) to add: the record the hook would give with a model choosing them.
_FORCED: list[frozenset[int]] = []


def _hooked(doc: Any, programmes: Any, partnerships: Any) -> Any:
    cands = learned_partners.candidates(doc, programmes, partnerships)
    if _FORCED:
        add = _FORCED[-1]
        return learned_partners.add_partners(doc, programmes, [c for k, c in enumerate(cands) if k in add])
    _CAPTURED.append(
        (
            cands,
            [doc.orgs[c.org].name for c in cands],
            [(list(p.partners), p.participants.count, p.kind, p.name) for p in programmes],
        )
    )
    return _ORIGINAL(doc, programmes, partnerships)


core.add_learned_partners = _hooked  # type: ignore[attr-defined]


#: The record ``kgpart extract`` gives, with a model hooked (None: the rules alone).
extract = model_extractor(learned_partners.use_model)


#: The record of an article's text (as the scorer gives it to ``kgpart extract``).
_extract_body = partial(extract_text_file, extract)


# -- labels --------------------------------------------------------------------------------------


def _alike(sc: ModuleType, a: str, b: str) -> bool:
    x, y = sc.norm(a), sc.norm(b)
    return bool(x and y) and (sc.similar(x, y) or (len(x) > 5 and len(y) > 5 and (x in y or y in x)))


def correspondence(
    sc: ModuleType, aliases: Any, golds: list[dict[str, Any]], ours: tuple[list[str], int | None, str, str]
) -> dict[str, Any] | None:
    """The gold programme ours is (see the module's docstring), or None."""
    partners, count, kind, name = ours
    best, best_score = None, 0.0
    for g in golds:
        gp = [n for n in g.get("partners") or [] if n]
        gc = ((g.get("participants") or {}) or {}).get("count")
        score = 0.0
        if gc is not None and count is not None:
            score += 3.0 if gc == count else -2.0
        if gp:  # a gold programme of no partners takes any (the scorer's match): nothing to weigh
            inside = [p for p in partners if any(aliases.same(p, x) for x in gp)]
            score += len(inside) - (len(partners) - len(inside))
            if partners and len(inside) == len(partners):
                score += 2.0
        if name and g.get("name") and _alike(sc, name, g["name"]):
            score += 4.0
        if kind and g.get("kind") == kind:
            score += 0.5
        if score > best_score:
            best, best_score = g, score
    return best


def label_candidates(
    sc: ModuleType,
    gold: dict[str, Any],
    record: dict[str, Any],
    cands: list[Candidate],
    names: list[str],
    progs: list[tuple[list[str], int | None, str, str]],
) -> list[float]:
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, record)
    golds = [g for g in gold.get("programmes") or [] if isinstance(g, dict)]
    final = record.get("programmes") or []
    if len(final) == len(progs):  # the counts the later passes give (the filter drops none when off)
        progs = [
            (p, ((q.get("participants") or {}) or {}).get("count"), k, n)
            for (p, _, k, n), q in zip(progs, final, strict=True)
        ]
    matched = [correspondence(sc, aliases, golds, p) for p in progs]
    out = []
    for c, name in zip(cands, names, strict=True):
        g = matched[c.programme]
        if g is None:
            out.append(0.0)
            continue
        gp = [n for n in g.get("partners") or [] if n]
        lacking = [x for x in gp if not any(aliases.same(x, y) for y in progs[c.programme][0])]
        out.append(1.0 if any(aliases.same(name, x) for x in lacking) else 0.0)
    return out


# -- data ----------------------------------------------------------------------------------------


@dataclass
class Article:
    fold: str
    name: str
    feats: np.ndarray  # candidates x features (all of FEATURES)
    labels: np.ndarray
    programme: np.ndarray  # the programme (index) of each candidate
    base: dict[str, tuple[int, int, int]]
    source: tuple[str, str | None, str | None]
    scoring: tuple[Any, ...]  # (the scorer, the gold record)
    _cache: dict[frozenset[int], dict[str, tuple[int, int, int]]] = field(default_factory=dict)

    def counts(self, add: frozenset[int]) -> dict[str, tuple[int, int, int]]:
        """Counts per category with the candidates ``add`` added (the article extracted again)."""
        if not add:
            return self.base
        if add not in self._cache:
            sc, gold = self.scoring
            _FORCED[:] = [add]
            try:
                record = _extract_body(*self.source, None)
            finally:
                _FORCED.clear()
            self._cache[add] = category_counts(sc, gold, record)
        return self._cache[add]


def collect(fold: str, folder: Path, sc: ModuleType) -> list[Article]:
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        _CAPTURED.clear()
        record = _extract_body(body, url, published, None)
        cands, names, progs = _CAPTURED[-1]
        out.append(
            Article(
                fold,
                txt.stem,
                np.array([[c.features.get(k, 0.0) for k in FEATURES] for c in cands], dtype=float).reshape(
                    -1, len(FEATURES)
                ),
                np.array(label_candidates(sc, gold, record, cands, names, progs)),
                np.array([c.programme for c in cands], dtype=int),
                category_counts(sc, gold, record),
                (body, url, published),
                (sc, gold),
            )
        )
    return out


# -- the model -----------------------------------------------------------------------------------

GRID = [x / 4 for x in range(-4, 17)]  # logits -1 .. 4
L2S = (1.0, 3.0, 10.0)
PER = (1, 2)


def _cols() -> list[int]:
    return [FEATURES.index(k) for k in SELECTED]


def stack(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    return np.vstack([a.feats for a in arts])[:, _cols()], np.concatenate([a.labels for a in arts])


def picks(art: Article, scores: np.ndarray, t: float, per: int) -> frozenset[int]:
    """The candidates added: per programme, the ``per`` best scoring at or above ``t``."""
    out: list[int] = []
    for k in set(art.programme.tolist()):
        idx = [int(j) for j in np.flatnonzero(art.programme == k) if scores[j] >= t]
        idx.sort(key=lambda j: -scores[j])
        out += idx[:per]
    return frozenset(out)


def totals(arts: list[Article], scores: list[np.ndarray] | None, t: float, per: int) -> dict[str, list[int]]:
    out = {c: [0, 0, 0] for c in CATEGORIES}
    for k, art in enumerate(arts):
        add = picks(art, scores[k], t, per) if scores is not None else frozenset()
        for c, v in art.counts(add).items():
            for j in range(3):
                out[c][j] += v[j]
    return out


def objective(tot: dict[str, list[int]]) -> float:
    return sum(f1(*tot[c]) for c in OBJECTIVE)


def precision(arts: list[Article], scores: list[np.ndarray], t: float, per: int) -> float:
    """The share of the added candidates labelled right (1.0 when none is added)."""
    added = right = 0
    for art, s in zip(arts, scores, strict=True):
        add = picks(art, s, t, per)
        added += len(add)
        right += int(art.labels[list(add)].sum()) if add else 0
    return right / added if added else 1.0


def choose(arts: list[Article]) -> tuple[float, float, int, float]:
    """(l2, threshold, per programme, objective) best on out-of-fold scores of an inner
    leave-one-set-out over ``arts``' sets; among ties the strongest penalty, the highest threshold."""
    folds = sorted({a.fold for a in arts})
    base = objective(totals(arts, None, 0.0, 1))
    best = (L2S[-1], float("inf"), 1, base)
    for l2 in reversed(L2S):
        oof: list[np.ndarray] = []
        order: list[Article] = []
        for f in folds:
            w, b = fit(*stack([a for a in arts if a.fold != f]), l2=l2)
            test = [a for a in arts if a.fold == f]
            oof += [a.feats[:, _cols()] @ w + b for a in test]
            order += test
        for per in PER:
            for t in reversed(GRID):
                if precision(order, oof, t, per) < MIN_PRECISION:
                    continue  # too few of the added right: junk in the graph
                value = objective(totals(order, oof, t, per))
                if value > best[3] + 1e-9:
                    best = (l2, t, per, value)
    return best


def model_dict(
    w: np.ndarray, b: float, t: float, per: int, trained_on: list[str], l2: float
) -> dict[str, Any]:
    return {
        "about": "logistic regression adding organisations of the article to the rules' programmes as partners; "
        f"trained by bench/train_programme_partner_model.py (l2 {l2}, --min-precision {MIN_PRECISION})",
        "enabled": True,
        "trained_on": trained_on,
        "threshold": t if t != float("inf") else 1e9,
        "bias": round(b, 6),
        "per_programme": per,
        "features": list(SELECTED),
        "weights": [round(float(v), 6) for v in w],
    }


def _row(tot: dict[str, list[int]]) -> str:
    p = tot["programmes"]
    prec = p[0] / p[1] if p[1] else 0.0
    rec = p[0] / p[2] if p[2] else 0.0
    overall = sum(f1(*tot[c]) for c in CATEGORIES) / len(CATEGORIES)
    q = tot["partnerships"]
    return (
        f"{prec:.3f} | {rec:.3f} | {f1(*p):.3f} | {p[2]}/{p[1]}/{p[0]} | {f1(*q):.3f} | {q[2]}/{q[1]}/{q[0]} | "
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
            f"set {name}: {len(arts)} articles, {n} candidates, {pos} of them a lacking gold partner",
            flush=True,
        )
    rows = []
    pooled_rules = {c: [0, 0, 0] for c in CATEGORIES}
    pooled_model = {c: [0, 0, 0] for c in CATEGORIES}
    added = right = 0
    for left in folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        l2, t, per, _ = choose(train)
        w, b = fit(*stack(train), l2=l2)
        scores = [a.feats[:, _cols()] @ w + b for a in test]
        rules, model = totals(test, None, t, per), totals(test, scores, t, per)
        chosen = [picks(a, s, t, per) for a, s in zip(test, scores, strict=True)]
        n_add = sum(len(c) for c in chosen)
        n_right = sum(int(a.labels[list(c)].sum()) for a, c in zip(test, chosen, strict=True) if c)
        added, right = added + n_add, right + n_right
        for c in CATEGORIES:
            for j in range(3):
                pooled_rules[c][j] += rules[c][j]
                pooled_model[c][j] += model[c][j]
        if args.check:
            md = PartnerModel.from_dict(model_dict(w, b, t, per, [], l2))
            for art, ch in zip(test, chosen, strict=True):
                real = category_counts(sc, art.scoring[1], _extract_body(*art.source, md))
                if real != art.counts(ch):
                    print(
                        f"set {left}: an article's extracted counts differ from the simulated ones",
                        flush=True,
                    )
        rows.append((left, l2, t, per, n_add, n_right, rules, model))
        print(
            f"set {left}: l2 {l2} threshold {t} per {per} added {n_add} ({n_right} labelled right)",
            flush=True,
        )
    print()
    print(
        "| left-out set | system | l2 / threshold / per | added (right) | programmes P | R | F1 | gold/pred/tp | "
        "partnerships F1 | gold/pred/tp | cohorts F1 | overall F1 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for left, l2, t, per, n_add, n_right, rules, model in rows:
        print(f"| {left} | rules | | | {_row(rules)} |")
        print(f"| {left} | rules + model | {l2:g} / {t:g} / {per} | {n_add} ({n_right}) | {_row(model)} |")
    print(f"| pooled | rules | | | {_row(pooled_rules)} |")
    print(f"| pooled | rules + model | | {added} ({right}) | {_row(pooled_model)} |")
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
    l2, t, per, value = choose(arts)
    w, b = fit(*stack(arts), l2=l2)
    model = model_dict(w, b, t, per, list(folds), l2)
    model["enabled"] = not args.disabled
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(SELECTED, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<22}{v:+.3f}")
    print(f"bias {b:+.3f} threshold {t:+.2f} per programme {per} l2 {l2} (inner objective {value:.3f})")


def extract_cmd(args: argparse.Namespace) -> None:
    print_extraction(args, extract, lambda text: PartnerModel.from_dict(json.loads(text)))


def main() -> None:
    global MIN_PRECISION
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-set-out table")
    p.add_argument("--folds", nargs="+", required=True, type=fold, help="NAME=FOLDER ...")
    p.add_argument(
        "--check", action="store_true", help="also extract each left-out article with its model hooked"
    )
    p.add_argument("--features", nargs="+", default=SELECTED, choices=FEATURES, help="the features weighed")
    p.add_argument(
        "--min-precision", type=float, default=MIN_PRECISION, help="the floor of labelled precision"
    )
    p = sub.add_parser("train", help="train on all the sets given and write the model file")
    p.add_argument("--features", nargs="+", default=SELECTED, choices=FEATURES)
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--disabled", action="store_true", help='write "enabled": false (the hook does nothing)')
    p.add_argument("--min-precision", type=float, default=MIN_PRECISION)
    p.add_argument("--out", required=True)
    add_extract_parser(sub)
    args = parser.parse_args()
    if "features" in args:
        SELECTED[:] = list(args.features)
    if "min_precision" in args:
        MIN_PRECISION = args.min_precision
    {"lofo": lofo, "train": train, "extract": extract_cmd}[args.command](args)


if __name__ == "__main__":
    main()

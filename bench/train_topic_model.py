"""Train and measure the learned source of topic labels (kgpart.extract.topics.learned).

Reads ../shared: the gold records label the candidate phrases, and the scorer's own functions
(``score_extraction.py``, imported, not copied) decide which candidate matches a gold topic and
score the topics. Fold syntax and the scorer import are train_pair_model.py's.

    python bench/train_topic_model.py lofo --simulate --folds $FOLDS
        where FOLDS="A=../shared/corpus/dev:001-039/2 C=../shared/corpus/dev:002-038/4
        H=../shared/corpus/dev:004-040/4 G1=bench/genre:g01-g16 G2=bench/genre:g17-g32
        G3=bench/genre:g33-g64 G4=bench/genre:g65-g88 G5=bench/genre:g89-g120 G6=bench/genre:g121-g152
        G7=bench/genre:g153-g184 G8=bench/genre:g185-g216" (print aggregate figures only for G2-G8)
        leave-one-set-out: for each set, build the lexicon and fit the weights on the others (the
        lexicon features of the training rows out-of-fold), choose the threshold and the most
        labels added per article by an inner leave-one-set-out over the training sets only, and
        count the topics of the left-out set, rules only and rules + model, with the scorer's
        match (the labels the hook would add, from the candidates: --simulate; without it, the
        real scorer on each left-out set through `extract --model`, a subprocess per article).
        Also trained and chosen with the threshold: the drop model (a logistic regression over the rules'
        own labels, labelled by a gold topic matching them; --no-drop: none); --cap N fixes the rules' count
        from which the model adds nothing (0: chosen too; session 13 ships --cap 4 for speed); --beyond near|rule: in
        the articles at or above the cap the model still adds candidates of a cheap pass (near a list cue,
        ``candidates(near_only=True)``, or in the sentences of the rules' labels, ``rule_only``); --shipped: a row
        of the model the package ships, on the same candidates; --left SET...: only these sets left out;
        --floor T: the inner cross-validation picks no threshold below T (the grid's lowest, -1, lets in runs of
        people, institutions and plan stages: "Kyrgyz students", "Cuban hospitals", "next stages")
    python bench/train_topic_model.py train --no-drop --cap 4 --beyond rule --beyond-max BM --floor -0.5 \
        --folds $FOLDS --out M.json   (session 14's rule-pass trials; the shipped file is session 13's)
    python bench/train_topic_model.py extract ARTICLE [--url U] [--published D] (--model M | --off)
        what `kgpart extract --format json` prints, with the given model hooked (the scorer's --cmd)

Other work changes the rules meanwhile: to compare like with like, run on a fixed copy of the source.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import shlex
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled_sets import fold
from train_pair_model import (
    add_extract_parser,
    extract_text_file,
    fit,
    model_extractor,
    parse_folds,
    print_extraction,
    run_scorer,
    scorer,
)

from kgpart.extract.topics import learned, merge
from kgpart.extract.topics.learned import (
    DROP_FEATURES,
    FEATURES,
    Candidate,
    TopicModel,
    _norm,
    choose,
    covered,
    lexicon_features,
)

# -- the hook, as the package runs it, wrapped to keep the candidates ------------------------------

_ORIGINAL = learned.add_learned_topics
_CAPTURED: list[tuple[list[Candidate], list[str], list[Candidate]]] = []


def _hooked(
    doc: Any,
    labels: list[tuple[str, int]],
    model: TopicModel | None = None,
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[tuple[str, int]]:
    out = _ORIGINAL(doc, labels, model, skip)
    _CAPTURED.append(
        (
            learned.candidates(doc, labels, skip),
            [label for label, _ in labels],
            learned.label_features(doc, labels),
        )
    )
    return out


learned.add_learned_topics = _hooked


#: The record ``kgpart extract`` gives, with a model hooked (None: the rules alone).
extract = model_extractor(learned.use_model)


@dataclass
class Article:
    fold: str
    name: str
    cands: list[Candidate]
    rule_labels: list[str]  # the rules' labels (what the hook gets)
    labels: np.ndarray  # 1: the candidate matches a gold topic
    gold: list[Any]  # the scorer's items
    aliases: Any
    new: np.ndarray  # 1: the candidate matches a gold topic the rules' labels miss
    uncovered: np.ndarray  # 1: no rule label covers the candidate (the hook may add it)
    rule_feats: list[Candidate]  # the rules' labels as the drop model sees them
    rule_hit: np.ndarray  # 1: the rule's label matches a gold topic
    #: each rule label and candidate as the record keeps it after the hook (merge's filter of the labels that
    #: name no field and of counts in a label: None dropped, else the label it becomes)
    rule_post: list[str | None]
    cand_post: list[str | None]


def after_hook(label: str) -> str | None:
    """A label as the record keeps it after the learned hook: merge.find_topics then drops a label of a level
    alone and one that names no field, and takes a count out of a label (None: dropped)."""
    if merge._LEVEL_ONLY.fullmatch(label) is not None:
        return None
    if not merge.may_name_no_field(label):
        return label
    kept = merge._without_counts_or_no_field([(label, 0)])
    return kept[0][0] if kept else None


def collect(fold: str, folder: Path, sc: ModuleType) -> list[Article]:
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        body, url, published = sc.read_article(txt)
        _CAPTURED.clear()
        try:
            pred = extract_text_file(extract, body, url, published, None)
        except Exception as exc:  # an article the extractor refuses: no topics, gold all missed
            print(f"  {txt.name}: {exc}", file=sys.stderr)
            pred = {}
        cands, rules, rule_feats = _CAPTURED[-1] if _CAPTURED else ([], [], [])
        aliases = sc.Aliases()
        sc.register(aliases, gold)
        gold_items = sc.items(gold, "topics", aliases)
        cand_post = [after_hook(c.text) for c in cands]
        labels = np.array(
            [
                1.0
                if x is not None and any(sc.match(g, ("topic", sc.norm(x)), aliases) for g in gold_items)
                else 0.0
                for x in cand_post
            ]
        )
        rule_post = [after_hook(x) for x in rules]
        kept_rules = [x for x in rule_post if x is not None]
        assert [sc.norm(x) for x in kept_rules] == [
            x for _, x in sc.items(pred, "topics", aliases)
        ] or not pred
        _, _, _, misses, _ = sc.score(gold_items, [("topic", sc.norm(x)) for x in kept_rules], aliases)
        new = [
            1.0 if x is not None and any(sc.match(g, ("topic", sc.norm(x)), aliases) for g in misses) else 0.0
            for x in cand_post
        ]
        taken = [_norm(x) for x in rules]
        uncovered = [0.0 if covered(_norm(c.text), taken) else 1.0 for c in cands]
        rule_hit = [
            1.0
            if x is not None and any(sc.match(g, ("topic", sc.norm(x)), aliases) for g in gold_items)
            else 0.0
            for x in rule_post
        ]
        out.append(
            Article(
                fold,
                txt.stem,
                cands,
                rules,
                labels,
                gold_items,
                aliases,
                np.array(new),
                np.array(uncovered),
                rule_feats,
                np.array(rule_hit),
                rule_post,
                cand_post,
            )
        )
    return out


# -- lexicon, features, simulation -------------------------------------------------------------------

LEX_PRIOR = 5.0  # pseudo-counts toward the base rate
LEX_MIN = 2  # a word seen fewer times among the candidates is not in the lexicon


def build_lexicon(arts: list[Article], rules: bool = False) -> dict[str, float]:
    """A word's log-odds of being in a candidate that matches a gold topic, against the base rate (``rules``: of
    being in a rule's label that matches one)."""
    pos: dict[str, int] = {}
    tot: dict[str, int] = {}
    npos = ntot = 0
    for a in arts:
        for c, y in (
            zip(a.rule_feats, a.rule_hit, strict=True) if rules else zip(a.cands, a.labels, strict=True)
        ):
            ntot += 1
            npos += int(y)
            keys = set(c.words)
            if not rules and len(c.words) > 1:
                keys |= {c.words[k] + " " + c.words[k + 1] for k in range(len(c.words) - 1)}
                keys.add(" ".join(c.words))
            for w in keys:
                tot[w] = tot.get(w, 0) + 1
                pos[w] = pos.get(w, 0) + int(y)
    base = (npos + 1) / (ntot + 2)

    def logit(p: float) -> float:
        return math.log(p / (1 - p))

    out = {}
    for w, t in tot.items():
        if t < LEX_MIN:
            continue
        rate = (pos.get(w, 0) + LEX_PRIOR * base) / (t + LEX_PRIOR)
        value = logit(rate) - logit(base)
        if abs(value) >= 0.2:
            out[w] = round(value, 3)
    return out


def rows(arts: list[Article], lexicon: dict[str, float]) -> np.ndarray:
    data = [[lexicon_features(c, lexicon).get(k, 0.0) for k in FEATURES] for a in arts for c in a.cands]
    return np.array(data, dtype=float).reshape(-1, len(FEATURES))


def drop_rows(arts: list[Article], lexicon: dict[str, float]) -> np.ndarray:
    data = [
        [lexicon_features(c, lexicon).get(k, 0.0) for k in DROP_FEATURES] for a in arts for c in a.rule_feats
    ]
    return np.array(data, dtype=float).reshape(-1, len(DROP_FEATURES))


def train_drop(arts: list[Article], l2: float) -> tuple[np.ndarray, float, dict[str, float]]:
    """The drop model: rows of the rules' labels (lexicon out-of-fold), labelled by a gold topic matching them."""
    xs, ys = [], []
    for f in sorted({a.fold for a in arts}):
        inside = [a for a in arts if a.fold == f]
        xs.append(drop_rows(inside, build_lexicon([a for a in arts if a.fold != f], rules=True)))
        ys.append(np.concatenate([a.rule_hit for a in inside]) if inside else np.zeros(0))
    w, b = fit(np.vstack(xs), np.concatenate(ys), l2=l2)
    return w, b, build_lexicon(arts, rules=True)


def drop_margins(arts: list[Article], w: np.ndarray, b: float, lexicon: dict[str, float]) -> list[np.ndarray]:
    out = []
    for a in arts:
        x = drop_rows([a], lexicon)
        out.append(x @ w + b if len(x) else np.zeros(0))
    return out


#: "all": the weights learn from every candidate, labelled by any gold topic (what a topic looks like);
#: "union": only from the candidates no rule label covers, labelled by the gold topics the rules miss.
VARIANT = ["union"]


def oof_rows(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    """Training rows whose lexicon features come from the other training sets (the lexicon never sees its row)."""
    xs, ys = [], []
    folds = sorted({a.fold for a in arts})
    for f in folds:
        inside = [a for a in arts if a.fold == f]
        lex = build_lexicon([a for a in arts if a.fold != f])
        x = rows(inside, lex)
        if VARIANT[0] == "union":
            keep = np.concatenate([a.uncovered for a in inside]) == 1
            xs.append(x[keep])
            ys.append(np.concatenate([a.new for a in inside])[keep])
        else:
            xs.append(x)
            ys.append(np.concatenate([a.labels for a in inside]))
    return np.vstack(xs), np.concatenate(ys)


def train_model(arts: list[Article], l2: float) -> tuple[np.ndarray, float, dict[str, float]]:
    x, y = oof_rows(arts)
    w, b = fit(x, y, l2=l2)
    return w, b, build_lexicon(arts)


def margins(
    arts: list[Article], w: np.ndarray, b: float, lexicon: dict[str, float], near: bool = False
) -> list[np.ndarray]:
    """Each article's candidate logits; ``near``: as a cheap pass gives them (no ``many``)."""
    out = []
    many = FEATURES.index("many")
    for a in arts:
        x = rows([a], lexicon)
        if near and len(x):
            x[:, many] = 0.0
        out.append(x @ w + b if len(x) else np.zeros(0))
    return out


#: --beyond: the cheap pass by which the model also adds to the articles at or above its cap ("": none).
BEYOND = [""]
#: --beyond-max: the cheap pass only in articles whose rules gave fewer labels than this.
BEYOND_MAX = [1000]


def _cheap(cand: Candidate) -> bool:
    """Whether the cheap pass of BEYOND gives the candidate (it gives the full pass's features but ``many``)."""
    if BEYOND[0] == "near":
        return "cue_near" in cand.features or "cue_far" in cand.features
    if BEYOND[0] == "lead":  # the lead sentence alone
        return cand.n == 1
    if BEYOND[0].startswith("early"):  # the headline and the first N sentences ("early1": and the lead)
        return cand.n <= int(BEYOND[0][5:])
    return "rule_sentence" in cand.features


def simulated(
    arts: list[Article],
    scores: list[np.ndarray],
    t: float,
    most: int,
    sc: ModuleType,
    cap: int | None = None,
    drops: list[np.ndarray] | None = None,
    dt: float | None = None,
    near: list[np.ndarray] | None = None,
) -> tuple[int, int, int]:
    """(tp, pred, gold) of topics if the model were hooked at threshold ``t`` adding at most ``most`` per article
    (to articles whose rules gave fewer than ``cap`` labels), dropping the rules' labels whose drop logit
    (``drops``) is below ``dt`` (None: none dropped): the scorer's greedy pairing (``score``: each gold topic
    takes the first unused predicted one it matches) over the scorer's ``match``, cached per article. ``near``: the
    logits of the candidates without ``many`` (what a cheap pass gives): in an article at or above the cap the
    candidates of the cheap pass (BEYOND) are chosen by them (the model's ``beyond``); None: nothing added there."""
    cap = CAP[0] if cap is None else cap
    tp = pred = gold = 0
    for j, (a, s) in enumerate(zip(arts, scores, strict=True)):
        chosen = []
        if most and len(a.rule_labels) < cap:
            # choose() at a higher threshold or a smaller number is a prefix of its longest answer: computed once
            key = (id(a), s.tobytes())
            full = _FULL.get(key)
            if full is None:
                full = _FULL[key] = choose(a.cands, list(s), a.rule_labels, -math.inf, len(a.cands))
            chosen = [k for k in full if s[k] >= t][:most]
        elif most and near is not None and len(a.rule_labels) < BEYOND_MAX[0]:
            s2 = near[j]
            key = (id(a), s2.tobytes(), "near")
            full = _FULL.get(key)
            if full is None:
                idx = [k for k, c in enumerate(a.cands) if _cheap(c)]
                sub = choose(
                    [a.cands[k] for k in idx], [s2[k] for k in idx], a.rule_labels, -math.inf, len(idx)
                )
                full = _FULL[key] = [idx[k] for k in sub]
            chosen = [k for k in full if s2[k] >= t][:most]
        if drops is not None and dt is not None:
            kept = [i for i in range(len(a.rule_labels)) if drops[j][i] >= dt]
        else:
            kept = list(range(len(a.rule_labels)))
        keys = [("r", i) for i in kept] + [("c", k) for k in chosen]
        keys = [key for key in keys if _post(a, key) is not None]  # what the record drops after the hook
        used: set[tuple[str, int]] = set()
        for g in range(len(a.gold)):
            hit = next((key for key in keys if key not in used and _matches(a, g, key, sc)), None)
            if hit is not None:
                used.add(hit)
        tp, pred, gold = tp + len(used), pred + len(keys), gold + len(a.gold)
    return tp, pred, gold


_FULL: dict[tuple[int, bytes], list[int]] = {}
_MATCH_CACHE: dict[tuple[int, int, tuple[str, int]], bool] = {}


def _matches(a: Article, g: int, key: tuple[str, int], sc: ModuleType) -> bool:
    """Whether gold topic ``g`` of ``a`` matches a rule label ("r", i) or a candidate ("c", k): the scorer's match."""
    ck = (id(a), g, key)
    hit = _MATCH_CACHE.get(ck)
    if hit is None:
        label = _post(a, key)
        hit = _MATCH_CACHE[ck] = label is not None and bool(
            sc.match(a.gold[g], ("topic", sc.norm(label)), a.aliases)
        )
    return hit


def _post(a: Article, key: tuple[str, int]) -> str | None:
    """The label of a rule label ("r", i) or a candidate ("c", k) as the record keeps it (None: dropped)."""
    return a.rule_post[key[1]] if key[0] == "r" else a.cand_post[key[1]]


def f1(tp: int, pred: int, gold: int) -> float:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


GRID_T = [x / 4 for x in range(-4, 17)]  # logits -1 .. 4
GRID_MOST = (1, 2, 3, 4, 6, 10, 100)
#: The model adds labels only to an article whose rules gave fewer than this many (--cap; 0: chosen by the inner
#: leave-one-set-out from GRID_CAP).
CAP = [0]
GRID_CAP = (3, 4, 5, 6, 8, 1000)
#: Thresholds of the drop model tried (logits); None: no rule label dropped. --no-drop: None only.
GRID_DT: list[float | None] = [None] + [x / 4 for x in range(-16, 1)]
DROP = [True]

Setting = tuple[float, int, int, float | None]


def choose_setting(arts: list[Article], l2: float, sc: ModuleType) -> Setting:
    """Threshold, most added per article, the rules' count below which the model adds (``--cap 0``: from
    GRID_CAP, else the one given) and the drop threshold maximising topic F1 of out-of-set scores (an inner
    leave-one-set-out over ``arts``' sets; the adding settings first, then the drop threshold, then the adding
    settings again given it); the higher threshold, the fewer added and the lower cap among equals."""
    order: list[Article] = []
    oof: list[np.ndarray] = []
    oof_near: list[np.ndarray] = []
    oof_drop: list[np.ndarray] = []
    for f in sorted({a.fold for a in arts}):
        train = [a for a in arts if a.fold != f]
        test = [a for a in arts if a.fold == f]
        w, b, lex = train_model(train, l2)
        oof += margins(test, w, b, lex)
        oof_near += margins(test, w, b, lex, near=True)
        if DROP[0]:
            dw, db, dlex = train_drop(train, l2)
            oof_drop += drop_margins(test, dw, db, dlex)
        order += test
    caps = GRID_CAP if CAP[0] == 0 else (CAP[0],)
    drops = oof_drop if DROP[0] else None
    near = oof_near if BEYOND[0] else None

    def adding(dt: float | None) -> tuple[tuple[float, int, int], float]:
        # each threshold judged by the mean F1 of it and its two neighbours on the grid: eight sets are few, and a
        # lone peak of the curve is noise
        best, best_f = (
            (GRID_T[-1], 0, caps[0]),
            f1(*simulated(order, oof, GRID_T[-1], 0, sc, caps[0], drops, dt, near)),
        )
        for cap in caps:
            for most in GRID_MOST:
                curve = [f1(*simulated(order, oof, t, most, sc, cap, drops, dt, near)) for t in GRID_T]
                for k in reversed(range(len(GRID_T))):
                    window = curve[max(0, k - 1) : k + 2]
                    value = sum(window) / len(window)
                    if value > best_f + 1e-9:
                        best, best_f = (GRID_T[k], most, cap), value
        return best, best_f

    (t, most, cap), _ = adding(None)
    dt: float | None = None
    best_f = f1(*simulated(order, oof, t, most, sc, cap, near=near))
    if DROP[0]:
        for d in GRID_DT[1:]:
            value = f1(*simulated(order, oof, t, most, sc, cap, drops, d, near))
            if value > best_f + 1e-9:
                dt, best_f = d, value
        if dt is not None:
            (t, most, cap), best_f = adding(dt)
    return t, most, cap, dt


def model_dict(
    w: np.ndarray,
    b: float,
    lex: dict[str, float],
    setting: Setting,
    on: list[str],
    drop: tuple[np.ndarray, float, dict[str, float]] | None = None,
) -> dict[str, Any]:
    t, most, cap, dt = setting
    out = {
        "about": "logistic regressions over short phrases of cue sentences (added) and over the rules' labels "
        "(dropped); trained by bench/train_topic_model.py on " + ", ".join(on),
        "enabled": most > 0 or dt is not None,
        "threshold": t,
        "max_added": most,
        "max_rules": cap,
        "beyond": BEYOND[0],
        "beyond_max": BEYOND_MAX[0],
        "bias": round(b, 6),
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
        "lexicon": dict(sorted(lex.items())),
    }
    if drop is not None and dt is not None:
        dw, db, dlex = drop
        out["drop"] = {
            "threshold": dt,
            "bias": round(db, 6),
            "features": list(DROP_FEATURES),
            "weights": [round(float(v), 6) for v in dw],
            "lexicon": dict(sorted(dlex.items())),
        }
    return out


def counted(tp: int, pred: int, gold: int) -> dict[str, float]:
    return {
        "gold": gold,
        "pred": pred,
        "tp": tp,
        "P": tp / pred if pred else 0.0,
        "R": tp / gold if gold else 0.0,
        "F1": f1(tp, pred, gold),
    }


def collected(folds: dict[str, Path], sc: ModuleType, cache: str | None) -> dict[str, list[Article]]:
    """Each set's articles; with ``cache``, read from / written to that pickle (the rules must not change between)."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            data: dict[str, list[Article]] = pickle.load(fh)
        for arts in data.values():
            for a in arts:
                groups, a.aliases = a.aliases, sc.Aliases()
                a.aliases.groups = groups
        return {name: data[name] for name in folds}
    data = {name: collect(name, folder, sc) for name, folder in folds.items()}
    if cache:
        for arts in data.values():
            for a in arts:
                a.aliases = a.aliases.groups
        with open(cache, "wb") as fh:
            pickle.dump(data, fh)
        return collected(folds, sc, cache)
    return data


def lofo(args: argparse.Namespace) -> None:
    if len(args.folds) < 3:
        raise SystemExit("lofo needs three sets or more")
    sc = scorer()
    VARIANT[0] = args.variant
    CAP[0] = args.cap
    DROP[0] = not args.no_drop
    BEYOND[0] = args.beyond
    BEYOND_MAX[0] = args.beyond_max
    if args.floor is not None:
        GRID_T[:] = [t for t in GRID_T if t >= args.floor]
    folds = parse_folds(args.folds)
    data = collected(folds, sc, args.cache)
    for name, arts in data.items():
        n = sum(len(a.cands) for a in arts)
        pos = int(sum(a.labels.sum() for a in arts))
        print(
            f"set {name}: {len(arts)} articles, {n} candidates, {pos} match gold, "
            f"{sum(len(a.gold) for a in arts)} gold topics",
            flush=True,
        )
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    table = []
    for left in args.left or folds:
        train = [a for f, arts in data.items() if f != left for a in arts]
        test = data[left]
        w, b, lex = train_model(train, args.l2)
        drop = train_drop(train, args.l2) if DROP[0] else None
        setting = choose_setting(train, args.l2, sc)
        t, most, cap, dt = setting
        path = outdir / f"{left}.json"
        path.write_text(
            json.dumps(model_dict(w, b, lex, setting, [f for f in folds if f != left], drop), indent=1)
        )
        s = margins(test, w, b, lex)
        ds = drop_margins(test, *drop) if drop is not None else None
        rules = counted(*simulated(test, s, t, 0, sc, cap))
        sn = margins(test, w, b, lex, near=True) if BEYOND[0] else None
        model = counted(*simulated(test, s, t, most, sc, cap, ds, dt, sn))
        row: dict[str, Any] = {
            "set": left,
            "t": t,
            "most": most,
            "cap": cap,
            "dt": dt,
            "rules": rules,
            "model": model,
        }
        if not args.simulate:
            row["real_rules"] = run_scorer(folds[left], "--off", script=__file__, category="topics")
            row["real_model"] = run_scorer(
                folds[left], f"--model {shlex.quote(str(path))}", script=__file__, category="topics"
            )
        if args.shipped:  # the model the package ships, on the same candidates (in-sample where it trained)
            m = learned.shipped_model()
            sw = np.array([m.weights.get(k, 0.0) for k in FEATURES])
            ss = margins(test, sw, m.bias, m.lexicon)
            ssn = margins(test, sw, m.bias, m.lexicon, near=True) if m.beyond else None
            BEYOND_MAX[0], kept_max = m.beyond_max, BEYOND_MAX[0]
            most_shipped = m.max_added if m.enabled else 0
            row["shipped"] = counted(
                *simulated(test, ss, m.threshold, most_shipped, sc, m.max_rules, near=ssn)
            )
            BEYOND_MAX[0] = kept_max
        table.append(row)
        print(json.dumps(row), flush=True)
    print()
    print("| left-out set | system | threshold / most / cap / drop | topics P | R | F1 | gold/pred/tp |")
    print("|---|---|---|---|---|---|---|")
    systems = ("rules", *(("shipped",) if args.shipped else ()), "model")
    pooled = {system: [0, 0, 0] for system in systems}
    for row in table:
        for system in systems:
            r = row[system]
            pooled[system] = [
                pooled[system][0] + r["tp"],
                pooled[system][1] + r["pred"],
                pooled[system][2] + r["gold"],
            ]
            drop_shown = "-" if row["dt"] is None else f"{row['dt']:.2f}"
            shown = (
                f"{row['t']:.2f} / {row['most']} / {row['cap']} / {drop_shown}" if system == "model" else ""
            )
            name = {"rules": "rules only", "shipped": "rules + shipped model"}.get(system, "rules + model")
            print(
                f"| {row['set']} | {name} | {shown} | {r['P']:.3f} | {r['R']:.3f} | {r['F1']:.3f} | "
                f"{r['gold']}/{r['pred']}/{r['tp']} |"
            )
    better = sum(row["model"]["F1"] > row["rules"]["F1"] + 1e-9 for row in table)
    worse = sum(row["model"]["F1"] < row["rules"]["F1"] - 1e-9 for row in table)
    for system, (tp, pred, gold) in pooled.items():
        print(
            f"pooled {system}: P {tp / pred:.3f} R {tp / gold:.3f} F1 {f1(tp, pred, gold):.3f} ({gold}/{pred}/{tp})"
        )
    print(f"model better in {better}/{len(table)} sets, worse in {worse}")


def train(args: argparse.Namespace) -> None:
    sc = scorer()
    VARIANT[0] = args.variant
    CAP[0] = args.cap
    DROP[0] = not args.no_drop
    BEYOND[0] = args.beyond
    BEYOND_MAX[0] = args.beyond_max
    if args.floor is not None:
        GRID_T[:] = [t for t in GRID_T if t >= args.floor]
    folds = parse_folds(args.folds)
    arts = [a for arts in collected(folds, sc, args.cache).values() for a in arts]
    w, b, lex = train_model(arts, args.l2)
    drop = train_drop(arts, args.l2) if DROP[0] else None
    t, most, cap, dt = setting = choose_setting(arts, args.l2, sc)
    model = model_dict(w, b, lex, setting, list(folds), drop)
    if args.disabled:
        model["enabled"] = False
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"{k:<16}{v:+.3f}")
    print(f"bias {b:+.3f} threshold {t:+.2f} most {most} cap {cap} drop {dt}; lexicon {len(lex)} words")
    if drop is not None:
        for k, v in sorted(zip(DROP_FEATURES, drop[0], strict=True), key=lambda kv: -abs(kv[1])):
            print(f"drop {k:<16}{v:+.3f}")


def extract_cmd(args: argparse.Namespace) -> None:
    print_extraction(args, extract, learned.load_model)


def _model_options(p: argparse.ArgumentParser) -> None:
    """The options of the model and its candidates that lofo and train share."""
    p.add_argument("--variant", default="union", choices=("union", "all"))
    p.add_argument("--cap", type=int, default=0, help="0: chosen by the inner leave-one-set-out")
    p.add_argument("--no-drop", action="store_true", help="no drop model (the rules' labels all stay)")
    p.add_argument(
        "--beyond",
        default="",
        choices=("", "near", "rule", "lead", "early1", "early2", "early3"),
        help="in the articles at or above the cap, add the candidates of a cheap pass too: near a list cue, in "
        "the sentences of the rules' labels, in the lead sentence, or in the headline and the first N sentences (earlyN)",
    )
    p.add_argument(
        "--beyond-max", type=int, default=1000, help="the cheap pass only below this many rule labels"
    )
    p.add_argument("--cache", help="a pickle of the collected candidates (made if absent)")
    p.add_argument(
        "--floor",
        type=float,
        default=None,
        help="the lowest threshold (logit) the inner cross-validation may pick",
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lofo", help="leave-one-set-out table")
    p.add_argument("--folds", nargs="+", required=True, type=fold, help="NAME=FOLDER[:FIRST-LAST[/STEP]] ...")
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--outdir", default=os.path.join(tempfile.gettempdir(), "topic_model"))
    p.add_argument(
        "--simulate", action="store_true", help="topic figures from the candidates only (no scorer runs)"
    )
    _model_options(p)
    p.add_argument("--left", nargs="*", default=[], help="only these sets left out (default: each in turn)")
    p.add_argument(
        "--shipped",
        action="store_true",
        help="also a row of the model the package ships (its own settings; in-sample on the sets it was trained on)",
    )
    p = sub.add_parser("train", help="train on all the sets given and write the model file")
    p.add_argument("--folds", nargs="+", required=True, type=fold)
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--disabled", action="store_true", help='write "enabled": false (the hook does nothing)')
    _model_options(p)
    p.add_argument("--out", required=True)
    add_extract_parser(sub)
    args = parser.parse_args()
    {"lofo": lofo, "train": train, "extract": extract_cmd}[args.command](args)


if __name__ == "__main__":
    main()

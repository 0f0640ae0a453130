"""Extract the labelled sets in process and score them with the scorer's own matching.

The figures "in process" of bench/README come from these two steps. `predict` extracts every article of
the named sets with `extract_article` (the library call behind `kgpart extract`) and caches each record
beside the paths of its text and gold; `score` reads the cache and prints each set's overall F1 and the
pooled precision, recall and F1 of every category, matched by ../shared/tools/score_extraction.py.
On the same articles this gives the figures of `score_extraction.py --cmd "kgpart extract --format
json"`, about fifty times faster, so a change can be measured on every set in seconds.

Measure a commit, not the working tree others are editing: extract it with `git archive` into a folder
SNAP with ../shared beside it, and run this script with PYTHONPATH=SNAP/src.

Sets (the folds of bench/README): A, C and H of ../shared/corpus/dev, and G1-G13 of bench/genre. Newer
genre articles (g377 on) are held out: no set names them and the script never reads them.

usage: PYTHONPATH=SNAP/src python bench/labelled_sets.py predict LABEL A C H G1 G2 ... G13
       python bench/labelled_sets.py score LABEL A C H G1 G2 ... G13
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
GENRE = ROOT / "bench" / "genre"
CACHE = Path(tempfile.gettempdir()) / "kgpart-labelled"

#: set name -> (folder, name prefix, first, last, step, digits)
SETS: dict[str, tuple[Path, str, int, int, int, int]] = {
    "A": (DEV, "", 1, 39, 2, 3),
    "C": (DEV, "", 2, 38, 4, 3),
    "H": (DEV, "", 4, 40, 4, 3),
    "G1": (GENRE, "g", 1, 16, 1, 2),
    **{
        f"G{k}": (GENRE, "g", first, last, 1, 2)
        for k, (first, last) in enumerate(
            [
                (17, 32),
                (33, 64),
                (65, 88),
                (89, 120),
                (121, 152),
                (153, 184),
                (185, 216),
                (217, 248),
                (249, 280),
                (281, 312),
                (313, 344),
                (345, 376),
            ],
            start=2,
        )
    },
}


def scorer() -> ModuleType:
    tools = ROOT.parent / "shared" / "tools"
    if not (tools / "score_extraction.py").is_file():
        raise SystemExit(
            f"Error: the scorer is not at {tools / 'score_extraction.py'} (../shared beside the repository)"
        )
    sys.path.insert(0, str(tools))
    import score_extraction

    return score_extraction


def articles(name: str) -> Iterator[Path]:
    """The texts of one set that exist, in order."""
    if name not in SETS:
        raise SystemExit(f"Error: no labelled set {name!r}; the sets are {' '.join(SETS)}")
    folder, prefix, first, last, step, digits = SETS[name]
    for i in range(first, last + 1, step):
        text = folder / f"{prefix}{i:0{digits}d}.txt"
        if text.is_file():
            yield text


def predict(label: str, names: list[str], cache: Path) -> None:
    from kgpart.extract import extract_article

    sc = scorer()
    for name in names:
        out = cache / label / name
        out.mkdir(parents=True, exist_ok=True)
        for text in articles(name):
            body, url, published = sc.read_article(text)
            with tempfile.TemporaryDirectory() as tmp:
                article = Path(tmp) / text.name
                article.write_text(body, encoding="utf-8")
                try:
                    record: dict[str, Any] = extract_article(article, url=url, published=published).to_dict()
                except Exception as exc:  # a failure scores as an empty record, as in the scorer
                    record = {"error": repr(exc)}
            entry = {"gold": str(text.with_suffix(".json")), "txt": str(text), "pred": record}
            (out / f"{text.stem}.json").write_text(json.dumps(entry), encoding="utf-8")
        print(f"{name}: extracted into {out}", flush=True)


def load(
    label: str, name: str, cache: Path = CACHE
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any], str]]:
    """(article, gold record, predicted record, text path) of one cached set."""
    folder = cache / label / name
    if not folder.is_dir():
        raise SystemExit(
            f"Error: nothing cached for {label} {name} in {cache}; run `predict {label} {name}` first"
        )
    for path in sorted(folder.glob("*.json")):
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            gold = json.loads(Path(entry["gold"]).read_text(encoding="utf-8"))
            pred, text = entry["pred"], entry["txt"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SystemExit(
                f"Error: {path}: not a record `predict` cached ({exc}); run `predict {label} {name}` again"
            ) from None
        yield path.stem, gold, pred, text


def counts(sc: ModuleType, label: str, names: list[str], cache: Path = CACHE) -> dict[str, list[int]]:
    """Right, predicted and gold items of every category, pooled over the sets."""
    total = {c: [0, 0, 0] for c in sc.CATEGORIES}
    for name in names:
        for _, gold, pred, _ in load(label, name, cache):
            aliases = sc.Aliases()
            sc.register(aliases, gold)
            sc.register(aliases, pred)
            for c in sc.CATEGORIES:
                right, n_pred, n_gold, *_ = sc.score(
                    sc.items(gold, c, aliases), sc.items(pred, c, aliases), aliases
                )
                total[c][0] += right
                total[c][1] += n_pred
                total[c][2] += n_gold
    return total


def prf(right: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 as the scorer gives them (an empty side scores 1.0 when both are empty)."""
    p = right / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = right / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overall(total: dict[str, list[int]]) -> float:
    return sum(prf(*v)[2] for v in total.values()) / len(total)


def score(label: str, names: list[str], cache: Path) -> None:
    sc = scorer()
    print(" ".join(f"{name} {overall(counts(sc, label, [name], cache)):.3f}" for name in names))
    total = counts(sc, label, names, cache)
    print(f"{'category':<14}{'gold':>6}{'pred':>6}{'right':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for c, (right, n_pred, n_gold) in total.items():
        p, r, f = prf(right, n_pred, n_gold)
        print(f"{c:<14}{n_gold:>6}{n_pred:>6}{right:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    print(f"pooled overall {overall(total):.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        prog="labelled_sets.py",
        description=__doc__.split("\n\n")[0],
        epilog=f"Sets: {' '.join(SETS)}. Cache: {CACHE} unless --cache.",
    )
    ap.add_argument("--cache", type=Path, default=CACHE, help="folder of the cached records")
    sub = ap.add_subparsers(dest="command", required=True)
    for command, text in (
        ("predict", "extract the sets' articles and cache the records"),
        ("score", "score a cache"),
    ):
        cmd = sub.add_parser(command, help=text)
        cmd.add_argument("label", help="a name for this run (a commit, a variant)")
        cmd.add_argument("sets", nargs="+", help="set names: A C H G1 ... G12")
    args = ap.parse_args(argv)
    for name in args.sets:
        if name not in SETS:
            ap.error(f"no labelled set {name!r}; the sets are {' '.join(SETS)}")
    (predict if args.command == "predict" else score)(args.label, args.sets, args.cache)


if __name__ == "__main__":
    main()

"""Extract the labelled sets in process and score them with the scorer's own matching.

The figures "in process" of bench/README come from these two steps. `predict` extracts every article of
the named sets with `extract_article` (the library call behind `kgpart extract`) and caches each record
beside the paths of its text and gold; `score` reads the cache and prints each set's overall F1 and the
pooled precision, recall and F1 of every category, matched by ../shared/tools/score_extraction.py.
On the same articles this gives the figures of `score_extraction.py --cmd "kgpart extract --format
json"`, about fifty times faster, so a change can be measured on every set in seconds.

Measure a commit, not the working tree others are editing: extract it with `git archive` into a folder
SNAP with ../shared beside it, and run this script with PYTHONPATH=SNAP/src.

Sets (the folds of bench/README): A, C and H of ../shared/corpus/dev, and G1, G2 ... of bench/genre
(GENRE_SETS). The genre set after them is held out (HELD_OUT, its articles from HELD_OUT_FIRST on): no set names
it, and this script and every diagnostic refuse it before reading anything, with the functions below.

This module is also the one place the diagnostics (bench/diag_*.py) take the boundary and the reading from:
SETS and DEV_SETS, `set_name` and `fold` (argparse types refusing the held-out set), `refuse_held_out_articles`,
`load` (a cached set's records), `gold_of` and `extract` (an article's gold and our record of it). Moving the
boundary at a session's start is one line: the held-out set's range added to GENRE_SETS.

usage: PYTHONPATH=SNAP/src python bench/labelled_sets.py predict LABEL A C H G1 G2 ...
       python bench/labelled_sets.py score LABEL A C H G1 G2 ...
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
GENRE = ROOT / "bench" / "genre"
CACHE = Path(tempfile.gettempdir()) / "kgpart-labelled"

#: the genre sets G1, G2 ... of bench/genre in order, the first and last article of each. The set after the last
#: is held out (HELD_OUT): no script reads it. Moving the boundary is adding the held-out set's range here.
GENRE_SETS: list[tuple[int, int]] = [
    (1, 16),
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
    (377, 408),
    (409, 440),
]
#: the held-out set, the genre set after the last of GENRE_SETS, and its first article (every article from it on)
HELD_OUT = f"G{len(GENRE_SETS) + 1}"
HELD_OUT_FIRST = GENRE_SETS[-1][1] + 1

#: set name -> (folder, name prefix, first, last, step, digits)
SETS: dict[str, tuple[Path, str, int, int, int, int]] = {
    "A": (DEV, "", 1, 39, 2, 3),
    "C": (DEV, "", 2, 38, 4, 3),
    "H": (DEV, "", 4, 40, 4, 3),
    **{f"G{k}": (GENRE, "g", first, last, 1, 2) for k, (first, last) in enumerate(GENRE_SETS, start=1)},
}
#: the development sets, which a diagnostic may list article by article; the others are training sets: counts only
DEV_SETS = ("A", "C", "H", "G1")


def reaches_held_out(arg: str) -> bool:
    """Whether a set name or a fold (NAME=FOLDER[:FIRST-LAST[/STEP]], as train_pair_model.parse_folds takes it)
    may reach the held-out set: its name or a later set's (any case), a genre article number from HELD_OUT_FIRST
    on in a name, or a fold of bench/genre whose range is missing or ends at HELD_OUT_FIRST or later."""
    name, is_fold, where = arg.partition("=")
    number = re.fullmatch(r"[Gg](\d+)", name.strip())
    if number and int(number[1]) >= len(GENRE_SETS) + 1:
        return True
    if not is_fold:
        return any(int(n) >= HELD_OUT_FIRST for n in re.findall(r"g(\d+)", arg))
    last = re.search(r"g(\d+)(?:/\d+)?$", where)
    return "genre" in where and (last is None or int(last[1]) >= HELD_OUT_FIRST)


def _refusal(what: str) -> str:
    return f"refused: {what} reaches the held-out set {HELD_OUT} (g{HELD_OUT_FIRST} on)"


def set_name(name: str) -> str:
    """An argparse type: a name of SETS; the held-out set, or a name reaching it, is refused (exit 2)."""
    if reaches_held_out(name):
        raise argparse.ArgumentTypeError(_refusal(name))
    if name not in SETS:
        raise argparse.ArgumentTypeError(f"no labelled set {name!r}; the sets are {' '.join(SETS)}")
    return name


def fold(spec: str) -> str:
    """An argparse type: a fold NAME=FOLDER[:FIRST-LAST[/STEP]] that cannot reach the held-out set (else exit 2),
    checked before train_pair_model.parse_folds links or lists any folder."""
    if reaches_held_out(spec):
        raise argparse.ArgumentTypeError(f"{_refusal(spec)}; give a range up to g{HELD_OUT_FIRST - 1}")
    return spec


def refuse(what: str) -> NoReturn:
    """Stop with exit 2 and one line naming the held-out set."""
    print(f"Error: {_refusal(what)}", file=sys.stderr)
    raise SystemExit(2)


def refuse_held_out_articles(folders: Iterable[Path]) -> None:
    """Refuse (exit 2) folders that list a genre article from HELD_OUT_FIRST on; only names are looked at."""
    for folder in folders:
        for txt in folder.glob("*.txt"):
            number = re.fullmatch(r"g(\d+)\.txt", txt.name)
            if number and int(number[1]) >= HELD_OUT_FIRST:
                refuse(f"{folder} (it holds {txt.name})")


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
    if reaches_held_out(name):
        refuse(name)
    if name not in SETS:
        raise SystemExit(f"Error: no labelled set {name!r}; the sets are {' '.join(SETS)}")
    folder, prefix, first, last, step, digits = SETS[name]
    for i in range(first, last + 1, step):
        text = folder / f"{prefix}{i:0{digits}d}.txt"
        if text.is_file():
            yield text


def gold_of(text: Path) -> dict[str, Any]:
    """The gold record beside an article's text (NAME.json beside NAME.txt)."""
    return json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))


def extract(sc: ModuleType, text: Path) -> tuple[str, dict[str, Any]]:
    """An article's body and our record of it, extracted in this process (the kgpart on PYTHONPATH) as the scorer
    feeds it: its body alone, in a file of its name; a failure gives {"error": ...}, scored as an empty record."""
    from kgpart.extract import extract_article

    body, url, published = sc.read_article(text)
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / text.name
        article.write_text(body, encoding="utf-8")
        try:
            record: dict[str, Any] = extract_article(article, url=url, published=published).to_dict()
        except Exception as exc:  # a failure scores as an empty record, as in the scorer
            record = {"error": repr(exc)}
    return body, record


def predict(label: str, names: list[str], cache: Path) -> None:
    sc = scorer()
    for name in names:
        out = cache / label / name
        out.mkdir(parents=True, exist_ok=True)
        for text in articles(name):
            record = extract(sc, text)[1]
            entry = {"gold": str(text.with_suffix(".json")), "txt": str(text), "pred": record}
            (out / f"{text.stem}.json").write_text(json.dumps(entry), encoding="utf-8")
        print(f"{name}: extracted into {out}", flush=True)


def load(
    label: str, name: str, cache: Path = CACHE
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any], str]]:
    """(article, gold record, predicted record, text path) of one cached set."""
    if reaches_held_out(name):
        refuse(name)
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


def matched(
    sc: ModuleType, gold: dict[str, Any], pred: dict[str, Any], category: str
) -> tuple[Any, dict[int, int]]:
    """The scorer's greedy matching of one record's ``category`` (each gold item in the gold's order takes the first
    free predicted item it matches): the aliases of the two records, and predicted index -> gold index of the
    items of ``sc.items``."""
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, pred)
    pred_items = sc.items(pred, category, aliases)
    used: dict[int, int] = {}
    for g_index, g in enumerate(sc.items(gold, category, aliases)):
        hit = next((i for i, p in enumerate(pred_items) if i not in used and sc.match(g, p, aliases)), None)
        if hit is not None:
            used[hit] = g_index
    return aliases, used


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
        epilog=f"Sets: {' '.join(SETS)}; {HELD_OUT} is held out. Cache: {CACHE} unless --cache.",
    )
    ap.add_argument("--cache", type=Path, default=CACHE, help="folder of the cached records")
    sub = ap.add_subparsers(dest="command", required=True)
    for command, text in (
        ("predict", "extract the sets' articles and cache the records"),
        ("score", "score a cache"),
    ):
        cmd = sub.add_parser(command, help=text)
        cmd.add_argument("label", help="a name for this run (a commit, a variant)")
        cmd.add_argument("sets", nargs="+", type=set_name, help=f"set names: {' '.join(SETS)}")
    args = ap.parse_args(argv)
    (predict if args.command == "predict" else score)(args.label, args.sets, args.cache)


if __name__ == "__main__":
    main()

"""Instructions per article of the English extractor, counted by valgrind (callgrind): a load-proof speed figure.

bench_extract.py times the extractor by the clock, and on a shared host its figure moves by several per cent
from run to run. The number of machine instructions a pass executes does not depend on the load, so it tells
a change of 1 % apart. This script runs, for each TREE, a child Python under
`valgrind --tool=callgrind` that imports kgpart from TREE/src, warms on 10 texts and then makes N passes over
bench_extract.py's 50 generated ~3 KB texts (the texts of its "generated ~3 KB" line, made by this folder's
bench_extract.py, so every tree reads the same ones). It runs once with N passes and once with none; the
difference divided by N is the cost of one pass (start-up, imports and warm-up cancel), and divided by the
50 texts, the instructions per article. With two or more trees it prints each tree's ratio to the first.

A TREE is a folder holding src/kgpart (a `git archive` snapshot, or the repository itself), or a git
revision of this repository (archived into a temporary folder, which is removed afterwards).
PYTHONHASHSEED is fixed (0 by default) so that set and dict orders, and so the instructions, repeat.

    python bench/bench_extract_instructions.py .                     # the working tree's src
    python bench/bench_extract_instructions.py 318ad06 HEAD          # two commits, and their ratio
    python bench/bench_extract_instructions.py /tmp/a /tmp/b --passes 2

Each tree takes about two minutes of one core (valgrind runs Python ~50 times slower). The figure is
deterministic on one host and Python build, not across them: compare trees measured by the same run.

Caution (session 18): the count also depends on where the tree lies. The same src read 90.11 M instructions per
article in /tmp/speed18/e5 and 87.65 M as a revision (archived under /tmp/kgpart-trees-*/COMMIT), with identical
records. Compare trees of one kind: revisions with revisions, or folders side by side with names of one length
(/tmp/X/old, /tmp/X/new); and read a difference under ~1 % with the regex census or timings beside it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent

#: the articles of one pass: bench_extract.py's "generated ~3 KB" set (random.Random(7), 50 texts)
ARTICLES = 50


def _pass_texts() -> list[str]:
    """bench_extract.py's 50 generated texts of ~3 KB, made as its main() makes them."""
    import random

    sys.path.insert(0, str(BENCH))
    from bench_extract import generated_article

    rng = random.Random(7)
    return [generated_article(rng) for _ in range(ARTICLES)]


def _worker(passes: int) -> None:
    """Child of valgrind: warm on 10 texts, then ``passes`` passes over the 50 texts."""
    import kgpart
    from kgpart.extract import extract_text

    src = os.environ.get("PYTHONPATH", "")
    if not src or not Path(kgpart.__file__).resolve().is_relative_to(Path(src).resolve()):
        raise SystemExit(f"Error: kgpart was imported from {kgpart.__file__}, not from {src}")
    texts = _pass_texts()
    for text in texts[:10]:
        extract_text(text)
    for _ in range(passes):
        for text in texts:
            extract_text(text)


def _compile_once(src: Path, seed: str) -> None:
    """Run the child once without valgrind, so that the tree's modules are compiled (__pycache__) before the counts:
    else the run without passes may compile them and the one with passes not."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED=seed)
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", "0"]
    run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"Error: the extractor of {src} did not start:\n{run.stderr[-2000:]}")


def _instructions(src: Path, passes: int, valgrind: str, seed: str) -> int:
    """Instructions (callgrind's Ir) of a child that imports kgpart from ``src`` and makes ``passes`` passes."""
    with tempfile.TemporaryDirectory(prefix="kgpart-ir-") as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED=seed)
        command = [
            valgrind,
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--worker",
            str(passes),
        ]
        run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            raise SystemExit(f"Error: valgrind on {src} ended with {run.returncode}:\n{run.stderr[-2000:]}")
        for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("totals:", "summary:")):
                return int(line.split()[1])
    found = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if not found:
        raise SystemExit(f"Error: no instruction count in valgrind's output for {src}")
    return int(found.group(1))


def _tree(name: str, tmp: Path) -> tuple[Path, str]:
    """The src folder of TREE ``name`` (a folder or a git revision) and how to print it."""
    folder = Path(name)
    if (folder / "src" / "kgpart").is_dir():
        return (folder / "src").resolve(), name
    rev = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", f"{name}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if rev.returncode != 0:
        raise SystemExit(f"Error: {name}: neither a folder with src/kgpart nor a git revision")
    commit = rev.stdout.strip()
    snap = tmp / commit
    snap.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "src"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(snap)], input=archive.stdout, check=True)
    return snap / "src", f"{name} ({commit})" if commit != name else name


def main() -> None:
    """Print the instructions per pass and per article of each tree, and the ratio to the first."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "trees", nargs="*", metavar="TREE", help="a folder with src/kgpart, or a git revision"
    )
    parser.add_argument(
        "--passes", type=int, default=2, metavar="N", help="passes over the 50 texts (default 2)"
    )
    parser.add_argument("--seed", default="0", help="PYTHONHASHSEED of the child (default 0)")
    parser.add_argument("--valgrind", default="valgrind", help="the valgrind program (default: valgrind)")
    parser.add_argument("--worker", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        _worker(args.worker)
        return
    if not args.trees:
        parser.error(
            "name at least one TREE (a folder with src/kgpart, or a git revision; '.' is this repository)"
        )
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    valgrind = shutil.which(args.valgrind)
    if valgrind is None:
        raise SystemExit(f"Error: {args.valgrind} not found (install valgrind)")
    first = None
    with tempfile.TemporaryDirectory(prefix="kgpart-trees-") as tmp:
        trees = [_tree(name, Path(tmp)) for name in args.trees]  # every name checked before valgrind runs
        print(
            f"callgrind Ir, PYTHONHASHSEED={args.seed}, {args.passes} pass(es) of {ARTICLES} generated ~3 KB texts"
        )
        print(f"{'tree':<40}{'Ir per pass':>16}{'Ir per article':>16}{'ratio':>8}")
        for src, label in trees:
            _compile_once(src, args.seed)
            base = _instructions(src, 0, valgrind, args.seed)
            total = _instructions(src, args.passes, valgrind, args.seed)
            per_pass = (total - base) / args.passes
            first = first or per_pass
            print(
                f"{label:<40}{per_pass:>16,.0f}{per_pass / ARTICLES:>16,.0f}{per_pass / first:>8.4f}",
                flush=True,
            )


if __name__ == "__main__":
    main()

"""Run every benchmark of kgpart: ``make bench`` (``python bench/run.py``).

The storage benchmark (bench_store.py) takes the options below; the others (bench_extract.py,
bench_viz.py, and any other ``bench_*.py`` beside this file) run after it with their defaults.

    python bench/run.py [--sizes 10000,100000] [--repeats 3] [--timeout 60] [--disk] [--only store]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run the storage benchmark with the given options, then every other bench_*.py."""
    parser = argparse.ArgumentParser(description="kgpart benchmarks")
    parser.add_argument("--only", help="run just this one (store, extract, viz, ...)")
    known, rest = parser.parse_known_args()
    status = 0
    for script in sorted(HERE.glob("bench_*.py"), key=lambda p: (p.name != "bench_store.py", p.name)):
        name = script.stem.removeprefix("bench_")
        if known.only and name != known.only:
            continue
        args = rest if name == "store" else []
        print(f"\n## {name}\n", flush=True)
        status |= subprocess.run([sys.executable, str(script), *args], check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())

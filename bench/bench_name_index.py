"""Benchmark: finding the batch gazetteer's entries named in an article, by the index
(``kgpart.ingest.name_index.NameIndex``) and by a walk of every name, side by side.

An ingest hands the extractor the gazetteer's entries named in each article. The batch part of
the gazetteer grows with every article (a news agency's year adds tens of thousands of people
and organisations), so a walk makes a batch cost the square of its size. Entities here are
invented names of 1-4 words and 0-2 aliases, a few of them written in the article, as in a
real batch; the article is a generated one of ~3 KB (``bench_extract.generated_article``).

    python bench/bench_name_index.py [--entities 100 1000 10000 100000] [--repeats 20]
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_extract import generated_article

from kgpart.extract.record import KnownEntity
from kgpart.ingest.name_index import NameIndex, named_in


def invented_entities(count: int, text: str, rng: random.Random) -> list[KnownEntity]:
    """``count`` entities; about one in 200 is named by two words of ``text``."""
    words = text.split()

    def name() -> str:
        return " ".join(
            "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(4, 9)))
            for _ in range(rng.randint(1, 4))
        )

    entities = []
    for _ in range(count):
        start = rng.randrange(len(words) - 2)
        main = " ".join(words[start : start + 2]) if rng.random() < 0.005 else name()
        entities.append(KnownEntity(main, tuple(name() for _ in range(rng.randint(0, 2)))))
    return entities


def cpu_ms(find: Callable[[str], list[KnownEntity]], text: str, repeats: int) -> float:
    start = time.process_time()
    for _ in range(repeats):
        find(text)
    return 1000 * (time.process_time() - start) / repeats


def _positive(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entities", type=_positive, nargs="+", default=[100, 1000, 10000, 100000])
    parser.add_argument("--repeats", type=_positive, default=20)
    args = parser.parse_args()
    rng = random.Random(7)
    text = generated_article(rng)
    print(f"an article of {len(text)} characters; CPU ms per article, the mean of {args.repeats} runs")
    print(f"{'entities':>10}{'named':>7}{'index ms':>10}{'walk ms':>10}{'walk/index':>12}")
    for count in args.entities:
        known = invented_entities(count, text, rng)
        index = NameIndex(known)
        found = index.named_in(text)
        if found != named_in(known, text):
            raise SystemExit("the index and the walk disagree")
        by_index = cpu_ms(index.named_in, text, args.repeats)
        by_walk = cpu_ms(partial(named_in, known), text, args.repeats)
        print(
            f"{count:>10}{len(found):>7}{by_index:>10.3f}{by_walk:>10.3f}{by_walk / max(by_index, 1e-6):>12.1f}"
        )


if __name__ == "__main__":
    main()

"""Extraction stays linear on hostile repetition (issue 17 item 15).

An article repeating one name 100,000 times (1.9 MB, under the 5 MB limit) took six minutes to
ingest: ``persons._runs`` tested every word against every organisation span of its sentence.
The check counts operations (span reads), not seconds, so a busy machine cannot fail it.
"""

from __future__ import annotations

from collections.abc import Iterator

from kgpart.extract.persons import _runs
from kgpart.extract.tokens import tokenize


class CountedSpans(list[tuple[int, int]]):
    """Organisation spans that count how many times one of them is read."""

    reads = 0

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for span in super().__iter__():
            CountedSpans.reads += 1
            yield span


def span_reads(repetitions: int) -> int:
    """Span reads of ``_runs`` on a sentence of one university name said ``repetitions`` times,
    every one of them an organisation (as the extractor finds it)."""
    name = "Harbour University "
    text = "Ambassador Aida Serikova met " + name * repetitions
    start = len("Ambassador Aida Serikova met ")
    spans = CountedSpans((start + k * len(name), start + (k + 1) * len(name) - 1) for k in range(repetitions))
    CountedSpans.reads = 0
    runs = _runs(tokenize(text), spans)
    assert runs == [(1, 3)]  # the ambassador; every university word is inside an organisation
    return CountedSpans.reads


def test_person_runs_are_linear_in_the_repetitions() -> None:
    small, large = span_reads(1_000), span_reads(4_000)
    assert large <= 6 * small, f"{small} span reads at 1,000 repetitions, {large} at 4,000 (4x is linear)"

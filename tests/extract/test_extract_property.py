"""Property tests: the extractor never crashes on arbitrary text and keeps its fixed shape."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kgpart.extract import Record, extract_text
from kgpart.extract.numbers import parse_number

KEYS = {"persons", "organizations", "meetings", "partnerships", "programmes", "cohorts", "topics"}
WORDS = st.sampled_from(
    [
        "Rector",
        "of",
        "Ghent",
        "University",
        "(UGhent)",
        "Ambassador",
        "Kazakhstan",
        "to",
        "Belgium",
        "met",
        "with",
        "11",
        "eight",
        "students",
        "from",
        "are",
        "studying",
        "at",
        "the",
        "Faculty",
        "UGhent’s",
        ",",
        ".",
        "and",
        "cooperates",
        "between",
        "double-degree",
        "programme",
        "on",
        "Monday",
        "Anna",
        "Berg",
        "\n",
    ]
)
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(
    TEXT,
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1))),
    st.sampled_from(["txt", "md", "html"]),
)
def test_never_crashes_and_keeps_shape(text: str, published: dt.date | None, kind: str) -> None:
    data = extract_text(text, published=published, kind=kind).to_dict()
    assert set(data) >= KEYS
    assert all(isinstance(data[k], list) for k in KEYS)
    assert all(isinstance(t, str) for t in data["topics"])
    for cohort in data["cohorts"]:
        assert isinstance(cohort["count"], int)
    json.dumps(data)
    assert Record.from_dict(data).to_dict() == data


@given(st.integers(min_value=0, max_value=10**7))
def test_digit_numbers_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n

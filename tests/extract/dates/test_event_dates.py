"""Which date of a sentence is its event's: sentences written for these tests (issue #11, item 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import extract_text
from kgpart.extract.dates import find_date

#: A Thursday.
_PUBLISHED = dt.date(2023, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the dateline's date is the report's, not the event's
        (
            "SEOUL, May 11 - The Consul of Chile visited Yonsei University on 8th May and met students.",
            "2023-05-08",
        ),
        ("2023-05-11 ACCRA, May 10 – The Dean of Law met the envoy on 9 May.", "2023-05-09"),
        # a date that bounds a span is no event's date when another one is there
        ("The two colleges, partners since 12 March 2015, signed a new plan on 3 May.", "2023-05-03"),
        ("The visitors, in Lima until 20 May, met the rector on 2 May.", "2023-05-02"),
        # the date after "on" beats a date said in passing
        ("The guests, who arrived on Sunday, met the rector on 9 May.", "2023-05-09"),
        ("A treaty of 14 June 2010 was recalled when the sides met on 4 May.", "2023-05-04"),
        # the date that opens the sentence is its main clause's
        ("On Monday, the rector, who signed the deal on 12 March 2019, met the ambassador.", "2023-05-08"),
        ("Today, June 6, 2022, the ambassador gave a lecture at the university.", "2022-06-06"),
        ("On December 3, 2019 the Consul General paid a visit to the university.", "2019-12-03"),
        # the forms of a date of the genre
        ("The ambassador met the rector on 5th May.", "2023-05-05"),
        ("The ambassador met the rector on Wednesday.", "2023-05-10"),
        ("The ambassador met the rector last week.", "2023-05-04"),
        ("The ambassador met the rector on the 2nd of May.", "2023-05-02"),
        ("The ambassador met the rector on Nov. 21, 2022.", "2022-11-21"),
        ("The ambassador met the rector on 03.05.2023.", "2023-05-03"),
    ],
)
def test_the_event_date_of_a_sentence(sentence: str, date: str) -> None:
    found = find_date(sentence, _PUBLISHED)
    assert found is not None and found.isoformat() == date


def test_a_weekday_counts_from_the_datelines_day() -> None:
    sentence = "NAIROBI, 12 March 2024 – The envoy met the rector on Monday."
    assert find_date(sentence, dt.date(2024, 5, 9)) == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "RIGA, May 9 - The Consul General of Peru in Lyon Jorge Vargas visited the University of Latvia "
            "on 5th May and was welcomed by Rector Anna Berg.",
            "2024-05-05",
        ),
        (
            "Ambassador of Chile to Kenya Pablo Rojas, whose embassy has hosted interns since 2 February, "
            "met the Rector of the University of Nairobi on 4 March.",
            "2024-03-04",
        ),
    ],
)
def test_a_meeting_takes_the_date_it_took_place_on(text: str, date: str) -> None:
    record = extract_text(text, published="2024-05-09")
    assert [m.date for m in record.meetings] == [date]

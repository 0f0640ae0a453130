"""A visit's report names its source after the hosts: the source is no second host (it crashed the
split of tours). Texts are our own."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, Kazakh Ambassador Aidar Bekov visited the University of Debrecen, the press service of "
        "the Ministry of Foreign Affairs of Kazakhstan reported.",
        "Ambassador Aidar Bekov visited the University of Debrecen on 3 May, according to the Ministry of "
        "Foreign Affairs of Kazakhstan.",
        "Ambassador Lena Ortiz of Chile toured Tsinghua University on Monday, the press service of the "
        "Ministry of Education of Chile reported.",
    ],
)
def test_the_source_of_a_visit_report_is_no_second_host(sentence: str) -> None:
    record = extract_text(
        f"Envoy visits a university\n\n{sentence} He met the rector. They discussed exchanges."
    )
    (meeting,) = record.meetings
    assert not any("Ministry" in party for party in meeting.organizations)
    assert any("University" in party for party in meeting.organizations)

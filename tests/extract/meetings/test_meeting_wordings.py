"""Meetings and visits in the genre's wordings: sentences written for these tests (issue #11)."""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import meeting_tuples

_meetings = partial(meeting_tuples, published="2024-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador of Chile to Poland Pablo Rojas has visited the Jagiellonian University in Krakow today.",
        "On 3 May a meeting was held with Ambassador of Chile to Poland Pablo Rojas at the Jagiellonian University.",
        "Ambassador of Chile to Poland Pablo Rojas toured the Jagiellonian University on Friday.",
        "The Jagiellonian University hosted a delegation led by Ambassador of Chile to Poland Pablo Rojas.",
    ],
)
def test_a_visit_is_a_meeting_of_the_visitor_and_the_host(text: str) -> None:
    found = _meetings(text)
    assert found and "Pablo Rojas" in found[0][0] and "Jagiellonian University" in found[0][1]


def test_a_title_with_initials_keeps_the_whole_organisation() -> None:
    text = (
        "At the meeting, Anna Berg, Rector of the S.T.Seifullin Agrotechnical University, greeted the guests."
    )
    person = extract_text(text).persons[0]
    assert person.affiliation == "S.T.Seifullin Agrotechnical University"


_MET = "Ambassador of Chile to Poland Pablo Rojas met the Rector of the Jagiellonian University Jan Nowak"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (f"On 5th May {_MET}.", "2024-05-05"),
        (f"{_MET} on Wednesday.", "2024-05-08"),
        (f"On December 3, 2019 {_MET}.", "2019-12-03"),
        (f"{_MET} on the 5th of May.", "2024-05-05"),
        (f"{_MET} on 12.03.2024.", "2024-03-12"),
        (f"The meeting took place on 5 May. {_MET}.", "2024-05-05"),
        (f"{_MET}. The visit took place on Tuesday.", "2024-05-07"),
        (f"{_MET}.", None),
        # published on Friday 10 May 2024: "last Friday" is the week before, "on Friday" that day
        (f"{_MET} last Friday.", "2024-05-03"),
        (f"{_MET} on Friday.", "2024-05-10"),
        (f"{_MET} last Monday.", "2024-05-06"),
    ],
)
def test_a_meeting_date_is_the_texts_resolved_against_publication(text: str, date: str | None) -> None:
    assert _meetings(text)[0][2] == date


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Ambassador of the UAE to Poland Omar Saif visited the University of Warsaw.",
            "United Arab Emirates",
        ),
        ("Ambassador of Türkiye to Japan Emre Kaya visited Tokyo University.", "Turkey"),
        ("Ambassador of Iran to Germany Reza Ahmadi visited the Free University of Berlin.", "Iran"),
        ("Ambassador of Russia to Poland Ivan Sokolov visited the University of Warsaw.", "Russia"),
    ],
)
def test_common_country_names_make_the_embassy_country(text: str, country: str) -> None:
    record = extract_text(text)
    assert [o.country for o in record.organizations if o.type == "Embassy"] == [country]
    assert {o.country for o in record.organizations if o.type == "University"} <= {
        "Poland",
        "Japan",
        "Germany",
    }


def test_a_later_meeting_with_someone_new_is_a_meeting_of_its_own() -> None:
    text = (
        "Ambassador of Chile to Poland Pablo Rojas met with the Mayor of Krakow Jan Nowak. "
        "The next day, the Ambassador met with the Rector of the Jagiellonian University Piotr Kowal."
    )
    found = _meetings(text)
    assert (
        ["Pablo Rojas", "Piotr Kowal"],
        ["Embassy of Chile in Poland", "Jagiellonian University"],
        None,
    ) in found


def test_the_main_meeting_told_again_is_not_a_second_meeting() -> None:
    text = (
        "Ambassador of Chile to Poland Pablo Rojas met with the Rector of the Jagiellonian University Piotr Kowal. "
        "When Pablo Rojas met Piotr Kowal, they spoke about science."
    )
    assert len(_meetings(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Ambassador of Chile to Poland Pablo Rojas and the Rector of the Jagiellonian "
        "University Piotr Kowal took place in Krakow.",
        "Ambassador of Chile to Poland Pablo Rojas had talks with the Rector of the Jagiellonian University "
        "Piotr Kowal.",
        "Ambassador of Chile to Poland Pablo Rojas held a videoconference with the Jagiellonian University.",
    ],
)
def test_more_wordings_of_a_meeting(text: str) -> None:
    found = _meetings(text)
    assert found and "Pablo Rojas" in found[0][0] and "Jagiellonian University" in found[0][1]

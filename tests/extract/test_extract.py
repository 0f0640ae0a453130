"""Tests of the article extractor on small hand-written articles (tests/data/articles)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kgpart.extract import KnownEntity, Record, extract_article, extract_text

ARTICLES = Path(__file__).parent.parent / "data" / "articles"
PUBLISHED = dt.date(2024, 3, 7)  # a Thursday


def _read(name: str) -> dict:
    return extract_article(ARTICLES / name, published=PUBLISHED).to_dict()


def _org(rec: dict, name: str) -> dict:
    return next(o for o in rec["organizations"] if o["name"] == name)


def _person(rec: dict, name: str) -> dict:
    return next(p for p in rec["persons"] if p["name"] == name)


def test_ambassador_title_and_embassy_inference() -> None:
    rec = _read("ambassador_meeting.txt")
    envoy = _person(rec, "Aliya Sarsenova")
    assert envoy["role"] == "Ambassador of Kazakhstan to Belgium"
    assert envoy["affiliation"] == "Embassy of Kazakhstan in Belgium"
    embassy = _org(rec, "Embassy of Kazakhstan in Belgium")
    assert (embassy["type"], embassy["country"]) == ("Embassy", "Kazakhstan")


def test_rector_of_org_with_acronym() -> None:
    rec = _read("ambassador_meeting.txt")
    assert _person(rec, "Marc Dubois")["affiliation"] == "Ghent University"
    assert _org(rec, "Ghent University")["aliases"] == ["UGhent"]


def test_possessive_acronym_gives_part_of() -> None:
    rec = _read("ambassador_meeting.txt")
    faculty = _org(rec, "Faculty of Bioscience Engineering")
    assert (faculty["type"], faculty["part_of"]) == ("Faculty", "Ghent University")
    # a faculty's partnership is its university's
    assert rec["partnerships"][0]["between"] == ["Karaganda Technical University", "Ghent University"]


def test_meeting_with_relative_date() -> None:
    rec = _read("ambassador_meeting.txt")
    (meeting,) = rec["meetings"]
    assert meeting["participants"] == ["Aliya Sarsenova", "Marc Dubois"]
    assert set(meeting["organizations"]) == {"Embassy of Kazakhstan in Belgium", "Ghent University"}
    assert meeting["date"] == "2024-03-04"  # "on Monday" before Thursday 7 March


def test_cohort_from_country_at_org() -> None:
    rec = _read("ambassador_meeting.txt")
    assert rec["cohorts"][0] | {"evidence": None} == {
        "count": 11,
        "who": "students",
        "at": "Ghent University",
        "from_country": "Kazakhstan",
        "status": "studying",
        "evidence": None,
    }


def test_topics_from_gazetteer() -> None:
    topics = _read("ambassador_meeting.txt")["topics"]
    assert {"academic mobility", "joint research", "agricultural sciences"} <= set(topics)
    assert any("co-supervision" in t for t in topics)


def test_name_comma_vice_rector_and_honorific_alias() -> None:
    rec = _read("vice_rector.md")
    vice = _person(rec, "Tomas Petrauskas")
    assert vice["role"] == "Vice-Rector of Vytautas Magnus University"
    assert vice["affiliation"] == "Vytautas Magnus University"
    assert "Dr. Ruta Kairiene" in _person(rec, "Ruta Kairiene")["aliases"]


def test_coordinated_list_of_partners() -> None:
    rec = _read("vice_rector.md")
    pairs = [tuple(p["between"]) for p in rec["partnerships"] if p["status"] == "existing"]
    assert pairs == [
        ("Vytautas Magnus University", x)
        for x in ("Riga Technical University", "Tallinn University", "University of Tartu")
    ]


def test_memorandum_signed_between() -> None:
    rec = _read("vice_rector.md")
    signed = [p for p in rec["partnerships"] if p["status"] == "agreed"]
    assert [(p["between"], p["kind"]) for p in signed] == [
        (["Vytautas Magnus University", "Kaunas University of Technology"], "MoU")
    ]


def test_markdown_title_and_today() -> None:
    rec = _read("vice_rector.md")
    assert rec["source"]["title"] == "Lithuanian delegation at Vilnius University"
    assert rec["meetings"][0]["date"] == "2024-03-07"


def test_double_degree_programme_in_html() -> None:
    rec = _read("double_degree.html")
    prog = rec["programmes"][0]
    assert prog["kind"] == "double-degree"
    assert prog["partners"] == ["Astana Business University", "Antwerp Management School"]
    assert prog["participants"] == {"count": 12, "who": "master's students"}
    assert rec["partnerships"][0]["kind"] == "double-degree"


def test_html_markup_never_reaches_record() -> None:
    rec = _read("double_degree.html")
    text = json.dumps(rec)
    for junk in ("Evil Script", "alert", "color: red", "Navigation University", "Footer Institute", "<p>"):
        assert junk not in text
    assert rec["source"]["title"] == "New double degree with Antwerp"


def test_internship_cohort_with_demonym_and_word_number() -> None:
    rec = _read("double_degree.html")
    cohort = rec["cohorts"][0]
    assert (cohort["count"], cohort["from_country"], cohort["status"]) == (8, "Belgium", "completed")
    assert rec["programmes"][1]["kind"] == "internship"


def test_received_delegation_and_cohort() -> None:
    rec = _read("received.txt")
    assert _person(rec, "Chen Wei")["affiliation"] == "Harbin Institute of Technology"
    assert rec["meetings"][0]["participants"] == ["Bakyt Osmonov", "Chen Wei"]
    assert rec["cohorts"][0]["count"] == 250
    assert rec["cohorts"][0]["from_country"] == "Kyrgyzstan"


def test_evidence_spans_point_into_plain_text() -> None:
    text = (ARTICLES / "received.txt").read_text(encoding="utf-8").strip()
    rec = extract_text(text, published=PUBLISHED).to_dict()
    for item in rec["persons"] + rec["organizations"] + rec["cohorts"]:
        ev = item["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["sentence"]


def test_known_entities_are_recognised() -> None:
    known = [
        KnownEntity("Nazarbayev University", aliases=("NU Astana",), type="University", country="Kazakhstan")
    ]
    rec = extract_text("A delegation from NU Astana came to talk about robotics.", known=known)
    org = rec.organizations[0]
    assert (org.name, org.country, org.type) == ("Nazarbayev University", "Kazakhstan", "University")
    assert "NU Astana" in org.aliases


def test_known_persons_are_recognised() -> None:
    known = [KnownEntity("Aigerim Nurlanova", aliases=("A. Nurlanova",), kind="person")]
    rec = extract_text("A. Nurlanova visited Ghent University on Friday.", known=known)
    assert [p.name for p in rec.persons] == ["Aigerim Nurlanova"]


def test_record_round_trip() -> None:
    rec = extract_article(ARTICLES / "ambassador_meeting.txt", published=PUBLISHED)
    again = Record.from_dict(json.loads(json.dumps(rec.to_dict())))
    assert again.to_dict() == rec.to_dict()


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"persons": [{"role": "Rector"}]}, "persons[0].name"),
        ({"organizations": [{"name": "X", "type": "Castle"}]}, "organizations[0].type"),
        ({"cohorts": [{"count": "eight"}]}, "cohorts[0].count"),
        ({"topics": None}, "topics"),
    ],
)
def test_from_dict_names_the_bad_field(patch: dict, field: str) -> None:
    data = Record().to_dict() | patch
    with pytest.raises(ValueError, match=field.replace("[", r"\[").replace("]", r"\]")):
        Record.from_dict(data)


def test_published_string_and_url_go_to_source() -> None:
    rec = extract_text(
        "Rector Anna Berg of Oslo Metropolitan University spoke.",
        url="https://x.test/a",
        published="2024-01-02",
    )
    assert rec.to_dict()["source"] == {
        "url": "https://x.test/a",
        "published": "2024-01-02",
        "title": None,
        "language": "en",
    }

"""A short name named before the full name that adds leading words to it ("Kazakh National
University" ... "Al-Farabi Kazakh National University", "Tomsk State University" ... "National
Research Tomsk State University") is one institution: the full name kept, the short one an alias.
A place's word before it makes another institution ("York University", "New York University")."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Kazakh National University has signed 40 agreements. The rector of Al-Farabi Kazakh National "
            "University met the delegation.",
            "Al-Farabi Kazakh National University",
            "Kazakh National University",
        ),
        (
            "Kazakh National University: new partners. Rector of Al-Farabi Kazakh National University "
            "Zhanseit Tuymebayev met the delegation of Ghent University.",
            "Al-Farabi Kazakh National University",
            "Kazakh National University",
        ),
        (
            "Moscow State University and Ghent University signed. Lomonosov Moscow State University will "
            "host 20 students.",
            "Lomonosov Moscow State University",
            "Moscow State University",
        ),
        (
            "Tomsk State University will host them. The National Research Tomsk State University was "
            "founded in 1878.",
            "National Research Tomsk State University",
            "Tomsk State University",
        ),
    ],
)
def test_a_short_name_before_its_prefixed_full_name_is_one_institution(
    text: str, full: str, short: str
) -> None:
    orgs = {o.name: o for o in extract_text(text).organizations}
    assert full in orgs and short not in orgs, list(orgs)
    assert short in orgs[full].aliases


@pytest.mark.parametrize(
    "text",
    [
        "York University and Ghent University signed. New York University will host 20 students.",
        "Carolina State University met us. North Carolina State University will host 20 students.",
        "Kazakh National University and Al-Farabi Kazakh National University signed a memorandum.",
    ],
)
def test_a_place_before_it_or_one_sentence_keeps_two_institutions(text: str) -> None:
    names = [o.name for o in extract_text(text).organizations]
    assert len([n for n in names if "Ghent" not in n]) == 2, names


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh National University signed a memorandum with Ghent University. The rector of Al-Farabi Kazakh "
        "National University said 20 students will go to Ghent.",
        "Ghent University and Kazakh National University signed an agreement on exchanges. Al-Farabi Kazakh "
        "National University was founded in 1934.",
    ],
)
def test_the_facts_name_the_full_form(text: str) -> None:
    rec = extract_text(text)
    full = "Al-Farabi Kazakh National University"
    ties = [sorted(t.between) for t in rec.partnerships]
    assert sorted(["Ghent University", full]) in ties, ties
    assert all("Kazakh National University" not in t for t in ties), ties


def test_an_affiliation_names_the_full_form() -> None:
    text = (
        "Kazakh National University hosted the forum. Rector of Al-Farabi Kazakh National University "
        "Zhanseit Tuymebayev met Professor Jan Peeters of Ghent University. Kazakh National University "
        "professor Aigerim Bekova spoke."
    )
    rec = extract_text(text)
    names = {o.name for o in rec.organizations}
    assert "Kazakh National University" not in names, names
    assert all(p.affiliation != "Kazakh National University" for p in rec.persons), rec.persons
    assert all(o.part_of != o.name for o in rec.organizations)

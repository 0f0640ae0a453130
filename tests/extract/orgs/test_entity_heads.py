"""Entities that relations depend on: institutions whose head word is a garden, museum, hospital,
theatre, zoo, archive or gallery (issue #11, item 6).

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import org_names, person_names

_orgs = partial(org_names, published="2024-05-10")
_persons = partial(person_names, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Students planted trees at the Tashkent Botanical Garden in April.", "Tashkent Botanical Garden"),
        ("The Minsk Botanic Gardens received seeds from the partners.", "Minsk Botanic Gardens"),
        ("The delegation toured the National Museum of Mongolia.", "National Museum of Mongolia"),
        (
            "Interns will train at the Almaty Regional Children's Hospital.",
            "Almaty Regional Children's Hospital",
        ),
        ("The Bishkek Philharmonic and the Astana Opera Theatre gave a concert.", "Astana Opera Theatre"),
        ("Biologists of the Moscow Zoo shared their methods.", "Moscow Zoo"),
        (
            "The Central State Archive of Uzbekistan opened its records.",
            "Central State Archive of Uzbekistan",
        ),
        ("Works from the Tretyakov Gallery were shown.", "Tretyakov Gallery"),
        ("Doctors of the Seoul Clinic lectured at the school.", "Seoul Clinic"),
    ],
)
def test_an_institution_named_by_a_new_head_word(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_a_garden_signs_a_memorandum_with_a_university() -> None:
    record = extract_text(
        "The Samarkand Agricultural University signed a memorandum of understanding with the Kyoto Botanic Garden.",
        published="2024-05-10",
    )
    pairs = [sorted(p.between) for p in record.partnerships]
    assert ["Kyoto Botanic Garden", "Samarkand Agricultural University"] in pairs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Startups of the Almaty Technology Park met students.", "Almaty Technology Park"),
        ("The Innovation Park of Tashkent hosts the laboratory.", "Innovation Park of Tashkent"),
        ("The Astana Park hosted the fair.", "Astana Park"),
    ],
)
def test_a_park_after_an_organisation_word_or_a_place(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rector of Seoul National University Park Jong-koo spoke.", "Park Jong-koo"),
        ("Students walked in Central Park and met Ambassador Park Min-jae.", "Park Min-jae"),
    ],
)
def test_a_park_after_a_name_or_a_head_is_a_person(text: str, person: str) -> None:
    assert person in _persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a Korean surname is no park
        ("Ambassador Park Min-jae met the rector of Astana University.", "Park Min-jae"),
        ("Kim Park, the director of Seoul University, spoke.", "Kim Park"),
    ],
)
def test_park_stays_a_name(text: str, person: str) -> None:
    assert person in _persons(text)
    assert all("Park" not in o for o in _orgs(text))


def test_a_lower_case_garden_is_no_organisation() -> None:
    assert _orgs("The rector walked in the garden of the museum with guests.") == []


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Abai University hosted guests. Abai Kazakh National Pedagogical University signed a memorandum with Tohoku University.",
            "Abai Kazakh National Pedagogical University",
            "Abai University",
        ),
        (
            "Kazan Federal University (KFU) welcomed the consul. Kazan University has many partners in Bishkek.",
            "Kazan Federal University",
            "Kazan University",
        ),
        (
            "Students of Tartu Institute arrived. The Tartu Higher Music Institute hosted them.",
            "Tartu Higher Music Institute",
            "Tartu Institute",
        ),
    ],
)
def test_a_short_name_is_the_one_longer_name_of_the_article(text: str, full: str, short: str) -> None:
    orgs = {o.name: o.aliases for o in extract_text(text, published="2024-05-10").organizations}
    assert short not in orgs
    assert short in orgs[full]


@pytest.mark.parametrize(
    "text",
    [
        # two longer names fit: which one is not said
        "Kazan University has partners. Kazan Federal University and Kazan Medical University met.",
        # named side by side, they are two
        "Tomsk University hosted staff of Tomsk Polytechnic University.",
    ],
)
def test_a_short_name_stays_when_it_is_not_one_longer_name(text: str) -> None:
    names = [o.name for o in extract_text(text, published="2024-05-10").organizations]
    assert [n for n in names if n.count(" ") == 1][:1] in (["Kazan University"], ["Tomsk University"])


@pytest.mark.parametrize(
    ("text", "full", "acronym"),
    [
        (
            "Kazakh-German University (the DKU) hosted guests. The DKU rector Anna Berg spoke.",
            "Kazakh-German University",
            "DKU",
        ),
        (
            "Kazakh-British Technical University (hereinafter referred to as KBTU) hosted guests. KBTU thanked them.",
            "Kazakh-British Technical University",
            "KBTU",
        ),
        (
            "Almaty University of Power Engineering (“AUPET”) hosted guests.",
            "Almaty University of Power Engineering",
            "AUPET",
        ),
    ],
)
def test_a_short_name_in_brackets_after_a_lead_word_is_an_alias(text: str, full: str, acronym: str) -> None:
    orgs = {o.name: o.aliases for o in extract_text(text, published="2024-05-10").organizations}
    assert acronym in orgs[full]
    assert acronym not in orgs


def test_a_country_in_brackets_is_no_alias() -> None:
    orgs = {
        o.name: o.aliases for o in extract_text("Almaty University (Kazakhstan) hosted guests.").organizations
    }
    assert orgs == {"Almaty University": []}

"""Topics after cues of a tie, a grant or an event: "interaction in X" (English of Russian releases),
"interaction between A and B in Y", "projects related to Z", "scholarships in X", "a session devoted to Y",
"a meeting on Z", "the issue of X", "the potential of Y". Sentences written for these tests."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_LEAD = (
    "Rector of Pacific Coast University Maria Santos received a delegation of Daugava Technical University. "
)


def _found(text: str) -> list[str]:
    return [t.label for t in extract_text(_LEAD + text).topics]


def _has(found: list[str], label: str) -> bool:
    """The scorer's reading: the label itself, or one holding it, or one it holds."""
    low = [f.lower() for f in found]
    return any(label == f or label in f or (len(f) > 3 and f in label) for f in low)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # interaction in a field
        (
            "Interaction in the training of veterinary specialists was also on the table.",
            ["veterinary specialists"],
        ),
        ("The sides agreed to expand interaction in hydrometeorology.", ["hydrometeorology"]),
        ("Interaction in archaeology and ethnography has a long history.", ["archaeology", "ethnography"]),
        (
            "The ambassador praised the interaction between the universities in nuclear physics.",
            ["nuclear physics"],
        ),
        (
            "Interaction between Tashkent and Riga in logistics education was discussed.",
            ["logistics education"],
        ),
        # what projects or programmes are related to
        ("The sides will implement projects related to desalination.", ["desalination"]),
        ("Two programmes relating to coastal erosion were presented.", ["coastal erosion"]),
        (
            "Activities related to heritage conservation will be funded by the embassy.",
            ["heritage conservation"],
        ),
        # the field of a grant
        ("Ten scholarships in petroleum engineering were announced.", ["petroleum engineering"]),
        ("The embassy offers fellowships in international law.", ["international law"]),
        ("Grants in plant genetics will be awarded every year.", ["plant genetics"]),
        ("Students will do placements in hospital pharmacy.", ["hospital pharmacy"]),
        # what a meeting, a session or a round table is on
        ("A session devoted to water security was held.", ["water security"]),
        ("A meeting on migration policy was held at the ministry.", ["migration policy"]),
        ("The roundtable dedicated to digital health gathered forty experts.", ["digital health"]),
        ("Panels on urban mobility and smart grids followed.", ["urban mobility", "smart grids"]),
        # the issue of a field
        ("The rector also raised the issue of recognition of diplomas.", ["recognition of diplomas"]),
        ("The issue of visa support for researchers was resolved.", ["visa support"]),
        ("They discussed the issue of academic integrity.", ["academic integrity"]),
        # the potential of a field
        ("The sides noted the potential of green hydrogen.", ["green hydrogen"]),
        ("The potential of precision agriculture in the region is large.", ["precision agriculture"]),
        ("Experts discussed the potential of telemedicine for rural areas.", ["telemedicine"]),
    ],
)
def test_fields_after_cues_of_ties_grants_and_events(sentence: str, expected: list[str]) -> None:
    found = _found(sentence)
    assert all(_has(found, label) for label in expected), found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a meeting on the sidelines, on behalf of, on the eve: a when or a who, no field
        ("A meeting on the sidelines of the forum was held with the rector.", ["sidelines"]),
        ("The session on behalf of the minister was opened by his deputy.", ["behalf"]),
        ("A meeting on the eve of the summit brought the rectors together.", ["eve"]),
        ("The potential of the two universities is great.", ["two universities", "universities"]),
        ("Interaction between the two ministries in this matter will continue.", ["matter", "this matter"]),
    ],
)
def test_cues_that_open_no_field(sentence: str, absent: list[str]) -> None:
    found = [f.lower() for f in _found(sentence)]
    assert not any(a in f for a in absent for f in found), found

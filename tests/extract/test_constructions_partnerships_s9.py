"""Partnerships in wordings of long university press releases that name several partners (session 9):
sentences written for these tests.

A joint or double-degree programme told in a sentence of its own is a second tie of two institutions
that already have one.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _ties(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    record = extract_text(text, published="2025-03-10")
    return [(tuple(sorted(p.between)), p.kind, p.status) for p in record.partnerships]


def _pairs(text: str) -> set[tuple[str, ...]]:
    return {pair for pair, _, _ in _ties(text)}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Chiang Mai University has had an exchange agreement with the University of Helsinki since 2015. "
            "Next year the two universities will launch a double degree programme in forestry.",
            ("Chiang Mai University", "University of Helsinki"),
            "double-degree",
        ),
        (
            "Tomsk State University has a memorandum with Al-Farabi Kazakh National University. The rectors "
            "discussed a joint doctoral programme between Tomsk State University and Al-Farabi Kazakh National "
            "University.",
            ("Al-Farabi Kazakh National University", "Tomsk State University"),
            "joint",
        ),
        (
            "Makerere University and Lund University have cooperated since 2000. Makerere University and Lund "
            "University also run a joint master's programme in public health.",
            ("Lund University", "Makerere University"),
            "joint",
        ),
    ],
)
def test_a_programme_in_a_sentence_of_its_own_is_a_second_tie(
    text: str, pair: tuple[str, str], kind: str
) -> None:
    ties = _ties(text)
    assert [k for p, k, _ in ties if p == _pair(*pair)].count(kind) == 1
    assert len([p for p, _, _ in ties if p == _pair(*pair)]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Universidad de Costa Rica and the University of Montpellier signed a double degree agreement in "
        "agronomy on Monday.",
        "Ton Duc Thang University and La Trobe University launched a joint master's programme in data science "
        "on Friday.",
    ],
)
def test_a_programme_told_with_its_agreement_is_one_tie(text: str) -> None:
    assert len(_ties(text)) == 1


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # "we" / "our university" in a quote: the speaker's institution, named after the quote or before it
        (
            'Stellenbosch University deepens ties\n\n"We have signed a memorandum of understanding with the '
            'University of Nairobi and we are now building joint doctoral training," said Professor Anna Botha, '
            "Vice-Rector of Stellenbosch University.",
            [("Stellenbosch University", "University of Nairobi")],
        ),
        (
            "Rector of Al-Farabi Kazakh National University meets partners\n\nThe Rector of Al-Farabi Kazakh "
            'National University Zhanseit Tuimebayev welcomed the delegation. "Our university has strong ties with '
            'Tsinghua University and Seoul National University," he said.',
            [
                ("Al-Farabi Kazakh National University", "Tsinghua University"),
                ("Al-Farabi Kazakh National University", "Seoul National University"),
            ],
        ),
        (
            '"We already cooperate with Kyushu University in marine science," said Maria Santos, rector of the '
            "University of the Philippines.",
            [("Kyushu University", "University of the Philippines")],
        ),
        # "our partnership / collaboration with B"
        (
            'University of Ghana\n\nProfessor Kwame Mensah, Vice-Chancellor of the University of Ghana, said: "Our '
            'partnership with the University of Copenhagen has trained more than forty doctoral students."',
            [("University of Copenhagen", "University of Ghana")],
        ),
        (
            '"Our collaboration with Kyoto University goes back two decades," said Rosa Díaz, rector of Universidad '
            "de Chile.",
            [("Kyoto University", "Universidad de Chile")],
        ),
    ],
)
def test_we_and_our_in_a_quote_are_the_speakers_institution(text: str, pairs: list[tuple[str, str]]) -> None:
    found = _pairs(text)
    for pair in pairs:
        assert _pair(*pair) in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "the agreement with B covers / provides for / runs for": the tie told by what it holds
        (
            "American University of Beirut\n\nThe American University of Beirut held a ceremony. The agreement with "
            "the University of Geneva covers student exchange and joint research.",
            ("American University of Beirut", "University of Geneva"),
        ),
        (
            "University of Dhaka\n\nThe University of Dhaka hosted the signing. The memorandum with Hiroshima "
            "University provides for joint supervision of doctoral students.",
            ("Hiroshima University", "University of Dhaka"),
        ),
        (
            "Cairo University\n\nCairo University signed two documents. The agreement with the University of Vienna, "
            "the first of its kind, runs for five years.",
            ("Cairo University", "University of Vienna"),
        ),
        # a bare "Partner institutions include" opening a sentence: the institution in view
        (
            "University of Nairobi\n\nThe University of Nairobi has more than 200 partners. Partner institutions "
            "include Kyung Hee University and Osaka University.",
            ("Kyung Hee University", "University of Nairobi"),
        ),
        (
            "Makerere University\n\nMakerere University celebrated its centenary. Current partner universities "
            "include Lund University and the University of Bergen.",
            ("Makerere University", "University of Bergen"),
        ),
        # "B, a long-standing partner of the university"
        (
            "Rhodes University welcomes visitors\n\nRhodes University hosted a delegation from the University of "
            "Bergen, a long-standing partner of the university.",
            ("Rhodes University", "University of Bergen"),
        ),
        (
            "Universidad de Antioquia\n\nUniversidad de Antioquia opened its international week with guests from "
            "Utrecht University, a strategic partner of the university since 2012.",
            ("Universidad de Antioquia", "Utrecht University"),
        ),
        # a fronted "through / via its partnership with B, A ..."
        (
            "Via its collaboration with Lund University, Addis Ababa University has set up a water research "
            "laboratory.",
            ("Addis Ababa University", "Lund University"),
        ),
        (
            "Thanks to their partnership with Kyoto University, Chulalongkorn University researchers run a joint "
            "laboratory.",
            ("Chulalongkorn University", "Kyoto University"),
        ),
    ],
)
def test_ties_told_by_their_content_their_list_or_their_partner(text: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # partners of a project named, not of the institution in view
        "Cairo University\n\nCairo University hosted a seminar on the project. The project partners include the "
        "University of Vienna and Ghent University.",
    ],
)
def test_a_tie_merely_named_is_none(text: str) -> None:
    assert _pair("Cairo University", "University of Vienna") not in _pairs(text)

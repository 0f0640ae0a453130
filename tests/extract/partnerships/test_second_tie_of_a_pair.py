"""A pair found once gets the second tie the article tells of it (second_ties.py, session 15): sentences
written for these tests.

The labelled sets count a general agreement of two institutions and a programme of the same two as two
partnerships. A second tie needs the two named together again in a sentence of a tie, and a programme
(a double, dual or joint degree or programme, an exchange) in one of the two sentences; a sentence that
retells the same signing gives none.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _ties(text: str) -> list[tuple[tuple[str, ...], str]]:
    record = extract_text(text, published="2025-03-10")
    return [(tuple(sorted(p.between)), p.kind) for p in record.partnerships]


@pytest.mark.parametrize(
    ("text", "pair", "second_kind"),
    [
        (
            "Kyoto University signed a memorandum of understanding with Mahidol University in 2018. Kyoto "
            "University and Mahidol University will now open an exchange programme for nursing students.",
            ("Kyoto University", "Mahidol University"),
            "exchange",
        ),
        (
            "Kyoto University signed a memorandum of understanding with Mahidol University in 2018. Kyoto "
            "University and Mahidol University have agreed to open a student exchange for nursing students.",
            ("Kyoto University", "Mahidol University"),
            "other",
        ),
        (
            "The University of Ibadan renewed its partnership with Leeds Beckett University. Students of the "
            "University of Ibadan can now join an exchange programme with Leeds Beckett University for one "
            "semester.",
            ("Leeds Beckett University", "University of Ibadan"),
            "exchange",
        ),
        (  # the programme told first, the general agreement after
            "Aarhus University and the University of Nairobi agreed to develop a joint master's degree in public "
            "health. Aarhus University has cooperated with the University of Nairobi since 2009 under a "
            "framework agreement.",
            ("Aarhus University", "University of Nairobi"),
            "agreement",
        ),
        (  # a headline of a programme, a tie of long standing in the body
            "Kyoto University and Mahidol University launch nursing exchange. Kyoto University and Mahidol "
            "University have cooperated since 2018 under a general agreement.",
            ("Kyoto University", "Mahidol University"),
            "agreement",
        ),
    ],
)
def test_a_programme_and_an_agreement_of_one_pair_are_two_ties(
    text: str, pair: tuple[str, str], second_kind: str
) -> None:
    ties = _ties(text)
    assert [kind for found, kind in ties if found == pair][1:] == [second_kind]
    assert len(ties) == 2


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # a headline retelling the signing of the body: no programme in either sentence
            "University of Porto and Universidad de Chile sign agreement. The University of Porto and the "
            "Universidad de Chile signed a cooperation agreement on Monday.",
            ("Universidad de Chile", "University of Porto"),
        ),
        (  # "under the agreement": the same tie, told further
            "Hokkaido University signed an agreement with Chulalongkorn University on Monday. Under the "
            "agreement, Hokkaido University and Chulalongkorn University will exchange students every year.",
            ("Chulalongkorn University", "Hokkaido University"),
        ),
        (  # named together again, but in no sentence of a tie
            "Hokkaido University and Chulalongkorn University signed a memorandum of understanding. Hokkaido "
            "University ranks above Chulalongkorn University in the national degree tables.",
            ("Chulalongkorn University", "Hokkaido University"),
        ),
        (  # two signings, no programme: the readers' one tie stays one
            "The University of Bergen signed an agreement with Makerere University in 2016. The University of "
            "Bergen also signed a memorandum with Makerere University on climate research last week.",
            ("Makerere University", "University of Bergen"),
        ),
    ],
)
def test_a_tie_told_again_is_no_second_tie(text: str, pair: tuple[str, str]) -> None:
    assert [found for found, _ in _ties(text)] == [pair]


def test_a_pair_with_a_programme_tie_already_gets_no_third() -> None:
    text = (
        "Tartu University and Vilnius University have signed a memorandum of cooperation. Tartu University will "
        "also offer a dual degree in semiotics with Vilnius University from next autumn. Tartu University and "
        "Vilnius University will exchange lecturers as well."
    )
    assert [kind for _, kind in _ties(text)] == ["MoU", "double-degree"]

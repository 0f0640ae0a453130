"""A country's share of a host's foreign students (session 20): "Kenya accounts for 4,500", "Kenya is second with
4,500", or a list "Kenya (4,500), Ghana (3,000)" after "Kazakhstan hosts 12,000 foreign students", tells where the
people come from; the place is the host the text names for the whole. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University hosted the Ambassador of Kenya. "
_PLAIN = "The figures were published on Monday. "


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Among the foreign students studying in Kazakhstan, Kenya accounts for 4,500.", "Kazakhstan"),
        ("Of all foreign students in Kazakhstan, Kenya accounts for 4,500.", "Kazakhstan"),
        ("Among the foreign students in Kazakhstan, Kenya makes up 4,500.", "Kazakhstan"),
        ("By the number of students studying in Kazakhstan, Kenya is second with 4,500.", "Kazakhstan"),
        ("Among foreign students in Kazakhstan, Kenya ranks first with 4,500.", "Kazakhstan"),
        ("Among foreign students at Kazakh universities, Kenya leads with 4,500.", "Kazakh universities"),
        ("Of the foreign students at Hallford University, Kenya accounts for 4,500.", "Hallford University"),
    ],
)
def test_a_share_is_at_the_whole_s_host_in_its_sentence(text: str, place: str) -> None:
    assert (4500, place) in _pairs(_LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "Among the foreign students studying in Kazakhstan, Kenya accounts for 4,500 and Ghana for 3,000.",
        "Among the foreign students studying in Kazakhstan, Kenya accounts for 4,500, Ghana for 3,000.",
    ],
)
def test_a_share_whose_verb_is_left_out(text: str) -> None:
    assert sorted(_pairs(_LEAD + text), reverse=True) == [(4500, "Kazakhstan"), (3000, "Kazakhstan")]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan hosts 12,000 foreign students. Kenya accounts for 4,500 of them.",
        "Kazakhstan currently hosts 12,000 foreign students. Kenya accounts for 4,500 of them and Ghana for 3,000.",
    ],
)
def test_a_share_of_the_sentence_before_s_host(text: str) -> None:
    pairs = _pairs(_PLAIN + text)
    assert (4500, "Kazakhstan") in pairs
    assert (4500, "Kenya") not in pairs


#: An institution named twice, far (five sentences) before the count: the article's main one, no host of the list.
_FAR = (
    "Hallford University signed an agreement with the embassy. The rector of Hallford University welcomed the "
    "guests. The talks covered research. The sides also spoke about culture. Sport was discussed too. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan hosts many foreign students. The largest groups of students are Kenya (4,500), Ghana (3,000).",
        "Kazakhstan hosts 12,000 foreign students. The largest groups of students are Kenya (4,500), Ghana (3,000).",
        "Kazakhstan hosts many foreign students. Kenya (4,500 students), Ghana (3,000) and Peru (1,200) lead.",
        "Kazakhstan is home to many foreign students. Kenya (4,500 students) and Ghana (3,000) lead.",
        "Kazakhstan currently welcomes many foreign students. Kenya (4,500 students) and Ghana (3,000) lead.",
        "Kazakhstan has become a hub for foreign students. Kenya (4,500 students) and Ghana (3,000) lead.",
        "Kazakhstan hosts many foreign students. The leaders are Kenya with 4,500 students, Ghana with 3,000.",
    ],
)
def test_a_list_of_origins_after_a_hosting_country(text: str) -> None:
    """The country that hosts in the sentence before, not the article's main institution named far before."""
    pairs = _pairs(_FAR + text)
    assert (4500, "Kazakhstan") in pairs
    assert (4500, "Hallford University") not in pairs


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # where people went: the countries are the places
        (
            "Kazakhstan sent 12,000 students abroad. The top destinations were Russia (4,500), Poland (3,000).",
            (4500, "Russia"),
        ),
        # the country before hosts nobody: where the people come from
        (
            "Many students come from Kazakhstan. The largest groups of students are Kenya (4,500), Ghana (3,000).",
            None,
        ),
    ],
)
def test_read_as_before(text: str, kept: tuple[int, str] | None) -> None:
    pairs = _pairs(_PLAIN + text)
    if kept is not None:
        assert kept in pairs
    assert (4500, "Kazakhstan") not in pairs

"""Partnerships said in the many ways of the genre: sentences written for these tests (issue #11)."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import partnership_statuses

_partnerships = partial(partnership_statuses, published="2024-05-10")


A, B = "Tallinn University of Technology", "Kyoto Institute of Design"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a verb with "with"
        (f"{A} signed a memorandum of understanding with the {B} on Monday.", "agreed"),
        (f"Last year {A} concluded an exchange agreement with {B}.", "agreed"),
        (f"{A} has had an exchange agreement with {B} since 2007.", "existing"),
        (f"{A} will sign a cooperation agreement with the {B} in June.", "proposed"),
        (f"The {A} plans to sign a letter of intent with {B}.", "proposed"),
        # a noun with "between"
        (f"An agreement between {A} and {B} was signed during the visit.", "agreed"),
        (f"A memorandum of understanding between the {A} and the {B} is being prepared.", "proposed"),
        (f"The visit opened a new chapter of the partnership between {A} and {B}.", "existing"),
        # a coordinated subject
        (f"{A} and {B} signed a memorandum on joint research.", "agreed"),
        (f"The {A} and the {B} have been engaged in a strategic partnership since 2015.", "existing"),
        (f"{A} and {B} agreed to establish a joint laboratory.", "agreed"),
        (f"{A} and {B} intend to open a summer school next year.", "proposed"),
        (f"{A} and {B}, two leading schools, will launch a common course in 2025.", "proposed"),
    ],
)
def test_a_partnership_of_two_named_institutions(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, B))): status}


def test_agreements_with_a_list_of_universities() -> None:
    text = (
        "Riga Technical University has signed cooperation agreements with Vilnius University, "
        "Lund University and the University of Tartu."
    )
    pairs = _partnerships(text)
    assert set(pairs) == {
        ("Riga Technical University", "Vilnius University"),
        ("Lund University", "Riga Technical University"),
        ("Riga Technical University", "University of Tartu"),
    }


def test_the_parties_of_a_meeting_agreed_to_sign() -> None:
    text = (
        "Rector of Tallinn University of Technology Mart Kask met the Director of Kyoto Institute of Design "
        "Kenji Mori on Tuesday. At the end of the talks the parties agreed to sign a memorandum of "
        "understanding."
    )
    assert _partnerships(text) == {tuple(sorted((A, B))): "proposed"}


@pytest.mark.parametrize(
    "text",
    [
        # countries, not institutions
        "An agreement between Kazakhstan and Estonia on visas was signed in 2019.",
        # one institution only
        f"{A} signed a memorandum with local schools.",
        # a list of guests is no partnership
        f"{A} and {B} sent their rectors to the forum in Riga.",
    ],
)
def test_no_partnership_without_two_named_parties_and_a_relation(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"{A} (TalTech) and {B} (KID) signed an agreement on student exchange.", "agreed"),
        (f"{A}, in close cooperation with {B}, organised a summer course.", "existing"),
        (f"{B} is a strategic partner of {A}.", "existing"),
        (f"The partner universities of {A} include {B}.", "existing"),
        (f"{A} and {B} are long-standing partners.", "existing"),
    ],
)
def test_more_ways_to_say_two_institutions_are_partners(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, B))): status}


def test_a_list_with_acronyms_in_brackets() -> None:
    text = (
        "Riga Technical University has signed agreements with Vilnius University (VU), "
        "Lund University (LU) and the University of Tartu (UT)."
    )
    assert len(_partnerships(text)) == 3


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the passive, with the parties after "by"
        (f"A memorandum of understanding was signed by {A} and {B}.", "agreed"),
        (f"The agreement was signed by the {A} and the {B} on 3 May.", "agreed"),
        # "partners" after an auxiliary other than "are"
        (f"{A} and {B} have been partners since 2012.", "existing"),
        (f"{A} and {B} became partners in 2019.", "existing"),
        # other verbs of a tie
        (f"{A} partnered with {B} to launch a research centre.", "existing"),
        (f"{A} and {B} inked an MoU on Monday.", "agreed"),
        (f"{A} inked a deal with {B}.", "agreed"),
        (f"{A} has established partnership relations with {B}.", "existing"),
        # a tie named by a noun, not a verb: "the signing of a memorandum with B"
        (f"{A} announced the adoption of an agreement with {B}.", "agreed"),
        (f"{A} marked the signing of a memorandum with {B} last week.", "agreed"),
        # wishes are proposals
        (f"{A} and {B} discussed the possibility of signing a memorandum.", "proposed"),
        (f"{A} is ready to cooperate with {B}.", "proposed"),
        (f"{A} expressed interest in cooperation with {B}.", "proposed"),
    ],
)
def test_still_more_ways_to_say_two_institutions_are_tied(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, B))): status}


def test_the_signatories_of_a_passive_agreement_stand_for_their_institutions() -> None:
    text = f"The memorandum was signed by Rector of {A} Mart Kask and President of {B} Kenji Mori."
    assert _partnerships(text) == {tuple(sorted((A, B))): "agreed"}


@pytest.mark.parametrize(
    "text",
    [
        # a tie of one party with a country or with people is no partnership of two institutions
        f"{A} signed a memorandum with Japan.",
        f"The memorandum was signed by the rector of {A}.",
        # an agreement merely mentioned beside two institutions
        f"{A} hosted a conference; {B} sent a delegation, and the agreement on visas was discussed.",
    ],
)
def test_no_tie_without_two_institutions_on_its_two_sides(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # the passive with "with": the institution the article is about signs
        f"Rector of {A} Mart Kask met the guests. During the visit, memoranda were signed with {B}.",
        f"{A} hosted the delegation. An agreement on student exchange was signed with the {B}.",
        # a pronoun for the institution just named
        f"{A} hosted the delegation. It has partnership agreements with {B}.",
        # ties and relations
        f"{A} maintains close ties with {B}.",
        f"{A} has long-standing relations with {B}.",
        f"{A} and {B} have a long history of cooperation.",
        # the partners of A
        f"{A}’s partners include {B}.",
        f"Among the partners of {A} are {B}.",
    ],
)
def test_ties_whose_subject_is_named_elsewhere_or_by_a_noun(text: str) -> None:
    assert tuple(sorted((A, B))) in _partnerships(text)


@pytest.mark.parametrize(
    "text",
    [
        # relations of a country, or of people, are no partnership of institutions
        f"{A} hosted the delegation. Kazakhstan has long-standing relations with Japan.",
        f"The Ambassador of Japan to Estonia maintains close ties with the rector of {A}.",
    ],
)
def test_relations_of_states_or_people_are_no_partnership(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            f"Rector of {A} Mart Kask met the President of {B} Kenji Mori. "
            "The two universities intend to open a joint laboratory.",
            "proposed",
        ),
        (
            f"{A} hosted a delegation of {B} on Monday. The two institutions agreed to launch a summer school.",
            "agreed",
        ),
    ],
)
def test_the_two_universities_are_the_two_just_named(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, B))): status}


def test_the_two_universities_need_two_in_view() -> None:
    text = (
        f"Rector of {A} Mart Kask met the Ambassador of Japan to Estonia Kenji Mori. "
        "The two universities intend to open a joint laboratory."
    )
    assert _partnerships(text) == {}

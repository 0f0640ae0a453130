"""More wordings of a partnership (issue #11, item 2): sentences written for these tests.

A partnership needs two named organisations in a relation the sentence states; the status comes
from the verb and its tense (signed, agreed, has had -> in force; will, intend, plan -> proposed).
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import partnership_statuses

A, B, C = "Daugava Technical University", "Fjordland Institute of Marine Science", "Northgate University"
AB = tuple(sorted((A, B)))


_partnerships = partial(partnership_statuses, published="2025-03-14")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what the tie is about, between the noun and "with"
        (f"{A} has an agreement on student exchange with {B}.", "existing"),
        (f"{A} concluded an agreement on academic mobility with the {B} in 2021.", "agreed"),
        (f"{A} will sign a memorandum on joint research with {B} next spring.", "proposed"),
        (f"{A} has had a contract for staff training with {B} since 2016.", "existing"),
        # "A and B" with a noun of a tie after "have"
        (f"{A} and {B} have an agreement on double supervision of doctoral theses.", "existing"),
        (f"{A} and the {B} have enjoyed a partnership since 2007.", "existing"),
        (f"{A} and {B} had a memorandum of understanding until 2020.", "existing"),
        # "A and B" with a plan or an exchange
        (f"{A} and {B} are planning to sign an agreement in May.", "proposed"),
        (f"{A} and {B} are set to launch a research network.", "proposed"),
        (f"Under the agreement, {A} and {B} will exchange lecturers.", "proposed"),
        # a participle: "the memorandum, signed by A and B"
        (f"The memorandum, signed by {A} and {B} on Friday, provides for joint research.", "agreed"),
        (f"The letter of intent signed by {A} and the {B} opens the way to a joint school.", "agreed"),
    ],
)
def test_a_tie_said_in_more_words(text: str, status: str) -> None:
    assert _partnerships(text) == {AB: status}


@pytest.mark.parametrize(
    "text",
    [
        f"{A} has partnership agreements with more than 40 foreign universities, including {B} and {C}.",
        f"{A} cooperates with leading universities in Norway, such as {B} and {C}.",
        f"{A} has signed agreements with 12 universities, 3 research centres, {B} and {C}.",
        f"{A} signed agreements with {B} in 2019 and with {C} in 2022.",
    ],
)
def test_named_partners_after_unnamed_ones_in_a_list(text: str) -> None:
    assert set(_partnerships(text)) == {AB, tuple(sorted((A, C)))}


def test_unnamed_partners_alone_make_no_partnership() -> None:
    text = f"{A} has signed agreements with 12 universities, 3 research centres and 5 companies."
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        f"Rector of {A} Ilze Ozola opened the forum. He said that the university has signed agreements with {B}.",
        f"Rector of {A} Ilze Ozola opened the forum. She spoke about the adoption of a memorandum with {B}.",
    ],
)
def test_a_pronoun_subject_stands_for_the_speaker_s_institution(text: str) -> None:
    assert AB in _partnerships(text)


def test_a_pronoun_of_someone_without_an_institution_gives_no_partner() -> None:
    text = f"Ilze Ozola opened the forum. She spoke about the adoption of a memorandum with {B}."
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "second",
    [
        "At the end of the meeting, a memorandum of understanding was signed between the two universities.",
        "Following the talks, an agreement on academic exchange was signed.",
        "A letter of intent was also signed.",
    ],
)
def test_a_passive_signing_after_a_meeting_ties_the_meeting_s_sides(second: str) -> None:
    text = f"Rector of {A} Ilze Ozola met with the President of {B} Lars Vik on Monday. {second}"
    assert _partnerships(text) == {AB: "agreed"}


@pytest.mark.parametrize(
    "second",
    [
        # states sign between themselves, not the meeting's two sides
        "In 2019, a memorandum between the two countries was signed in Oslo.",
        "An agreement between the ministries of education was signed last year.",
    ],
)
def test_a_passive_signing_of_states_ties_no_institutions(second: str) -> None:
    text = f"Rector of {A} Ilze Ozola met with the President of {B} Lars Vik on Monday. {second}"
    assert _partnerships(text) == {}


def test_a_passive_signing_far_from_the_meeting_is_not_the_meeting_s() -> None:
    filler = " ".join(f"The campus has {k} new laboratories for physics." for k in range(2, 10))
    text = (
        f"Rector of {A} Ilze Ozola met with the President of {B} Lars Vik. {filler} A memorandum was signed."
    )
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # cooperating in any tense after "A and B"
        f"{A} and {B} have been cooperating since 2010.",
        f"{A} and the {B} are collaborating in marine biology.",
        f"{A} and {B} have implemented joint projects since 2015.",
        f"{A} and {B} work closely together on coastal studies.",
        # an adverb after the verb
        f"{A} has been working closely with {B}.",
        # a partner of B, said with "has been" or in apposition
        f"Since 2012, {A} has been a partner of {B}.",
        f"{A}, a long-time partner of {B}, hosted the forum.",
    ],
)
def test_cooperation_in_other_tenses_and_orders(text: str) -> None:
    assert _partnerships(text) == {AB: "existing"}


@pytest.mark.parametrize(
    "text",
    [
        # "the university" for the institution named in full before
        f"{A} hosted a delegation. The memorandum between the university and {B} was signed on Friday.",
        f"{B} welcomed guests from {A}. An agreement between the university and {B} was signed.",
        # "the embassy" for the embassy of the ambassador just named
        f"Rector of {A} Ilze Ozola met with the Ambassador of Norway to Latvia Lars Vik. "
        "The university signed a memorandum with the embassy.",
    ],
)
def test_a_party_named_by_its_kind_is_the_one_named_before(text: str) -> None:
    pairs = _partnerships(text)
    assert len(pairs) == 1
    assert A in next(iter(pairs))


def test_an_institution_named_by_its_kind_needs_one_of_that_kind_before() -> None:
    text = f"Ilze Ozola opened the forum. The university signed a memorandum with the embassy of {B}."
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("The Rector and the Ambassador signed a memorandum of understanding.", "agreed"),
        ("Following the meeting, the rector and the ambassador discussed signing an agreement.", "proposed"),
    ],
)
def test_the_titles_of_the_two_sides_stand_for_their_institutions(second: str, status: str) -> None:
    text = f"Rector of {A} Ilze Ozola met with the Ambassador of Norway to Latvia Lars Vik. {second}"
    assert _partnerships(text) == {(A, "Embassy of Norway in Latvia"): status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a tie told as a noun, with its owner before "'s" or named before
        (f"{A}'s partnership with {B} dates back to 2005.", "existing"),
        (f"{A} hosted the guests. The university's cooperation with {B} began in 2005.", "existing"),
        (f"{A} hosted the guests. A memorandum of cooperation with {B} was signed in 2018.", "agreed"),
        (f"The agreement with {B} was signed by {A} in 2019.", "agreed"),
        # other verbs and lists
        (f"{A} and {B} reached an agreement on student exchange.", "agreed"),
        (f"{A} expressed readiness to cooperate with {B}.", "proposed"),
        (f"The Embassy of Norway in Latvia helps {A} in establishing ties with {B}.", "existing"),
    ],
)
def test_a_tie_told_as_a_noun_or_with_other_verbs(text: str, status: str) -> None:
    assert _partnerships(text) == {AB: status}


def test_partner_universities_among_them() -> None:
    text = f"{A} has more than 100 partner universities, among them {B} and {C}."
    assert set(_partnerships(text)) == {AB, tuple(sorted((A, C)))}


def test_a_tie_merely_named_is_no_partnership() -> None:
    text = f"{A} hosted the guests. The ambassador asked about an agreement with {B} on visas."
    assert _partnerships(text) == {}


def test_a_pronoun_after_an_adverbial_and_the_university_as_the_other_side() -> None:
    text = (
        f"Ambassador of Norway to Latvia Lars Vik visited {A}. "
        "During the visit he signed a memorandum with the university."
    )
    assert _partnerships(text) == {("Daugava Technical University", "Embassy of Norway in Latvia"): "agreed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"{A} and {B} announced a strategic partnership.", "agreed"),
        (f"{A} announced a strategic partnership with {B}.", "agreed"),
        (f"{A} forged a partnership with {B}.", "agreed"),
        (f"{A} formed an alliance with {B}.", "agreed"),
        (f"{A} and {B} exchanged memoranda of cooperation.", "agreed"),
        (f"{A} and {B} extended their agreement until 2030.", "agreed"),
        (f"{A} is twinned with {B}.", "existing"),
        (f"{A} and {B} are sister universities.", "existing"),
    ],
)
def test_a_strategic_partnership_announced_forged_or_extended(text: str, status: str) -> None:
    assert _partnerships(text) == {AB: status}


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs with no noun of a tie
        f"{A} and {B} announced the winners of the rowing contest.",
        f"{A} and {B} exchanged views on the rankings.",
    ],
)
def test_verbs_of_a_tie_need_its_noun(text: str) -> None:
    assert _partnerships(text) == {}

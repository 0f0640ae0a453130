"""Partnerships said in still more ways (issue #11, item 2): sentences written for these tests.

The two sides named once each and then together ("both sides", "the two institutions"), verbs of
joining ("teamed up with"), a partner named in apposition, and lists that end where a new clause begins.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import partnership_statuses

A, B, C = "Universidad de Valparaíso", "Makerere University", "University of Ghana"
AB = tuple(sorted((A, B)))
MET = f"Rector of {A} Rosa Pérez met the Vice-Chancellor of {B} Samuel Okello on Monday."
VISIT = f"A delegation of {B} visited {A} on Tuesday."


_partnerships = partial(partnership_statuses, published="2025-06-02")


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("Both sides expressed interest in deepening cooperation in marine biology.", "proposed"),
        ("The two sides discussed expanding collaboration in public health.", "proposed"),
        ("The parties exchanged views on further strengthening of the partnership.", "proposed"),
        ("The parties confirmed their willingness to cooperate in science and culture.", "proposed"),
        ("Both universities agreed to develop joint master's programmes.", "agreed"),
        ("The two institutions have cooperated since 2012.", "existing"),
        ("The rector stressed that relations between the two universities date back to 2009.", "existing"),
    ],
)
def test_the_two_sides_of_a_meeting_of_two_institutions(second: str, status: str) -> None:
    assert _partnerships(f"{MET} {second}") == {AB: status}


@pytest.mark.parametrize(
    "second",
    [
        "Both institutions have cooperated in oceanography since 2015.",
        "The two universities intend to organise a joint summer school.",
        "Cooperation between both universities began in 2001.",
    ],
)
def test_the_two_institutions_of_a_visit(second: str) -> None:
    assert AB in _partnerships(f"{VISIT} {second}")


@pytest.mark.parametrize(
    "second",
    [
        # an embassy across the table speaks of its country's cooperation: no partnership of its own
        "The parties confirmed their willingness to cooperate in science and culture.",
        "Both sides expressed interest in expanding cooperation.",
    ],
)
def test_the_sides_of_a_meeting_with_an_embassy_are_no_partners(second: str) -> None:
    text = f"Rector of {A} Rosa Pérez met the Ambassador of Uganda to Chile Samuel Okello on Monday. {second}"
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "second",
    [
        # a tie with a third party, or between others than the two
        "Both universities are interested in deepening cooperation with universities in Kenya.",
        "The parties discussed cooperation between the universities of the two countries.",
        "The two sides exchanged views on the ranking of the region's schools.",
    ],
)
def test_the_two_sides_tied_to_others_or_to_nothing(second: str) -> None:
    assert _partnerships(f"{MET} {second}") == {}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"{A} teamed up with {B} to run a winter school in Santiago.", "existing"),
        (f"{A} will team up with the {B} on a study of lake fisheries.", "proposed"),
        (f"Last year {A} joined forces with {B} to open a genomics laboratory.", "existing"),
        (f"{A} has joined forces with {B}.", "existing"),
    ],
)
def test_teamed_up_and_joined_forces(text: str, status: str) -> None:
    assert _partnerships(text) == {AB: status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"{A}, together with {B}, launched an online course in Spanish.", "agreed"),
        (f"{A} together with the {B} will organise a conference on water.", "proposed"),
        (f"{A}, together with {B}, has opened a joint field station.", "existing"),
    ],
)
def test_together_with_and_a_joint_deed(text: str, status: str) -> None:
    assert _partnerships(text) == {AB: status}


@pytest.mark.parametrize(
    "text",
    [
        # people together, or two institutions side by side with no deed
        f"The rector of {A}, together with the Ambassador of Uganda to Chile, opened the exhibition.",
        f"{A}, together with {B}, is among the best universities of the region.",
        f"Students of {A} together with {B} students visited the museum.",
    ],
)
def test_together_with_without_two_institutions_acting(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the partner in apposition after the owner's possessive
        (f"{A}'s partner university, {B}, hosted the forum.", "existing"),
        (f"{A}’s long-standing partner, the {B}, sent two lecturers.", "existing"),
        # "B is one of A's partners"
        (f"{B} is one of {A}'s strategic partners.", "existing"),
        (f"{B} is among {A}’s oldest partners.", "existing"),
        # "A considers B (as) a partner"
        (f"{A} considers {B} as a prospective partner in student mobility.", "proposed"),
        (f"{A} sees the {B} as a reliable partner.", "existing"),
        (f"{A} regards {B} as one of its key partners in Africa.", "existing"),
        (f"{A} considers {B} as prospective partner in terms of student mobility.", "proposed"),
    ],
)
def test_a_partner_named_in_apposition_or_as_what_one_is(text: str, status: str) -> None:
    assert _partnerships(text) == {AB: status}


def test_the_partners_of_a_possessive_list() -> None:
    text = f"{A}'s partner universities, {B} and the {C}, sent delegations."
    assert set(_partnerships(text)) == {AB, tuple(sorted((A, C)))}


@pytest.mark.parametrize(
    "text",
    [
        f"{A}'s rector, Rosa Pérez, welcomed the guests from {B}.",
        f"{A}'s delegation visited {B} in May.",
        f"{B} considers {A} one of the best universities in Chile.",
    ],
)
def test_a_possessive_or_a_view_without_a_partner(text: str) -> None:
    assert _partnerships(text) == {}


D, E = "Universidad de Antioquia", "University of Nairobi"


@pytest.mark.parametrize(
    "text",
    [
        # a list ends where a new clause begins: C is no partner of A
        f"{A} signed an MoU with {B}, and the {C} signed one with {E}.",
        f"{A} signed a memorandum with {B}, and the {C} has signed an agreement with {E}.",
        f"{A} has signed a memorandum with {B}, while the {C} has signed one with {E}.",
        f"{A} concluded an agreement with {B}; the {C} signed a memorandum with {E}.",
    ],
)
def test_two_pairs_in_one_sentence_each_with_its_own_verb(text: str) -> None:
    assert set(_partnerships(text)) == {AB, tuple(sorted((C, E)))}


@pytest.mark.parametrize(
    "text",
    [
        f"Memoranda were signed between {A} and {B} and between {D} and the {E}.",
        f"Agreements were signed between {A} and {B}, and between {D} and {E}.",
        f"An agreement between {A} and {B} and between {D} and {E} was reached on exchange.",
    ],
)
def test_and_between_names_a_second_pair(text: str) -> None:
    assert set(_partnerships(text)) == {AB, tuple(sorted((D, E)))}


@pytest.mark.parametrize(
    "text",
    [
        f"{A} signed a memorandum with {B} and an agreement with the {C}.",
        f"{A} signed an MoU with {B} and an agreement on student mobility with {C}.",
        f"Agreements with {B}, {C}, and the {E} were signed by {A}.",
    ],
)
def test_one_signer_and_ties_with_several(text: str) -> None:
    expected = {AB, tuple(sorted((A, C)))}
    if E in text:
        expected.add(tuple(sorted((A, E))))
    assert set(_partnerships(text)) == expected


def test_a_list_of_partners_before_a_passive_verb_keeps_its_last_item() -> None:
    text = f"{A} has partnership agreements with {B}, {C}, and {E}, which were renewed in 2020."
    assert set(_partnerships(text)) == {AB, tuple(sorted((A, C))), tuple(sorted((A, E)))}


MET_THREE = (
    "Ambassador of Chile to Vietnam Pedro Soto met the rector of Hue University Le Van Nam and the director "
    "of the Institute of Ecology of Vietnam National University Tran Thi Mai."
)


@pytest.mark.parametrize(
    "later",
    [
        "The sides discussed the expansion of cooperation between Chilean universities and Vietnam National "
        "University. Following the meeting, the parties agreed to organise a trip to Chile for expanding "
        "collaboration with the University of Talca.",
        "Vietnam National University hosted the talks. Cooperation with the University of Talca was discussed.",
    ],
)
def test_a_proposal_without_a_subject_is_of_the_meeting_s_institution_named_last(later: str) -> None:
    assert _partnerships(f"{MET_THREE} {later}") == {
        ("University of Talca", "Vietnam National University"): "proposed"
    }


@pytest.mark.parametrize(
    "second",
    [
        "The rector suggested several measures for the development of cooperation with the University of Talca.",
        "The parties suggested closer collaboration with the University of Talca.",
    ],
)
def test_a_suggestion_is_a_proposal(second: str) -> None:
    text = f"Ambassador of Chile to Vietnam Pedro Soto visited Hue University on Monday. {second}"
    assert _partnerships(text) == {("Hue University", "University of Talca"): "proposed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # other verbs of a signing in the passive
        (f"The MoU was inked by {A} and {B} on Monday.", "agreed"),
        (f"The agreement was sealed by the rectors of {A} and the {B}.", "agreed"),
        # a signing ceremony
        (f"{A} hosted a signing ceremony with {B} on Friday.", "agreed"),
        (f"The signing ceremony between {A} and {B} took place in Kampala.", "agreed"),
        # a plan agreed by one side with the other
        (
            f"The opening of the centre was agreed by the rector of {A} with the vice-chancellor of {B}.",
            "agreed",
        ),
        (f"The launch of the course was agreed between {A} and {B}.", "agreed"),
        (
            f"A Chilean centre will open at {B} next year. Its launch was agreed by the Rector of {A} Rosa Pérez "
            "with the deputy vice-chancellor of the university.",
            "agreed",
        ),
    ],
)
def test_signed_inked_sealed_or_agreed_by_the_two(text: str, status: str) -> None:
    assert _partnerships(text) == {AB: status}


def test_agreed_by_a_title_with_and_in_it_with_the_university() -> None:
    text = (
        f"A Chilean centre will open at {B} in May. The opening was agreed by the counsellor for education and "
        "science of the Embassy of Chile in Uganda Pedro Soto with the first deputy vice-chancellor of the university."
    )
    assert _partnerships(text) == {("Embassy of Chile in Uganda", B): "agreed"}


@pytest.mark.parametrize(
    "text",
    [
        # headlines: a comma for "and", an infinitive for the future
        f"{A}, {B} sign agreement on joint research",
        f"{A}, {B} to launch joint institute",
        f"{A} and {B} to sign memorandum on student exchange",
        f"{A} and {B} to deepen ties in public health",
    ],
)
def test_headline_wordings(text: str) -> None:
    assert AB in _partnerships(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Delegations from {A}, {B} and the {C} attended.",
        f"In Santiago, {A}, {B}'s guest, opened the exhibition.",
        f"{A}, {B} and others sent students to the games.",
    ],
)
def test_a_comma_between_two_names_needs_a_headline_verb(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        f"{A} welcomed a delegation from its partner {B}.",
        f"{A} welcomed a delegation from its partner university, the {B}.",
        f"{A} and its long-standing partner {B} organised a conference.",
    ],
)
def test_its_partner_b(text: str) -> None:
    assert _partnerships(text) == {AB: "existing"}


@pytest.mark.parametrize(
    "text",
    [
        # the signatories said "on behalf of" their institutions
        f"The MoU was signed by Prof. Kofi Mensah on behalf of the {C} and Dr. Ana Silva on behalf of {A}.",
        f"The memorandum was signed on behalf of the {C} by Kofi Mensah and on behalf of {A} by Ana Silva.",
        # "signed with B by A"
        f"Agreements on academic exchange were signed with the {C} by {A}.",
    ],
)
def test_signed_on_behalf_of_or_with_b_by_a(text: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): "agreed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"A delegation of the {C} visited {A} to sign a memorandum of understanding.", "agreed"),
        (f"Rector of the {C} Kofi Mensah visited {A} on Monday to sign an agreement on exchange.", "agreed"),
        (f"A delegation of the {C} will visit {A} in May to sign an agreement.", "proposed"),
    ],
)
def test_a_visit_to_sign(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): status}


def test_a_visit_for_something_else_is_no_partnership() -> None:
    assert _partnerships(f"Students of the {C} visited {A} to see the campus.") == {}


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} celebrated ten years of partnership.",
        f"{A} and the {B} marked the 10th anniversary of their cooperation.",
        f"{A} and {B} extend partnership to 2030",
        f"{A} and {B} have a long-standing relationship.",
        f"{A} and {B} co-organised a conference on tropical medicine.",
        f"{A} hosted a delegation from partner university {B}.",
        f"Student exchange between {A} and {B} began in 2016.",
        f"The exchange of lecturers between {A} and the {B} will grow.",
    ],
)
def test_anniversaries_relationships_joint_events_and_exchanges(text: str) -> None:
    assert set(_partnerships(text)) == {AB}


@pytest.mark.parametrize(
    "text",
    [
        f"An exchange of views between the rector of {A} and the vice-chancellor of {B} followed.",
        f"{A} and {B} celebrated the victory of their rowing teams.",
        f"The academic mobility of students between Chile and Uganda was discussed at {A}.",
    ],
)
def test_exchanges_of_views_and_celebrations_of_other_things(text: str) -> None:
    assert _partnerships(text) == {}


HOST = f"{A} hosted the forum."


@pytest.mark.parametrize(
    "text",
    [
        # a tie in force that something is done under
        f"{HOST} Under the agreement with the {C}, ten students will study in Accra.",
        f"{HOST} Within the framework of the memorandum with the {C}, lecturers visit Accra every year.",
        f"Under the exchange agreement with the {C}, students of {A} spend a semester in Ghana.",
        f"{HOST} In line with the memorandum of understanding with the {C}, a summer school opened.",
    ],
)
def test_under_the_agreement_with_b(text: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): "existing"}


@pytest.mark.parametrize(
    "text",
    [
        f"{HOST} The rector spoke about the visa agreement with the {C}.",
        f"{HOST} Under the new rules, an agreement with the {C} is needed.",
        f"{HOST} Under the agreement with Ghana, visas are free.",
    ],
)
def test_an_agreement_merely_named_or_with_a_country(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        f"{A} intends to strengthen cooperation with the {C}.",
        f"{A} seeks to expand ties with the {C}.",
        f"{A} expressed its interest in establishing partnership with the {C}.",
        f"{A} wishes to deepen relations with the {C}.",
    ],
)
def test_wishes_to_strengthen_expand_or_deepen_a_tie(text: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): "proposed"}


def test_a_joint_degree_under_talks_is_proposed() -> None:
    text = f"{A} is in talks with the {C} about a joint degree in law."
    assert _partnerships(text) == {tuple(sorted((A, C))): "proposed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"The parties discussed the project of opening a branch of {A} at the {C}.", "proposed"),
        (f"A branch of {A} will open at the {C} in 2026.", "proposed"),
        (f"A branch campus of {A} was opened on the campus of the {C} in 2019.", "existing"),
    ],
)
def test_a_branch_of_a_at_b(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): status}


@pytest.mark.parametrize(
    "text",
    [
        f"A branch of {A} in Accra opened in 2020.",
        f"{A} has branches in Accra and Kumasi.",
    ],
)
def test_a_branch_in_a_city_is_no_partnership(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"Signed by {A} and the {C}, the memorandum provides for joint research.", "agreed"),
        (f"Signed on Monday by {A} and the {C}, the agreement covers staff mobility.", "agreed"),
        (f"{A} will partner with the {C} on malaria research.", "proposed"),
        (f"{A} plans to partner with the {C}.", "proposed"),
        (f"{A} to partner with {C} on malaria research", "proposed"),
    ],
)
def test_a_participle_first_and_partner_as_a_verb(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): status}


def test_signed_by_first_needs_a_tie_noun() -> None:
    assert _partnerships(f"Signed by {A} and the {C}, the letter thanked the sponsors of the games.") == {}


RECEIVED = f"Rector of {A} Rosa Pérez received the Vice-Chancellor of the {C} Kofi Mensah on Monday."
DELEGATION = f"A delegation from the {C} visited {A}."


@pytest.mark.parametrize(
    "text",
    [
        f"{RECEIVED} The rectors signed an agreement on student exchange.",
        f"{RECEIVED} They signed an agreement on student exchange.",
        f"{RECEIVED} The guests and the hosts signed a memorandum.",
        f"{DELEGATION} The memorandum between the two institutions covers joint research.",
        f"{DELEGATION} Both institutions signed a memorandum of understanding.",
        f"{DELEGATION} Both rectors signed a letter of intent.",
    ],
)
def test_the_signers_named_together_after_the_meeting(text: str) -> None:
    assert set(_partnerships(text)) == {tuple(sorted((A, C)))}


def test_they_far_from_the_meeting_is_not_its_sides() -> None:
    filler = " ".join(f"The campus has {k} new laboratories for physics." for k in range(2, 6))
    text = f"{RECEIVED} {filler} They signed an agreement on student exchange."
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a relative clause is no list of partners
        (f"{A}, which cooperates with many universities, hosted the {C} delegation.", set()),
        # a third name beside a signing: only the pair said to sign
        (f"{B} said that {A} and the {C} had signed an agreement.", {tuple(sorted((A, C)))}),
    ],
)
def test_a_clause_or_a_speaker_beside_a_tie(text: str, pairs: set[tuple[str, ...]]) -> None:
    assert set(_partnerships(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        f"A delegation headed by Kofi Mensah, president of the {C}, visited {A} to discuss academic exchange and "
        "cooperation.",
        f"Rector of the {C} Kofi Mensah visited {A} on Monday to explore research collaboration.",
        f"Rector of the {C} Kofi Mensah met the Rector of {A} Rosa Pérez. The interlocutors expressed interest in "
        "further expanding cooperation.",
    ],
)
def test_a_visit_to_discuss_cooperation_between_two_institutions(text: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): "proposed"}


def test_an_envoy_s_visit_to_discuss_cooperation_is_no_partnership() -> None:
    assert (
        _partnerships(f"The Ambassador of Ghana to Chile Kofi Mensah visited {A} to discuss cooperation.")
        == {}
    )


@pytest.mark.parametrize(
    "text",
    [
        f"The strategic partnership of {A} and the {C} was launched in 2019.",
        f"The memorandum of understanding of {A} and the {C} was signed in May.",
        f"{A} and the {C}'s partnership started in 2019.",
        f"The {C} has selected {A} as its strategic partner.",
        f"The {C} named {A} its first Latin American partner.",
        f"The {C} welcomed {A} as a new partner.",
    ],
)
def test_a_tie_of_a_and_b_and_a_partner_chosen(text: str) -> None:
    assert set(_partnerships(text)) == {tuple(sorted((A, C)))}


@pytest.mark.parametrize(
    "text",
    [
        f"The cooperation of Chile and Ghana in education was discussed at {A}.",
        f"{A} welcomed the students of the {C} as new members of the choir.",
    ],
)
def test_a_tie_of_two_states_or_a_welcome_of_people(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        (
            f"Rector of {A} Rosa Pérez opened the forum.",
            "During the visit, the rector signed an agreement",
            (A, C),
        ),
        (f"Rosa Pérez, Rector of {A}, spoke first.", "Later the rector signed an agreement", (A, C)),
        (
            f"The Vice-Chancellor of {B}, Samuel Okello, welcomed the guests.",
            "The vice-chancellor also signed a memorandum",
            (B, C),
        ),
        (
            "Ambassador of Chile to Uganda Pedro Soto visited the forum.",
            "The ambassador signed a memorandum",
            ("Embassy of Chile in Uganda", C),
        ),
    ],
)
def test_the_title_of_someone_named_before_stands_for_their_institution(
    first: str, second: str, pair: tuple[str, str]
) -> None:
    assert set(_partnerships(f"{first} {second} with the {C}.")) == {tuple(sorted(pair))}


def test_a_title_nobody_held_before_gives_no_partner() -> None:
    assert _partnerships(f"Rosa Pérez opened the forum. The rector signed an agreement with the {C}.") == {}


@pytest.mark.parametrize(
    "text",
    [
        f"{A} signed a roadmap for cooperation with the {C}.",
        f"{A} and the {C} signed a road map on academic mobility.",
        f"A protocol on student exchange was signed between {A} and the {C}.",
        f"A declaration of intent was signed by {A} and the {C}.",
    ],
)
def test_roadmaps_protocols_and_declarations_of_intent(text: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): "agreed"}


@pytest.mark.parametrize(
    "text",
    [
        f"According to protocol, {A} welcomed the guests from the {C}.",
        f"{A} showed a map of the campus to the {C} delegation.",
    ],
)
def test_protocol_and_map_in_other_senses(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # the second verb's subject is the first clause's, not its last object
        f"Rosa Pérez said her university cooperates with {B} and the {C}, and plans to sign an agreement with {D}.",
        f"Last year the university worked with {B}; since then it has signed a memorandum with {D}.",
    ],
)
def test_an_object_of_with_is_no_subject_of_the_next_verb(text: str) -> None:
    assert tuple(sorted((C, D))) not in _partnerships(text)
    assert tuple(sorted((B, D))) not in _partnerships(text)


def test_a_named_subject_keeps_its_objects_apart() -> None:
    text = f"{A} cooperates with {B} and the {C}, and plans to sign an agreement with {D}."
    assert set(_partnerships(text)) == {AB, tuple(sorted((A, C))), tuple(sorted((A, D)))}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            f"The vice-chancellor expressed {A}'s readiness to work with the {C} on language teaching.",
            "proposed",
        ),
        (f"{A} is ready to work together with the {C}.", "proposed"),
        (f"{A} works closely with the {C} on malaria research.", "existing"),
    ],
)
def test_to_work_with_after_a_wish_or_closely(text: str, status: str) -> None:
    assert _partnerships(text) == {tuple(sorted((A, C))): status}


@pytest.mark.parametrize(
    "text",
    [
        f"She worked with the {C} for ten years before joining {A}.",
        f"Students of {A} went to work with the {C} researchers.",
        # "between" that names others than the programme's partners
        f"The sides discussed cooperation between Chilean and Ghanaian universities, including scholarships for "
        f"Chilean students at the {C} and {E}.",
    ],
)
def test_work_with_in_a_career_or_between_others(text: str) -> None:
    assert _partnerships(text) == {}


EMBASSY_MET = f"Rector of {A} Rosa Pérez met the Ambassador of Uganda to Chile Samuel Okello on Monday."


@pytest.mark.parametrize(
    "second",
    [
        "At the end of the meeting, the parties agreed to systematically implement the proposals.",
        "Both parties agreed to form a joint committee to follow up on the proposals.",
        "The sides decided to open a Ugandan studies centre at the university.",
    ],
)
def test_a_deed_agreed_on_by_an_embassy_and_a_university_is_no_partnership(second: str) -> None:
    # session 16: of the 8 pairs the labelled sets gave this way, 1 was gold (bench/README.md)
    assert _partnerships(f"{EMBASSY_MET} {second}") == {}


def test_a_deed_agreed_on_at_the_end_of_a_long_report_of_the_meeting() -> None:
    filler = " ".join(f"The rector showed {k} new laboratories for physics." for k in range(2, 10))
    text = f"{EMBASSY_MET} {filler} At the end of the meeting, the parties agreed to implement the proposals."
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "second",
    [
        "At the end of the meeting, the parties agreed to continue active cooperation in education.",
        "The parties hope to develop exchanges between the two countries.",
    ],
)
def test_a_wish_of_the_sides_with_an_embassy_is_none(second: str) -> None:
    assert _partnerships(f"{EMBASSY_MET} {second}") == {}

"""Partnerships in wordings of the genre the readers missed (issue #11, session 8, second pass): sentences
written for these tests.

Headlines ("A, B ink MoU", "A–B partnership", "A partners B on ..."), a post as the actor of a tie ("The
Korean Mayor expressed readiness to cooperate with B, with which ..."), and two subjects that each sign
with a third party ("A and B both signed memoranda with C").
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import partnership_pairs, sorted_pair

_pairs = partial(partnership_pairs, published="2025-03-10")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a headline joins the two by a comma, with a verb of a tie in the present
        (
            "Makerere University, University of Nairobi ink MoU on research",
            ("Makerere University", "University of Nairobi"),
        ),
        (
            "Kenyatta University, Moi University agree to cooperate on research",
            ("Kenyatta University", "Moi University"),
        ),
        (
            "Cairo University, University of Oxford collaborate on vaccine research",
            ("Cairo University", "University of Oxford"),
        ),
        ("Gulu University and Lund University seal partnership", ("Gulu University", "Lund University")),
        # two names joined by a dash before the noun of their tie
        (
            "Stellenbosch University–University of Ghana partnership to boost doctoral training",
            ("Stellenbosch University", "University of Ghana"),
        ),
        (
            "The Makerere University – Lund University research cooperation began in 2000.",
            ("Makerere University", "Lund University"),
        ),
        # "partner" as a transitive verb
        (
            "University of Lagos partners Harvard University on malaria research",
            ("University of Lagos", "Harvard University"),
        ),
        (
            "The University of Ibadan has partnered the University of Bristol to train doctors.",
            ("University of Ibadan", "University of Bristol"),
        ),
        (
            "Covenant University to partner Aston University on energy research",
            ("Covenant University", "Aston University"),
        ),
    ],
)
def test_headline_and_verb_forms(text: str, pair: tuple[str, str]) -> None:
    assert sorted_pair(*pair) in _pairs(text)


def test_a_post_opening_the_sentence_acts_for_its_holders_institution() -> None:
    text = (
        "The Ambassador of Kazakhstan Aidar Bekov met with the rector of Chungnam National University, Kim Soo-min. "
        "The Korean rector expressed readiness to expand cooperation, primarily with Karaganda University, with "
        "which a memorandum was signed in 2019."
    )
    assert sorted_pair("Chungnam National University", "Karaganda University") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pairs", "not_pair"),
    [
        (
            "Kyiv University and Lviv University both signed memoranda with Warsaw University last year.",
            [("Kyiv University", "Warsaw University"), ("Lviv University", "Warsaw University")],
            ("Kyiv University", "Lviv University"),
        ),
        (
            "Both Jordan University of Science and Technology and Yarmouk University signed agreements with the "
            "University of Leeds.",
            [("Yarmouk University", "University of Leeds")],
            ("Jordan University of Science and Technology", "Yarmouk University"),
        ),
    ],
)
def test_two_subjects_sign_with_a_third_party(
    text: str, pairs: list[tuple[str, str]], not_pair: tuple[str, str]
) -> None:
    found = _pairs(text)
    assert all(sorted_pair(*p) in found for p in pairs)
    assert sorted_pair(*not_pair) not in found


@pytest.mark.parametrize(
    "text",
    [
        # the object of a visit is no actor of the signing that follows
        "The Korean Mayor visited Chungnam National University and signed an agreement with the rector of Tashkent "
        "State University.",
        # a dash that joins no tie
        "Stellenbosch University – University of Ghana: a final in the debating league",
        "Nazarbayev University ranked above Al-Farabi Kazakh National University in the QS rankings.",
        "Kenyatta University competes with Moi University for government funding.",
        "Representatives of Cairo University and Alexandria University attended the conference on water security.",
    ],
)
def test_no_partnership(text: str) -> None:
    assert not _pairs(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the partners of the lead's subject, one line each (after "1." the splitter cuts a sentence)
        (
            "During the forum, Kazan Federal University signed memoranda with:\n1. Tomsk State University;\n"
            "2. Novosibirsk State University;\n3. Ural Federal University.",
            [
                ("Kazan Federal University", "Tomsk State University"),
                ("Kazan Federal University", "Novosibirsk State University"),
                ("Kazan Federal University", "Ural Federal University"),
            ],
        ),
        (
            "The partners of Bukhara State University include:\n- Ghent University (Belgium);\n"
            "- the University of Bologna (Italy).",
            [
                ("Bukhara State University", "Ghent University"),
                ("Bukhara State University", "University of Bologna"),
            ],
        ),
        # a pair on each line
        (
            "Agreements were signed between the following institutions:\n• Osh State University and Bishkek State "
            "University;\n• Naryn State University and Jalal-Abad State University.",
            [
                ("Osh State University", "Bishkek State University"),
                ("Naryn State University", "Jalal-Abad State University"),
            ],
        ),
        (
            "The agreements signed during the visit:\n- Kenyatta University – Stellenbosch University, on student "
            "exchange;\n- Moi University and the University of Ghana.",
            [("Kenyatta University", "Stellenbosch University"), ("Moi University", "University of Ghana")],
        ),
    ],
)
def test_a_tie_told_as_a_list_after_a_colon(text: str, pairs: list[tuple[str, str]]) -> None:
    found = _pairs(text)
    assert all(sorted_pair(*p) in found for p in pairs), found


@pytest.mark.parametrize(
    ("text", "not_pair"),
    [
        # a line after the list that ends it (no marker, the line before ends in a full stop) is no item
        (
            "Kazan Federal University signed memoranda with the following universities:\nTomsk State University;\n"
            "Novosibirsk State University.\nUral Federal University hosted the forum.",
            ("Kazan Federal University", "Ural Federal University"),
        ),
        # a list that is no tie
        (
            "Participants of the forum:\n- Osh State University;\n- Naryn State University.",
            ("Osh State University", "Naryn State University"),
        ),
    ],
)
def test_a_list_ends_where_its_lines_do(text: str, not_pair: tuple[str, str]) -> None:
    assert sorted_pair(*not_pair) not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # signers named with the possessive of their institutions
        (
            "The MoU was signed by Makerere University's Vice-Chancellor Barnabas Nawangwe and Lund University's "
            "President Erik Renström.",
            [("Makerere University", "Lund University")],
        ),
        (
            "The agreement was signed by Cairo University's president and Ain Shams University's rector.",
            [("Cairo University", "Ain Shams University")],
        ),
        # the signer named only as the source at the end
        (
            "Cooperation agreements were signed with Gazi University and Erciyes University, the press service of "
            "Kyrgyz National University reported.",
            [
                ("Kyrgyz National University", "Gazi University"),
                ("Kyrgyz National University", "Erciyes University"),
            ],
        ),
        # "among" for a tie of three
        (
            "A tripartite agreement was signed among Addis Ababa University, Mekelle University and Bahir Dar "
            "University.",
            [
                ("Addis Ababa University", "Mekelle University"),
                ("Addis Ababa University", "Bahir Dar University"),
            ],
        ),
        (
            "The University of Tartu is among the strategic partners of Uppsala University.",
            [("University of Tartu", "Uppsala University")],
        ),
        (
            "Kazan Federal University is a sister university of Jilin University.",
            [("Kazan Federal University", "Jilin University")],
        ),
        (
            "Nagoya University, a sister university of the University of Adelaide, hosted the forum.",
            [("Nagoya University", "University of Adelaide")],
        ),
    ],
)
def test_signers_sources_and_partners_of(text: str, pairs: list[tuple[str, str]]) -> None:
    found = _pairs(text)
    assert all(sorted_pair(*p) in found for p in pairs), found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a programme run together, named with an adjective ("joint educational programmes")
        (
            "Since 2015, Samarkand State University has been implementing joint educational programmes with "
            "Belarusian State University.",
            [("Samarkand State University", "Belarusian State University")],
        ),
        (
            "Mzuzu University is running joint academic programmes with the University of Malawi.",
            [("Mzuzu University", "University of Malawi")],
        ),
        # unnamed partners before the named ones, for a reader that wants the partner right after "with"
        (
            "Earlier, Tajik National University established relations with 50 universities in Russia, including "
            "Moscow State University.",
            [("Tajik National University", "Moscow State University")],
        ),
        # the people of both institutions as the actors
        (
            "Officials from Kwame Nkrumah University of Science and Technology and Ghent University exchanged the "
            "signed documents.",
            [("Kwame Nkrumah University of Science and Technology", "Ghent University")],
        ),
    ],
)
def test_programmes_run_together_and_unnamed_partners_first(text: str, pairs: list[tuple[str, str]]) -> None:
    found = _pairs(text)
    assert all(sorted_pair(*p) in found for p in pairs), found


@pytest.mark.parametrize(
    ("text", "not_pair"),
    [
        # "among them" lists one side's partners, not a tie among them
        (
            "Ain Shams University has over 200 agreements with foreign universities, among them Heidelberg "
            "University and the University of Vienna.",
            ("Heidelberg University", "University of Vienna"),
        ),
        # a group named by "among", with examples
        (
            "Cooperation among universities of the region, including Osh State University and Naryn State "
            "University, was discussed.",
            ("Osh State University", "Naryn State University"),
        ),
    ],
)
def test_among_a_group_is_no_tie_of_its_members(text: str, not_pair: tuple[str, str]) -> None:
    assert sorted_pair(*not_pair) not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # ministries of two states, each named with its country's possessive
        (
            "Kazakhstan's Ministry of Science and Higher Education and Hungary's Ministry of Culture and Innovation "
            "signed a programme of cooperation in education.",
            (
                "Ministry of Science and Higher Education of Kazakhstan",
                "Ministry of Culture and Innovation of Hungary",
            ),
        ),
        # one plural head for the two ministries
        (
            "The ministries of education of Tajikistan and Kyrgyzstan signed a cooperation plan for 2024-2026.",
            ("Ministry of Education of Tajikistan", "Ministry of Education of Kyrgyzstan"),
        ),
        # a verb of a tie that keeps one up, and talks of one to come
        (
            "Makerere University maintains partnerships with the University of Bergen.",
            ("Makerere University", "University of Bergen"),
        ),
        (
            "Kyrgyz National University and Xinjiang University are in talks to establish a Confucius classroom.",
            ("Kyrgyz National University", "Xinjiang University"),
        ),
    ],
)
def test_ministries_of_two_states_and_ties_kept_or_in_talks(text: str, pair: tuple[str, str]) -> None:
    assert sorted_pair(*pair) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministries of Kazakhstan and Uzbekistan discussed the border.",
        "The embassies of Japan and Korea hosted a reception.",
    ],
)
def test_one_plural_head_without_a_tie(text: str) -> None:
    assert not _pairs(text)


def test_the_two_leaders_of_a_meeting_sign() -> None:
    text = (
        "The Vice-Chancellor of Egerton University, Prof. Isaac Kibwage, received the President of Ghent University. "
        "The two leaders signed an agreement on doctoral training."
    )
    assert sorted_pair("Egerton University", "Ghent University") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "not_pairs"),
    [
        # a witness, the guests of a ceremony, a rector's past: no parties
        (
            "Delegations from Cairo University, Alexandria University and Assiut University attended the signing "
            "ceremony between Al-Azhar University and Zagazig University.",
            [("Cairo University", "Al-Azhar University"), ("Cairo University", "Alexandria University")],
        ),
        (
            "The rector of Kabul University, who studied at Moscow State University, signed the memorandum with "
            "Tajik National University.",
            [
                ("Moscow State University", "Tajik National University"),
                ("Kabul University", "Moscow State University"),
            ],
        ),
        (
            "Teams from Osh State University and Naryn State University competed in the hackathon.",
            [("Osh State University", "Naryn State University")],
        ),
        (
            "Kenyatta University and Moi University received funding from the World Bank.",
            [("Kenyatta University", "Moi University")],
        ),
    ],
)
def test_guests_witnesses_and_co_recipients_are_no_parties(
    text: str, not_pairs: list[tuple[str, str]]
) -> None:
    found = _pairs(text)
    assert not any(sorted_pair(*p) in found for p in not_pairs), found


def test_an_envoy_opening_the_sentence_speaks_for_his_country() -> None:
    text = (
        "Ambassador of Kazakhstan to Belgium Roman Vassilenko met with the rector of Ghent University. "
        "The Ambassador expressed readiness to cooperate with Ghent University."
    )
    assert sorted_pair("Embassy of Kazakhstan in Belgium", "Ghent University") not in _pairs(text)


def test_a_model_followed_is_no_partner() -> None:
    text = (
        "Ankara University and Gazi University signed an agreement in line with Hacettepe University's model."
    )
    found = _pairs(text)
    assert sorted_pair("Ankara University", "Gazi University") in found
    assert sorted_pair("Gazi University", "Hacettepe University") not in found
    assert sorted_pair("Ankara University", "Hacettepe University") not in found


def test_a_post_named_before_without_its_holder() -> None:
    text = (
        "A delegation led by the rector of Kazan Federal University visited Kyrgyzstan. The rector signed "
        "memoranda with Osh State University and Naryn State University."
    )
    found = _pairs(text)
    assert sorted_pair("Kazan Federal University", "Osh State University") in found
    assert sorted_pair("Kazan Federal University", "Naryn State University") in found

"""Partnerships in wordings of long university press releases that name several partners (session 9):
sentences written for these tests.

A joint or double-degree programme told in a sentence of its own is a second tie of two institutions
that already have one.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from support.extracted import sorted_pair


def _ties(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    record = extract_text(text, published="2025-03-10")
    return [(tuple(sorted(p.between)), p.kind, p.status) for p in record.partnerships]


def _pairs(text: str) -> set[tuple[str, ...]]:
    return {pair for pair, _, _ in _ties(text)}


def _assert_ties(text: str, pairs: list[tuple[str, str]], not_pairs: list[tuple[str, str]]) -> None:
    """Every pair of ``pairs`` is a partnership of the text, none of ``not_pairs`` is."""
    found = _pairs(text)
    for pair in pairs:
        assert sorted_pair(*pair) in found
    for pair in not_pairs:
        assert sorted_pair(*pair) not in found


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
    assert [k for p, k, _ in ties if p == sorted_pair(*pair)].count(kind) == 1
    assert len([p for p, _, _ in ties if p == sorted_pair(*pair)]) == 2


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
        assert sorted_pair(*pair) in found


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
    assert sorted_pair(*pair) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # partners of a project named, not of the institution in view
        "Cairo University\n\nCairo University hosted a seminar on the project. The project partners include the "
        "University of Vienna and Ghent University.",
    ],
)
def test_a_tie_merely_named_is_none(text: str) -> None:
    assert sorted_pair("Cairo University", "University of Vienna") not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # "similar agreements exist with B and C": more ties of the institution in view
        (
            "University of Porto\n\nThe University of Porto has signed a new agreement with Universidade Federal do "
            "Rio de Janeiro. Similar agreements exist with Universidade de Brasília and the University of Lisbon.",
            [
                ("University of Porto", "Universidade de Brasília"),
                ("University of Lisbon", "University of Porto"),
            ],
        ),
        (
            "Ilia State University\n\nIlia State University hosted the rectors' forum. Exchange agreements are "
            "already in place with Uppsala University and the University of Tartu.",
            [
                ("Ilia State University", "Uppsala University"),
                ("Ilia State University", "University of Tartu"),
            ],
        ),
        # "Similar memoranda were signed with C and D": the first party of the sentence before, not the last
        (
            "Kazakh National Agrarian University and Nebraska University signed a memorandum. Similar memoranda "
            "were signed with Kansas State University and Iowa State University.",
            [
                ("Kansas State University", "Kazakh National Agrarian University"),
                ("Iowa State University", "Kazakh National Agrarian University"),
            ],
        ),
        # "A's (existing) links / ties with B"
        (
            "The new agreement adds to Ghent University's existing links with the University of Rwanda and Mzuzu "
            "University.",
            [("Ghent University", "University of Rwanda"), ("Ghent University", "Mzuzu University")],
        ),
        # a thing of the institution in view "run jointly / organised in partnership with B"
        (
            "University of Sharjah\n\nThe University of Sharjah launched a master's programme in renewable energy. "
            "The programme is run jointly with Brunel University London.",
            [("Brunel University London", "University of Sharjah")],
        ),
        (
            "Universidad de Granada\n\nUniversidad de Granada welcomed 40 students this summer. The summer school was "
            "organised in partnership with Mohammed V University.",
            [("Mohammed V University", "Universidad de Granada")],
        ),
        # talks and negotiations with B: a tie in the making
        (
            "Sultan Qaboos University\n\nThe university's international office has also initiated talks with Kyoto "
            "University and the University of Leeds about joint degrees.",
            [
                ("Kyoto University", "Sultan Qaboos University"),
                ("Sultan Qaboos University", "University of Leeds"),
            ],
        ),
        (
            "Qassim University is in negotiations with Universiti Malaya on a joint doctoral programme.",
            [("Qassim University", "Universiti Malaya")],
        ),
    ],
)
def test_more_ties_of_the_institution_in_view(text: str, pairs: list[tuple[str, str]]) -> None:
    found = _pairs(text)
    for pair in pairs:
        assert sorted_pair(*pair) in found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # "B, with whom A has cooperated since 2001": A named inside the relative clause
        (
            "The guests came from Hanoi University, with whom Charles University has cooperated since 2001.",
            [("Charles University", "Hanoi University")],
        ),
        # an institution that works / has worked with B (named right before the verb)
        (
            "Since 2015, Kathmandu University has worked with the University of Oslo on public health.",
            [("Kathmandu University", "University of Oslo")],
        ),
        (
            "Nanyang Technological University\n\nNTU has partnered with Imperial College London since 2010. NTU also "
            "works with ETH Zurich on sustainable cities.",
            [("ETH Zurich", "Nanyang Technological University")],
        ),
        (
            "The University of Zambia has worked with the University of Edinburgh for fifteen years.",
            [("University of Edinburgh", "University of Zambia")],
        ),
        # headlines and pairs that strengthen / discuss / explore their ties
        (
            "Kabul University, Purdue University discuss cooperation",
            [("Kabul University", "Purdue University")],
        ),
        (
            "University of Dhaka, Hiroshima University strengthen ties",
            [("Hiroshima University", "University of Dhaka")],
        ),
        (
            "Bahir Dar University and the University of Twente deepened their cooperation in water management.",
            [("Bahir Dar University", "University of Twente")],
        ),
        # "were signed by A with B and C"
        (
            "Cooperation agreements were signed by Bayero University Kano with Coventry University and Lancaster "
            "University.",
            [
                ("Bayero University Kano", "Coventry University"),
                ("Bayero University Kano", "Lancaster University"),
            ],
        ),
        # "A and B jointly deliver / supervise"
        (
            "Under the new scheme, Moi University and the University of Warwick jointly deliver a master's course in "
            "epidemiology.",
            [("Moi University", "University of Warwick")],
        ),
        # "A counts B and C among its partners"
        (
            "Hokkaido University counts Uppsala University and the University of Iceland among its partners.",
            [("Hokkaido University", "Uppsala University"), ("Hokkaido University", "University of Iceland")],
        ),
    ],
)
def test_relative_clauses_work_with_headlines_and_partner_lists(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    found = _pairs(text)
    for pair in pairs:
        assert sorted_pair(*pair) in found


@pytest.mark.parametrize(
    "text",
    [
        # a person works with a university: no tie of the person's institution told this way
        "Professor Ana Ruiz of Universidad de Sevilla has worked with the University of Cape Town on marine "
        "biology.",
        # two universities merely in one sentence
        "Students from Universidad de Sevilla and the University of Cape Town won the debate.",
    ],
)
def test_a_person_or_a_shared_sentence_is_no_tie(text: str) -> None:
    assert sorted_pair("Universidad de Sevilla", "University of Cape Town") not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pairs", "not_pairs"),
    [
        # "Memoranda with B and C were also signed": B and C are one party's partners, not each other's
        (
            "University of Pretoria\n\nThe University of Pretoria hosted the forum. Memoranda of understanding with "
            "Kenyatta University and Egerton University were also signed during the visit.",
            [
                ("Kenyatta University", "University of Pretoria"),
                ("Egerton University", "University of Pretoria"),
            ],
            [("Egerton University", "Kenyatta University")],
        ),
        (
            "Agreements with Yonsei University and Korea University were officially signed on Friday, Universidad "
            "de Chile said.",
            [("Universidad de Chile", "Yonsei University"), ("Korea University", "Universidad de Chile")],
            [("Korea University", "Yonsei University")],
        ),
        # unnamed partners with a time phrase before the named ones
        (
            "Hanyang University\n\nHanyang University has signed MoUs with 12 universities in Latin America this "
            "year, including Universidad de Buenos Aires and Universidad de Costa Rica.",
            [
                ("Hanyang University", "Universidad de Buenos Aires"),
                ("Hanyang University", "Universidad de Costa Rica"),
            ],
            [("Universidad de Buenos Aires", "Universidad de Costa Rica")],
        ),
        (
            "Universiti Malaya\n\nUniversiti Malaya hosted the ASEAN rectors. New partners this year include "
            "Chulalongkorn University and Universitas Gadjah Mada.",
            [
                ("Chulalongkorn University", "Universiti Malaya"),
                ("Universitas Gadjah Mada", "Universiti Malaya"),
            ],
            [],
        ),
        # a visit that resulted in agreements; Erasmus+ projects and partnerships
        (
            "The visit of the rector of Istanbul University to Tashkent resulted in agreements with Tashkent State "
            "University of Law and the National University of Uzbekistan.",
            [
                ("Istanbul University", "Tashkent State University of Law"),
                ("Istanbul University", "National University of Uzbekistan"),
            ],
            [],
        ),
        (
            "Ain Shams University\n\nAin Shams University has been granted an Erasmus+ International Credit Mobility "
            "project with the University of Granada.",
            [("Ain Shams University", "University of Granada")],
            [],
        ),
        (
            "Kyrgyz-Turkish Manas University\n\nKyrgyz-Turkish Manas University held its graduation. The university "
            "also has Erasmus+ partnerships with Ankara University and Ege University.",
            [
                ("Ankara University", "Kyrgyz-Turkish Manas University"),
                ("Ege University", "Kyrgyz-Turkish Manas University"),
            ],
            [],
        ),
    ],
)
def test_partners_listed_after_with_and_erasmus_ties(
    text: str, pairs: list[tuple[str, str]], not_pairs: list[tuple[str, str]]
) -> None:
    _assert_ties(text, pairs, not_pairs)


_TOUR = (
    "Universidad de Cuyo signs agreements on a tour of Asia and Europe\n\n"
    "MENDOZA, 3 April 2025 – Universidad de Cuyo signed new agreements this week during the visit of its rector, "
    "Dr. Ana Lucero, to Asia and Europe.\n\n"
    "In Seoul, Universidad de Cuyo and Yonsei University signed a memorandum of understanding on student exchange.\n\n"
    "The rector then travelled to Osaka, where she met the leadership of Osaka University. The two institutions "
    "agreed to prepare a double degree in economics.\n\n"
    "In Lisbon, the delegation visited the University of Lisbon, a long-standing partner of the university.\n\n"
    "Its partners in Latin America include Universidad de Chile and Universidad de la República."
)


def test_a_release_of_several_visits_ties_each_partner_to_the_issuer() -> None:
    ties = _ties(_TOUR)
    pairs = {pair for pair, _, _ in ties}
    for partner in (
        "Yonsei University",
        "Osaka University",
        "University of Lisbon",
        "Universidad de Chile",
        "Universidad de la República",
    ):
        assert sorted_pair("Universidad de Cuyo", partner) in pairs
    # "the two institutions" after a meeting with Osaka are Cuyo and Osaka, the partner of "the university"
    # is the release's own university, and no partner is tied to another
    assert all("Universidad de Cuyo" in pair for pair in pairs)
    assert [
        kind for pair, kind, _ in ties if pair == sorted_pair("Osaka University", "Universidad de Cuyo")
    ] == ["double-degree"]


@pytest.mark.parametrize(
    ("text", "pairs", "not_pairs"),
    [
        # the participle right after the tie's noun: "The agreements, signed with B, C and D, cover ..."
        (
            "Khalifa University signs with three partners\n\nKhalifa University has concluded research agreements "
            "with three East Asian institutions. The agreements, signed with Tsinghua University, the National "
            "University of Singapore and Hanyang University, cover hydrogen energy.",
            [
                ("Khalifa University", "Tsinghua University"),
                ("Khalifa University", "National University of Singapore"),
                ("Hanyang University", "Khalifa University"),
            ],
            [("National University of Singapore", "Tsinghua University")],
        ),
        # a joint centre or laboratory with B
        (
            "Zayed University\n\nZayed University welcomed its new students. The university already hosts a joint "
            "research centre with Masdar Institute.",
            [("Masdar Institute", "Zayed University")],
            [],
        ),
        # "the university" far from any sentence that opens with it: the institution the article is about
        (
            "Aston University\n\nAston University hosted the Pakistani delegation on Monday. A memorandum was signed "
            "with Lahore University of Management Sciences. Professor Ali Raza spoke for the guests. The "
            "Vice-Chancellor said the university also had research partnerships with Quaid-i-Azam University.",
            [("Aston University", "Quaid-i-Azam University")],
            [("Lahore University of Management Sciences", "Quaid-i-Azam University")],
        ),
        # an agreement under negotiation: proposed, of the institution in view (not the last partner named)
        (
            "Université Cheikh Anta Diop\n\nUniversité Cheikh Anta Diop maintains agreements with Université Laval "
            "and Université Gaston Berger. The rector recalled that an agreement with Université Paris Cité is under "
            "negotiation.",
            [("Université Cheikh Anta Diop", "Université Paris Cité")],
            [("Université Gaston Berger", "Université Paris Cité")],
        ),
    ],
)
def test_participles_joint_centres_and_the_institution_in_view(
    text: str, pairs: list[tuple[str, str]], not_pairs: list[tuple[str, str]]
) -> None:
    _assert_ties(text, pairs, not_pairs)


def test_the_rest_of_a_name_read_short_does_not_end_the_list() -> None:
    found = _pairs(
        "Keio University signed agreements with the University of Tunis El Manar, Université Paris-Saclay and "
        "Sorbonne University."
    )
    assert sorted_pair("Keio University", "Université Paris-Saclay") in found
    assert sorted_pair("Keio University", "Sorbonne University") in found


def test_partners_whose_owner_is_unnamed_are_not_each_others() -> None:
    # the owner's name is not read as an institution: the partners listed are no tie of each other
    found = _pairs(
        "Among Tecnológico de Monterrey's partners are Arizona State University and the University of Waterloo."
    )
    assert sorted_pair("Arizona State University", "University of Waterloo") not in found


def test_a_programme_whose_tie_was_told_as_that_programme_is_no_second_tie() -> None:
    text = (
        "Universidad de Antioquia and the University of Calgary signed a dual-degree agreement on Thursday. The "
        "dual degree programme between Universidad de Antioquia and the University of Calgary will admit ten "
        "students a year."
    )
    ties = [
        t for t in _ties(text) if t[0] == sorted_pair("Universidad de Antioquia", "University of Calgary")
    ]
    assert len(ties) == 1

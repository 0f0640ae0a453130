"""Partnerships told over two sentences or by what the partners do under a tie: sentences written for these
tests. A partner not named where the tie is told and named in the next sentence ("A signed a memorandum with
a Japanese partner. Under the memorandum, B will host ...", "A has 60 partners. Among them are B and C"),
"the parties are A and B", "It was signed by the rector of A and the rector of B", "the universities have
been partners since", a body "set up by A and B", people of one institution at the other under a tie
("through the exchange programme", "on exchange", "within the joint project"), "A and B have been exchanging
lecturers", and names ending in "Studies" or "Technologies" (one institution, not a plural)."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text("Partners\n\n" + text, published="2025-11-20")
    return {tuple(sorted(p.between)) for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


TIED = [
    # 1. a partner not named where the tie is told, named alone in the next sentence with the tie again
    (
        "The National University of Mongolia signed a memorandum with a Japanese partner. Under the memorandum, "
        "Tohoku University will host ten Mongolian students every year.",
        "National University of Mongolia",
        "Tohoku University",
    ),
    (
        "Khorog State University has a new partner. The University of Central Asia signed an agreement with it "
        "on Monday.",
        "Khorog State University",
        "University of Central Asia",
    ),
    (
        "Tashkent State Pedagogical University has a new partner. It is Hunan Normal University, which will "
        "send Chinese language teachers to Tashkent.",
        "Tashkent State Pedagogical University",
        "Hunan Normal University",
    ),
    (
        "The University of Porto signed an exchange agreement with an African university last week. The "
        "document allows students of Eduardo Mondlane University to spend a semester in Portugal.",
        "University of Porto",
        "Eduardo Mondlane University",
    ),
    # 2. "A has N partners. Among them are B and C." / "They include B and C." / "One of them is B."
    (
        "Kyrgyz State Medical Academy has more than 60 partners abroad. Among them are Kazan State Medical "
        "University and Ankara University.",
        "Kyrgyz State Medical Academy",
        "Kazan State Medical University",
    ),
    (
        "Kyrgyz State Medical Academy has more than 60 partners abroad. Among them are Kazan State Medical "
        "University and Ankara University.",
        "Kyrgyz State Medical Academy",
        "Ankara University",
    ),
    (
        "Bishkek Humanitarian University has many foreign partners. They include Xinjiang Normal University "
        "and the University of Warsaw.",
        "Bishkek Humanitarian University",
        "University of Warsaw",
    ),
    (
        "Mongolian University of Science and Technology cooperates with many foreign universities. One of them "
        "is Kyushu University, which has hosted its students since 2010.",
        "Mongolian University of Science and Technology",
        "Kyushu University",
    ),
    (
        "Stellenbosch University has over 300 partner universities. These include the University of Leuven "
        "and Uppsala University.",
        "Stellenbosch University",
        "Uppsala University",
    ),
    # 3. "The parties are A and B" after a tie told with no party
    (
        "An agreement on academic cooperation has been signed. The parties are Ferghana State University and "
        "Daegu University.",
        "Ferghana State University",
        "Daegu University",
    ),
    (
        "A memorandum on joint research was signed in Nairobi. The signatories were Kenyatta University and "
        "the University of Bergen.",
        "Kenyatta University",
        "University of Bergen",
    ),
    # 4. "It was signed by the rector of A and the rector of B"
    (
        "The memorandum between the universities was signed on Tuesday. It was signed by the rector of Termez "
        "State University and the rector of Shandong University.",
        "Termez State University",
        "Shandong University",
    ),
    (
        "A new exchange agreement came into force this month. It was signed by the president of the University "
        "of Jordan and the rector of the University of Bologna.",
        "University of Jordan",
        "University of Bologna",
    ),
    # 5. "the universities have been partners since ..." after a visit
    (
        "Representatives of Kazakh Ablai Khan University of International Relations and World Languages "
        "visited Hankuk University of Foreign Studies. The universities have been partners since 2008.",
        "Kazakh Ablai Khan University of International Relations and World Languages",
        "Hankuk University of Foreign Studies",
    ),
    (
        "The rector of Osh State University welcomed a delegation from Xinjiang University. Both institutions "
        "are long-standing partners.",
        "Osh State University",
        "Xinjiang University",
    ),
    # 6. a body set up by the two
    (
        "The centre was set up by Kazakh National Medical University and Karolinska Institute.",
        "Kazakh National Medical University",
        "Karolinska Institute",
    ),
    (
        "The laboratory was established in 2021 by the University of Rwanda and the University of Glasgow.",
        "University of Rwanda",
        "University of Glasgow",
    ),
    (
        "The summer school has been founded by Ilia State University and the University of Tartu.",
        "Ilia State University",
        "University of Tartu",
    ),
    # 7. people of one institution at the other under a tie: through, on exchange, Erasmus+, a joint project
    (
        "Students of the University of Tartu can spend a semester at Kyiv-Mohyla Academy through the exchange "
        "programme.",
        "University of Tartu",
        "Kyiv-Mohyla Academy",
    ),
    (
        "This year, ten students of Kabul Polytechnic University are studying at Istanbul Technical University "
        "on exchange.",
        "Kabul Polytechnic University",
        "Istanbul Technical University",
    ),
    (
        "Last year Jagiellonian University welcomed twelve students from Karaganda University under the "
        "Erasmus+ programme.",
        "Jagiellonian University",
        "Karaganda University",
    ),
    (
        "The University of Ljubljana welcomed ten students from the University of Sarajevo as part of the "
        "Erasmus+ exchange.",
        "University of Ljubljana",
        "University of Sarajevo",
    ),
    (
        "Lecturers from Vilnius University taught at Tbilisi State University within the joint project.",
        "Vilnius University",
        "Tbilisi State University",
    ),
    # 8. "A and B have been exchanging lecturers"
    (
        "The University of Johannesburg and the University of Zimbabwe have been exchanging lecturers for five "
        "years.",
        "University of Johannesburg",
        "University of Zimbabwe",
    ),
    (
        "Since 2019 Mutah University and the University of Sfax have exchanged doctoral students every spring.",
        "Mutah University",
        "University of Sfax",
    ),
    # 9. a proper name ending in "Studies" / "Technologies" is one institution
    (
        "Peking University hosted twenty lecturers from Tashkent State University of Oriental Studies under "
        "their cooperation agreement.",
        "Peking University",
        "Tashkent State University of Oriental Studies",
    ),
    (
        "Under the agreement, students of Tashkent University of Information Technologies will study at "
        "Inha University for one year.",
        "Tashkent University of Information Technologies",
        "Inha University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_read(text: str, a: str, b: str) -> None:
    assert _pair(a, b) in _pairs(text)


NOT_TIED = [
    # two institutions named, no tie between them
    (
        "The University of Ghana and the University of Lagos were founded in the twentieth century.",
        "University of Ghana",
        "University of Lagos",
    ),
    (
        "Students of Kyoto University won the contest held at Seoul National University.",
        "Kyoto University",
        "Seoul National University",
    ),
    # the partner list's owner is not named ("The university's partners include ...")
    (
        "The university has partnership agreements with many universities. Among them are Seoul National "
        "University and Peking University.",
        "Seoul National University",
        "Peking University",
    ),
    # the sentence before names two institutions: whose partner is not told
    (
        "Ankara University and Gazi University have many foreign partners. One of them is Baku State University.",
        "Ankara University",
        "Baku State University",
    ),
    # the next sentence names a new institution with no tie told again
    (
        "Kazan Federal University signed an agreement with a Chinese university. Tashkent State University "
        "celebrated its anniversary the same day.",
        "Kazan Federal University",
        "Tashkent State University",
    ),
    # the parties of an event, not of a tie
    (
        "The final was played on Sunday. The parties were Cairo University and Alexandria University.",
        "Cairo University",
        "Alexandria University",
    ),
    # a centre founded by one, opened with a guest
    (
        "The centre was set up by Astana IT University in 2020 and visited by the rector of Nazarbayev "
        "University.",
        "Astana IT University",
        "Nazarbayev University",
    ),
    # an exchange rate, not an exchange of people
    (
        "Students of Al-Farabi Kazakh National University paid fees at Tomsk State University on exchange rates "
        "of last year.",
        "Al-Farabi Kazakh National University",
        "Tomsk State University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_TIED)
def test_no_tie(text: str, a: str, b: str) -> None:
    assert _pair(a, b) not in _pairs(text)

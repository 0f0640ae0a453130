"""Programmes, session 11: counts in more wordings, partners told before, programmes with only a count.

A pathway told by its years ("a 2+2 arrangement", "a 3+1 pathway"), internships people are sent on, named
awards and grants people received ("27 students received Fulbright grants"), the number or quota of
scholarships told as a total ("the number of scholarships has reached 300"), a named initiative that
takes people, courses given to so many people, the room a programme offers told in the next sentence
("Applications are invited for 20 places"), people who attended told with no auxiliary; partners told
as "both universities" or by the visit of the sentences before; and what is one programme, not two
(a name told inside a longer one, an exchange counted in the next sentence, a count an agreement's
sentence gives the programme just told).
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract.record import Programme
from support.extracted import one_programme, programmes

A, B = "Volta Institute of Technology", "Fjord University"
C, D = "Kilimanjaro University of Mines", "Andes Polytechnic University"


_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")
_one = partial(one_programme, published="2025-11-20", lead="News\n\n")


def _shown(found: list[Programme]) -> list[tuple[str, list[str], int | None]]:
    return [(p.name, p.partners, p.participants.count) for p in found]


# -- 1. a pathway told by its years ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"Under the 2+2 arrangement between {B} and {A}, forty students will study in both countries.",
            40,
        ),
        (f"{B} and {A} launched a 3+1 pathway in business administration for 30 students.", 30),
        (f"{C} and {D} agreed on a 1+1 master's track in finance for 15 students a year.", 15),
        (f"{D} and {B} will introduce a 2+2 model in civil engineering, open to 24 students.", 24),
    ],
)
def test_a_pathway_told_by_its_years_is_a_double_degree(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, len(prog.partners), prog.participants.count) == ("double-degree", 2, count)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers of foreign affairs and defence of India and Japan held their 2+2 dialogue in Delhi.",
        "The two countries agreed to hold consultations in the 2+2 format next year.",
        f"{B} hosted a 2+2 ministerial meeting of the two governments with 40 delegates.",
    ],
)
def test_a_two_plus_two_of_ministers_is_no_programme(text: str) -> None:
    assert _programmes(text) == []


# -- 2. internships people are sent on --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{B} will send 12 students on internships to {D} this summer.", 12),
        (f"Every year, {C} sends eight young researchers on internships to {A}.", 8),
        (f"{A} sent 20 students on research internships at {B} in July.", 20),
    ],
)
def test_people_sent_on_internships_are_an_internship_programme(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, len(prog.partners), prog.participants.count) == ("internship", 2, count)


# -- 3. named awards and grants received -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The ambassador said that 27 Mongolian students had received Fulbright grants this year.", 27),
        ("This year, 45 Kazakh students won Chevening awards to study in the United Kingdom.", 45),
        ("The High Commissioner said that 40 Kenyans receive Australia Awards each year.", 40),
        ("Every year about 60 Uzbeks are awarded Erasmus Mundus scholarships.", 60),
    ],
)
def test_named_awards_received_are_a_programme_with_their_count(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        f"{B} received research grants worth 2 million dollars this year.",
        f"Twelve professors of {B} won state awards for teaching.",
        "Forty journalists received press awards at the ceremony.",
    ],
)
def test_awards_that_are_no_places_of_study_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


# -- 4. the number or the quota of places told as a total -------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The number of Chinese government scholarships for Mongolian students has reached 300 a year.", 300),
        ("The number of Hungarian scholarships for Kazakh students rose to 250 this year.", 250),
        ("The quota of Russian government scholarships for Uzbekistan is 600 places this year.", 600),
        ("This year the quota of state-funded places for citizens of Tajikistan was raised to 1,200.", 1200),
        (
            "The number of scholarships for Tajik students under the Chinese Government Scholarship programme was "
            "increased to 150.",
            150,
        ),
    ],
)
def test_the_number_or_quota_of_places_is_a_programme_count(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        f"The number of students at {B} has reached 30,000.",
        "The number of foreign students in Kazakhstan rose to 30,000 this year.",
        "The number of partner universities has reached 120.",
    ],
)
def test_the_number_of_students_of_a_country_or_university_is_no_programme(text: str) -> None:
    assert _programmes(text) == []


# -- 5. a named initiative that takes people --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Under the Young African Leaders Initiative, 50 Ghanaians travel to the United States every year.",
            50,
        ),
        (
            "The Japan International Cooperation Agency will sponsor 25 Tanzanian officials for master's studies in "
            "Japan under the ABE Initiative.",
            25,
        ),
        (
            f"{B} and {D} launched the Andes-Fjord Mobility Initiative, which will fund 30 students a year.",
            30,
        ),
    ],
)
def test_a_named_initiative_that_takes_people_is_a_programme(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and China discussed the Belt and Road Initiative, which involves 150 countries.",
        f"{B} supports the Clean Air Initiative of the city.",
        "Over 300 students took part in the Green Campus Initiative clean-up day.",
    ],
)
def test_an_initiative_that_is_no_programme_of_study(text: str) -> None:
    assert _programmes(text) == []


# -- 6. courses given to so many people -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{B} and {D} launched a joint training course for 40 mining engineers.", 40),
        (f"{B} and {D} will organise Russian language courses for 50 students from Peru.", 50),
        (f"{C} held advanced training courses for 35 teachers of {A}.", 35),
    ],
)
def test_courses_for_people_counted_are_a_programme(text: str, count: int) -> None:
    prog = _one(text)
    assert (len(prog.partners), prog.participants.count) == (2, count)


@pytest.mark.parametrize(
    "text",
    [
        f"{B} offers 120 courses for its students.",
        f"{B} and {D} discussed joint courses for students.",
        f"The course lasted 40 hours and was taught by professors of {B}.",
    ],
)
def test_courses_with_no_people_counted_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


# -- 7. the room a programme offers, told next ------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "count"),
    [
        ("Applications are invited for 20 places.", 20),
        ("Thirty places will be available in the first year.", 30),
        ("There will be 25 places for the first intake.", 25),
        ("Places are limited to 16.", 16),
    ],
)
def test_the_room_told_next_is_the_count(after: str, count: int) -> None:
    prog = _one(f"{B} has opened a joint master's programme with {D}. {after}")
    assert (len(prog.partners), prog.participants.count) == (2, count)


# -- 8. people who took part, told with no auxiliary ------------------------------------------------


@pytest.mark.parametrize(
    ("after", "count"),
    [
        ("More than 80 participants from 15 countries attended.", 80),
        ("Some 45 students from six universities took part.", 45),
        ("Sixty young researchers participated.", 60),
    ],
)
def test_people_who_attended_next_are_the_count(after: str, count: int) -> None:
    prog = _one(f"{B} and {A} held a winter school on climate modelling in Oslo. {after}")
    assert (len(prog.partners), prog.participants.count) == (2, count)


def test_a_later_audience_of_a_ceremony_is_not_the_count() -> None:
    prog = _one(f"{B} and {A} launched a winter school on climate. 200 guests attended the opening ceremony.")
    assert prog.participants.count is None


# -- 9. partners told as "both universities" --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} welcomed a delegation from {D}. Both universities will exchange 10 students per year under a new "
        "programme.",
        f"{B} welcomed a delegation from {D}. Both institutions will launch a double degree programme for 10 students.",
        f"{B} welcomed a delegation from {D}. Both sides agreed to start a joint master's programme for 10 students.",
    ],
)
def test_both_universities_are_the_partners_named_before(text: str) -> None:
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({B, D}, 10)


# -- 10. the other side of a two-sided programme is the visit of the sentences before ---------------


@pytest.mark.parametrize(
    "text",
    [
        f"A delegation of {A} visited {B} on Monday. During the visit, a double degree programme in geology was "
        "launched.",
        f"Rector Ivan Petrov of {B} received a delegation from {D}. The guests and hosts signed an agreement on a "
        "joint master's programme in mining.",
        f"The rector of {B} met with the president of {A}. The two leaders agreed to launch a joint master's "
        "programme in artificial intelligence.",
    ],
)
def test_a_two_sided_programme_takes_the_other_side_of_the_visit(text: str) -> None:
    assert len(_one(text).partners) == 2


def test_a_scholarship_given_by_one_side_takes_no_visitor() -> None:
    found = _programmes(
        f"A delegation of {A} visited {B} on Monday. {B} offers ten scholarships a year to foreign students."
    )
    assert [len(p.partners) for p in found] == [1], _shown(found)


# -- 11. one programme, not two ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Since 2015, 85 Uzbek students have benefited from Erasmus Mundus joint master's degrees.", 85),
        (f"Some 30 students of {B} have benefited from the Erasmus+ mobility programme.", 30),
    ],
)
def test_a_name_told_inside_a_longer_one_is_one_programme(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


@pytest.mark.parametrize(
    "after",
    [
        "In the first year, eight students from each university will take part.",
        "Five students from each university will spend a semester at the partner institution.",
    ],
)
def test_an_exchange_counted_next_is_the_exchange_told(after: str) -> None:
    found = _programmes(f"{B} and {A} signed an agreement on student exchange. {after}")
    assert len(found) == 1 and found[0].participants.count is not None, _shown(found)


@pytest.mark.parametrize(
    "after",
    [
        "According to the document, 25 students will be admitted to the programme each year.",
        "Under the agreement, 25 students will study in the programme every year.",
    ],
)
def test_a_count_the_agreement_gives_the_programme_told_is_not_a_second_programme(after: str) -> None:
    found = _programmes(f"{B} and {A} signed a memorandum on a double degree programme. {after}")
    assert _shown(found) == [("double degree programme", [B, A], 25)]


# -- 12. an audience is no count --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {D} signed an agreement on a double degree programme in the presence of 50 students and teachers.",
        f"{B} and {D} launched a joint master's programme before an audience of 200 students.",
        f"In the presence of 80 students, {B} and {D} signed a dual degree agreement.",
    ],
)
def test_people_in_whose_presence_a_programme_is_signed_are_no_count(text: str) -> None:
    assert _one(text).participants.count is None


# -- 13. people counted next in other words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "count"),
    [
        ("Since then, 95 students have graduated.", 95),
        ("A group of 12 students will be the first to take part.", 12),
        ("A batch of 30 students will start in September.", 30),
    ],
)
def test_people_counted_next_in_other_words(after: str, count: int) -> None:
    prog = _one(f"{B} and {C} launched a dual degree programme in mining in 2018. {after}")
    assert (len(prog.partners), prog.participants.count) == (2, count)


# -- 14. programmes listed among the areas of an agreement ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {A} signed a memorandum of understanding covering academic exchange, joint research and double "
        "degree programmes.",
        f"The agreement between {B} and {A} provides for staff mobility, joint publications and joint master's "
        "programmes.",
        f"{B} and {A} will cooperate in areas such as student exchange, joint laboratories and dual degree programmes.",
    ],
)
def test_programmes_listed_among_the_areas_of_an_agreement_are_none(text: str) -> None:
    assert _programmes(text) == [], _shown(_programmes(text))


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {A} signed an agreement on double degree programmes in physics and chemistry.",
        f"{B} and {A} signed a memorandum covering a double degree programme in law.",
    ],
)
def test_programmes_an_agreement_is_about_are_kept(text: str) -> None:
    assert len(_programmes(text)) == 1


# -- 15. an exchange for so many students, told without "programme" --------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{B} and {D} signed an agreement that launches a student exchange for 30 students a year.", 30),
        (f"{B} and {D} agreed on an academic exchange for up to 12 students per semester.", 12),
        (f"{C} and {A} will run a semester exchange for 10 engineering students.", 10),
    ],
)
def test_an_exchange_for_people_counted_is_an_exchange_programme(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, len(prog.partners), prog.participants.count) == ("exchange", 2, count)


def test_an_exchange_for_people_only_discussed_is_none() -> None:
    assert _programmes(f"{B} and {D} discussed the possibility of a student exchange for 30 students.") == []


# -- 16. places counted before the programme they are the places of --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Every year Hungary offers 250 places to citizens of Kazakhstan. The places are funded under the Stipendium "
        "Hungaricum programme.",
        "The Government of China grants 250 scholarships to Tajik students every year. These scholarships are awarded "
        "under the Silk Road Scholarship Programme.",
        "Japan allocates 250 fully funded places for students from Mongolia annually. The places are part of the "
        "Sakura Science Programme.",
    ],
)
def test_places_counted_before_are_the_named_programmes(text: str) -> None:
    found = _programmes(text)
    assert [(p.name[:1].isupper(), p.participants.count) for p in found] == [(True, 250)], _shown(found)


# -- 17. a count joined to its noun by a hyphen -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} and {A} launched a double degree programme in marine engineering with a 25-strong first cohort.",
            25,
        ),
        (f"{B} and {A} launched a 30-student double degree programme in marine engineering.", 30),
        (f"{C} and {D} opened a joint master's programme. The first 18-student cohort arrives in May.", 18),
    ],
)
def test_a_count_joined_by_a_hyphen_is_the_count(text: str, count: int) -> None:
    prog = _one(text)
    assert (len(prog.partners), prog.participants.count) == (2, count)


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {A} launched a four-year double degree programme, building on a 30-year partnership.",
        f"{B} and {A} launched a double degree programme worth 240 ECTS credits in a 12-storey building.",
    ],
)
def test_years_and_credits_joined_by_a_hyphen_are_no_count(text: str) -> None:
    assert _one(text).participants.count is None


# -- 18. places of a scholarship programme told in the next sentence --------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Government of Kazakhstan has launched the Abai scholarship scheme for Afghan students. Fifty "
            "scholarships will be awarded each year.",
            50,
        ),
        (
            "The Embassy of Japan announced the MEXT scholarship programme for 2026. Up to 30 scholarships are "
            "available for Mongolian students.",
            30,
        ),
        (
            f"{B} introduced the Nansen Fellowship for young African researchers. Ten fellowships will be granted "
            "annually.",
            10,
        ),
    ],
)
def test_places_told_next_are_the_scholarship_programmes(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


def test_places_of_another_giver_told_next_are_their_own() -> None:
    found = _programmes(
        f"{B} and {D} launched a double degree programme. Hungary also offers 200 scholarships to Kazakh students."
    )
    assert sorted(p.participants.count or 0 for p in found) == [0, 200], _shown(found)


# -- 19. the size of a body is no count of its programme --------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} launched a double degree programme with {A}, which has 25,000 students, for 30 students a year.",
            30,
        ),
        (
            f"{B} launched a double degree programme with {A}, home to 40,000 students and 2,000 researchers.",
            None,
        ),
        (
            f"{B} and {A} launched a double degree programme. The programme is part of a wider partnership involving "
            "12 universities and 5,000 students.",
            None,
        ),
        (
            f"{B} and {A} launched a double degree programme. It is the 15th such programme at the university, which "
            "has 800 foreign students.",
            None,
        ),
    ],
)
def test_the_size_of_a_body_is_not_the_programmes_count(text: str, count: int | None) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} and {A} launched a double degree programme. The programme, which has 45 students, is taught in English.",
            45,
        ),
        (f"{B} and {A} run a double degree programme that has 45 students.", 45),
    ],
)
def test_a_programme_that_has_its_students_keeps_them(text: str, count: int) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    "text",
    [
        f"Within the framework of the partnership of {B} and {A}, 15 students took part in the exchange programme.",
        f"Under the network agreement, 15 students of {B} joined the exchange programme with {A}.",
    ],
)
def test_people_counted_after_a_partnership_clause_are_the_count(text: str) -> None:
    assert _one(text).participants.count == 15


# -- 20. wordings of news agencies translated from Russian -------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The quota for students from Kyrgyzstan amounted to 300 places this year.", 300),
        ("The quota of Hungarian scholarships for Uzbekistan totalled 150 in 2025.", 150),
        ("This year the quota for Tajik applicants was set at 450 places.", 450),
    ],
)
def test_a_quota_that_amounted_to_places(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


def test_a_quota_increased_by_is_no_total() -> None:
    assert [
        p.participants.count for p in _programmes("The quota for Kyrgyz students was increased by 100.")
    ] in (
        [],
        [None],
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"Within the framework of the memorandum, 20 teachers of {B} will improve their qualifications at {A}.",
            20,
        ),
        # an institution named: a programme of no partner and no name is none (session 17, test_programmes_run_by_no_one)
        (
            f"According to the agreement, {B} will annually admit 15 Uzbek students for master's studies.",
            15,
        ),
        (f"Under the agreement, {A} will host up to 12 doctoral students of {B} each year.", 12),
    ],
)
def test_people_an_agreement_takes_in(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Within the El-Yurt Umidi Foundation programme, 120 young specialists were sent to study at leading "
            "foreign universities.",
            120,
        ),
        ("Under the Mastercard Foundation programme, 300 students study at African universities.", 300),
    ],
)
def test_a_funders_programme_named_after_it(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


def test_an_institutions_programme_by_its_head_alone_is_no_name() -> None:
    assert _programmes("The University Programme Committee met on Monday.") == []


# -- 21. classes of programmes and areas of an agreement are no programme ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} has more than 200 partner universities and runs 15 double degree programmes.",
        f"The rector noted that {B} has joint programmes with universities in Germany, France and Italy.",
        f"{B} offers several dual degree programmes with partner institutions abroad.",
        f"{B} and {A} signed an agreement on student exchange and joint research.",
        f"{B} and {A} signed a memorandum on academic exchange, joint research and publications.",
    ],
)
def test_classes_of_programmes_and_areas_of_an_agreement(text: str) -> None:
    assert _programmes(text) == [], _shown(_programmes(text))


@pytest.mark.parametrize(
    "text",
    [
        # an agreement on academic mobility or student exchange with no one counted is no programme (session 18:
        # test_branches_visits_and_agreement_areas.py); counted, it is one
        f"{B} and {A} signed a memorandum on academic mobility of students. Ten students will take part each year.",
        f"{B} and {A} signed an agreement on student exchange. Eight students will take part in the exchange.",
        f"{B} and {A} run two double degree programmes in physics, which admit 30 students a year.",
    ],
)
def test_an_exchange_agreed_alone_or_programmes_counted_with_people_are_kept(text: str) -> None:
    assert len(_programmes(text)) == 1, _shown(_programmes(text))


# -- 22. a count of another programme of the sentence -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} will host a summer school for 30 students of {A}, while {D} will launch a dual degree programme with it.",
        f"{A} offers 30 scholarships to students of {B}; {B} and {A} also run a joint master's programme.",
        f"A summer school for 30 students and a double degree programme with {A} were launched by {B}.",
    ],
)
def test_a_count_given_to_one_programme_is_not_the_others(text: str) -> None:
    counts = sorted(p.participants.count or 0 for p in _programmes(text))
    assert counts == [0, 30], _shown(_programmes(text))


# -- 23. "it": the institution the sentence before opens on -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} signed agreements with {A} and {D}. With {A}, it will launch a double degree programme in law.",
        f"{B} hosted delegations from {A} and {D}. It also agreed with {D} on a joint master's programme.",
        f"{C} signed memoranda with {A} and {B}. The university will open a dual degree programme with {B}.",
    ],
)
def test_it_is_the_institution_the_sentence_before_opens_on(text: str) -> None:
    first = text.split(" ", 2)[0]
    found = _programmes(text)
    assert len(found) == 1 and any(p.startswith(first) for p in found[0].partners), _shown(found)


# -- 24. people counted in the sentence before, then "they" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"Thirty students from {A} will study at {B} next year. They will be the first participants of a new double "
            "degree programme between the two universities.",
            30,
        ),
        (
            f"{B} selected 16 students. They will study at {A} under the double degree programme signed last year.",
            16,
        ),
        (
            f"{B} has welcomed 22 students from {A}. The students arrived under the exchange programme between the two "
            "universities.",
            22,
        ),
        (
            f"Eighteen Kenyan students have arrived at {B}. They are the first beneficiaries of the Fjord Africa "
            "Scholarship programme.",
            18,
        ),
    ],
)
def test_people_counted_before_and_pointed_to_are_the_count(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {A} have 30,000 students. They launched a double degree programme in law.",
        f"{B} employs 900 professors. They teach in the new joint master's programme with {A}.",
    ],
)
def test_a_size_before_they_is_no_count(text: str) -> None:
    assert [p.participants.count for p in _programmes(text)] == [None]


# -- 25. counts in dozens, and of those who applied -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Two dozen students of {B} will take part in the exchange programme with {A}.", 24),
        (f"A dozen researchers from {B} joined the summer school at {A}.", 12),
        (f"{B} and {A} launched a dual degree programme. Of the 40 applicants, 12 were admitted.", 12),
        (f"{B} and {A} launched a dual degree programme. Of 200 candidates, 25 have been selected.", 25),
    ],
)
def test_dozens_and_those_admitted_of_the_applicants(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


# -- 26. those who teach or made the programme, in its own sentence ----------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} and {A} launched a double degree programme taught by 15 professors from both universities.",
            None,
        ),
        (f"{B} and {A} launched a double degree programme in which 15 professors will teach.", None),
        (
            f"{B} and {A} launched a joint master's programme developed by 12 researchers over two years.",
            None,
        ),
        (f"{B} and {A} launched a double degree programme with 15 teachers and 40 students.", 40),
    ],
)
def test_the_staff_of_a_programme_in_its_sentence_are_no_count(text: str, count: int | None) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{B} and {A} launched a training programme for 48 teachers of mathematics.", 48),
        # teachers visiting another institution are no programme (session 18:
        # test_branches_visits_and_agreement_areas.py)
        (f"{B} and {A} launched a joint PhD programme for 10 researchers.", 10),
    ],
)
def test_teachers_a_programme_is_for_are_its_count(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


# -- 27. doctoral candidates supervised jointly, a foundation year, stays, training under an agreement --


@pytest.mark.parametrize(
    ("text", "count", "kind"),
    [
        (f"{B} and {A} agreed on the joint supervision of 10 PhD students.", 10, "joint"),
        (f"{B} and {A} will co-supervise eight doctoral candidates under a new agreement.", 8, "joint"),
        (f"Under the agreement, {B} will provide a foundation year for 50 students from {A}.", 50, "other"),
        (
            f"{B} and {A} signed an agreement on the training of 100 engineers for the mining sector.",
            100,
            "other",
        ),
        (f"{B} will fund research stays at {A} for 15 young scientists from {D}.", 15, "internship"),
    ],
)
def test_supervision_preparation_and_stays_counted_are_programmes(text: str, count: int, kind: str) -> None:
    prog = _one(text)
    assert (prog.kind, prog.participants.count, len(prog.partners) >= 2) == (kind, count, True)


@pytest.mark.parametrize(
    "text",
    [
        f"Since 1990, {B} has completed the training of 500 teachers.",
        f"{B} and {A} discussed the joint supervision of 10 PhD students.",
        "The ministry plans the preparation of 300 new textbooks.",
    ],
)
def test_training_told_of_or_wished_is_no_programme(text: str) -> None:
    assert _programmes(text) == [], _shown(_programmes(text))


# -- 28. the right number among several ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{B}, with a total of 12,000 students, launched a double degree programme with {A}.", None),
        (
            f"{B} launched a double degree programme with {A} and {D}, with 25 students in the first intake.",
            25,
        ),
        (
            f"In 2024 {B}, ranked 120th worldwide, and {A} launched a two-year double degree programme of 120 credits "
            "for 25 students.",
            25,
        ),
        (
            f"{B} and {A} launched a double degree programme. Of the university's 12,000 students, 30 will be selected.",
            30,
        ),
        (
            f"{B} and {A} launched a double degree programme. The university has a total of 12,000 students.",
            None,
        ),
    ],
)
def test_the_right_number_among_years_ranks_credits_and_sizes(text: str, count: int | None) -> None:
    assert _one(text).participants.count == count


# -- 29. the share of people a programme brought ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"At present 35 Kenyan students study at {B}, 12 of them under the Norwegian Government Scholarship programme.",
        f"{B} hosts 35 students from Peru, of whom 12 came through the Erasmus+ programme.",
        f"Thirty-five Ghanaian students study at {B}; 12 of them are under the Volta Scholarship programme.",
    ],
)
def test_the_share_a_programme_brought_is_its_count(text: str) -> None:
    assert [p.participants.count for p in _programmes(text)] == [12]


# -- 30. a school planned for people counted; places for the students of a programme ----------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {D} plan to hold a joint summer school on sustainable mining for 30 students in 2026.",
        f"{B} and {D} discussed the organisation of a winter school for 30 young researchers.",
        f"{B} intends to launch a summer school in Arctic ecology for about 30 students from {D}.",
    ],
)
def test_a_school_planned_for_people_counted_is_a_programme(text: str) -> None:
    assert [p.participants.count for p in _programmes(text)] == [30]


def test_a_school_only_discussed_with_no_count_is_none() -> None:
    assert _programmes(f"{B} and {D} discussed the organisation of a summer school.") == []


def test_places_a_year_for_the_students_of_a_programme_are_not_a_programme() -> None:
    found = _programmes(
        f"{B} and {D} signed a dual degree agreement. The government will fund five scholarships a year for Peruvian "
        "students of the new programme."
    )
    assert [p.kind for p in found] == ["double-degree"], _shown(found)


# -- 31. an audience in more words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {A} launched a double degree programme at a ceremony attended by 300 guests, including 150 students.",
        f"The double degree programme of {B} and {A} was presented to 200 students at an open day.",
        f"A 15-member delegation of {A} visited {B} to discuss a double degree programme.",
    ],
)
def test_an_audience_or_a_delegation_is_no_count(text: str) -> None:
    assert _one(text).participants.count is None


# -- 32. a joint body counted next by who it has ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} and {A} opened a joint institute of engineering in Accra in 2019. The institute currently has 600 students.",
            600,
        ),
        (f"{B} and {A} set up a joint research centre in 2020. The centre now has 40 PhD students.", 40),
        (f"{B} and {A} launched a double degree programme. The institute has 12,000 students.", None),
    ],
)
def test_a_joint_body_counted_next_by_who_it_has(text: str, count: int | None) -> None:
    assert _one(text).participants.count == count

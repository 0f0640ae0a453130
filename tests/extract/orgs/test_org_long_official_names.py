"""Where long official names of the genre begin and end: saints joined by "and", a head inside a longer
name ("Trust Fund", "Organisation University"), "University" before what its body deals with, lists of
fields with commas, adjectives joined by "and" before the head, "in" + a subject, "Centre of
Excellence for X", several bodies sharing one plural head ("the Ministries of Education and Health");
and the names the extractor already keeps whole (other languages, "named after", campuses), kept so.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import org_names

_names = partial(org_names, published="2025-03-14")


def _all_names(text: str) -> set[str]:
    """Every name and alias of the record's organisations."""
    record = extract_text(text, published="2025-03-14")
    return {n for o in record.organizations for n in (o.name, *o.aliases)}


# -- two saints joined by "and" before the head ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ss. Cyril and Methodius University in Skopje signed a memorandum with Sofia University.",
            "Ss. Cyril and Methodius University",
        ),
        (
            "Forty students of Ss. Cyril and Methodius University will study in Graz.",
            "Ss. Cyril and Methodius University",
        ),
        (
            "The rector of the Sts. Cyril and Methodius University of Veliko Tarnovo met the ambassador.",
            "Sts. Cyril and Methodius University of Veliko Tarnovo",
        ),
        ("A delegation from Saints Peter and Paul College visited Manila.", "Saints Peter and Paul College"),
    ],
)
def test_saints_joined_by_and_stay_in_the_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_person_and_a_university_are_still_two() -> None:
    names = _names("Professor Ivan Petrov and Methodius University staff met on Monday.")
    assert not any(n.startswith("Ivan") for n in names)


# -- "University" before what its body deals with -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The University Grants Commission approved the joint programme with Deakin University.",
            "University Grants Commission",
        ),
        (
            "India's University Grants Commission issued new rules for foreign campuses.",
            "University Grants Commission",
        ),
        (
            "The Nigerian University Sports Commission met the vice-chancellors.",
            "Nigerian University Sports Commission",
        ),
        (
            "The National University Students Council elected a new chair.",
            "National University Students Council",
        ),
    ],
)
def test_university_before_the_body_s_subject(text: str, name: str) -> None:
    names = _names(text)
    assert any(n == name or n.startswith(name + " of ") for n in names), names
    assert not any(n.endswith(("'s University", "’s University")) or n == "University" for n in names), names


# -- a head inside a longer name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        (
            "The Tertiary Education Trust Fund sponsored lecturers of the University of Benin.",
            "Tertiary Education Trust Fund",
            "Tertiary Education Trust",
        ),
        (
            "Lecturers were sponsored by the Tertiary Education Trust Fund.",
            "Tertiary Education Trust Fund",
            "Tertiary Education Trust",
        ),
        (
            "The Shanghai Cooperation Organisation University admitted 40 students.",
            "Shanghai Cooperation Organisation University",
            "Shanghai Cooperation Organisation",
        ),
        (
            "The African Union Commission and Makerere University signed a memorandum.",
            "African Union Commission",
            "African Union",
        ),
        (
            "A grant from the Asian Development Bank Institute funds the study.",
            "Asian Development Bank Institute",
            "Asian Development Bank",
        ),
    ],
)
def test_a_head_inside_a_longer_name(text: str, name: str, not_name: str) -> None:
    names = _names(text)
    assert name in names
    assert not_name not in names


# -- a list of fields with commas ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Labour, Invalids and Social Affairs of Vietnam met the delegation.",
            "Ministry of Labour, Invalids and Social Affairs of Vietnam",
        ),
        (
            "The Qatar Foundation for Education, Science and Community Development hosted the forum.",
            "Qatar Foundation for Education, Science and Community Development",
        ),
        (
            "Ghana's Ministry of Gender, Children and Social Protection funds the bursaries.",
            "Ministry of Gender, Children and Social Protection",
        ),
        (
            "The Ministry of Education, Science and Youth signed a memorandum with the British Council.",
            "Ministry of Education, Science and Youth",
        ),
        (
            "Officials of the Ministry of Science, Technology and Innovation met the rector of Universiti Malaya.",
            "Ministry of Science, Technology and Innovation",
        ),
    ],
)
def test_a_list_of_fields_stays_in_the_name(text: str, name: str) -> None:
    assert any(n == name or n.startswith(name + " of ") for n in _all_names(text)), _names(text)


def test_a_list_of_bodies_is_no_field_list() -> None:
    names = _names("The Ministry of Health, Makerere University and Gulu University signed the protocol.")
    assert {"Ministry of Health", "Makerere University", "Gulu University"} <= set(names)


# -- adjectives joined by "and" before the head --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Republican Scientific and Practical Center for Emergency Medicine hosted doctors from Japan.",
            "Republican Scientific and Practical Center for Emergency Medicine",
        ),
        (
            "Doctors from Korea visited the Republican Scientific and Practical Center of Cardiology.",
            "Republican Scientific and Practical Center of Cardiology",
        ),
        (
            "The Scientific and Methodological Centre of the ministry published the plan.",
            "Scientific and Methodological Centre",
        ),
    ],
)
def test_adjectives_joined_by_and_before_the_head(text: str, name: str) -> None:
    assert name in _names(text)


# -- "in" + a subject inside a name, "in" + a place after it ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The National Agency for Quality Assurance in Education accredited the double degree.",
            "National Agency for Quality Assurance in Education",
        ),
        (
            "The Agency for Quality Assurance in Higher Education visited Tirana.",
            "Agency for Quality Assurance in Higher Education",
        ),
        (
            "The Centre for Research in Science Education at Wits hosted the workshop.",
            "Centre for Research in Science Education",
        ),
    ],
)
def test_in_and_a_subject_stay_in_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Centre for Korean Studies in Tashkent opened a library.", "Centre for Korean Studies"),
        ("The Ministry of Education in March announced new grants.", "Ministry of Education"),
        (
            "The Institute of Oriental Studies in Education Week hosted a fair.",
            "Institute of Oriental Studies",
        ),
    ],
)
def test_in_and_a_place_or_a_time_end_the_name(text: str, name: str) -> None:
    assert name in _names(text)


# -- "Centre of Excellence for X" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Africa Centre of Excellence for Genomics of Infectious Diseases hosted the ambassador.",
            "Africa Centre of Excellence for Genomics of Infectious Diseases",
        ),
        (
            "Ten fellows joined the Centre of Excellence for Sustainable Mining at the University of Zambia.",
            "Centre of Excellence for Sustainable Mining",
        ),
        (
            "The Regional Centre of Excellence in Mining received the grant.",
            "Regional Centre of Excellence in Mining",
        ),
    ],
)
def test_a_centre_of_excellence_keeps_its_field(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_embassy_for_a_programme_is_still_the_embassy() -> None:
    names = _names("The Embassy of Japan for the MEXT Scholarship Programme received 40 applications.")
    assert "Embassy of Japan" in names


# -- one plural head, several bodies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Ministries of Education and Health sent officials to the launch.",
            {"Ministry of Education", "Ministry of Health"},
        ),
        (
            "The ministries of Higher Education and Foreign Affairs of Egypt approved the scheme.",
            {"Ministry of Higher Education of Egypt", "Ministry of Foreign Affairs of Egypt"},
        ),
        (
            "The faculties of Law and Medicine of Cairo University hosted the guests.",
            {"Faculty of Law", "Faculty of Medicine", "Cairo University"},
        ),
        (
            "The Faculties of Engineering, Economics and Agriculture will take part.",
            {"Faculty of Engineering", "Faculty of Economics", "Faculty of Agriculture"},
        ),
        (
            "The Departments of Physics and Chemistry of Addis Ababa University run the course.",
            {"Department of Physics", "Department of Chemistry", "Addis Ababa University"},
        ),
    ],
)
def test_one_plural_head_several_bodies(text: str, names: set[str]) -> None:
    assert names <= set(_names(text))


def test_two_states_ministries_stay_one_per_state() -> None:
    names = set(_names("The ministries of education of Kazakhstan and Uzbekistan signed a roadmap."))
    assert "Ministry of Education of Kazakhstan" in names
    assert "Ministry of Education of Uzbekistan" in names


# -- names already kept whole, kept so ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A delegation from the University of California, Davis visited Makerere University.",
            "University of California, Davis",
        ),
        (
            "The Universidad Nacional Autónoma de México welcomed students from Kyoto University.",
            "Universidad Nacional Autónoma de México",
        ),
        (
            "The Technische Universität München launched a dual degree with Tongji University.",
            "Technische Universität München",
        ),
        (
            "The Université Cheikh Anta Diop de Dakar signed an agreement with the Université de Montréal.",
            "Université Cheikh Anta Diop de Dakar",
        ),
        (
            "The Politecnico di Milano and Tongji University launched a double degree.",
            "Politecnico di Milano",
        ),
        (
            "Tashkent State Technical University named after Islam Karimov signed an agreement with Harbin Institute of Technology.",
            "Tashkent State Technical University named after Islam Karimov",
        ),
        (
            "The Islamic World Educational, Scientific and Cultural Organization (ICESCO) and Al-Azhar University signed a memorandum.",
            "Islamic World Educational, Scientific and Cultural Organization",
        ),
        (
            "Queen's University Belfast and King's College London signed an agreement with Moi University.",
            "Queen's University Belfast",
        ),
        (
            "The Instituto Tecnológico y de Estudios Superiores de Monterrey launched a joint programme.",
            "Instituto Tecnológico y de Estudios Superiores de Monterrey",
        ),
        (
            "The Academy of Public Administration under the President of the Republic of Kazakhstan hosted the diplomats.",
            "Academy of Public Administration under the President of the Republic of Kazakhstan",
        ),
    ],
)
def test_long_names_stay_whole(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The University of Ibadan, Nigeria, and the University of Leeds, UK, signed a memorandum.",
            {"University of Ibadan", "University of Leeds"},
        ),
        (
            "Jordan University of Science and Technology and Mutah University agreed to exchange staff.",
            {"Jordan University of Science and Technology", "Mutah University"},
        ),
        (
            "The University of Technology and Applied Sciences and the University of Nizwa hosted the guests.",
            {"University of Technology and Applied Sciences", "University of Nizwa"},
        ),
    ],
)
def test_a_country_or_and_ends_a_name(text: str, names: set[str]) -> None:
    assert names <= set(_names(text))


# -- "and" + a field ending in "Administration", a ministry's list with "Worship", "Aid and Relief" ------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ghana Institute of Management and Public Administration hosted the forum.",
            "Ghana Institute of Management and Public Administration",
        ),
        (
            "The Ghana Institute of Management and Public Administration and the University of Cape Coast signed a pact.",
            "Ghana Institute of Management and Public Administration",
        ),
        (
            "Officials of the Institute of Finance and Public Administration of Lesotho met the rector.",
            "Institute of Finance and Public Administration of Lesotho",
        ),
        (
            "The King Salman Humanitarian Aid and Relief Centre built a school in Yemen.",
            "King Salman Humanitarian Aid and Relief Centre",
        ),
        (
            "The Ministry of Foreign Affairs, International Trade and Worship of Argentina hosted the meeting.",
            "Ministry of Foreign Affairs, International Trade and Worship of Argentina",
        ),
        (
            "The Tashkent Institute of Irrigation and Agricultural Mechanization Engineers hosted Dutch experts.",
            "Tashkent Institute of Irrigation and Agricultural Mechanization Engineers",
        ),
    ],
)
def test_fields_joined_by_and_inside_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.startswith(("Management and", "Finance and", "Relief")) for n in names), names


def test_a_body_after_and_is_still_its_own() -> None:
    names = set(_names("The Ministry of Finance and the Public Administration Agency signed the plan."))
    assert "Ministry of Finance" in names


# -- names in other languages: "und"/"et" inside, a number after the city --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Hochschule für Technik und Wirtschaft Berlin signed an agreement with Kazakh-German University.",
            "Hochschule für Technik und Wirtschaft Berlin",
        ),
        (
            "Students of the Hochschule für Wirtschaft und Recht Berlin visited Almaty.",
            "Hochschule für Wirtschaft und Recht Berlin",
        ),
        (
            "The Université Paris 1 Panthéon-Sorbonne and the Universidad Carlos III de Madrid launched a double degree.",
            "Université Paris 1 Panthéon-Sorbonne",
        ),
        ("Ten researchers of the Université Paris 8 joined the project.", "Université Paris 8"),
        (
            "The Institut des Sciences et Techniques de Dakar hosted the workshop.",
            "Institut des Sciences et Techniques de Dakar",
        ),
    ],
)
def test_a_name_in_another_language_keeps_its_link_and_number(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moi University is the leading Higher Education Institution in the region.",
        "The Russian Federation and Kazakhstan signed an agreement on education.",
        "The Board of Trustees approved the plan of Moi University.",
    ],
)
def test_a_common_phrase_in_capitals_is_no_body(text: str) -> None:
    assert _names(text) == ["Moi University"] or _names(text) == []


# -- a unit "of the <people's adjective> university": the unit's own name stays ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Teachers of the Faculty of Biology of the Turkmen university completed courses in Minsk.",
            "Faculty of Biology",
        ),
        ("The Institute of Physics of the Kazakh university hosted the guests.", "Institute of Physics"),
        (
            "Staff of the Department of Chemistry of the Kenyan university attended the workshop.",
            "Department of Chemistry",
        ),
    ],
)
def test_a_unit_of_an_unnamed_university_keeps_its_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_state_cut_off_still_names_nothing() -> None:
    assert _names("Officials of the Embassy of the United came.") == []


# -- "X under the Ministry of Y": the whole name, X as its short name, Y a body of its own and its parent -------


@pytest.mark.parametrize(
    ("text", "name", "short", "parent"),
    [
        (
            "The Tashkent Pharmaceutical Institute under the Ministry of Health signed an agreement.",
            "Tashkent Pharmaceutical Institute under the Ministry of Health",
            "Tashkent Pharmaceutical Institute",
            "Ministry of Health",
        ),
        (
            "The Center for Economic Research under the Cabinet of Ministers of Uzbekistan published a report.",
            "Center for Economic Research under the Cabinet of Ministers of Uzbekistan",
            "Center for Economic Research",
            "Cabinet of Ministers of Uzbekistan",
        ),
        (
            "The Agency for Science and Higher Education under the Ministry of Education of Croatia accredited the programme.",
            "Agency for Science and Higher Education under the Ministry of Education of Croatia",
            "Agency for Science and Higher Education",
            "Ministry of Education of Croatia",
        ),
    ],
)
def test_a_body_under_a_ministry(text: str, name: str, short: str, parent: str) -> None:
    record = extract_text(text, published="2025-03-14")
    found = {o.name: o for o in record.organizations}
    assert name in found, list(found)
    assert short in found[name].aliases
    assert found[name].part_of == parent
    assert parent in found


def test_a_body_under_the_president_has_no_parent_body() -> None:
    text = "The Higher Attestation Commission under the President of the Republic of Uzbekistan approved the degrees."
    record = extract_text(text, published="2025-03-14")
    assert [(o.name, o.part_of) for o in record.organizations] == [
        ("Higher Attestation Commission under the President of the Republic of Uzbekistan", None)
    ]


# -- two names run together, a campus's place after a name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Lecturers of Tashkent State University of Economics Faculty of Finance went to Seoul.",
            {"Tashkent State University of Economics", "Faculty of Finance"},
        ),
        (
            "Staff of the University of Science and Technology School of Law met.",
            {"University of Science and Technology", "School of Law"},
        ),
        (
            "Researchers of Cairo University Faculty of Medicine joined the project.",
            {"Cairo University", "Faculty of Medicine"},
        ),
    ],
)
def test_a_unit_written_after_its_university_is_its_own_name(text: str, names: set[str]) -> None:
    found = set(_names(text))
    assert names <= found
    assert not any(n.endswith(("Economics Faculty of Finance", "Ghana School of Law")) for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The delegation visited the University of Lagos Akoka campus on Monday.", "University of Lagos"),
        ("Students met at the University of Nairobi Chiromo campus.", "University of Nairobi"),
        ("Classes start at the University of Ghana campus in Legon.", "University of Ghana"),
    ],
)
def test_a_campus_s_place_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in _names(text)

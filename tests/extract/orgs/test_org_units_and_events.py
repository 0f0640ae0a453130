"""Organisation names of the genre, session 10: names that must not swallow the next one, names
without an English head, units of a university named by its short name or its acronym, and event
names that are no organisations.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import one_org, org_names, record

_record = partial(record, published="2024-05-10")
_names = partial(org_names, published="2024-05-10")
_org = partial(one_org, published="2024-05-10")


# -- a place before "and" ends a name: the next body starts after it ---------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "A memorandum was signed by the University of Oslo and Karolinska Institutet on Monday.",
            "University of Oslo",
            "Karolinska Institutet",
        ),
        (
            "Researchers of the University of Helsinki and Sciences Po met in Paris last week.",
            "University of Helsinki",
            "Sciences Po",
        ),
        (
            "The Hebrew University of Jerusalem and Technion – Israel Institute of Technology opened a lab.",
            "Hebrew University of Jerusalem",
            "Technion",
        ),
        (
            "An exchange between the University of Lagos and Tecnológico de Monterrey was agreed.",
            "University of Lagos",
            "Tecnológico de Monterrey",
        ),
    ],
)
def test_a_place_before_and_ends_the_name(text: str, first: str, second: str) -> None:
    names = _names(text)
    assert first in names and second in names, names
    assert not any(" and " in n for n in names), names
    parties = [set(p.between) for p in _record(text).partnerships]
    assert {first, second} in parties or "met" in text or "opened" in text, parties


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Foreign Affairs of Bosnia and Herzegovina thanked the rector.",
            "Ministry of Foreign Affairs of Bosnia and Herzegovina",
        ),
        ("The Embassy of Trinidad and Tobago welcomed the students.", "Embassy of Trinidad and Tobago"),
        (
            "The Institute of Central Asia and Caucasus Studies hosted the round table.",
            "Institute of Central Asia and Caucasus Studies",
        ),
        ("The Ministry of Science and Higher Education of Kazakhstan agreed.", None),
    ],
)
def test_and_inside_a_name_stays(text: str, name: str | None) -> None:
    names = _names(text)
    if name is not None:
        assert name in names, names
    else:
        assert any(n.startswith("Ministry of Science and Higher Education") for n in names), names


# -- names without an English head -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Sciences Po will host twelve students from Almaty next year.", "Sciences Po", "France"),
        ("The rector of Sciences Po received the ambassador.", "Sciences Po", "France"),
        ("Tecnológico de Monterrey opened an office in Seoul.", "Tecnológico de Monterrey", "Mexico"),
        ("A delegation from Karolinska Institutet visited Nairobi.", "Karolinska Institutet", None),
        ("Technion signed a memorandum with Nazarbayev University.", "Technion", "Israel"),
        ("Students of Debreceni Egyetem arrived in Bishkek.", "Debreceni Egyetem", None),
    ],
)
def test_a_name_without_an_english_head(text: str, name: str, country: str | None) -> None:
    org = _org(text, name)
    if country is not None:
        assert org.country == country


def test_a_body_and_its_name_spelt_out_after_a_dash_are_one() -> None:
    text = "Technion – Israel Institute of Technology and Ghent University launched a course."
    org = _org(text, "Technion")
    assert "Israel Institute of Technology" in org.aliases
    assert "Israel Institute of Technology" not in _names(text)


# -- units of a university -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        (
            "The College of Engineering at King Saud University hosted the students.",
            "College of Engineering",
            "King Saud University",
        ),
        (
            "The Faculty of Law at Cairo University and the College of Medicine at Qassim University met.",
            "College of Medicine",
            "Qassim University",
        ),
        (
            "Students of the College of Agriculture of Sultan Qaboos University visited Muscat.",
            "College of Agriculture",
            "Sultan Qaboos University",
        ),
        (
            "The Ateneo de Manila University signed the agreement. The Ateneo School of Government will "
            "host ten fellows.",
            "Ateneo School of Government",
            "Ateneo de Manila University",
        ),
        (
            "Makerere University joined the network. The Makerere School of Public Health will lead it.",
            "Makerere School of Public Health",
            "Makerere University",
        ),
        (
            "Tecnológico de Monterrey joined the network. The Tec's School of Social Sciences and "
            "Government will lead it.",
            "School of Social Sciences and Government",
            "Tecnológico de Monterrey",
        ),
    ],
)
def test_a_unit_is_part_of_its_university(text: str, unit: str, parent: str) -> None:
    org = _org(text, unit)
    assert org.part_of == parent
    assert org.type != "University"


@pytest.mark.parametrize(
    ("text", "unit", "parent", "acronym"),
    [
        (
            "The University of the Philippines signed a memorandum. UP's College of Law will host the seminar.",
            "College of Law",
            "University of the Philippines",
            "UP",
        ),
        (
            "Delegates of Ain Shams University arrived. ASU's Faculty of Arts will receive them.",
            "Faculty of Arts",
            "Ain Shams University",
            "ASU",
        ),
    ],
)
def test_an_acronym_owner_is_the_university_it_abbreviates(
    text: str, unit: str, parent: str, acronym: str
) -> None:
    assert _org(text, unit).part_of == parent
    assert acronym not in _names(text)


# -- events and programmes are no organisations ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The International Summer School on Nuclear Physics will open at Satbayev University in July.",
        "The Annual Winter School of Economics took place at Ghent University.",
        "Forty students attended the Regional Spring School at the University of Tartu.",
    ],
)
def test_a_seasonal_school_is_no_organisation(text: str) -> None:
    names = _names(text)
    assert not any("School" in n for n in names), names
    assert len(names) == 1, names


# -- fields of study at the end of a name are no person's name ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Agency for Higher Education Quality Assurance accredited the programme.",
            "Agency for Higher Education Quality Assurance",
        ),
        (
            "The National Centre for Higher Education Quality Assurance and Career Development (NCQA) "
            "visited Osh.",
            "National Centre for Higher Education Quality Assurance and Career Development",
        ),
        (
            "Experts of the Council for Teacher Education Quality Assurance met in Dushanbe.",
            "Council for Teacher Education Quality Assurance",
        ),
    ],
)
def test_field_words_at_the_end_stay_in_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Bill & Melinda Gates Foundation funded the laboratory.", "Bill & Melinda Gates Foundation"),
        (
            "Grants of the Anna & Peter Lindqvist Foundation reached Bishkek.",
            "Anna & Peter Lindqvist Foundation",
        ),
        ("The Maria & Jon Hansen Fund supports ten students.", "Maria & Jon Hansen Fund"),
    ],
)
def test_a_couples_foundation_keeps_both_names(text: str, name: str) -> None:
    assert name in _names(text)


# -- a unit written right after its university, a school's other name in brackets --------------------


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        (
            "Nazarbayev University Graduate School of Education organised a workshop.",
            "Graduate School of Education",
            "Nazarbayev University",
        ),
        (
            "Students of Kyung Hee University Business School arrived in Tashkent.",
            "Business School",
            "Kyung Hee University",
        ),
        (
            "The agreement was prepared by Ghent University Faculty of Bioscience Engineering.",
            "Faculty of Bioscience Engineering",
            "Ghent University",
        ),
    ],
)
def test_a_unit_after_its_university(text: str, unit: str, parent: str) -> None:
    org = _org(text, unit)
    assert org.part_of == parent
    assert f"{parent} {unit}" in org.aliases


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "KIMEP University (Kazakhstan Institute of Management, Economics and Strategic Research) "
            "hosted the fair.",
            "KIMEP University",
            "Kazakhstan Institute of Management, Economics and Strategic Research",
        ),
        (
            "Satbayev University (formerly Kazakh National Technical University) signed the memorandum.",
            "Satbayev University",
            "Kazakh National Technical University",
        ),
        (
            "A delegation of Narxoz University (Almaty Institute of National Economy) visited Riga.",
            "Narxoz University",
            "Almaty Institute of National Economy",
        ),
    ],
)
def test_a_schools_other_name_in_brackets_is_the_same_body(text: str, name: str, other: str) -> None:
    org = _org(text, name)
    assert other in org.aliases
    assert other not in _names(text)


# -- acronyms: an event of a year is no body; two names with the same initials ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kazakhstan Pavilion at EXPO 2025 in Osaka hosted a presentation of Satbayev University.",
        "Students of Satbayev University presented robots at INNOPROM 2024 in Yekaterinburg.",
        "Satbayev University took part in ADIPEC 2023, where the rector gave a talk.",
    ],
)
def test_an_acronym_before_a_year_is_an_event(text: str) -> None:
    assert _names(text) == ["Satbayev University"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "UiTM and UTM launched a joint programme. Universiti Teknologi MARA will host 30 students, "
            "while Universiti Teknologi Malaysia will send 20.",
            {"Universiti Teknologi MARA": "UiTM", "Universiti Teknologi Malaysia": "UTM"},
        ),
        (
            "Universiti Teknologi MARA (UiTM) welcomed guests from Universiti Teknologi Malaysia. UTM "
            "sent twelve lecturers.",
            {"Universiti Teknologi MARA": "UiTM", "Universiti Teknologi Malaysia": "UTM"},
        ),
        (
            "Kazakh National University (KazNU) and Kazakh Nazarbayev University met. KNU hosted the talks.",
            {"Kazakh National University": "KazNU", "Kazakh Nazarbayev University": "KNU"},
        ),
    ],
)
def test_two_names_with_the_same_initials_each_keep_their_acronym(text: str, pairs: dict[str, str]) -> None:
    for name, acronym in pairs.items():
        assert acronym in _org(text, name).aliases


# -- trusts, and a college named by its university's short name --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Wellcome Trust funds twelve doctoral fellows in Kampala.", "Wellcome Trust"),
        ("Fellowships of the Rhodes Trust were offered to Kenyan students.", "Rhodes Trust"),
        ("The Aga Khan Trust for Culture restored the old library.", "Aga Khan Trust for Culture"),
    ],
)
def test_a_trust_is_a_body(text: str, name: str) -> None:
    assert _org(text, name).type == "Other"


@pytest.mark.parametrize(
    "text",
    [
        "Mutual Trust is the basis of our cooperation with Ghent University.",
        "Building Trust Between Nations was the motto. Ghent University hosted it.",
        "Public Trust in science grew, said a professor of Ghent University.",
    ],
)
def test_trust_in_a_slogan_is_no_body(text: str) -> None:
    assert _names(text) == ["Ghent University"]


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        (
            "Makerere University joined the network. Makerere's College of Health Sciences will host fellows.",
            "College of Health Sciences",
            "Makerere University",
        ),
        (
            "Yonsei University signed the agreement. The Yonsei College of Medicine will train five doctors.",
            "Yonsei College of Medicine",
            "Yonsei University",
        ),
    ],
)
def test_a_college_named_by_the_short_name_is_a_faculty(text: str, unit: str, parent: str) -> None:
    org = _org(text, unit)
    assert org.part_of == parent
    assert org.type == "Faculty"


# -- an acronym that spells the words before an "and"; "and" before a body named in lower case ---------


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The Kenya Agricultural and Livestock Research Organization (KALRO) will train ten fellows.",
            "Kenya Agricultural and Livestock Research Organization",
            "KALRO",
        ),
        (
            "Scientists of the Tanzania Fisheries and Wildlife Research Institute (TFWRI) met in Arusha.",
            "Tanzania Fisheries and Wildlife Research Institute",
            "TFWRI",
        ),
        (
            "The Ghana Cocoa and Coffee Research Institute (GCCRI) hosted students from Kumasi.",
            "Ghana Cocoa and Coffee Research Institute",
            "GCCRI",
        ),
    ],
)
def test_an_acronym_confirms_the_words_before_and(text: str, name: str, acronym: str) -> None:
    assert acronym in _org(text, name).aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Universidad de los Andes and Korean university launched a joint programme.",
            "Universidad de los Andes",
        ),
        (
            "The University of Nairobi and Chinese universities will exchange students.",
            "University of Nairobi",
        ),
        (
            "An agreement between the Ministry of Education of Ghana and Japanese institutes was signed.",
            "Ministry of Education of Ghana",
        ),
    ],
)
def test_and_before_a_body_in_lower_case_ends_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


# -- a state written by its initials; "Government of X" after a ministry ----------------------------


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "UAE University welcomed the delegation. The United Arab Emirates University (UAEU) has "
            "14,000 students.",
            "UAE University",
            "United Arab Emirates University",
        ),
        (
            "The US Agency for International Development funded it. The United States Agency for "
            "International Development (USAID) said so.",
            "US Agency for International Development",
            "United States Agency for International Development",
        ),
        (
            "The UK Research and Innovation council met. United Kingdom Research and Innovation agreed.",
            None,
            "United Kingdom Research and Innovation",
        ),
    ],
)
def test_a_state_by_its_initials_is_the_same_name(text: str, name: str | None, other: str) -> None:
    names = _names(text)
    assert not (name in names and other in names), names
    if name is not None:
        assert other in _org(text, name).aliases


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "The Ministry of Education, Government of India, signed the agreement with Tashkent.",
            "Ministry of Education of India",
            "India",
        ),
        (
            "The Ministry of Higher Education, Government of Egypt, and Cairo University agreed.",
            "Ministry of Higher Education of Egypt",
            "Egypt",
        ),
        (
            "Officials of the Ministry of Culture, Government of Pakistan visited Almaty.",
            "Ministry of Culture of Pakistan",
            "Pakistan",
        ),
    ],
)
def test_government_of_after_a_ministry_names_its_state(text: str, name: str, state: str) -> None:
    org = _org(text, name)
    assert org.country == state
    assert not any(n.startswith("Government of") for n in _names(text))


# -- an acronym named after a person; a faculty's list of disciplines -----------------------------------


@pytest.mark.parametrize(
    ("text", "acronym", "other"),
    [
        (
            "KazNU named after al-Farabi and the University of Warsaw signed an agreement.",
            "KazNU",
            "University of Warsaw",
        ),
        (
            "ENU named after L.N. Gumilyov hosted the University of Tartu delegation.",
            "ENU",
            "University of Tartu",
        ),
        (
            "Students of Ghent University will study at KSTU named after I. Razzakov.",
            "KSTU",
            "Ghent University",
        ),
    ],
)
def test_an_acronym_named_after_a_person_is_a_body(text: str, acronym: str, other: str) -> None:
    names = _names(text)
    assert acronym in names and other in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Faculty of Medicine, Pharmacy and Odontology of Cheikh Anta Diop University hosted guests.",
            "Faculty of Medicine, Pharmacy and Odontology",
        ),
        (
            "The Faculty of Geology, Geophysics and Oceanology will train ten students from Hanoi.",
            "Faculty of Geology, Geophysics and Oceanology",
        ),
        (
            "The Faculty of Chemistry, Dentistry and Agronomy opened a laboratory.",
            "Faculty of Chemistry, Dentistry and Agronomy",
        ),
    ],
)
def test_a_faculty_lists_its_disciplines(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_list_of_people_after_a_faculty_is_not_its_name() -> None:
    assert "Faculty of Law" in _names("The Faculty of Law, Anna Petrova and Ivan Sidorov attended.")


# -- a unit and the body that holds it: "part of", "hosted by", "under", "within", brackets ------------


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        (
            "The Centre for Korean Studies, part of Kazan Federal University, organised the contest.",
            "Centre for Korean Studies",
            "Kazan Federal University",
        ),
        (
            "The Centre for Turkic Studies, which is part of Ankara University, will host ten fellows.",
            "Centre for Turkic Studies",
            "Ankara University",
        ),
        (
            "The Confucius Institute hosted by Makerere University organised a calligraphy contest.",
            "Confucius Institute",
            "Makerere University",
        ),
        (
            "The Center for Korean Studies under Al-Farabi Kazakh National University opened an exhibition.",
            "Center for Korean Studies",
            "Al-Farabi Kazakh National University",
        ),
        (
            "The Department of Korean Studies within the Faculty of Oriental Studies hosted the guests.",
            "Department of Korean Studies",
            "Faculty of Oriental Studies",
        ),
        (
            "The Research Institute of Economics (Kyrgyz National University) published the report.",
            "Research Institute of Economics",
            "Kyrgyz National University",
        ),
        (
            "The Korean Education Centre operates at the Embassy of the Republic of Korea in Kazakhstan.",
            "Korean Education Centre",
            "Embassy of South Korea in Kazakhstan",
        ),
    ],
)
def test_a_unit_is_part_of_the_body_that_holds_it(text: str, unit: str, parent: str) -> None:
    assert _org(text, unit).part_of == parent
    assert parent not in _org(text, unit).aliases


# -- a legal form before a state university's name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "NJSC Al-Farabi Kazakh National University and NAO Astana Medical University signed a memorandum.",
            ["Al-Farabi Kazakh National University", "Astana Medical University"],
        ),
        (
            "Rector of NCJSC Karaganda Technical University Ivan Petrov met the RSE Institute of Zoology.",
            ["Karaganda Technical University", "Institute of Zoology"],
        ),
        (
            "FSBEI HE Kuban State University welcomed students of Osh State University.",
            ["Kuban State University", "Osh State University"],
        ),
    ],
)
def test_a_legal_form_is_not_part_of_the_name(text: str, names: list[str]) -> None:
    found = _names(text)
    assert sorted(found) == sorted(names), found


# -- two units of one name at two universities ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "parents"),
    [
        (
            "The Faculty of Law of Charles University signed an agreement with the Faculty of Law of "
            "Leiden University.",
            "Faculty of Law",
            {"Charles University", "Leiden University"},
        ),
        (
            "The Confucius Institute at the University of Nairobi and the Confucius Institute at Kenyatta "
            "University held a joint gala.",
            "Confucius Institute",
            {"University of Nairobi", "Kenyatta University"},
        ),
        (
            "Students of the School of Medicine of Makerere University visited the School of Medicine of "
            "Ghent University.",
            "School of Medicine",
            {"Makerere University", "Ghent University"},
        ),
    ],
)
def test_two_units_of_one_name_at_two_universities_are_two(text: str, unit: str, parents: set[str]) -> None:
    units = [o for o in _record(text).organizations if o.name == unit or unit in o.aliases]
    assert {o.part_of for o in units} == parents


@pytest.mark.parametrize(
    ("text", "unit", "full"),
    [
        (
            "The Confucius Institute at the University of Nairobi held a gala for the ambassador.",
            "Confucius Institute",
            "Confucius Institute at the University of Nairobi",
        ),
        (
            "Teachers from the Korean Language Centre at Kenyatta University attended.",
            "Korean Language Centre",
            "Korean Language Centre at Kenyatta University",
        ),
    ],
)
def test_a_unit_at_a_university_goes_by_its_name_with_at_too(text: str, unit: str, full: str) -> None:
    found = next(o for o in _record(text).organizations if o.name == unit)
    assert full in found.aliases


def test_a_unit_named_again_without_its_university_is_the_same() -> None:
    text = "The Faculty of Law of Charles University hosted the guests. Later the Faculty of Law signed it."
    units = [o for o in _record(text).organizations if "Faculty of Law" in o.name]
    assert len(units) == 1 and units[0].part_of == "Charles University"


# -- names in other languages: "y de", "à", "van", a title word inside ---------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Universidad Nacional Mayor de San Marcos",
        "Instituto Tecnológico y de Estudios Superiores de Monterrey",
        "Université du Québec à Montréal",
        "Universiteit van Amsterdam",
        "Vrije Universiteit Amsterdam",
    ],
)
def test_a_name_in_another_language_goes_on(name: str) -> None:
    text = f"Students of the {name} will spend a semester at Kazan Federal University."
    assert name in _names(text)


# -- unnamed bodies inside an institution; an acronym that starts its own university's name ----------------


@pytest.mark.parametrize(
    "text",
    [
        "The Alumni Association joined the celebration at Ghent University.",
        "The Dissertation Council of the university approved the plan of Ghent University.",
        "The Admissions Committee met; the Student Council also met at Ghent University.",
    ],
)
def test_an_unnamed_body_inside_an_institution_is_no_org(text: str) -> None:
    assert _names(text) == ["Ghent University"]


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("The British Council organised the exam at Ghent University.", "British Council"),
        ("The Norwegian Research Council funds Ghent University projects.", "Norwegian Research Council"),
    ],
)
def test_a_named_council_stays(text: str, council: str) -> None:
    assert council in _names(text)


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        (
            "The Center for Career and Employment of KIMEP University signed the memorandum.",
            "Center for Career and Employment",
            "KIMEP University",
        ),
        (
            "The School of Public and International Affairs of ADA University hosted the students.",
            "School of Public and International Affairs",
            "ADA University",
        ),
    ],
)
def test_an_acronym_leading_a_name_is_not_a_parent_of_its_own(text: str, unit: str, parent: str) -> None:
    names = _names(text)
    assert parent.split()[0] not in names, names
    assert _org(text, unit).part_of == parent


# -- a state's initials before a department: one body with or without them ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Department of State funds the Global UGRAD programme. The Department of State selected 20 students.",
        "A memorandum was signed with the Department of State. The U.S. Department of State funds the programme.",
        "The UK Department for Education met Ghent University. The Department for Education agreed.",
    ],
)
def test_a_state_department_with_and_without_initials_is_one(text: str) -> None:
    names = [n for n in _names(text) if "Department" in n]
    assert len(names) == 1, names
    assert _org(text, names[0]).type == "Ministry"

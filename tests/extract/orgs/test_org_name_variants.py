"""Organisation names of the genre, session 9: names in other languages that go on after their head,
Arabic patronymics inside an eponym, a city after a comma, a unit owned by a longer name, a short name
in brackets, the written form of a diplomatic post, and one institution under several names.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import one_org, org_names, orgs

_orgs = partial(orgs, published="2024-05-10")
_names = partial(org_names, published="2024-05-10")
_org = partial(one_org, published="2024-05-10")


# -- a name in another language goes on over its proper words --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The agreement with Institut Teknologi Sepuluh Nopember covers port design.",
            "Institut Teknologi Sepuluh Nopember",
        ),
        ("Students of Institut Pertanian Bogor Raya will visit Leipzig.", "Institut Pertanian Bogor Raya"),
        (
            "The Institut National Polytechnique Félix Houphouët-Boigny opened a new laboratory.",
            "Institut National Polytechnique Félix Houphouët-Boigny",
        ),
        (
            "The Instituto de Investigaciones Gino Germani hosted the seminar last week.",
            "Instituto de Investigaciones Gino Germani",
        ),
        (
            "A delegation visited the Universidad Tecnológica Nacional Ricardo Rojas in May.",
            "Universidad Tecnológica Nacional Ricardo Rojas",
        ),
    ],
)
def test_a_foreign_name_keeps_its_proper_words(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Rector of Universitas Andalas Yuliandri Nasution signed the memorandum.",
            "Universitas Andalas",
        ),
        ("The Director of Instituto de Estudios Carla Montero welcomed the guests.", "Instituto de Estudios"),
        ("The Universidad de Lima Pedro Salas said it was a good day.", "Universidad de Lima"),
    ],
)
def test_a_person_after_a_title_and_a_foreign_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Institut Teknologi Sepuluh Nopember will host the students.", "University"),
        ("The Institut National Polytechnique de Toulouse signed a double degree.", "University"),
        ("Instituto Tecnológico de Monterrey welcomed the delegation.", "University"),
        ("Instituto Politécnico Nacional signed an agreement.", "University"),
    ],
)
def test_a_technical_institute_in_another_language_teaches(text: str, kind: str) -> None:
    assert [o.type for o in _orgs(text)] == [kind]


# -- Arabic patronymics inside an eponym ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Mohammed bin Rashid University of Medicine and Health Sciences",
        "Imam Abdulrahman bin Faisal University",
        "Princess Nourah bint Abdulrahman University",
        "Prince Sultan bin Abdulaziz Centre for Science",
        "Sultan Idris ibn Ahmad Education University",
    ],
)
def test_bin_and_bint_stay_inside_an_eponym(name: str) -> None:
    assert _names(f"The {name} signed an agreement with Qatar University on Monday.") == [
        name,
        "Qatar University",
    ]


# -- a school named by its fields takes its city after a comma ---------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "University of Engineering and Technology, Lahore",
        "University of Agriculture, Faisalabad",
        "National University of Sciences and Technology, Islamabad",
        "Institute of Business Administration, Karachi",
    ],
)
def test_a_field_name_takes_its_city_after_a_comma(name: str) -> None:
    text = f"The {name} signed an MoU with the University of Glasgow."
    assert _names(text) == [name, "University of Glasgow"]
    assert _org(text, name).country == "Pakistan"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The University of Ghana, Accra, hosted the envoy.", ["University of Ghana"]),
        ("Makerere University, Kampala, signed the MoU.", ["Makerere University"]),
        ("The Faculty of Law, Lahore campus, opened.", ["Faculty of Law"]),
    ],
)
def test_a_proper_name_keeps_no_city_after_a_comma(text: str, names: list[str]) -> None:
    assert _names(text) == names


# -- a faculty of two fields -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Faculty of Economics and Administration",
        "Faculty of Business and Administration",
        "School of Management and Administration",
    ],
)
def test_administration_is_a_field_of_a_faculty(name: str) -> None:
    assert name in _names(f"Most of them study at the {name} of King Saud University.")


def test_a_ministry_and_an_administration_stay_two() -> None:
    names = _names("The Ministry of Education and Administration of the President met.")
    assert "Ministry of Education" in names


# -- "the University of X's Faculty of Y": the unit and its owner ------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "owner"),
    [
        (
            "The University of Tsukuba's Faculty of Medicine signed an agreement with Tashkent Medical Academy.",
            "Faculty of Medicine",
            "University of Tsukuba",
        ),
        (
            "Students from the University of Nairobi's School of Law will travel to Seoul.",
            "School of Law",
            "University of Nairobi",
        ),
        (
            "The Universidad de Chile's Institute of Physics hosted the guests.",
            "Institute of Physics",
            "Universidad de Chile",
        ),
    ],
)
def test_a_unit_owned_by_a_long_name_is_part_of_it(text: str, unit: str, owner: str) -> None:
    assert _org(text, unit).part_of == owner
    assert not any("'s" in n for n in _names(text))


def test_a_state_owning_a_ministry_after_and_is_still_its_state() -> None:
    text = "Ghana's Ministry of Education and Peru's Ministry of Education signed it."
    assert _names(text) == ["Ministry of Education of Ghana", "Ministry of Education of Peru"]


# -- a short name in brackets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The University of Alberta (U of A) signed the deal.", "University of Alberta", "U of A"),
        (
            "The Institut National Polytechnique de Bordeaux (Bordeaux INP) signed the deal.",
            "Institut National Polytechnique de Bordeaux",
            "Bordeaux INP",
        ),
        (
            "The University of California, Berkeley (UC Berkeley) signed it.",
            "University of California, Berkeley",
            "UC Berkeley",
        ),
    ],
)
def test_a_short_name_in_brackets_is_an_alias(text: str, name: str, alias: str) -> None:
    assert alias in _org(text, name).aliases


@pytest.mark.parametrize(
    "text",
    [
        "Almaty University (Almaty Kazakhstan) signed it.",
        "Tashkent University (Uzbekistan) signed it.",
    ],
)
def test_a_place_in_brackets_is_no_alias(text: str) -> None:
    assert all(not o.aliases for o in _orgs(text))


def test_a_short_name_with_a_city_refers_back_to_the_full_name() -> None:
    text = (
        "Hanoi University of Science and Technology and the Institut National Polytechnique de Lyon "
        "(Lyon INP) signed a double degree agreement. Lyon INP will host 20 students."
    )
    assert "INP" not in _names(text)


def test_an_acronym_and_a_city_refer_back_to_the_full_name() -> None:
    text = (
        "The Indian Institute of Technology Delhi signed an agreement with Deakin University. "
        "IIT Delhi will host ten researchers."
    )
    assert _names(text) == ["Indian Institute of Technology Delhi", "Deakin University"]
    assert "IIT Delhi" in _org(text, "Indian Institute of Technology Delhi").aliases


# -- a diplomatic post as the title writes it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "The Consul General of the Republic of Indonesia in Jeddah, Ali Rahman, met the rector.",
            "Consulate General of the Republic of Indonesia in Jeddah",
        ),
        (
            "The Australian High Commissioner to India Philip Green visited the campus.",
            "Australian High Commission in India",
        ),
        ("Indian Consul General in Dubai Satish Rao opened the fair.", "Indian Consulate General in Dubai"),
        (
            "The Ambassador of the Republic of Korea to Kenya Kim Min-ho visited the campus.",
            "Embassy of the Republic of Korea in Kenya",
        ),
    ],
)
def test_a_post_inferred_from_a_title_keeps_its_written_form(text: str, alias: str) -> None:
    posts = [o for o in _orgs(text) if o.type == "Embassy"]
    assert len(posts) == 1
    assert alias in posts[0].aliases


# -- one institution under several names in one article -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Osh Technical University and Ege University sign protocol\n\n"
            "The Osh State Technical University named after M.Adyshev and Ege University signed a protocol.",
            "Osh State Technical University named after M.Adyshev",
            "Osh Technical University",
        ),
        (
            "New dual degree with Peru's Pontificia Universidad Católica\n\n"
            "The Pontificia Universidad Católica del Perú signed a dual-degree agreement with Monash University.",
            "Pontificia Universidad Católica del Perú",
            "Pontificia Universidad Católica",
        ),
        (
            "Envoy visits University of La Plata\n\n"
            "The Ambassador of Japan visited the Universidad de La Plata on Monday.",
            "Universidad de La Plata",
            "University of La Plata",
        ),
        (
            "Ambassador visits Gumilyov University\n\n"
            "The Ambassador of Malaysia visited the Eurasian University named after L.N. Gumilyov on Monday.",
            "Eurasian University named after L.N. Gumilyov",
            "Gumilyov University",
        ),
    ],
)
def test_a_shorter_or_translated_name_is_an_alias_of_the_full_one(text: str, name: str, short: str) -> None:
    universities = [o for o in _orgs(text) if o.type == "University" and name in (o.name, *o.aliases)]
    assert len(universities) == 1
    assert universities[0].name == name
    assert short in universities[0].aliases
    assert short not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The University of Ghana signed an MoU with the University of Ghana Medical School.",
        "Kyoto University and Kyoto Sangyo University signed an agreement.",
        "Osh University students met.\n\nOsh State University and Osh Technical University signed it.",
    ],
)
def test_two_institutions_of_like_names_stay_two(text: str) -> None:
    assert len(_orgs(text)) >= 2


# -- "the Embassy in X" after the post named in full ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Chargé d'affaires of the Embassy of India in Lima met the rector. "
            "The rector was invited to a fair of the Embassy in Lima in May.",
            "Embassy of India in Peru",
        ),
        (
            "Students met at the Japanese Embassy in Ghana on Monday. "
            "The Embassy in Ghana will fund ten places.",
            "Embassy of Japan in Ghana",
        ),
    ],
)
def test_an_embassy_in_a_place_is_the_one_post_there(text: str, name: str) -> None:
    posts = [o for o in _orgs(text) if o.type == "Embassy"]
    assert [o.name for o in posts] == [name]


def test_an_embassy_in_a_place_of_two_posts_stays_apart() -> None:
    text = (
        "The Embassy of India in Lima and the Embassy of Spain in Lima met. "
        "The Embassy in Lima will host the fair."
    )
    names = [o.name for o in _orgs(text) if o.type == "Embassy"]
    assert "Embassy of India in Peru" in names and "Embassy of Spain in Peru" in names


# -- bodies known without a head noun --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Campus France organised the fair in Almaty.", "Campus France", "France"),
        ("Representatives of Campus France India attended the fair.", "Campus France India", "France"),
        ("The head of Rossotrudnichestvo in Tajikistan met students.", "Rossotrudnichestvo", "Russia"),
        (
            "The Luban Workshop at Tajik Technical University trains technicians.",
            "Luban Workshop",
            "Tajikistan",
        ),
    ],
)
def test_a_body_without_a_head_is_found(text: str, name: str, country: str) -> None:
    assert _org(text, name).country == country


def test_a_ministry_ends_before_and_a_headless_body() -> None:
    text = "The Ministry of Education and Training and Campus France Kenya organised the fair."
    assert _names(text) == ["Ministry of Education and Training", "Campus France Kenya"]


# -- a foreign name owning a unit ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "owner"),
    [
        (
            "The Universitas Indonesia's Faculty of Engineering signed it.",
            "Faculty of Engineering",
            "Universitas Indonesia",
        ),
        ("The Universiti Malaya's Centre for Robotics opened.", "Centre for Robotics", "Universiti Malaya"),
    ],
)
def test_a_state_word_closing_a_foreign_name_is_no_state_owner(text: str, unit: str, owner: str) -> None:
    assert _org(text, unit).part_of == owner
    assert all(o.type != "Ministry" for o in _orgs(text))


# -- several universities under one head ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tsinghua and Peking universities will send 30 students to Astana.",
            ["Tsinghua University", "Peking University"],
        ),
        (
            "Students from Harvard, Yale and Princeton universities visited Almaty.",
            ["Harvard University", "Yale University", "Princeton University"],
        ),
        (
            "The universities of Bologna, Padua and Turin joined the network.",
            ["University of Bologna", "University of Padua", "University of Turin"],
        ),
    ],
)
def test_names_sharing_a_plural_head_are_each_a_university(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh and Chinese universities will hold a forum.",
        "Leading Russian and Turkish universities took part in the fair.",
        "The universities of Kazakhstan, Uzbekistan and Kyrgyzstan joined the network.",
        "Technical and Medical universities attended.",
    ],
)
def test_peoples_states_and_kinds_before_universities_are_no_names(text: str) -> None:
    assert _names(text) == []


# -- agencies, councils and foundations in other languages -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Agence Universitaire de la Francophonie (AUF) supported the project.",
            "Agence Universitaire de la Francophonie",
        ),
        (
            "The Consejo Nacional de Investigaciones Científicas y Técnicas signed an MoU.",
            "Consejo Nacional de Investigaciones Científicas y Técnicas",
        ),
        (
            "The Coordenação de Aperfeiçoamento de Pessoal de Nível Superior granted 30 scholarships.",
            "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior",
        ),
        (
            "The Institut de Recherche pour le Développement opened an office.",
            "Institut de Recherche pour le Développement",
        ),
        ("The Fundación Carolina awarded grants to students from Peru.", "Fundación Carolina"),
    ],
)
def test_a_foreign_agency_council_or_foundation_is_a_body(text: str, name: str) -> None:
    assert _names(text) == [name]


# -- a programme's office ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Ministry of Higher Education of Iraq and Erasmus+ National Office signed.",
            ["Ministry of Higher Education of Iraq", "Erasmus+ National Office"],
        ),
        ("The National Erasmus+ Office in Kazakhstan held an info day.", ["National Erasmus+ Office"]),
        ("Erasmus+ funds 20 scholarships at the University of Porto.", ["University of Porto"]),
    ],
)
def test_a_programme_names_an_office_but_is_no_body(text: str, names: list[str]) -> None:
    assert _names(text) == names


# -- a branch campus named by a city of two words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Sorbonne University Abu Dhabi hosted the fair.",
            "Sorbonne University Abu Dhabi",
            "United Arab Emirates",
        ),
        (
            "Heriot-Watt University Kuala Lumpur hosted the fair.",
            "Heriot-Watt University Kuala Lumpur",
            "Malaysia",
        ),
        (
            "New York University Abu Dhabi’s students met.",
            "New York University Abu Dhabi",
            "United Arab Emirates",
        ),
    ],
)
def test_a_campus_named_by_a_two_word_city(text: str, name: str, country: str) -> None:
    assert _names(text) == [name]
    assert _org(text, name).country == country


# -- a university named again by its initials ---------------------------------------------------------------


def test_u_of_x_is_the_one_university_of_x() -> None:
    text = (
        "The University of Manitoba will host students from Ghana. "
        "The U of M currently hosts 40 students from Ghana."
    )
    record = extract_text(text, published="2024-05-10")
    assert [o.name for o in record.organizations] == ["University of Manitoba"]
    assert "U of M" in record.organizations[0].aliases
    assert [(c.count, c.at) for c in record.cohorts] == [(40, "University of Manitoba")]


def test_u_of_x_with_two_universities_of_that_letter_is_nobody() -> None:
    text = (
        "The University of Manitoba and the University of Montreal signed an MoU. "
        "The U of M currently hosts 40 students from Ghana."
    )
    assert all("U of M" not in o.aliases for o in _orgs(text))


def test_a_bracketed_short_name_named_again_is_a_mention() -> None:
    text = (
        "The University of Saskatchewan (U of S) and Kyoto University signed an agreement. "
        "The U of S currently hosts 30 students from Japan."
    )
    record = extract_text(text, published="2024-05-10")
    assert len(record.organizations) == 2
    assert [(c.count, c.at) for c in record.cohorts] == [(30, "University of Saskatchewan")]


# -- a joint centre or laboratory is part of the university where it was set up -----------------------------


@pytest.mark.parametrize(
    ("text", "unit", "owner"),
    [
        (
            "The China-Kazakhstan Joint Research Centre for Ecology was opened at Al-Farabi Kazakh National University.",
            "China-Kazakhstan Joint Research Centre for Ecology",
            "Al-Farabi Kazakh National University",
        ),
        (
            "The Korea-Uzbekistan Centre for Artificial Intelligence, established at Tashkent University of "
            "Information Technologies, will train 200 specialists.",
            "Korea-Uzbekistan Centre for Artificial Intelligence",
            "Tashkent University of Information Technologies",
        ),
        (
            "The Sino-Kenyan Joint Laboratory for Crop Biology is based at Egerton University.",
            "Sino-Kenyan Joint Laboratory for Crop Biology",
            "Egerton University",
        ),
        (
            "The India-Ghana Centre for Excellence in ICT has been launched at the University of Ghana.",
            "India-Ghana Centre for Excellence in ICT",
            "University of Ghana",
        ),
    ],
)
def test_a_unit_set_up_at_a_university_is_part_of_it(text: str, unit: str, owner: str) -> None:
    assert _org(text, unit).part_of == owner


def test_a_unit_visited_at_a_university_is_not_said_to_be_part_of_it() -> None:
    text = "The Centre for Turkic Studies was visited at the Ankara University by the delegation."
    assert _org(text, "Centre for Turkic Studies").part_of is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Africa Centre of Excellence in Water Management hosted the students.",
            "Africa Centre of Excellence in Water Management",
        ),
        (
            "The Centre of Excellence in Artificial Intelligence opened.",
            "Centre of Excellence in Artificial Intelligence",
        ),
        ("He studied at the Centre of Excellence in Kenya.", "Centre of Excellence"),
    ],
)
def test_a_centre_of_excellence_in_a_field_but_not_in_a_place(text: str, name: str) -> None:
    assert _names(text) == [name]


# -- a news agency is a source, not a body of the record ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The report by Anadolu Agency said Ankara University would host 30 students.",
            ["Ankara University"],
        ),
        ("The Kenya News Agency reported that Moi University signed the MoU.", ["Moi University"]),
        ("According to Xinhua News Agency, Peking University hosted the forum.", ["Peking University"]),
        ("Kazakh Telegraph Agency said Satbayev University hosted the forum.", ["Satbayev University"]),
    ],
)
def test_a_news_agency_is_no_organisation(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The State Agency for Science and Technology signed the memorandum.",
        "The Japan International Cooperation Agency funded the laboratory.",
    ],
)
def test_a_state_agency_is_still_an_organisation(text: str) -> None:
    assert len(_names(text)) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Rector's Office of Kabul University announced the results.", ["Kabul University"]),
        ("The Dean's Office of the Faculty of Law sent the list.", ["Faculty of Law"]),
    ],
)
def test_a_role_holders_office_is_the_body_itself(text: str, names: list[str]) -> None:
    assert _names(text) == names


# -- particles, state-qualified names with a city, "Commission on" ---------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Ateneo de Manila University", "Colegio de San Juan University", "Pierre van Oost University"],
)
def test_a_particle_inside_an_eponym_before_the_head(name: str) -> None:
    assert _names(f"The {name} signed an agreement with Kyoto University.") == [name, "Kyoto University"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Vietnam National University, Hanoi signed with Kyoto University.",
            "Vietnam National University, Hanoi",
        ),
        (
            "The Tajik National University, Dushanbe signed with Kyoto University.",
            "Tajik National University, Dushanbe",
        ),
    ],
)
def test_a_state_qualified_name_takes_its_city_after_a_comma(text: str, name: str) -> None:
    assert _names(text) == [name, "Kyoto University"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Commission on Higher Education of the Philippines signed.",
            "Commission on Higher Education of the Philippines",
        ),
        ("The Council on Foreign Relations hosted the rector.", "Council on Foreign Relations"),
    ],
)
def test_a_commission_on_a_field(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_committee_on_a_day_is_nobody() -> None:
    assert _names("The Committee on Monday approved the plan.") == []


@pytest.mark.parametrize(
    "name",
    [
        "National Council of Humanities, Sciences and Technologies",
        "National Council for Science, Technology and Innovation",
        "University of Science, Technology and Innovation",
    ],
)
def test_a_council_or_university_lists_its_fields(name: str) -> None:
    assert _names(f"The {name} and Kyoto University signed.") == [name, "Kyoto University"]


def test_a_list_of_fields_ends_before_a_university() -> None:
    assert _names("The University of Economics, Law and Kyoto University signed.") == [
        "University of Economics",
        "Kyoto University",
    ]


def test_a_bare_high_commission_is_the_post_named_in_full() -> None:
    text = (
        "The High Commissioner of India to Ghana, Ravi Kumar, visited the University of Ghana. "
        "The visit is part of the High Commission's outreach to Ghanaian universities."
    )
    posts = [o.name for o in _orgs(text) if o.type == "Embassy"]
    assert posts == ["High Commission of India in Ghana"]


def test_a_bare_high_commission_alone_is_nobody() -> None:
    assert _names("The High Commission hosted the fair.") == []


def test_a_bilingual_headline_names_one_university_twice() -> None:
    text = (
        "UNAM y la Universidad de Granada firman convenio / UNAM and University of Granada sign agreement\n\n"
        "The Universidad de Granada and the National Autonomous University of Mexico signed the agreement."
    )
    universities = [o for o in _orgs(text) if "Granada" in o.name]
    assert len(universities) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The delegation visited the Museum of the First President on Monday.",
            "Museum of the First President",
        ),
        (
            "The Library of the First President of the Republic of Kazakhstan hosted the exhibition.",
            "Library of the First President of the Republic of Kazakhstan",
        ),
    ],
)
def test_the_first_president_inside_a_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Consul-General of Japan in Dubai, Takashi Ito, attended the ceremony at Zayed University.",
            "Consulate General of Japan in Dubai",
        ),
        (
            "The Consul General of Peru in Lyon, Rosa Quispe, visited the university.",
            "Consulate General of Peru in Lyon",
        ),
    ],
)
def test_a_consul_general_written_with_a_hyphen_is_a_consulate_general(text: str, name: str) -> None:
    assert [o.name for o in _orgs(text) if o.type == "Embassy"] == [name]

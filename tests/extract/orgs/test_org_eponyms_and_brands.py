"""Organisation names of the genre, session 11: names told by an eponym and an acronym, brand names
introduced by what they are, a status name with the proper name in quotes, names glued by "and",
short "Tech" forms, and the names in the text's own languages that must stay whole.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract.record import Organization, Record
from support.extracted import org_names, record

_record = partial(record, published="2024-05-10")
_names = partial(org_names, published="2024-05-10")


def _known(record: Record, name: str) -> Organization | None:
    """The organisation of ``record`` with ``name`` as its name or one of its aliases."""
    found = [o for o in record.organizations if name == o.name or name in o.aliases]
    assert len(found) <= 1, [o.name for o in record.organizations]
    return found[0] if found else None


def _parties(record: Record) -> list[set[str]]:
    return [set(p.between) for p in record.partnerships]


# -- an eponym before an acronym: "Al-Farabi KazNU", "L.N. Gumilyov ENU" -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rector of Al-Farabi KazNU, Aigul Serikova, met the ambassador of Egypt.", "Al-Farabi KazNU"),
        ("A memorandum was signed with L.N. Gumilyov ENU on Monday.", "L.N. Gumilyov ENU"),
        ("A memorandum was signed with L.N.Gumilyov ENU on Monday.", "L.N.Gumilyov ENU"),
        ("Students of Abai KazNPU visited the University of Granada.", "Abai KazNPU"),
        ("Twelve teachers of M. Auezov SKU will study in Lodz.", "M. Auezov SKU"),
    ],
)
def test_an_eponym_and_an_acronym_name_a_university(text: str, name: str) -> None:
    org = _known(_record(text), name)
    assert org is not None, _names(text)
    assert org.type == "University"


def test_an_eponym_acronym_is_the_full_name_spelt_out_before() -> None:
    text = (
        "The Al-Farabi Kazakh National University welcomed a delegation from Oman. The rector of "
        "Al-Farabi KazNU thanked the guests."
    )
    record = _record(text)
    assert [o.name for o in record.organizations] == ["Al-Farabi Kazakh National University"]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation met Dr. Ahmed Al-Farabi at the ministry.",
        "Professor Abai Kunanbayev spoke about AI in education.",
        "Prime Minister Kim signed the UN declaration on Monday.",
    ],
)
def test_a_person_before_an_acronym_is_no_university(text: str) -> None:
    names = _names(text)
    assert not any(n.endswith(("AI", "UN")) and " " in n for n in names), names


# -- a brand name told by what it is: "the agency Embrapa", "automaker Toyota" ------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Brazil's agricultural research agency Embrapa signed an agreement with Kazakh National "
            "Agrarian University.",
            "Embrapa",
            None,
        ),
        (
            "The Brazilian mining company Vale signed a memorandum with Eduardo Mondlane University.",
            "Vale",
            "Company",
        ),
        (
            "The Japanese automaker Toyota will fund ten places at the University of Ghana.",
            "Toyota",
            "Company",
        ),
        ("The tech giant Huawei and Makerere University launched an ICT academy.", "Huawei", "Company"),
        (
            "The Chinese telecom company ZTE opened a training centre at Tashkent State Technical University.",
            "ZTE",
            "Company",
        ),
        ("The Korean conglomerate Samsung signed an agreement with Inha University.", "Samsung", "Company"),
    ],
)
def test_a_brand_told_by_what_it_is(text: str, name: str, kind: str | None) -> None:
    org = _known(_record(text), name)
    assert org is not None, _names(text)
    if kind is not None:
        assert org.type == kind


def test_a_brand_partner_makes_a_partnership() -> None:
    record = _record("The tech giant Huawei and Makerere University signed a memorandum of understanding.")
    assert {"Huawei", "Makerere University"} in _parties(record)


@pytest.mark.parametrize(
    "text",
    [
        "According to the news agency Kazinform, the rector met the ambassador.",
        "The company Director Ivan Petrov visited the University of Tartu.",
        "The company said on Monday that the University of Tartu would host the forum.",
        "The agency In March opened an office at the University of Tartu.",
    ],
)
def test_no_brand_without_a_name_after_the_cue(text: str) -> None:
    names = _names(text)
    assert names == ["University of Tartu"] or names == [], names


# -- a status name and the proper name in quotes: one institution ------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The National Research University "Higher School of Economics" and the University of Tehran '
            "signed an agreement.",
            "Higher School of Economics",
        ),
        (
            'The National Technical University of Ukraine "Igor Sikorsky Kyiv Polytechnic Institute" signed '
            "an agreement with Tbilisi State University.",
            "Igor Sikorsky Kyiv Polytechnic Institute",
        ),
        (
            'Students of the National Research University "Moscow Power Engineering Institute" visited '
            "Tashkent State Technical University.",
            "Moscow Power Engineering Institute",
        ),
    ],
)
def test_a_status_name_and_its_quoted_name_are_one(text: str, quoted: str) -> None:
    record = _record(text)
    org = _known(record, quoted)
    assert org is not None, [o.name for o in record.organizations]
    names = [o.name for o in record.organizations]
    assert not any(
        n in ("National Research University", "National Technical University of Ukraine") for n in names
    ), names
    assert len(names) == 2, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"TIIAME" National Research University signed an agreement with the University of Valencia.',
            "TIIAME National Research University",
        ),
        (
            "The Tashkent Institute of Irrigation and Agricultural Mechanization Engineers National Research "
            "University signed a memorandum with Wageningen University.",
            "Tashkent Institute of Irrigation and Agricultural Mechanization Engineers National Research University",
        ),
        (
            'Delegates of the "MPEI" National Research University arrived in Almaty.',
            "MPEI National Research University",
        ),
    ],
)
def test_a_status_after_the_proper_name_stays_in_it(text: str, name: str) -> None:
    record = _record(text)
    assert _known(record, name) is not None, [o.name for o in record.organizations]
    assert "National Research University" not in [o.name for o in record.organizations]


# -- "Hospital and Research Centre": one name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The King Faisal Specialist Hospital and Research Centre signed an agreement with the "
            "University of Jordan.",
            "King Faisal Specialist Hospital and Research Centre",
        ),
        (
            "Doctors of the Ruth Karimova Memorial Hospital and Research Center trained nurses from Osh.",
            "Ruth Karimova Memorial Hospital and Research Center",
        ),
        (
            "A memorandum with the National Cancer Hospital and Research Institute was signed in Lahore.",
            "National Cancer Hospital and Research Institute",
        ),
    ],
)
def test_a_hospital_and_research_centre_is_one(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_hospital_and_a_named_centre_stay_two() -> None:
    names = _names(
        "The Aga Khan University Hospital and the Research Council of Oman agreed to train nurses."
    )
    assert "Aga Khan University Hospital" in names and "Research Council of Oman" in names, names


# -- "Gdansk Tech", "Georgia Tech": a technical university by its place -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Georgia Tech signed a memorandum with Nazarbayev University.", "Georgia Tech"),
        ("Twenty students of Virginia Tech arrived in Almaty.", "Virginia Tech"),
        ("A delegation from Gdansk Tech visited Satbayev University.", "Gdansk Tech"),
    ],
)
def test_a_place_and_tech_name_a_university(text: str, name: str) -> None:
    org = _known(_record(text), name)
    assert org is not None, _names(text)
    assert org.type == "University"


def test_tech_is_the_university_of_technology_named_before() -> None:
    text = (
        "The Gdansk University of Technology and Satbayev University signed an agreement. "
        "Twenty-five Kazakh students study at Gdansk Tech."
    )
    record = _record(text)
    org = _known(record, "Gdansk Tech")
    assert org is not None and org.name == "Gdansk University of Technology", [
        o.name for o in record.organizations
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Hi Tech Park of Astana hosted the forum.",
        "Ed Tech startups met at the University of Tartu.",
        "The Deep Tech summit opened at the University of Tartu.",
    ],
)
def test_tech_after_no_place_is_no_university(text: str) -> None:
    assert not any(n.endswith(" Tech") for n in _names(text)), _names(text)


# -- names in the text's own languages stay whole ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rector of the Universidade Federal do Ceará visited Astana on Tuesday.",
            "Universidade Federal do Ceará",
        ),
        (
            "Université Gaston Berger de Saint-Louis and Ghent University agreed to exchange students.",
            "Université Gaston Berger de Saint-Louis",
        ),
        ("Universität Graz will host ten students from Tashkent.", "Universität Graz"),
        ("Delegates of Universiteit Gent met the ambassador of Indonesia.", "Universiteit Gent"),
        (
            "Universitas Airlangga signed an agreement with Tashkent State Technical University.",
            "Universitas Airlangga",
        ),
        ("Uniwersytet Warszawski welcomed a delegation from Bishkek.", "Uniwersytet Warszawski"),
        ("Politecnico di Bari and Tsinghua University launched a dual degree.", "Politecnico di Bari"),
        (
            "The Università degli Studi di Perugia will welcome five students from Almaty.",
            "Università degli Studi di Perugia",
        ),
        (
            "Instituto Tecnológico de Santo Domingo and the University of Nairobi agreed on a joint lab.",
            "Instituto Tecnológico de Santo Domingo",
        ),
        (
            "The Hochschule Bremen signed a memorandum with Kyrgyz State Technical University.",
            "Hochschule Bremen",
        ),
    ],
)
def test_a_name_in_its_own_language(text: str, name: str) -> None:
    assert name in _names(text)


# -- Russian-translated names: eponym first, "named after", status words -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The L.N. Gumilyov Eurasian National University signed a memorandum with Ankara University.",
            "L.N. Gumilyov Eurasian National University",
        ),
        (
            "The Kh.Dosmukhamedov Atyrau University signed a memorandum with the University of Stavanger.",
            "Kh.Dosmukhamedov Atyrau University",
        ),
        (
            "A delegation of the Bukhara State University named after Ibn Sino visited Seoul.",
            "Bukhara State University named after Ibn Sino",
        ),
        (
            "The Korkyt Ata Kyzylorda University signed a memorandum with Istanbul University.",
            "Korkyt Ata Kyzylorda University",
        ),
        (
            "The Kazakh Ablai Khan University of International Relations and World Languages hosted the forum.",
            "Kazakh Ablai Khan University of International Relations and World Languages",
        ),
    ],
)
def test_a_translated_name_stays_whole(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The National University of Uzbekistan (NUUz) and Pusan National University agreed. NUUz will host 20 students.",
            "National University of Uzbekistan",
            "NUUz",
        ),
        (
            "The Kazakh-British Technical University (KBTU) signed an agreement with the University of Exeter. KBTU will send 15 students.",
            "Kazakh-British Technical University",
            "KBTU",
        ),
        (
            "The Universiti Teknologi Malaysia signed the agreement. The UTM delegation left on Friday.",
            "Universiti Teknologi Malaysia",
            "UTM",
        ),
        (
            "The Japan International Cooperation Agency, JICA, signed an agreement with Addis Ababa University.",
            "Japan International Cooperation Agency",
            "JICA",
        ),
    ],
)
def test_an_acronym_is_the_name_spelt_out(text: str, name: str, acronym: str) -> None:
    record = _record(text)
    org = _known(record, name)
    assert org is not None and acronym in org.aliases, [(o.name, o.aliases) for o in record.organizations]
    assert acronym not in [o.name for o in record.organizations]


# -- bodies of the state and others as partners ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Foreign Affairs of the Kyrgyz Republic and the University of Delaware signed a memorandum.",
            "Ministry of Foreign Affairs of Kyrgyzstan",
        ),
        (
            "The Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan and the Ministry of Education of Hungary signed a protocol.",
            "Ministry of Higher Education, Science and Innovation of Uzbekistan",
        ),
        ("The Mastercard Foundation signed a partnership with Ashesi University.", "Mastercard Foundation"),
        (
            "The Chinese Academy of Sciences and the National Academy of Sciences of Kyrgyzstan signed an agreement.",
            "National Academy of Sciences of Kyrgyzstan",
        ),
        (
            "The Higher Education Commission of Pakistan and the Turkish Council of Higher Education (YÖK) signed a memorandum.",
            "Higher Education Commission of Pakistan",
        ),
        (
            "The Islamic Development Bank and the Arab Open University signed a memorandum.",
            "Islamic Development Bank",
        ),
    ],
)
def test_a_body_as_a_partner(text: str, name: str) -> None:
    record = _record(text)
    assert name in [o.name for o in record.organizations]
    assert any(name in p for p in _parties(record)), _parties(record)


# -- lists split at commas and "and"; a city after "in" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ankara University, Hacettepe University and Gazi University signed agreements with Bukhara State University.",
            ["Ankara University", "Hacettepe University", "Gazi University", "Bukhara State University"],
        ),
        (
            "The agreement brings together the University of Tokyo, Kyoto University, and Osaka University.",
            ["University of Tokyo", "Kyoto University", "Osaka University"],
        ),
        (
            "The universities of Bologna, Padua and Turin will host students from Azerbaijan.",
            ["University of Bologna", "University of Padua", "University of Turin"],
        ),
        (
            "Nanjing University and Nanjing Normal University signed agreements with Samarkand State University.",
            ["Nanjing University", "Nanjing Normal University", "Samarkand State University"],
        ),
    ],
)
def test_a_list_of_names_is_split(text: str, names: list[str]) -> None:
    assert _names(text) == names


# -- no half names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United Arab Emirates and Kazakhstan discussed education.",
        "The ambassador of the Republic of Korea met students.",
        "Officials of the Republic of Tajikistan attended the ceremony.",
    ],
)
def test_a_state_alone_is_no_organisation(text: str) -> None:
    assert _names(text) == []


# -- a university named again by its first word alone: "Sapienza", "Makerere" -------------------------


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Sapienza University of Rome hosted the ambassador. Later, Sapienza and ADA University signed "
            "a memorandum.",
            "Sapienza",
            "Sapienza University of Rome",
        ),
        (
            "Makerere University hosted the ambassador. Makerere will send 12 students to Tashkent.",
            "Makerere",
            "Makerere University",
        ),
        (
            "Tsinghua University welcomed the minister. A joint school with Tsinghua opens next year.",
            "Tsinghua",
            "Tsinghua University",
        ),
        (
            "Ashesi University and the Embassy of Kazakhstan agreed on a visit. Students from Ashesi arrive "
            "in May.",
            "Ashesi",
            "Ashesi University",
        ),
    ],
)
def test_a_first_word_alone_names_its_university(text: str, short: str, full: str) -> None:
    record = _record(text)
    org = _known(record, short)
    assert org is not None and org.name == full, [(o.name, o.aliases) for o in record.organizations]
    assert short not in [o.name for o in record.organizations]


def test_a_first_word_alone_is_a_party() -> None:
    record = _record(
        "Sapienza University of Rome hosted the ambassador. Later, Sapienza and ADA University signed a "
        "memorandum."
    )
    assert {"Sapienza University of Rome", "ADA University"} in _parties(record)


@pytest.mark.parametrize(
    "text",
    [
        # a person's name beside it elsewhere: the word is the person's
        "Kunaev University signed a memorandum with Ghent University. Dinmukhamed Kunaev led the "
        "republic; the memory of Kunaev and his era was honoured.",
        # a surname's ending
        "Nazarbayev University hosted the ambassador. The talks with Nazarbayev were held in 1995.",
        # a city is no short name of the university named after it
        "Bologna University hosted the forum. Students from Bologna visited Tashkent.",
    ],
)
def test_a_first_word_that_is_a_person_or_place_is_not_the_university(text: str) -> None:
    record = _record(text)
    assert all(
        a not in ("Kunaev", "Nazarbayev", "Bologna") for o in record.organizations for a in o.aliases
    ), [(o.name, o.aliases) for o in record.organizations]


# -- cities before a shared head: "Tashkent and Samarkand State Universities" -------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tashkent and Samarkand State Universities signed agreements with Kyung Hee University.",
            ["Tashkent State University", "Samarkand State University"],
        ),
        (
            "Delegations of the Almaty and Karaganda Medical Universities visited Seoul.",
            ["Almaty Medical University", "Karaganda Medical University"],
        ),
        (
            "Students of Osh, Bishkek and Jalal-Abad State Universities took part.",
            ["Osh State University", "Bishkek State University", "Jalal-Abad State University"],
        ),
    ],
)
def test_cities_before_a_shared_head(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


def test_states_before_a_shared_head_are_no_cities() -> None:
    found = _names("Kazakhstan and Uzbekistan State Universities took part in the forum.")
    assert not any(n.startswith(("Kazakhstan ", "Uzbekistan ")) for n in found), found


# -- a branch named beside its mother university: two universities ----------------------------------


@pytest.mark.parametrize(
    ("text", "branch", "mother"),
    [
        (
            "Inha University in Tashkent (IUT) and Inha University signed a joint programme.",
            "Inha University in Tashkent",
            "Inha University",
        ),
        (
            "Webster University and Webster University in Tashkent launched a dual degree.",
            "Webster University in Tashkent",
            "Webster University",
        ),
        (
            "The rector of Amity University in Tashkent met the ambassador. Amity University in Tashkent "
            "and Amity University signed a protocol.",
            "Amity University in Tashkent",
            "Amity University",
        ),
    ],
)
def test_a_branch_beside_its_mother_is_another_university(text: str, branch: str, mother: str) -> None:
    record = _record(text)
    names = [o.name for o in record.organizations]
    assert branch in names and mother in names, [(o.name, o.aliases) for o in record.organizations]
    assert {branch, mother} in _parties(record)


def test_a_branch_alone_keeps_its_mother_name() -> None:
    record = _record("Turin Polytechnic University in Tashkent hosted the forum.")
    org = _known(record, "Turin Polytechnic University in Tashkent")
    assert org is not None


# -- an eponym and the head: "Gumilyov University" of "L.N. Gumilyov Eurasian National University" -----


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The L.N. Gumilyov Eurasian National University signed a memorandum with Ankara University. "
            "Gumilyov University will host 20 Turkish students.",
            "Gumilyov University",
            "L.N. Gumilyov Eurasian National University",
        ),
        (
            "The M.Auezov South Kazakhstan University hosted the ambassador. Auezov University will send 15 "
            "students to Turkey.",
            "Auezov University",
            "M.Auezov South Kazakhstan University",
        ),
        (
            "The Kh. Dosmukhamedov Atyrau University hosted the ambassador. Dosmukhamedov University will "
            "send 15 students to Turkey.",
            "Dosmukhamedov University",
            "Kh. Dosmukhamedov Atyrau University",
        ),
    ],
)
def test_an_eponym_university_is_the_initialled_name(text: str, short: str, full: str) -> None:
    record = _record(text)
    org = _known(record, short)
    assert org is not None and org.name == full, [(o.name, o.aliases) for o in record.organizations]


# -- "X University's College of Y": the college is a unit of the university ---------------------------


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        (
            "Makerere University's College of Health Sciences hosted the delegation.",
            "College of Health Sciences",
            "Makerere University",
        ),
        (
            "Addis Ababa University's College of Natural Sciences signed an agreement with Nazarbayev University.",
            "College of Natural Sciences",
            "Addis Ababa University",
        ),
        (
            "Students of Qatar University's College of Engineering visited Almaty.",
            "College of Engineering",
            "Qatar University",
        ),
    ],
)
def test_a_universitys_college_is_its_unit(text: str, unit: str, parent: str) -> None:
    record = _record(text)
    org = _known(record, unit)
    assert org is not None and org.part_of == parent, [(o.name, o.part_of) for o in record.organizations]
    assert parent in [o.name for o in record.organizations]


def test_university_college_stays_one_name() -> None:
    assert _names("University College London hosted ten students from Baku.") == ["University College London"]


# -- "the UAE's Ministry of Education": a state's initials own the ministry ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "The UAE's Ministry of Education announced scholarships for students from Kyrgyzstan.",
            "Ministry of Education of the United Arab Emirates",
            "UAE",
        ),
        (
            "The PRC's Ministry of Education will fund 40 places at Nanjing University.",
            "Ministry of Education of China",
            "PRC",
        ),
        (
            "The UK's Department for Education welcomed the delegation from Tashkent.",
            "Department for Education of the United Kingdom",
            "UK",
        ),
    ],
)
def test_a_states_initials_own_its_ministry(text: str, name: str, state: str) -> None:
    names = _names(text)
    assert name in names, names
    assert state not in names, names


# -- a company by its quoted name: 'JSC "Kazakhtelecom"', 'the "Kazakhstan Engineering" company' -------


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        (
            'JSC "Kazakhtelecom" and Astana IT University opened a laboratory.',
            "Kazakhtelecom",
            "JSC Kazakhtelecom",
        ),
        (
            'LLP "Kazakh Gas Processing Plant" hosted students of Atyrau University.',
            "Kazakh Gas Processing Plant",
            "LLP Kazakh Gas Processing Plant",
        ),
        (
            "The agreement with JSC “Uzbek Metallurgical Combine” was signed at Tashkent State Technical University.",
            "Uzbek Metallurgical Combine",
            "JSC Uzbek Metallurgical Combine",
        ),
        (
            'The "Kazakhstan Engineering" company signed an agreement with Satbayev University.',
            "Kazakhstan Engineering",
            None,
        ),
    ],
)
def test_a_company_by_its_quoted_name(text: str, name: str, written: str | None) -> None:
    record = _record(text)
    org = _known(record, name)
    assert org is not None and org.name == name, [(o.name, o.aliases) for o in record.organizations]
    assert org.type == "Company"
    if written is not None:
        assert written in org.aliases


@pytest.mark.parametrize(
    "text",
    [
        'Ten students of the "Bolashak" programme study at the University of Tartu.',
        'The motto "Open Doors" was chosen by the University of Tartu.',
        'The "Digital" company of the year award went to the University of Tartu.',
    ],
)
def test_no_company_from_other_quoted_words(text: str) -> None:
    assert _names(text) == ["University of Tartu"], _names(text)


# -- an acronym listed after a name: "Korea University and KAIST attended" -----------------------------


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Representatives of Seoul National University, Yonsei University and KAIST attended.", "KAIST"),
        ("Delegates of the University of Tokyo and RIKEN took part.", "RIKEN"),
        ("The Embassy of Japan and JICA presented the programme.", "JICA"),
        ("Professors of Ankara University, Gazi University and METU, met the minister.", "METU"),
    ],
)
def test_an_acronym_listed_after_a_name(text: str, acronym: str) -> None:
    assert acronym in _names(text), _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The University of Tartu and ERASMUS students met in May.", "ERASMUS"),
        ("The Ministry of Education and NATO officials met in May.", "NATO"),
        ("The University of Tartu and STEM teachers met in May.", "STEM"),
    ],
)
def test_an_acronym_before_a_noun_is_no_listed_body(text: str, word: str) -> None:
    assert word not in _names(text), _names(text)


# -- a branch named by its city before the word, or with no city --------------------------------------


@pytest.mark.parametrize(
    ("text", "branch", "parent"),
    [
        (
            "The Tashkent branch of the Plekhanov Russian University of Economics hosted the ambassador.",
            "Tashkent branch of Plekhanov Russian University of Economics",
            "Plekhanov Russian University of Economics",
        ),
        (
            "Students of the Dushanbe branch of the National University of Science and Technology MISIS "
            "met the minister.",
            "Dushanbe branch of National University of Science and Technology MISIS",
            "National University of Science and Technology MISIS",
        ),
        (
            "The minister said that the branch of the Lomonosov Moscow State University trains engineers "
            "for Kazakhstan.",
            "branch of Lomonosov Moscow State University",
            "Lomonosov Moscow State University",
        ),
    ],
)
def test_a_branch_of_a_university(text: str, branch: str, parent: str) -> None:
    record = _record(text)
    org = _known(record, branch)
    assert org is not None and org.part_of == parent, [(o.name, o.part_of) for o in record.organizations]


@pytest.mark.parametrize(
    "text",
    [
        "Branches of science were discussed at the University of Tartu.",
        "The Kazakh branch of the Eurasian Economic Union met at the University of Tartu.",
        "The branch of Halyk Bank opened near the University of Tartu.",
        "The sides discussed opening a branch of the University of Tartu in the future.",
    ],
)
def test_no_branch_of_no_university(text: str) -> None:
    assert not any("branch" in n.lower() for n in _names(text)), _names(text)


# -- a centre or institute abroad with its city: "Korean Education Centre in Almaty" -------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Korean Education Centre in Almaty organised the Korean language olympiad.",
            "Korean Education Centre in Almaty",
        ),
        (
            "The Russian Centre of Science and Culture in Bishkek hosted the fair.",
            "Russian Centre of Science and Culture in Bishkek",
        ),
        ("Teachers of the Confucius Institute in Osh met the ambassador.", "Confucius Institute in Osh"),
    ],
)
def test_a_centre_keeps_its_city_as_a_name(text: str, written: str) -> None:
    record = _record(text)
    assert _known(record, written) is not None, [(o.name, o.aliases) for o in record.organizations]


# -- a name many universities share keeps its city: "University of Economics in Bratislava" ------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The University of Economics in Bratislava and the Cracow University of Economics signed an agreement.",
            "University of Economics in Bratislava",
        ),
        (
            "The University of Economics and Business in Hanoi welcomed students from Laos.",
            "University of Economics and Business in Hanoi",
        ),
        (
            "A delegation of the National University of Pharmacy in Kharkiv visited Tashkent.",
            "National University of Pharmacy in Kharkiv",
        ),
    ],
)
def test_a_shared_name_keeps_its_city(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


def test_a_proper_name_drops_its_city() -> None:
    record = _record(
        "The University of Tartu in Estonia hosted five students. Inha University in Tashkent agreed."
    )
    assert [o.name for o in record.organizations] == ["University of Tartu", "Inha University"]


# -- a possessive or a lower-case title inside a name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Academy of the General Prosecutor's Office of Uzbekistan hosted a delegation from Korea.",
            "Academy of the General Prosecutor's Office of Uzbekistan",
        ),
        (
            "Cadets of the Institute of the State Border Guard's Service of Kyrgyzstan visited Ankara.",
            "Institute of the State Border Guard's Service of Kyrgyzstan",
        ),
        (
            "The Kazakh Ablai khan University of International Relations and World Languages hosted the forum.",
            "Kazakh Ablai khan University of International Relations and World Languages",
        ),
        (
            "Students of the Almaty Raiymbek batyr College of Agriculture visited Tashkent.",
            "Almaty Raiymbek batyr College of Agriculture",
        ),
    ],
)
def test_a_possessive_or_title_inside_a_name(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


def test_a_possessive_owner_still_owns_its_unit() -> None:
    record = _record("The University of Tsukuba's Faculty of Medicine hosted ten doctors from Almaty.")
    assert _known(record, "Faculty of Medicine") is not None
    assert _known(record, "Faculty of Medicine").part_of == "University of Tsukuba"  # type: ignore[union-attr]


# -- an acronym of the name in its own language: "UNAM", "UFMG" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The National Autonomous University of Mexico signed a memorandum with KazNU. UNAM will host 10 "
            "students.",
            "National Autonomous University of Mexico",
            "UNAM",
        ),
        (
            "The Federal University of Minas Gerais signed an agreement with Nazarbayev University. UFMG will "
            "send five professors.",
            "Federal University of Minas Gerais",
            "UFMG",
        ),
        (
            "The Autonomous University of Madrid hosted the ambassador. UAM and the embassy agreed to "
            "organise a week of culture.",
            "Autonomous University of Madrid",
            "UAM",
        ),
    ],
)
def test_an_own_language_acronym_is_the_english_name(text: str, name: str, acronym: str) -> None:
    record = _record(text)
    org = _known(record, acronym)
    assert org is not None and org.name == name, [(o.name, o.aliases) for o in record.organizations]


def test_an_acronym_of_other_words_is_not_the_university() -> None:
    record = _record(
        "The National Pedagogical University of Dushanbe hosted the forum. UNDP funded the project."
    )
    org = _known(record, "National Pedagogical University of Dushanbe")
    assert org is not None and "UNDP" not in org.aliases


# -- a university's acronym as the subject: "KazNU will host" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("KazNU will host 20 students from Egypt.", "KazNU"),
        ("MSU has 300 foreign students this year.", "MSU"),
        ("SamSU will send 15 students to Turkey.", "SamSU"),
    ],
)
def test_a_university_acronym_as_subject(text: str, acronym: str) -> None:
    record = _record(text)
    org = _known(record, acronym)
    assert org is not None and org.type == "University", [o.name for o in record.organizations]


@pytest.mark.parametrize(
    "text",
    [
        "The EU will fund the programme of the University of Tartu.",
        "GDP will grow by five percent, the University of Tartu said.",
        "The CIS has eleven members, the University of Tartu said.",
    ],
)
def test_other_acronyms_as_subject_are_no_university(text: str) -> None:
    assert _names(text) == ["University of Tartu"], _names(text)


# -- "the Polytechnic", "the Conservatory": the one such body of the article ---------------------------


@pytest.mark.parametrize(
    ("text", "count", "at"),
    [
        (
            "The Hong Kong Polytechnic University and the University of Sharjah signed an agreement. This "
            "year 12 students from Sharjah enrolled at the Polytechnic.",
            12,
            "Hong Kong Polytechnic University",
        ),
        (
            "The Tashkent State Conservatory hosted the ambassador of Italy. This year 14 Italian students "
            "study at the Conservatory.",
            14,
            "Tashkent State Conservatory",
        ),
        (
            "The Diplomatic Academy of Vienna signed a memorandum with the University of World Economy and "
            "Diplomacy. Some 25 students from Central Asia study at the Academy.",
            25,
            "Diplomatic Academy of Vienna",
        ),
    ],
)
def test_the_head_word_alone_names_the_one_body(text: str, count: int, at: str) -> None:
    record = _record(text)
    assert any(c.count == count and c.at == at for c in record.cohorts), [
        (c.count, c.at) for c in record.cohorts
    ]


def test_the_head_word_of_two_bodies_names_neither() -> None:
    record = _record(
        "The Tashkent State Conservatory and the Kazakh National Conservatory signed an agreement. This "
        "year 14 students study at the Conservatory."
    )
    assert not any(
        c.at in ("Tashkent State Conservatory", "Kazakh National Conservatory") for c in record.cohorts
    )


# -- a campus abroad named by its host state: "Georgetown University in Qatar" ---------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Georgetown University in Qatar hosted twelve students from Kazakhstan.",
            "Georgetown University in Qatar",
        ),
        (
            "Texas A&M University at Qatar signed an agreement with Nazarbayev University.",
            "Texas A&M University at Qatar",
        ),
        (
            "A delegation of Monash University in Malaysia visited Tashkent State University of Economics.",
            "Monash University in Malaysia",
        ),
    ],
)
def test_a_campus_named_by_its_host_state(text: str, written: str) -> None:
    record = _record(text)
    assert _known(record, written) is not None, [(o.name, o.aliases) for o in record.organizations]


# -- brands listed after "such as" or told by an apposition -------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The university works with companies such as Huawei, ZTE and Alibaba.",
            ["Huawei", "ZTE", "Alibaba"],
        ),
        ("Graduates join such carmakers as Renault and Chery.", ["Renault", "Chery"]),
        (
            "Scholarships come from agencies such as KOICA and TIKA, the rector said.",
            ["KOICA", "TIKA"],
        ),
        (
            "Vale, a Brazilian mining company, signed a memorandum with Eduardo Mondlane University.",
            ["Vale"],
        ),
        ("The university works with Huawei, the Chinese tech giant, on an ICT academy.", ["Huawei"]),
    ],
)
def test_brands_listed_or_in_apposition(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize(
    "text",
    [
        "Students come from countries such as China and Korea to the University of Tartu.",
        "Kazinform, the national news agency, reported that the University of Tartu opened a lab.",
        "Astana, the capital city, hosted the fair of the University of Tartu.",
        "Aigerim Bekova, a company engineer, studied at the University of Tartu.",
    ],
)
def test_no_brand_from_other_lists_or_appositions(text: str) -> None:
    assert _names(text) == ["University of Tartu"], _names(text)


# -- "the Brazilian university Unicamp": a school's brand after a people's word ------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Brazilian university Unicamp will receive eight students from Uzbekistan.",
            "Unicamp",
            "University",
        ),
        (
            "The Italian university Sapienza and the Kazakh university KIMEP signed an agreement.",
            "Sapienza",
            "University",
        ),
        (
            "Unicamp, a Brazilian university, signed an agreement with Al-Farabi Kazakh National University.",
            "Unicamp",
            "University",
        ),
        ("Scientists of the Polish institute Nencki visited Almaty.", "Nencki", "ResearchInstitute"),
    ],
)
def test_a_school_brand_after_a_peoples_word(text: str, name: str, kind: str) -> None:
    record = _record(text)
    org = _known(record, name)
    assert org is not None and org.type == kind, [(o.name, o.type) for o in record.organizations]


@pytest.mark.parametrize(
    "text",
    [
        "The university Rector met the ambassador at the University of Tartu.",
        "The university Erasmus+ office of the University of Tartu opened.",
        "Our university Friday seminar was held at the University of Tartu.",
    ],
)
def test_no_school_brand_without_a_peoples_word(text: str) -> None:
    assert _names(text) == ["University of Tartu"], _names(text)


def test_a_known_body_keeps_its_own_type() -> None:
    record = _record("Researchers from the Russian institute Skoltech visited Almaty.")
    org = _known(record, "Skoltech")
    assert org is not None and org.type == "University" and org.country == "Russia"


# -- an acronym after "the university" in brackets, or owning something --------------------------------


@pytest.mark.parametrize(
    ("text", "acronym", "kind"),
    [
        ("The Ambassador met the rector of the university (UTM) on Monday.", "UTM", "University"),
        ("UTM's rector signed the memorandum with the University of Tartu.", "UTM", "University"),
        ("The ambassador praised KOICA's programme for Kyrgyz teachers.", "KOICA", None),
        ("A grant of the agency (TIKA) covers the laboratory.", "TIKA", None),
    ],
)
def test_an_acronym_in_brackets_or_owning(text: str, acronym: str, kind: str | None) -> None:
    record = _record(text)
    org = _known(record, acronym)
    assert org is not None, [o.name for o in record.organizations]
    if kind is not None:
        assert org.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The university (QS ranking 2024) is in the top 500, said the University of Tartu.",
        "The EU's programme funds the University of Tartu.",
        "The STEM's role was discussed at the University of Tartu.",
    ],
)
def test_no_acronym_body_from_other_brackets_or_possessives(text: str) -> None:
    assert _names(text) == ["University of Tartu"], _names(text)


def test_an_eponyms_possessive_is_the_person() -> None:
    record = _record(
        "Ataturk University hosted a conference on education. Ataturk's legacy was the theme of the "
        "opening speech. Ataturk's students presented their work."
    )
    org = _known(record, "Ataturk University")
    assert org is not None
    # "Ataturk's students" is the university's; "Ataturk's legacy" is the man's
    assert "Ataturk" in org.aliases


# -- a university's name in lower case after its city -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Students of the university of Bologna visited Tashkent.", "University of Bologna"),
        (
            "The Tashkent state university of economics signed an agreement with Inha University.",
            "Tashkent State University of Economics",
        ),
        ("The delegation of Kazan federal university arrived in Astana.", "Kazan Federal University"),
        ("The university of Bologna's rector arrived in Almaty.", "University of Bologna"),
    ],
)
def test_a_lower_case_name_after_its_city(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The university of the city hosted the fair of the University of Tartu.",
        "A Turkish state university hosted students of the University of Tartu.",
        "The Astana university students met the University of Tartu rector.",
    ],
)
def test_no_lower_case_name_without_a_city(text: str) -> None:
    assert _names(text) == ["University of Tartu"], _names(text)


# -- a brand told once, then named alone; a state's possessive as the apposition's article ---------------


def test_a_brand_told_once_is_named_alone_later() -> None:
    text = (
        "The ambassador met representatives of Embrapa, Brazil's agricultural research corporation. "
        "Later, Embrapa and the Kazakh National Agrarian Research University signed a memorandum."
    )
    record = _record(text)
    assert _known(record, "Embrapa") is not None, [o.name for o in record.organizations]
    assert {"Embrapa", "Kazakh National Agrarian Research University"} in _parties(record)


def test_a_capitalised_plural_cue_lists_brands() -> None:
    names = _names(
        "Companies such as Vale and Petrobras were invited to the forum of the University of Tartu."
    )
    assert "Vale" in names and "Petrobras" in names, names


# -- "the Republic of Kazakhstan's Ministry of Education": the state's long name owns the body --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Republic of Kazakhstan's Ministry of Education hosted the forum.",
            "Ministry of Education of Kazakhstan",
        ),
        (
            "The Kingdom of Saudi Arabia's Ministry of Education will fund 30 places at Al-Farabi Kazakh "
            "National University.",
            "Ministry of Education of Saudi Arabia",
        ),
        (
            "Officials of the Republic of Uzbekistan's Ministry of Foreign Affairs met the rector.",
            "Ministry of Foreign Affairs of Uzbekistan",
        ),
    ],
)
def test_a_states_long_name_owns_its_ministry(text: str, name: str) -> None:
    assert name in _names(text), _names(text)

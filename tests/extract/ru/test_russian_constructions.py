"""More of the genre's Russian constructions, each with variants (our own sentences): who studies
where and from where, signing planned or done, programmes named in quotes, fields listed after
every cue, relative weekdays, surnames before initials."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian

FRIDAY = dt.date(2025, 3, 14)
HOST = "Ректор Омского государственного технического университета Андрей Волков принял гостей. "
OMSK = "Омский государственный технический университет"
KAZAN = "Казанский федеральный университет"
ASTANA = "Евразийский национальный университет"


def read(text: str) -> Record:
    return extract_russian(text, published=FRIDAY)


def cohorts(text: str) -> list[tuple[object, ...]]:
    return [(c.count, c.who, c.from_country, c.at, c.status) for c in read(text).cohorts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count after the people: "студенты из X — их более N"
        (
            HOST + "Сейчас в университете учатся студенты из Казахстана — их более 300.",
            (300, "студенты", "Kazakhstan", OMSK, "studying"),
        ),
        # a hyphenated "студенты-казахстанцы" says who and from where
        (
            HOST + "В вузе обучаются более 300 студентов-казахстанцев.",
            (300, "студенты", "Kazakhstan", OMSK, "studying"),
        ),
        # the institution as the subject that takes students in
        (
            HOST + "Ежегодно университет принимает около 100 студентов из Монголии.",
            (100, "студенты", "Mongolia", OMSK, "studying"),
        ),
        (
            HOST + "Университет принял на обучение сорок пять студентов из Туркменистана.",
            (45, "студенты", "Turkmenistan", OMSK, "studying"),
        ),
    ],
)
def test_cohorts_counted_after_the_people_or_taken_in_by_the_institution(
    text: str, expected: tuple[object, ...]
) -> None:
    assert cohorts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # students OF an institution studying IN another place: the genitive is where they come from
        (
            HOST + "Восемь студентов Омского государственного технического университета проходят "
            "стажировку в Казахстане.",
            (8, "студенты", "Russia", "Kazakhstan", "studying"),
        ),
        (
            HOST + "12 студентов университета уедут на учебу в Казахский национальный университет.",
            (12, "студенты", "Russia", "Казахский национальный университет", "planned"),
        ),
        (
            HOST + "В Казахстан на учебу по обмену отправятся десять студентов университета.",
            (10, "студенты", "Russia", "Kazakhstan", "planned"),
        ),
        # and the other way: students from a country at the institution the sentence puts them in
        (
            HOST + "Двадцать студентов из Казахстана приедут в университет в сентябре.",
            (20, "студенты", "Kazakhstan", OMSK, "planned"),
        ),
    ],
)
def test_the_direction_of_mobility_from_the_grammar(text: str, expected: tuple[object, ...]) -> None:
    assert cohorts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HOST + "В университете обучаются около 150 иностранных граждан, в том числе 40 из Узбекистана.",
            [(40, "Uzbekistan"), (150, None)],
        ),
        (
            HOST + "Всего в вузе учатся 1 200 иностранных студентов, в том числе 300 — из Казахстана.",
            [(300, "Kazakhstan"), (1200, None)],
        ),
        # a part that is not from a country is not a cohort of its own
        (
            HOST + "В университете обучаются 35 студентов из Казахстана, 20 из них – девушки.",
            [(35, "Kazakhstan")],
        ),
        (
            HOST + "Сегодня в университете обучаются 35 студентов из Казахстана, причем из них 20 девушек.",
            [(35, "Kazakhstan")],
        ),
    ],
)
def test_the_part_of_a_whole_in_every_wording(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert [(c.count, c.from_country) for c in read(text).cohorts] == expected


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (f"{KAZAN} и {ASTANA} подписали меморандум о сотрудничестве.", "MoU", "agreed"),
        (
            "Состоялось подписание меморандума о сотрудничестве между Казанским федеральным "
            "университетом и Евразийским национальным университетом.",
            "MoU",
            "agreed",
        ),
        (f"{KAZAN} и {ASTANA} планируют подписать меморандум о сотрудничестве.", "MoU", "proposed"),
        (f"{KAZAN} и {ASTANA} подпишут меморандум в ближайшее время.", "MoU", "proposed"),
        (
            "Стороны договорились подписать соглашение между Казанским федеральным университетом и "
            "Евразийским национальным университетом.",
            "agreement",
            "proposed",
        ),
        (
            "Соглашение о сотрудничестве будет подписано между Казанским федеральным университетом и "
            "Евразийским национальным университетом.",
            "agreement",
            "proposed",
        ),
        (
            "Стороны выразили намерение заключить договор о сотрудничестве между Казанским федеральным "
            "университетом и Евразийским национальным университетом.",
            "agreement",
            "proposed",
        ),
        # "договорились" is no "договор": the kind is the memorandum's
        (
            "Стороны договорились подписать меморандум о сотрудничестве между Казанским федеральным "
            "университетом и Евразийским национальным университетом.",
            "MoU",
            "proposed",
        ),
        # cooperation talked of, then the memorandum it leads to: one partnership, of the memorandum's kind
        (
            "Ректоры обсудили перспективы сотрудничества между Казанским федеральным университетом и "
            "Евразийским национальным университетом. По итогам встречи стороны договорились подписать меморандум о сотрудничестве "
            "между Казанским федеральным университетом и Евразийским национальным университетом.",
            "MoU",
            "proposed",
        ),
    ],
)
def test_signing_done_or_planned(text: str, kind: str, status: str) -> None:
    assert [(sorted(p.between), p.kind, p.status) for p in read(text).partnerships] == [
        (sorted([KAZAN, ASTANA]), kind, status)
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"{KAZAN} и {ASTANA} реализуют программу «Двойной диплом».",
        f"{KAZAN} и {ASTANA} реализуют программу «двойного диплома».",
        f'{KAZAN} и {ASTANA} открыли программу "Двойной диплом" по экономике.',
        f"{KAZAN} и {ASTANA} открыли программу двух дипломов.",
    ],
)
def test_a_double_degree_programme_named_in_quotes_or_not(text: str) -> None:
    (programme,) = read(text).programmes
    assert (programme.kind, set(programme.partners)) == ("double-degree", {KAZAN, ASTANA})


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Стороны обсудили сотрудничество по направлениям: наука, образование, культура.",
            {"наука", "образование", "культура"},
        ),
        # a cue inside another cue's list is read too
        ("Стороны обсудили вопросы сотрудничества в сфере высшего образования.", {"высшее образование"}),
        (
            "Сотрудничество охватывает такие направления, как образование, наука и инновации.",
            {"образование", "наука", "инновации"},
        ),
        (
            "Стороны наметили сотрудничество по ряду направлений, включая обмен студентами и совместные исследования.",
            {"студенческий обмен", "совместные исследования"},
        ),
        # a field named by its adjective
        (
            "Стороны обсудили сотрудничество в энергетической сфере.",
            {"сотрудничество в энергетической сфере"},
        ),
        (
            "Университеты развивают сотрудничество в культурной и медицинской сферах.",
            {"сотрудничество в культурной сфере", "сотрудничество в медицинской сфере"},
        ),
    ],
)
def test_fields_listed_after_every_cue(text: str, labels: set[str]) -> None:
    found = {t.label for t in read(text).topics}
    assert labels <= found
    # the cue's own words ("ряд направлений", "темы ...", "сотрудничество по направлениям") are no topic
    assert not any(label.startswith(("ряд", "тем", "сотрудничество по", "направлени")) for label in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Стороны обсудили сотрудничество в области подготовки инженерных кадров.",
            "подготовка инженерных кадров",
        ),
        (
            "Вузы договорились о проведении совместных научных исследований.",
            "совместные научные исследования",
        ),
        ("Вузы договорились о реализации совместных научных проектов.", "совместные научные проекты"),
    ],
)
def test_a_topic_keeps_its_own_words(text: str, label: str) -> None:
    assert label in {t.label for t in read(text).topics}


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили сотрудничество в научно-образовательной сфере.",
        "Университеты развивают сотрудничество в учебной, научной и международной сферах.",
        "Вузы сотрудничают в академической области.",
    ],
)
def test_the_spheres_every_university_works_in_say_no_more_than_cooperation(text: str) -> None:
    # like "дальнейшее сотрудничество": a university's whole work, no field of its own
    assert not any(t.label.startswith("сотрудничество в") for t in read(text).topics)


def test_a_theme_is_what_it_is_about() -> None:
    labels = {
        t.label for t in read("Стороны затронули темы цифровизации образования и обмена опытом.").topics
    }
    assert "обмен опытом" in labels and any(label.startswith("цифровизация") for label in labels)
    assert not any(label.startswith("тем") for label in labels)


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("В минувшую среду", "2025-03-12"),
        ("В прошлый четверг", "2025-03-13"),
        ("В эту пятницу", "2025-03-14"),
        ("В прошлую пятницу", "2025-03-07"),
        ("Во вторник, 11 марта,", "2025-03-11"),
        ("В следующую среду", "2025-03-19"),
    ],
)
def test_a_weekday_with_its_adjective_resolves_against_the_publication_date(when: str, date: str) -> None:
    rec = read(f"{when} ректор Жандос Абенов встретился с послом Венгрии Золтаном Ковачем.")
    assert rec.meetings[0].date == date


@pytest.mark.parametrize(
    "text",
    [
        "Ректор университета Туймебаев Ж.К. встретился с послом.",
        "Состоялась встреча с ректором университета Туймебаевым Ж.К. в Астане.",
        "Ректор университета Ж. К. Туймебаев встретился с послом.",
    ],
)
def test_a_surname_before_or_after_initials_is_named_initials_first_in_the_nominative(text: str) -> None:
    assert [p.name for p in read(text).persons] == ["Ж.К. Туймебаев"]


def test_surname_and_initials_join_the_full_name() -> None:
    rec = read(
        "Ректор университета Туймебаев Ж.К. встретился с послом. "
        "Жансеит Камалович Туймебаев отметил важность визита."
    )
    assert [p.name for p in rec.persons] == ["Жансеит Камалович Туймебаев"]
    assert "Ж.К. Туймебаев" in rec.persons[0].aliases


def test_a_heading_s_last_word_and_the_dateline_under_it_are_not_one_name() -> None:
    rec = read(
        "Посол Венгрии посетил ЕНУ\n\nАстана, 12 марта. Посол Венгрии Золтан Ковач посетил "
        "Евразийский национальный университет. Студенты ЕНУ встретили гостя."
    )
    assert "ЕНУ Астана" not in {o.name for o in rec.organizations}
    assert not any("\n" in name for o in rec.organizations for name in (o.name, *o.aliases))


@pytest.mark.parametrize("post", ["ректор университета", "ректор вуза", "проректор университета"])
def test_a_post_in_the_university_names_the_one_the_article_is_about(post: str) -> None:
    rec = read(
        f"Посол Венгрии Золтан Ковач посетил {ASTANA}. Гостя принял {post} Ерлан Сыдыков. "
        "Стороны обсудили сотрудничество."
    )
    host = next(p for p in rec.persons if p.name == "Ерлан Сыдыков")
    assert host.affiliation == ASTANA


def test_an_action_on_a_genre_topic_is_that_topic_and_prospects_of_cooperation_stay() -> None:
    rec = read(
        "Стороны обсудили вопросы сотрудничества в области энергетики, а также перспективы расширения "
        "академической мобильности. Прошли переговоры о перспективах сотрудничества."
    )
    labels = {t.label for t in rec.topics}
    assert {"энергетика", "академическая мобильность", "перспективы сотрудничества"} <= labels
    assert not any(label.startswith("перспектива") for label in labels)


MEETING = (
    "Во вторник проректор Казахского национального университета имени аль-Фараби Айгуль Бекова "
    "провела встречу с делегацией Новосибирского государственного университета во главе с проректором "
    "Сергеем Ивановым. "
)
KAZNU = "Казахский национальный университет имени аль-Фараби"
NSU = "Новосибирский государственный университет"


def test_an_eponym_before_a_name_is_not_a_given_name() -> None:
    rec = read(MEETING + "Как отметила А.С. Бекова, вузы связывает давнее партнерство.")
    assert [p.name for p in rec.persons] == ["Айгуль Бекова", "Сергей Иванов"]
    assert "А.С. Бекова" in rec.persons[0].aliases


def test_the_sides_of_a_programme_are_the_institutions_that_met_and_a_second_mention_adds_partners() -> None:
    rec = read(
        MEETING + "Стороны обсудили реализацию программы двойного диплома. "
        "По программе двойного диплома в НГУ обучаются восемь студентов КазНУ."
    )
    (programme,) = rec.programmes
    assert set(programme.partners) == {KAZNU, NSU}
    assert programme.participants.count == 8


def test_an_agreement_of_the_sides_is_never_between_an_institution_and_itself() -> None:
    rec = read(MEETING + "Кроме того, стороны планируют подписать дорожную карту по развитию сотрудничества.")
    assert [sorted(p.between) for p in rec.partnerships] == [sorted([KAZNU, NSU])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no place in the sentence: the institution the article is about
        (
            HOST + "На сегодняшний день 25 студентов из Казахстана обучаются на бюджетной основе.",
            [(25, "Kazakhstan", OMSK, "studying")],
        ),
        (
            HOST + "На подготовительном отделении обучаются 15 слушателей из Туркменистана.",
            [(15, "Turkmenistan", OMSK, "studying")],
        ),
        # the verb after its noun, "получают знания", "в стенах вуза"
        (
            HOST + "В этом году обучение проходят восемь студентов из Бельгии.",
            [(8, "Belgium", OMSK, "studying")],
        ),
        (
            HOST + "Всего же в стенах вуза получают знания около 40 граждан Киргизии.",
            [(40, "Kyrgyzstan", OMSK, "studying")],
        ),
        # the part named by its people: "из которых 30 – казахстанцы"
        (
            HOST
            + "Ректор отметил, что в университете учатся 120 иностранных студентов, из которых 30 – казахстанцы.",
            [(30, "Kazakhstan", OMSK, "studying"), (120, None, OMSK, "studying")],
        ),
    ],
)
def test_cohorts_at_the_article_s_institution_and_more_wordings(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(c.count, c.from_country, c.at, c.status) for c in read(text).cohorts] == expected


def test_the_institution_s_own_students_abroad_are_not_placed_at_it() -> None:
    text = HOST + "Десять студентов университета проходят стажировку за рубежом."
    assert [(c.count, c.at) for c in read(text).cohorts] == [(10, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны отметили, что университет активно сотрудничает с зарубежными партнерами.",
        "Посол подчеркнул, что Казахстан и Венгрия продолжают развивать отношения с каждым годом.",
        "Университет является партнером многих вузов с мировым именем.",
    ],
)
def test_cooperation_going_on_with_no_named_partner_is_no_partnership(sentence: str) -> None:
    rec = read(f"Посол Венгрии Золтан Ковач посетил {ASTANA}. {sentence}")
    assert rec.partnerships == []


def test_cooperation_going_on_with_a_named_partner_is_one() -> None:
    rec = read(
        f"Посол Венгрии Золтан Ковач посетил {ASTANA}. Университет сотрудничает с Казанским федеральным университетом."
    )
    assert [(sorted(p.between), p.status) for p in rec.partnerships] == [
        (sorted([ASTANA, KAZAN]), "existing")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Студенты Назарбаев Университета приняли участие в олимпиаде.",
        "Ректор Назарбаев Университета Шон Ли встретился с послом Венгрии Золтаном Ковачем.",
    ],
)
def test_a_name_before_a_capitalised_head_is_the_institution_s_name_not_a_person(text: str) -> None:
    rec = read(text)
    assert "Назарбаев Университет" in {o.name for o in rec.organizations}
    assert "Университет" not in {o.name for o in rec.organizations}
    assert "Назарбаев" not in {p.name for p in rec.persons}


def test_the_news_agency_reporting_is_no_party() -> None:
    rec = read(
        "Как передает корреспондент МИА «Казинформ», ректор Жандос Абенов встретился с послом Венгрии."
    )
    assert not any("Казинформ" in o.name or o.name == "МИА" for o in rec.organizations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Сегодня здесь учатся 35 ребят из Казахстана.",
        "Образование в вузе получают 35 студентов из Казахстана.",
        "На обучении в университете находятся 35 граждан Казахстана.",
    ],
)
def test_more_ways_of_saying_who_studies(sentence: str) -> None:
    assert [(c.count, c.from_country, c.at, c.status) for c in read(HOST + sentence).cohorts] == [
        (35, "Kazakhstan", OMSK, "studying")
    ]

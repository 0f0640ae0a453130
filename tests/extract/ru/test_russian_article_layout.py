"""Russian articles as they are laid out: a headline without a full stop, a dateline in capitals
with its news agency, a meeting told over several sentences (our own articles)."""

from __future__ import annotations

import datetime as dt

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian

BSU = "Белорусский государственный университет"
TSTU = "Ташкентский государственный технический университет"


def read(text: str) -> Record:
    return extract_russian(text, published=dt.date(2025, 2, 14))


VISIT = (
    "Делегация Белорусского государственного университета посетила Ташкентский государственный "
    "технический университет\n\n"
    "12 февраля ТГТУ посетила делегация БГУ во главе с первым проректором Андреем Дмитриевым. "
    "Гостей приветствовал ректор ТГТУ Шерзод Турсунов.\n\n"
    "В ходе встречи стороны отметили, что вузы сотрудничают с 2018 года."
)


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own() -> None:
    """The head of the delegation belongs to the university of his sentence, not to the one the
    headline named last."""
    rec = read(VISIT)
    assert {p.name: p.affiliation for p in rec.persons} == {"Андрей Дмитриев": BSU, "Шерзод Турсунов": TSTU}
    first = rec.persons[0].evidence
    assert first is not None and first.sentence.startswith("12 февраля")


def test_undated_sentences_of_a_meeting_join_the_dated_one() -> None:
    meetings = read(VISIT).meetings
    assert [(m.date, m.participants, set(m.organizations)) for m in meetings] == [
        ("2025-02-12", ["Андрей Дмитриев", "Шерзод Турсунов"], {BSU, TSTU})
    ]


def test_a_dateline_in_capitals_names_no_institution() -> None:
    for dateline in ("АСТАНА. КАЗИНФОРМ – ", "ТАШКЕНТ, 12 февраля. ИНТЕРФАКС – ", "БИШКЕК. КАБАР. "):
        rec = read(dateline + "Ректор Омского государственного университета Ерлан Сыдыков посетил Казахстан.")
        assert [o.name for o in rec.organizations] == ["Омский государственный университет"], dateline


def test_a_post_at_the_university_just_named_belongs_to_it() -> None:
    rec = read(
        "Министр встретился с делегацией Университета Цукуба во главе с президентом университета Иваном Ганиным."
    )
    assert [(p.name, p.role, p.affiliation) for p in rec.persons] == [
        ("Иван Ганин", "президент", "Университет Цукуба")
    ]


def test_a_programme_to_launch_with_an_institution_is_a_proposed_partnership() -> None:
    rec = read(
        "Ректор Омского государственного университета Ерлан Сыдыков принял делегацию. Стороны договорились "
        "рассмотреть возможность запуска программы двойного диплома с Евразийским национальным университетом."
    )
    assert [(set(p.between), p.status) for p in rec.partnerships] == [
        ({"Омский государственный университет", "Евразийский национальный университет"}, "proposed")
    ]


def test_topics_of_a_school_and_an_accusative_phrase() -> None:
    rec = read(
        "Ректор Омского государственного университета принял гостей. Гости предложили организовать летнюю "
        "школу по информационной безопасности. Меморандум предусматривает совместную подготовку магистрантов."
    )
    labels = {t.label for t in rec.topics}
    assert {"информационная безопасность", "совместная подготовка магистрантов"} <= labels


KRSU = "Кыргызско-Российский Славянский университет имени Б.Н. Ельцина"


def test_a_hyphenated_adjective_begins_the_name_and_gives_letters_to_its_abbreviation() -> None:
    rec = read(
        "Ректор Кыргызско-Российского Славянского университета имени Б.Н. Ельцина Петр Осипов принял гостей. "
        "По итогам встречи было решено подготовить соглашение о сотрудничестве между КРСУ и Россотрудничеством."
    )
    assert [o.name for o in rec.organizations if o.type == "University"] == [KRSU]
    assert {p.name: p.affiliation for p in rec.persons} == {"Петр Осипов": KRSU}
    # one agency named by one word; an agreement to be prepared is proposed
    assert [(set(p.between), p.kind, p.status) for p in rec.partnerships] == [
        ({KRSU, "Россотрудничество"}, "agreement", "proposed")
    ]


def test_an_eponym_of_two_words_is_part_of_the_name() -> None:
    rec = read(
        "Ректор Национального университета Узбекистана имени Мирзо Улугбека Алишер Каримов посетил Томск."
    )
    assert [o.name for o in rec.organizations] == [
        "Национальный университет Узбекистана имени Мирзо Улугбека"
    ]
    assert [p.name for p in rec.persons] == ["Алишер Каримов"]


def test_a_programme_without_its_partners_in_the_sentence_is_the_meeting_s() -> None:
    rec = read(
        "Ректор Томского государственного университета Эдуард Смирнов встретился с ректором Национального "
        "университета Узбекистана Алишером Каримовым. Программа двойного диплома по направлению «Физика» "
        "рассчитана на 20 магистрантов."
    )
    assert [(set(p.partners), p.participants.count) for p in rec.programmes] == [
        ({"Томский государственный университет", "Национальный университет Узбекистана"}, 20)
    ]
    assert rec.cohorts == []  # "по направлению" plans no one's travel: a programme's size, no cohort


def test_bare_projects_are_no_topic() -> None:
    rec = read(
        "Ректор Томского государственного университета принял гостей. Стороны обсудили ход реализации проектов."
    )
    assert [t.label for t in rec.topics] == []


LODZ_VISIT = (
    "В среду, 4 декабря, в Омском государственном университете состоялась встреча с делегацией "
    "Университета Лодзи.\n\n"
    "Делегацию возглавил проректор по международному сотрудничеству профессор Томаш Ковальский. "
    "С омской стороны во встрече приняли участие проректор ОмГУ Б.К. Сергеев и директор департамента "
    "Анна Лисина.\n\n"
    "Стороны обсудили академический обмен студентами и ППС."
)


def test_a_meeting_sentence_naming_no_one_gives_the_meeting_its_date_and_guests() -> None:
    rec = extract_russian(LODZ_VISIT, published=dt.date(2025, 12, 6))
    assert [(m.date, m.participants, set(m.organizations)) for m in rec.meetings] == [
        (
            "2025-12-04",
            ["Томаш Ковальский", "Б.К. Сергеев", "Анна Лисина"],
            {"Омский государственный университет", "Университет Лодзи"},
        )
    ]


def test_the_head_of_a_delegation_holds_a_post_at_its_institution() -> None:
    rec = extract_russian(LODZ_VISIT, published=dt.date(2025, 12, 6))
    people = {p.name: (p.role, p.affiliation) for p in rec.persons}
    # the post before an academic title is the role; the full stop after a name is not part of it
    assert people["Томаш Ковальский"] == ("проректор", "Университет Лодзи")
    assert people["Б.К. Сергеев"] == ("проректор", "Омский государственный университет")
    assert "Анна Лисина" in people
    # "ППС" (teaching staff) is no institution
    assert [o.name for o in rec.organizations] == ["Омский государственный университет", "Университет Лодзи"]


def test_a_name_with_a_word_in_brackets_and_the_date_of_a_dateline() -> None:
    rec = extract_russian(
        "ДУШАНБЕ, 18 ноября. Ректор Уральского федерального университета Виктор Павлов провел встречу с "
        "министром образования Таджикистана Рахимом Саидовым. Было подписано соглашение о сотрудничестве "
        "с Российско-Таджикским (Славянским) университетом.",
        published=dt.date(2025, 11, 20),
    )
    assert "Российско-Таджикский (Славянский) университет" in [o.name for o in rec.organizations]
    assert [(set(p.between), p.status) for p in rec.partnerships] == [
        ({"Уральский федеральный университет", "Российско-Таджикский (Славянский) университет"}, "agreed")
    ]
    assert [m.date for m in rec.meetings] == ["2025-11-18"]


def test_an_adjective_read_as_a_superlative_keeps_its_own_stem() -> None:
    """pymorphy3 reads "Высшей" as the superlative of "высокий"; the name is "Высшая школа экономики"."""
    rec = read("Ректор Высшей школы экономики Никита Анисимов встретился с ректором Высшего колледжа Астаны.")
    assert [o.name for o in rec.organizations][:1] == ["Высшая школа экономики"]


def test_a_body_named_by_its_legal_form_and_the_republic_s_abbreviation() -> None:
    rec = read(
        "Вице-министр науки и высшего образования РК Марат Есенов встретился с представителями "
        "АО «Центр международных программ»."
    )
    orgs = {o.name: (o.type, o.country) for o in rec.organizations}
    assert orgs == {
        "Министерство науки и высшего образования РК": ("Ministry", "Kazakhstan"),
        "АО «Центр международных программ»": ("Centre", None),
    }


def test_a_branch_named_by_its_city_adjective_is_one_unit_of_its_university() -> None:
    rec = read(
        "Ректор Ташкентского филиала Российского экономического университета имени Г.В. Плеханова "
        "Иван Смирнов принял гостей."
    )
    branch = "Ташкентский филиал Российского экономического университета имени Г.В. Плеханова"
    orgs = {o.name: o for o in rec.organizations}
    assert set(orgs) == {"Российский экономический университет имени Г.В. Плеханова", branch}
    assert orgs[branch].part_of == "Российский экономический университет имени Г.В. Плеханова"
    assert "Branch of Russian Economic University" in orgs[branch].aliases
    assert [p.affiliation for p in rec.persons] == [branch]


def test_a_headline_s_short_name_and_the_full_name_with_an_academic_eponym_are_one() -> None:
    rec = read(
        "Посол Франции посетил Карагандинский университет\n\n"
        "Посол Франции в Казахстане Дидье Дюпон посетил Карагандинский университет имени академика Е.А. Букетова. "
        "По итогам встречи посол и ректор подписали протокол о намерениях."
    )
    full = "Карагандинский университет имени академика Е.А. Букетова"
    universities = [o for o in rec.organizations if o.type == "University"]
    assert [o.name for o in universities] == [full]
    assert "Карагандинский университет" in universities[0].aliases
    # a protocol of intent signed by the ambassador and the rector: their institutions' agreement
    assert [(set(p.between), p.kind, p.status) for p in rec.partnerships] == [
        ({full, "Посольство Франции в Казахстане"}, "agreement", "agreed")
    ]

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

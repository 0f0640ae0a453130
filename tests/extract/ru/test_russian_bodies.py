"""Russian bodies of institutions: "Евразийская ассоциация университетов", "Ассоциация технических
университетов", "Российский союз ректоров" in any case, named by their members (a city after them is
not part of the name); a body whose congress or forum an agreement was signed at is no party to it
(our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian
from kgpart.extract.ru.english import english_aliases


def read(text: str) -> Record:
    return extract_russian(text, published=dt.date(2025, 10, 7))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ректор выступил на съезде Азиатской ассоциации университетов в Сеуле.",
            "Азиатская ассоциация университетов",
        ),
        ("Вуз вступил в Ассоциацию технических университетов.", "Ассоциация технических университетов"),
        ("Университет стал членом Российского союза ректоров.", "Российский союз ректоров"),
        ("Консорциум аграрных вузов провел совещание.", "Консорциум аграрных вузов"),
        (
            "Делегаты съезда Лиги исследовательских университетов обсудили гранты.",
            "Лига исследовательских университетов",
        ),
    ],
)
def test_a_body_named_by_its_members_is_an_organisation(text: str, name: str) -> None:
    orgs = {o.name: o for o in read(text).organizations}
    assert name in orgs
    assert orgs[name].type == "Other"


@pytest.mark.parametrize("text", ["Союз молодежи провел акцию.", "Ассоциация провела семинар для ректоров."])
def test_a_body_without_members_named_is_not_read_by_this_rule(text: str) -> None:
    assert not any("ссоциация" in o.name or "оюз" in o.name for o in read(text).organizations)


def test_the_body_whose_congress_hosted_a_signing_is_no_party() -> None:
    rec = read(
        "Томский государственный университет подписал соглашение с вузами Монголии на полях "
        "съезда Евразийской ассоциации университетов в Москве."
    )
    assert "Евразийская ассоциация университетов" in {o.name for o in rec.organizations}
    assert not any("Евразийская ассоциация университетов" in p.between for p in rec.partnerships)


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Азиатская ассоциация технических университетов", "Association of Technical Universities"),
        ("Министерство иностранных дел Республики Польша", "Ministry of Foreign Affairs of the Republic of"),
    ],
)
def test_a_plural_member_noun_stays_plural_in_english(name: str, english: str) -> None:
    assert any(english in alias for alias in english_aliases([name]))

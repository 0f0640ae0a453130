"""The ministry a post implies ("заместитель министра образования Республики Узбекистан") is the
ministry the article names without its country ("в сообщении Министерства образования"): one
organisation, the written name kept, the country from the post (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian


def read(text: str) -> Record:
    return extract_russian(text, published=dt.date(2025, 10, 7))


@pytest.mark.parametrize(
    "text",
    [
        "Заместитель министра образования Республики Узбекистан Алишер Каримов встретился с ректором "
        "Томского университета Сергеем Волковым. Об этом сообщили в Министерстве образования.",
        "Об этом говорится в сообщении Министерства образования. Заместитель министра образования "
        "Республики Узбекистан Алишер Каримов посетил Томский университет.",
    ],
)
def test_the_posts_ministry_is_the_one_named_without_its_country(text: str) -> None:
    rec = read(text)
    ministries = [o for o in rec.organizations if o.type == "Ministry"]
    assert [(m.name, m.country, m.inferred) for m in ministries] == [
        ("Министерство образования", "Uzbekistan", False)
    ]
    assert "Министерство образования Республики Узбекистан" in ministries[0].aliases
    assert rec.persons[0].affiliation == "Министерство образования"


def test_a_named_ministry_of_another_country_stays_apart() -> None:
    rec = read(
        "Заместитель министра образования Республики Узбекистан Алишер Каримов встретился с "
        "представителями Министерства образования Казахстана."
    )
    names = {o.name for o in rec.organizations if o.type == "Ministry"}
    assert "Министерство образования Республики Узбекистан" in names

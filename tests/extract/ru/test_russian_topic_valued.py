"""Russian topics in what a speaker values, helps with or is ready to do: "отметил востребованность
X", "о необходимости X", "за содействие в организации X", "готовы развивать X"; an action on people
is the topic itself; a quoted statement ends its list at the closing quote (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract.ru.core import extract_russian

MET = "Ректор Томского политехнического университета встретился с консулом Монголии. "


def labels(sentence: str) -> set[str]:
    return {t.label for t in extract_russian(MET + sentence, published=dt.date(2025, 9, 2)).topics}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the genitive after a noun of value: "востребованность", "важность", "значимость", "необходимость"
        (
            "Консул отметил востребованность инженерного образования среди монгольской молодежи.",
            {"инженерное образование"},
        ),
        ("Гость подчеркнул значимость геологической разведки.", {"геологическая разведка"}),
        ("Речь шла и о важности цифровой медицины.", {"цифровая медицина"}),
        ("Стороны указали на актуальность подготовки горных инженеров.", {"подготовка горных инженеров"}),
        # an action on people is kept whole: "поддержка студентов", not "студенты"
        (
            "Консул напомнил о необходимости поддержки иностранных аспирантов в период адаптации.",
            {"поддержка иностранных аспирантов"},
        ),
        # the locative after "помощь в", "содействие в"; the action before it gives way
        (
            "Он поблагодарил вуз за содействие в организации стажировок молодых химиков.",
            {"стажировки молодых химиков"},
        ),
        (
            "Университет оказал помощь в проведении летней геологической практики.",
            {"летняя геологическая практика"},
        ),
        # the object of what the sides are ready or mean to do
        (
            "Руководители вузов выразили готовность обеспечивать сетевой формат обучения на время ремонта.",
            {"сетевой формат обучения"},
        ),
        ("Стороны намерены расширять языковые стажировки.", {"языковые стажировки"}),
        # a second verb of the list: "расширять X и развивать Y"
        (
            "Вузы готовы расширять языковые стажировки и развивать сетевые магистерские программы.",
            {"языковые стажировки", "сетевые магистерские программы"},
        ),
        ("Партнеры готовы и дальше укреплять научные связи вузов.", {"научные связи вузов"}),
        # a list inside a quoted statement ends at the closing quote, or at a spaced hyphen
        (
            '"Стороны рассмотрели перспективы сотрудничества в сфере ветеринарии", - сообщили в вузе.',
            {"ветеринария", "перспективы сотрудничества"},
        ),
        (
            "Стороны обсудили вопросы обмена аспирантами - об этом сообщили в пресс-службе.",
            {"обмен аспирантами"},
        ),
        ("«Мы обсудили развитие горного дела“, — сказал ректор.", {"горное дело"}),
    ],
)
def test_topics_of_what_is_valued_helped_with_or_to_be_done(sentence: str, expected: set[str]) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the key directions of joint work, joint activity: cooperation, no field
        "Стороны обсудили ключевые направления совместной деятельности.",
        "Были рассмотрены основные направления совместной работы.",
        "Консул подчеркнул важность того, что вуз открыт для всех.",
        "Стороны готовы продолжить сотрудничество.",
        "Он поблагодарил коллег за помощь в том числе и лично.",
    ],
)
def test_vague_directions_and_values_give_no_topic(sentence: str) -> None:
    assert labels(sentence) == set()

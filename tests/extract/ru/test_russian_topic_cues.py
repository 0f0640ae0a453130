"""Russian topics after more cues: interest in, attention paid to, plans for, themes touched, the
directions cooperation will take (our own sentences; each phrase in the case its cue governs)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract.ru.core import extract_russian

MET = "Ректор Омского государственного университета встретился с послом. "


def labels(sentence: str) -> set[str]:
    return {t.label for t in extract_russian(MET + sentence, published=dt.date(2025, 3, 14)).topics}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the nominative after "направлениями сотрудничества станут/являются"
        (
            "Основными направлениями сотрудничества станут биотехнологии и зеленая энергетика.",
            {"биотехнологии", "зеленая энергетика"},
        ),
        (
            "Приоритетными направлениями взаимодействия являются ядерная медицина и геология.",
            {"ядерная медицина", "геология"},
        ),
        # the locative after "заинтересованность в", "готовность к сотрудничеству в"
        ("Посол выразил заинтересованность в развитии научного туризма.", {"научный туризм"}),
        (
            "Вуз готов к сотрудничеству в подготовке специалистов для горной отрасли.",
            {"подготовка специалистов"},
        ),
        # the dative after "интерес к", "уделено", "планы по"
        ("Гости проявили интерес к совместным экспедициям.", {"совместные экспедиции"}),
        (
            "Особое внимание было уделено вопросам продовольственной безопасности.",
            {"продовольственная безопасность"},
        ),
        ("Внимание уделили развитию агротуризма.", {"агротуризм"}),
        ("Стороны наметили планы по обмену научными публикациями.", {"обмен научными публикациями"}),
        # the genitive after "затронуты темы"
        ("Были затронуты темы академической честности.", {"академическая честность"}),
        # studying a language is the language
        ("Посол выразила заинтересованность в изучении венгерского языка.", {"венгерский язык"}),
    ],
)
def test_topics_after_cues_of_interest_attention_and_plans(sentence: str, expected: set[str]) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Особое внимание было уделено гостям.",  # a person, not a field: no topic in the dative of people
        "Университет готов в том числе к приему делегации.",
    ],
)
def test_cues_without_a_field_give_no_topic(sentence: str) -> None:
    assert labels(sentence) == set()


def test_an_action_alone_is_no_topic_and_problems_give_way_to_their_field() -> None:
    assert labels("Также речь шла об открытии в университете кабинета венгерского языка.") == {
        "венгерский язык"
    }
    assert labels("Посол предложил конференцию по проблемам устойчивого развития.") == {"устойчивое развитие"}

"""A family name in capitals first with no title before it (session 18, issue #11): "TANAKA Hiroshi, President
of ...", "KIM Tae-hwan said", "NGUYEN Van Minh, Director of ...". Sentences written for these tests; the gold
keeps a name in the order the text gives it, so the name is given as written."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import person_names

_names = partial(person_names, published=None)

_FRAMES = [
    "{n}, President of Hanyang University, signed the agreement.",
    "The agreement was signed by {n}, President of Hanyang University.",
    "The meeting was attended by {n}, Director of the Korean Education Centre.",
    "President of Hanyang University {n} visited Almaty.",
    "{n} gave a lecture on Korean literature.",
    "The lecture was given by {n} from Seoul National University.",
    "Ambassador of the Republic of Korea {n} met the rector.",
    "The rector met {n}, Ambassador of Japan to Kazakhstan.",
    "According to {n}, the programme will grow.",
]
_NAMES = ["TANAKA Hiroshi", "KIM Tae-hwan", "PARK Ji-won", "LEE Seung-min", "NGUYEN Van Minh", "SATO Yuki"]


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("name", _NAMES)
def test_a_family_name_in_capitals_first_with_no_title(frame: str, name: str) -> None:
    assert name in _names(frame.format(n=name))


def test_two_such_names_in_one_sentence() -> None:
    text = (
        "The memorandum was signed by TANAKA Hiroshi, President of Osaka University, and CHOI Min-jung, "
        "Vice-President of Korea University."
    )
    assert set(_names(text)) >= {"TANAKA Hiroshi", "CHOI Min-jung"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a dateline's or a body's word in capitals before a full name
        ("KAZINFORM Arman Bekov reports that the forum opened.", "KAZINFORM Arman"),
        ("KSTU Tilek Bekov signed the plan.", "KSTU Tilek"),
        # an acronym the article gives an organisation
        (
            "Al-Farabi Kazakh National University (KAZNU) opened a centre. KAZNU Aliya said the centre would grow.",
            "KAZNU Aliya",
        ),
        # places and what is no name
        ("Students of IIT Hyderabad visited Almaty.", "IIT Hyderabad"),
        ("EXPO Astana attracted many visitors.", "EXPO Astana"),
        ("TOKYO Tech students won the contest.", "TOKYO Tech"),
        ("The NATO Summit took place in Vilnius.", "NATO Summit"),
    ],
)
def test_no_person_from_a_word_in_capitals_that_is_no_family_name(text: str, absent: str) -> None:
    assert absent not in _names(text)

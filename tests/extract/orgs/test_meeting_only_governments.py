"""A state's government the article names only as one of a meeting's organisations ("On behalf of the Government
of Japan, the Ambassador met the Rector") is the state an envoy speaks for, not a side of the meeting: it is no
organisation of the record. One that funds a programme, signs a tie or has people of its own stays, and so does
a seat of government that is no "Government"."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "government"),
    [
        (
            "On behalf of the Government of Japan, Ambassador Taro Suzuki met the Rector of Ghent University "
            "Rik Van de Walle on Monday.",
            "Government of Japan",
        ),
        (
            "On behalf of the Japanese Government, Ambassador Taro Suzuki met the Rector of Ghent University "
            "Rik Van de Walle on Monday.",
            "Japanese Government",
        ),
        (
            "Representing the Government of India, Ambassador Anil Kumar held talks with the Rector of Ghent "
            "University Rik Van de Walle on Tuesday.",
            "Government of India",
        ),
    ],
)
def test_a_government_only_among_a_meetings_bodies_is_dropped(text: str, government: str) -> None:
    record = extract_text(text)
    names = [o.name for o in record.organizations]
    assert government not in names, names
    assert "Ghent University" in names, names
    assert all(government not in m.organizations for m in record.meetings), record.meetings
    assert record.meetings, "the meeting stays"


@pytest.mark.parametrize(
    ("text", "government"),
    [
        # it funds a programme: a body of the news
        (
            "On behalf of the Government of Japan, Ambassador Taro Suzuki met the Rector of Ghent University "
            "Rik Van de Walle on Monday. The Government of Japan and Ghent University launched a joint "
            "scholarship programme for 20 students.",
            "Government of Japan",
        ),
        # no meeting names it: left as before
        (
            "Ghent University students may apply for scholarships that the Japanese Government offers every year.",
            "Japanese Government",
        ),
    ],
)
def test_a_government_of_the_news_stays(text: str, government: str) -> None:
    names = [o.name for o in extract_text(text).organizations]
    assert government in names, names

"""An office of a body named only on a page's short lines (a heading, a byline, a contact block) and in no fact
presents the page, not the news (issue #11, session 18). Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import org_names

_orgs = partial(org_names, published="2024-05-10")

_NEWS = "Tallinn University signed a memorandum with Riga Technical University on joint research in robotics."


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (f"Office of Communications\n\n{_NEWS}", "Office of Communications"),
        (f"{_NEWS}\n\nContact\nOffice of Public Affairs\nphone 555 0100", "Office of Public Affairs"),
        (f"News | Department of International Relations\n\n{_NEWS}", "Department of International Relations"),
        (f"{_NEWS}\n\nUniversity Media Unit\nmedia@example.org", "University Media Unit"),
    ],
)
def test_an_office_named_only_on_heading_lines_is_dropped(text: str, office: str) -> None:
    assert office not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # named in a sentence of the news: kept
        (
            f"Office of Communications\n\n{_NEWS} The Office of Communications will publish the results.",
            "Office of Communications",
        ),
        (
            f"{_NEWS} The Office of International Affairs will run the exchange.",
            "Office of International Affairs",
        ),
    ],
)
def test_an_office_named_in_a_sentence_stays(text: str, office: str) -> None:
    assert office in _orgs(text)

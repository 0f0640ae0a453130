"""topics.compounds._FIELD_HEAD_SCAN, each first letter before the look-behind for the \\b, finds what _FIELD_HEAD
finds."""

import pytest

from kgpart.extract.topics.compounds import _FIELD_HEAD, _FIELD_HEAD_SCAN


@pytest.mark.parametrize(
    "text",
    [
        "cultural and humanitarian cooperation, research collaboration and student exchanges.",
        "bilateral ties and relations; close relationships; an exchange of views",
        "interuniversity cooperation, co-operation, subcollaboration, retieser and correlations",
        "ties\nrelations\texchange",
        "nothing of the kind here.",
    ],
)
def test_the_same_heads(text: str) -> None:
    assert [m.span() for m in _FIELD_HEAD_SCAN.finditer(text)] == [
        m.span() for m in _FIELD_HEAD.finditer(text)
    ]
    for pos in range(len(text)):
        found, want = _FIELD_HEAD_SCAN.search(text, pos), _FIELD_HEAD.search(text, pos)
        assert (found and found.span()) == (want and want.span())

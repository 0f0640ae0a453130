"""topics.cues._CUE_AFTER opens with its run's first space and a look-behind after it (no space before the run), where
it opened with the look-behind: the same matches (a pattern that opens with a character class is scanned faster)."""

import re

import pytest

from kgpart.extract.topics.cues import _CUE_AFTER, _CUE_AFTER_LOWER

_NEW_HEAD = r"\s(?<!\s\s)\s*"
_OLD_HEAD = r"(?<!\s)\s+"


def _plain(rx: re.Pattern[str]) -> re.Pattern[str]:
    assert rx.pattern.startswith(_NEW_HEAD)
    return re.compile(_OLD_HEAD + rx.pattern.removeprefix(_NEW_HEAD), rx.flags)


@pytest.mark.parametrize(
    "text",
    [
        "Education, science and culture were discussed.",
        " Trade  and   energy were also considered at the talks.",
        "Joint research is among the priority areas;\n\ntourism will be developed.",
        "\tMedicine were discussed",
        "They identified IT and AI as priority areas. Nothing else was raised.",
        "Energy came up for discussion,   and health remains a key area.",
    ],
)
def test_the_same_matches_as_with_the_look_behind_first(text: str) -> None:
    for rx, form in ((_CUE_AFTER, text), (_CUE_AFTER_LOWER, text.lower())):
        plain = _plain(rx)
        assert [m.span() for m in rx.finditer(form)] == [m.span() for m in plain.finditer(form)]
        for pos in range(len(form)):
            found, want = rx.search(form, pos), plain.search(form, pos)
            assert (found and found.span()) == (want and want.span())

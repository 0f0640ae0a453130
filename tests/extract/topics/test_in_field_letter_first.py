"""topics.learned._IN_FIELD_LOWER writes "\\b(?:in|on)" as "[io](?<!\\w.)n" (the letter first, then the look-behind for
the \\b before it): the same matches as the plain lower-case twin of _IN_FIELD."""

import re

import pytest

from kgpart.extract.topics.learned import _IN_FIELD, _IN_FIELD_LOWER

_PLAIN = re.compile(_IN_FIELD.pattern)


@pytest.mark.parametrize(
    "text",
    [
        "research in mining engineering and work on hydrology.",
        "in medicine, on agriculture; join in biotechnology",
        "lecturers in forensic science came on monday.",
        "online courses in data science, going on in robotics",
        "cooperation in the fields of education and culture\nin energy.",
        "nothing of the kind: the main point is the signing.",
    ],
)
def test_the_same_matches_as_the_plain_twin(text: str) -> None:
    assert [m.span() for m in _IN_FIELD_LOWER.finditer(text)] == [m.span() for m in _PLAIN.finditer(text)]
    for pos in range(len(text)):
        found, want = _IN_FIELD_LOWER.search(text, pos), _PLAIN.search(text, pos)
        assert (found and found.span()) == (want and want.span())

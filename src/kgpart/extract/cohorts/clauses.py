"""Where a cohort's clause ends, and the part-of-a-whole wordings that end it.

A count's clause runs to a stop, "while", "according to", the next count of a list, or a part told
after the whole (", 40 of them women,", ", including 200 from Estonia", ", of whom 200 at B"). The
patterns of those parts live here because both the clause end and the readers of parts need them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.numbers import NUMBER_RE
from kgpart.extract.patterns import AsciiFolded


@lru_cache(maxsize=4096)
def _clause_end(text: str, pos: int) -> int:
    """Where the clause of the count that ends at ``pos`` of sentence ``text`` ends; cached: the readers of a count
    ask it of the same place several times."""
    match = _CLAUSE_END_FOLDED.search(text, pos)
    while match is not None:
        aside = _ASIDE_FOLDED.match(text, match.start())
        if aside is None or aside.group("end") != ",":
            return match.start()
        match = _CLAUSE_END_FOLDED.search(text, aside.end() + 1)  # ", 40 of them women, study at B"
    return len(text)


#: A qualifier before a part's count: "about 900 of whom".
_QUALIFIER = r"(?:some|about|around|over|more\s+than|nearly|almost|approximately|roughly)\s+"


#: The end of a cohort's clause: a stop, "while", "and this", or ", 40 of them" (a part told next).
#: ", including 200 from": a part of a cohort from one country (the country follows).
#: "..., 12 of whom are from" and "and 20 of them come from": the same, the count first.
_PART_FROM_HEAD = (
    r"(?:,?\s*(?:including|of\s+whom|of\s+which|among\s+them)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"|(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?=(?:{_QUALIFIER})?(?:{NUMBER_RE})\s+of\s+(?:them|whom|which)\s)(?:{_QUALIFIER})?"
    # "...; 450 are from India": the same after a semicolon, with no "of them"
    rf"|;\s*(?=(?:{_QUALIFIER})?(?:{NUMBER_RE})\s+(?:are|were|come|came)\s+from\s)(?:{_QUALIFIER})?)"
    # "..., 1,200 of whom are citizens of China": the same
    rf"(?P<num>{NUMBER_RE})\s+(?:of\s+(?:them|whom|which)\s+)?(?:are\s+|come\s+|came\s+|were\s+)?"
    r"(?:from|(?:citizens|nationals)\s+of)\s+"
)


#: ", 40 of them women,": an aside on a part of the cohort, closed by a comma; the clause goes on after it.
_ASIDE = re.compile(
    rf",\s*(?:and\s+)?(?P<num>{NUMBER_RE})\s+of\s+(?:them|whom|which)\s+(?:are\s+|were\s+)?"
    r"(?P<who>(?:female\s+|male\s+)?(?:women|girls|men|boys|females|males))(?=\s*(?P<end>[,.;]|$))",
    re.I,
)
_ASIDE_FOLDED = AsciiFolded(_ASIDE)


#: ", including 15,000 in Russia": a part of the cohort just read, at a place of its own.
_INCLUDING_AT = re.compile(
    rf",?\s*including\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?P<num>{NUMBER_RE})"
    r"(?:\s+[a-z]+){0,2}?\s+(?:at|in)\s+(?:the\s+)?",
    re.I,
)


_CLAUSE_END = re.compile(
    rf"[.;]|,\s*(?:according\s+to|as\s+reported\s+by|citing)\b|,\s*(?:while|and\s+(?:this|the|that))\b"
    rf"|,\s*(?:and\s+)?(?:{_QUALIFIER})?(?:{NUMBER_RE})\s+of\s+(?:them|whom|which)\b"
    # ", of whom 200 at B": a part told after the whole
    rf"|,\s*(?:of\s+(?:them|whom|which)|among\s+them)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?:{NUMBER_RE})\b"
    rf"|{_INCLUDING_AT.pattern.replace('(?P<num>', '(?:')}"
    # ", most of them at B": where a part is, not the whole
    r"|,\s*(?:most|many|half|some|all|the\s+majority|a\s+third|a\s+quarter)\s+of\s+(?:them|whom|which)\b"
    # ", and 120 students ...": the next count of a list opens a clause of its own
    rf"|(?<!\d),\s*(?:and\s+|while\s+|whereas\s+)?(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?:{NUMBER_RE})\s+(?!(?:from|of|more|in|at)\b)[a-z]"  # ", 20 from Peru" goes on with the same clause
    rf"|{_PART_FROM_HEAD.replace('(?P<num>', '(?:')}"
    r"|,\s*(?:and\s+)?(?:another|a\s+further|an\s+additional)\s+\w",  # ", and another 20 will come": more, later
    re.I,
)
_CLAUSE_END_FOLDED = AsciiFolded(_CLAUSE_END)


#: ", including 1,100 from India,": a part from one country told as an aside closed by a comma.
_PART_ASIDE = re.compile(
    rf",\s*including\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?:{NUMBER_RE})\s+(?:[a-z]+\s+)?"
    r"(?:from|of)\s+(?:the\s+)?[A-Z][^,;.]{0,40},",
)

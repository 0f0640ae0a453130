"""Word tables and regexes that several readers of partnerships share.

A pattern used by one reader lives beside it; only the shared ones are here, so that no reader
module has to import another for its words."""

from __future__ import annotations

import re

#: A post that names its holder's institution after "of": "Vice-Chancellor of A".
_ROLE_WORDS = (
    r"\b(?:vice-|deputy\s+|pro-)?(?:rector|vice-chancellor|chancellor|president|director|dean|head|provost|chairman|"
    r"chairperson|minister|ambassador|consul(?:\s+general)?|secretary)"
)


#: The word before a name that makes it an object, not an actor ("students from A", "ranked ahead of A").
_GOVERNED = re.compile(
    r"\b(?:with|to|at|from|by|for|in|into|on|about|over|under|via|include[sd]?|including|as|among|than|like|and|or|"
    r"(?<!the\s)(?<!two\s)(?<!both\s)(?P<of>of))\s+(?:the\s+)?$|[,&]\s*(?:the\s+)?$",
    re.I,
)


_INSTITUTION_TYPE_NAMES = ("University", "School", "ResearchInstitute")


#: Nouns of a formal tie; "letter of intent" and "memorandum of understanding" as one phrase.
_TIE = (
    r"(?:memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation))?|MoUs?|MOUs?|agreements?|accords?|"
    r"contracts?|treat(?:y|ies)|letters?\s+of\s+intent|partnerships?|cooperation|collaboration|deals?|alliances?|"
    r"road\s*-?maps?|protocols?\s+(?:of|on)\s+\w+|(?:joint\s+)?declarations?\s+of\s+intent|"
    r"signing\s+ceremon(?:y|ies)|pacts?|(?:similar\s+)?documents|"
    # a centre or laboratory two institutions run: "a joint research centre with B", "joint laboratory between A and B"
    r"joint\s+(?:[\w\-]+\s+){0,2}?(?:centres?|centers?|laborator(?:y|ies)|labs?|institutes?|schools?|research|projects?)|"
    # "an Erasmus+ (International Credit Mobility) project / agreement / partnership with B"
    r"Erasmus\+?\s*(?:[\w\-]+\s+){0,4}?(?:projects?|agreements?|partnerships?|programmes?|programs?|grants?)|"
    # a programme two institutions run together: "exchange programmes with B", "a double degree programme with B"
    r"(?:exchange|mobility|twinning|network|double[\s\-]+degree|dual[\s\-]+degree|joint(?:[\s\-]+degree)?|double|dual|"
    r"(?:two|double|dual)[\s\-]+diploma)\s+"
    r"(?:(?:master|bachelor|doctoral|PhD|study|studies|degree|educational|education|academic|training|research)[’'s]*\s+)?"
    r"(?:programmes?|programs?)|"
    # "A offers dual degrees with B", "a joint master's degree with B"
    r"(?:double|dual|joint)[\s\-]+(?:(?:master|bachelor|doctoral|PhD)[’'s]*\s+)?(?:degrees?|diplomas?))"
)


_TIE_BEFORE = re.compile(rf"\b{_TIE}\b", re.I)


_INSTITUTION_TYPES = frozenset(_INSTITUTION_TYPE_NAMES)


#: Last words in "ies" of one institution's proper name ("... of Oriental Studies", "... of Information
#: Technologies"), not a plural of institutions ("Turkish universities").
_SINGULAR_IES = frozenset(("studies", "technologies", "industries", "humanities", "economies", "societies"))


def is_plural_name(name: str) -> bool:
    """Whether an organisation's name is a plural of institutions (it ends in "ies": "partner universities"),
    not a proper name whose last word is such a plural noun ("Tashkent State University of Oriental Studies")."""
    if not name.endswith("ies"):
        return False
    return name.rsplit(None, 1)[-1].casefold() not in _SINGULAR_IES


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``words`` (a plain loop: the cheap word tests before the scans run on
    every sentence, and ``any()`` over a generator costs several times more)."""
    for word in words:  # noqa: SIM110 (a loop, not any() over a generator: see the docstring)
        if word in text:
            return True
    return False

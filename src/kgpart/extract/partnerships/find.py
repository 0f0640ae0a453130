"""The pass over an article's sentences that runs each reader where its cue words occur.

It also reads the plain "A cooperates with B" itself, and calls the last-resort reading only when
no reader found a partnership in the sentence. Some readers look at the sentence before as well: a
partner the sentence before does not name ("A signed a memorandum with a Japanese partner. Under the
memorandum, B will ..."; "A has 60 partners. Among them are B and C"), and a deed done "under a
partnership" by the one institution of a sentence after the one that opens with another. Last, a
small learned model (``learned.py``) adds the pairs of organisations named together that the
constructions missed and it scores as a tie. The second tie an article may tell of a pair found once is
``second_ties.py``'s, added to the record after the programmes (``programme_partnerships``)."""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.partnerships.last_resort import (
    FOUNDED_BY,
    has_fallback_cue,
    names_two_institutions,
    two_parties,
)
from kgpart.extract.partnerships.learned import add_learned_pairs
from kgpart.extract.partnerships.lists import _list_after_colon
from kgpart.extract.partnerships.meeting_sides import (
    _both_sides,
    _our_two,
    _proposals,
    _side_offers,
    _support_for,
    _the_parties,
    _the_two,
    sentences_after_meeting,
)
from kgpart.extract.partnerships.parties import _add, _by_noun, _objects, _subject, _such_as
from kgpart.extract.partnerships.partners import (
    _list_continued,
    _membership,
    _parties_are,
    _partner_named,
    _partner_next,
    _together_with,
    _under_tie_next,
    _unnamed_partner_next,
)
from kgpart.extract.partnerships.signing import (
    _agreed_by,
    _branch_at,
    _signed,
    _the_ones_with,
    _visited_to_sign,
)
from kgpart.extract.partnerships.ties import (
    _EXIST_WORDS,
    _FOUNDED_WITH,
    _FOUNDED_WORDS,
    _agreed_with,
    _degrees_from,
    _exist_with,
    _gives,
    _kinds_pair,
    _pair_subjects,
    _ties,
    _with_which,
    _works_with,
)
from kgpart.extract.partnerships.vocabulary import contains_any
from kgpart.extract.patterns import AsciiFolded, trie_pattern
from kgpart.extract.record import Meeting, Partnership

_COOP = re.compile(
    r"\b(?:(?:closely|actively|already|also|successfully|fruitfully|still|currently)\s+)*"
    r"(?:cooperates|collaborates|cooperated|collaborated|cooperate|collaborate|cooperating|collaborating|partners|partnered|"
    r"partner|twinned|allied|"
    r"team(?:s|ed|ing)?\s+up|join(?:s|ed|ing)?\s+forces|(?:readiness|ready|willing\w*|plan\w*|intend\w*|agreed|decided|hope\w*|want\w*|aim\w*|continue\w*|seek\w*|"
    r"eager)\s+to\s+work|"
    r"work(?:s|ed)?\s+(?:closely|together)|"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:already\s+)?(?:working|cooperating|collaborating|partnering))"
    r"(?:\s+(?:closely|actively|together|jointly|successfully|fruitfully))?"
    # "has been cooperating for many years / since 2009 with B"
    r"(?:\s+(?:for\s+(?:many|several|some|a\s+few|more\s+than\s+\w+|over\s+\w+|\w+)\s+(?:years|decades)|since\s+\d{4}))?"
    r"\s+with\b",
    re.IGNORECASE,
)
_COOP_FOLDED = AsciiFolded(_COOP)


#: A plural of institutions: the actor of "are ready to cooperate with the university" is not the one named before.
_GENERIC_PLURAL = re.compile(
    r"\b(?:universities|institutions|schools|companies|scientists|students|researchers|colleges|centres|centers|"
    r"organi[sz]ations|businesses|firms)\b",
    re.I,
)


def find_partnerships(doc: Doc, meetings: list[Meeting]) -> list[Partnership]:
    """Return partnerships stated in the article: cooperation, signed agreements, proposals."""
    out: list[Partnership] = []
    after_meeting = sentences_after_meeting(doc, meetings)
    fold = ""
    for n, sent in enumerate(doc.sentences):
        found_before = len(out)
        prev_fold = fold  # the folded sentence before ("" before the first)
        # cheap tests of words each pattern needs (on the case-folded sentence) before the scans
        fold = sent.text.casefold()
        has_with = "with" in fold
        coop_word = has_with and contains_any(fold, _COOP_STEMS)
        for match in _COOP_FOLDED.finditer(sent.text) if coop_word else ():
            pos = sent.start + match.start()
            subject = _subject(doc, n, pos)
            before = sent.text[: match.start()]
            objects = _such_as(doc, n, sent.start + match.end()) or _objects(doc, n, sent.start + match.end())
            if not objects and not _GENERIC_PLURAL.search(before):
                # "the embassy is ready to cooperate with the university": the one named before
                named, _ = _by_noun(
                    doc, n, sent.start + match.end() + 1, (subject,) if subject is not None else ()
                )
                objects = [named] if named is not None else []
            wish = _WISH.search(
                sent.text[: match.end()]
            )  # "readiness to work with B": the wish inside the match
            status = "proposed" if wish or before.endswith(" to ") else "existing"
            for obj in objects:
                _add(doc, out, subject, obj, "cooperation", status, n)
        if " and " in fold or _TIE_WORDS.search(fold):  # " and " (one of its words) without the scan
            _ties(doc, out, n)
            _the_parties(doc, out, n, meetings)
        if (
            " and " in fold or "&" in fold or (", " in fold and len(fold) < 120) or "–" in fold or "—" in fold
        ):  # a headline: "A, B sign MoU", "A–B partnership"
            _pair_subjects(doc, out, n)
        if "the two " in fold:
            _the_two(doc, out, n, meetings)
        if n in after_meeting and contains_any(fold, _OFFER_WORDS):
            _side_offers(doc, out, n, meetings)
        if "our two " in fold:
            _our_two(doc, out, n)
        if (
            "the two " in fold
            or "both " in fold
            or "the sides" in fold
            or "the parties" in fold
            or "the partners" in fold
            or "interlocutors" in fold
            or "the universities" in fold
            or "the institutions" in fold
            or "the guests" in fold
            or "the hosts" in fold
            or "the meeting" in fold
            or "the talks" in fold
            or "the visit" in fold
            # the people at the table, or a talk told with no subject: only just after a meeting
            or (n in after_meeting and contains_any(fold, _AFTER_MEETING_WORDS))
        ):
            _both_sides(doc, out, n, meetings)
        if (
            "signed" in fold
            or "inked" in fold
            or "sealed" in fold
            or (
                " by " in fold
                and ("concluded" in fold or "executed" in fold or "finali" in fold or "entered into" in fold)
            )
        ):
            _signed(doc, out, n)
        if " with " in fold and ("the one" in fold or "those " in fold):
            _the_ones_with(doc, out, n)
        if "agreed" in fold:
            _agreed_by(doc, out, n)
        if ("visit" in fold or "arriv" in fold) and " to " in fold:
            _visited_to_sign(doc, out, n)
        if "branch" in fold:
            _branch_at(doc, out, n)
        if " with " in fold and (
            "together" in fold or "along" in fold or "jointly" in fold or "tandem" in fold
        ):
            _together_with(doc, out, n)
        if "partner" in fold or "sister" in fold:
            _partner_named(doc, out, n)
        if n and ("partner" in fold or " with " in fold):
            _partner_next(doc, out, n)
        if (
            n
            and len(out) == found_before
            and doc.org_mentions_in(n)
            and contains_any(prev_fold, _UNNAMED_WORDS)
        ):
            _unnamed_partner_next(doc, out, n)
        if (
            n
            and len(out) == found_before
            and (
                "under " in fold
                or "within" in fold
                or "part of" in fold
                or "thanks to" in fold
                or "through" in fold
            )
        ):
            _under_tie_next(doc, out, n)
        if ("diploma" in fold or "degree" in fold) and ("graduates" in fold or "students" in fold):
            _degrees_from(doc, out, n)
        if "the parties are" in fold or "the parties were" in fold or "signatories" in fold:
            _parties_are(doc, out, n)
        if coop_word:
            _proposals(doc, out, n, meetings)
        if "with which" in fold or "with whom" in fold:
            _with_which(doc, out, n)
        if "agreed with" in fold or "agrees with" in fold:
            _agreed_with(doc, out, n)
        if "worked with" in fold or "works with" in fold:
            _works_with(doc, out, n)
        if " with " in fold and (
            _EXIST_WORDS.search(fold) or (contains_any(fold, _FOUNDED_WORDS) and _FOUNDED_WITH.search(fold))
        ):
            _exist_with(doc, out, n)
        if "member" in fold or "join" in fold:
            _membership(doc, out, n)
        if " and the " in fold:
            _kinds_pair(doc, out, n)
        if "provide" in fold or "support" in fold or "help" in fold or "assist" in fold or "equip" in fold:
            _gives(doc, out, n)
        if meetings and ("support" in fold or "assistance" in fold):
            _support_for(doc, out, n, meetings)
        if sent.text.endswith(":"):  # "A signed memoranda with:" and a line per partner
            _list_after_colon(doc, out, n)
        if n and len(out) == found_before:
            _list_continued(doc, out, n)
        if (
            len(out) == found_before
            and names_two_institutions(doc, n)
            and (has_fallback_cue(fold) or (" by " in fold and FOUNDED_BY.search(fold)))
        ):
            two_parties(doc, out, n)
    add_learned_pairs(doc, out)
    return out


#: Words before "cooperate with" that make it a wish, not a fact.
_WISH = re.compile(
    r"\b(?:will|would|forward|plan|intend|ready|readiness|willing|eager|interest|hope|seek|wish|want|aim|desire|propos)",
    re.I,
)


#: A sentence must hold one of these for _ties to look at it (a cheap test on the folded text): one prefix tree of the
#: words (only whether it matches is asked; the engine follows the letters instead of trying 29 words in turn).
_TIE_WORDS = re.compile(
    trie_pattern(
        [
            "memorand",
            "mou",
            "agreement",
            "accord",
            "contract",
            "treat",
            "letter",
            "partner",
            "cooperat",
            "collaborat",
            "deal",
            "ties",
            "relation",
            "links",
            "contacts",
            "allian",
            "ceremon",
            "map",
            "protocol",
            "declaration",
            "sister",
            "program",
            "erasmus",
            " and ",
            "action plan",
            "conjunction",
            "association",
            "joint research",
            "joint project",
        ]
    )
)


#: What _both_sides reads only in the sentences just after a meeting ("The rectors discussed dual diplomas",
#: "They agreed to ...", "Issues of academic mobility were discussed").
_AFTER_MEETING_WORDS = (
    "the rectors",
    "the presidents",
    "the heads",
    "the delegation",
    "the visitors",
    "they ",
    " discussed",
    "was agreed",
    "was reached",
)


#: What _side_offers needs ("The ambassador proposed to open ...", "The embassy will assist ...").
_OFFER_WORDS = (
    "propos",
    "offer",
    "suggest",
    "promis",
    "pledg",
    "agreed",
    "readiness",
    "willingness",
    "ready",
    "will ",
)


#: What the sentence before must hold for _unnamed_partner_next (a partner it does not name).
_UNNAMED_WORDS = ("partner", "universit", "institution", "counterpart", "college")


#: One of these is in every match of _COOP and of _COOP_WITH (both also end in "with").
_COOP_STEMS = (
    "cooperat",
    "collaborat",
    "partner",
    "working",
    "to work",
    "closely with",
    "together with",
    "twinned",
    "allied",
    "team",
    "forces",
)

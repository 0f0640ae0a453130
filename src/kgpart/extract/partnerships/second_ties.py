"""A second tie of a pair already found: the two organisations named together again, in a sentence of
a tie of another kind.

The labelled sets count an agreement and a programme of the same two institutions as two partnerships
("A and B have had a memorandum since 2019. ... A will launch a double degree with B"), while the
readers of this package keep one partnership a pair. Here each pair found once is given a second tie
from the first other sentence that names both (their top-level institutions), holds a word of a tie,
and where one of the two sentences speaks of a programme (a double, dual or joint degree or programme,
an exchange) — a sentence retelling the same signing ("Under the agreement, ..."; "The memorandum
was signed by ...") is no second tie, nor, after a signing, a sentence with no verb or tense of a status of its own
("The exchange programme between A and B is open to all faculties": bench/README.md, "Partnerships (session 19)").
Measured in bench/README.md, "Second ties of a pair (session 15)".
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.partnerships.kinds import TIE_STATUS_WORDS, tie_kind, tie_status
from kgpart.extract.partnerships.learned import SIGN_WORDS, TIE_WORDS
from kgpart.extract.partnerships.parties import top_institution
from kgpart.extract.partnerships.programme_ties import PARTNERED_PROGRAMME_WORDS
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Partnership

#: Words of a programme: one of the two sentences must hold one for the second tie to be another tie.
_PROGRAMME = re.compile(r"\b(?:double|dual|joint)\b|\bexchanges?\b|\bprogram(?:me)?s?\b|\bdegrees?\b", re.I)
_PROGRAMME_FOLDED = AsciiFolded(_PROGRAMME)

#: A word of a tie's status (kinds.TIE_STATUS_WORDS) or "now" (a state newly begun: "students can now join an
#: exchange with B"): a sentence with none tells no tie of a tense of its own.
_STATUS_WORD = re.compile(TIE_STATUS_WORDS + r"|\bnow\b")

#: A tie referred back to: the sentence tells more of the tie already found, not a new one.
_BACK = re.compile(
    r"\b(?:the|this|that|under\s+the|the\s+signed)\s+(?:memorand\w*|mou|agreement|accord|protocol|document|deal)\b",
    re.I,
)


def second_ties(doc: Doc, found: list[Partnership]) -> list[Partnership]:
    """The second ties of the pairs of ``found`` (each pair found once, at most one more). The record takes
    them last (``programme_partnerships``), once the programmes have taken their partners from the ties: a
    second tie told in a programme's sentence would otherwise give the programme its partners."""
    out: list[Partnership] = []
    if not found:
        return out
    count: dict[tuple[str, ...], int] = {}
    for p in found:
        key = tuple(sorted(p.between))
        count[key] = count.get(key, 0) + 1
    where: dict[int, set[int]] = {}  # a top-level organisation -> the sentences naming it
    by_start: dict[int, int] = {}
    for p in found:
        key = tuple(sorted(p.between))
        if count[key] != 1 or p.evidence is None or len(p.between) != 2:
            continue
        ia, ib = (doc.find_org(x) for x in p.between)
        if ia is None or ib is None:
            continue
        if not where:
            for m in doc.org_mentions:
                where.setdefault(top_institution(doc, m.index), set()).add(m.sentence)
            by_start = {s.start: n for n, s in enumerate(doc.sentences)}
        first = by_start.get(p.evidence.start)
        programme_first = bool(_PROGRAMME_FOLDED.search(p.evidence.sentence))
        kinds_first = [
            k for k, words in PARTNERED_PROGRAMME_WORDS.items() if words.search(p.evidence.sentence)
        ]
        for n in sorted(
            where.get(top_institution(doc, ia), set()) & where.get(top_institution(doc, ib), set())
        ):
            if n == first:
                continue
            text = doc.sentences[n].text
            if not programme_first and not _PROGRAMME_FOLDED.search(text):
                continue
            fold = text.casefold()
            if not (TIE_WORDS.search(fold) or SIGN_WORDS.search(fold)) or _BACK.search(text):
                continue
            if any(PARTNERED_PROGRAMME_WORDS[k].search(text) for k in kinds_first):
                continue  # the same double degree (joint programme) told again
            if p.status == "agreed" and not _STATUS_WORD.search(fold):
                continue  # no verb or tense of its own after a signing: the signed tie's content told again
            out.append(Partnership(list(p.between), tie_kind(text), tie_status(text), doc.evidence(n)))
            count[key] += 1
            break
    return out

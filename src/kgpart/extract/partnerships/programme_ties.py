"""Partnerships implied by joint and double-degree programmes between named institutions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Partnership, Programme


def _between_the_two(sentence: str, partners: list[str]) -> bool:
    """Whether "between" in ``sentence`` names the two partners ("between Saudi and Kenyan universities,
    including scholarships at A and B" is no programme between A and B)."""
    at = sentence.find("between ")
    while at >= 0:
        after = sentence[at + 8 : at + 8 + 30 + sum(len(p) for p in partners)]
        if all(p in after for p in partners):
            return True
        at = sentence.find("between ", at + 8)
    return False


#: A programme still to come: "will launch", "plan to open", "talks on a joint degree".
_PROGRAMME_PLANNED = re.compile(
    r"\b(?:will|launch(?!ed)|plan|intend|propos|discuss|talks|negotiat|consider|explor|prepar|possib|views)",
    re.I,
)


#: Programmes that two institutions cannot run without partnering: both award or teach the degree.
_PARTNERED_KINDS = frozenset({"double-degree", "joint"})


#: The words of a programme of each partnered kind, in the sentence of a tie told before.
PARTNERED_PROGRAMME_WORDS = {
    "double-degree": AsciiFolded(re.compile(r"\b(?:double|dual)[\s\-]+degree", re.I)),
    "joint": AsciiFolded(
        re.compile(r"\bjoint\s+(?:[\w’'\-]+\s+){0,2}?(?:degrees?|programmes?|programs?)\b", re.I)
    ),
}


_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute", "Faculty", "Centre"})


def programme_partnerships(
    found: list[Partnership],
    programmes: list[Programme],
    types: dict[str, str] | None = None,
    second: Sequence[Partnership] = (),
) -> list[Partnership]:
    """Add to ``found``: a programme "between A and B" is also a partnership of A and B.

    So is a double-degree or joint programme of exactly two institutions (``types`` maps an
    organisation's name to its type), wherever the article names them; such a programme told in a
    sentence of its own is a tie of its own even when the two have another (an agreement of 2015, a
    double degree planned now). Last, the ``second`` ties of pairs (``second_ties``) that still have one
    tie.
    """
    out = list(found)
    types = types or {}
    # the ties of each pair (its names sorted), in the order of ``out``: one look-up, not a scan of ``out``
    by_pair: dict[tuple[str, ...], list[Partnership]] = {}
    starts = {p.evidence.start for p in out if p.evidence is not None}  # the sentences that tie a pair
    for p in out:
        by_pair.setdefault(tuple(sorted(p.between)), []).append(p)
    for prog in programmes:
        ev = prog.evidence
        same = by_pair.get(tuple(sorted(prog.partners)), [])
        if same and (
            prog.kind not in _PARTNERED_KINDS
            or ev is None
            or any(p.kind == prog.kind or (p.evidence and p.evidence.start == ev.start) for p in same)
            # the sentence ties another pair: the programme is that pair's
            or ev.start in starts
            # the pair's tie was told as this programme already ("signed a dual-degree agreement")
            or any(
                p.evidence and PARTNERED_PROGRAMME_WORDS[prog.kind].search(p.evidence.sentence) for p in same
            )
        ):
            # the pair's tie told already; a joint or double-degree programme told in a sentence of its own
            # is a second tie of the two ("have had an agreement since 2015 ... will launch a double degree")
            continue
        two_institutions = (
            prog.kind in _PARTNERED_KINDS
            and len(prog.partners) == 2
            and all(types.get(name) in _INSTITUTIONS for name in prog.partners)
        )
        if (
            len(prog.partners) == 2
            and ev
            and (two_institutions or _between_the_two(ev.sentence, prog.partners))
        ):
            status = "proposed" if _PROGRAMME_PLANNED.search(ev.sentence) else "existing"
            added = Partnership(list(prog.partners), prog.kind, status, ev)
            out.append(added)
            by_pair.setdefault(tuple(sorted(added.between)), []).append(added)
            starts.add(ev.start)
    # a pair's second tie, unless a programme gave the pair its second
    for tie in second:
        ties = by_pair.setdefault(tuple(sorted(tie.between)), [])
        if len(ties) < 2:
            out.append(tie)
            ties.append(tie)
    return out

"""Who owns a count of people: a programme (its participants) or a cohort (a mobility figure).

Programmes (``kgpart.extract.programmes``) and cohorts (``kgpart.extract.cohorts``) are read independently,
so one count may come out twice, or as a cohort while the programme it tells of is left with none. The
convention of the record: the people a named or described programme takes (a scholarship scheme, an
exchange, a double degree, a summer school, an internship programme) are the programme's participants and
not also a cohort; a quota or a figure with no programme behind it stays a cohort.

``own_counts`` decides from how the text is built, never from the numbers alone:

- a cohort whose count the programme of its sentence (or of the two sentences before, when the cohort's
  sentence points back to it or tells of people taken in) already holds is a duplicate, and is dropped;
- a cohort whose count is the one count of people of a sentence tied so to a described programme that has
  no count gives the programme its count, and is dropped;
- but a programme read only from what people did, with no word of a scheme in its name ("six researchers
  completed research internships at B": the programme is "research internships"), is the people's own
  report: the sentence tells of people and where they were, a mobility figure as much as an intake, and the
  cohort is kept beside the programme. This is the one case where the record keeps both; it is also the
  only reading under which a programme named by the people's activity alone is a programme at all;
- a cohort whose count the learned programme-count model gave a programme from the cohort's sentence, by a margin
  that reaches the model's ``drop_threshold``, is the programme's (``learned_counts.gifts``), and is dropped;
- a cohort whose count a programme of the article holds, told as people going or taken "under / through / within /
  as part of / thanks to the ... programme (scheme, scholarship, exchange, mobility, agreement, grant, quota)", is
  the programme's participants and is dropped (session 15, ``_taken_under_a_holder``), unless the sentence tells of
  people studying somewhere now ("are currently studying at B under ...", "within the programme B hosts 45
  students": a mobility figure) or gives shares of the count after it ("of whom", "including", "12 from X": a total and its parts are
  cohorts);
- a cohort whose count a programme of its sentence holds as a share of a total told before the programme's name ("35
  Kenyan students study at B, 12 of them hold scholarships under the X programme": ``counts.share_before``) is the
  programme's participants and is dropped (session 16); the total stays a cohort.

Nothing here reads the article beyond the sentences a programme and a cohort were found in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgpart.extract.cohorts import is_year, parse_count
from kgpart.extract.doc import Doc
from kgpart.extract.programmes.counts import COUNT, both_sides, share_before
from kgpart.extract.programmes.learned_counts import Gift
from kgpart.extract.programmes.wordings import REFERS_BACK
from kgpart.extract.record import Cohort, Participants, Programme

#: A word of a scheme in a programme's name: the programme is one described or named, not an activity.
_SCHEME_WORD = re.compile(
    r"(?i:program|scheme|scholarship|fellowship|exchange|mobility|degree|diploma|school|course|erasmus|initiative|"
    r"track|pathway|master|bachelor|doctoral|phd|camp|academy|split)"
)
#: The names the first pass gives places counted with no programme named: a quota, a cohort's own figure.
_BARE_PLACES = frozenset({"places", "quota", "scholarships", "grants", "fellowships", "seats", "stipends"})

#: A sentence opening on the people the sentence before counted: "They study under ...", "These students are the first
#: participants of ...".
_THEY_FIRST = re.compile(
    r"^\W*(?:They|All\s+of\s+them|(?:The|These|Those)\s+(?:young\s+|selected\s+|first\s+)?(?:students|researchers|"
    r"scholars|fellows|participants|trainees|teachers|places|scholarships|grants|quotas?|seats))\b"
)

#: A sentence telling of people taken into a programme: "B will admit up to 20 students", "Twenty students will be
#: selected", "the first 12 students will start", "15 students will take part".
_TAKEN_IN = re.compile(
    r"\b(?:admit|admits|admitted|accept|accepts|accepted|enrol|enrols|enroll|enrolls|enrolled|select|selects|selected|"
    r"recruit|recruits|recruited|welcome|welcomes|welcomed|take\s+part|took\s+part|taken\s+part|participate|"
    r"participated|join|joined|be\s+trained|start\s+their|begin\s+their|began\s+their|started\s+their|"
    r"(?:will|to)\s+(?:host|receive|send|study|spend|go|travel))\b",
    re.IGNORECASE,
)


#: People told as taken into the programme itself (not into a place): "took part in the exchange programme",
#: "were selected for the scholarship scheme", "the programme welcomed its first 25 students".
_INTO_THE_PROGRAMME = re.compile(
    r"\b(?:admitted|accepted|enrolled|selected|recruited|took\s+part|taken\s+part|participated|joined|nominated)\s+"
    r"(?:(?:in|into|to|for|on)\s+)?(?:the|this|its|their|a|an)\s+(?:[\w\-’'+]+\s+){0,4}?"
    r"(?:program(?:me)?|scheme|exchange|school|course|scholarship|fellowship|degree|internship)"
    r"|\b(?:admitted|accepted|enrolled|welcomed|received|selected|recruited)\s+its\s+first\b|\bquota\s+of\b"
    # the programme as the subject of what it did: "To date, it has produced 85 graduates", "the scheme has trained 40"
    r"|^\W*(?:[A-Z][^,;]{0,30},\s*)?(?:it|the\s+(?:[\w\-’'+]+\s+){0,3}?(?:program(?:me)?|scheme|exchange|school|course))\s+"
    r"(?:has|have|had)\s+(?:already\s+|so\s+far\s+|since\s+then\s+)?(?:produced|trained|graduated|admitted|enrolled|"
    r"hosted|benefited|benefitted|involved|covered|supported|brought\s+together|welcomed|sent)\b",
    re.IGNORECASE,
)


#: A programme told with the place it runs at: "the summer school at B", "the exchange programme in Japan".
_PROGRAMME_AT_A_PLACE = re.compile(
    r"\b(?:program(?:me)?|scheme|exchange|school|course|internships?)\s+(?:at|in)\s+(?:the\s+)?[A-Z]"
)


def own_counts(
    doc: Doc, programmes: list[Programme], cohorts: list[Cohort], gifts: Sequence[Gift] = ()
) -> list[Cohort]:
    """Return ``cohorts`` without those whose count is a programme's; give such a count to the programme of
    ``programmes`` that has none. ``gifts``: the counts the programme count model gave (``assign_learned_counts``);
    a cohort of one in the sentence it was read from is the programme's when the gift owns it. Then a programme's
    count read as one side's people is both sides' (``counts.both_sides``: "five students from each side" is 10).
    """
    out = _own_counts(doc, programmes, cohorts, gifts)
    both_sides(doc, programmes)
    return out


def _own_counts(
    doc: Doc, programmes: list[Programme], cohorts: list[Cohort], gifts: Sequence[Gift] = ()
) -> list[Cohort]:
    if not programmes or not cohorts:
        return cohorts
    told = [(p, doc.sentence_at(p.evidence.start)) for p in programmes if p.evidence is not None]
    for prog in [p for p in programmes if _a_quota_s(doc, p, cohorts)]:
        programmes.remove(prog)
    given = {(g.count, g.sentence) for g in gifts if g.owns and any(g.programme is p for p in programmes)}
    out: list[Cohort] = []
    for cohort in cohorts:
        if cohort.count is None or cohort.evidence is None:
            out.append(cohort)
        elif (cohort.count, doc.sentence_at(cohort.evidence.start)) in given:
            continue  # the learned count of a programme, read from this sentence with a margin to own it
        elif not _is_the_programmes(doc, cohort, told):
            out.append(cohort)
    held = {p.participants.count for p in programmes if p.participants.count is not None}
    shares = _shares_held(doc, programmes)
    return [
        c
        for c in out
        if c.count not in held
        or not (
            _taken_under_a_holder(doc, c)
            or (c.evidence is not None and (c.count, doc.sentence_at(c.evidence.start)) in shares)
        )
    ]


def _shares_held(doc: Doc, programmes: list[Programme]) -> set[tuple[int, int]]:
    """(count, sentence) of each programme whose count its sentence tells as a share of a total it brought or holds
    ("35 Kenyan students study at B, 12 of them hold scholarships of the X programme"): the share is the named
    programme's participants, not also a cohort (the total stays one)."""
    out = set()
    for prog in programmes:
        count = prog.participants.count
        if count is None or prog.evidence is None:
            continue
        n = doc.sentence_at(prog.evidence.start)
        text = doc.sentences[n].text
        if share_before(text, text.find(prog.name)) == count:
            out.add((count, n))
    return out


#: People told as going or taken under a programme: "30 students went to B through the exchange programme", "under the
#: Erasmus+ scheme, 25 students will spend a semester at B", "as part of the scholarship programme".
_UNDER_A_SCHEME = re.compile(
    r"\b(?:under|through|within|via|as\s+part\s+of|in\s+the\s+framework\s+of|thanks\s+to)\s+"
    r"(?:the|this|a|an|its|their)\s+(?:[\w\-’'+]+\s+){0,5}?(?:program(?:me)?s?|scheme|scholarships?|fellowships?|"
    r"exchanges?|mobility|agreement|initiative|project|grants?|quotas?)\b",
    re.IGNORECASE,
)
#: People studying somewhere now, or a place hosting them: a mobility figure however they came there ("will study", "to
#: study": people a programme sends, its intake; "studied", "hosted": past, the programme's).
_STUDYING_THERE = re.compile(
    r"\b(?:currently|now|at\s+present|presently|this\s+(?:academic\s+)?year)\b"
    r"|(?<!\bwill\s)(?<!\bto\s)(?<!\bcan\s)(?<!\bmay\s)\b(?:study|studying|hosts|hosting)\b",
    re.IGNORECASE,
)
#: Shares of a count told after it: "50 students, of whom 20", "including 12 women", "30 from Ghana and 20 from Togo".
_SHARES_AFTER = re.compile(
    r"\b(?:of\s+(?:whom|them|which)|including|among\s+them|\d+\s+(?:from|of)\s)", re.IGNORECASE
)


def _taken_under_a_holder(doc: Doc, cohort: Cohort) -> bool:
    """True when the sentence of ``cohort`` (whose count a programme holds) tells of people taken or sent under a
    programme, not of people studying somewhere, and gives no shares of the count after it nor another count."""
    if cohort.evidence is None:
        return False
    text = doc.sentences[doc.sentence_at(cohort.evidence.start)].text
    at = text.find(str(cohort.count))
    return (
        _UNDER_A_SCHEME.search(text) is not None
        and _STUDYING_THERE.search(text) is None
        and _SHARES_AFTER.search(text, max(at, 0)) is None
        and not _counts_in(text) - {cohort.count}
    )


#: Who runs a programme of study with another.
_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute"})


def _kind_of(doc: Doc, name: str) -> str | None:
    """The type of the organisation called ``name``, if the article knows it."""
    i = doc.find_org(name)
    return doc.orgs[i].type if i is not None else None


def _a_quota_s(doc: Doc, prog: Programme, cohorts: list[Cohort]) -> bool:
    """True when ``prog`` is places counted with no programme named ("the Government allocated 1,200 quota places for
    citizens of X in Russian universities") and a cohort of its sentence holds the same count: a quota, the cohort's."""
    if prog.name.lower() not in _BARE_PLACES or prog.participants.count is None or prog.evidence is None:
        return False
    if sum(1 for p in prog.partners if _kind_of(doc, p) in _INSTITUTIONS) >= 2:
        # "A will offer 12 places to students of B": places two institutions exchange, a programme
        return False
    n = doc.sentence_at(prog.evidence.start)
    return any(
        c.count == prog.participants.count
        and c.evidence is not None
        and doc.sentence_at(c.evidence.start) == n
        for c in cohorts
    )


def _is_the_programmes(doc: Doc, cohort: Cohort, told: list[tuple[Programme, int]]) -> bool:
    """True when ``cohort``'s count belongs to a programme of ``told`` (which takes it when it had none)."""
    assert cohort.evidence is not None
    k = doc.sentence_at(cohort.evidence.start)
    near = [
        (p, s)
        for p, s in told
        if s <= k <= s + 2 or (s == k + 1 and _THEY_FIRST.match(doc.sentences[s].text))
    ]
    if not near:
        return False
    text = doc.sentences[k].text
    if cohort.status != "planned" and not _INTO_THE_PROGRAMME.search(text):
        # "600 students from X are studying at B under the Y programme", "40 students joined B under the exchange
        # programme": a figure of people at a place
        return False
    if _PROGRAMME_AT_A_PLACE.search(text) or _counts_in(text) - {cohort.count}:
        # "took part in the summer school at B": people at B, a cohort there; "will host 12 students and 6 staff":
        # more than one group counted, which is whose the construction does not tell
        return False
    same = [p for p, s in near if p.participants.count == cohort.count and _tied(doc, k, s, near)]
    if same:
        return all(_described(p) for p in same)
    lacking = [
        p for p, s in near if p.participants.count is None and _described(p) and _tied(doc, k, s, near)
    ]
    if len(lacking) != 1 or not _at_a_partner(doc, k, cohort, lacking[0]):
        return False
    lacking[0].participants = Participants(cohort.count, cohort.who)
    return True


def _described(prog: Programme) -> bool:
    """True when ``prog`` is a programme named or described as a scheme, not only what people did."""
    if prog.name.lower() in _BARE_PLACES:
        return False
    return prog.name[:1].isupper() or _SCHEME_WORD.search(prog.name) is not None


def _tied(doc: Doc, k: int, s: int, near: list[tuple[Programme, int]]) -> bool:
    """True when sentence ``k`` tells of the programme of sentence ``s``: it is that sentence, or a sentence after
    it with no programme of its own between that points back to it or tells of people taken in."""
    if k == s:
        return sum(1 for _, t in near if t == k) == 1
    if s == k + 1:
        # "Thirty students came to B. They study under the X programme."
        return sum(1 for _, t in near if t == s) == 1
    if any(s < t <= k for _, t in near):
        return False
    text = doc.sentences[k].text
    back = REFERS_BACK.search(text)
    return (
        (back is not None and back.start() <= 60)
        or _TAKEN_IN.search(text) is not None
        or _INTO_THE_PROGRAMME.search(text) is not None
    )


def _at_a_partner(doc: Doc, k: int, cohort: Cohort, prog: Programme) -> bool:
    """True when the sentence of ``cohort`` names no organisation outside ``prog``'s partners and the cohort is at
    one of them (or at no institution): the people are the programme's, not a figure of another body."""
    names = {doc.orgs[i].name for i in doc.orgs_in(k)}
    if not names <= set(prog.partners):
        return False
    at = cohort.at
    return at is None or at in prog.partners or doc.find_org(at) is None


def _counts_in(text: str) -> set[int]:
    """The counts of people ``text`` gives (years left out)."""
    found = set()
    for match in COUNT.finditer(text):
        num = match.group("num")
        if not is_year(num.strip()) and (count := parse_count(num)):
            found.add(count)
    return found

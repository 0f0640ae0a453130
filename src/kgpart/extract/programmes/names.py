"""When a name found is no programme's, and when two names are one programme's.

Shared by the first pass and the rules that complete it: a name that is an agency or a state's policy
(``AGENCY_OR_POLICY``) or lies inside an organisation's longer name (``inside_org``) is none, and two
names are compared by ``norm`` when a programme told twice is merged.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.learned_places import count_span
from kgpart.extract.doc import Doc
from kgpart.extract.record import Cohort, Programme

#: Names ending in Programme that are no programme of study: United Nations agencies, and a state's policy
#: named by its level alone ("the State Programme for the Development of Education").
AGENCY_OR_POLICY = re.compile(
    r"(?:United\s+Nations|UN|World\s+Food)\b|(?:State|National|Government|Federal|Regional|Presidential)\s+"
    r"Program(?:me)?$"
)


#: A joint body by its name's head: "a joint laboratory", "the joint research centre", "a joint engineering institute".
_JOINT_BODY = re.compile(r"(?i:institutes?|laborator(?:y|ies)|labs?|centres?|centers?)$")


#: Teachers who visit another institution: "(visiting) professors | lecturers | fellows" (``missed._VISITING``).
VISITING_WHO = r"professors?|lecturers?|scholars?|researchers?|fellows?|teachers?|faculty"

#: The names ``missed.visiting`` gives teachers of one institution teaching at another: "visiting professors".
_VISITING_TEACHERS = re.compile(rf"visiting (?:{VISITING_WHO})")


def without_ties_as_programmes(programmes: list[Programme]) -> list[Programme]:
    """``programmes`` less the bodies and visits told as programmes that are ties of their partners, not programmes
    people take part in (the record keeps the ties ``programme_partnerships`` derived from them):

    - a joint body told with no people counted: "A and B opened a joint laboratory for materials science"; "a joint
      institute that admits 60 students a year" is one. Over the fourteen labelled sets (session 17) such bodies were a
      programme of the gold in none of 8;
    - a branch campus told with no people counted: "A branch of B will open in Astana", "B opened its branch campus in
      C"; "The branch will admit 300 students" is one. Over G2-G12 (session 18) 0 of 4 uncounted branches were a gold
      programme, 3 of 3 counted ones were;
    - teachers of one institution visiting another: "A will host three visiting professors from B" (the genre's briefs
      list a visiting professor scheme among what implies a tie); over the fifteen sets 0 of 4 were a gold programme.
      A scheme named as one ("a visiting professor programme") is read by the first pass and stays;
    - the mobility an agreement is on, never counted: "A and B signed a protocol on academic mobility" tells of the
      agreement's subject; "Under the protocol, 20 students will study at B" counts it, and then it stays. Over the
      fifteen sets 0 of 5 such were a gold programme."""
    return [
        p
        for p in programmes
        if not (
            p.participants.count is None
            and (
                (p.kind == "joint" and _JOINT_BODY.search(p.name) is not None)
                or (p.kind == "joint" and p.name.lower().startswith("branch"))
                or (p.kind == "exchange" and p.name == "academic mobility")
            )
        )
        and not (p.kind == "other" and _VISITING_TEACHERS.fullmatch(p.name))
    ]


def without_cohort_counts_told_again(programmes: list[Programme], cohorts: list[Cohort]) -> list[Programme]:
    """``programmes`` less a pair's later programme that holds only a cohort's count from another sentence.

    "A and B signed a double degree agreement in 2021, and 12 students joined it. The partners also launched an
    exchange programme. Over the past year 27 students of A studied at B." The exchange programme, told with no
    figure of its own after an earlier programme of the same partners (or more) with another count, takes 27 from a
    sentence the cohort readers read as 27 students at B: one count with two owners, and the gold keeps a count
    once. A programme whose own sentence writes the count ("Under the exchange programme, 27 students ...") or the
    pair's only or first told programme keeps it. Over the eighteen labelled sets (session 21) 8 of 9 such
    programmes were no gold programme."""
    told: dict[int, set[int]] = {}
    for cohort in cohorts:
        if cohort.count is not None and cohort.evidence is not None:
            told.setdefault(cohort.count, set()).add(cohort.evidence.start)
    if not told or len(programmes) < 2:
        return programmes
    out = []
    for prog in programmes:
        count, ev = prog.participants.count, prog.evidence
        if (
            count is not None
            and count in told
            and ev is not None
            and prog.partners
            and ev.start not in told[count]
            and count_span(ev.sentence, count) is None
            and any(
                p.evidence is not None
                and p.evidence.start < ev.start
                and set(prog.partners) <= set(p.partners)
                and p.participants.count != count
                for p in programmes
            )
        ):
            continue
        out.append(prog)
    return out


#: A programme one side gives, by its name: its giver may be a state the record holds as no organisation.
_GIVEN = re.compile(r"(?i:scholarship|fellowship|grant|award|stipend|bursar|places|quota|seats)")


def without_runners(programmes: list[Programme]) -> list[Programme]:
    """``programmes`` less those of no partner and no name of their own ("an exchange", "a double master's degree", "a
    summer school" that no organisation of the record runs): "Each year five students from each university spend a
    semester abroad" in a story whose universities the reader did not tie to it. Places, scholarships and quotas stay (a
    state gives them, often named as no organisation: "Hungary offers 200 places"); so do named programmes ("the MEXT
    scholarship", "the Erasmus+ programme"). Over the fourteen labelled sets (session 17) such programmes matched no gold
    programme (7 of 7)."""
    return [p for p in programmes if p.partners or p.name[:1].isupper() or _GIVEN.search(p.name) is not None]


def inside_org(doc: Doc, n: int, start: int, end: int) -> bool:
    """True when characters ``start``-``end`` of the article lie inside a longer name of an organisation."""
    for m in doc.org_mentions_in(n):
        if m.start > start:
            continue
        org = doc.orgs[m.index]
        if any(
            doc.text.startswith(form, m.start) and m.start + len(form) > end
            for form in (org.name, *org.aliases)
        ):
            return True
    return False


def norm(name: str) -> str:
    """A name as compared: case folded, punctuation dropped."""
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


#: Who runs a programme of study with another.
_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute"})


#: A programme named as one of study, not an arrangement or an agreement: "double degree programme", "joint master's".
_A_PROGRAMME_OF_STUDY = re.compile(r"(?i:program|master|bachelor|phd|doctoral|mba)")


def another_pair(doc: Doc, old: Programme, new: Programme) -> bool:
    """True when ``new`` is a second programme of ``old``'s kind run by another pair, not ``old`` told again: each is
    run by two or more and each has an institution the other lacks ("A runs a double degree programme with B. It also
    launched a double degree programme with C."; "A and B launched a joint master's; C and D launched one too"), and
    ``new`` is named as a programme of study (a "double degree arrangement" told in passing is a tie, not a programme);
    or when ``new`` is told as one more of the kind with a count of its own (``another_of_the_kind``).
    """
    if old.kind != new.kind:
        return False
    if another_of_the_kind(old, new):
        return True
    if len(old.partners) < 2 or len(new.partners) < 2:
        return False
    new_only = [p for p in new.partners if p not in old.partners]
    old_only = [p for p in old.partners if p not in new.partners] if new_only else []
    if not old_only or not _A_PROGRAMME_OF_STUDY.search(new.name):
        return False  # "the third double degree arrangement of A, after those with B and C": ties told in passing
    return _has_institution(doc, new_only) and _has_institution(doc, old_only)


#: Words that tell a programme as one more of its kind: "another", "a second", "a new", "also", "in addition".
_ANOTHER = re.compile(r"(?i)\b(?:another|second|third|new|also|additional|further|in addition|besides)\b")

#: A determiner that tells a programme again: "the double degree programme", "this programme", "its exchange".
_AGAIN = re.compile(r"(?i)\b(?:the|this|that|these|its|their|such|same)\s+(?:[\w'’-]+\s+){0,1}$")


#: The field a programme is told in: "a double degree programme in chemistry", ", in law,".
_FIELD = re.compile(r",?\s+in\s+([A-Za-z][a-z]+(?:\s+[a-z]+)?)")


def another_of_the_kind(old: Programme, new: Programme) -> bool:
    """True when ``new``, of ``old``'s kind, is a second programme and not ``old`` told again: each has its own count
    and ``new``'s sentence, another one, tells it as one more ("A and B run a double degree in economics for 10
    students. A second double degree, in chemistry, admits 15."; "The universities also opened a joint master's in
    biology, which admitted 8 students."); "So far, 45 students have completed the double degree programme" tells
    ``old`` again."""
    a, b = old.participants.count, new.participants.count
    if a is None or b is None or a == b or old.evidence is None or new.evidence is None:
        return False
    if old.evidence.start == new.evidence.start:
        return False
    sentence = new.evidence.sentence
    at = sentence.lower().find(new.name.lower())
    if at < 0:
        return False
    before = sentence[:at]
    if _AGAIN.search(before):
        return False
    if _ANOTHER.search(sentence, 0, at + len(new.name)):
        return True
    # "This year a double degree programme in chemistry opened": a field the first one's sentence does not tell
    field = _FIELD.match(sentence, at + len(new.name))
    return field is not None and field.group(1).lower() not in old.evidence.sentence.lower()


def _has_institution(doc: Doc, names: list[str]) -> bool:
    """True when one of ``names`` is an institution of study the article knows."""
    for name in names:
        i = doc.find_org(name)
        if i is not None and doc.orgs[i].type in _INSTITUTIONS:
            return True
    return False

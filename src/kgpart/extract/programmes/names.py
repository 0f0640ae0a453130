"""When a name found is no programme's, and when two names are one programme's.

Shared by the first pass and the rules that complete it: a name that is an agency or a state's policy
(``AGENCY_OR_POLICY``) or lies inside an organisation's longer name (``inside_org``) is none, and two
names are compared by ``norm`` when a programme told twice is merged.
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc

#: Names ending in Programme that are no programme of study: United Nations agencies, and a state's policy
#: named by its level alone ("the State Programme for the Development of Education").
AGENCY_OR_POLICY = re.compile(
    r"(?:United\s+Nations|UN|World\s+Food)\b|(?:State|National|Government|Federal|Regional|Presidential)\s+"
    r"Program(?:me)?$"
)


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

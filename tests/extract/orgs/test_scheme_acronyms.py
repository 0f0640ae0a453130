"""An acronym the text defines in brackets for a scholarship, programme or scheme ("the Global Korea Scholarship
(GKS)", "the ITEC Programme") names the scheme, not a body: used alone later ("GKS covers tuition", "a grant
from GKS and DAAD") it is no organisation. A body's acronym ("the Japan International Cooperation Agency (JICA)",
"the United Nations Development Programme (UNDP)") stays one."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "Ten students of Ghent University won the Global Korea Scholarship (GKS) this year. "
            "GKS covers tuition and a monthly stipend.",
            "GKS",
        ),
        (
            "Students of Ghent University may apply for the Emerging Leaders in the Americas Program (ELAP). "
            "ELAP funded 12 students last year.",
            "ELAP",
        ),
        (
            "The Indian Technical and Economic Cooperation (ITEC) Programme trains officials. "
            "Ghent University signed an agreement with ITEC and Kyoto University.",
            "ITEC",
        ),
        (
            "The Chevening Scholarships (CS) are awarded every year. "
            "A delegation of Ghent University met CS and Kyoto University staff.",
            "CS",
        ),
        (
            "Six students received the Mevlana Exchange Programme (MEP) grants. "
            "MEP provided travel grants to Ghent University students.",
            "MEP",
        ),
    ],
)
def test_a_schemes_acronym_is_no_organisation(text: str, acronym: str) -> None:
    names = [o.name for o in extract_text(text).organizations]
    assert acronym not in names, names
    assert "Ghent University" in names, names


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "The Japan International Cooperation Agency (JICA) funded the project. JICA signed with Ghent University.",
            "JICA",
        ),
        (
            "The United Nations Development Programme (UNDP) supported the centre. "
            "UNDP signed a memorandum with Ghent University.",
            "UNDP",
        ),
        (
            "DAAD offers scholarships to students of Ghent University under the Global Korea Scholarship (GKS).",
            "DAAD",
        ),
    ],
)
def test_a_bodys_acronym_stays(text: str, acronym: str) -> None:
    orgs = extract_text(text).organizations
    names = [n for o in orgs for n in (o.name, *o.aliases)]
    assert acronym in names, names

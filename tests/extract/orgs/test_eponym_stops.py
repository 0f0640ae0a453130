"""An eponym cut off by a stray full stop: "Osh State University. A. Adyshev", "University named
after. K. Tynystanov" (issue #11, item 6). The initial and the name stay in the sentence and in the
organisation's name.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tomsk works with Osh State University. A. Adyshev and Naryn State University.",
        "Tomsk works with Issyk-Kul State University named after. K. Tynystanov.",
        "Tomsk works with Naryn Pedagogical Institute. S. Naamatov; the ties are old.",
        "Tomsk works with Talas University named after. A.B. Kadyrov and others.",
    ],
)
def test_an_eponym_after_a_stray_stop_does_not_end_the_sentence(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends with an institution, then one that begins with a person
        "The guests left the University. J. Smith, the rector, stayed behind.",
        "They visited the Institute. A.B. Petrov greeted them.",
        "He studied at the university. J. Smith said it was good.",
        # "after" without "named"
        "We met after. K. Lee left early.",
    ],
)
def test_a_real_sentence_end_before_an_initial_stays(text: str) -> None:
    assert len(_texts(text)) == 2


def test_both_universities_with_stray_stops_are_partners() -> None:
    record = extract_text(
        "Ural Federal University cooperates with Osh State University. A. Adyshev and "
        "Issyk-Kul State University named after. K. Tynystanov.",
        published="2024-05-10",
    )
    orgs = {o.name: o.aliases for o in record.organizations}
    assert "Osh State University. A. Adyshev" in orgs["Osh State University"]
    assert "Issyk-Kul State University named after K. Tynystanov" in orgs
    pairs = [sorted(p.between) for p in record.partnerships]
    assert ["Osh State University", "Ural Federal University"] in pairs
    assert ["Issyk-Kul State University named after K. Tynystanov", "Ural Federal University"] in pairs

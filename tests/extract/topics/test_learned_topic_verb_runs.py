"""The learned topic model's candidates are noun phrases: a run right after a modal verb begins with a verb
("we can exchange cadets") and is no candidate. Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract.topics.learned import candidates
from support.extracted import doc_with_entities


@pytest.mark.parametrize(
    ("sentence", "verb_run", "noun_run"),
    [
        (
            "Under the agreement the academies can exchange pilots for courses in marine navigation.",
            "exchange pilots",
            "marine navigation",
        ),
        (
            "The partners will offer summer schools in marine ecology.",
            "offer summer schools",
            "marine ecology",
        ),
        (
            "Both institutes should share seismic data under the cooperation accord.",
            "share seismic data",
            "seismic data",
        ),
        (
            "The memorandum says students may attend courses in soil science.",
            "attend courses",
            "soil science",
        ),
    ],
)
def test_a_run_after_a_modal_is_no_candidate(sentence: str, verb_run: str, noun_run: str) -> None:
    doc = doc_with_entities(f"Cooperation\n\nThe rector met the Ambassador of Chile. {sentence}")
    found = {c.text for c in candidates(doc, [])}
    assert verb_run not in found, found
    if noun_run != verb_run.split(" ", 1)[-1]:
        assert noun_run in found, found

"""Fields as what is taught ("students will be taught robotics", "the school teaches Korean"), as what the parties
will develop or conduct ("the universities will develop joint curricula"), as the field of a training for some
people ("training for Afghan women in midwifery"), as what students somewhere study ("students in Cyprus study
engineering"), and a nation's week of culture in lower case ("a week of Indonesian culture"); a commission, the
talks or a report are no field. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_LEAD = (
    "Rector of Pacific Coast University Maria Santos received a delegation of Daugava Technical University. "
)


def _found(text: str) -> list[str]:
    return [t.label.lower() for t in extract_text(_LEAD + text).topics]


def _has(found: list[str], label: str) -> bool:
    """The scorer's reading: the label itself, or one holding it, or one it holds."""
    return any(label == f or label in f or (len(f) > 3 and f in label) for f in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is taught
        ("Students will be taught robotics and programming.", ["robotics", "programming"]),
        ("At the new centre, cadets are taught navigation and maritime law.", ["navigation", "maritime law"]),
        ("The summer school teaches Korean calligraphy and history.", ["korean calligraphy"]),
        ("Visiting lecturers will teach data analytics at the partner campus.", ["data analytics"]),
        # what the parties will develop, conduct or implement
        (
            "The two universities will also develop joint curricula in logistics.",
            ["joint curricula", "logistics"],
        ),
        ("The partners will jointly implement research projects in hydrology.", ["hydrology"]),
        ("They will conduct joint studies of glacier melt.", ["glacier melt"]),
        ("The institutes will co-publish monographs on steppe ecology.", ["steppe ecology"]),
        # the field of a training for some people
        ("The university provides training for Afghan women in midwifery.", ["midwifery"]),
        ("Courses for nurses in paediatric care will open in March.", ["paediatric care"]),
        ("The embassy funds scholarships for young Ghanaians in petroleum geology.", ["petroleum geology"]),
        # what students somewhere study
        ("Most Nigerian students in Cyprus study engineering and business.", ["engineering", "business"]),
        ("Students from Nepal mainly study nursing and pharmacy.", ["nursing", "pharmacy"]),
        ("Graduates at the branch campus studied civil engineering.", ["civil engineering"]),
        # a week, a festival, an evening of a nation's culture, in lower case
        ("A week of Indonesian culture was held at the university.", ["indonesian culture"]),
        ("The embassy organised a festival of Vietnamese cuisine.", ["vietnamese cuisine"]),
        ("Students attended an evening of Kyrgyz poetry.", ["kyrgyz poetry"]),
    ],
)
def test_fields_taught_planned_and_studied(sentence: str, expected: list[str]) -> None:
    found = _found(sentence)
    assert all(_has(found, label) for label in expected), found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("They will hold talks with the ministry.", "talks"),
        ("The partners will prepare a report by December.", "report"),
        ("Both parties will establish a joint commission.", "joint commission"),
        ("The sides agreed to set up an intergovernmental committee.", "intergovernmental committee"),
        ("The volunteers were taught how to use the new equipment.", "new equipment"),
        ("The professor teaches more than 300 students a year.", "students a year"),
        ("Internships for medical students in Cuban hospitals are planned.", "cuban hospitals"),
        ("Training for teachers in the northern provinces continues.", "northern provinces"),
    ],
)
def test_bodies_papers_and_places_are_no_fields(sentence: str, absent: str) -> None:
    found = _found(sentence)
    assert absent not in found, found

"""Topics named as a priority or a focus: "the focus will be on X", "priority is given to Y", "identified X and
Y as priority areas", "X was among the topics discussed", "X is a top priority", "among the key areas are Z".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_LEAD = (
    "Rector of Pacific Coast University Maria Santos received a delegation of Daugava Technical University. "
)


def _found(text: str) -> list[str]:
    return [t.label for t in extract_text(_LEAD + text).topics]


def _has(found: list[str], label: str) -> bool:
    """The scorer's reading: the label itself, or one holding it, or one it holds."""
    low = [f.lower() for f in found]
    return any(label == f or label in f or (len(f) > 3 and f in label) for f in low)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the focus of a tie, said with "be on"
        (
            "The focus of the partnership will be on renewable energy and hydrogen technologies.",
            ["renewable energy", "hydrogen technologies"],
        ),
        ("The focus is on climate adaptation in arid regions.", ["climate adaptation"]),
        ("In the first year the main focus will be on paediatric surgery.", ["paediatric surgery"]),
        (
            "The focus of the new memorandum is on cybersecurity and cryptography.",
            ["cybersecurity", "cryptography"],
        ),
        # priority given to a field
        (
            "Under the memorandum, priority is given to marine biology and oceanography.",
            ["marine biology", "oceanography"],
        ),
        ("Priority will be given to agricultural biotechnology.", ["agricultural biotechnology"]),
        ("The two institutes gave top priority to vaccine development.", ["vaccine development"]),
        ("Special priority has been given to geothermal energy.", ["geothermal energy"]),
        # fields named as priorities by the sides, active voice
        (
            "The sides identified artificial intelligence and robotics as priority areas.",
            ["artificial intelligence", "robotics"],
        ),
        (
            "The rectors named tourism and hospitality as promising areas for cooperation.",
            ["tourism", "hospitality"],
        ),
        ("Both sides singled out mining engineering as a key field.", ["mining engineering"]),
        ("The ministers see desalination and irrigation as strategic areas.", ["desalination", "irrigation"]),
        # a field among the topics of a meeting
        ("Water diplomacy was among the topics discussed.", ["water diplomacy"]),
        (
            "Nuclear safety and radiation medicine were among the issues raised.",
            ["nuclear safety", "radiation medicine"],
        ),
        ("Teacher training is one of the questions considered by the commission.", ["teacher training"]),
        # a field that is a priority
        ("Digital transformation is a priority for both institutions.", ["digital transformation"]),
        ("Energy efficiency remains a top priority of the partnership.", ["energy efficiency"]),
        ("For the embassy, vocational education is a key priority.", ["vocational education"]),
        # the areas named after "among the ... areas are"
        (
            "Among the focus areas are epidemiology and vaccine research.",
            ["epidemiology", "vaccine research"],
        ),
        (
            "Among the priority directions are logistics and transport engineering.",
            ["logistics", "transport engineering"],
        ),
        (
            "Among the key topics of the forum were food safety and animal health.",
            ["food safety", "animal health"],
        ),
        (
            "Focus areas include nanotechnology, biomedicine and materials science.",
            ["nanotechnology", "biomedicine"],
        ),
    ],
)
def test_fields_named_as_priorities(sentence: str, expected: list[str]) -> None:
    found = _found(sentence)
    assert all(_has(found, label) for label in expected), found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a party named as a partner is no field
        ("The rectors named Ghana as a key partner in the region.", ["ghana"]),
        ("The minister identified the university as a strategic partner.", ["university"]),
        # the focus of a meeting on its own steps
        ("The focus of the talks was on the next steps.", ["next steps", "steps"]),
        ("Priority will be given to the applications of the partner universities.", ["partner universities"]),
        # "as a key element": a list before it is no list of priority fields
        (
            "The envoy stressed that the growth of beekeeping, aquaculture, and forestry is viewed by Ghana as a key "
            "element of rural welfare.",
            ["forestry", "aquaculture"],
        ),
        ("He noted that quarries and sawmills are regarded as the main source of income.", ["sawmills"]),
    ],
)
def test_parties_and_steps_named_as_priorities_are_no_fields(sentence: str, absent: list[str]) -> None:
    found = [f.lower() for f in _found(sentence)]
    assert not set(absent) & set(found), found

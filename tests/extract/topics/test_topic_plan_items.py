"""Topics (issue #11 item 9): the items of lists of plans and interests, fields as short noun phrases,
and phrases that name no field. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = (
    "Rector of Tallinn University of Technology Mart Kask met the delegation of Kyoto Institute of Design. "
)


_topics = partial(topic_labels, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Proposals were made to carry out joint research projects, to publish textbooks together "
            "and to hold joint conferences.",
            {"joint research projects", "textbooks", "joint conferences"},
        ),
        (
            "The parties agreed to develop double degree programmes and to expand student exchanges.",
            {"double degree programmes", "student exchanges"},
        ),
        (
            "Both sides intend to organise art exhibitions, to conduct language courses and to open a Korean corner.",
            {"art exhibitions", "language courses"},
        ),
        (
            "Both universities are interested in joint supervision of PhD students and visiting professorships.",
            {"joint supervision of PhD students", "visiting professorships"},
        ),
    ],
)
def test_the_items_of_a_plan_or_an_interest_are_topics(sentence: str, expected: set[str]) -> None:
    assert expected <= set(_topics(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "They also discussed the development of the university and its future.",
        "The parties agreed to meet again primarily.",
    ],
)
def test_words_that_name_no_field_are_no_topics(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(t in ("university and its future", "development", "primarily") for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # praise of the people trained is no part of the field
        ("The sides discussed the training of highly qualified specialists.", "training of specialists"),
        ("The parties spoke about the training of competent personnel.", "training of personnel"),
        ("Cooperation in the training of skilled engineers was discussed.", "training of engineers"),
        # an abbreviated field in a list
        ("The sides agreed to strengthen cooperation in agriculture, medicine and IT.", "IT"),
    ],
)
def test_a_topic_is_the_field_without_praise(sentence: str, expected: str) -> None:
    assert expected in _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The parties discussed cooperation in the research field.", "research cooperation"),
        ("They spoke about partnership in the medical sphere.", "medical partnership"),
        (
            "The sides discussed specific steps to launch new joint educational programmes.",
            "joint educational programmes",
        ),
        ("The two universities discussed concrete measures for student exchange.", "student exchange"),
        (
            "The partners intend to arrange a collective art exhibition featuring works of young painters.",
            "collective art exhibition",
        ),
        (
            "The ambassador expressed interest in training technical personnel in the universities of Japan.",
            "training technical personnel",
        ),
        ("Proposals were made to carry out joint projects in cooperation.", "joint projects"),
        ("The mayor wants to promote economic and trade ties with Estonia.", "economic and trade ties"),
        ("A memorandum on sister city ties was signed in May.", "sister city ties"),
        ("Both sides praised the tourism cooperation of the two regions.", "tourism cooperation"),
        ("The parties agreed to expand cooperation in higher education.", "higher education"),
    ],
)
def test_a_field_is_read_as_a_short_noun_phrase(sentence: str, expected: str) -> None:
    assert expected in _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_a_topic"),
    [
        # an office named by its field
        (
            "The counsellor for education and science of the embassy Aida Berik took part.",
            "education and science",
        ),
        ("Vice-Rector for academic mobility Jaan Tamm opened the session.", "academic mobility"),
        # a field that names a kind of institution
        ("He told the guests about the higher education institutions of Estonia.", "higher education"),
        (
            "Kyoto Institute of Design is one of the leading higher education establishments in Asia.",
            "higher education",
        ),
        # a link qualified by its manner, not its field
        ("At the end, the parties agreed to continue active cooperation.", "active cooperation"),
        (
            "The mayor and the rector discussed promising areas of cooperation.",
            "promising areas of cooperation",
        ),
        ("The two countries enjoy historical relations.", "historical relations"),
        # what was done at the meeting
        (
            "The parties agreed to implement the plan and exchanged memorable gifts.",
            "exchanged memorable gifts",
        ),
        ("The students talked about their impressions of Estonia.", "impressions of Estonia"),
    ],
)
def test_phrases_that_name_no_field_are_no_topic(sentence: str, not_a_topic: str) -> None:
    assert not_a_topic not in _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The project supports capacity building at both universities.", "capacity building"),
        ("A grant will fund curriculum development in robotics.", "curriculum development"),
        ("Experts shared their experience in quality assurance.", "quality assurance"),
        ("The universities will offer distance learning to their students.", "distance learning"),
        ("Estonia is interested in vocational education and dual training.", "vocational education"),
        ("Staff exchange between the two universities resumed this year.", "staff exchange"),
        ("The researchers prepared joint publications in leading journals.", "joint publications"),
        ("The rector invited visiting professors from Japan.", "visiting professors"),
        ("An art exhibition of students' works opened in May.", "art exhibition"),
        ("The museum presented the cultural heritage of Estonia.", "cultural heritage"),
    ],
)
def test_fields_the_genre_names_in_passing(sentence: str, expected: str) -> None:
    assert expected in _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_a_topic"),
    [
        ("He visited vocational training schools in Tartu.", "vocational training"),
        ("The rector spoke about vocational education colleges of the region.", "vocational education"),
    ],
)
def test_a_field_before_schools_or_colleges_names_institutions(sentence: str, not_a_topic: str) -> None:
    assert not_a_topic not in _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Interest was expressed in participating in olympiads and forums organised by the university.",
            "olympiads and forums",
        ),
        ("Special attention was paid to joint laboratories.", "joint laboratories"),
        ("The rector paid particular attention to establishing startup incubators.", "startup incubators"),
    ],
)
def test_more_cues_before_a_field(sentence: str, expected: str) -> None:
    assert expected in _topics(sentence)


def test_bare_links_are_no_topic() -> None:
    found = _topics(
        "Special attention was paid to establishing connections with the business circles of Tartu."
    )
    assert "connections" not in found


def test_two_fields_that_share_a_word_are_one_topic() -> None:
    found = _topics(
        "The parties discussed cooperation in the field of academic exchange of students and staff."
    )
    assert "exchange of students" not in found
    assert any(t.startswith("academic exchange of students") for t in found), found


@pytest.mark.parametrize(
    ("sentence", "not_a_topic"),
    [
        ("Tartu is the science and technology capital of Estonia.", "science and technology"),
        (
            "The city hosts a biotechnology park and an artificial intelligence hub.",
            "artificial intelligence",
        ),
    ],
)
def test_a_field_before_capital_hub_or_park_names_a_place(sentence: str, not_a_topic: str) -> None:
    assert not_a_topic not in _topics(sentence)

"""Labels that name no field of the news, whatever source gave them (bench/README "Topics (session 19)"):
- what a scholarship or a stay pays for ("the scholarship covers tuition, accommodation and a monthly stipend"):
  the costs are details of a grant, no field ("tuition fees" stay: talks discuss them as a matter of policy);
- a level of study alone ("students will pursue bachelor's degrees", "master's and doctoral studies"): the field
  is what they study, the level is the programme's;
- a span of time ("one year in Almaty", "the first two years", "before the end of the year") and the time a tie
  has lasted after its field ("partners in engineering for decades" is engineering);
- a word of no field read alone after an infinitive ("ready to do more", "meant to change that");
- a person's office or a press item ("the ambassador", "the Deputy Minister of Education", "the press office");
- an act, a verb of doing first ("connecting the university with industry", "co-funding the summer school").

Every text here is our own writing."""

from __future__ import annotations

import pytest

from support.extracted import lower_topic_labels as _lower


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        # what a grant pays for
        (
            "The grant, which covers tuition and a monthly allowance, is open to engineering students.",
            "tuition",
        ),
        (
            "The grant, which covers tuition and a monthly allowance, is open to engineering students.",
            "allowance",
        ),
        ("The award, which covers tuition fees and health insurance, is open to nurses.", "health insurance"),
        ("The fellowship, which covers accommodation and a monthly stipend, starts in May.", "accommodation"),
        ("The fellowship, which covers accommodation and a monthly stipend, starts in May.", "stipend"),
        ("The rectors discussed the accommodation of Kenyan students.", "accommodation"),
        ("The rectors discussed the conditions of accommodation of foreign students.", "accommodation"),
        # a level of study alone
        ("Students will pursue bachelor's degrees at Lakeside University.", "bachelor"),
        ("The students will pursue master's and doctoral studies in Japan.", "master"),
        ("The students will pursue master’s and doctoral degrees at Lakeside University.", "master"),
        ("Graduates of the college will pursue a master's degree at Lakeside University.", "master"),
        ("Students will pursue bachelor's degrees in Almaty.", "bachelor"),
        # spans of time
        ("Kazakh students will study for one year in Almaty.", "year"),
        ("The rectors discussed the first five years of the partnership.", "years"),
        ("The rectors said the agreement was extended for five more years.", "years"),
        ("The rectors agreed to sign a plan before the end of the year.", "end of the year"),
        ("The two universities have been partners in engineering for decades.", "decades"),
        ("The two universities have collaborated in hydrology for many years.", "years"),
        # a word of no field alone
        ("The rectors said they were ready to do more.", "more"),
        ("The rector said the partnership was meant to change that.", "change"),
        # an act, not its field
        ("The rector spoke about connecting the university with industry.", "connecting"),
        ("The rectors discussed co-funding the summer school.", "co-funding"),
        ("The rectors discussed describing the new campus in the brochure.", "describing"),
        # a person's office, a press item
        ("The rectors discussed the visit of the ambassador.", "ambassador"),
        ("The talks focused on the Deputy Minister of Education.", "minister"),
        ("The rectors discussed the embassy press release.", "press release"),
    ],
)
def test_a_label_of_no_field_is_no_topic(text: str, junk: str) -> None:
    """Costs, levels, spans of time, words after an infinitive, offices and acts: no topic."""
    assert not any(junk in label for label in _lower(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the field stays where its time goes
        ("The two universities have been partners in engineering for decades.", "engineering"),
        ("The two universities have collaborated in hydrology for many years.", "hydrology"),
        # a field beside a cost, a level with its field, a year that is a programme's
        ("The agreement covers tuition-free education and joint research.", "joint research"),
        ("Ten students will pursue master's degrees in data science.", "data science"),
        (
            "The rectors discussed the Japanese language preparatory year.",
            "japanese language preparatory year",
        ),
        ("The rectors discussed tuition-free education.", "tuition-free education"),
        ("The rectors discussed tuition fees and credit transfer.", "tuition fees"),
        ("The rectors discussed capacity building in nursing.", "capacity building in nursing"),
        ("The talks focused on teaching Chinese.", "teaching chinese"),
        ("The rectors discussed expanding exchanges between the two universities.", "exchanges"),
        ("The rectors discussed undergraduate studies in nursing.", "nursing"),
        (
            "Students will pursue master's degrees in Data Science at Lakeside.",
            "master's degrees in data science",
        ),
        ("The rectors discussed doctoral studies in Education.", "doctoral studies in education"),
        ("The rectors discussed the exchange of students and teachers.", "exchange of students and teachers"),
    ],
)
def test_fields_stay(text: str, label: str) -> None:
    """Guards: the field beside a cost, a level or a span of time stays."""
    assert label in _lower(text)

"""Topics (issue #11 item 9), session 8, second pass: labels normalised as a reader writes them. Adjectives of
fields before an empty head ("spheres", "fields", "areas"); the link in such spheres said as a compound
("cooperation in the economic sphere" is economic cooperation); adjectives listed with commas before a link.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = "Rector of Accra Technical University Kofi Mensah received the delegation of Busan Maritime College. "


_topics = partial(topic_labels, lead=_LEAD)


_BARE = {
    "economic",
    "cultural",
    "scientific",
    "educational",
    "technical",
    "political",
    "humanitarian",
    "trade",
}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the link in spheres named by adjectives is the compound a reader writes
        ("The sides discussed cooperation in the economic sphere.", {"economic cooperation"}),
        ("The rector proposed to expand collaboration in the research field.", {"research collaboration"}),
        (
            "Both countries wish to deepen cooperation with Peru in the scientific and technical spheres.",
            {"scientific and technical cooperation"},
        ),
        (
            "Cooperation in the cultural and humanitarian spheres was also discussed.",
            {"cultural and humanitarian cooperation"},
        ),
        (
            "The two states cooperate closely in the political, economic and cultural areas.",
            {"political, economic and cultural cooperation"},
        ),
        (
            "Oman and Kazakhstan intend to expand cooperation in the trade and economic sphere.",
            {"trade and economic cooperation"},
        ),
        (
            "The sides discussed prospects for cooperation in trade, economic, investment and cultural spheres.",
            {"trade, economic, investment and cultural cooperation"},
        ),
        (
            "They spoke about Kenyan-Korean partnership in the educational sphere.",
            {"educational partnership"},
        ),
        # a link with a party between it and the spheres
        (
            "The embassy wants to develop ties with universities of Ghana in the academic field.",
            {"academic ties"},
        ),
    ],
)
def test_a_link_in_spheres_of_adjectives_is_a_compound(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not found & _BARE, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no link: the adjectives alone become the fields' nouns
        (
            "The centre holds expertise in the technical and environmental fields.",
            {"technology", "environment"},
        ),
        ("They talked about cooperation in the energy, transport and educational sectors.", {"education"}),
        ("Chile is interested in the agricultural and medical fields.", {"agriculture", "medicine"}),
    ],
)
def test_adjectives_alone_name_the_fields_by_their_nouns(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not found & _BARE, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # adjectives listed with commas before a link stay one topic, the first one kept
        (
            "The parties noted the growth of scientific, educational and cultural ties between the two countries.",
            "scientific, educational and cultural ties",
        ),
        (
            "They exchanged views on expanding trade, economic and humanitarian cooperation.",
            "trade, economic and humanitarian cooperation",
        ),
        (
            "Vietnam and Hungary enjoy strong economic, trade and cultural relations.",
            "economic, trade and cultural relations",
        ),
        (
            "The envoy praised the academic, scientific and technical collaboration of the two institutes.",
            "academic, scientific and technical collaboration",
        ),
    ],
)
def test_adjectives_listed_before_a_link_are_one_topic(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found
    assert not set(found) & _BARE, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reform or a policy and its field, as English compounds them
        (
            "The ambassador spoke about the reforms in education and science carried out in Uzbekistan.",
            "education and science reforms",
        ),
        ("The diplomat learnt about the state policy in the sphere of education.", "state education policy"),
        ("Guests were told about reforms in higher education.", "higher education reforms"),
        (
            "The minister presented the national strategy in the field of science.",
            "national science strategy",
        ),
        (
            "The sides discussed reforms in the educational and scientific spheres.",
            "educational and scientific reforms",
        ),
    ],
)
def test_a_reform_or_policy_in_a_field_is_compounded(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found


def test_a_reform_in_a_place_is_no_compound() -> None:
    found = _topics("Baktygulova informed about the reforms carried out in Kyrgyzstan.")
    assert not any("Kyrgyzstan reforms" in t for t in found), found


def test_a_field_named_by_a_noun_keeps_its_head_in_an_industry() -> None:
    found = set(_topics("The two sides agreed to cooperate in the tourism industry and the energy sector."))
    assert {"tourism industry", "energy sector"} <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a nation has, its name after "of": the nation's word before it
        (
            "The lecture touched upon the issues of unification of Korea and regional security.",
            "Korean unification",
        ),
        ("The ambassador spoke about the history and culture of Uzbekistan.", "Uzbek history and culture"),
        ("The consul discussed the promotion of the language of Hungary.", "Hungarian language"),
        ("Students were briefed on the foreign policy of Kazakhstan.", "Kazakh foreign policy"),
    ],
)
def test_what_a_nation_has_takes_its_word_first(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found


def test_a_place_ends_a_phrase_of_and() -> None:
    found = set(_topics("The lecture touched upon the unification of Korea and regional security."))
    assert {"Korean unification", "regional security"} <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # the people exchanged, listed at length, stay with their exchange
        (
            "The agreement will facilitate the exchange of faculty members, students and administrative staff.",
            {"exchange of faculty members, students and administrative staff"},
            {"exchange of faculty"},
        ),
        # partnerships and activities in fields are the fields
        (
            "Discussions centred on possible partnerships in agriculture, food security and climate resilience.",
            {"agriculture", "food security", "climate resilience"},
            {"partnerships in agriculture"},
        ),
        (
            "The delegation was briefed on the institute's research activities in nanotechnology and biomedicine.",
            {"nanotechnology", "biomedicine"},
            {"research activities in nanotechnology and biomedicine"},
        ),
        (
            "The college looks forward to exchange activities in the areas of music and design.",
            {"music and design"},
            {"exchange activities"},
        ),
    ],
)
def test_people_exchanged_and_activities_in_fields(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not found & absent, found


_BODY = (
    "Rector of Nairobi Institute of Technology Grace Wanjiru met the Ambassador of Chile Pablo Rojas.\n\n"
    "The sides discussed cooperation in marine biology and student exchange.\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        # other stories' headlines after the article
        "\nRead more\n\nIran and Peru discuss cooperation in gas processing\n\nMinister opens solar energy plant\n",
        # a category tag
        "\nSolar energy\n",
        # a translator's credit and a source line
        "\nTranslator: Li Wei\nSource: news site of the university\n",
    ],
)
def test_the_page_tail_after_the_article_gives_no_topic(tail: str) -> None:
    found = set(_topics(_BODY + tail, lead=""))
    assert {"marine biology", "student exchange"} <= found, found
    assert not any("gas" in t or "solar" in t.lower() for t in found), found


@pytest.mark.parametrize(
    "ending",
    [
        "\nAreas of cooperation include:\nsolar energy\ngas processing\n",
        "\nThe memorandum covers the following areas:\n- solar energy\n- gas processing\n",
    ],
)
def test_a_list_at_the_end_of_the_article_is_no_tail(ending: str) -> None:
    found = set(_topics(_BODY + ending, lead=""))
    assert {"solar energy", "gas processing"} <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two adjectives in one hyphenated word, as translations from Russian write them
        (
            "Cooperation in the scientific-technical sphere was discussed.",
            {"scientific-technical cooperation"},
        ),
        (
            "They discussed bilateral cooperation in the trade-economic, investment and cultural-humanitarian spheres.",
            {"trade-economic, investment and cultural-humanitarian cooperation"},
        ),
        (
            "The minister spoke about Uzbekistan's achievements in the agrarian-industrial sphere.",
            {"agriculture", "industry"},
        ),
        # how many of a thing, and "the issue of", name no field of their own
        (
            "They discussed increasing the number of state scholarships for Tajik students.",
            {"state scholarships"},
        ),
        ("The parties also discussed the issue of recognition of diplomas.", {"recognition of diplomas"}),
    ],
)
def test_hyphenated_adjectives_and_counts_of_a_thing(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not any(t.startswith(("number of", "issue of")) for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a grant named in title case, unquoted, before its lower-case kind
        (
            "Students from Ghana may study in Hungary under the Stipendium Hungaricum programme.",
            "Stipendium Hungaricum programme",
        ),
        ("The college has taken part in the Erasmus+ programme since 2015.", "Erasmus+ programme"),
        ("The ambassador presented the Chevening scholarships to the graduates.", "Chevening scholarships"),
        ("The institute joined the Fulbright exchange programme last year.", "Fulbright exchange programme"),
    ],
)
def test_a_grant_named_in_title_case(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector described the Master programme to the guests.",
        "The dean introduced the Kazakh programme to the guests.",
        "The envoy praised the University programme for the guests.",
    ],
)
def test_a_degree_a_nation_or_a_body_names_no_grant(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(t.endswith(("programme", "program")) for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # whom a field serves, and whose people they are, are no part of it
        (
            "The ambassador gave a lecture on the history of Indonesia for students of the faculty.",
            "Indonesian history",
        ),
        ("The embassy organised a seminar on solar energy for teachers from Osh.", "solar energy"),
    ],
)
def test_whom_a_field_serves_is_no_part_of_it(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found
    assert not any("faculty" in t or "Osh" in t for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a list before its cue starts after a reported clause's "that" or an opening phrase
        (
            "The ambassador stressed that education is one of the priority areas of bilateral cooperation.",
            {"education"},
            {"ambassador"},
        ),
        (
            "The minister noted that tourism and water management are among the key areas.",
            {"tourism", "water management"},
            {"minister"},
        ),
        ("In her view, digital skills are one of the main priorities.", {"digital skills"}, {"her view"}),
        # where a thing is done is no part of it
        (
            "The college has cooperated with Lund University in the framework of the Erasmus+ programme since 2016.",
            {"Erasmus+ programme"},
            {"framework of the Erasmus+ programme"},
        ),
        # the people an opportunity is for, and the fields they are in
        (
            "The envoy highlighted opportunities for Nigerian students in engineering and medicine.",
            {"engineering", "medicine"},
            {"Nigerian students"},
        ),
    ],
)
def test_where_a_list_before_its_cue_starts(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not found & absent, found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # words that name no field
        ("The sides hoped for fruitful cooperation in all areas of mutual interest.", "mutual interest"),
        ("This creates new opportunities for engagement with leading Asian universities.", "engagement"),
        ("They discussed the reforms underway in Morocco.", "underway"),
    ],
)
def test_words_that_name_no_field(sentence: str, absent: str) -> None:
    found = _topics(sentence)
    assert not any(absent in t for t in found), found


def test_reforms_in_the_country_are_reforms() -> None:
    found = _topics(
        "The ambassador informed about the ongoing reforms in the country, including in higher education."
    )
    assert "reforms" in found, found
    assert not any("country" in t for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the language teaching is in, as English names the medium
        ("Professors from both universities will be teaching in English.", "English-medium teaching"),
        ("The parties discussed courses taught in French for Senegalese students.", "French-medium courses"),
    ],
)
def test_teaching_in_a_language_is_medium_teaching(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found


def test_the_sharing_of_a_thing_is_the_topic() -> None:
    found = _topics("The MoU covers joint supervision of doctoral students and sharing of resources.")
    assert "sharing of resources" in found, found
    assert "resources" not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nouns before an empty head compound like adjectives; "the field of X" stays X
        (
            "The sides discussed cooperation in the education and science sphere.",
            "education and science cooperation",
        ),
        ("They talked about cooperation in the education sphere.", "education cooperation"),
        ("The parties discussed cooperation in the field of education and science.", "education and science"),
    ],
)
def test_nouns_before_an_empty_head(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found

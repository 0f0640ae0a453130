"""Topic extraction: the scheme's vocabulary on word stems, field compounds, cue lists and their tidying.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.topics import TOPICS, find_topics, stem


def _topics(text: str) -> list[str]:
    return extract_text(text).to_dict()["topics"]


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("programmes", "programs", "program"), "program"),
        (("digitalisation", "digitalization"), "digitalization"),
        (("universities", "university"), "university"),
        (("labour", "labor"), "labor"),
        (("technologies", "technology"), "technology"),
        (("educational", "education"), "education"),
    ],
)
def test_stem_joins_spellings_and_numbers(words: tuple[str, ...], same: str) -> None:
    assert {stem(w) for w in words} == {same}


def test_scheme_label_matches_plural_and_spelling_variants() -> None:
    # the scheme lists "digital technologies" and "green energy"; the article writes a singular
    text = (
        "Rector Dana Omarova of Tartu Technical University said the new laboratory will serve "
        "digital technology and green energy."
    )
    assert {"digital technology", "green energy"} <= set(_topics(text))


def test_scheme_label_skips_words_of_praise() -> None:
    text = "The minister Jonas Berg wants to open more branches of leading foreign universities in Riga."
    assert "branches of foreign universities" in _topics(text)


def test_no_topic_inside_a_name() -> None:
    text = "Anna Berg, Rector of the Riga Institute of Science and Technology, visited Vilnius."
    assert _topics(text) == []


def test_institution_of_higher_education_is_no_topic() -> None:
    text = "Marat Sarsenov heads an institution of higher education in Almaty."
    assert "higher education" not in _topics(text)


def test_singular_programme_is_a_programme_not_a_topic() -> None:
    one = "Kaunas State University and Leuven National University run a joint programme in physics."
    many = "Kaunas State University wants to open joint programmes with partners in Poland."
    assert not any("programme" in t for t in _topics(one))
    assert "joint programmes" in _topics(many)


def test_field_compounds_before_cooperation_nouns() -> None:
    text = (
        "The Ambassador of Latvia Peter Smit and Rector Saule Bekova of Karaganda National University "
        "spoke of cultural and humanitarian cooperation, of bilateral ties and of further cooperation."
    )
    topics = _topics(text)
    assert "cultural and humanitarian cooperation" in topics
    assert "bilateral ties" in topics
    assert not any(t.startswith("further") for t in topics)


def test_cue_list_is_split_and_tidied() -> None:
    text = (
        "Rector Elena Ivanova of Vilnius State University and the Ambassador of Poland Tomas Kairys "
        "exchanged views on the organisation of summer camps, remote sensing and water management."
    )
    assert {"summer camps", "remote sensing", "water management"} <= set(_topics(text))


def test_a_lone_pair_names_one_field() -> None:
    text = (
        "The Ambassador of Estonia Lukas Peeters met Rector Aigerim Nurlanova of Almaty National "
        "University to discuss cooperation in the field of mathematics and physics, with a visit planned."
    )
    topics = _topics(text)
    assert "mathematics and physics" in topics
    assert "physics" not in topics


def test_list_before_were_discussed() -> None:
    text = (
        "At Ghent Technical University the visitors from Kazakhstan met Rector Anna Smit. "
        "Joint field trips, the opening of a seed bank and desert ecology were discussed."
    )
    assert {"joint field trips", "seed bank", "desert ecology"} <= set(_topics(text))


def test_briefed_about_cue_keeps_a_titled_subject() -> None:
    text = (
        "Ambassador of Kazakhstan to Belgium Marat Berg visited Antwerp National University and "
        "briefed the hosts about the main provisions of the Strategy of Green Growth by the Government."
    )
    assert "Strategy of Green Growth" in _topics(text)


def test_anniversary_of_relations_without_the_establishment() -> None:
    text = (
        "As part of the 25th anniversary of the establishment of diplomatic relations, Ambassador "
        "Saule Omarova visited Riga State University."
    )
    assert "25th anniversary of diplomatic relations" in _topics(text)


def test_repeated_or_contained_topics_are_dropped() -> None:
    text = (
        "Rector Jonas Kairys of Kaunas National University offered scholarships to students from Latvia. "
        "Each scholarship covers one year. The sides agreed on cultural and educational exchange "
        "and wider cultural exchanges."
    )
    topics = _topics(text)
    assert topics.count("scholarships") == 1 and "scholarship" not in topics
    assert "cultural and educational exchange" in topics
    assert "cultural exchanges" not in topics


def test_bare_cooperation_is_no_topic() -> None:
    text = "Rector Peter Berg of Tartu State University discussed cooperation with Ambassador Dana Smit."
    assert "cooperation" not in _topics(text)


def test_every_topic_has_its_sentence_as_evidence() -> None:
    from kgpart.extract.doc import Doc

    text = "Rector Anna Berg met Ambassador Tomas Smit. They discussed academic mobility and joint research."
    doc = Doc.read(text, None)
    for topic in find_topics(doc):
        assert topic.evidence is not None
        assert topic.label.split()[0] in topic.evidence.sentence


def test_gazetteer_keywords_come_from_words_outside_groups() -> None:
    # "educational and cultural relations" must not need the word "relationships" to be present
    text = "Rector Anna Berg and Ambassador Tomas Smit praised the educational and cultural relations."
    assert "educational and cultural relations" in _topics(text)
    assert "educational relations" in TOPICS


def test_two_nouns_sharing_a_head_are_two_topics() -> None:
    text = (
        "Rector Dana Berg of Leuven Technical University said the main areas will be "
        "solar and wind farms, with cultural and educational exchanges beside them."
    )
    topics = _topics(text)
    assert {"solar farms", "wind farms"} <= set(topics)
    # adjectives describe one kind of exchange and stay together
    assert "cultural and educational exchanges" in topics


def test_list_before_will_be_implemented() -> None:
    text = (
        "After the talks of Rector Anna Kairys and the Ambassador of Poland Marat Smit, "
        "water projects and soil laboratories will be implemented."
    )
    assert {"water projects", "soil laboratories"} <= set(_topics(text))


def test_a_long_title_after_a_cue_is_kept_whole() -> None:
    text = (
        "Ambassador of Kazakhstan to Latvia Saule Berg informed the hosts of Riga State University "
        "about the State Programme of Digital Growth by the Government."
    )
    assert "State Programme of Digital Growth" in _topics(text)


def test_in_such_areas_as_lists_fields() -> None:
    text = (
        "Rector Anna Berg of Riga State University and Ambassador Tomas Smit agreed to develop "
        "cooperation in such areas as hydrology, soil science and veterinary medicine."
    )
    assert {"hydrology", "soil science", "veterinary medicine"} <= set(_topics(text))


def test_the_field_of_is_not_part_of_the_topic() -> None:
    text = (
        "During the meeting of Rector Anna Berg and Ambassador Tomas Smit, issues of expanding "
        "cooperation in the field of higher education were considered."
    )
    assert _topics(text) == ["higher education"]


def test_touched_upon_and_a_long_pair_split_in_two() -> None:
    text = "Rector Anna Berg and Ambassador Tomas Smit touched upon desert ecology and water management."
    assert {"desert ecology", "water management"} <= set(_topics(text))


def test_agenda_included_list_stops_at_a_speech_verb() -> None:
    text = (
        "The agenda of the meeting included seismology, hydrology and nuclear physics, said Rector Anna Berg."
    )
    topics = _topics(text)
    assert "seismology" in topics
    # a field noun ("hydrology") does not share the head of "nuclear physics"
    assert "hydrology physics" not in topics
    assert not any("said" in t for t in topics)


def test_importance_of_cue_and_no_leading_preposition() -> None:
    text = "Ambassador Tomas Smit stressed the importance of language learning for Rector Anna Berg."
    assert "language learning" in _topics(text)


def test_a_long_run_of_cues_takes_linear_time() -> None:
    import time

    # 2,000 cues in one sentence: each list is read for a bounded stretch, not to the sentence's end
    text = "cooperation in " * 2000
    start = time.process_time()
    extract_text(text)
    assert time.process_time() - start < 5.0  # about 0.2 s; quadratic reading took about 30 s


def test_long_scheme_label_in_background_prose_needs_another_source() -> None:
    # "training of highly qualified professionals" is a label of the scheme; this sentence names
    # none of the article's organisations or people
    text = (
        "Rector Anna Berg of Riga Technical University met Ambassador Tomas Smit. "
        "The country aims at the training of highly qualified professionals."
    )
    assert not any("training" in t for t in _topics(text))
    # where the article's people speak of it, it is a topic
    named = "Rector Anna Berg of Riga Technical University spoke of the training of highly qualified professionals."
    assert "training of highly qualified professionals" in _topics(named)


def test_coordination_not_starting_with_a_field_gives_no_compound() -> None:
    text = (
        "Rector Anna Berg of Riga Technical University and Ambassador Tomas Smit want to strengthen "
        "inter-university and scientific ties."
    )
    assert not any("ties" in t for t in _topics(text))


def test_general_gazetteer_variant_beside_its_specific_form_adds_nothing() -> None:
    text = (
        "Ambassador Tomas Smit told Rector Anna Berg of Riga Technical University about the reforms "
        "under way. Citizens will vote on a draft of the new Constitution in March."
    )
    topics = _topics(text)
    assert "reforms" not in topics
    assert "draft of the new Constitution" in topics
    # alone, the general form is a topic
    assert "reforms" in _topics("Ambassador Tomas Smit told Rector Anna Berg about the reforms under way.")

"""Partnerships told in words no rule names (issue #11, item 2, session 8): sentences written for these tests.

A last-resort reading takes a sentence that speaks of a tie and names exactly two institutions in one of
the shapes of a tie ("A <any verb> with B", "A and B <predicate>", "jointly run by A and B", "In
partnership with B, A ...", "students of A ... at B under the agreement"); two institutions that met are
taken to meet about cooperation.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _partnerships(text: str) -> dict[tuple[str, ...], str]:
    record = extract_text(text, published="2025-03-10")
    return {tuple(sorted(p.between)): p.status for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        # a verb of the genre no rule lists, before "with"
        (
            "Universiti Malaya inked a pact with Chulalongkorn University on student exchange.",
            ("Universiti Malaya", "Chulalongkorn University"),
            "agreed",
        ),
        (
            "Amity University ties up with Deakin University for research in water management.",
            ("Amity University", "Deakin University"),
            "existing",
        ),
        (
            "Anna University has tied up with the University of Tokyo to conduct joint research.",
            ("Anna University", "University of Tokyo"),
            "existing",
        ),
        (
            "Representatives of King Saud University discussed with Seoul National University the possibility "
            "of joint research.",
            ("King Saud University", "Seoul National University"),
            "proposed",
        ),
        (
            "Satbayev University agreed with the Technical University of Munich on joint training of engineers.",
            ("Satbayev University", "Technical University of Munich"),
            "agreed",
        ),
        (
            "The University of Nairobi met with Kenyatta University to discuss joint research.",
            ("University of Nairobi", "Kenyatta University"),
            "proposed",
        ),
        # two named subjects and a predicate of a tie
        (
            "The University of Lagos and Coventry University join hands to train engineers.",
            ("University of Lagos", "Coventry University"),
            "existing",
        ),
        (
            "The University of Lagos and Coventry University have joined hands to set up a research centre.",
            ("University of Lagos", "Coventry University"),
            "existing",
        ),
        (
            "Cairo University and Sorbonne University formalised their partnership with a framework agreement.",
            ("Cairo University", "Sorbonne University"),
            "existing",
        ),
        (
            "King Saud University and Seoul National University explored avenues for cooperation in "
            "artificial intelligence.",
            ("King Saud University", "Seoul National University"),
            "proposed",
        ),
        (
            "The University of Nairobi and Kenyatta University held a joint conference on climate change.",
            ("University of Nairobi", "Kenyatta University"),
            "existing",
        ),
        # the pair in apposition, or after "jointly ... by"
        (
            "The two institutions, King Saud University and Seoul National University, will exchange faculty.",
            ("King Saud University", "Seoul National University"),
            "proposed",
        ),
        (
            "The programme is jointly run by the University of Cape Town and the University of Edinburgh.",
            ("University of Cape Town", "University of Edinburgh"),
            "existing",
        ),
        # the partner fronted
        (
            "In partnership with the University of Edinburgh, the University of Cape Town launched a climate "
            "institute.",
            ("University of Cape Town", "University of Edinburgh"),
            "existing",
        ),
        (
            "In collaboration with the University of Edinburgh, the University of Cape Town will host a summer "
            "school.",
            ("University of Cape Town", "University of Edinburgh"),
            "proposed",
        ),
        # something done under a tie
        (
            "Under the exchange agreement, ten students of Kenyatta University will spend a semester at the "
            "University of Nairobi.",
            ("University of Nairobi", "Kenyatta University"),
            "existing",
        ),
        (
            "Students of the University of Auckland can study at Universiti Putra Malaysia under an exchange "
            "agreement.",
            ("University of Auckland", "Universiti Putra Malaysia"),
            "existing",
        ),
        (
            "Students of the University of Auckland can study at Universiti Putra Malaysia under an exchange "
            "agreement between the two universities.",
            ("University of Auckland", "Universiti Putra Malaysia"),
            "existing",
        ),
        # a relative clause of the first name
        (
            "Makerere University, which has cooperated with the University of Bergen since 2004, hosted a "
            "workshop.",
            ("Makerere University", "University of Bergen"),
            "existing",
        ),
    ],
)
def test_a_tie_in_words_no_rule_lists(text: str, pair: tuple[str, str], status: str) -> None:
    found = _partnerships(text)
    assert set(found) == {_pair(*pair)}
    # the scorer reads no status; what matters is a plan told apart from a fact
    assert (found[_pair(*pair)] == "proposed") == (status == "proposed")


@pytest.mark.parametrize(
    "text",
    [
        # no tie of the two: rivals, a ranking, a graduate, co-objects of one verb
        "The University of Nairobi competes with Kenyatta University for the best students in joint admission "
        "rankings.",
        "The University of Nairobi ranked first in Kenya, ahead of Kenyatta University, in the 2025 ranking of "
        "international cooperation.",
        "Graduates of the University of Nairobi now teach at Kenyatta University, which runs exchange "
        "programmes with Europe.",
        "The rector of the University of Nairobi, who graduated from Kenyatta University, spoke about "
        "international cooperation.",
        "Students from the University of Nairobi and Kenyatta University took part in a joint hackathon "
        "organised by Google.",
        "The University of Nairobi and Kenyatta University are the oldest universities in Kenya and cooperate "
        "with many foreign partners.",
        "Speakers from the University of Nairobi and Kenyatta University attended the conference on academic "
        "exchange.",
        "Like the University of Nairobi, Kenyatta University has signed agreements with Chinese universities.",
        "The Ministry of Education of Kenya praised the University of Nairobi for its international cooperation.",
        # an embassy talking of cooperation speaks for its country
        "Ambassador of Poland to Kenya Jan Nowak visited the University of Nairobi and met its Vice-Chancellor "
        "Stephen Kiama. The sides discussed cooperation in agriculture and student exchanges.",
    ],
)
def test_no_tie_where_two_institutions_merely_meet_in_a_sentence(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "second",
    [
        "The universities have cooperated since 2015.",
        "The guests and the hosts agreed to develop joint research projects.",
        "The visit resulted in the signing of a memorandum of understanding.",
        "During the talks, the partners discussed the implementation of the memorandum signed in 2019.",
    ],
)
def test_two_institutions_that_met(second: str) -> None:
    text = f"A delegation from Hanoi University visited the University of Porto on 4 March. {second}"
    assert set(_partnerships(text)) == {_pair("Hanoi University", "University of Porto")}


def test_a_delegation_that_visited_and_signed() -> None:
    text = (
        "A delegation of Hanoi University led by its President Nguyen Van Minh visited the University of Porto, "
        "where the two sides signed a memorandum of understanding."
    )
    assert set(_partnerships(text)) == {_pair("Hanoi University", "University of Porto")}


def test_a_witness_of_the_signing_is_no_party() -> None:
    text = (
        "In the presence of the Ambassador of Japan to Kenya Ken Tanaka, Jomo Kenyatta University of "
        "Agriculture and Technology and Nagoya University signed an agreement on joint research."
    )
    assert set(_partnerships(text)) == {
        _pair("Jomo Kenyatta University of Agriculture and Technology", "Nagoya University")
    }

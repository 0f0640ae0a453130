"""States whose own names carry the article, written with a capital inside a post's name
("the Embassy of The Gambia", "the High Commission of The Bahamas"): the post is found, named by
the state's common name, and the words as written stay its alias; a sentence that opens with
"The" is untouched."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Fjordheim University and the Embassy of The Gambia in Norway signed a memorandum of understanding.",
            "Embassy of the Gambia in Norway",
        ),
        (
            "Lakeside College and the Embassy of the Republic of The Gambia in the United States of America "
            "recently signed an agreement on scholarships.",
            "Embassy of the Gambia in the United States",
        ),
        (
            "Steppe Technical University and the High Commission of The Bahamas in Canada signed an accord.",
            "High Commission of the Bahamas in Canada",
        ),
    ],
)
def test_a_post_of_a_state_named_with_a_capital_the_is_one_party(text: str, post: str) -> None:
    record = extract_text(text)
    names = {o.name: o for o in record.organizations}
    assert post in names, names
    assert [sorted(p.between) for p in record.partnerships] == [sorted([post, record.organizations[0].name])]


def test_the_long_form_as_written_stays_an_alias_and_later_short_forms_join_it() -> None:
    record = extract_text(
        "Lakeside College and the Embassy of the Republic of The Gambia in the United States of America "
        "signed a memorandum. The Embassy of The Gambia will send ten students next year."
    )
    embassies = [o for o in record.organizations if o.type == "Embassy"]
    assert [o.name for o in embassies] == ["Embassy of the Gambia in the United States"]
    assert "Embassy of the Republic of The Gambia in the United States of America" in embassies[0].aliases


@pytest.mark.parametrize(
    "text",
    [
        "The University of Lagos hosted the forum. The Gambia sent a delegation.",
        "Ghent University met the Rector of Fjordheim University. The Rector spoke of The Netherlands.",
    ],
)
def test_a_capital_the_opening_a_sentence_starts_no_name(text: str) -> None:
    names = [o.name for o in extract_text(text).organizations]
    assert all(not n.startswith(("Gambia", "The Gambia", "The Rector")) for n in names), names

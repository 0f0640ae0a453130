"""A page's list of other stories ("Related news", "Most read", "Read also: ...") names organisations, people
and ties of those stories, not of the article: the extractor reads the text with these lines blanked. A line of
the article that only mentions such words, or a sentence after the list, is still read."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.furniture import furniture_spans, without_furniture

BODY = (
    "Ghent University and Kyoto University signed a memorandum of understanding on Monday.\n\n"
    "The rector of Ghent University said the two universities would exchange ten students a year.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Related news\n- Nazarbayev University opens a robotics centre\n- Seoul National University and KAIST meet\n",
        "Related\n\nNazarbayev University opens a robotics centre\n\nSeoul National University and KAIST meet\n",
        "MOST READ\n1. Nazarbayev University opens a robotics centre\n2. Seoul National University and KAIST meet",
        "Most read:\n• Nazarbayev University opens a robotics centre\n• Seoul National University and KAIST meet\n",
        "Read also\nNazarbayev University opens a robotics centre\nSeoul National University and KAIST meet\nShare",
        "See also:\n* Nazarbayev University opens a robotics centre\n* Seoul National University and KAIST meet",
        "Read also: Nazarbayev University opens a robotics centre\n"
        "Read also: Seoul National University and KAIST meet\n",
        "[Related news]\n- Nazarbayev University opens a robotics centre?\n- Seoul National University and KAIST meet",
        "You may also like\nNazarbayev University opens a robotics centre\nSeoul National University and KAIST meet",
        "Latest news\n\n- Nazarbayev University opens a robotics centre\n\n- Seoul National University and KAIST meet",
    ],
)
def test_the_headlines_of_other_stories_name_no_organisation(tail: str) -> None:
    record = extract_text(BODY + tail)
    names = [o.name for o in record.organizations]
    assert "Ghent University" in names and "Kyoto University" in names, names
    assert not any(n in names for n in ("Nazarbayev University", "Seoul National University", "KAIST")), names
    parties = [set(p.between) for p in record.partnerships]
    assert {"Ghent University", "Kyoto University"} in parties, parties
    assert all("Seoul National University" not in p for p in parties), parties


def test_a_pointer_line_in_the_middle_is_blanked_and_the_article_after_it_is_read() -> None:
    text = (
        "Ghent University and Kyoto University signed a memorandum of understanding on Monday.\n\n"
        "Read also: Nazarbayev University opens a robotics centre\n\n"
        "The agreement was also welcomed by the Japan Society for the Promotion of Science, the rector said.\n"
    )
    names = [o.name for o in extract_text(text).organizations]
    assert "Nazarbayev University" not in names, names
    assert "Japan Society for the Promotion of Science" in names, names


@pytest.mark.parametrize(
    "text",
    [
        # the list ends at the first sentence of the article: what follows is read
        "Ghent University signed a memorandum.\n\nRelated\nTwo rectors meet\n\n"
        "Students of Kyoto University will come to Ghent University in September under the agreement.\n",
        "Ghent University signed a memorandum.\n\nMore news\n- Two rectors meet\n\n"
        "Kyoto University will send ten students to Ghent University in September.\n",
    ],
)
def test_the_article_after_a_list_is_read(text: str) -> None:
    names = [o.name for o in extract_text(text).organizations]
    assert "Kyoto University" in names, names


@pytest.mark.parametrize(
    "text",
    [
        # the words inside a sentence or a heading of the article are no furniture
        "Read also the statement of Kyoto University on the agreement with Ghent University.\n",
        "Related agreements were signed by Kyoto University and Ghent University last year.\n",
        "Most read universities\nKyoto University signed an agreement with Ghent University.\n",
        "The latest news from Kyoto University: it signed an agreement with Ghent University.\n",
    ],
)
def test_words_of_the_article_are_no_furniture(text: str) -> None:
    assert furniture_spans(text) == []
    names = [o.name for o in extract_text(text).organizations]
    assert "Kyoto University" in names and "Ghent University" in names, names


def test_blanking_keeps_every_offset() -> None:
    text = BODY + "Related news\n- Nazarbayev University opens a robotics centre\n"
    out = without_furniture(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert out.startswith(BODY) and out[len(BODY) :].strip() == ""

"""A press release's boilerplate ("About the University of X", "Media contact", "Notes to editors") presents its
issuer: a body first named there that takes part in no fact of the article (a network the issuer belongs to, the
office that answers the press) is no organisation of the news. One the news names before, or one that takes part
in a fact named there, stays."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

NEWS = (
    "Ghent University and Kyoto University signed a double degree agreement in chemistry on Monday.\n\n"
    "The rector of Ghent University said that ten students a year would take part in the programme.\n\n"
    "The deans of both faculties will meet again in the spring to choose the first students.\n\n"
)


@pytest.mark.parametrize(
    ("about", "body"),
    [
        (
            "About Ghent University\nGhent University was founded in 1817. It hosts the offices of the Flemish "
            "Interuniversity Council.",
            "Flemish Interuniversity Council",
        ),
        (
            "About the University\nGhent University was founded in 1817. Its research is funded by the Research "
            "Foundation Flanders.",
            "Research Foundation",
        ),
        (
            "About Ghent University\nFounded in 1817, the university belongs to the Guild of European "
            "Research-Intensive Universities and has 49,000 students.",
            "Guild of European Research-Intensive Universities",
        ),
        (
            "About Ghent University\nFounded in 1817, Ghent University is one of the largest universities in "
            "Belgium. It is a partner in the ENLIGHT European University alliance.",
            "ENLIGHT European University",
        ),
        (
            "Media contact:\nAn De Smet, Communications Office, Ghent University, +32 9 264 00 00",
            "Communications Office",
        ),
        (  # the heading in capitals, in a text with no other word of the headings
            "ABOUT GHENT UNIVERSITY\nGhent University was founded in 1817. It hosts the offices of the Flemish "
            "Interuniversity Council.",
            "Flemish Interuniversity Council",
        ),
        (
            "Notes to editors\nGhent University was founded in 1817. It hosts the offices of the Flemish "
            "Interuniversity Council.",
            "Flemish Interuniversity Council",
        ),
    ],
)
def test_a_body_named_only_in_the_boilerplate_is_no_organisation(about: str, body: str) -> None:
    names = [o.name for o in extract_text(NEWS + about).organizations]
    assert "Ghent University" in names and "Kyoto University" in names, names
    assert body not in names, names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # named in the news before: it stays
        (
            NEWS.replace("on Monday.", "on Monday, with the support of the Coimbra Group.")
            + "About Ghent University\nGhent University is a member of the Coimbra Group.",
            "Coimbra Group",
        ),
        # no boilerplate heading: a sentence of the article
        (
            NEWS + "Ghent University is also a member of the Coimbra Group, the rector added.",
            "Coimbra Group",
        ),
        # the boilerplate tells a tie: the body takes part in a fact
        (
            NEWS + "About Ghent University\nGhent University is a member of the Coimbra Group.",
            "Coimbra Group",
        ),
        (
            NEWS + "About Ghent University\nGhent University signed a memorandum of understanding with the "
            "University of Tokyo in 2019.",
            "University of Tokyo",
        ),
    ],
)
def test_a_body_of_the_news_or_of_a_fact_stays(text: str, body: str) -> None:
    names = [o.name for o in extract_text(text).organizations]
    assert body in names, names

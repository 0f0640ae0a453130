"""The TriG scanner: the graphs a file declares, read from its layout, or None when unsure.

Every snippet here is written for these tests; ``test_index.py`` checks the scanner against a
full parse on trickier layouts.
"""

from __future__ import annotations

import pytest

from kgpart.store.index.trig_scan import BLANK_GRAPH, DEFAULT, trig_graphs

BASE = "file:///tmp/graph/sources/x.trig"
EX = "@prefix ex: <http://example.org/> .\n"


@pytest.mark.parametrize(
    ("text", "graphs"),
    [
        pytest.param(
            "<http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 . }\n"
            "<http://example.org/h> {\n <http://example.org/a> <http://example.org/p> 2 .\n}\n",
            {"http://example.org/g", "http://example.org/h"},
            id="absolute IRIs",
        ),
        pytest.param(
            EX + "ex:g { ex:a ex:p ex:b . }\nGRAPH ex:h { ex:a ex:p ex:c . }\n",
            {"http://example.org/g", "http://example.org/h"},
            id="prefixed names",
        ),
        pytest.param(
            "PREFIX g: <http://example.org/graphs/>\ng:one { g:a g:p g:b . }\n",
            {"http://example.org/graphs/one"},
            id="SPARQL-style prefix",
        ),
        pytest.param(
            EX + "@base <http://example.net/dir/> .\n<g> { ex:a ex:p ex:b . }\n<../h> { ex:a ex:p ex:b . }\n",
            {"http://example.net/dir/g", "http://example.net/h"},
            id="a base directive",
        ),
        pytest.param(
            EX + "<rel> { ex:a ex:p ex:b . }\n",
            {"file:///tmp/graph/sources/rel"},
            id="relative to the file's base IRI",
        ),
        pytest.param(EX + "_:b { ex:a ex:p ex:b . }\n", {BLANK_GRAPH}, id="a blank-node graph"),
        pytest.param(EX + "[] { ex:a ex:p ex:b . }\n", {BLANK_GRAPH}, id="an anonymous graph"),
        pytest.param(
            EX + "{ ex:a ex:p ex:b . }\nex:empty { # nothing\n}\n",
            {DEFAULT},
            id="the default graph; an empty block names nothing",
        ),
        pytest.param(
            EX + "ex:a ex:p ex:b .\nex:g { ex:a ex:p ex:b . }\n",
            {DEFAULT, "http://example.org/g"},
            id="a triple outside any block",
        ),
        pytest.param(
            EX + "ex:g {\n ex:a ex:p \"a } in a string\", 'and { here' . # and } here\n}\n",
            {"http://example.org/g"},
            id="braces in strings and comments",
        ),
    ],
)
def test_the_graphs_a_file_declares(text: str, graphs: set[str]) -> None:
    assert trig_graphs(text.encode(), BASE) == graphs


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EX + 'ex:g { ex:a ex:p """two\nlines""" . }\n', id="a long string"),
        pytest.param(EX + 'ex:g { ex:a ex:p "open . }\n', id="an unterminated string"),
        pytest.param(EX + "ex:g { ex:a ex:p ex:b .\n", id="an unclosed block"),
        pytest.param(EX + "ex:g { ex:h { ex:a ex:p ex:b . } }\n", id="nested blocks"),
        pytest.param("ex:g { ex:a ex:p ex:b . }\n", id="an undeclared prefix"),
    ],
)
def test_a_layout_it_does_not_understand_is_left_to_the_parser(text: str) -> None:
    assert trig_graphs(text.encode(), BASE) is None

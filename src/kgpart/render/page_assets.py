"""The network page's template, styles and script, and the look of each class and edge kind.

The template, styles and script are package files in ``assets/`` (``page.html``, ``page.css``,
``page.js``), read with :func:`page_asset`; the look of each class and edge kind is here.

The page is rendered by pyvis's ``generate_html()`` with this Jinja template (autoescaped) in
place of pyvis's own, which links Bootstrap from a CDN, writes its heading unescaped, switches
tooltips to ``innerHTML`` when a title contains ``href`` and writes node ids into markup. Here
no data-derived string reaches markup unescaped: the nodes and edges travel as JSON inside a
non-executed ``<script type="application/json">`` (with ``<``, ``>``, ``&`` and ``'`` escaped by
Jinja's ``tojson``), and the page script puts text into the DOM with ``textContent`` only.
A Content-Security-Policy admits only the page's own scripts (by hash), so even markup that
slipped through could neither run an event handler nor fetch anything off the machine.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal

PageAsset = Literal["page.html", "page.css", "page.js"]


@cache
def page_asset(name: PageAsset) -> str:
    """The text of one of the page's files in ``kgpart/render/assets``, exactly as shipped.

    The script goes into the page byte for byte: its hash is in the page's
    Content-Security-Policy.

    Examples
    --------
    >>> page_asset("page.html").startswith("<!DOCTYPE html>")
    True
    """
    return (resources.files("kgpart.render") / "assets" / name).read_text(encoding="utf-8")


# Colour, vis-network shape and the legend's symbol for the shape, per node kind.
NODE_STYLES: dict[str, tuple[str, str, str]] = {
    "University": ("#1f6fb4", "dot", "●"),
    "Faculty": ("#6baed6", "dot", "●"),
    "Centre": ("#17a2b8", "hexagon", "⬢"),
    "School": ("#5e4fa2", "dot", "●"),
    "ResearchInstitute": ("#8e44ad", "hexagon", "⬢"),
    "Embassy": ("#d62728", "diamond", "◆"),
    "Ministry": ("#ff7f0e", "square", "■"),
    "Government": ("#b35806", "square", "■"),
    "Company": ("#8c564b", "triangleDown", "▼"),
    "Organization": ("#7f7f7f", "dot", "●"),
    "Person": ("#2ca02c", "triangle", "▲"),
    "Country": ("#d4a600", "star", "★"),
    "Programme": ("#e377c2", "diamond", "◆"),
    "StudentCohort": ("#17becf", "square", "■"),
}

# Colour, dashes, width and whether an arrow shows direction, per edge kind.
EDGE_STYLES: dict[str, tuple[str, bool | list[int], float, bool]] = {
    "meets": ("#d62728", True, 2.0, False),
    "partnersWith": ("#1f6fb4", False, 3.5, False),
    "involves": ("#e377c2", False, 1.5, True),
    "partOf": ("#555555", False, 1.5, True),
    "studiesAt": ("#17becf", False, 1.5, True),
    "studiesIn": ("#17becf", [6, 4], 1.5, True),
    "comesFrom": ("#d4a600", True, 1.0, True),
    "locatedIn": ("#bbbbbb", [2, 6], 1.0, True),
}

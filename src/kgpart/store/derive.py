"""Derive the network edges (meets, partnersWith, involves, partOf...) from the detail.

The edges are never typed into graph files: each rule in ``rules/*.ru`` is a SPARQL update that
writes the edges into the same named graph as the detail they come from, so retracting a source
retracts its edges too, and deriving twice changes nothing.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import pyoxigraph as ox

from kgpart.terms import PREFIXES


@cache
def derivation_rules() -> dict[str, str]:
    """The rule files by name, read once."""
    folder = resources.files("kgpart.store") / "rules"
    return {
        entry.name.removesuffix(".ru"): entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".ru")
    }


# Rules that link facts of different sources (rules/same_fact.ru). They read every graph, so a
# store that adds or drops one graph re-runs them whole, in one cheap update (a few hash joins:
# 0.05 s at 100k triples), rather than re-deriving every edge (see ingest/remote.py).
STORE_WIDE_RULES = ("same_fact",)


def store_wide_update() -> str:
    """One SPARQL update that drops and re-derives the edges of the store-wide rules."""
    rules = derivation_rules()
    drops = sorted(
        {
            f"DELETE WHERE {{ GRAPH ?g {{ ?s kgp:{p} ?o }} }}"
            for n in STORE_WIDE_RULES
            for p in re.findall(r"INSERT\s*\{\s*GRAPH\s*\?\w+\s*\{\s*\?\w+\s+kgp:(\w+)", rules[n])
        }
    )
    return "\n;\n".join([*drops, *(rules[n].strip() for n in STORE_WIDE_RULES)])


def derive_network(store: ox.Store) -> None:
    """Run every derivation rule over the store, in place.

    The rules match the detail anywhere in the store (a meeting's people may be described in the
    reference graph) and write each edge into the graph of the fact it comes from.
    """
    prefix_lines = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for text in derivation_rules().values():
        store.update(prefix_lines + text)

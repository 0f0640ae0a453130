"""Entity names in one language: what ``kgpart viz --lang ru|en`` shows.

Names read from Russian articles are stored ``@ru``, the others ``@en`` (older graphs: plain
strings). An entity labelled in English that a Russian article named carries that article's
nominative name as ``skos:prefLabel@ru`` (its altLabels also hold inflected forms, which are not
shown).
"""

from __future__ import annotations

import dataclasses
from typing import Literal

import pyoxigraph as ox

from kgpart.network.model import Network
from kgpart.store.source import GraphSource

Language = Literal["en", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "ru")

_NAMES_Q = """
SELECT ?e ?p ?name WHERE {
  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel }
  ?e ?p ?name FILTER(isIRI(?e) && isLiteral(?name))
}"""
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_PREF, _ALT = "http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2004/02/skos/core#altLabel"


def names_in(graph: GraphSource, language: Language) -> dict[str, str]:
    """For each entity that has a name in ``language`` other than the one it is labelled by: that name.

    Russian: a ``@ru`` label, else a ``@ru`` prefLabel, else the one ``@ru`` altLabel (a country's
    Russian name). English: a label that is not ``@ru``, else
    an ``@en`` prefLabel, else the first (in sorted order) non-Russian altLabel of several words (a
    full name, not an acronym). Deterministic.
    """
    found: dict[str, dict[str, list[ox.Literal]]] = {}
    for row in graph.select(_NAMES_Q):
        name, entity, prop = row["name"], row["e"], row["p"]
        if isinstance(name, ox.Literal) and isinstance(entity, ox.NamedNode):
            found.setdefault(entity.value, {}).setdefault(prop.value, []).append(name)
    out: dict[str, str] = {}
    for iri, names in found.items():
        chosen = _choose(names, language)
        if chosen is not None:
            out[iri] = chosen
    return out


def _choose(names: dict[str, list[ox.Literal]], language: Language) -> str | None:
    labels = sorted(names.get(_LABEL, []), key=str)
    prefs = sorted(names.get(_PREF, []), key=str)
    alternatives = names.get(_ALT, [])
    if language == "ru":
        wanted = [n for n in labels + prefs if n.language == "ru"]
        if wanted:
            return wanted[0].value
        # a country's one Russian name; of several, none is sure to be the nominative
        russian = {n.value for n in alternatives if n.language == "ru"}
        return russian.pop() if len(russian) == 1 else None
    english = [n for n in labels if n.language != "ru"] + [n for n in prefs if n.language == "en"]
    if english:
        return english[0].value
    others = sorted(n.value for n in alternatives if n.language != "ru")
    return next((n for n in others if " " in n.strip()), None)


def in_language(network: Network, names: dict[str, str]) -> Network:
    """The network with each node named by ``names`` where it has a name there (the other names
    of the node kept as its aliases, for the search box and tooltip)."""
    nodes = []
    for node in network.nodes:
        name = names.get(node.id)
        if name is None or name == node.label:
            nodes.append(node)
            continue
        aliases = tuple(dict.fromkeys(a for a in (node.label, *node.aliases) if a != name))
        nodes.append(dataclasses.replace(node, label=name, aliases=aliases))
    return dataclasses.replace(network, nodes=nodes)

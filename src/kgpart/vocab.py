"""Names of the ontology's classes that code branches on, in one place (no imports: cheap to load)."""

from __future__ import annotations

# The kinds of organisation an article can name (subclasses of kgp:Organization), most specific
# first: code that picks one class for an entity typed twice takes the first that matches.
ORG_CLASSES: tuple[str, ...] = (
    "University",
    "Embassy",
    "Ministry",
    "Government",
    "ResearchInstitute",
    "Faculty",
    "Centre",
    "School",
    "Company",
)
# Every class an organisation can carry in the graph: the specific kinds, then the general one.
ORGANIZATION_CLASSES: tuple[str, ...] = (*ORG_CLASSES, "Organization")
# Entities that carry names (and so aliases) of their own.
NAMED_ENTITY_CLASSES: tuple[str, ...] = (*ORG_CLASSES, "Person", "Country")
# What the network shows (its node kinds), most specific first: an entity typed twice is shown
# as the first that matches.
NODE_CLASSES: tuple[str, ...] = (
    *ORGANIZATION_CLASSES,
    "Person",
    "Country",
    "Programme",
    "StudentCohort",
)

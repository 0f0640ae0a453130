"""Rule-based extraction of academic-diplomacy facts from news articles."""

from __future__ import annotations

from kgpart.errors import ExtractionError
from kgpart.extract.core import extract_article, extract_parsed, extract_text
from kgpart.extract.record import (
    Cohort,
    Evidence,
    KnownEntity,
    Meeting,
    Organization,
    Participants,
    Partnership,
    Person,
    Programme,
    Record,
    Source,
    Topic,
)

__all__ = [
    "Cohort",
    "Evidence",
    "ExtractionError",
    "KnownEntity",
    "Meeting",
    "Organization",
    "Participants",
    "Partnership",
    "Person",
    "Programme",
    "Record",
    "Source",
    "Topic",
    "extract_article",
    "extract_parsed",
    "extract_text",
]

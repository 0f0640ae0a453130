"""Cooperation topics, as the article words them: four sources of spans and one merge step."""

from __future__ import annotations

from kgpart.extract.topics.merge import TOPICS, find_topics, stem

__all__ = ["TOPICS", "find_topics", "stem"]

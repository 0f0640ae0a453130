"""A Russian article being read: its sentences, and the organisations and persons found so far."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kgpart.extract.record import Evidence, Organization, Person
from kgpart.extract.ru.nlp import Span, named_entities, sentences


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """How two spellings of one name compare: case, punctuation and "имени"/"им." ignored."""
    text = name.lower().replace("ё", "е")
    text = re.sub(r"\bимени\b", "им", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


@dataclass
class Mention:
    """Where an organisation or person is named: its character span and its index."""

    start: int
    end: int
    index: int


@dataclass
class RuDoc:
    """The article's text with what extraction found in it, sentence by sentence."""

    text: str
    published: dt.date | None
    sents: list[tuple[int, int, str]] = field(default_factory=list)
    entities: list[Span] = field(default_factory=list)
    orgs: list[Organization] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    org_mentions: list[Mention] = field(default_factory=list)
    person_mentions: list[Mention] = field(default_factory=list)
    org_keys: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, text: str, published: dt.date | None) -> RuDoc:
        """Split the text into sentences and run the NER model over it."""
        return cls(text, published, sentences(text), named_entities(text))

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding character ``pos``."""
        starts = [s[0] for s in self.sents]
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def evidence(self, n: int) -> Evidence:
        """Evidence pointing at sentence ``n``."""
        start, end, text = self.sents[n]
        return Evidence(text, start, end)

    def _in(self, mentions: list[Mention], n: int) -> list[int]:
        start, end, _ = self.sents[n]
        out: list[int] = []
        for m in sorted(mentions, key=lambda m: m.start):
            if start <= m.start < end and m.index not in out:
                out.append(m.index)
        return out

    def orgs_in(self, n: int) -> list[int]:
        """Organisations named in sentence ``n``, in order of mention."""
        return self._in(self.org_mentions, n)

    def persons_in(self, n: int) -> list[int]:
        """Persons named in sentence ``n``, in order of mention."""
        return self._in(self.person_mentions, n)

    def find_org(self, name: str) -> int | None:
        """Index of the organisation with this name or alias."""
        return self.org_keys.get(name_key(name))

    def add_org(self, org: Organization, forms: tuple[str, ...] = ()) -> int:
        """Register an organisation, or add ``forms`` to the one already known by any of its names."""
        found = next((i for n in (org.name, *forms) if (i := self.find_org(n)) is not None), None)
        if found is None:
            self.orgs.append(org)
            found = len(self.orgs) - 1
        known = self.orgs[found]
        if re.match(rf"{re.escape(known.name)}\s+им(?:\.|ени)\s", org.name):
            # "Карагандинский университет" (a headline) named in full later, with its eponym: the full name
            known.aliases.append(known.name)
            known.name = org.name
        for form in (org.name, *forms):
            key = name_key(form)
            if key and key not in self.org_keys:
                self.org_keys[key] = found
            if key != name_key(known.name) and form not in known.aliases:
                known.aliases.append(form)
        return found

    def first_org(self, *, skip: tuple[str, ...] = ("Embassy", "Ministry", "Government")) -> int | None:
        """The organisation the article is first about (not an embassy or ministry when others exist;
        for a branch, the university it is a branch of)."""
        ordered = [m.index for m in sorted(self.org_mentions, key=lambda m: m.start)]
        found = next((i for i in ordered if self.orgs[i].type not in skip), ordered[0] if ordered else None)
        parent = self.find_org(self.orgs[found].part_of or "") if found is not None else None
        return parent if parent is not None else found

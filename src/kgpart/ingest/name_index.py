"""The part of the gazetteer a batch grows, indexed so that an article costs its own length, not
the gazetteer's.

The English extractor uses a known entity only where one of its names (two characters or more)
occurs in the article's text (``extract/entities.py``; tests/ingest/test_jobs.py holds it to
that). So an ingest hands it only those entries, in the gazetteer's order: the record is the one
the whole gazetteer gives. Walking every name of a gazetteer that grows with the batch made a
batch's cost grow with its square (a 50,000-article batch adds tens of thousands of entities);
the index finds the candidates from the text's own four-character pieces.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from kgpart.extract.record import KnownEntity

PIECE = 4  # characters of a name's start the index is keyed by
WALK_UP_TO = 150  # entities: below this a walk of their names costs less than the text's pieces


def names_of(entity: KnownEntity) -> tuple[str, ...]:
    """The names the extractor looks for: its name and aliases of two characters or more."""
    return tuple(name for name in (entity.name, *entity.aliases) if len(name) >= 2)


def is_named_in(entity: KnownEntity, text: str) -> bool:
    """Whether one of the entity's names (:func:`names_of`) occurs in ``text``."""
    return any(name in text for name in names_of(entity))


def named_in(entities: Iterable[KnownEntity], text: str) -> list[KnownEntity]:
    """Those of ``entities`` one of whose names occurs in ``text``, in their order (a walk)."""
    return [e for e in entities if is_named_in(e, text)]


class NameIndex(Sequence[KnownEntity]):
    """Known entities in the order they became known, appended to and never changed, with
    :meth:`named_in`; a sequence (sliced to send a worker what it has not seen)."""

    def __init__(self, entities: Iterable[KnownEntity] = (), *, walk_up_to: int | None = None) -> None:
        self.walk_up_to = WALK_UP_TO if walk_up_to is None else walk_up_to
        self._entities: list[KnownEntity] = []
        self._by_piece: dict[str, list[int]] = {}  # a name's first PIECE characters -> positions
        self._short: list[int] = []  # positions of entities with a name shorter than that (few)
        self.extend(entities)

    def append(self, entity: KnownEntity) -> None:
        position = len(self._entities)
        self._entities.append(entity)
        names = names_of(entity)
        for piece in {name[:PIECE] for name in names if len(name) >= PIECE}:
            self._by_piece.setdefault(piece, []).append(position)
        if any(len(name) < PIECE for name in names):
            self._short.append(position)

    def extend(self, entities: Iterable[KnownEntity]) -> None:
        for entity in entities:
            self.append(entity)

    def named_in(self, text: str) -> list[KnownEntity]:
        """The entities one of whose names occurs in ``text``, in the order they became known:
        what :func:`named_in` gives for the whole sequence."""
        if len(self._entities) <= self.walk_up_to:
            return named_in(self._entities, text)
        found = set(self._short)
        pieces = {text[start : start + PIECE] for start in range(len(text) - PIECE + 1)}
        for piece in pieces & self._by_piece.keys():
            found.update(self._by_piece[piece])
        entities = self._entities
        return [entities[p] for p in sorted(found) if is_named_in(entities[p], text)]

    def __len__(self) -> int:
        return len(self._entities)

    @overload
    def __getitem__(self, index: int) -> KnownEntity: ...

    @overload
    def __getitem__(self, index: slice) -> list[KnownEntity]: ...

    def __getitem__(self, index: int | slice) -> KnownEntity | list[KnownEntity]:
        return self._entities[index]

    def __iter__(self) -> Iterator[KnownEntity]:
        return iter(self._entities)

"""Readable, stable IRIs minted from canonical names, and the name normalisation they share."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from kgpart.terms import ID_BASE
from kgpart.translit import latin

_NON_WORD = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 90


def ascii_fold(text: str) -> str:
    """Strip accents and typographic quotes: ``Ghent University’s`` -> ``Ghent University's``.

    Cyrillic is transliterated, not dropped: ``Жансеит Туймебаев`` -> ``Zhanseit Tuymebayev``.
    """
    text = latin(text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(name: str) -> str:
    """``Centre for Maritime & Air Transport Management`` -> ``centre-for-maritime-and-air-transport-management``.

    Long names keep a readable prefix and a short hash of the whole, so two long names that share
    their first words still get different slugs.
    """
    text = ascii_fold(name).lower().replace("&", " and ").replace("'", "")
    slug = _NON_WORD.sub("-", text).strip("-") or "unnamed"
    if len(slug) > _MAX_SLUG:
        digest = hashlib.sha256(slug.encode()).hexdigest()[:8]
        slug = slug[: _MAX_SLUG - 9].rstrip("-") + "-" + digest
    return slug


def mint(kind: str, *parts: str) -> str:
    """An IRI under kgpart's id space: ``mint("org", "Ghent University")`` -> ``.../id/org/ghent-university``."""
    return f"{ID_BASE}{kind}/{'-'.join(slugify(p) for p in parts if p)}"


def normalise_name(name: str) -> str:
    """A comparison key: case, accents, punctuation, a leading "the", initials and possessives ignored.

    ``L.Gumilyov Eurasian National University`` and ``L.N. Gumilyov Eurasian National University``
    share the key ``gumilyov eurasian national university``.
    """
    text = ascii_fold(name).lower().replace("&", " and ")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"\b[a-z]\.\s*", " ", text)  # initials such as "L." or "N."
    text = _NON_WORD.sub(" ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)

"""Topics from the SKOS scheme's own labels (``ontology/topics.ttl``), matched on word stems.

Stems let plurals, "programme"/"program" and "-isation"/"-ization" meet; words of praise between
a label's words are skipped ("branches of leading foreign universities"); a label written in
title case inside a sentence is part of a name and does not count.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from kgpart.extract.doc import Doc
from kgpart.extract.topics.words import PRAISE, PRAISE_WORDS, WORD, in_name, names_no_topic, stem, stem_words

#: Single words of the scheme that name a topic only where the article lists areas of cooperation.
_GENERIC = frozenset(
    stem(w)
    for w in [
        "science",
        "technology",
        "innovation",
        "mobility",
        "transport",
        "languages",
        "conferences",
        "climate",
        "grants",
        "internships",
        "engineering",
        "education",
        "training",
        "research",
        "exchange",
    ]
)
#: "institutions of higher education": the field names a kind of institution, not a topic.
_NOT_AFTER = re.compile(
    r"\b(?:institutions?|establishments?|diplomas?|degrees?|systems?|ministry|minister|"
    r"organi[sz]ations?|schools?|universit(?:y|ies)|cent(?:er|re)s?|quality)\s+of\s+(?:the\s+)?$",
    re.I,
)


def _scheme_labels() -> list[str]:
    """Preferred and alternative labels of the topic scheme (ontology/topics.ttl)."""
    from kgpart.store.folder import ontology_dir

    try:
        data = (ontology_dir() / "topics.ttl").read_text(encoding="utf-8")
    except OSError:
        return []
    labels: list[str] = []
    for line in data.splitlines():
        if re.match(r"\s*(?:skos:prefLabel|skos:altLabel|rdfs:label)\b", line):
            labels += re.findall(r'"([^"]+)"@en', line)
    return labels


@lru_cache(maxsize=1)
def _scheme_index() -> dict[str, list[tuple[str, ...]]]:
    """First stem -> stem sequences of the scheme's labels, longest first."""
    index: dict[str, set[tuple[str, ...]]] = {}
    for label in _scheme_labels():
        stems = tuple(s for s, _, _ in stem_words(label))
        if not stems or (len(stems) == 1 and (stems[0] in _GENERIC or len(stems[0]) < 4)):
            continue
        index.setdefault(stems[0], set()).add(stems)
    return {k: sorted(v, key=len, reverse=True) for k, v in index.items()}


def scheme_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the scheme's labels in the text, matched stem by stem; never inside a name.

    The sentence tokens' first letters find the few places a label may start; only there are
    words stemmed.
    """
    text = doc.text
    cache = _FIRST_WORD
    if len(cache) > 100_000:
        cache.clear()
    out: list[tuple[int, int]] = []
    reach = -1
    for sent in doc.tokens:
        for k, token in enumerate(sent):
            entry = cache.get(token.text)
            if entry is None:
                entry = cache[token.text] = _first_word(token.text)
            if entry is _NO_LABEL or token.start < reach:
                continue
            candidates, seconds = entry
            if seconds and k + 1 < len(sent):
                # most first words ("students") are not followed by their label's second word
                nxt = sent[k + 1].text
                word = WORD.match(nxt)
                if word is None or (stem(word.group(0)) not in seconds and nxt.lower() not in PRAISE_WORDS):
                    continue
            reach = max(reach, _scheme_match(text, token.start, candidates, out))
    return out


_NO_LABEL: tuple[list[tuple[str, ...]], frozenset[str]] = ([], frozenset())
#: Token text -> (the scheme labels that may start with it, their second words; empty when a
#: one-word label is among them or the token holds a hyphen). Most tokens: _NO_LABEL.
_FIRST_WORD: dict[str, tuple[list[tuple[str, ...]], frozenset[str]]] = {}


def _first_word(token: str) -> tuple[list[tuple[str, ...]], frozenset[str]]:
    """The entry of ``_FIRST_WORD`` for a token."""
    first = WORD.match(token)
    candidates = _scheme_index().get(stem(first.group(0)), []) if first else []
    if not candidates:
        return _NO_LABEL
    if "-" in token or any(len(c) == 1 for c in candidates):
        return candidates, frozenset()
    return candidates, frozenset(c[1] for c in candidates)


def _scheme_match(
    text: str, begin: int, candidates: list[tuple[str, ...]], out: list[tuple[int, int]]
) -> int:
    """Match the longest label of ``candidates`` at ``begin``; append its span; return where it ends (or -1)."""
    first = WORD.match(text, begin)
    if first is None:
        return -1
    words = _stems_from(text, first, candidates[0])
    for stems in candidates:
        k = len(stems)
        if tuple(w[0] for w in words[:k]) == stems and _joined(text, words[:k]):
            start, end = words[0][1], words[k - 1][2]
            if _names_topic(text, start, end, words[k - 1][1]):
                out.append((start, end))
            return end
    return -1


def _stems_from(text: str, first: re.Match[str], longest: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """(stem, start, end) of the words from ``first`` on, as many as ``longest`` has, praise skipped.

    ``first`` counts as ``longest``'s first stem: the caller found it by that stem.
    """
    words = [(longest[0], first.start(), first.end())]
    if len(longest) > 1:
        for m in WORD.finditer(text, first.end(), first.end() + 40 * len(longest)):
            w = stem(m.group(0))
            if w not in PRAISE_WORDS:
                words.append((w, m.start(), m.end()))
            if len(words) == len(longest):
                break
    return words


def _names_topic(text: str, start: int, end: int, last: int) -> bool:
    """True unless the label is in a name, a bare "program" or an institution's field.

    ``last`` is where its last word starts; "institutions of higher education" names no topic.
    """
    return (
        not in_name(text, start, end)
        and text[last:end].lower() not in ("program", "programme")
        and _NOT_AFTER.search(text, max(0, start - 40), start) is None
        and not names_no_topic(text, start, end)
    )


def _joined(text: str, words: list[tuple[str, int, int]]) -> bool:
    """True when only spaces or hyphens separate the words ("science, and innovation" is a list)."""
    for a, b in pairwise(words):
        gap = text[a[2] : b[1]]
        if gap != " " and gap != "-" and PRAISE.sub("", gap).strip(" -"):
            return False
    return True

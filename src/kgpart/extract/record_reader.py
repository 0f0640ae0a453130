"""Read a record back from its dict form, naming the first bad field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kgpart.extract.record import (
    CATEGORIES,
    ORG_TYPES,
    Cohort,
    Evidence,
    Meeting,
    Organization,
    Participants,
    Partnership,
    Person,
    Programme,
    Source,
    Topic,
)

if TYPE_CHECKING:
    from kgpart.extract.record import Record


#: The longest name (label, alias, role, ...) and evidence sentence a record may hold, as the
#: shapes' kgs:TextLengthShape bounds them: a label is a name, not a document.
MAX_NAME = 1_000
MAX_SENTENCE = 10_000


def _fail(path: str, problem: str) -> ValueError:
    return ValueError(f"bad record field {path}: {problem}")


def _shown(value: Any) -> str:
    """A value for an error line: its repr, cut short (a record may hold megabytes)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bounded(value: str, path: str, limit: int) -> str:
    if len(value) > limit:
        raise _fail(path, f"longer than {limit:,} characters ({len(value):,})")
    return value


def _str(
    d: Mapping[str, Any], key: str, path: str, *, required: bool = False, limit: int = MAX_NAME
) -> str | None:
    value = d.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(f"{path}.{key}", f"expected a non-empty string, got {_shown(value)}")
    return _bounded(value, f"{path}.{key}", limit)


def _strs(d: Mapping[str, Any], key: str, path: str) -> list[str]:
    value = d.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(f"{path}.{key}", f"expected a list of strings, got {_shown(value)}")
    return [_bounded(v, f"{path}.{key}", MAX_NAME) for v in value]


def _int(value: Any, path: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(path, f"expected a non-negative integer, got {_shown(value)}")
    return value


def _choice(value: Any, allowed: tuple[str, ...], path: str) -> str:
    if value not in allowed:
        raise _fail(path, f"expected one of {', '.join(allowed)}, got {_shown(value)}")
    return str(value)


def _evidence(d: Mapping[str, Any], path: str) -> Evidence | None:
    ev = d.get("evidence")
    if ev is None:
        return None
    if not isinstance(ev, Mapping):
        raise _fail(f"{path}.evidence", "expected a mapping with sentence, start, end")
    start, end = _int(ev.get("start"), f"{path}.evidence.start"), _int(ev.get("end"), f"{path}.evidence.end")
    sentence = _str(ev, "sentence", f"{path}.evidence", limit=MAX_SENTENCE) or ""
    return Evidence(sentence, start or 0, end or 0)


def _person(d: Mapping[str, Any], p: str) -> Person:
    return Person(
        _str(d, "name", p, required=True) or "",
        _str(d, "role", p),
        _str(d, "affiliation", p),
        _strs(d, "aliases", p),
        _evidence(d, p),
    )


def _org(d: Mapping[str, Any], p: str) -> Organization:
    kind = _choice(d.get("type") or "Other", ORG_TYPES, f"{p}.type")
    return Organization(
        _str(d, "name", p, required=True) or "",
        _strs(d, "aliases", p),
        kind,
        _str(d, "country", p),
        _str(d, "part_of", p),
        _evidence(d, p),
        bool(d.get("inferred")),
    )


def _meeting(d: Mapping[str, Any], p: str) -> Meeting:
    return Meeting(
        _strs(d, "participants", p),
        _strs(d, "organizations", p),
        _str(d, "date", p),
        _str(d, "place", p),
        _evidence(d, p),
    )


def _partnership(d: Mapping[str, Any], p: str) -> Partnership:
    between = _strs(d, "between", p)
    if len(between) < 2:
        raise _fail(f"{p}.between", "a partnership needs two parties")
    return Partnership(
        between, _str(d, "kind", p) or "other", _str(d, "status", p) or "existing", _evidence(d, p)
    )


def _programme(d: Mapping[str, Any], p: str) -> Programme:
    who = d.get("participants") or {}
    if not isinstance(who, Mapping):
        raise _fail(f"{p}.participants", "expected a mapping with count and who")
    part = Participants(
        _int(who.get("count"), f"{p}.participants.count"), _str(who, "who", f"{p}.participants")
    )
    return Programme(
        _str(d, "name", p, required=True) or "",
        _str(d, "kind", p) or "other",
        _strs(d, "partners", p),
        part,
        _evidence(d, p),
    )


def _cohort(d: Mapping[str, Any], p: str) -> Cohort:
    # A cohort without a number ("count": null or no key) is a group whose size the text does
    # not give; a count of another type is still refused by _int.
    return Cohort(
        _int(d.get("count"), f"{p}.count"),
        _str(d, "who", p),
        _str(d, "at", p),
        _str(d, "from_country", p),
        _str(d, "status", p) or "studying",
        _evidence(d, p),
    )


def _topic(value: Any, p: str) -> Topic:
    if isinstance(value, str) and value.strip():
        return Topic(value)
    if isinstance(value, Mapping):
        return Topic(_str(value, "label", p, required=True) or "", _evidence(value, p))
    raise _fail(p, f"expected a topic label, got {_shown(value)}")


_READERS = {
    "persons": _person,
    "organizations": _org,
    "meetings": _meeting,
    "partnerships": _partnership,
    "programmes": _programme,
    "cohorts": _cohort,
    "topics": _topic,
}


def _topic_evidence(topics: list[Any], extra: Any) -> list[Any]:
    """Re-attach the evidence kept beside the plain topic labels, when it matches them."""
    if not isinstance(extra, list) or len(extra) != len(topics):
        return topics
    out = []
    for n, (topic, item) in enumerate(zip(topics, extra, strict=True)):
        detailed = _topic(item, f"topic_evidence[{n}]")
        out.append(detailed if detailed.label == topic.label else topic)
    return out


def record_from_dict(cls: type[Record], data: Mapping[str, Any]) -> Record:
    """Build ``cls`` from ``data``; raise ValueError naming the first bad field."""
    if not isinstance(data, Mapping):
        raise ValueError(f"bad record: expected a mapping, got {type(data).__name__}")
    missing = [c for c in CATEGORIES if c not in data]
    if missing:
        raise _fail(missing[0], "missing")
    parts: dict[str, list[Any]] = {}
    for category in CATEGORIES:
        items = data[category]
        if not isinstance(items, list):
            raise _fail(category, f"expected a list, got {type(items).__name__}")
        reader = _READERS[category]
        if category != "topics" and not all(isinstance(i, Mapping) for i in items):
            raise _fail(category, "expected a list of mappings")
        parts[category] = [reader(item, f"{category}[{n}]") for n, item in enumerate(items)]
    parts["topics"] = _topic_evidence(parts["topics"], data.get("topic_evidence"))
    src = data.get("source") or {}
    source = Source(
        _str(src, "url", "source", limit=MAX_SENTENCE),
        _str(src, "published", "source"),
        _str(src, "title", "source"),
        None if src.get("language") is None else _choice(src["language"], ("en", "ru"), "source.language"),
    )
    return cls(**parts, source=source)

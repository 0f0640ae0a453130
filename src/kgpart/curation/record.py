"""The record of acts, ``graph/curation.jsonl``: one JSON act a line, each with its UTC time, checked as read."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgpart.curation.lookup import ENTITY_CLASSES, full_iri
from kgpart.errors import GraphFileError

CURATION_FILE = "curation.jsonl"

# -- the record of acts ----------------------------------------------------------------------------

# Each act's fields: name -> (kind of value, required). "iri" is written kgr:... or in full.
_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "merge": {
        "keep": ("iri", True),
        "drop": ("iri", True),
        "keep_label": ("str", False),
        "keep_type": ("class", False),
        "drop_label": ("str", True),
        "drop_aliases": ("strs", False),
    },
    "rename": {"entity": ("iri", True), "label": ("str", True), "old_label": ("str", True)},
    "alias": {"entity": ("iri", True), "alias": ("str", True), "remove": ("bool", False)},
    "set": {
        "entity": ("iri", True),
        "type": ("class", False),
        "country": ("iri", False),
        "old_type": ("str", False),
        "old_country": ("str", False),
    },
    "delete": {
        "entity": ("iri", True),
        "label": ("str", True),
        "aliases": ("strs", False),
        "with_facts": ("bool", False),
    },
}


def check_act(data: Any) -> str | None:
    """What is wrong with one act as read from the record, or None.

    >>> check_act({"at": "2026-12-05T07:30:00Z", "act": "alias", "entity": "kgr:org/x", "alias": "X"})
    >>> check_act({"at": "2026-12-05T07:30:00Z", "act": "merge", "keep": "kgr:org/x"})
    "merge: missing field 'drop'"
    """
    if not isinstance(data, dict):
        return "an act is a JSON object"
    act = data.get("act")
    if act not in _FIELDS:
        return f"unknown act {act!r} (one of {', '.join(_FIELDS)})"
    at = data.get("at")
    try:
        when = datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        when = None
    if when is None or when.utcoffset() is None or when.utcoffset().total_seconds() != 0:  # type: ignore[union-attr]
        return f"'at' must be a UTC time such as 2026-12-05T07:30:00Z, got {at!r}"
    fields = _FIELDS[act]
    for name in set(data) - set(fields) - {"act", "at"}:
        return f"{act}: unknown field {name!r}"
    for name, (kind, required) in fields.items():
        value = data.get(name)
        if value is None:
            if required:
                return f"{act}: missing field {name!r}"
            continue
        problem = _check_value(kind, value)
        if problem:
            return f"{act}: {name!r} {problem}"
    if act == "set" and data.get("type") is None and data.get("country") is None:
        return "set: give 'type' or 'country'"
    return None


def _check_value(kind: str, value: Any) -> str | None:
    if kind == "str":
        return None if isinstance(value, str) and value.strip() else "must be a non-empty string"
    if kind == "strs":
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return None if ok else "must be a list of strings"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "class":
        return None if value in ENTITY_CLASSES else f"must be one of {', '.join(ENTITY_CLASSES)}"
    if not isinstance(value, str) or not full_iri(value).startswith(("http://", "https://")):
        return f"must be an IRI (kgr:... or https://...), got {value!r}"
    try:
        ox.NamedNode(full_iri(value))
    except ValueError:
        return f"is not a valid IRI: {value!r}"
    return None


def read_acts(path: Path) -> list[dict[str, Any]]:
    """The acts of a curation record, checked; none when the file does not exist.

    Raises
    ------
    GraphFileError
        For the first line that is not a well-formed act: its file and line, exit 1.
    """
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as exc:
        raise GraphFileError(path, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise GraphFileError(path, f"cannot read: {exc.strerror or exc}") from exc
    acts = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GraphFileError(path, f"not a JSON act ({exc.msg})", line=number) from None
        problem = check_act(data)
        if problem:
            raise GraphFileError(path, problem, line=number)
        acts.append(data)
    return acts


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def act_line(act: dict[str, Any]) -> str:
    """One act as its line in the record: ``at`` and ``act`` first, IRIs short."""
    return json.dumps(act, ensure_ascii=False)


def describe_act(act: dict[str, Any]) -> str:
    """An act in words, for what a command prints."""
    kind = act["act"]
    if kind == "merge":
        return f"merged {act['drop']} ({act['drop_label']}) into {act['keep']}"
    if kind == "rename":
        return f"renamed {act['entity']} from {act['old_label']!r} to {act['label']!r}"
    if kind == "alias":
        return f"{'removed' if act.get('remove') else 'added'} alias {act['alias']!r} of {act['entity']}"
    if kind == "set":
        said = [f"type {act['type']}" if act.get("type") else "", f"country {act.get('country') or ''}"]
        return f"set {act['entity']}: " + ", ".join(s for s in said if s and not s.endswith(" "))
    return f"deleted {act['entity']} ({act['label']}){' with its facts' if act.get('with_facts') else ''}"

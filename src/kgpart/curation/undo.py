"""Undoing the last act: what each act changed is kept in ``graph/.curation-undo/`` (which git
ignores), so the files come back byte for byte."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgpart.curation.files import Change, serialize_file, write_file
from kgpart.curation.record import CURATION_FILE, describe_act, read_acts
from kgpart.errors import KgpartError
from kgpart.store.index.rederive import FileEdit

UNDO_DIR = ".curation-undo"
UNDO_KEEP = 100  # acts that can be undone, the latest first

# -- undo ----------------------------------------------------------------------------------------


class NothingToUndoError(KgpartError):
    """``kgpart entity undo`` with no act recorded (exit 1: nothing was undone)."""


def _undo_path(graph_dir: Path, line: str) -> Path:
    return graph_dir / UNDO_DIR / f"{hashlib.sha256(line.encode()).hexdigest()[:16]}.json"


def save_undo(graph_dir: Path, line: str, record_before: str | None, changes: dict[Path, Change]) -> None:
    """Keep what undoing this act needs: each file as it was, its content after, and the quads
    the act added and removed (to undo it in a file a later ingest rewrote)."""
    from kgpart.store.files import write_atomic

    folder = graph_dir / UNDO_DIR
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():  # local to this copy of the folder: git never sees it
        ignore.write_text("*\n", encoding="utf-8")
    files = {
        str(path.relative_to(graph_dir)): {
            "before": before.decode("utf-8"),
            "after": hashlib.sha256(after).hexdigest(),
            "added": [str(q) for q in added],
            "removed": [str(q) for q in removed],
        }
        for path, (before, after, added, removed) in changes.items()
    }
    record = {"act": line, "record_before": record_before, "files": files}
    write_atomic(_undo_path(graph_dir, line), json.dumps(record, ensure_ascii=False))


def forget_old(graph_dir: Path) -> None:
    """Keep what undo needs for the last :data:`UNDO_KEEP` acts of the record only (each holds
    whole files); the record's order is the acts' order."""
    folder = graph_dir / UNDO_DIR
    lines = [x for x in (graph_dir / CURATION_FILE).read_text(encoding="utf-8").splitlines() if x.strip()]
    keep = {_undo_path(graph_dir, line).name for line in lines[-UNDO_KEEP:]}
    for path in folder.glob("*.json"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def undo_last(graph_dir: Path) -> dict[str, Any]:
    """Undo the last act of the record: the files it changed as they were (exactly, when nothing
    changed them since; else its added and removed statements reversed), the act taken out.

    Raises
    ------
    NothingToUndoError
        When the record holds no act.
    KgpartError
        When what undo needs was not kept here (the act was made elsewhere, or by hand).
    """
    from kgpart.store.files import graph_lock
    from kgpart.store.index.build import update_index

    with graph_lock(graph_dir):
        path = graph_dir / CURATION_FILE
        acts = read_acts(path)
        if not acts:
            raise NothingToUndoError(f"nothing to undo: {path} records no correction")
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        last = max(i for i, line in enumerate(lines) if line.strip())
        line = lines[last]
        saved = _undo_path(graph_dir, line)
        try:
            record = json.loads(saved.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise KgpartError(
                f"cannot undo the last correction ({describe_act(acts[-1])}): what undo needs "
                f"({saved}) was not kept here; make the opposite correction instead"
            ) from None
        edits: dict[str, FileEdit] = {}
        for name, info in record["files"].items():
            edit = restore_file(graph_dir / name, info)
            if edit is not None:
                edits[(graph_dir / name).relative_to(graph_dir).as_posix()] = edit
        before = record.get("record_before")
        if (
            before is not None
            and text == (before if before.endswith("\n") or not before else before + "\n") + line + "\n"
        ):
            write_file(path, before.encode("utf-8"))
        elif before is None and len([x for x in lines if x.strip()]) == 1:
            path.unlink()
        else:
            write_file(
                path, ("\n".join(lines[:last] + lines[last + 1 :]) + "\n").lstrip("\n").encode("utf-8")
            )
        saved.unlink()
        update_index(graph_dir, edits)  # in place, while no other writer can change the files
    return acts[-1]


def restore_file(path: Path, info: dict[str, Any]) -> FileEdit | None:
    """One file as it was before an act (see :func:`undo_last`); a file gone since stays gone.
    Returns what changed in it (for the index), ``None`` when nothing was written."""
    from kgpart.store.graph import parse_file, read_file

    if not path.exists():
        return None
    data = read_file(path)
    if hashlib.sha256(data).hexdigest() == info["after"]:
        before = info["before"].encode("utf-8")
        write_file(path, before)
        return FileEdit.of(data, before, _nquads(info["removed"]), _nquads(info["added"]))
    added = set(_nquads(info["added"]))
    parsed = parse_file(path)
    quads = [q for q in parsed if q not in added]
    present = set(quads)
    back = [q for q in _nquads(info["removed"]) if q not in present]
    quads += back
    after = serialize_file(path, quads)
    write_file(path, after)
    return FileEdit.of(data, after, back, [q for q in parsed if q in added])


def _nquads(lines: list[str]) -> list[ox.Quad]:
    if not lines:
        return []
    return list(ox.parse(("".join(f"{line} .\n" for line in lines)).encode(), format=ox.RdfFormat.N_QUADS))

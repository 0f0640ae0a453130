"""Write files so that a crash or a bad path never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kgpart.errors import GraphBusyError, OutputError


def write_atomic(path: str | Path, data: str | bytes, *, make_folders: bool = False) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    ``make_folders`` creates the missing folders first (a page may go into a folder of its own);
    without it a missing folder is an error, as a mistyped output path should be.

    Raises
    ------
    OutputError
        When the folder does not exist (and is not to be made) or is not writable.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    if make_folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files private; give them the usual mode
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def graph_lock(graph_dir: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the graph folder's write lock, so two ingests never interleave their writes.

    Raises
    ------
    GraphBusyError
        When another kgpart process holds the lock and ``wait`` is false.
    """
    import fcntl

    lock_path = graph_dir / ".kgpart.lock"
    with open(lock_path, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise GraphBusyError(
                f"the graph {graph_dir} is busy: another kgpart process is writing it (try again)"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

"""Run ``kgpart`` as an unprivileged user, also when the tests run as root (as CI does).

Root reads and writes files whatever their mode, so a test of a read-only folder or an unreadable
file proves nothing as root. As root, :func:`run_unprivileged` runs the command through
``setpriv`` as ``nobody`` (uid and gid 65534, no supplementary groups); as anyone else it runs it
as that user. The files it works on must be reachable by that user: pytest's ``tmp_path`` lives
in a folder only root may enter, so :func:`shared_tmp` gives a folder under ``/tmp`` that anyone
may traverse, and :func:`give` hands a file or folder to the user who will write it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = 65534
AS_ROOT = os.geteuid() == 0
_SETPRIV = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def command(*args: str | Path) -> list[str]:
    """The command line that runs ``kgpart ARGS`` as the unprivileged user."""
    line = [sys.executable, "-m", "kgpart", *map(str, args)]
    return [*_SETPRIV, *line] if AS_ROOT else line


def run_unprivileged(
    *args: str | Path, cwd: Path, stdin: str | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run ``kgpart ARGS`` as the unprivileged user in ``cwd``; its stdout and stderr as text.

    Fails the test (it is not skipped) when that user cannot run kgpart at all: the repository,
    the virtualenv or the interpreter must be readable by it.
    """
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(cwd), "LANG": "C.UTF-8"}
    done = subprocess.run(
        command(*args), cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode == 126 or "No module named kgpart" in done.stderr:
        pytest.fail(f"kgpart cannot run as uid {NOBODY}: {done.stderr.strip()} (make the venv readable)")
    return done


def give(path: Path) -> Path:
    """Make ``path`` (a folder: and all it holds) the unprivileged user's, so it may write there."""
    if AS_ROOT:
        for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
            os.chown(item, NOBODY, NOBODY, follow_symlinks=False)
    return path


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A fresh folder under /tmp that the unprivileged user may enter (removed afterwards)."""
    folder = Path(tempfile.mkdtemp(prefix="kgpart-unprivileged-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for root, folders, _ in os.walk(folder):  # locked folders: open each before going in
            for path in (os.path.join(root, name) for name in folders):
                if not os.path.islink(path):
                    os.chmod(path, 0o755)
        shutil.rmtree(folder)

"""Writing outputs: atomically to regular files, through to devices, pipes and stdout, via symlinks.

Nothing here may break the machine: device tests write to device nodes made in ``tmp_path`` when
running as root (``mknod``), and the one test that touches the real ``/dev/null`` checks it is
still the character device 1:3 afterwards and restores it if it is not.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kgpart.errors import OutputError
from kgpart.store import files
from kgpart.store.files import write_atomic
from support.devices import AS_ROOT, char_device, is_char_device, restore_device


@pytest.fixture
def real_devices() -> Iterator[None]:
    """The machine's ``/dev/null``, ``/dev/full`` and ``/dev/stdout``, put back if a test replaced them."""
    yield
    restore_device("null")
    restore_device("full")
    if AS_ROOT and not Path("/dev/stdout").is_symlink():
        Path("/dev/stdout").unlink(missing_ok=True)
        Path("/dev/stdout").symlink_to("/proc/self/fd/1")


def kgpart(*args: str, **run: Any) -> subprocess.CompletedProcess[bytes]:
    exe = Path(sys.executable).with_name("kgpart")
    return subprocess.run([str(exe), *args], timeout=120, check=False, **run)


def test_the_decision_on_real_files(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    os.mkfifo(tmp_path / "fifo")
    assert files.replaces_file(None)  # a new path
    assert files.replaces_file(os.stat(tmp_path / "f").st_mode)
    assert not files.replaces_file(os.stat("/dev/null").st_mode)
    assert not files.replaces_file(os.stat(tmp_path / "fifo").st_mode)
    assert not files.replaces_file(os.stat(tmp_path).st_mode)  # a folder: opened, and refused by the OS


def test_a_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    null = char_device(tmp_path, "null")
    assert write_atomic(null, b"data") == null
    assert is_char_device(null, "null")
    assert not list(null.parent.glob(".null.*"))


def test_a_full_device_is_one_error(tmp_path: Path) -> None:
    full = char_device(tmp_path, "full")
    with pytest.raises(OutputError) as caught:
        write_atomic(full, b"data")
    assert str(caught.value) == f"cannot write {full}: No space left on device"
    assert is_char_device(full, "full")


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(timeout=10)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo"]


@pytest.mark.parametrize("relative", [True, False])
def test_a_symlink_keeps_its_link_and_its_target_gets_the_data(tmp_path: Path, relative: bool) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.ttl"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.ttl"
    link.symlink_to(Path("real/out.ttl") if relative else target)
    assert write_atomic(link, "new") == link
    assert link.is_symlink() and os.readlink(link) == str(Path("real/out.ttl") if relative else target)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its mode
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["out.ttl"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.ttl"
    link.symlink_to(tmp_path / "new.ttl")
    write_atomic(link, "made")
    assert link.is_symlink() and (tmp_path / "new.ttl").read_text() == "made"


def test_a_regular_file_is_still_replaced_atomically(tmp_path: Path) -> None:
    path = tmp_path / "out.ttl"
    path.write_text("old")
    inode = path.stat().st_ino
    write_atomic(path, "new")
    assert path.read_text() == "new" and path.stat().st_ino != inode  # renamed into place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]


def test_dash_is_stdout(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomic("-", b"to stdout")
    assert capfdbinary.readouterr().out == b"to stdout"
    assert list(tmp_path.iterdir()) == []


KILLED_WRITER = """
import os, sys
from kgpart.store import files
def die(*args):
    os.kill(os.getpid(), 9)  # the moment between the temporary file and the rename
files.os.replace = die
files.write_atomic(sys.argv[1], "half")
"""


def test_a_temporary_file_left_by_kill_9_is_removed_by_the_next_write(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(out)], timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the litter is there
    subprocess.run([sys.executable, "-c", KILLED_WRITER.replace("files.os.replace = die", ""), str(out)])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]
    assert out.read_text() == "half"


def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    mine = tmp_path / f".other.ttl.{os.getpid()}.abcdefgh.tmp"  # this process is alive
    mine.write_text("being written")
    subprocess.run(
        [sys.executable, "-c", KILLED_WRITER.replace("files.os.replace = die", ""), str(tmp_path / "x")]
    )
    assert mine.exists()


@pytest.mark.usefixtures("real_devices")
def test_real_dev_null_stays_a_device() -> None:
    """End to end on the machine's own /dev/null (put back by the fixture if ever replaced)."""
    done = kgpart("export", "--format", "nt", "-o", "/dev/null", capture_output=True)
    assert is_char_device(Path("/dev/null"), "null")
    assert (done.returncode, done.stderr) == (0, b"wrote /dev/null\n")


@pytest.mark.usefixtures("real_devices")
def test_real_dev_full_is_one_line() -> None:
    done = kgpart("export", "-o", "/dev/full", capture_output=True)
    assert is_char_device(Path("/dev/full"), "full")
    assert (done.returncode, done.stderr) == (1, b"Error: cannot write /dev/full: No space left on device\n")


@pytest.mark.usefixtures("real_devices")
def test_dev_stdout_writes_to_whatever_stdout_is(tmp_path: Path) -> None:
    """``/dev/stdout`` -> ``/proc/self/fd/1`` -> a file the shell opened: written through that."""
    out = tmp_path / "out.nt"
    out.write_bytes(b"kept\n")
    with out.open("ab") as appended:  # like `kgpart ... >> out.nt`
        done = kgpart(
            "export", "--format", "nt", "-o", "/dev/stdout", stdout=appended, stderr=subprocess.PIPE
        )
    assert done.returncode == 0, done.stderr
    assert Path("/dev/stdout").is_symlink()
    data = out.read_bytes()
    assert data.startswith(b"kept\n<") and data.count(b"\n") > 50
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.nt"]


def test_many_files_are_written_whole_in_one_go(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    old = tmp_path / "old.txt"
    old.write_text("before")
    old.chmod(0o640)
    wanted = [(old, b"after"), (tmp_path / "sub" / "new.txt", b"new" * 10_000), (tmp_path / "b.txt", b"")]
    assert files.write_atomic_many(wanted) == [path for path, _ in wanted]
    assert [path.read_bytes() for path, _ in wanted] == [data for _, data in wanted]
    assert stat.S_IMODE(old.stat().st_mode) == 0o640  # an existing file keeps its mode
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["b.txt", "new.txt", "old.txt"]


def test_many_files_with_one_that_cannot_be_written_change_nothing(tmp_path: Path) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("as it was")
    batch = [(kept, b"changed"), (tmp_path / "missing" / "x.txt", b"x"), (tmp_path / "c.txt", b"c")]
    with pytest.raises(OutputError, match="missing"):
        files.write_atomic_many(batch)
    assert kept.read_text() == "as it was"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]  # no temporary file left


def test_many_files_written_through_to_a_device_in_turn(tmp_path: Path) -> None:
    files.write_atomic_many([(tmp_path / "a.txt", b"a"), (Path("/dev/null"), b"gone")])
    assert (tmp_path / "a.txt").read_bytes() == b"a"

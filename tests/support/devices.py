"""Character devices and pipes to write to, without putting the machine's own at risk.

As root, a test gets its own device node (``mknod`` in its temporary folder) with the numbers of
``/dev/null`` (1:3) or ``/dev/full`` (1:7): code that wrongly replaces it breaks only that copy.
A normal user gets the real one, which it could not replace anyway.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

AS_ROOT = os.geteuid() == 0
MINORS = {"null": 3, "full": 7}


def char_device(folder: Path, name: str) -> Path:
    """A character device behaving as ``/dev/<name>`` (``null`` or ``full``)."""
    if not AS_ROOT:
        return Path("/dev") / name
    node = folder / name
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, MINORS[name]))
    return node


def is_char_device(path: Path, name: str) -> bool:
    """Whether ``path`` is still the character device ``/dev/<name>`` (not a file put in its place)."""
    st = os.lstat(path)
    return stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(1, MINORS[name])


def restore_device(name: str) -> None:
    """Put ``/dev/<name>`` back as its character device, mode 666, if something replaced it (root only)."""
    path = Path("/dev") / name
    if AS_ROOT and not is_char_device(path, name):
        path.unlink(missing_ok=True)
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, MINORS[name]))
        path.chmod(0o666)

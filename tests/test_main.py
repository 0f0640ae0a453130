"""``python -m kgpart`` is the kgpart command line."""

from __future__ import annotations

import subprocess
import sys


def test_python_m_kgpart_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kgpart", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("Usage: kgpart [OPTIONS] COMMAND [ARGS]...")
    assert "  extract " in done.stdout and "  query " in done.stdout

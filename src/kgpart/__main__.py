"""``python -m kgpart``: the same command line as the ``kgpart`` script."""

from __future__ import annotations

from kgpart.cli.app import main

if __name__ == "__main__":
    main()

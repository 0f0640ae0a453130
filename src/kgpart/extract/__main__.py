"""Command line: ``python -m kgpart.extract ARTICLE [--url URL] [--published YYYY-MM-DD] [--format json|yaml]``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from kgpart.extract import ExtractionError, extract_article


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Print the record of one article; exit 1 with one "Error: ..." line on bad input."""
    parser = argparse.ArgumentParser(
        prog="python -m kgpart.extract",
        description="Extract an academic-diplomacy record from an article.",
        epilog="example: python -m kgpart.extract news.html --published 2024-05-01 --format yaml",
    )
    parser.add_argument("article", help="article file (.txt, .md, .html)")
    parser.add_argument("--url", help="where the article was published")
    parser.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD (resolves 'today')")
    parser.add_argument("--format", choices=("json", "yaml"), default="json")
    args = parser.parse_args(argv)
    try:
        record = extract_article(args.article, url=args.url, published=args.published)
    except ExtractionError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    data = record.to_dict()
    if args.format == "yaml":
        import yaml

        sys.stdout.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    else:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Read an article file (.txt, .md, .html) into plain text and what is known about it."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kgpart.errors import ExtractionError, TooLargeError
from kgpart.store.files import read_bounded

MAX_BYTES = 5 * 1024 * 1024
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "svg",
        "template",
        "iframe",
        "button",
        "select",
        "head",
        "object",
        "canvas",
    }
)
_VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
        "figcaption",
    }
)


@dataclass(frozen=True)
class Article:
    """Plain text of an article with its title and the source facts its header gave."""

    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None  # as the page names its site (HTML og:site_name or publisher meta)


class _TextParser(HTMLParser):
    """Collect visible text; prefer <main>/<article> when the page has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.main_depth = 0
        self.all_parts: list[str] = []
        self.main_parts: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.site_name: str | None = None
        self.in_title = self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        if tag in _VOID_TAGS:
            self._newline(tag)
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
        self.in_title = self.in_title or tag == "title"
        self.in_h1 = self.in_h1 or tag == "h1"
        if tag in ("main", "article"):
            self.main_depth += 1
        self._newline(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        self._newline(tag)
        if tag in ("main", "article") and self.main_depth:
            self.main_depth -= 1

    def _meta(self, attrs: dict[str, str | None]) -> None:
        """The site's name: ``og:site_name``, else a ``publisher`` meta."""
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        content = " ".join((attrs.get("content") or "").split())[:200]
        if content and (key == "og:site_name" or (key == "publisher" and not self.site_name)):
            self.site_name = content

    def _newline(self, tag: str) -> None:
        if tag in _BLOCK_TAGS and not self.skip:
            self.all_parts.append("\n\n")
            if self.main_depth:
                self.main_parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skip:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.all_parts.append(data)
        if self.main_depth:
            self.main_parts.append(data)


def html_article(html: str) -> tuple[str, str | None, str | None]:
    """The visible main text of an HTML page, its title (its first ``<h1>``, else its
    ``<title>`` without a trailing " | Site name") and the site's name from its metadata."""
    parser = _parsed(html)
    body = "".join(parser.main_parts) if "".join(parser.main_parts).strip() else "".join(parser.all_parts)
    heading = " ".join("".join(parser.h1_parts).split())
    title = heading or _without_site(" ".join("".join(parser.title_parts).split()))
    return _tidy(body), _clean_title(title), parser.site_name


#: A "<!" that opens no comment, doctype or CDATA section: Python 3.11's parser stops on some of them
#: ("<![0" raises AssertionError in its marked-section reader) where a browser shows them as text.
_STRAY_DECLARATION = re.compile(r"<!(?!--|\[CDATA\[|[A-Za-z])")


def _parsed(html: str) -> _TextParser:
    """The page read by the standard parser; a page it gives up on is read again with its stray
    "<!" taken as text, so hostile or broken markup never stops an extraction."""
    for attempt in (html, _STRAY_DECLARATION.sub("&lt;!", html), html.replace("<!", "&lt;!")):
        parser = _TextParser()
        try:
            parser.feed(attempt)
            parser.close()
        except (AssertionError, ValueError):
            continue
        return parser
    return parser  # what the last attempt read before it stopped


def _without_site(title: str) -> str:
    """A page title without its site's name after the last " | " (or " - ", " – "), when shorter."""
    head, sep, tail = max(
        (title.rpartition(s) for s in (" | ", " – ", " — ", " - ")), key=lambda p: len(p[0])
    )
    return head if sep and head and len(tail) < len(head) else title


_MD_RULES = [
    (re.compile(r"```.*?```", re.S), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),
    (re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"<[^>\n]+>"), ""),
]


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Strip Markdown markup; the first heading is the title."""
    heading = re.search(r"^\s{0,3}#{1,6}\s*(.+)$", md, re.M)
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    return _tidy(md), heading.group(1).strip(" #*") if heading else None


#: Mojibake seen in scraped news: NBSP decoded as "á", GBK-damaged apostrophes. Each pattern with the
#: characters one of which its every match holds (a cheap test before a scan of the whole text).
_MOJIBAKE = [
    ("á", re.compile(r"\b(of|in|to|on|at|a|an|the|and|with|from)á(?=\w)"), r"\1 "),
    ("á", re.compile(r"(?<=[a-z])á(?=[A-Z0-9])"), " "),
    ("¡â", re.compile(r"¡¯|â€™"), "’"),
    ("\u00a0\u2009\u202f", re.compile(r"[\u00a0\u2009\u202f]"), " "),
    ("\u200b\ufeff", re.compile(r"[\u200b\ufeff]"), ""),
]


def _tidy(text: str) -> str:
    if not text.isascii():  # every mojibake pattern holds a character outside ASCII
        for cues, pattern, repl in _MOJIBAKE:
            if any(c in text for c in cues):
                text = pattern.sub(repl, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # each pattern only where the text holds what its every match holds (the scans cost more than the tests)
    if "\t" in text or "  " in text:
        text = _BLANKS.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


#: Runs of blanks other than a single space (a single space is left alone: nothing to replace).
_BLANKS = re.compile(r" [ \t]+|\t[ \t]*")
_LINE_EDGES = re.compile(r" +\n *|\n +")
_BLANK_LINES = re.compile(r"\n{3,}")


_HEADER = re.compile(r"^(URL|DATE|TITLE):[ \t]*(.*)$")


def _header(text: str) -> tuple[str, dict[str, str]]:
    """Split optional "URL: ..." / "DATE: ..." header lines off a text article."""
    meta: dict[str, str] = {}
    lines = text.split("\n")
    while lines and _HEADER.match(lines[0]):
        match = _HEADER.match(lines.pop(0))
        assert match is not None
        meta[match.group(1).lower()] = match.group(2).strip()
    return "\n".join(lines), meta


def _guess_title(text: str) -> str | None:
    """A plain-text article's heading: its first real line when short and not a sentence."""
    first = next(iter(_real_lines(text)), None)
    if first and len(first) <= 200 and not first.endswith((".", ":")):
        return first
    return None


_SCRAPED_LINE = re.compile(  # "Images | gov.kz", "You are here": a site's crumbs
    r"^(?:[^|]{0,40}\|[^|]{0,40}|you are here\W*|home\W*|news\W*)$", re.I
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def _real_lines(text: str) -> list[str]:
    """The text's lines without what scraping put before the article: a leading "date
    2023-05-09", and lines of a time stamp, an id or a site's crumbs (fewer than three words,
    or a short "x | y")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines:
        lines[0] = _SCRAPED_DATE.sub("", lines[0]).strip()
    while lines and (len(_WORD.findall(lines[0])) < 3 or _SCRAPED_LINE.match(lines[0])):
        lines.pop(0)
    return lines


def _clean_title(title: str | None) -> str | None:
    """A heading without a scraped "date 2023-05-09" before it."""
    cleaned = _SCRAPED_DATE.sub("", title).strip() if title else ""
    return cleaned or None


# "ASTANA. KAZINFORM - ", "LAHORE: ", "AKIPRESS.COM - ": a news agency's dateline
_DATELINE = re.compile(
    r"^[A-Z][A-Z'-]+(?:[ -][A-Z][A-Z'-]+)*(?:\.[A-Z]{2,})?\s*(?:[.:]|\s[-–—])\s+(?:[A-Z]{4,}\s*[-–—.:]?\s+)?"
)
# a full stop after a lowercase letter, not after Dr, Mr, Ms, Prof, St or Russian "им." (named after)
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<!Prof)(?<![\s.]им)(?<=[a-z\u0430-\u044f)])\.(?:\s|$)")


def lead_title(text: str, limit: int = 100) -> str | None:
    """A title for an article without a heading: its first sentence, cut at a word near ``limit``.

    >>> lead_title("date 2024-11 The envoy met the rector. They talked.")
    'The envoy met the rector'
    """
    lines = _real_lines(text)
    if not lines:
        return None
    sentence = _SENTENCE_END.split(_DATELINE.sub("", lines[0]), maxsplit=1)[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence or None
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:-–") + "…"


#: Who publishes at a host (and its subdomains), where the host alone says little.
KNOWN_PUBLISHERS = {
    "inform.kz": "Kazinform",
    "akipress.com": "AKIpress",
    "24.kg": "24.kg",
    "trend.az": "Trend News Agency",
    "news.az": "News.az",
    "thenews.com.pk": "The News International",
    "einpresswire.com": "EIN Presswire",
    "gov.kz": "Government of Kazakhstan (gov.kz)",
    "mfa.gov.kg": "Ministry of Foreign Affairs of the Kyrgyz Republic",
}


def publisher_from_url(url: str | None) -> str | None:
    """The publisher an article's URL names: a known publisher of its host, else the host
    itself without "www." (``https://www.inform.kz/en/x`` -> "Kazinform").

    >>> publisher_from_url("https://news.example.org/harbour-visit")
    'news.example.org'
    """
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", (url or "").strip().lower()).split("/", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.").rstrip(".")
    if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host):
        return None
    parts = host.split(".")
    known = (KNOWN_PUBLISHERS.get(".".join(parts[i:])) for i in range(len(parts) - 1))
    return next((name for name in known if name), host)


def _looks_html(path: Path, text: str) -> bool:
    return path.suffix.lower() in (".html", ".htm", ".xhtml") or bool(
        re.match(r"\s*(<!doctype html|<html|<head|<body)", text, re.I)
    )


def text_to_article(raw: str, *, kind: str = "txt", name: str = "<text>") -> Article:
    """Turn raw article text of the given kind (txt, md, html) into an Article."""
    raw, meta = _header(raw.replace("\r\n", "\n"))
    site = None
    if kind == "html":
        text, title, site = html_article(raw)
    elif kind == "md":
        text, title = markdown_to_text(raw)
    else:
        text = _tidy(raw)
        title = _guess_title(text)
    url = meta.get("url") if meta.get("url") not in (None, "", "unknown") else None
    title = meta.get("title") or _clean_title(title)
    return Article(text, title, url, _header_date(meta.get("date"), name), site)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits: \d also takes Arabic-Indic ones


def _header_date(value: str | None, name: str) -> dt.date | None:
    """The ``DATE:`` header's date; one that is not a date is the article's error, not dropped.

    Raises
    ------
    ExtractionError
        When the header holds something other than a calendar date YYYY-MM-DD.
    """
    if not value or value == "unknown":
        return None
    try:
        if _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    shown = value if len(value) <= 40 else value[:40] + "..."
    raise ExtractionError(f"{name}: DATE header {shown!r} is not a date (YYYY-MM-DD)")


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read an article file; raise ExtractionError naming the file and the problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ExtractionError(f"{path}: file is {size} bytes, over the limit of {max_bytes}")
        # bounded as read, whatever stat says (0 for a symlink to /dev/zero)
        data = read_bounded(path, max_bytes, hint="raise --max-bytes to allow it")
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    except TooLargeError as exc:
        raise ExtractionError(str(exc)) from None
    return parse_article(data, path)


def parse_article(data: bytes, path: Path) -> Article:
    """An article file's bytes (read by the caller) as an Article; ExtractionError naming ``path``
    when they are empty, binary or not UTF-8."""
    if not data.strip():
        raise ExtractionError(f"{path}: file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # a byte-order mark: saved as "Unicode" by Windows editors
        raise ExtractionError(f"{path}: UTF-16 text, not UTF-8: convert it first (iconv -f utf-16 -t utf-8)")
    if b"\x00" in data:
        raise ExtractionError(f"{path}: binary file (NUL bytes), not an article")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = _cp1251_hint(data)
        raise ExtractionError(f"{path}: not UTF-8 text (bad byte at offset {exc.start}){hint}") from None
    suffix = path.suffix.lower()
    kind = "html" if _looks_html(path, raw) else "md" if suffix in (".md", ".markdown") else "txt"
    return text_to_article(raw, kind=kind, name=str(path))


def _cp1251_hint(data: bytes) -> str:
    """What to say of bytes that are not UTF-8 but read as Cyrillic in Windows-1251 (a Russian
    page saved in the old encoding): most of their letters Cyrillic once decoded that way."""
    text = data[:20_000].decode("cp1251", errors="replace")
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if letters and cyrillic >= 0.5 * len(letters):
        return "; it reads as Cyrillic in Windows-1251: convert it first (iconv -f cp1251 -t utf-8)"
    return ""


_SCRAPED_DATE = re.compile(
    r"\A\s*date\s+[0-9]{4}(?:-[0-9]{2}){0,2}\s+", re.I
)  # "date 2023-05-09 ..." of scraped pages


def text_fingerprint(text: str) -> str:
    """What tells the same article under another file name or URL: SHA-256 of its words,
    casefolded, with punctuation, spacing and a scraped leading "date YYYY-MM-DD" left out.

    >>> text_fingerprint("Rector  meets envoy.") == text_fingerprint("date 2024-01-02 RECTOR meets envoy")
    True
    """
    plain = _SCRAPED_DATE.sub("", unicodedata.normalize("NFKC", text))
    words = re.findall(r"\w+", plain.casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()

"""A timeline of meetings and new partnerships: a self-contained HTML page or a PNG chart.

Meetings are dated by their day (``kgp:date``) or, failing that, by their source's publication
date; partnerships in force and programmes by their source's date. The HTML page is one file
with an inline SVG chart and a table of the events: no script, no CDN, nothing fetched, and every
string from the graph escaped, because article text is untrusted. A ``.png`` path gets a
matplotlib chart instead.

Examples
--------
>>> from kgpart.store.graph import KnowledgeGraph
>>> events = timeline_events(KnowledgeGraph.open(), country="BE")
>>> events[0].kind
'meeting'
"""

from __future__ import annotations

import datetime
import io
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from kgpart.errors import UnknownNameError
from kgpart.network.projection import organisations, read_facts
from kgpart.store.files import write_atomic
from kgpart.store.source import GraphSource
from kgpart.terms import expand_prefixed

log = logging.getLogger(__name__)  # warnings reach the CLI through the "kgpart" logger
KINDS = ("meeting", "partnership", "programme")
COLOURS = {"meeting": "#4e79a7", "partnership": "#59a14f", "programme": "#f28e2b"}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
MAX_ROWS = 1000  # events listed in the page's table; the chart counts them all
_COUNTRY_NAMES_Q = """
SELECT ?c ?label ?n WHERE { ?c a kgp:Country ; rdfs:label ?label ; rdfs:label|skos:altLabel|kgp:isoCode ?n }"""


@dataclass(frozen=True)
class TimelineEvent:
    """A dated meeting, partnership or programme, with its organisations' names and countries, and
    the article it was read from: ``source`` its title, ``url`` its URL (never kgpart's source IRI)."""

    date: str | None
    kind: str
    iri: str
    label: str
    parties: tuple[str, ...]
    countries: tuple[str, ...]
    source: str | None
    url: str | None = None


def timeline_events(kg: GraphSource, *, country: str | None = None) -> list[TimelineEvent]:
    """Meetings, partnerships in force and programmes, oldest first (undated ones last).

    ``country`` (label, alias, ISO code or IRI) keeps the events with an organisation of it.

    Raises
    ------
    UnknownNameError
        ``country`` is not a known country; the message lists the closest names.
    """
    wanted = resolve_country(kg, country)[0] if country is not None else None
    orgs = organisations(kg)
    events = []
    for fact in read_facts(kg):
        known = [orgs[p] for p in fact.parties if p in orgs]
        countries = tuple(sorted({o.country for o in known if o.country}))
        if wanted is None or wanted in countries:
            parties = tuple(sorted(o.label for o in known))
            title = fact.source_title or (None if fact.source_url else fact.source)
            events.append(
                TimelineEvent(
                    fact.date, fact.kind, fact.iri, fact.label, parties, countries, title, fact.source_url
                )
            )
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.kind, e.label, e.iri))


def resolve_country(kg: GraphSource, name: str) -> tuple[str, str]:
    """The IRI and label of the country with this label, alias, ISO code or IRI (any case).

    Raises
    ------
    UnknownNameError
        No country has that name.
    """
    names: dict[str, tuple[str, str]] = {}
    for row in kg.select(_COUNTRY_NAMES_Q):
        country = (row["c"].value, row["label"].value)
        names.setdefault(row["n"].value.casefold(), country)
        names.setdefault(country[0].casefold(), country)
    found = names.get(name.strip().casefold()) or names.get(expand_prefixed(name).casefold())
    if found is None:  # a country the graph does not describe is still a country (#12 item 7)
        from kgpart.resolve import known_country

        found = known_country(name)
    if found is None:
        raise UnknownNameError("country", name, {label for _, label in names.values()})
    return found


def write_timeline(
    kg: GraphSource, path: str | Path, *, country: str | None = None, title: str | None = None
) -> Path:
    """Write the timeline to ``path``: a PNG chart if it ends in ``.png``, else an HTML page.

    Raises
    ------
    UnknownNameError
        ``country`` is not a known country.
    OutputError
        The folder does not exist or is not writable.

    Examples
    --------
    >>> from kgpart.store.graph import KnowledgeGraph
    >>> write_timeline(KnowledgeGraph.open(), "timeline.html")
    PosixPath('timeline.html')
    """
    events = timeline_events(kg, country=country)
    _say_odd_days(events)
    where = f" of {resolve_country(kg, country)[1]}" if country else ""
    if not events:  # an empty page is an answer (a country nothing is known of yet): said once
        log.warning(f"no meetings or partnerships{where or ' in the graph'}: the timeline is empty")
    heading = title or f"Meetings and new partnerships{where}"
    if Path(path).suffix.lower() == ".png":
        return write_atomic(path, render_png(events, heading))
    return write_atomic(path, render_html(events, heading))


def calendar_day(date: str | None) -> str | None:
    """The ISO day ``date`` starts with, if it is one the calendar has (not ``2025-13-01``).

    >>> calendar_day("2025-05-12T10:00:00"), calendar_day("2025-02-30"), calendar_day("2025")
    ('2025-05-12', None, None)
    """
    if not date or not _DAY.match(date):
        return None
    try:
        return datetime.date.fromisoformat(date[:10]).isoformat()
    except ValueError:
        return None


def _say_odd_days(events: list[TimelineEvent]) -> None:
    """Warn (one line) of events whose date has a day's shape but is none (``validate`` flags them)."""
    odd = [e.date[:10] for e in events if e.date and _DAY.match(e.date) and not calendar_day(e.date)]
    if odd:
        shown = ", ".join(repr(d) for d in sorted(set(odd))[:3]) + (", ..." if len(set(odd)) > 3 else "")
        plural = "s" if len(odd) > 1 else ""
        log.warning(f"{len(odd)} event{plural} dated {shown}, no calendar day: listed, not charted")


def buckets(events: Iterable[TimelineEvent]) -> tuple[list[str], dict[str, Counter[str]]]:
    """Periods (months, or years past three years) from first to last, and counts by kind in each.

    >>> e = TimelineEvent("2025-05-12", "meeting", "urn:m", "m", (), (), None)
    >>> buckets([e])
    (['2025-05'], {'2025-05': Counter({'meeting': 1})})
    """
    # Only days are charted: a date such as "2025" or free text cannot be placed in a month.
    dated = [(day, e.kind) for e in events if (day := calendar_day(e.date))]
    if not dated:
        return [], {}
    first, last = min(day for day, _ in dated), max(day for day, _ in dated)
    yearly = int(last[:4]) - int(first[:4]) >= 3
    periods = _periods(first, last, yearly=yearly)
    counts: dict[str, Counter[str]] = {p: Counter() for p in periods}
    for day, kind in dated:
        counts[day[:4] if yearly else day[:7]][kind] += 1
    return periods, counts


def _periods(first: str, last: str, *, yearly: bool) -> list[str]:
    """Every year or month from ``first`` to ``last`` (ISO dates), empty ones included."""
    if yearly:
        return [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    months = range(int(first[:4]) * 12 + int(first[5:7]) - 1, int(last[:4]) * 12 + int(last[5:7]))
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]


def render_svg(events: list[TimelineEvent], *, width: int = 960, height: int = 260) -> str:
    """A stacked bar chart of events per period, as inline SVG (every label escaped)."""
    periods, counts = buckets(events)
    if not periods:
        return '<p class="empty">No dated meetings or partnerships.</p>'
    top = max(sum(c.values()) for c in counts.values())
    left, bottom, plot_h = 40, 40, height - 60
    step = (width - left - 10) / len(periods)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    parts.append(f'<text x="4" y="16" font-size="11">{top}</text>')
    parts.append(
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#888"/>'
    )
    label_every = max(1, len(periods) // 12)
    for i, period in enumerate(periods):
        x = left + i * step
        parts += _stack(period, counts[period], x, max(step - 2, 1), float(height - bottom), plot_h / top)
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + 1:.1f}" y="{height - bottom + 14}" font-size="10">{escape(period)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _stack(period: str, counts: Counter[str], x: float, width: float, base: float, scale: float) -> list[str]:
    """One period's bar: a rectangle per kind, stacked upwards from ``base``, each with a tooltip."""
    rects = []
    for kind in KINDS:
        n = counts[kind]
        if n:
            base -= n * scale
            tip = escape(f"{period}: {n} {kind}{'s' if n > 1 else ''}")
            rects.append(
                f'<rect x="{x + 1:.1f}" y="{base:.1f}" width="{width:.1f}" height="{n * scale:.1f}" '
                f'fill="{COLOURS[kind]}"><title>{tip}</title></rect>'
            )
    return rects


_STYLE = """body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;font-size:.9em}td:first-child{white-space:nowrap}td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}
.key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}"""


def render_html(events: list[TimelineEvent], title: str) -> str:
    """A self-contained page: the chart, a legend and a table of the events, newest first."""
    totals = Counter(e.kind for e in events)
    key = "".join(f'<span style="background:{COLOURS[k]}"></span>{k}s ({totals[k]})' for k in KINDS)
    undated = sum(1 for e in events if not calendar_day(e.date))
    rows = [_row(e) for e in sorted(events, key=lambda e: e.date or "", reverse=True)[:MAX_ROWS]]
    more = f"<p>... and {len(events) - MAX_ROWS} more.</p>" if len(events) > MAX_ROWS else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f'<h1>{escape(title)}</h1><p class="key">{key}</p>{render_svg(events)}'
        + (f"<p>{undated} undated, listed but not charted.</p>" if undated else "")
        + "<table><thead><tr><th>Date</th><th>Kind</th><th>What</th><th>Organisations</th>"
        "<th>Source</th></tr></thead><tbody>" + "".join(rows) + f"</tbody></table>{more}</body></html>\n"
    )


def _row(e: TimelineEvent) -> str:
    cells = (e.date or "undated", e.kind, e.label, "; ".join(e.parties))
    return "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + f"<td>{_cite(e)}</td></tr>"


def _cite(e: TimelineEvent) -> str:
    """The article as escaped text: its title, then its URL (as text, not a link: the page fetches
    nothing and offers nothing to click that an article chose)."""
    return escape(" ".join(x for x in (e.source, e.url) if x))


def render_png(events: list[TimelineEvent], title: str) -> bytes:
    """The stacked bar chart as a PNG (matplotlib, no display needed)."""
    import matplotlib

    matplotlib.use("Agg")  # write files only; never open a window
    import matplotlib.pyplot as plt

    periods, counts = buckets(events)
    fig, ax = plt.subplots(figsize=(10, 3.5))
    base = [0] * len(periods)
    for kind in KINDS:
        values = [counts[p][kind] for p in periods]
        ax.bar(periods, values, bottom=base, color=COLOURS[kind], label=kind)
        base = [b + v for b, v in zip(base, values, strict=True)]
    ax.set_title(title)
    ax.legend()
    ax.tick_params(axis="x", labelrotation=90 if len(periods) > 12 else 0, labelsize=7)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    return buffer.getvalue()

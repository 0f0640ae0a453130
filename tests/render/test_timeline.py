"""The timeline: events dated and filtered by country; the page self-contained and escaped."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kgpart.cli.analysis import timeline
from kgpart.cli.app import KgpartGroup
from kgpart.errors import UnknownNameError
from kgpart.render.timeline import TimelineEvent, buckets, render_html, timeline_events, write_timeline
from kgpart.store.graph import KnowledgeGraph

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def test_events_are_dated_and_kinds_known(tiny: KnowledgeGraph) -> None:
    events = timeline_events(tiny)
    assert [(e.date, e.kind) for e in events] == [
        ("2025-05-12", "meeting"),  # the meeting's own day
        ("2025-05-14", "partnership"),  # partnerships by their article's date
        ("2025-05-14", "programme"),
    ]
    assert events[0].parties == ("Embassy of Kazakhstan in France", "Harbour University")


def test_meeting_without_a_day_takes_its_article_date(tiny_dir: Path) -> None:
    text = (tiny_dir / "tiny.trig").read_text(encoding="utf-8")
    (tiny_dir / "tiny.trig").write_text(
        text.replace('kgp:date "2025-05-12"^^xsd:date ;', ""), encoding="utf-8"
    )
    events = timeline_events(KnowledgeGraph.open(tiny_dir))
    assert [e.date for e in events if e.kind == "meeting"] == ["2025-05-14"]


def test_country_filter(shipped: KnowledgeGraph, tiny: KnowledgeGraph) -> None:
    assert len(timeline_events(tiny, country="KZ")) == 3
    # Only the partnership with the faculty and the programme touch Kazakhstan without the embassy.
    assert {e.kind for e in timeline_events(tiny, country="france")} == {
        "meeting",
        "partnership",
        "programme",
    }
    assert all(
        "https://w3id.org/kgpart/id/country/BE" in e.countries
        for e in timeline_events(shipped, country="Belgium")
    )
    with pytest.raises(UnknownNameError, match=re.escape("unknown country 'Frannce'. Did you mean: France?")):
        timeline_events(tiny, country="Frannce")


def test_buckets_are_monthly_then_yearly(tiny: KnowledgeGraph) -> None:
    periods, counts = buckets(timeline_events(tiny))
    assert periods == ["2025-05"] and counts["2025-05"]["meeting"] == 1
    old = [TimelineEvent("2019-01-01", "meeting", "urn:x", "x", (), (), None), *timeline_events(tiny)]
    assert buckets(old)[0] == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]


def test_page_contains_the_meetings_and_is_self_contained(tiny: KnowledgeGraph, tmp_path: Path) -> None:
    page = write_timeline(tiny, tmp_path / "t.html").read_text(encoding="utf-8")
    assert "Aida Serikova meets Jean Martin and Claire Dubois" in page and "<svg" in page
    assert "<script" not in page and not re.search(r"(src|href)=\"?(https?:)?//", page)
    assert "default-src 'none'" in page


def test_hostile_labels_are_escaped(tiny_dir: Path, tmp_path: Path) -> None:
    text = (tiny_dir / "tiny.trig").read_text(encoding="utf-8")
    hostile = HOSTILE.replace('"', '\\"')
    text = text.replace(
        'rdfs:label "Aida Serikova meets Jean Martin and Claire Dubois"', f'rdfs:label "{hostile}"'
    )
    (tiny_dir / "tiny.trig").write_text(text, encoding="utf-8")
    page = write_timeline(KnowledgeGraph.open(tiny_dir), tmp_path / "t.html", title=HOSTILE).read_text(
        encoding="utf-8"
    )
    assert HOSTILE not in page and "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page


def test_png(tiny: KnowledgeGraph, tmp_path: Path) -> None:
    path = write_timeline(tiny, tmp_path / "t.png", country="KZ")
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and path.stat().st_size > 1000


def test_empty_timeline_says_so() -> None:
    assert "No dated meetings or partnerships" in render_html([], "Empty")


@click.group(cls=KgpartGroup)
def kgpart() -> None:
    """A stand-in for the kgpart group, with the timeline command."""


kgpart.add_command(timeline)


def test_cli_help_ends_with_an_example(runner: CliRunner) -> None:
    result = runner.invoke(kgpart, ["timeline", "--help"])
    body = result.stdout.split("Options:")[0]
    assert result.exit_code == 0 and "kgpart timeline" in body.split("Example")[-1]


def test_cli_writes_the_page(runner: CliRunner, tiny_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.html"
    args = ["timeline", "-o", str(out), "--country", "KZ", "--graph", str(tiny_dir)]
    result = runner.invoke(kgpart, args, catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout == "" and f"wrote {out}" in result.stderr
    assert "Meetings and new partnerships of Kazakhstan" in out.read_text(encoding="utf-8")


def test_cli_unknown_country(runner: CliRunner, tiny_dir: Path, tmp_path: Path) -> None:
    args = ["timeline", "-o", str(tmp_path / "t.html"), "--country", "Frannce", "--graph", str(tiny_dir)]
    result = runner.invoke(kgpart, args)
    assert result.exit_code == 2 and not (tmp_path / "t.html").exists()
    assert result.stderr.splitlines()[-1] == (
        "Error: unknown country 'Frannce'. Did you mean: France? Known: France, Kazakhstan."
    )


def test_dates_that_are_not_days_are_listed_but_not_charted() -> None:
    events = [
        TimelineEvent("2025", "meeting", "urn:a", "a year only", (), (), None),
        TimelineEvent("2025-05-12T10:00:00", "meeting", "urn:b", "a moment", (), (), None),
    ]
    assert buckets(events) == (["2025-05"], {"2025-05": Counter({"meeting": 1})})
    page = render_html(events, "Odd dates")
    assert "1 undated, listed but not charted" in page and "a year only" in page


@pytest.mark.parametrize("day", ["2024-13-01", "2025-13-01", "2025-00-10", "2025-02-30", "2025-99-99"])
@pytest.mark.parametrize("suffix", [".html", ".png"])
def test_a_date_that_is_no_calendar_day_is_skipped_in_one_line(
    tiny_dir: Path, tmp_path: Path, day: str, suffix: str
) -> None:
    # validate flags such a date; the timeline once looped on month 13, memory growing, forever
    tiny = tiny_dir / "tiny.trig"
    tiny.write_text(tiny.read_text().replace('kgp:date "2025-05-12"', f'kgp:date "{day}"'))
    out = tmp_path / f"timeline{suffix}"
    kgpart = str(Path(sys.executable).parent / "kgpart")
    done = subprocess.run(
        [kgpart, "timeline", "-o", str(out), "--graph", str(tiny_dir)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    warning, wrote = done.stderr.splitlines()
    assert warning == f"Warning: 1 event dated {day!r}, no calendar day: listed, not charted", warning
    assert wrote == f"wrote {out}" and out.stat().st_size > 0
    if suffix == ".html":
        page = out.read_text(encoding="utf-8")
        assert "1 undated, listed but not charted" in page and day in page


def test_events_cite_their_article_by_title_and_url(tiny: KnowledgeGraph, tmp_path: Path) -> None:
    # #12 item 6: events carried kgpart's internal source IRI
    events = timeline_events(tiny)
    assert {(e.source, e.url) for e in events} == {
        ("Ambassador visits Harbour University", "https://news.example.org/1")
    }
    page = write_timeline(tiny, tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<td>Ambassador visits Harbour University https://news.example.org/1</td>" in page
    assert "/id/source/" not in page

"""Adding articles to the graph: extract, resolve, convert, validate, write, one source at a time.

Each article becomes ``graph/sources/<slug>.trig``, written atomically under the graph folder's
lock, and only after its facts passed the shapes: a bad article is refused with its reasons and
nothing already stored changes. Re-ingesting an unchanged article (same text, same source)
changes nothing; a changed article replaces its named graph; ``retract`` removes one source.

A reviewed source (``kgpart add``) or a curated one (a graph not made by the extractor, as the
shipped graph's) is pinned: ingesting the same article again keeps it, with a ``kept`` line,
unless ``force``. The same article is the same URL or file (the source's identity) or the same
text (:func:`~kgpart.extract.article.text_fingerprint`, kept on each source graph): an article
whose text an earlier source already has, under another file name or URL, is kept out with a
line naming that source, so a republished copy never adds its facts twice (``force`` replaces
that source with it).
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from kgpart import __version__
from kgpart.convert import Conversion, SourceInfo, convert, reference_iris
from kgpart.curation import Curation, curate_conversion
from kgpart.errors import KgpartError, OptionError, UnknownNameError, ValidationError
from kgpart.extract import KnownEntity, Record
from kgpart.extract.article import Article, lead_title, parse_article, publisher_from_url, text_fingerprint
from kgpart.ids import slugify
from kgpart.ingest.jobs import (
    CheckProcess,
    ExtractionPool,
    ExtractOptions,
    WorkerDiedError,
    start_pool,
    still_valid,
)
from kgpart.ingest.known import FILE as KNOWN_FILE
from kgpart.ingest.known import Known, open_on_disk
from kgpart.ingest.name_index import NameIndex, named_in
from kgpart.resolve import Entity, Resolver
from kgpart.store.files import graph_lock, read_bounded, write_atomic_many
from kgpart.store.folder import check_graph_owners, graph_files
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.index.build import update_index
from kgpart.store.index.state import index_dir
from kgpart.store.source import GraphSource
from kgpart.terms import ENTITIES_GRAPH, ID_BASE, REFERENCE_GRAPH, WRITE_PREFIXES, kgp_iri
from kgpart.validate.graph import ValidationReport
from kgpart.validate.source import SourceGraphChecker

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SOURCES_DIR = "sources"
ENTITIES_FILE = "entities.trig"
log = logging.getLogger(__name__)  # warnings reach the CLI through the "kgpart" logger
FLUSH_EVERY = 25  # sources written per entities-graph write: bounds rewrites on big batches
EXTRACTOR = f"kgpart-extract {__version__}"
DEFAULT_MAX_BYTES = 5_000_000
SLUG_HASH = 10  # hex digits of a source's identity in its slug: 40 bits, no collision in practice


NOT_WRITTEN = ("failed", "skipped", "kept")  # statuses whose line is the reason, not a file


@dataclass
class ArticleResult:
    """What happened to one article."""

    path: str
    status: (
        str  # added, replaced, unchanged, kept, failed, skipped (or "would add"/"would replace" in a dry run)
    )
    slug: str = ""
    facts: int = 0
    new_entities: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    suggestions: list[str] = field(default_factory=list)  # "possible same entity: A ~ B (articles X, Y)"

    def line(self) -> str:
        """One line for the summary."""
        if self.status in NOT_WRITTEN:
            return f"{self.status:<10} {self.path}: {self.error}"
        extra = f", {len(self.warnings)} warning(s)" if self.warnings else ""
        return (
            f"{self.status:<10} {self.path} -> {SOURCES_DIR}/{self.slug}.trig "
            f"({self.facts} facts, {len(self.new_entities)} new entities{extra})"
        )


@dataclass
class IngestReport:
    """The outcome of an ingest: one result per article."""

    results: list[ArticleResult] = field(default_factory=list)
    dry_run: bool = False

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.results if r.status == "failed"]

    def text(self) -> str:
        """Per-article lines and the totals."""
        lines = []
        for r in self.results:  # each article's warnings under its line, so it is clear whose they are
            lines += [r.line(), *(f"  warning: {w}" for w in r.warnings), *(f"  {s}" for s in r.suggestions)]
        ok = [r for r in self.results if r.status not in NOT_WRITTEN]
        skipped = sum(r.status == "skipped" for r in self.results)
        kept = sum(r.status == "kept" for r in self.results)
        lines.append(
            f"{'dry run: ' if self.dry_run else ''}{len(ok)} article(s) ok, {len(self.failed)} failed"
            f"{f', {skipped} skipped' if skipped else ''}{f', {kept} kept' if kept else ''}; "
            f"{sum(r.facts for r in ok)} facts, {len({e for r in ok for e in r.new_entities})} new entities, "
            f"{sum(len(r.warnings) for r in ok)} warning(s)"
        )
        return "\n".join(lines) + "\n"


def find_articles(
    paths: Iterable[str | Path], *, follow_links: bool = False
) -> tuple[list[Path], list[ArticleResult]]:
    """Files, folders (searched for articles) and glob patterns -> article files, in order, and a
    line for each link skipped and each subfolder that cannot be read (see :func:`folder_articles`;
    a glob's folder is the part before its first wildcard)."""
    found: list[Path] = []
    problems: list[ArticleResult] = []
    for item in paths:
        text = str(item)
        if any(ch in text for ch in "*?[") and not os.path.lexists(text):  # a real name may hold '['
            matches = [Path(p) for p in sorted(glob.glob(text, recursive=True)) if Path(p).is_file()]
            found += [p for p in matches if follow_links or _inside(p, _glob_folder(text), problems)]
        elif _is_folder(Path(text)):
            found += folder_articles(Path(text), problems, follow_links=follow_links)
        else:
            found.append(Path(text))
    return list(dict.fromkeys(found)), problems


def _is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder; a path behind a folder the user cannot enter is taken as a
    file, so its article gets its own ``failed`` line instead of stopping the batch."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _glob_folder(pattern: str) -> Path:
    """The folder a glob pattern searches: its parts before the first one with a wildcard."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if any(ch in part for ch in "*?[")), len(parts))
    return Path(*parts[:fixed]) if fixed else Path()


def _inside(path: Path, folder: Path, problems: list[ArticleResult]) -> bool:
    """Whether ``path`` really lies in ``folder``; if not (a link out of it), a ``skipped`` line."""
    target = path.resolve()
    if target.is_relative_to(folder.resolve()):
        return True
    reason = f"a link out of {folder} (to {target}); not followed"
    problems.append(ArticleResult(str(path), "skipped", error=reason))
    return False


def folder_articles(folder: Path, problems: list[ArticleResult], *, follow_links: bool = False) -> list[Path]:
    """The articles under ``folder``, in path order.

    A link to a file or folder outside ``folder`` is not followed (it could bring any file of the
    machine into the graph) unless ``follow_links``: each gets a ``skipped`` line in
    ``problems``, as an unreadable subfolder gets a ``failed`` one. Each real folder is walked
    once, so a link loop ends.
    """
    top = folder.resolve()
    seen, stack, found = {top}, [folder], []
    while stack:
        current = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            problems.append(
                ArticleResult(str(current), "failed", error=f"cannot read the folder ({exc.strerror or exc})")
            )
            continue
        for entry in entries:
            path = Path(entry.path)
            is_dir = entry.is_dir()
            if not is_dir and path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if entry.is_symlink() and not follow_links and not _inside(path, folder, problems):
                continue
            if not is_dir:
                if path.resolve() not in seen:  # a link to an article walked already: once
                    seen.add(path.resolve())
                    found.append(path)
            elif path.resolve() not in seen:
                seen.add(path.resolve())
                stack.append(path)
    return sorted(found)


def source_identity(path: Path | None, url: str | None) -> str:
    """What makes two articles one source: the URL (its scheme and a trailing slash aside) when
    known, else the file's resolved path."""
    if url:
        return url.strip().split("://", 1)[-1].rstrip("/")
    return str(path.resolve()) if path else "record"


def source_slug(path: Path | None, url: str | None) -> str:
    """A source's name under ``sources/``: readable (its URL, else its file name, as ASCII) and
    unique (a hash of its whole identity, since the readable part drops what is not ASCII).

    >>> source_slug(None, "https://news.example.org/harbour-visit")
    'news-example-org-harbour-visit-f9c56b149c'
    """
    identity = source_identity(path, url)
    readable = slugify(identity if url else path.stem if path else "record")
    digest = hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()[:SLUG_HASH]
    return f"{readable}-{digest}"


def readable_part(slug: str) -> str:
    """A slug without the hash :func:`source_slug` ends it with (a slug of an older kgpart as it is)."""
    return _SLUG_HASH.sub("", slug)


_SLUG_HASH = re.compile(rf"-[0-9a-f]{{{SLUG_HASH}}}\Z")


def check_url_option(files: list[Path], url: str | None) -> None:
    """``--url`` names one article: given with several, every one would be the same source.

    Raises
    ------
    OptionError
        When ``url`` comes with more than one file.
    """
    if url and len(files) > 1:
        raise OptionError(
            f"--url names one article, but {len(files)} were given: ingest them one by one, "
            "or give each its URL in a 'URL: ...' header line"
        )


@dataclass
class Converted:
    """An article converted, waiting for the verdict of the shape checks."""

    path: str
    source: SourceInfo
    conversion: Conversion
    previous: str | None  # the content hash of the source it replaces
    suggestions: list[str]
    new_entities: list[ox.Quad] = field(default_factory=list)
    line: ArticleResult | None = None  # its placeholder in the report, while the check runs


class Ingestor:
    """Holds the graph, the resolver and the known sources while a batch of articles goes in."""

    def __init__(
        self, graph_dir: Path, *, dry_run: bool = False, force: bool = False, by_key: bool = True
    ) -> None:
        self.graph_dir = graph_dir
        self.dry_run = dry_run
        self.force = force
        # A big graph with an on-disk index: what ingest needs is looked up by key (known.py)
        # instead of reading every file. Without ``by_key`` or for a small graph, every file is
        # read, as before.
        self.known: Known | None = None
        self._frozen: dict[str, KnownEntity] | None = None  # stored entities as the batch began
        opened = open_on_disk(graph_dir) if by_key else None
        if opened is not None:
            self.kg, self.known = opened
            self.resolver = self.known.resolver(self.kg)
        else:
            self.kg = KnowledgeGraph.open(graph_dir, derive=False)
            self.resolver = Resolver.from_graph(self.kg)
        # a person's corrections (curation.py): every article gets them
        self.curation = Curation.load(graph_dir)
        self.curation.prepare(self.resolver)
        if self.known is not None:
            self.reference = self.known.reference_iris()
            self.entity_quads = {*self.known.graph_quads(graph_dir, ENTITIES_GRAPH), *entities_header()}
            self.base = [*self.entity_quads]  # the reference graph stays in the database
            self.checker: SourceGraphChecker = self.known.checker(self.base)
            hashes, by_url, stored_by_slug, by_fingerprint = self.known.sources()
        else:
            self.reference = reference_iris(self.kg.store)
            stored = self.kg.store.quads_for_pattern(None, None, None, ox.NamedNode(ENTITIES_GRAPH))
            self.entity_quads = {*stored, *entities_header()}
            base = self.kg.store.quads_for_pattern(None, None, None, ox.NamedNode(REFERENCE_GRAPH))
            self.base = [*base, *self.entity_quads]
            self.checker = SourceGraphChecker(self.base)
            hashes, by_url, stored_by_slug = (
                known_hashes(self.kg),
                known_urls(self.kg),
                stored_sources(self.kg),
            )
            by_fingerprint = {s.fingerprint: slug for slug, s in stored_by_slug.items() if s.fingerprint}
        self.hashes: dict[str, str] = hashes
        self.by_url: dict[str, str] = by_url
        self.stored: dict[str, StoredSource] = stored_by_slug
        self.by_fingerprint: dict[str, str] = by_fingerprint
        self.batch: dict[str, str] = {}  # slug -> the article of this batch that has it
        self.pending: list[tuple[str, list[ox.Quad]]] = []
        self.entities_changed = False
        self._gazetteer = NameIndex()
        self._gazetteer_seen = 0  # how many of resolver.added are in the gazetteer
        self.pool: ExtractionPool | None = None  # workers extracting ahead (--jobs), see extract()
        self.position = 0  # of the article being ingested, in the batch
        self.looked_ahead = 0  # articles up to here were given to the pool (or found not worth it)
        # with workers, a check process checks one source while this process converts the next
        self.checks: CheckProcess | None = None
        self.checking: Converted | None = None  # sent to it, its verdict not taken yet
        self.check_here = False  # the check process could not start or died
        self.passed_here: list[ox.Quad] = []  # new entities that passed before it started
        self.results: list[ArticleResult] = []  # the report's lines, for a verdict taken later

    def gazetteer(self, text: str) -> list[KnownEntity]:
        """What the graph knows, for the extractor to recognise in ``text``: the stored entities
        (:meth:`stored_gazetteer`), then those this batch added (:meth:`batch_gazetteer`), each
        only where one of its names occurs in ``text`` (the only place the extractor uses one)."""
        return named_in(self.stored_gazetteer(text), text) + self.batch_gazetteer().named_in(text)

    def batch_gazetteer(self) -> NameIndex:
        """The gazetteer's entries that grow with the batch, in the order they became known (grown,
        not rebuilt, per article): every entity when the graph was read whole, those this batch
        added when it is looked up by key. Workers are sent it once, then what it gained."""
        for entity in self.resolver.added[self._gazetteer_seen :]:
            if entity.kind in ("org", "person"):
                self._gazetteer.append(known_entity(entity))
        self._gazetteer_seen = len(self.resolver.added)
        return self._gazetteer

    def stored_gazetteer(self, text: str) -> list[KnownEntity]:
        """Looked up by key (``self.known``), the stored entities the extractor may find in
        ``text`` (a name of one starts with a word of it), in their order, as they were when the
        batch began; none otherwise (they are all in :meth:`batch_gazetteer`)."""
        if self.known is None:
            return []
        frozen = self._freeze()
        stored = []
        for iri in self.known.gazetteer_iris(text):
            held = frozen.get(iri)
            if held is None:
                found = self.known.entity(iri)
                held = known_entity(found) if found else None
            if held is not None:
                stored.append(held)
        return stored

    def _freeze(self) -> dict[str, KnownEntity]:
        """The stored entities the curation acts changed (the others are as stored), as they
        were the first time the gazetteer was looked up in this batch."""
        if self._frozen is None:
            loaded = dict.items(self.resolver.entities)
            self._frozen = {
                i: known_entity(e) for i, e in loaded if not e.new and e.kind in ("org", "person")
            }
        return self._frozen

    def slug(self, path: Path, url: str | None) -> str:
        """The source's slug: the stored one of its URL (an older kgpart named it), else a new one."""
        stored = self.by_url.get(source_identity(None, url)) if url else None
        return stored or source_slug(path, url)

    def same_article(self, slug: str, fingerprint: str) -> tuple[str, str] | None:
        """The stored source (or article of this batch) that this article is, with why it is kept
        out; None when it is new, or a machine extraction of it that this one may replace."""
        earlier = self.by_fingerprint.get(fingerprint, slug)
        stored = self.stored.get(earlier)
        pinned = (
            f"{'reviewed' if stored.reviewed else 'curated'} source {earlier} is pinned" if stored else ""
        )
        if earlier != slug:  # the same text under another identity: never a second set of facts
            where = self.batch.get(earlier) or (stored.shown(earlier) if stored else earlier)
            why = pinned if stored and stored.pinned else f"source {earlier}, not added twice"
            return earlier, f"the same text as {where}: {why} (use --force to replace it)"
        if stored and stored.pinned:
            return slug, f"{pinned} (use --force to replace)"
        return None

    def refuse_taken(self, slug: str, path: str) -> None:
        """Refuse a second article of this batch under one name: it would replace the first."""
        earlier = self.batch.get(slug, path)
        if earlier != path:
            raise KgpartError(
                f"the same source as {earlier} earlier in this batch ({SOURCES_DIR}/{slug}.trig); not replaced"
            )

    def add_record(self, record: Record, source: SourceInfo, path: str) -> ArticleResult:
        """Convert, validate and write one record (the common end of ``ingest_articles`` and ``add_record_file``)."""
        self.settle_if_about(source.slug)
        self.refuse_taken(source.slug, path)
        previous = self.hashes.get(source.slug)
        if previous is not None and previous == source.content_hash:
            self.batch[source.slug] = path
            return ArticleResult(path, "unchanged", source.slug)
        asked = len(self.resolver.suggestions)
        conversion = convert(record, source, self.resolver, reference=self.reference)
        curate_conversion(self.curation, conversion)  # merged, renamed, deleted entities as curated
        self.converted()
        suggestions = [s.text() for s in self.resolver.suggestions[asked:]]
        done = Converted(path, source, conversion, previous, suggestions)
        # the previous article's verdict first (it was checked while this one was converted):
        # this one's new entities, and the base of its check, depend on whether it passed
        self.settle()
        done.new_entities = self.new_entities(conversion)
        if self.pool is None or self.check_here or (self.checks is None and not self.pool.ready()):
            # (until the workers are up, their fork server is busy: checked here meanwhile)
            return self.finish(done, self.checker.check(conversion.quads + done.new_entities))
        return self.send_check(done)

    def new_entities(self, conversion: Conversion) -> list[ox.Quad]:
        """The entity quads of a conversion that the entities graph does not hold yet."""
        return [q for q in conversion.entity_quads if q not in self.entity_quads]

    def send_check(self, done: Converted) -> ArticleResult:
        """Give the check process the converted article; its line in the report is a placeholder
        until :meth:`settle` takes the verdict (checked here when no process can check)."""
        quads = done.conversion.quads + done.new_entities
        try:
            if self.checks is None:
                self.checks = CheckProcess(
                    self.base,
                    [w.conn for w in self.pool.workers] if self.pool else [],
                    database=None if self.known is None else index_dir(self.graph_dir) / KNOWN_FILE,
                )
                self.checks.commit(self.passed_here)  # what passed while this process checked
                self.passed_here = []
            self.checks.send(len(self.results), quads)
        except OSError as exc:
            self.stop_checks(f"cannot start a shape-check process ({exc})")
            return self.finish(done, self.checker.check(quads))
        done.line = ArticleResult(done.path, "checking", done.source.slug)
        self.checking = done
        return done.line

    def settle(self) -> None:
        """Take the verdict on the article being checked, and put its line in the report."""
        done, self.checking = self.checking, None
        if done is None or done.line is None:
            return
        quads = done.conversion.quads + done.new_entities
        try:  # any error is this article's line, as with one job
            try:
                assert self.checks is not None
                report = self.checks.verdict()
            except WorkerDiedError as exc:
                self.stop_checks(str(exc))
                report = self.checker.check(quads)  # this process's checker has the same base
            result = self.finish(done, report)
        except KgpartError as exc:
            result = ArticleResult(done.path, "failed", error=one_line(str(exc), Path(done.path)))
        at = next(i for i in range(len(self.results) - 1, -1, -1) if self.results[i] is done.line)
        self.results[at] = result

    def settle_if_about(self, slug: str, fingerprint: str | None = None) -> None:
        """Take the verdict first when this article's fate depends on it: the same slug or text
        as the article being checked (whether that one went in)."""
        if self.checking and (
            self.checking.source.slug == slug
            or (fingerprint is not None and self.checking.source.fingerprint == fingerprint)
        ):
            self.settle()

    def stop_checks(self, why: str) -> None:
        """Check in this process from now on."""
        log.warning("%s: checking in this process", why)
        if self.checks is not None:
            self.checks.stop()
        self.checks = None
        self.check_here = True

    def close(self) -> None:
        """Stop the worker and check processes (an unfinished check: that article is not written),
        and let go of the index (the index update that follows needs it alone)."""
        self.checking = None
        if self.pool:
            self.pool.close()
        if self.checks:
            self.checks.stop()
        if self.known is not None:
            self.known.close()
        self.kg.close()

    def finish(self, done: Converted, report: ValidationReport) -> ArticleResult:
        """Write (or queue) a converted article that passed its checks; refuse one that did not."""
        refuse_nonconforming(report)
        source, conversion, path, new_entities = done.source, done.conversion, done.path, done.new_entities
        previous = done.previous
        self.checker.commit(new_entities)
        if self.checks is not None:
            self.checks.commit(new_entities)
        elif self.pool is not None:
            self.passed_here += new_entities  # the base of a check process started later
        self.entity_quads.update(new_entities)
        self.entities_changed |= bool(new_entities)
        status = "replaced" if previous is not None else "added"
        if self.dry_run:
            status = {"added": "would add", "replaced": "would replace"}[status]
        else:
            self.pending.append((source.slug, conversion.quads))
            if len(self.pending) >= FLUSH_EVERY:
                self.flush()
        self.hashes[source.slug] = source.content_hash
        self.stored[source.slug] = StoredSource(source.url, source.title, source.fingerprint, source.reviewed)
        if source.fingerprint:
            self.by_fingerprint[source.fingerprint] = source.slug
        self.batch[source.slug] = path
        return ArticleResult(
            path,
            status,
            source.slug,
            conversion.facts,
            conversion.new_entities,
            conversion.warnings,
            suggestions=done.suggestions,
        )

    def flush(self) -> None:
        """Write the entities graph, then the sources that need it: a crash in between leaves
        entities without facts (harmless), never facts without their entities."""
        if self.dry_run:
            return
        files = [(self.graph_dir / ENTITIES_FILE, trig(self.entity_quads))] if self.entities_changed else []
        if self.pending:
            (self.graph_dir / SOURCES_DIR).mkdir(parents=True, exist_ok=True)
        files += [
            (self.graph_dir / SOURCES_DIR / f"{slug}.trig", trig(quads)) for slug, quads in self.pending
        ]
        write_atomic_many(files)  # each file whole, synced to disk together, renamed in this order
        self.entities_changed = False
        self.pending.clear()

    def identify(
        self, raw: bytes, path: Path, url: str | None, published: str | None, publisher: str | None, lang: str
    ) -> tuple[str, str]:
        """An article's content hash and the slug it has unless an earlier source is the same text."""
        # a forced language is part of what was said about the article (auto keeps old hashes)
        digest = content_hash(raw, url, published, publisher, *([lang] if lang != "auto" else []))
        return digest, self.slug(path, url or header_url(raw))

    def extract(self, path: Path, article: Article, options: ExtractOptions) -> Record:
        """The article's record: the one a worker extracted ahead, when it is the one the
        gazetteer now gives (:func:`~kgpart.ingest.jobs.still_valid`), else extracted here from
        ``article``, the file as read (not read again)."""
        text = article.text
        if self.pool:
            if self.known is not None:  # frozen when it was, before the stored part is looked up
                self._freeze()
            batch = self.batch_gazetteer()
            ahead = self.pool.take(self.position, batch)
            if ahead is not None and (
                isinstance(ahead.error, WorkerDiedError) or still_valid(ahead, batch, text)
            ):
                if ahead.error is not None:
                    raise ahead.error
                assert ahead.record is not None
                return ahead.record  # its stored entities were looked up when it was sent
        return options.extract(path, self.gazetteer(text), article)

    def converted(self) -> None:
        """This article's names are resolved: the workers may read the next one with the
        gazetteer it will be read with, while this process checks and writes this one."""
        if self.pool:
            self.pool.prepare(self.position, self.batch_gazetteer())

    def look_ahead(
        self, files: list[Path], position: int, publisher: str | None, options: ExtractOptions
    ) -> None:
        """Note the article now ingested, and give the workers (if any) the next ones to extract."""
        self.position = position
        if self.pool is None:
            return
        end = min(len(files), position + self.pool.window)
        for ahead in range(max(self.looked_ahead, position), end):
            stored = self.worth_extracting(files[ahead], publisher, options)
            if stored is not None:
                self.pool.submit(ahead, files[ahead], stored)
        self.looked_ahead = max(self.looked_ahead, end)

    def worth_extracting(
        self, path: Path, publisher: str | None, options: ExtractOptions
    ) -> list[KnownEntity] | None:
        """The stored part of the gazetteer a worker should extract this article ahead with
        (:meth:`stored_gazetteer` of its text); None when it should not: the article is unchanged
        as far as the batch knows yet, or unreadable (this process says why)."""
        try:
            raw = read_bytes(path, options.max_bytes)
        except KgpartError:
            return None
        digest, guess = self.identify(raw, path, options.url, options.published, publisher, options.lang)
        if self.hashes.get(guess) == digest:
            return None
        if self.known is None:
            return []
        try:
            return self.stored_gazetteer(parse_article(raw, path).text)
        except KgpartError:
            return None

    def ingest_file(
        self,
        path: Path,
        *,
        url: str | None,
        published: str | None,
        publisher: str | None,
        max_bytes: int,
        lang: str = "auto",
    ) -> ArticleResult:
        """Extract one article file and add it; any problem is reported, never raised."""
        try:
            raw = read_bytes(path, max_bytes)
            # An unchanged article is recognised before the (costlier) extraction.
            digest, guess = self.identify(raw, path, url, published, publisher, lang)
            self.settle_if_about(guess)
            self.refuse_taken(guess, str(path))
            if self.hashes.get(guess) == digest:
                self.batch[guess] = str(path)
                return ArticleResult(str(path), "unchanged", guess)
            article = parse_article(raw, path)
            fingerprint = text_fingerprint(article.text)
            self.settle_if_about(guess, fingerprint)
            same = self.same_article(guess, fingerprint)
            if same and not self.force:
                return ArticleResult(str(path), "kept", same[0], error=same[1])
            record = self.extract(path, article, ExtractOptions(url, published, max_bytes, lang))
            src = record.source
            source = SourceInfo(
                slug=same[0] if same else self.slug(path, url or src.url),
                # its heading, else its first sentence: the file name only for an article without text
                title=src.title or lead_title(article.text) or path.stem,
                url=url or src.url,
                published=published or src.published,
                publisher=publisher or article.publisher or publisher_from_url(url or src.url),
                content_hash=digest,
                extracted_by=EXTRACTOR,
                ingested_at=now(),
                fingerprint=fingerprint,
            )
            return self.add_record(record, source, str(path))
        except KgpartError as exc:
            return ArticleResult(str(path), "failed", error=one_line(str(exc), path))


def known_entity(entity: Entity) -> KnownEntity:
    """An entity of the graph as the extractor's gazetteer wants it."""
    aliases = tuple(sorted(entity.aliases))
    if entity.kind == "person":
        return KnownEntity(entity.label, aliases, None, None, "person")
    return KnownEntity(entity.label, aliases, entity.type or None, entity.country, "organization")


def ingest_articles(
    paths: Iterable[str | Path],
    graph_dir: Path,
    *,
    url: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    dry_run: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    lang: str = "auto",
    follow_links: bool = False,
    force: bool = False,
    jobs: int = 1,
) -> IngestReport:
    """Ingest article files (``.txt``, ``.md``, ``.html``), folders or globs into ``graph_dir``.

    A bad article gets a line in the report and the others still go in. ``url`` and
    ``published`` apply to every file (use them for a single article); ``lang`` ("auto", "en",
    "ru") is each article's language, detected per article by default. In a folder, links out of
    it are skipped (a line each) unless ``follow_links``. A pinned source of the same article
    (reviewed or curated) and an earlier source of the same text are kept, a line each, unless
    ``force`` (see the module's docstring). With ``jobs`` > 1, that many worker processes
    extract articles ahead (:mod:`kgpart.ingest.jobs`); everything else stays in this process,
    in the batch's order, so the graph and the report are the same as with one.

    Raises
    ------
    KgpartError
        When no article is named, or another process is writing the graph.
    """
    files, problems = find_articles(paths, follow_links=follow_links)
    if not files and not problems:
        raise KgpartError("no article files found (give files, folders or glob patterns)")
    check_url_option(files, url)
    graph_dir.mkdir(parents=True, exist_ok=True)
    report = IngestReport(problems, dry_run=dry_run)
    with graph_lock(graph_dir):
        options = ExtractOptions(url, published, max_bytes, lang)
        pool = start_pool(jobs, len(files), options)  # its fork server starts while the graph is read
        ingestor = Ingestor(graph_dir, dry_run=dry_run, force=force)
        ingestor.pool = pool
        ingestor.results = report.results
        try:
            for position, path in enumerate(progress(files) if progress else files):
                ingestor.look_ahead(files, position, publisher, options)
                report.results.append(
                    ingestor.ingest_file(
                        path,
                        url=url,
                        published=published,
                        publisher=publisher,
                        max_bytes=max_bytes,
                        lang=lang,
                    )
                )
            ingestor.settle()
        finally:  # an interrupted batch keeps the articles it finished
            ingestor.close()
            ingestor.flush()
        if not dry_run:
            update_index(graph_dir)  # in place, while no other writer can change the files
    return report


def add_record_file(path: Path, graph_dir: Path, *, dry_run: bool = False) -> IngestReport:
    """Ingest a record a person reviewed and edited (YAML or JSON, the ``extract`` output shape)."""
    import yaml

    try:
        raw = read_bounded(path, DEFAULT_MAX_BYTES)  # stat says 0 for a symlink to /dev/zero
        data = yaml.safe_load(raw.decode("utf-8"))
    except FileNotFoundError:
        raise KgpartError(f"{path}: no such record file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise KgpartError(f"{path}: not a readable YAML/JSON record: {one_line(str(exc), path)}") from exc
    if not isinstance(data, dict):
        raise KgpartError(f"{path}: a record is a mapping with keys persons, organizations, meetings, ...")
    try:
        record = Record.from_dict(data)
    except ValueError as exc:
        raise KgpartError(f"{path}: {exc}") from exc
    src = record.source
    fingerprint = record_fingerprint(data)
    graph_dir.mkdir(parents=True, exist_ok=True)
    with graph_lock(graph_dir):
        ingestor = Ingestor(graph_dir, dry_run=dry_run)
        # the source this record reviews: the one of its URL, else of its article's text
        slug = ingestor.by_fingerprint.get(fingerprint or "") if not src.url else None
        slug = slug or ingestor.slug(path, src.url)
        stored = ingestor.stored.get(slug)
        source = SourceInfo(
            slug=slug,
            title=src.title or path.stem,
            url=src.url,
            published=src.published,
            publisher=(data.get("source") or {}).get("publisher") or publisher_from_url(src.url),
            content_hash=content_hash(raw, src.url, src.published, None),
            extracted_by=f"reviewed record ({EXTRACTOR})",
            ingested_at=now(),
            fingerprint=fingerprint or (stored.fingerprint if stored else None),
            reviewed=True,
        )
        try:
            result = ingestor.add_record(record, source, str(path))
        finally:
            ingestor.close()
        ingestor.flush()
        if not dry_run:
            update_index(graph_dir)
    return IngestReport([result], dry_run=dry_run)


_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


def record_fingerprint(data: dict[str, object]) -> str | None:
    """The fingerprint of the article a record was extracted from (``source.fingerprint``, as
    ``kgpart extract`` prints it), if the record keeps a well-formed one."""
    src = data.get("source")
    value = src.get("fingerprint") if isinstance(src, dict) else None
    return value if isinstance(value, str) and _FINGERPRINT.fullmatch(value) else None


def retract(source: str, graph_dir: Path) -> Path:
    """Remove one source's facts (its file under ``sources/``) and nothing else.

    ``source`` is a slug, a graph or source IRI, a URL, or the article's file name.

    Raises
    ------
    UnknownNameError
        When no stored source matches; the message lists the closest ones.
    """
    folder = graph_dir / SOURCES_DIR
    known = {p.stem: p for p in folder.glob("*.trig")} if folder.is_dir() else {}
    path = known[find_source(source, known)]
    with graph_lock(graph_dir):
        check_graph_owners(graph_files(graph_dir))  # a copy elsewhere would keep the facts
        path.unlink()
        update_index(graph_dir)
    return path


def find_source(source: str, slugs: Iterable[str]) -> str:
    """The slug among ``slugs`` that ``source`` names: a slug, a graph or source IRI, a URL, or
    the article's file name (shared by the local and the remote retract).

    Raises
    ------
    UnknownNameError
        When none matches; the message lists the closest slugs.
    """
    known = set(slugs)
    url = "://" in source and not source.startswith(ID_BASE)
    candidates = [source.rsplit("/", 1)[-1], source_slug(Path(source), None)]
    if url:
        candidates.insert(0, source_slug(None, source))
    slug = next((c for c in candidates if c in known), None)
    if slug is not None:
        return slug
    # The readable part alone (or a URL stored under an older kgpart's slug), when only one has it.
    readable = {slugify(source_identity(None, source)) if url else source, slugify(Path(source).stem)}
    matches = sorted(k for k in known if readable_part(k) in readable)
    if len(matches) > 1:
        raise OptionError(
            f"source {source!r} names {len(matches)} sources ({', '.join(matches[:3])}, ...): give a whole slug"
        )
    if not matches:
        raise UnknownNameError("source", source, known)
    return matches[0]


def refuse_nonconforming(report: ValidationReport) -> None:
    """Raise the readable reasons of a report that does not conform."""
    if not report.conforms:
        reasons = "; ".join(str(v) for v in report.violations[:3])
        more = f" (and {len(report.violations) - 3} more)" if len(report.violations) > 3 else ""
        raise ValidationError(f"refused by the shapes: {reasons}{more}")


def trig(quads: Iterable[ox.Quad]) -> bytes:
    """A graph file's TriG: its quads sorted, so the same quads always make the same bytes."""
    data = ox.serialize(sorted(quads, key=str), format=ox.RdfFormat.TRIG, prefixes=WRITE_PREFIXES)
    assert data is not None
    return data


def entities_header() -> list[ox.Quad]:
    """The entities graph's own provenance, as every fact graph has."""
    graph = ox.NamedNode(ENTITIES_GRAPH)
    source = ox.NamedNode(f"{ID_BASE}source/entities")
    rdfs = WRITE_PREFIXES["rdfs"]
    header = [
        ox.Quad(
            graph, ox.NamedNode(WRITE_PREFIXES["rdf"] + "type"), ox.NamedNode(kgp_iri("FactGraph")), graph
        ),
        ox.Quad(graph, ox.NamedNode(kgp_iri("source")), source, graph),
        ox.Quad(graph, ox.NamedNode(kgp_iri("extractedBy")), ox.Literal(EXTRACTOR), graph),
        ox.Quad(source, ox.NamedNode(WRITE_PREFIXES["rdf"] + "type"), ox.NamedNode(kgp_iri("Source")), graph),
        ox.Quad(source, ox.NamedNode(rdfs + "label"), ox.Literal("Entities found by kgpart ingest"), graph),
        ox.Quad(source, ox.NamedNode(WRITE_PREFIXES["dcterms"] + "publisher"), ox.Literal("kgpart"), graph),
    ]
    return header


_HASHES = """
SELECT ?g ?hash WHERE { GRAPH ?g { ?g a kgp:FactGraph ; kgp:contentHash ?hash } }"""


def known_hashes(kg: GraphSource) -> dict[str, str]:
    """Slug -> content hash of every source already in the graph."""
    return {row["g"].value.rsplit("/", 1)[1]: row["hash"].value for row in kg.select(_HASHES)}


@dataclass(frozen=True)
class StoredSource:
    """What ingest needs to know of a stored source to tell the same article and a pinned source."""

    url: str | None
    title: str | None
    fingerprint: str | None
    reviewed: bool = False
    machine: bool = True  # made by the extractor; otherwise curated by hand

    @property
    def pinned(self) -> bool:
        """Reviewed or curated: never replaced by a machine extraction unless forced."""
        return self.reviewed or not self.machine

    def shown(self, slug: str) -> str:
        """How a summary line names it: its URL, else its title, else its slug."""
        return self.url or (repr(self.title) if self.title else slug)


_SOURCES = """
SELECT ?g ?by ?url ?title ?fingerprint ?reviewed WHERE { GRAPH ?g {
  ?g a kgp:FactGraph ; kgp:source ?src . OPTIONAL { ?g kgp:extractedBy ?by }
  OPTIONAL { ?g kgp:textFingerprint ?fingerprint } OPTIONAL { ?g kgp:reviewed ?reviewed }
  OPTIONAL { ?src schema:url ?url } OPTIONAL { ?src rdfs:label ?title } } }"""


def stored_sources(kg: GraphSource) -> dict[str, StoredSource]:
    """Slug -> what :class:`StoredSource` tells of every fact graph but the entities graph."""
    found = {}
    for row in kg.select(_SOURCES):
        if row["g"].value == ENTITIES_GRAPH:
            continue
        value = {k: row[k].value if row.get(k) is not None else None for k in row}
        found[row["g"].value.rsplit("/", 1)[1]] = stored_source(value)
    return found


def stored_source(value: dict[str, str | None]) -> StoredSource:
    """A :class:`StoredSource` from a row of the sources query (its terms' values)."""
    by = value.get("by") or ""
    return StoredSource(
        value.get("url"),
        value.get("title"),
        value.get("fingerprint"),
        reviewed=value.get("reviewed") == "true",
        machine=by.startswith("kgpart-extract"),
    )


_URLS = """
SELECT ?g ?src ?url WHERE { GRAPH ?g { ?g a kgp:FactGraph ; kgp:contentHash ?hash . ?src schema:url ?url } }"""


def known_urls(kg: GraphSource) -> dict[str, str]:
    """URL identity -> slug of every ingested source that has a URL (curated ones are left alone)."""
    found = {}
    for row in kg.select(_URLS):
        slug = row["g"].value.rsplit("/", 1)[1]
        if row["src"].value == f"{ID_BASE}source/{slug}":
            found[source_identity(None, row["url"].value)] = slug
    return found


_HEADER_URL = re.compile(rb"\A(?:\s*(?:URL|DATE):[^\n]*\n)*?\s*URL:\s*(\S+)")


def header_url(raw: bytes) -> str | None:
    """The URL of a text article's ``URL:`` header line, if it has one."""
    found = _HEADER_URL.match(raw[:2000])
    return found.group(1).decode("utf-8", "replace") if found else None


def content_hash(raw: bytes, *metadata: str | None) -> str:
    """What makes an article "the same": its bytes and what the user said about it."""
    digest = hashlib.sha256(raw)
    for item in metadata:
        digest.update(b"\0" + (item or "").encode())
    return digest.hexdigest()


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if path.stat().st_size > max_bytes:
            raise KgpartError(f"{path}: larger than {max_bytes} bytes (raise --max-bytes to allow it)")
        # bounded as read, whatever stat says (0 for a symlink to /dev/zero)
        return read_bounded(path, max_bytes, hint="raise --max-bytes to allow it")
    except FileNotFoundError:
        raise KgpartError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise KgpartError(f"{path}: is a folder, not an article") from None
    except PermissionError:
        raise KgpartError(f"{path}: permission denied") from None


def one_line(message: str, path: Path) -> str:
    """An error message on one line, without repeating the file name the summary already shows."""
    text = " ".join(message.split())
    return text.removeprefix(f"{path}: ")


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()

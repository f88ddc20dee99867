"""Article files -> database: identity, idempotence, whole articles or none, counts.

A file is read (``read_article_file``), run through the extraction engine, and written with its
quotes, speakers and organisations. Files go in chunks, each written in one transaction with a
few bulk queries; a chunk the database refuses is written again one file per transaction, so
every article is whole or absent and a refused file fails alone. Speakers and organisations are
shared across articles and never overwritten: an import only creates them or fills their empty
fields, so what an admin corrected stays corrected. A file whose content is already an article
under another path is recorded as another origin of it, not imported twice.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from django.db import DatabaseError, connection, transaction

from articles.article_files import (
    ArticleFile,
    ArticleFileError,
    article_metadata,
    article_paths,
    extract_article,
    origin_of,
    read_article_file,
)
from articles.extraction import ExtractedArticle
from articles.known_rows import KnownRows, NameIndex
from articles.models import Article, ArticleOrigin, Organisation, Quote, Speaker
from articles.naming import unique_slugs
from articles.page_cache import data_changed
from articles.read_ahead import ReadAhead


class Outcome(Enum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    FAILED = "failed"


class Result(NamedTuple):
    """What became of one file: the outcome, a line saying so, and any warnings."""

    outcome: Outcome
    message: str
    warnings: tuple[str, ...] = ()


@dataclass
class ImportReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    with_warnings: int = 0
    quotes: int = 0
    needing_review: int = 0
    speakers: int = 0
    organisations: int = 0
    merged: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, result: Result) -> None:
        outcome = result.outcome
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)
        self.with_warnings += bool(result.warnings)
        if outcome is Outcome.FAILED:
            self.errors.append(result.message)

    @property
    def files(self) -> int:
        return self.new + self.updated + self.unchanged + self.duplicate + self.failed

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.failed} failed, {self.duplicate} duplicates, {self.with_warnings} imported "
            f"with warnings; {self.quotes} quotes ({self.needing_review} need review), "
            f"{self.speakers} new speakers, {self.organisations} new organisations"
            + (f"; earlier duplicates merged: {self.merged}" if self.merged else "")
        )


@dataclass
class Prepared:
    """A file read and extracted, waiting to be written with the rest of its chunk."""

    path: Path
    source: ArticleFile
    extracted: ExtractedArticle
    existing: Article | None

    @property
    def result(self) -> Result:
        outcome = Outcome.UPDATED if self.existing else Outcome.NEW
        warnings = tuple(f"{self.source.origin}: {p}" for p in self.extracted.problems)
        return Result(outcome, str(self.path), warnings)


@dataclass
class KnownArticles:
    """What the database already holds for a chunk's files: articles by their origin, articles
    of which a file is a known copy, and articles by content."""

    by_origin: dict[str, Article]
    by_copy: dict[str, Article]
    by_content: dict[str, Article]

    @classmethod
    def for_files(cls, sources: list[ArticleFile]) -> KnownArticles:
        origins = [s.origin for s in sources]
        copies = ArticleOrigin.objects.filter(origin__in=origins).select_related("article")
        by_origin = Article.objects.in_bulk(origins, field_name="origin")
        by_copy = {copy.origin: copy.article for copy in copies}
        hashes = {s.content_hash for s in sources if s.origin not in by_origin | by_copy}
        by_content = {}
        for article in Article.objects.filter(content_hash__in=hashes).order_by("-pk"):
            by_content[article.content_hash] = article  # the first imported, when several
        return cls(by_origin, by_copy, by_content)


class ArticleImporter:
    """Imports files in chunks written together, and counts what happened.

    A chunk of files is read and extracted, then written in one transaction with a few bulk
    queries. Should the database refuse any of it, the chunk is written again one file per
    transaction, so that file fails alone and every other file is whole or absent.
    ``defaults``: the ``source`` and ``published`` of files that neither say nor date them.
    """

    chunk_size = 50

    def __init__(self, *, force: bool = False, dry_run: bool = False, defaults: dict = None):
        self.force = force
        self.dry_run = dry_run
        self.defaults = {k: v for k, v in (defaults or {}).items() if v}
        self.report = ImportReport()
        self.connection_lost = False
        self.names = NameIndex()

    def import_paths(
        self, paths: Iterable[Path | str], on_file: Callable[[Path, Result], None] = None
    ) -> ImportReport:
        files = article_paths(paths)
        chunks = iter(lambda: list(itertools.islice(files, self.chunk_size)), [])
        with ReadAhead(self.imported_hashes) as ahead:
            for chunk, read in ahead.chunks(chunks):
                for path, result in self.import_chunk(chunk, read).items():
                    self.report.add(result)
                    if on_file:
                        on_file(path, result)
                if self.connection_lost:
                    break
        return self.report

    def imported_hashes(self, chunk: list[Path]) -> dict[Path, str]:
        """So that unchanged files, and known copies, are not extracted for nothing (unless
        forced)."""
        origins = {}
        for path in chunk:
            with contextlib.suppress(ArticleFileError):  # reading the file will report it
                origins[path] = origin_of(path)
        hashes = {}
        if not self.force:
            with contextlib.suppress(DatabaseError):  # the chunk's own queries will report it
                known = Article.objects.filter(origin__in=origins.values())
                copies = ArticleOrigin.objects.filter(origin__in=origins.values())
                hashes = dict(known.values_list("origin", "content_hash")) | dict(
                    copies.values_list("origin", "article__content_hash")
                )
        return {path: hashes[origin] for path, origin in origins.items() if origin in hashes}

    def import_file(self, path: Path) -> tuple[Outcome, str]:
        return self.import_chunk([path])[path][:2]

    def import_chunk(self, paths: list[Path], read: dict | None = None) -> dict[Path, Result]:
        """Each file's result, in order; after a lost connection, only those settled before.
        ``read``: what ``read_and_extract()`` made of some of the files already."""
        done: dict[Path, Result] = {}
        sources = {}
        for path in paths:
            try:
                sources[path] = read_once(path, (read or {}).get(path))
            except ArticleFileError as error:
                done[path] = Result(Outcome.FAILED, str(error))
        opened = None
        try:
            connection.ensure_connection()
            opened = connection.connection
            known = KnownArticles.for_files([source for source, _ in sources.values()])
            ready, copies, later = [], [], {}
            for path, (source, extracted) in sources.items():
                if any(p.source.content_hash == source.content_hash for p in ready):
                    later[path] = source, extracted  # a copy of a file written just before
                    continue
                try:
                    prepared = self.prepare(path, source, extracted, known)
                except ArticleFileError as error:
                    done[path] = Result(Outcome.FAILED, str(error))
                    continue
                if isinstance(prepared, Result):
                    done[path] = prepared
                    if prepared.outcome is Outcome.DUPLICATE:
                        copies.append((source.origin, known.by_content[source.content_hash]))
                else:
                    ready.append(prepared)
            if self.dry_run:
                done |= {p.path: p.result for p in ready}
            else:
                if copies:
                    self.record_copies(copies)
                if ready:
                    self.write(ready, done, opened)
                    data_changed()  # bulk writes send no signals
            if later and self.dry_run:
                originals = {p.source.content_hash: p for p in ready}
                for path, (source, _) in later.items():
                    original = originals[source.content_hash]
                    done[path] = duplicate(path, original.extracted.title, original.source.origin)
            elif later:
                done |= self.import_chunk(list(later), later)
        except DatabaseError as error:
            if not database_connection_lost(opened):
                refused = f"the database refused it ({error})"
                done |= {
                    p: Result(Outcome.FAILED, f"{p}: {refused}") for p in paths if p not in done
                }
                return done
            # Every later file would fail the same way: stop, and say how to go on.
            self.connection_lost = True
            path = next(p for p in paths if p not in done)
            imported = sum(r.outcome is not Outcome.FAILED for r in done.values())
            imported += self.report.files - self.report.failed
            reason = str(error).strip().split("\n")[0] or type(error).__name__
            done[path] = Result(
                Outcome.FAILED,
                f"{path}: lost the database connection while importing it ({reason}); "
                f"{imported} files imported before it; run the command again to continue",
            )
        return {path: done[path] for path in paths if path in done}

    def prepare(
        self,
        path: Path,
        source: ArticleFile,
        extracted: ExtractedArticle | None,
        known: KnownArticles,
    ) -> Prepared | Result:
        article = known.by_origin.get(source.origin)
        if article is None:
            copied = known.by_copy.get(source.origin)
            if copied and copied.content_hash == source.content_hash:
                return Result(Outcome.UNCHANGED, str(path))
            if original := known.by_content.get(source.content_hash):
                return duplicate(path, original.title, original.origin)
        if article and article.content_hash == source.content_hash and not self.force:
            return Result(Outcome.UNCHANGED, str(path))
        if article and article.edited_in_admin and not self.force:
            raise ArticleFileError(
                f"{source.origin}: the file changed, but the article “{article.title}” was "
                "edited in the admin since its import; keeping the edits "
                "(use --force to replace them with the file's content)"
            )
        return Prepared(path, source, extracted or extract_article(source), article)

    @staticmethod
    def record_copies(copies: list[tuple[str, Article]]) -> None:
        """Each copy becomes another origin of its article, so that importing it again is
        "unchanged" (replacing the record of a copy whose file changed since)."""
        with transaction.atomic():
            ArticleOrigin.objects.filter(origin__in=[origin for origin, _ in copies]).delete()
            ArticleOrigin.objects.bulk_create(
                ArticleOrigin(origin=origin, article=article) for origin, article in copies
            )

    def write(self, ready: list[Prepared], done: dict, opened) -> None:
        """All in one transaction; if the database refuses, again one file per transaction
        (unless the connection ``opened`` for the chunk is gone: that is for the caller)."""
        try:
            self.write_together(ready)
            done |= {p.path: p.result for p in ready}
            return
        except DatabaseError as error:
            if database_connection_lost(opened):
                raise
            if len(ready) == 1:
                done[ready[0].path] = Result(
                    Outcome.FAILED, f"{ready[0].path}: the database refused it ({error})"
                )
                return
        for prepared in ready:
            self.write([prepared], done, opened)

    def write_together(self, ready: list[Prepared]) -> None:
        with transaction.atomic():
            commit_without_waiting_for_the_disk()
            rows = KnownRows.for_articles([p.extracted for p in ready], self.names)
            resolved = [rows.resolve(p.extracted) for p in ready]
            rows.save()
            self.names.add(rows.organisations, rows.speakers)
            for prepared in ready:
                if prepared.existing:
                    self.clear(prepared.existing, rows)
            # a file that was a copy of another and changed is now an article of its own
            ArticleOrigin.objects.filter(origin__in=[p.source.origin for p in ready]).delete()
            articles = self.save_articles(ready, self.defaults)
            Quote.objects.bulk_create(
                quote_row(article, speakers.get(quote.speaker), position, quote)
                for article, (_, speakers), prepared in zip(articles, resolved, ready, strict=True)
                for position, quote in enumerate(prepared.extracted.quotes)
            )
            Through = Article.organisations.through
            Through.objects.bulk_create(
                Through(article_id=article.pk, organisation_id=organisation.pk)
                for article, (organisations, _) in zip(articles, resolved, strict=True)
                for organisation in {o.pk: o for o in organisations.values()}.values()
            )
            rows.merge_duplicates()
            Speaker.objects.filter(pk__in=rows.touched_speakers()).refresh_counts()
            Organisation.objects.filter(pk__in=rows.touched_organisations()).refresh_counts()
            needing_review = Quote.objects.filter(article__in=articles).needs_review().count()
        self.report.quotes += sum(len(p.extracted.quotes) for p in ready)
        self.report.needing_review += needing_review
        self.report.speakers += len(rows.new_speakers)
        self.report.organisations += len(rows.new_organisations)
        self.report.merged += rows.merged_count()

    @staticmethod
    def clear(article: Article, rows: KnownRows) -> None:
        """Before an article is written again: its quotes and mentions go, their counts follow."""
        rows.previous_speakers |= set(article.quotes.values_list("speaker_id", flat=True))
        rows.previous_organisations |= set(article.organisations.values_list("pk", flat=True))
        article.quotes.all().delete()
        article.organisations.clear()

    @staticmethod
    def save_articles(ready: list[Prepared], defaults: dict) -> list[Article]:
        articles = []
        for prepared in ready:
            article = prepared.existing or Article(origin=prepared.source.origin)
            extracted = prepared.extracted
            metadata = article_metadata(prepared.source.metadata, extracted.dateline, defaults)
            article.title = extracted.title
            article.body = extracted.body
            article.dateline = extracted.dateline
            article.published = metadata.get("published")
            article.source = metadata.get("source", "")
            article.url = metadata.get("url", "")
            article.content_hash = prepared.source.content_hash
            article.edited_in_admin = None
            article.quote_count = len(extracted.quotes)
            articles.append(article)
        new = [article for article in articles if article.pk is None]
        for article, slug in zip(new, unique_slugs(Article, [a.title for a in new]), strict=True):
            article.slug = slug
        Article.objects.bulk_create(new)
        for article in articles:
            if article not in new:
                article.save()
        return articles


def quote_row(article: Article, speaker: Speaker | None, position: int, quote) -> Quote:
    return Quote(
        article=article,
        speaker=speaker,
        published=article.published,
        text=quote.text,
        start=quote.start,
        end=quote.end,
        partial=quote.partial,
        verb=quote.verb[: Quote._meta.get_field("verb").max_length],
        position=position,
        rule=quote.rule[: Quote._meta.get_field("rule").max_length],
        confidence=quote.confidence,
    )


def duplicate(path: Path, title: str, origin: str) -> Result:
    return Result(Outcome.DUPLICATE, f"{path}: duplicate of “{title}” ({origin})")


def read_once(path: Path, read) -> tuple[ArticleFile, ExtractedArticle | None]:
    """The file as the read-ahead left it (read, and extracted unless unchanged), or read now."""
    if isinstance(read, ArticleFileError):
        raise read
    return read or (read_article_file(path), None)


def database_connection_lost(opened) -> bool:
    """After a database error: whether the connection it happened on is gone (Django may have
    opened a new one behind it), rather than one statement refused."""
    current = connection.connection
    return current is None or current is not opened or not connection.is_usable()


def commit_without_waiting_for_the_disk():
    """Each file commits on its own; waiting for every commit to reach the disk would cost
    more than the import's own work. A crash can lose only the last few files' commits
    (PostgreSQL never half-applies one), and running the import again brings them back."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")

"""Article files -> database: identity, idempotence, whole articles or none, counts.

A file is read (``read_article_file``), run through the extraction engine, and written with its
quotes, speakers and organisations. Files go in chunks, each written in one transaction with a
few bulk queries; a chunk the database refuses is written again one file per transaction, so
every article is whole or absent and a refused file fails alone. Speakers and organisations are
shared across articles and never overwritten: an import only creates them or fills their empty
fields, so what an admin corrected stays corrected.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from multiprocessing import get_context
from pathlib import Path

import django
from django.db import DatabaseError, connection, transaction

from articles.article_files import (
    ArticleFile,
    ArticleFileError,
    article_paths,
    origin_of,
    read_article_file,
)
from articles.extraction import ExtractedArticle, extract
from articles.known_rows import KnownRows, NameIndex
from articles.models import Article, Organisation, Quote, Speaker, unique_slugs


class Outcome(Enum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass
class ImportReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0
    speakers: int = 0
    organisations: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    @property
    def files(self) -> int:
        return self.new + self.updated + self.unchanged + self.failed

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.failed} failed; {self.quotes} quotes, {self.speakers} new speakers, "
            f"{self.organisations} new organisations"
        )


def extract_article(source: ArticleFile) -> ExtractedArticle:
    extracted = extract(source.text)
    if not extracted.title:
        raise ArticleFileError(f"{source.origin}: has no headline")
    if not extracted.body.strip():
        raise ArticleFileError(f"{source.origin}: has a headline but no body")
    if extracted.problems:
        raise ArticleFileError(f"{source.origin}: {extracted.problems[0]}")
    return extracted


def read_and_extract(files: list[tuple[Path, str | None]]) -> dict:
    """For each (path, hash of its article's last import): the file read and extracted, only
    read when unchanged, or the ArticleFileError; run in the read-ahead process."""
    done = {}
    for path, imported_hash in files:
        try:
            source = read_article_file(path)
            unchanged = source.content_hash == imported_hash
            done[path] = source, None if unchanged else extract_article(source)
        except ArticleFileError as error:
            done[path] = error
    return done


class ReadAhead:
    """Reads and extracts the next chunk in a second process while this one writes the last.

    Extraction is a third of an import's time and needs no database; on two cores it overlaps
    the writing. Started at the second chunk, so a small import never pays for the process.
    """

    def __init__(self, force: bool):
        self.force = force
        self.pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.pool:
            self.pool.shutdown(cancel_futures=True)

    def chunks(self, chunks: Iterator[list[Path]]) -> Iterator[tuple[list[Path], dict | None]]:
        """The first chunk alone, then each with what was read of it ahead, while the worker
        reads the one after."""
        first = next(chunks, None)
        if first is None:
            return
        yield first, None
        waiting = None
        for chunk in chunks:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=get_context("spawn"), initializer=django.setup
                )
            future = self.pool.submit(read_and_extract, self.with_imported_hashes(chunk))
            if waiting:
                yield waiting[0], waiting[1].result()
            waiting = chunk, future
        if waiting:
            yield waiting[0], waiting[1].result()

    def with_imported_hashes(self, chunk: list[Path]) -> list[tuple[Path, str | None]]:
        """So that unchanged files are not extracted for nothing (unless forced)."""
        hashes = {}
        if not self.force:
            try:
                origins = [origin_of(path) for path in chunk]
                hashes = dict(
                    Article.objects.filter(origin__in=origins).values_list("origin", "content_hash")
                )
            except DatabaseError:
                pass  # the chunk's own queries meet the error and report it
        return [(path, hashes.get(origin_of(path))) for path in chunk]


@dataclass
class Prepared:
    """A file read and extracted, waiting to be written with the rest of its chunk."""

    path: Path
    source: ArticleFile
    extracted: ExtractedArticle
    existing: Article | None

    @property
    def outcome(self) -> Outcome:
        return Outcome.UPDATED if self.existing else Outcome.NEW


class ArticleImporter:
    """Imports files in chunks written together, and counts what happened.

    A chunk of files is read and extracted, then written in one transaction with a few bulk
    queries. Should the database refuse any of it, the chunk is written again one file per
    transaction, so that file fails alone and every other file is whole or absent.
    """

    chunk_size = 50

    def __init__(self, *, force: bool = False, dry_run: bool = False):
        self.force = force
        self.dry_run = dry_run
        self.report = ImportReport()
        self.connection_lost = False
        self.names = NameIndex()

    def import_paths(
        self, paths: Iterable[Path | str], on_file: Callable[[Path, Outcome, str], None] = None
    ) -> ImportReport:
        files = article_paths(paths)
        chunks = iter(lambda: list(itertools.islice(files, self.chunk_size)), [])
        with ReadAhead(force=self.force) as ahead:
            for chunk, read in ahead.chunks(chunks):
                for path, (outcome, message) in self.import_chunk(chunk, read).items():
                    self.report.add(outcome)
                    if outcome is Outcome.FAILED:
                        self.report.errors.append(message)
                    if on_file:
                        on_file(path, outcome, message)
                if self.connection_lost:
                    break
        return self.report

    def import_file(self, path: Path) -> tuple[Outcome, str]:
        return self.import_chunk([path])[path]

    def import_chunk(
        self, paths: list[Path], read: dict | None = None
    ) -> dict[Path, tuple[Outcome, str]]:
        """Each file's outcome, in order; after a lost connection, only those settled before.
        ``read``: what ``read_and_extract()`` made of some of the files already."""
        done: dict[Path, tuple[Outcome, str]] = {}
        opened = None
        try:
            connection.ensure_connection()
            opened = connection.connection
            existing = Article.objects.in_bulk([origin_of(p) for p in paths], field_name="origin")
            ready = []
            for path in paths:
                try:
                    prepared = self.prepare(path, existing, (read or {}).get(path))
                except ArticleFileError as error:
                    done[path] = Outcome.FAILED, str(error)
                    continue
                if isinstance(prepared, Outcome):
                    done[path] = prepared, str(path)
                else:
                    ready.append(prepared)
            if self.dry_run:
                done |= {p.path: (p.outcome, str(p.path)) for p in ready}
            elif ready:
                self.write(ready, done, opened)
        except DatabaseError as error:
            if not database_connection_lost(opened):
                refused = f"the database refused it ({error})"
                done |= {p: (Outcome.FAILED, f"{p}: {refused}") for p in paths if p not in done}
                return done
            # Every later file would fail the same way: stop, and say how to go on.
            self.connection_lost = True
            path = next(p for p in paths if p not in done)
            imported = sum(outcome is not Outcome.FAILED for outcome, _ in done.values())
            imported += self.report.new + self.report.updated + self.report.unchanged
            reason = str(error).strip().split("\n")[0] or type(error).__name__
            done[path] = (
                Outcome.FAILED,
                (
                    f"{path}: lost the database connection while importing it ({reason}); "
                    f"{imported} files imported before it; run the command again to continue"
                ),
            )
        return {path: done[path] for path in paths if path in done}

    def prepare(self, path: Path, existing: dict[str, Article], read=None) -> Prepared | Outcome:
        if isinstance(read, ArticleFileError):
            raise read
        source, extracted = read or (read_article_file(path), None)
        article = existing.get(source.origin)
        if article and article.content_hash == source.content_hash and not self.force:
            return Outcome.UNCHANGED
        if article and article.edited_in_admin and not self.force:
            raise ArticleFileError(
                f"{source.origin}: the file changed, but the article “{article.title}” was "
                "edited in the admin since its import; keeping the edits "
                "(use --force to replace them with the file's content)"
            )
        return Prepared(path, source, extracted or extract_article(source), article)

    def write(self, ready: list[Prepared], done: dict, opened) -> None:
        """All in one transaction; if the database refuses, again one file per transaction
        (unless the connection ``opened`` for the chunk is gone: that is for the caller)."""
        try:
            self.write_together(ready)
            done |= {p.path: (p.outcome, str(p.path)) for p in ready}
            return
        except DatabaseError as error:
            if database_connection_lost(opened):
                raise
            if len(ready) == 1:
                done[ready[0].path] = (
                    Outcome.FAILED,
                    f"{ready[0].path}: the database refused it ({error})",
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
            articles = self.save_articles(ready)
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
            Speaker.objects.filter(pk__in=rows.touched_speakers()).refresh_counts()
            Organisation.objects.filter(pk__in=rows.touched_organisations()).refresh_counts()
        self.report.quotes += sum(len(p.extracted.quotes) for p in ready)
        self.report.speakers += len(rows.new_speakers)
        self.report.organisations += len(rows.new_organisations)

    @staticmethod
    def clear(article: Article, rows: KnownRows) -> None:
        """Before an article is written again: its quotes and mentions go, their counts follow."""
        rows.previous_speakers |= set(article.quotes.values_list("speaker_id", flat=True))
        rows.previous_organisations |= set(article.organisations.values_list("pk", flat=True))
        article.quotes.all().delete()
        article.organisations.clear()

    @staticmethod
    def save_articles(ready: list[Prepared]) -> list[Article]:
        articles = []
        for prepared in ready:
            article = prepared.existing or Article(origin=prepared.source.origin)
            extracted, metadata = prepared.extracted, prepared.source.metadata
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
        text=quote.text,
        start=quote.start,
        end=quote.end,
        partial=quote.partial,
        verb=quote.verb[: Quote._meta.get_field("verb").max_length],
        position=position,
    )


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

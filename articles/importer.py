"""Article files -> database: identity, idempotence, whole articles or none, counts.

A file is read (``read_article_file``), run through the extraction engine, and written with its
quotes, speakers and organisations. Files go in chunks, each written in one transaction with a
few bulk queries; a chunk the database refuses is written again one file per transaction, so
every article is whole or absent and a refused file fails alone. Speakers and organisations are
shared across articles and never overwritten: an import only creates them or fills their empty
fields, so what an admin corrected stays corrected.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from multiprocessing import get_context
from pathlib import Path

import django
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from articles.extraction import ExtractedArticle, ExtractedOrganisation, ExtractedSpeaker, extract
from articles.models import Article, Organisation, Quote, Speaker, join_aliases, unique_slugs
from articles.page_cache import data_changed

MAX_FILE_BYTES = 1_000_000
"""Larger files are refused: no news article is a megabyte of plain text."""

FRONT_MATTER_KEYS = ("published", "source", "url")
FRONT_MATTER_FENCE = "---"


class ArticleFileError(Exception):
    """A file that cannot become an article; the message names the file and the problem."""


@dataclass(frozen=True)
class ArticleFile:
    origin: str
    text: str
    content_hash: str
    metadata: dict = field(default_factory=dict)


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


def origin_of(path: Path) -> str:
    """The file's identity: its path relative to the project when inside it, else absolute."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(settings.BASE_DIR).as_posix()
    except ValueError:
        return resolved.as_posix()


def article_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Every ``.txt`` file under ``paths``, in name order, one folder at a time."""
    for path in map(Path, paths):
        if path.is_dir():
            for folder, subfolders, names in os.walk(path):
                subfolders.sort()
                for name in sorted(names):
                    if name.endswith(".txt"):
                        yield Path(folder) / name
        else:
            yield path


def read_article_file(path: Path | str) -> ArticleFile:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleFileError(
                f"{path}: too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
            )
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleFileError(f"{path}: cannot be read ({error.strerror})") from error
    if b"\x00" in raw:
        raise ArticleFileError(f"{path}: is a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ArticleFileError(
            f"{path}: line {line} is not valid UTF-8 (byte 0x{raw[error.start]:02x})"
        ) from error
    if not text.strip():
        raise ArticleFileError(f"{path}: is empty")
    metadata, text = split_front_matter(path, text.replace("\r\n", "\n").replace("\r", "\n"))
    return ArticleFile(
        origin=origin_of(path),
        text=text,
        content_hash=hashlib.sha256(raw).hexdigest(),
        metadata=metadata,
    )


def split_front_matter(path: Path, text: str) -> tuple[dict, str]:
    """An optional ``---`` block of ``key: value`` lines opening the file: published, source, url."""
    lines = text.split("\n")
    if lines[0].strip() != FRONT_MATTER_FENCE:
        return {}, text
    metadata = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == FRONT_MATTER_FENCE:
            # blank lines in its place keep the line numbers of later problems true to the file
            return metadata, "\n" * number + "\n".join(lines[number:])
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if not colon or key not in FRONT_MATTER_KEYS:
            raise ArticleFileError(
                f"{path}: line {number}: expected one of "
                f"{', '.join(k + ':' for k in FRONT_MATTER_KEYS)} in the front matter, "
                f"got {line.strip()[:60]!r}"
            )
        metadata[key] = parse_front_matter_value(path, number, key, value)
    raise ArticleFileError(f"{path}: line 1: the front matter has no closing '---' line")


def parse_front_matter_value(path: Path, number: int, key: str, value: str):
    if key == "published":
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ArticleFileError(
                f"{path}: line {number}: published must be a date like 2024-12-02, got {value!r}"
            ) from None
    if key == "url":
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise ArticleFileError(f"{path}: line {number}: {value!r} is not a URL") from None
    return value


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
                data_changed()  # bulk writes send no signals
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


class KnownRows:
    """The speakers and organisations a chunk of articles may name, fetched in two queries and
    resolved in memory, in article order, exactly as one query per name would resolve them."""

    def __init__(self, organisations: list[Organisation], speakers: list[Speaker]):
        self.organisations = organisations
        self.speakers = speakers
        self.new_organisations: list[Organisation] = []
        self.new_speakers: list[Speaker] = []
        self.used_speakers: list[Speaker] = []
        self.used_organisations: list[Organisation] = []
        self.previous_speakers: set[int] = set()
        self.previous_organisations: set[int] = set()
        self.changed: dict[int, tuple] = {}

    @classmethod
    def for_articles(cls, articles: list[ExtractedArticle], names: NameIndex) -> KnownRows:
        organisations = [o for a in articles for o in a.organisations] + [
            ExtractedOrganisation(name=s.organisation or s.name)
            for a in articles
            for s in a.speakers
            if s.organisation or s.is_organisation
        ]
        speaker_names = {s.name for a in articles for s in a.speakers}
        return cls(
            list(Organisation.objects.filter(pk__in=names.organisations_for(organisations))),
            list(
                Speaker.objects.select_related("organisation").filter(
                    Q(name__in=speaker_names) | Q(pk__in=names.speakers_aliased(speaker_names))
                )
            ),
        )

    def resolve(self, extracted: ExtractedArticle):
        """The article's organisations and speakers by the names the engine gave them."""
        organisations = {o.name: self.organisation_for(o) for o in extracted.organisations}
        speakers = {s.name: self.speaker_for(s, organisations) for s in extracted.speakers}
        return organisations, speakers

    def organisation_for(self, found: ExtractedOrganisation) -> Organisation:
        """The organisation by name, alias, or (when the article gives no other name) acronym."""
        organisation = self.find_organisation(found)
        if organisation is None:
            organisation = Organisation(
                name=found.name,
                acronym=found.acronym,
                aliases=join_aliases("", found.aliases, exclude=found.name),
            )
            self.organisations.append(organisation)
            self.new_organisations.append(organisation)
        else:
            self.filled(
                organisation,
                acronym=found.acronym,
                aliases=join_aliases(
                    organisation.aliases, [found.name, *found.aliases], exclude=organisation.name
                ),
            )
        self.used_organisations.append(organisation)
        return organisation

    def find_organisation(self, found: ExtractedOrganisation) -> Organisation | None:
        """The first by name of: the name as found, in another case, as an alias, and the
        acronym (of an organisation named by it alone, unless the article names no other)."""
        upper, folded = found.name.upper(), found.name.casefold()
        candidates = sorted(
            (
                o
                for o in self.organisations
                if o.name.upper() == upper
                or folded in o.aliases.casefold()
                or (found.acronym and o.acronym == found.acronym)
            ),
            key=lambda o: o.name,
        )
        same_acronym = [o for o in candidates if found.acronym and o.acronym == found.acronym]
        if found.name != found.acronym:
            same_acronym = [o for o in same_acronym if o.name == found.acronym]
        return (
            next((o for o in candidates if o.name == found.name), None)
            or next((o for o in candidates if o.name.upper() == found.name.upper()), None)
            or first_with_alias(candidates, found.name)
            or next(iter(same_acronym), None)
        )

    def speaker_for(
        self, found: ExtractedSpeaker, organisations: dict[str, Organisation]
    ) -> Speaker:
        """The speaker by name or alias; created when new, completed when known."""
        organisation_name = found.organisation or (found.name if found.is_organisation else "")
        organisation = organisations.get(organisation_name)
        if organisation_name and organisation is None:
            organisation = self.organisation_for(ExtractedOrganisation(name=organisation_name))
            organisations[organisation_name] = organisation
        folded = found.name.casefold()
        candidates = sorted(
            (s for s in self.speakers if s.name == found.name or folded in s.aliases.casefold()),
            key=lambda s: s.name,
        )
        speaker = next((s for s in candidates if s.name == found.name), None) or first_with_alias(
            candidates, found.name
        )
        if speaker is None:
            speaker = Speaker(
                name=found.name,
                title=found.title,
                organisation=organisation,
                aliases=join_aliases("", found.aliases, exclude=found.name),
                is_organisation=found.is_organisation,
            )
            self.speakers.append(speaker)
            self.new_speakers.append(speaker)
        else:
            self.filled(
                speaker,
                title=found.title,
                organisation=organisation,
                aliases=join_aliases(speaker.aliases, found.aliases, exclude=speaker.name),
            )
        self.used_speakers.append(speaker)
        return speaker

    def filled(self, row, **values) -> None:
        """Complete a known row; saved by ``save()`` once new rows it may point to exist."""
        if changed := fill_blanks(row, **values):
            self.changed.setdefault(id(row), (row, set()))[1].update(changed)

    def save(self) -> None:
        """Insert the new organisations, then the new speakers (who may speak for them), then
        save what was filled in on the known ones."""
        for rows, model in ((self.new_organisations, Organisation), (self.new_speakers, Speaker)):
            for row, slug in zip(rows, unique_slugs(model, [r.name for r in rows]), strict=True):
                row.slug = slug
            model.objects.bulk_create(rows)
        for row, fields in self.changed.values():
            if row.pk is not None and row not in self.new_organisations + self.new_speakers:
                row.save(update_fields=[*sorted(fields), "updated"])

    def touched_speakers(self) -> set[int]:
        return self.previous_speakers | {s.pk for s in self.used_speakers}

    def touched_organisations(self) -> set[int]:
        return self.previous_organisations | {o.pk for o in self.used_organisations}


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


class NameIndex:
    """Which organisations and speakers answer to which name, case or alias, for a whole import.

    Matching an alias in SQL is a LIKE over every row for each name (a second per chunk at
    20,000 speakers); so the names are read once, kept up to date with the rows the import
    creates or completes, and give the candidates a chunk fetches by primary key. A candidate
    whose transaction rolled back is simply not found.
    """

    def __init__(self):
        self.organisation_names = defaultdict(set)
        self.acronyms = defaultdict(set)
        self.organisation_aliases = defaultdict(set)
        self.speaker_aliases = defaultdict(set)
        self.loaded = False

    def load(self) -> None:
        if not self.loaded:
            self.add(Organisation.objects.only("name", "acronym", "aliases"), [])
            self.add([], Speaker.objects.exclude(aliases="").only("aliases"))
            self.loaded = True

    def add(self, organisations, speakers) -> None:
        for o in organisations:
            self.organisation_names[o.name.upper()].add(o.pk)
            self.acronyms[o.acronym].add(o.pk)
            for alias in o.alias_list:
                self.organisation_aliases[alias.casefold()].add(o.pk)
        for s in speakers:
            for alias in s.alias_list:
                self.speaker_aliases[alias.casefold()].add(s.pk)

    def organisations_for(self, found: list[ExtractedOrganisation]) -> set[int]:
        self.load()
        pks = set()
        for o in found:
            pks |= self.organisation_names[o.name.upper()]
            pks |= self.organisation_aliases[o.name.casefold()]
            if o.acronym:
                pks |= self.acronyms[o.acronym]
        return pks

    def speakers_aliased(self, names) -> set[int]:
        self.load()
        return set().union(*(self.speaker_aliases[name.casefold()] for name in names))


def first_with_alias(rows, name: str):
    """The first row one of whose aliases is exactly ``name`` (aliases are stored one per line)."""
    folded = name.casefold()
    return next((row for row in rows if folded in map(str.casefold, row.alias_list)), None)


def fill_blanks(row, **values) -> list[str]:
    """Set the fields that are still empty (and the alias list), never overwriting a value;
    the names of those changed."""
    changed = []
    for name, value in values.items():
        current = getattr(row, name)
        if value and (name == "aliases" and value != current or not current):
            setattr(row, name, value)
            changed.append(name)
    return changed

"""Article files -> database: identity, idempotence, one transaction per article, counts.

A file is read (``read_article_file``), run through the extraction engine, and written with its
quotes, speakers and organisations in one transaction. Speakers and organisations are shared
across articles and never overwritten: an import only creates them or fills their empty fields,
so what an admin corrected stays corrected.
"""

from __future__ import annotations

import datetime
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from articles.extraction import ExtractedArticle, ExtractedOrganisation, ExtractedSpeaker, extract
from articles.models import Article, Organisation, Quote, Speaker, join_aliases

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


class ArticleImporter:
    """Imports files one by one, each in its own transaction, and counts what happened."""

    def __init__(self, *, force: bool = False, dry_run: bool = False):
        self.force = force
        self.dry_run = dry_run
        self.report = ImportReport()
        self.connection_lost = False
        # Rows already resolved in this run, by what the engine found: most articles name
        # speakers and organisations met before, and finding them again was most of the queries.
        self.known_organisations: dict[tuple[str, str], Organisation] = {}
        self.known_speakers: dict[str, Speaker] = {}

    def import_paths(
        self, paths: Iterable[Path | str], on_file: Callable[[Path, Outcome, str], None] = None
    ) -> ImportReport:
        for path in article_paths(paths):
            outcome, message = self.import_file(path)
            self.report.add(outcome)
            if outcome is Outcome.FAILED:
                self.report.errors.append(message)
            if on_file:
                on_file(path, outcome, message)
            if self.connection_lost:
                break
        return self.report

    def import_file(self, path: Path) -> tuple[Outcome, str]:
        opened = None
        try:
            connection.ensure_connection()
            opened = connection.connection
            source = read_article_file(path)
            existing = Article.objects.filter(origin=source.origin).first()
            if existing and existing.content_hash == source.content_hash and not self.force:
                return Outcome.UNCHANGED, str(path)
            if existing and existing.edited_in_admin and not self.force:
                raise ArticleFileError(
                    f"{source.origin}: the file changed, but the article “{existing.title}” was "
                    "edited in the admin since its import; keeping the edits "
                    "(use --force to replace them with the file's content)"
                )
            extracted = extract_article(source)
            if self.dry_run:
                return (Outcome.UPDATED if existing else Outcome.NEW), str(path)
            with transaction.atomic():
                commit_without_waiting_for_the_disk()
                self.save(source, extracted, existing)
        except ArticleFileError as error:
            return Outcome.FAILED, str(error)
        except DatabaseError as error:
            self.forget_known_rows()
            if database_connection_lost(opened):
                # Every later file would fail the same way: stop, and say how to go on.
                self.connection_lost = True
                done = self.report.new + self.report.updated + self.report.unchanged
                reason = str(error).strip().split("\n")[0] or type(error).__name__
                return Outcome.FAILED, (
                    f"{path}: lost the database connection while importing it ({reason}); "
                    f"{done} files imported before it; run the command again to continue"
                )
            return Outcome.FAILED, f"{path}: the database refused it ({error})"
        return (Outcome.UPDATED if existing else Outcome.NEW), str(path)

    def save(self, source: ArticleFile, extracted: ExtractedArticle, article: Article | None):
        organisations = {o.name: self.organisation_for(o) for o in extracted.organisations}
        speakers = {s.name: self.speaker_for(s, organisations) for s in extracted.speakers}
        previous_speakers = set()
        previous_organisations = set()
        if article is None:
            article = Article(origin=source.origin)
        else:
            previous_speakers = set(article.quotes.values_list("speaker_id", flat=True))
            previous_organisations = set(article.organisations.values_list("pk", flat=True))
            article.quotes.all().delete()
        article.title = extracted.title
        article.body = extracted.body
        article.dateline = extracted.dateline
        article.published = source.metadata.get("published")
        article.source = source.metadata.get("source", "")
        article.url = source.metadata.get("url", "")
        article.content_hash = source.content_hash
        article.edited_in_admin = None
        article.quote_count = len(extracted.quotes)
        article.save()
        Quote.objects.bulk_create(
            Quote(
                article=article,
                speaker=speakers.get(quote.speaker),
                text=quote.text,
                start=quote.start,
                end=quote.end,
                partial=quote.partial,
                verb=quote.verb[: Quote._meta.get_field("verb").max_length],
                position=position,
            )
            for position, quote in enumerate(extracted.quotes)
        )
        article.organisations.set(organisations.values())
        Speaker.objects.filter(
            pk__in=previous_speakers | {s.pk for s in speakers.values()}
        ).refresh_counts()
        Organisation.objects.filter(
            pk__in=previous_organisations | {o.pk for o in organisations.values()}
        ).refresh_counts()
        self.report.quotes += len(extracted.quotes)

    def forget_known_rows(self):
        """After a rollback: rows created or filled in it may not be in the database."""
        self.known_organisations.clear()
        self.known_speakers.clear()

    def organisation_for(self, found: ExtractedOrganisation) -> Organisation:
        """The organisation by name, alias, or (when the article gives no other name) acronym."""
        key = (found.name, found.acronym)
        organisation = self.known_organisations.get(key) or self.find_organisation(found)
        if organisation is None:
            self.report.organisations += 1
            organisation = Organisation.objects.create(
                name=found.name,
                acronym=found.acronym,
                aliases=join_aliases("", found.aliases, exclude=found.name),
            )
            self.known_organisations[key] = organisation
            return organisation
        self.known_organisations[key] = organisation
        return fill_blanks(
            organisation,
            acronym=found.acronym,
            aliases=join_aliases(
                organisation.aliases, [found.name, *found.aliases], exclude=organisation.name
            ),
        )

    @staticmethod
    def find_organisation(found: ExtractedOrganisation) -> Organisation | None:
        """In one query, the first of: the name as found, in another case, as an alias, and
        (when the article gives no other name) the acronym."""
        wanted = Q(name__iexact=found.name) | Q(aliases__icontains=found.name)
        if found.acronym:
            wanted |= Q(acronym=found.acronym)
        candidates = list(Organisation.objects.filter(wanted))  # by name, as .first() takes
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
        speaker = self.known_speakers.get(found.name) or self.find_speaker(found)
        if speaker is None:
            self.report.speakers += 1
            speaker = Speaker.objects.create(
                name=found.name,
                title=found.title,
                organisation=organisation,
                aliases=join_aliases("", found.aliases, exclude=found.name),
                is_organisation=found.is_organisation,
            )
            self.known_speakers[found.name] = speaker
            return speaker
        self.known_speakers[found.name] = speaker
        return fill_blanks(
            speaker,
            title=found.title,
            organisation=organisation,
            aliases=join_aliases(speaker.aliases, found.aliases, exclude=speaker.name),
        )

    @staticmethod
    def find_speaker(found: ExtractedSpeaker) -> Speaker | None:
        """In one query: the speaker of this name, or else the first with it as an alias."""
        candidates = list(
            Speaker.objects.filter(Q(name=found.name) | Q(aliases__icontains=found.name))
        )
        return next((s for s in candidates if s.name == found.name), None) or first_with_alias(
            candidates, found.name
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


def first_with_alias(rows, name: str):
    """The first row one of whose aliases is exactly ``name`` (aliases are stored one per line)."""
    folded = name.casefold()
    return next((row for row in rows if folded in map(str.casefold, row.alias_list)), None)


def fill_blanks(row, **values):
    """Set the fields that are still empty (and the alias list), never overwriting a value."""
    changed = []
    for name, value in values.items():
        current = getattr(row, name)
        if value and (name == "aliases" and value != current or not current):
            setattr(row, name, value)
            changed.append(name)
    if changed:
        row.save(update_fields=[*changed, "updated"])
    return row

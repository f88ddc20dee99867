"""Article files as the importer and the ``extract`` command read them: the checks a file must
pass, its optional front matter, and the errors that name the file and line."""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from articles.extraction import ExtractedArticle, extract

MAX_FILE_BYTES = 1_000_000
"""Larger files are refused: no news article is a megabyte of plain text."""

FRONT_MATTER_KEYS = ("published", "source", "url")
FRONT_MATTER_FENCE = "---"

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DATELINE_DATE = re.compile(
    r"\b(?P<month>"
    + "|".join(MONTHS)
    + r")[a-z]*\.?\s+(?P<day>\d{1,2})\b(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)
DATELINE_SOURCE = re.compile(r"\((?P<source>[^()]*[^\W\d_][^()]*)\)\s*$")


class ArticleFileError(Exception):
    """A file that cannot become an article; the message names the file and the problem."""


@dataclass(frozen=True)
class ArticleFile:
    origin: str
    text: str
    content_hash: str
    metadata: dict = field(default_factory=dict)


def origin_of(path: Path) -> str:
    """The file's identity: its path relative to the project when inside it, else absolute."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError) as error:  # RuntimeError: a symbolic link loop
        raise ArticleFileError(f"{path}: cannot be resolved ({error})") from error
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
    """The file's article. A headline and a body are required; a stray quotation mark is only
    reported in ``problems``, since the quotes that pair up are worth keeping."""
    extracted = extract(source.text)
    if not extracted.title:
        raise ArticleFileError(f"{source.origin}: has no headline")
    if not extracted.body.strip():
        raise ArticleFileError(f"{source.origin}: has a headline but no body")
    return extracted


def dateline_metadata(dateline: str, year: int | None) -> dict:
    """The outlet and date a wire dateline gives: ``BEIRUT, Dec 2 (Reuters)`` is Reuters on
    2 December, of its own year or else ``year``; without a year there is no date."""
    metadata = {}
    if source := DATELINE_SOURCE.search(dateline):
        metadata["source"] = source["source"].strip()
    if (date := DATELINE_DATE.search(dateline)) and (date["year"] or year):
        month = MONTHS.index(date["month"][:3].lower()) + 1
        with contextlib.suppress(ValueError):  # "Feb 30": no date rather than a wrong one
            metadata["published"] = datetime.date(
                int(date["year"] or year), month, int(date["day"])
            )
    return metadata


def article_metadata(file_metadata: dict, dateline: str, defaults: dict) -> dict:
    """What the file's front matter says, else what its dateline says, else the defaults given
    to the import (``--source``, ``--published``, whose year completes a dateline's date)."""
    given = file_metadata.get("published") or defaults.get("published")
    return defaults | dateline_metadata(dateline, given and given.year) | file_metadata

"""Databases of their own for tests that run manage.py in a subprocess, which cannot see the
test database pytest-django holds open in a transaction.

On the SQLite run of the suite they are files in the test's tmp_path; on the PostgreSQL run they
are databases created on the same server and dropped afterwards.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg
from django.conf import settings

from tests.conftest import DEV_SET_DIR, PROJECT_DIR, SEEDS_DIR

MANAGE = PROJECT_DIR / "manage.py"


def server_url() -> str:
    """The PostgreSQL server the suite runs on, or the Makefile's default one."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    return url.rsplit("/", 1)[0]


def postgres_answers() -> bool:
    try:
        psycopg.connect(server_url() + "/postgres", connect_timeout=3).close()
    except psycopg.Error:
        return False
    return True


def suite_vendor() -> str:
    return "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"


@dataclass
class ScratchDatabase:
    vendor: str
    url: str
    name: str

    def query(self, sql: str, params=()) -> list[tuple]:
        if self.vendor == "sqlite":
            with sqlite3.connect(self.name, timeout=30) as db:
                return db.execute(sql.replace("%s", "?"), params).fetchall()
        with psycopg.connect(self.url) as db:
            return db.execute(sql, params).fetchall()

    def count(self, table: str) -> int:
        return self.query(f"SELECT COUNT(*) FROM {table}")[0][0]


def create_database(vendor: str, name: str, folder: Path) -> ScratchDatabase:
    if vendor == "sqlite":
        path = folder / f"{name}.sqlite3"
        return ScratchDatabase("sqlite", f"sqlite:///{path}", str(path))
    name = f"newsroom_{name}_{os.getpid()}"
    with psycopg.connect(server_url() + "/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return ScratchDatabase("postgresql", f"{server_url()}/{name}", name)


def drop_database(database: ScratchDatabase) -> None:
    if database.vendor == "postgresql":
        with psycopg.connect(server_url() + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database.name}" WITH (FORCE)')


def manage_env(database: ScratchDatabase, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_SETTINGS_MODULE"}}
    return env | {"DATABASE_URL": database.url, "SECRET_KEY": "scratch-test-key"} | extra


def manage(database: ScratchDatabase, *args: str, check=True, **extra_env: str):
    """``manage.py ARGS`` against ``database``, in a subprocess; its CompletedProcess."""
    result = subprocess.run(
        [sys.executable, str(MANAGE), *args],
        env=manage_env(database, **extra_env),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result


def copy_articles(folder: Path, copies: int) -> list[Path]:
    """``copies`` of the seed and development-set articles, each file's content distinct."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(SEEDS_DIR.glob("*.txt")) + sorted(DEV_SET_DIR.glob("*.txt"))
    written = []
    for copy in range(copies):
        for source in sources:
            path = folder / f"{copy:03d}_{source.name}"
            path.write_text(
                source.read_text(encoding="utf-8") + f"\n\nThis is copy {copy}.\n",
                encoding="utf-8",
            )
            written.append(path)
    return written


SNAPSHOT_QUERIES = {
    "articles": "SELECT origin, content_hash, title, dateline, body, quote_count "
    "FROM articles_article ORDER BY origin",
    "quotes": 'SELECT a.origin, q.position, q.text, q.start, q."end", q.verb, q.partial, s.name '
    "FROM articles_quote q JOIN articles_article a ON a.id = q.article_id "
    "LEFT JOIN articles_speaker s ON s.id = q.speaker_id ORDER BY a.origin, q.position",
    "speakers": "SELECT s.name, s.title, s.aliases, s.is_organisation, s.quote_count, o.name "
    "FROM articles_speaker s LEFT JOIN articles_organisation o ON o.id = s.organisation_id "
    "ORDER BY s.name",
    "organisations": "SELECT name, acronym, aliases, article_count "
    "FROM articles_organisation ORDER BY name",
    "article_organisations": "SELECT a.origin, o.name FROM articles_article_organisations ao "
    "JOIN articles_article a ON a.id = ao.article_id "
    "JOIN articles_organisation o ON o.id = ao.organisation_id ORDER BY a.origin, o.name",
}


def snapshot(database: ScratchDatabase) -> dict[str, list[tuple]]:
    """Everything an import wrote, by natural keys rather than by primary keys."""
    return {name: database.query(sql) for name, sql in SNAPSHOT_QUERIES.items()}

"""Faults during an import: the process killed midway, the database going away midway.

Each runs ``import_articles`` in a subprocess against a database of its own (tests/
scratch_databases.py), because the fault has to hit a real process and a real connection.
"""

import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from tests.scratch_databases import (
    MANAGE,
    copy_articles,
    create_database,
    drop_database,
    manage,
    manage_env,
    postgres_answers,
    server_url,
    snapshot,
    suite_vendor,
)

# Enough files for several of the importer's transactions, so faults land mid-run.
COPIES = 30


@pytest.fixture
def scratch(tmp_path):
    """A factory of migrated databases of the suite's kind, dropped after the test."""
    created = []

    def make(name):
        database = create_database(suite_vendor(), name, tmp_path)
        created.append(database)
        manage(database, "migrate", "--noinput", "--verbosity", "0")
        return database

    yield make
    for database in created:
        drop_database(database)


def start_import(database, folder) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-u", str(MANAGE), "import_articles", str(folder), "--verbosity", "2"],
        env=manage_env(database),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_imported(process: subprocess.Popen, files: int) -> int:
    """Read the command's per-file lines until ``files`` were imported; how many it saw."""
    seen = 0
    for line in process.stdout:
        if line.split()[:1] == ["new"]:
            seen += 1
            if seen == files:
                break
    return seen


def assert_every_article_whole(database) -> None:
    """Each article has exactly the quotes its count says, numbered from 0 without gaps."""
    rows = database.query(
        "SELECT a.origin, a.quote_count, COUNT(q.id), COALESCE(MAX(q.position) + 1, 0) "
        "FROM articles_article a LEFT JOIN articles_quote q ON q.article_id = a.id "
        "GROUP BY a.origin, a.quote_count"
    )
    broken = [row for row in rows if not row[1] == row[2] == row[3]]
    assert broken == []


def test_import_killed_midway_then_rerun_equals_an_uninterrupted_import(tmp_path, scratch):
    folder = tmp_path / "articles"
    files = copy_articles(folder, COPIES)
    interrupted, uninterrupted = scratch("killed"), scratch("whole")

    process = start_import(interrupted, folder)
    assert wait_for_imported(process, len(files) // 3) == len(files) // 3
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    imported_before_kill = interrupted.count("articles_article")
    assert len(files) // 3 <= imported_before_kill < len(files)
    assert_every_article_whole(interrupted)

    rerun = manage(interrupted, "import_articles", str(folder), check=False)
    manage(uninterrupted, "import_articles", str(folder), check=False)

    assert f"{imported_before_kill} unchanged" in rerun.stdout + rerun.stderr
    assert snapshot(interrupted) == snapshot(uninterrupted)
    assert interrupted.count("articles_article") > imported_before_kill


def children_of(pid: int) -> set[int]:
    """The live processes whose parent is ``pid``, from /proc."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        if int(fields[1]) == pid and fields[0] != "Z":
            children.add(int(stat.parent.name))
    return children


def alive(pid: int) -> bool:
    """Running, as opposed to ended (a zombie nobody has reaped yet has ended too)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_killed_import_leaves_no_child_process_alive(tmp_path, scratch):
    """The read-ahead worker and multiprocessing's resource tracker end with the importer."""
    folder = tmp_path / "articles"
    files = copy_articles(folder, COPIES)
    process = start_import(scratch("orphans"), folder)
    # past the first chunk, the read-ahead worker reads the next ones
    assert wait_for_imported(process, len(files) // 3) == len(files) // 3
    children = children_of(process.pid)
    assert children, "the import runs its read-ahead in a child process"

    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    deadline = time.monotonic() + 30
    while any(map(alive, children)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [pid for pid in children if alive(pid)] == []


needs_postgres_run = pytest.mark.skipif(
    suite_vendor() != "postgresql" or not postgres_answers(),
    reason="cuts PostgreSQL connections; the SQLite run has no server to lose",
)


def cut_connections(database, *, refuse_new: bool) -> None:
    """End every session on ``database``; with ``refuse_new``, as if its server went away."""
    with psycopg.connect(server_url() + "/postgres", autocommit=True) as admin:
        if refuse_new:
            admin.execute(f'ALTER DATABASE "{database.name}" WITH ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            (database.name,),
        )


def allow_connections(database) -> None:
    with psycopg.connect(server_url() + "/postgres", autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database.name}" WITH ALLOW_CONNECTIONS true')


@needs_postgres_run
def test_database_gone_midway_stops_the_import_with_a_clear_message(tmp_path, scratch):
    folder = tmp_path / "articles"
    files = copy_articles(folder, COPIES)
    database = scratch("gone")

    process = start_import(database, folder)
    wait_for_imported(process, len(files) // 3)
    cut_connections(database, refuse_new=True)
    stdout, stderr = process.communicate(timeout=120)
    allow_connections(database)

    assert process.returncode == 1
    errors = [line for line in stderr.splitlines() if ".txt:" in line]
    assert len(errors) == 1, stderr
    assert "lost the database connection while importing it" in errors[0]
    assert "run the command again to continue" in errors[0]
    imported = database.count("articles_article")
    assert f"; {imported} files imported before it;" in errors[0]
    assert imported < len(files)
    assert_every_article_whole(database)

    rerun = manage(database, "import_articles", str(folder), check=False)

    assert f"{imported} unchanged" in rerun.stdout + rerun.stderr
    assert database.count("articles_article") > imported
    assert_every_article_whole(database)


@needs_postgres_run
def test_connection_cut_midway_loses_nothing(tmp_path, scratch):
    """The server stays up: the import may reconnect and go on, or stop and say so; either
    way no article is half-written and a rerun ends where an uninterrupted import does."""
    folder = tmp_path / "articles"
    files = copy_articles(folder, COPIES)
    database, uninterrupted = scratch("cut"), scratch("uncut")

    process = start_import(database, folder)
    wait_for_imported(process, len(files) // 3)
    cut_connections(database, refuse_new=False)
    stdout, stderr = process.communicate(timeout=120)

    if process.returncode != 0:
        assert "run the command again to continue" in stderr
    assert_every_article_whole(database)

    manage(database, "import_articles", str(folder), check=False)
    manage(uninterrupted, "import_articles", str(folder), check=False)

    assert snapshot(database) == snapshot(uninterrupted)

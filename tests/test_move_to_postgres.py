"""Moving from the embedded SQLite to PostgreSQL with `move_to_postgres`: every row arrives,
with its primary key, and the site goes on working on the new database."""

import pytest

from tests.conftest import DEV_SET_DIR, SEEDS_DIR
from tests.scratch_databases import (
    create_database,
    drop_database,
    manage,
    postgres_answers,
    server_url,
    snapshot,
    suite_vendor,
)

pytestmark = pytest.mark.skipif(
    suite_vendor() != "sqlite" or not postgres_answers(),
    reason=f"moves from SQLite to PostgreSQL: runs with the SQLite suite when {server_url()} answers",
)

TABLES = [
    "articles_article",
    "articles_quote",
    "articles_speaker",
    "articles_organisation",
    "articles_article_organisations",
    "auth_user",
    "django_admin_log",
    "axes_accessattempt",
]
SAMPLES = {
    "articles_article": "SELECT id, slug, title, published, content_hash FROM articles_article",
    "articles_quote": 'SELECT id, article_id, speaker_id, position, text, start, "end" FROM articles_quote',
    "articles_speaker": "SELECT id, slug, name, organisation_id, quote_count FROM articles_speaker",
    "auth_user": "SELECT id, username, password, is_staff, is_superuser FROM auth_user",
    "django_admin_log": "SELECT id, object_id, object_repr, change_message FROM django_admin_log",
}

# What a user of the embedded database leaves behind: an admin account, an admin edit, a
# failed login on record.
HISTORY = """
from django.contrib.admin.models import CHANGE, LogEntry
from axes.models import AccessAttempt
from articles.models import Speaker
user = User.objects.get(username="editor")
speaker = Speaker.objects.order_by("pk").first()
speaker.title = "Spokesperson, corrected"
speaker.save()
LogEntry.objects.log_actions(user.pk, [speaker], CHANGE, change_message="title corrected")
AccessAttempt.objects.create(username="intruder", ip_address="192.0.2.1", failures_since_start=2)
"""


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    """A SQLite file database used for a while: articles imported, an editor, an edit.
    The moves only read it, so the tests share it."""
    sqlite = create_database("sqlite", "embedded", tmp_path_factory.mktemp("embedded"))
    manage(sqlite, "migrate", "--noinput", "--verbosity", "0")
    manage(sqlite, "import_articles", str(SEEDS_DIR), str(DEV_SET_DIR), check=False)
    manage(
        sqlite,
        "createsuperuser",
        "--noinput",
        "--username",
        "editor",
        "--email",
        "editor@example.org",
        DJANGO_SUPERUSER_PASSWORD="a long editor password",
    )
    manage(
        sqlite,
        "shell",
        "--no-imports",
        "-c",
        "from django.contrib.auth.models import User\n" + HISTORY,
    )
    return sqlite


@pytest.fixture
def postgres(tmp_path):
    database = create_database("postgresql", "move", tmp_path)
    yield database
    drop_database(database)


def test_move_copies_every_row_with_its_key_and_counts_them(embedded, postgres):
    result = manage(embedded, "move_to_postgres", postgres.url)

    assert "every table counts the same on both sides" in result.stdout
    assert embedded.count("articles_article") >= 5
    for table in TABLES:
        assert postgres.count(table) == embedded.count(table) > 0, table
    for table, sql in SAMPLES.items():
        assert postgres.query(sql + " ORDER BY id") == embedded.query(sql + " ORDER BY id"), table
    assert snapshot(postgres) == snapshot(embedded)


def test_site_works_on_the_new_database_after_the_move(embedded, postgres):
    manage(embedded, "move_to_postgres", postgres.url)

    reimport = manage(postgres, "import_articles", str(SEEDS_DIR), str(DEV_SET_DIR), check=False)
    created = manage(
        postgres,
        "shell",
        "--no-imports",
        "-c",
        "from articles.models import Speaker; print(Speaker.objects.create(name='New Voice').pk)",
    )
    login = manage(
        postgres,
        "shell",
        "--no-imports",
        "-c",
        "from django.contrib.auth.models import User; "
        "print(User.objects.get(username='editor').check_password('a long editor password'))",
    )

    searched = manage(
        postgres,
        "shell",
        "--no-imports",
        "-c",
        "from articles.models import Article, Quote; "
        "print(Article.objects.search('Syria').count(), Quote.objects.search('civilians').count())",
    )

    assert (reimport.stdout + reimport.stderr).startswith("0 new, 0 updated, ")
    assert all(int(found) > 0 for found in searched.stdout.split()[-2:]), searched.stdout
    assert (
        int(created.stdout.split()[-1])
        > postgres.query("SELECT MAX(id) FROM articles_speaker WHERE name <> 'New Voice'")[0][0]
    )
    assert login.stdout.split()[-1] == "True"


def test_move_refuses_a_target_that_already_holds_data(embedded, postgres):
    manage(embedded, "move_to_postgres", postgres.url)
    articles = postgres.count("articles_article")

    again = manage(embedded, "move_to_postgres", postgres.url, check=False)

    assert again.returncode == 1
    assert "already holds data" in again.stderr
    assert postgres.count("articles_article") == articles


def test_move_refuses_a_target_that_is_not_postgresql(embedded, tmp_path):
    result = manage(
        embedded, "move_to_postgres", f"sqlite:///{tmp_path}/other.sqlite3", check=False
    )

    assert result.returncode == 1
    assert "not a PostgreSQL URL" in result.stderr

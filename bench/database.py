"""The benchmark's own PostgreSQL database: created when missing, emptied between stages."""

import os

import psycopg

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/newsroom_bench"


def configure() -> str:
    """Point Django at ``newsroom_bench`` (or DATABASE_URL, which must name a *_bench database)."""
    url = os.environ.setdefault("DATABASE_URL", DEFAULT_URL)
    server, _, name = url.rpartition("/")
    if not url.startswith("postgres") or not name.endswith("_bench"):
        raise SystemExit(
            f"The benchmark empties its database: DATABASE_URL must be a PostgreSQL database "
            f"whose name ends in _bench, not {url}"
        )
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    return url


def empty() -> None:
    """Remove every row of the articles app (the benchmark's own rows), whatever its models."""
    from django.apps import apps
    from django.db import connection

    models = apps.get_app_config("articles").get_models(include_auto_created=True)
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY")


def analyze() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def server_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]

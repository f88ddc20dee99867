"""Full-text search: PostgreSQL's own where we have it, word matching on SQLite.

The vectors below are stored in each row's ``search_document`` column, GIN-indexed (migration
0003), so ranking thousands of matches reads them instead of parsing every body again.
"""

import re

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connection, models
from django.db.models import Q

SEARCH_CONFIG = "english"
# Every search box takes at most this much: a 400-word query once held PostgreSQL for 47 s, and
# 1,000 words made SQLite's expression tree too deep to run.
MAX_SEARCH_LENGTH = 200
MAX_SEARCH_TERMS = 12


def article_search_vector() -> SearchVector:
    return SearchVector("title", weight="A", config=SEARCH_CONFIG) + SearchVector(
        "body", weight="B", config=SEARCH_CONFIG
    )


def quote_search_vector() -> SearchVector:
    return SearchVector("text", config=SEARCH_CONFIG)


class PostgreSQLOnly(models.Func):
    """``expression`` on PostgreSQL; NULL on SQLite, whose search never reads it."""

    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


def search_document(vector: SearchVector) -> models.GeneratedField:
    return models.GeneratedField(
        expression=PostgreSQLOnly(vector, output_field=SearchVectorField()),
        output_field=SearchVectorField(),
        db_persist=True,
    )


def search_terms(text: str) -> list[tuple[list[str], list[str]]]:
    """Websearch syntax for the SQLite fallback: ``a "b c" or d -e`` ->
    [(["a", "b c"], ["e"]), (["d"], [])]: alternatives of required and excluded terms; past
    MAX_SEARCH_TERMS terms the rest is ignored, so the query built from them stays shallow."""
    groups, required, excluded = [], [], []
    found = re.findall(r'(-?)(?:"([^"]*)"?|(\S+))', text)
    for minus, phrase, word in found[:MAX_SEARCH_TERMS]:
        term = (phrase or word).strip().strip('"')
        if word and word.lower() == "or" and not minus:
            groups.append((required, excluded))
            required, excluded = [], []
        elif term:
            (excluded if minus else required).append(term)
    groups.append((required, excluded))
    return [(req, exc) for req, exc in groups if req]


def matches_terms(text: str, fields: list[str]) -> Q:
    """Rows where some alternative of ``search_terms(text)`` matches (the SQLite fallback)."""

    def anywhere(term):
        return Q.create([(f"{field}__icontains", term) for field in fields], connector=Q.OR)

    match = Q(pk__in=[])
    for required, excluded in search_terms(text):
        group = Q()
        for term in required:
            group &= anywhere(term)
        for term in excluded:
            group &= ~anywhere(term)
        match |= group
    return match


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"

"""Full-text search: PostgreSQL's own where we have it, word matching on SQLite; both blind to
accents and hyphens ("Erdogan" finds "Erdoğan", "ceasefire" finds "cease-fire").

Each article and quote stores its ``search_document``: on PostgreSQL a tsvector in the
``newsroom`` text search configuration (English with ``unaccent``, migration 0005), GIN-indexed,
so ranking thousands of matches reads it instead of parsing every body again; on SQLite the
folded text the fallback matches words in. Speakers and organisations store their
``folded_names`` the same way.
"""

import re
import unicodedata

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.core.exceptions import EmptyResultSet
from django.db import connection, connections, models
from django.db.models import F, FloatField, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

SEARCH_CONFIG = "newsroom"
# Every search box takes at most this much: a 400-word query once held PostgreSQL for 47 s, and
# 1,000 words made SQLite's expression tree too deep to run.
MAX_SEARCH_LENGTH = 200
MAX_SEARCH_TERMS = 12


# Letters Unicode does not decompose into a plain letter and a mark, as unaccent folds them.
UNDECOMPOSED = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "æ": "ae"}
    | {"Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D"}
)


def fold(text: str | None) -> str | None:
    """Text as matching sees it: lower case, no accents, no hyphens ("Erdoğan" -> "erdogan",
    "Cease-fire" -> "ceasefire"). SQLite's ``newsroom_fold()``; PostgreSQL's does the same
    with unaccent (migration 0005)."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().replace("-", "")


def register_fold(sender, connection, **kwargs) -> None:
    """Give each new SQLite connection ``newsroom_fold()``, which its stored folded columns
    are computed with (reading them needs no function: other tools can open the file)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("newsroom_fold", 1, fold, deterministic=True)


class Fold(models.Func):
    """``fold()`` in SQL: ``newsroom_fold()`` on either database."""

    function = "newsroom_fold"
    output_field = models.TextField()


class Joined(models.Func):
    """Text columns joined by a space, as one text (no NULLs: the columns are NOT NULL)."""

    template = "(%(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = models.TextField()


class JoinedHyphens(models.Func):
    """Each hyphenated pair of words followed by its joined form: "cease-fire ceasefire", so
    the tsvector holds both spellings (and "cease" and "fire" alone)."""

    template = r"regexp_replace(%(expressions)s, '(\w+)-(\w+)', '\1-\2 \1\2', 'g')"
    output_field = models.TextField()


def vector(field: str, weight: str | None = None) -> SearchVector:
    return SearchVector(JoinedHyphens(field), weight=weight, config=SEARCH_CONFIG)


def article_search_vector() -> SearchVector:
    return vector("title", weight="A") + vector("body", weight="B")


def quote_search_vector() -> SearchVector:
    return vector("text")


class SearchDocument(models.Func):
    """What a row's search matches: the tsvector on PostgreSQL; the folded text of the same
    columns on SQLite."""

    template = "%(expressions)s"

    def __init__(self, vector: SearchVector, *fields: str):
        super().__init__(vector, Fold(Joined(*fields)), output_field=SearchVectorField())

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(self.source_expressions[0])

    def as_sqlite(self, compiler, connection, **extra_context):
        return compiler.compile(self.source_expressions[1])


def search_document(vector: SearchVector, *fields: str) -> models.GeneratedField:
    return models.GeneratedField(
        expression=SearchDocument(vector, *fields),
        output_field=SearchVectorField(),
        db_persist=True,
    )


def folded_names(*fields: str) -> models.GeneratedField:
    """The names a row is found by, folded; GIN trigram-indexed on PostgreSQL."""
    return models.GeneratedField(
        expression=Fold(Joined(*fields)), output_field=models.TextField(), db_persist=True
    )


def names_matching(text: str) -> Q:
    """Rows whose ``folded_names`` contain ``text``, folded the same way."""
    return Q(folded_names__contains=Fold(Value(text)))


def search_query(text: str) -> SearchQuery:
    """``text`` in websearch syntax, hyphens joined ("cease-fire" -> "ceasefire") to meet the
    joined forms of the documents."""
    joined = re.sub(r"(?<=\w)-(?=\w)", "", text)
    return SearchQuery(joined, search_type="websearch", config=SEARCH_CONFIG)


def search_rank(query: SearchQuery) -> Cast:
    """How well a row's ``search_document`` matches ``query``, in double precision: ts_rank's
    real, read into Python and sent back in an API cursor, would no longer equal itself."""
    return Cast(SearchRank(F("search_document"), query), FloatField())


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


def matches_terms(text: str) -> Q:
    """Rows where some alternative of ``search_terms(text)`` matches: the SQLite fallback, in
    the folded text of ``search_document``."""

    def anywhere(term):
        return Q(search_document__contains=Fold(Value(term)))

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


RANKED = 300
"""How many matches of a search are ranked by relevance: the first found. Ranking reads each
one's whole search document (15 µs an article), and choosing the newest to rank reads every
match or walks the date index reading a document per article passed (55 ms for the newest 300
of a word in 10% of 100,000 articles). Sorted by date, every match is listed."""


def first_found(matches: models.QuerySet, count: int):
    """The keys of the first ``count`` of ``matches`` in the order they are found, as a
    subquery.

    On PostgreSQL the search is planned for all its matches (in a MATERIALIZED CTE, which is
    then read only up to ``count``): planned for ``count`` rows, the planner reads the table
    from the start rather than the GIN index, matching each article's search document until
    enough match, and under 400 rows it counts that as cheaper (90 ms for 300 articles of a
    word in 10%, where the index gives them in 15 ms)."""
    keys = matches.order_by().values_list("pk", flat=True)
    if connections[matches.db].vendor != "postgresql":
        return keys[:count]
    try:
        sql, params = keys.query.get_compiler(using=matches.db).as_sql()
    except EmptyResultSet:  # a filter that matches nothing unrun (a speaker nobody is called)
        return keys.none()
    return RawSQL(
        f"WITH found AS MATERIALIZED ({sql}) SELECT * FROM found LIMIT %s", (*params, count)
    )


def first_ranked(matches: models.QuerySet, *ordering) -> models.QuerySet:
    """The first RANKED of a search's ``matches`` as the GIN index gives them, and only those,
    in ``ordering``: the rows that are ranked, with their ``ranked_keys`` in that order.

    The keys are found and ranked in one query, which reads no other table; a page then reads
    and joins only its own rows (``ranked_slice``): ordering all 300 quotes joined to their
    speakers and organisations hashed all 23,000 speakers. The keys stand for every filter, so
    the planner fetches these rows by key rather than reading every match again; the
    annotations (the rank), deferred columns and joins stay."""
    ranked = matches.all()
    ranked.query.clear_where()
    keys = list(
        ranked.filter(pk__in=first_found(matches, RANKED))
        .order_by(*ordering)
        .values_list("pk", flat=True)
    )
    ranked = ranked.filter(pk__in=keys).order_by(*ordering)
    ranked.ranked_keys = keys  # a clone (a further filter) no longer has them
    return ranked


def ranked_slice(ranked: models.QuerySet, start: int, stop: int) -> models.QuerySet:
    """Rows ``start`` to ``stop`` of ``first_ranked()``, read by their keys alone."""
    rows = ranked.all()
    rows.query.clear_where()
    return rows.filter(pk__in=ranked.ranked_keys[start:stop])

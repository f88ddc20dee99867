"""Archive scale: stored search documents, the newest-first index, trigram name search.

On PostgreSQL: an index in exactly ``newest_first()``'s order (NULLS LAST, which SQLite's
CREATE INDEX refuses), so lists and deep pages read it instead of sorting every article; the
GIN indexes of migration 0002 move from the vector expressions to the stored
``search_document`` columns (same names); trigram indexes serve the "part of a name" searches
(``icontains`` is ``UPPER(col) LIKE UPPER('%...%')``). SQLite gets the columns, as NULL, and
none of these indexes.
"""

import django.contrib.postgres.search
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

SEARCH_INDEXES = {
    "article_search_idx": "articles_article USING gin (search_document)",
    "quote_search_idx": "articles_quote USING gin (search_document)",
}
EXPRESSION_INDEXES = {  # as migration 0002 made them
    "article_search_idx": "articles_article USING gin ((setweight(to_tsvector('english'::regconfig, "
    "COALESCE(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE(body, '')), 'B')))",
    "quote_search_idx": "articles_quote USING gin (to_tsvector('english'::regconfig, COALESCE(text, '')))",
}
NEWEST_INDEX = {
    "article_newest_idx": "articles_article (published DESC NULLS LAST, created DESC, id DESC)"
}


class PostgreSQLOnly(models.Func):
    """``expression`` on PostgreSQL; NULL on SQLite (until migration 0005's search documents)."""

    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


TRIGRAM_INDEXES = {
    f"{table}_{column}_trgm_idx": f"articles_{table} USING gin (UPPER({column}) gin_trgm_ops)"
    for table in ("speaker", "organisation")
    for column in ("name", "aliases")
}


def recreate(schema_editor, drop, create):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in drop:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for name, definition in create.items():
        schema_editor.execute(f"CREATE INDEX {name} ON {definition}")


def forwards(apps, schema_editor):
    recreate(schema_editor, SEARCH_INDEXES, SEARCH_INDEXES | NEWEST_INDEX | TRIGRAM_INDEXES)


def backwards(apps, schema_editor):
    recreate(schema_editor, SEARCH_INDEXES | NEWEST_INDEX | TRIGRAM_INDEXES, EXPRESSION_INDEXES)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0002_full_text_search_indexes'),
    ]

    operations = [
        TrigramExtension(),
        migrations.AddField(
            model_name='article',
            name='search_document',
            field=models.GeneratedField(db_persist=True, expression=PostgreSQLOnly(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('title', config='english', weight='A'), '||', django.contrib.postgres.search.SearchVector('body', config='english', weight='B'), django.contrib.postgres.search.SearchConfig('english')), output_field=django.contrib.postgres.search.SearchVectorField()), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.AddField(
            model_name='quote',
            name='search_document',
            field=models.GeneratedField(db_persist=True, expression=PostgreSQLOnly(django.contrib.postgres.search.SearchVector('text', config='english'), output_field=django.contrib.postgres.search.SearchVectorField()), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.RunPython(forwards, backwards),
    ]

"""Matching blind to accents and hyphens: "Erdogan" finds "Erdoğan", "ceasefire" "cease-fire".

On PostgreSQL: the ``unaccent`` extension; a text search configuration ``newsroom`` (English whose
words pass through unaccent first); ``newsroom_fold()``, lower case without accents or hyphens,
immutable so that stored columns and indexes may use it. The search documents are rebuilt in
that configuration (a generated column cannot be altered: dropped and added again, with their
GIN indexes); speakers and organisations get ``folded_names``, trigram-indexed for "part of a
name". On SQLite the search documents become the folded text the fallback matches in.
"""

import articles.search
import django.contrib.postgres.search
from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations, models

FUNCTIONS = """
CREATE TEXT SEARCH CONFIGURATION newsroom (COPY = english);
ALTER TEXT SEARCH CONFIGURATION newsroom
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE FUNCTION newsroom_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '-', '') $$;
"""
DROP_FUNCTIONS = """
DROP FUNCTION IF EXISTS newsroom_fold(text);
DROP TEXT SEARCH CONFIGURATION IF EXISTS newsroom;
"""
INDEXES = """
CREATE INDEX article_search_idx ON articles_article USING gin (search_document);
CREATE INDEX quote_search_idx ON articles_quote USING gin (search_document);
CREATE INDEX speaker_folded_names_trgm_idx ON articles_speaker USING gin (folded_names gin_trgm_ops);
CREATE INDEX organisation_folded_names_trgm_idx
    ON articles_organisation USING gin (folded_names gin_trgm_ops);
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in sql.split(";\n"):
                if statement.strip():
                    schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0004_covering_indexes'),
    ]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(on_postgresql(FUNCTIONS), on_postgresql(DROP_FUNCTIONS)),
        migrations.AddField(
            model_name='organisation',
            name='folded_names',
            field=models.GeneratedField(db_persist=True, expression=articles.search.Fold(articles.search.Joined('name', 'acronym', 'aliases')), output_field=models.TextField()),
        ),
        migrations.AddField(
            model_name='speaker',
            name='folded_names',
            field=models.GeneratedField(db_persist=True, expression=articles.search.Fold(articles.search.Joined('name', 'aliases')), output_field=models.TextField()),
        ),
        migrations.RemoveField(model_name='article', name='search_document'),
        migrations.AddField(
            model_name='article',
            name='search_document',
            field=models.GeneratedField(db_persist=True, expression=articles.search.SearchDocument(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(articles.search.JoinedHyphens('title'), config='newsroom', weight='A'), '||', django.contrib.postgres.search.SearchVector(articles.search.JoinedHyphens('body'), config='newsroom', weight='B'), django.contrib.postgres.search.SearchConfig('newsroom')), 'title', 'body'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.RemoveField(model_name='quote', name='search_document'),
        migrations.AddField(
            model_name='quote',
            name='search_document',
            field=models.GeneratedField(db_persist=True, expression=articles.search.SearchDocument(django.contrib.postgres.search.SearchVector(articles.search.JoinedHyphens('text'), config='newsroom', weight=None), 'text'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.RunPython(on_postgresql(INDEXES), migrations.RunPython.noop),
    ]

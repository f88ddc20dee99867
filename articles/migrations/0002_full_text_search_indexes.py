"""GIN indexes for full-text search, on PostgreSQL only.

They index exactly the expressions ``Article.objects.search()`` and ``Quote.objects.search()``
match against (``article_search_vector()``/``quote_search_vector()`` in search.py), so the
planner can use them. They are not in the models' Meta because SQLite cannot create them.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

CONFIG = "english"


def indexes():
    return {
        "Article": GinIndex(
            SearchVector("title", weight="A", config=CONFIG)
            + SearchVector("body", weight="B", config=CONFIG),
            name="article_search_idx",
        ),
        "Quote": GinIndex(SearchVector("text", config=CONFIG), name="quote_search_idx"),
    }


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in indexes().items():
        schema_editor.add_index(apps.get_model("articles", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in indexes().items():
        schema_editor.remove_index(apps.get_model("articles", model_name), index)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes),
    ]

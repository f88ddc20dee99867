"""An article's search document is kept in its row (storage MAIN) rather than in the TOAST
table, on PostgreSQL.

A document of about 2 KB was moved out of its row, and a search that GIN cannot decide alone (a
phrase: "drone strike near Timbuktu" gives 2,966 articles holding all four words, 385 in that
order) then rechecked each candidate through the TOAST index and two chunks: 15.3 ms for the
2,966 against 5.1 kept in the row, and ranking reads each document again. The long body goes out
of the row instead; a page reads only its own 25 bodies. ``VACUUM FULL`` rewrites the rows
already stored (a stored document keeps its storage until its row is written again; 52 s at
100,000 articles) and a plain ``VACUUM`` then marks the pages all-visible again for index-only
scans (without it, page 2,000 of the articles took 171 ms), so the migration runs outside a
transaction. A column dropped and added again loses this setting.
"""

from django.db import migrations


def storing(storage: str, rewrite: bool):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(
            f"ALTER TABLE articles_article ALTER COLUMN search_document SET STORAGE {storage}"
        )
        if rewrite:
            schema_editor.execute("VACUUM (FULL, ANALYZE) articles_article")
            schema_editor.execute("VACUUM articles_article")  # index-only scans need its map

    return run


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("articles", "0007_quote_published"),
    ]

    operations = [
        migrations.RunPython(storing("MAIN", rewrite=True), storing("EXTENDED", rewrite=False)),
    ]

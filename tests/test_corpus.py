"""The synthetic corpus: deterministic for a seed, and imported as the generator meant it."""

import unicodedata
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.importer import ArticleImporter
from articles.models import Article, Organisation, Quote, Speaker
from bench.corpus import Corpus

ARTICLES = 40


def generate(folder: Path, seed: int, articles: int = ARTICLES) -> dict[str, str]:
    call_command("generate_corpus", articles=articles, seed=seed, out=folder, stdout=StringIO())
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*.txt"))
    }


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).strip(" ,.").split()).casefold()


def test_the_same_seed_writes_identical_files(tmp_path):
    first = generate(tmp_path / "a", seed=7)
    second = generate(tmp_path / "b", seed=7)
    assert len(first) == ARTICLES
    assert first == second


def test_another_seed_writes_other_articles(tmp_path):
    first = generate(tmp_path / "a", seed=7)
    other = generate(tmp_path / "b", seed=8)
    assert set(first.values()).isdisjoint(other.values())


def test_an_article_does_not_depend_on_the_ones_before_it():
    corpus = Corpus(seed=3)
    assert list(corpus.articles(3, start=5)) == [corpus.article(n) for n in (5, 6, 7)]


def test_articles_have_the_promised_shape():
    articles = list(Corpus(seed=5).articles(200))
    for article in articles:
        paragraphs = article.body.split("\n\n")
        assert 4 <= len(paragraphs) <= 20
        assert 3 <= len(article.quotes) <= 15
        assert paragraphs[0].startswith(f"{article.dateline} - ")
        for quote in article.quotes:
            assert article.body[quote.start : quote.end] == quote.text
    shapes = Counter(quote.shape for article in articles for quote in article.quotes)
    assert {"opening", "closing", "pronoun", "partial", "organisation-opening"} <= set(shapes)
    assert len({article.source for article in articles}) > 3
    assert len({article.published.year for article in articles}) == 10


def test_the_file_opens_with_front_matter_the_importer_reads(tmp_path):
    article = Corpus(seed=5).article(0)
    path = tmp_path / "one.txt"
    path.write_text(article.file_text(), encoding="utf-8")
    assert article.file_text().startswith(f"---\npublished: {article.published.isoformat()}\n")
    assert f"\nsource: {article.source}\nurl: {article.url}\n---\n{article.title}\n\n" in (
        article.file_text()
    )


@pytest.mark.django_db
def test_generated_files_import_with_the_quotes_and_speakers_meant(tmp_path):
    """At least 95% of the quotes written come back from the real importer, with their speaker."""
    generate(tmp_path, seed=11)
    report = ArticleImporter().import_paths([tmp_path])
    assert report.failed == 0, report.errors
    corpus = Corpus(seed=11)
    meant = found = 0
    for generated in corpus.articles(ARTICLES):
        article = Article.objects.get(title=generated.title, published=generated.published)
        imported = {
            normalised(q.text): q.speaker.name if q.speaker else None
            for q in article.quotes.select_related("speaker")
        }
        for quote in generated.quotes:
            meant += 1
            found += imported.get(normalised(quote.text), "") == quote.speaker
    assert found >= 0.95 * meant, f"{found} of {meant} quotes found with their speaker"


@pytest.mark.django_db
def test_loading_into_the_database_writes_what_the_generator_meant():
    call_command("generate_corpus", articles=30, seed=4, db=True, stdout=StringIO())
    generated = list(Corpus(seed=4).articles(30))
    assert Article.objects.count() == 30
    assert Quote.objects.count() == sum(len(a.quotes) for a in generated)
    for quote in Quote.objects.select_related("article", "speaker")[:50]:
        assert quote.article.body[quote.start : quote.end] == quote.text
    speaker = Speaker.objects.most_quoted().first()
    assert speaker.quote_count == Quote.objects.filter(speaker=speaker).count()
    organisation = Organisation.objects.most_mentioned().first()
    assert organisation.article_count == organisation.articles.count()
    counts = {a.title: len(a.quotes) for a in generated}
    assert all(counts[a.title] == a.quote_count for a in Article.objects.all())


@pytest.mark.django_db
def test_loading_the_same_articles_again_adds_nothing():
    call_command("generate_corpus", articles=10, seed=4, db=True, stdout=StringIO())
    out = StringIO()
    call_command("generate_corpus", articles=15, seed=4, db=True, stdout=out)
    assert Article.objects.count() == 15
    assert "5 articles (10 already there)" in out.getvalue()


def snapshot() -> list[tuple]:
    return [
        *Speaker.objects.values_list("name", "slug", "title", "organisation__name", "aliases"),
        *Speaker.objects.values_list("name", "quote_count", "is_organisation"),
        *Organisation.objects.values_list("name", "slug", "acronym", "aliases", "article_count"),
        *Article.objects.values_list("origin", "slug", "quote_count", "organisations__name"),
        *Quote.objects.values_list("article__origin", "position", "text", "speaker__name"),
    ]


@pytest.mark.django_db
def test_chunks_and_read_ahead_import_exactly_what_one_chunk_does(tmp_path):
    """120 files: three chunks, two of them read and extracted in the worker process."""
    generate(tmp_path, seed=12, articles=120)
    report = ArticleImporter().import_paths([tmp_path])
    assert report.new == 120
    chunked = sorted(snapshot(), key=repr)
    for model in (Article, Speaker, Organisation):
        model.objects.all().delete()
    one_chunk = ArticleImporter()
    one_chunk.chunk_size = 1000
    one_chunk.import_paths([tmp_path])
    assert sorted(snapshot(), key=repr) == chunked

"""Small factories for tests, writing real rows to the test database."""

import itertools
from pathlib import Path

import pytest

from articles.models import Article, Organisation, Quote, Speaker

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
DEV_SET_DIR = PROJECT_DIR.parent / "shared" / "eval" / "dev"

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Tests render templates without running collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def make_organisation(name="Syrian Democratic Forces", acronym="", **fields) -> Organisation:
    return Organisation.objects.create(name=name, acronym=acronym, **fields)


def make_speaker(name="Matthew Miller", **fields) -> Speaker:
    return Speaker.objects.create(name=name, **fields)


def make_article(title=None, body="WASHINGTON DC - Nothing was said.", **fields) -> Article:
    n = next(_counter)
    fields.setdefault("origin", f"test/{n}.txt")
    fields.setdefault("content_hash", f"{n:064x}")
    return Article.objects.create(title=title or f"Article {n}", body=body, **fields)


def make_quote(article: Article, text: str, speaker: Speaker | None = None, **fields) -> Quote:
    """A quote placed in the article's body (appended to it when the text is not there yet)."""
    start = article.body.find(text)
    if start < 0:
        article.body = f"{article.body}\n\n“{text}”"
        article.save(update_fields=["body"])
        start = article.body.find(text)
    fields.setdefault("position", article.quotes.count())
    quote = Quote.objects.create(
        article=article, speaker=speaker, text=text, start=start, end=start + len(text), **fields
    )
    Article.objects.filter(pk=article.pk).refresh_counts()
    if speaker:
        Speaker.objects.filter(pk=speaker.pk).refresh_counts()
    return quote

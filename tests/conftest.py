"""Small factories for tests, writing real rows to the test database."""

import datetime
import itertools
from pathlib import Path

import hypothesis
import pytest

from articles.models import Article, Organisation, Quote, Speaker

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
DEV_SET_DIR = PROJECT_DIR.parent / "shared" / "eval" / "dev"

_counter = itertools.count(1)

hypothesis.settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
"""`make test` (and so CI) runs `pytest --hypothesis-profile=ci`: each property test draws the
same examples on every run, so a build never passes or fails by the luck of a draw. A plain
`pytest` keeps the default profile and draws afresh each run, to find what the fixed draws miss."""


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Tests render templates without running collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Pages are rendered afresh (even with REDIS_URL set): test transactions never commit, so
    the data version never moves. tests/test_page_cache.py turns the cache on."""
    settings.PAGE_CACHE = False


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


def make_linked_records(n: int) -> dict:
    """``n`` articles, speakers, organisations and quotes, all tied together, for counting a
    page's queries; the slugs of one article, the common speaker and the common organisation."""
    organisation = make_organisation("Common Organisation", acronym="CO")
    speaker = make_speaker("Common Speaker", organisation=organisation, title="Envoy")
    for i in range(n):
        own = make_organisation(f"Organisation {i}")
        article = make_article(
            f"Article about talks {i}",
            published=datetime.date(2024, 1, 1 + i),
            dateline=f"CITY {i}",
        )
        article.organisations.add(organisation, own)
        make_quote(article, f"Talks are going well, part {i}", speaker)
        make_quote(
            article,
            f"Talks are going badly, part {i}",
            make_speaker(f"Speaker {i}", organisation=own),
        )
    Organisation.objects.refresh_counts()
    article = Article.objects.get(title="Article about talks 0")
    return {
        "article": article.slug,
        "speaker": speaker.slug,
        "organisation": organisation.slug,
    }


WASHINGTON_BODY = (
    "WASHINGTON DC - The United States on Monday called on the parties to protect civilians."
    "\n\n“We’re going to continue to make clear to every party that they protect civilians,” "
    "Spokesperson Matthew Miller told reporters."
    "\n\n“Nothing has changed with respect to our policy,” Miller added."
)


@pytest.fixture
def world():
    """The browsing data of the page tests, in a browser or not (under a django_db mark): two
    organisations, three speakers, three articles, enough to tell filters apart."""
    state = make_organisation("US State Department", aliases="State Department")
    sdf = make_organisation("Syrian Democratic Forces", acronym="SDF", aliases="Kurdish-led forces")
    miller = make_speaker(
        "Matthew Miller", title="Spokesperson", organisation=state, aliases="Miller"
    )
    abdi = make_speaker("Mazloum Abdi", title="Commander-in-chief", organisation=sdf)
    shami = make_speaker("Farhad Shami", organisation=sdf)
    washington = make_article(
        "US urges protection of civilians in Syria",
        body=WASHINGTON_BODY,
        dateline="WASHINGTON DC",
        source="Rudaw",
        published=datetime.date(2024, 12, 2),
    )
    washington.organisations.add(state)
    miller_quotes = [
        make_quote(
            washington,
            "We’re going to continue to make clear to every party that they protect civilians,",
            miller,
        ),
        make_quote(washington, "Nothing has changed with respect to our policy,", miller),
    ]
    qamishli = make_article(
        "Kurds announce deal as Turkey advances",
        body="QAMISHLI - The SDF said it reached a deal.",
        dateline="QAMISHLI",
        source="VOA",
        published=datetime.date(2019, 10, 14),
    )
    qamishli.organisations.add(sdf)
    abdi_quote = make_quote(qamishli, "We will protect our people from the invasion", abdi)
    shami_quote = make_quote(qamishli, "The front lines are holding tonight", shami)
    quiet = make_article(
        "Cameroon villages burned",
        body="YAOUNDE - Several villages are said to have been set ablaze.",
        dateline="YAOUNDE",
        source="VOA",
        published=datetime.date(2018, 1, 5),
    )
    Organisation.objects.refresh_counts()
    return {
        "state": state,
        "sdf": sdf,
        "miller": miller,
        "abdi": abdi,
        "shami": shami,
        "washington": washington,
        "qamishli": qamishli,
        "quiet": quiet,
        "miller_quotes": miller_quotes,
        "sdf_quotes": [abdi_quote, shami_quote],
    }


def quote_form(quote: Quote, **changes) -> dict:
    """The admin's change form for ``quote`` as posted, with ``changes`` made."""
    return {
        "article": quote.article_id,
        "speaker": quote.speaker_id or "",
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "verb": "said",
        "position": quote.position,
    } | changes

"""Server time of every page at archive size, against a floor view timed in the same run.

Requests go through ``django.test.Client`` in this process: the full middleware stack, the view,
the template, the database; no network and no web server, so the figures are the app's own.
"""

import statistics
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse

from articles.models import Article, Organisation, Quote, Speaker

WARM_UP = 3
DEEP_PAGE = 2000


@dataclass
class Timing:
    page: str
    url: str
    p50_ms: float
    p95_ms: float
    queries: int
    ratio: float = 0.0  # p95 over the floor's p95


def with_query(name: str, **params) -> str:
    return f"{reverse(name)}?{urlencode(params)}"


def pages() -> dict[str, str]:
    """The pages to time, with typical filters drawn from the loaded data."""
    speaker = (
        Speaker.objects.filter(is_organisation=False).most_quoted()[200:201].get()
    )  # a speaker quoted a few dozen times, as most researched people are
    top_speaker = Speaker.objects.most_quoted().first()
    organisation = Organisation.objects.most_mentioned()[100:101].get()
    top_organisation = Organisation.objects.most_mentioned().first()
    article = Article.objects.order_by("-quote_count", "pk").first()
    year = Article.objects.newest_first().first().published.year - 3
    deep = min(DEEP_PAGE, Article.objects.count() // 25)
    return {
        "floor (one-line template)": reverse("bench-floor"),
        "home": reverse("articles:home"),
        "articles": reverse("articles:article-list"),
        "articles by speaker": with_query("articles:article-list", speaker=speaker.name),
        "articles by organisation": with_query(
            "articles:article-list", organisation=organisation.slug
        ),
        "articles by date range": with_query(
            "articles:article-list",
            published_after=f"{year}-03-01",
            published_before=f"{year}-04-30",
        ),
        **searches("articles", Article.objects, ["Kobani", '"drone strike near Timbuktu"']),
        "articles by words “Kobani”, newest first": with_query(
            "articles:article-list", q="Kobani", sort="newest"
        ),
        "articles by a hostile 400-word q": with_query(
            "articles:article-list", q=" ".join(["ceasefire"] * 400)
        ),
        f"articles page {deep:,}": with_query("articles:article-list", page=deep),
        "articles, oldest first": with_query("articles:article-list", sort="oldest"),
        "articles, most quoted": with_query("articles:article-list", sort="quoted"),
        "article detail": article.get_absolute_url(),
        "quotes": reverse("articles:quote-list"),
        f"quotes page {deep:,}": with_query("articles:quote-list", page=deep),
        "quotes, oldest first": with_query("articles:quote-list", sort="oldest"),
        "quotes by speaker": with_query("articles:quote-list", speaker=speaker.name),
        **searches("quotes", Quote.objects, ["hospitals fuel", "water Timbuktu"]),
        "quotes by words “hospitals fuel”, newest first": with_query(
            "articles:quote-list", q="hospitals fuel", sort="newest"
        ),
        "speakers": reverse("articles:speaker-list"),
        "speaker detail (most quoted)": top_speaker.get_absolute_url(),
        "organisations": reverse("articles:organisation-list"),
        "organisation detail (most mentioned)": top_organisation.get_absolute_url(),
    }


def searches(kind: str, objects, queries: list[str]) -> dict[str, str]:
    """A broad and a narrow search, named with the share of rows they match."""
    total = objects.count()
    return {
        f"{kind} by words “{q}” ({objects.search(q).count() / total:.2%} match)": with_query(
            f"articles:{kind[:-1]}-list", q=q
        )
        for q in queries
    }


def time_url(client: Client, url: str, repeat: int) -> tuple[list[float], int]:
    for _ in range(WARM_UP):
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    queries = []
    with connection.execute_wrapper(lambda execute, *args: queries.append(1) or execute(*args)):
        client.get(url)
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        seconds.append(time.perf_counter() - started)
    return seconds, len(queries)


def time_pages(repeat: int = 30) -> list[Timing]:
    plain_files = {  # pages render without collectstatic's manifest
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    timings = []
    with override_settings(ROOT_URLCONF="bench.urls", STORAGES=plain_files):
        client = Client()
        for page, url in pages().items():
            seconds, queries = time_url(client, url, repeat)
            p50 = statistics.median(seconds) * 1000
            p95 = statistics.quantiles(seconds, n=20, method="inclusive")[18] * 1000
            timings.append(Timing(page, url, p50, p95, queries))
    floor = timings[0].p95_ms
    for timing in timings:
        timing.ratio = timing.p95_ms / floor
    return timings

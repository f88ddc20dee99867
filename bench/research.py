"""The research tools at archive size: API list pages, a 100,000-row CSV export (rows a
second and peak memory while streaming) and one analyse request of 10,000 words."""

import csv
import gc
import io
import statistics
import time
import tracemalloc
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse

from bench.corpus import Corpus
from bench.pages import time_url, with_query

EXPORT_ROWS = 100_000
DEEP_CURSOR = 50_000
ANALYSE_WORDS = 10_000
UNTHROTTLED = {"API_RATE": "1000000/min", "ANALYSE_RATE": "1000000/min"}


@dataclass
class Export:
    rows: int
    seconds: float
    first_row_seconds: float
    peak_mb: float

    @property
    def per_second(self) -> float:
        return self.rows / self.seconds


def api_pages() -> dict[str, str]:
    from articles.models import Quote, Speaker

    speaker = Speaker.objects.filter(is_organisation=False).most_quoted()[200:201].get()
    depth = min(DEEP_CURSOR, Quote.objects.count() // 2)
    return {
        "API quotes": reverse("api:quote-list"),
        "API quotes by speaker": with_query("api:quote-list", speaker=speaker.name),
        f"API quotes, a cursor {depth:,} deep": with_query(
            "api:quote-list", cursor=quotes_cursor(depth)
        ),
        "API quotes, oldest first": with_query("api:quote-list", sort="oldest"),
        "API articles": reverse("api:article-list"),
        "API articles, most quoted": with_query("api:article-list", sort="quoted"),
        "API speakers": reverse("api:speaker-list"),
        "API organisations": reverse("api:organisation-list"),
    }


def quotes_cursor(depth: int) -> str:
    """The API's cursor for the quotes list's page that starts ``depth`` rows deep."""
    from articles.api import QuoteViewSet
    from articles.pagination import SortedCursor

    paginator = SortedCursor()
    filtered = QuoteViewSet.filterset_class({}, queryset=QuoteViewSet.queryset.all())
    return paginator.token(paginator.sorted(filtered.qs)[depth - 1])


def time_api(repeat: int) -> list[tuple[str, str, float, float, int]]:
    client = Client()
    rows = []
    for name, url in api_pages().items():
        seconds, queries = time_url(client, url, repeat)
        p50 = statistics.median(seconds) * 1000
        p95 = statistics.quantiles(seconds, n=20, method="inclusive")[18] * 1000
        rows.append((name, url, p50, p95, queries))
    return rows


def stream_export(limit: int = EXPORT_ROWS, measure_memory: bool = False) -> Export:
    """Read /quotes/export.csv as a client would, parsing it, until ``limit`` rows came."""
    response = Client().get(reverse("articles:quote-export"))
    gc.collect()
    if measure_memory:
        tracemalloc.start()
    started = time.perf_counter()
    rows, first_row = -1, 0.0  # the header comes before the query runs
    for chunk in response.streaming_content:  # whole rows, one or many
        rows += sum(1 for _ in csv.reader(io.StringIO(chunk.decode())))
        if rows > 0 and not first_row:
            first_row = time.perf_counter() - started
        if rows >= limit:
            break
    seconds = time.perf_counter() - started
    peak = 0.0
    if measure_memory:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    response.close()
    return Export(rows, seconds, first_row, peak)


def analyse_text(words: int = ANALYSE_WORDS) -> str:
    """Generated news paragraphs, under one headline, up to ``words`` words."""
    paragraphs, count = [], 0
    for article in Corpus(7).articles(200):
        for paragraph in article.file_text().split("\n\n")[1:]:
            paragraphs.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "Generated briefing\n\n" + "\n\n".join(paragraphs)
    raise ValueError("the corpus ran out of paragraphs")


def time_analyse(repeat: int = 5) -> tuple[float, int, int]:
    text = analyse_text()
    client = Client()
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.post(reverse("articles:analyse"), {"text": text})
        seconds.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    return statistics.median(seconds) * 1000, len(text.split()), len(text)


def research_stage(repeat: int) -> list[str]:
    plain_files = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=plain_files, **UNTHROTTLED):
        cache.clear()
        api = time_api(repeat)
        timed = stream_export()
        memory = stream_export(measure_memory=True)
        analyse_ms, words, characters = time_analyse()
    lines = [
        f"Research tools, {repeat} requests each for the API:",
        "",
        "| Request | p50 ms | p95 ms | Queries |",
        "|---|---:|---:|---:|",
    ]
    for name, url, p50, p95, queries in api:
        lines.append(f"| [{name}]({url}) | {p50:.1f} | {p95:.1f} | {queries} |")
    lines += [
        "",
        "| Measure | Figure |",
        "|---|---:|",
        f"| CSV export of quotes, first {timed.rows:,} rows streamed | "
        f"{timed.per_second:,.0f} rows/s ({timed.seconds:.1f} s, the first row after "
        f"{timed.first_row_seconds:.1f} s) |",
        f"| CSV export, peak Python memory while streaming {memory.rows:,} rows | "
        f"{memory.peak_mb:.1f} MB |",
        f"| Analyse one text of {words:,} words ({characters:,} characters) | "
        f"{analyse_ms:,.0f} ms |",
        "",
    ]
    return lines

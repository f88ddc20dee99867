"""``make bench``: extraction, import and page figures on PostgreSQL, and the detail pages
beside Datasette on SQLite (bench/datasette.py), printed as tables.

    python -m bench.run [--articles 100000] [--files 10000] [--repeat 30] [--only pages]

Creates the database ``newsroom_bench`` when missing and empties it between stages; touches no
other database. About 15 minutes on two cores, most of it loading 100,000 articles.
"""

import argparse
import datetime
import os
import platform
import sys
import tempfile
import time
import warnings
from pathlib import Path

import django

from bench import database

TARGET_PAGE_MS = 100
TARGET_FLOOR_RATIO = 5
TARGET_IMPORT_PER_SECOND = 200
TARGET_IMPORT_MB = 300
TARGET_EXTRACTION_MB_S = 1.0
PAGES_SEED = 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="for the page timings")
    parser.add_argument("--files", type=int, default=10_000, help="for the import timing")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument(
        "--only", choices=["import", "pages", "research", "datasette"], help="run one stage"
    )
    options = parser.parse_args()

    database.configure()
    warnings.filterwarnings("ignore", message="No directory at")  # no collectstatic needed
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    # Each stage's table is printed as soon as it is done: a later stage's failure keeps it.
    print_lines([machine()])
    if options.only in (None, "import"):
        print_lines(import_stage(options.files))
    if options.only in (None, "pages"):
        print_lines(page_stage(options.articles, options.repeat))
    if options.only in (None, "research"):
        print_lines(research_stage(options.articles, options.repeat))
    if options.only in (None, "datasette"):
        from bench import datasette

        print_lines(["", datasette.run()])


def print_lines(lines: list[str]) -> None:
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{datetime.date.today()}: {os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"{memory:.1f} GiB, PostgreSQL {database.server_version()}, "
        f"Python {platform.python_version()}, Django {django.get_version()}\n"
    )


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def import_stage(files: int) -> list[str]:
    from bench import imports

    database.empty()
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as folder:
        folder = Path(folder)
        say(f"writing {files:,} article files")
        imports.write_files(folder, files)
        say("timing extraction")
        mb_s = imports.extraction_mb_per_second(folder)
        say(f"importing {files:,} files")
        result = imports.time_import(folder)
    return [
        "| Measure | Figure | Target | Met |",
        "|---|---:|---:|:-:|",
        f"| Extraction, one core | {mb_s:.2f} MB/s | >= {TARGET_EXTRACTION_MB_S} MB/s "
        f"| {verdict(mb_s >= TARGET_EXTRACTION_MB_S)} |",
        f"| Import, {result.files:,} files end to end | {result.per_second:.0f} articles/s "
        f"({result.seconds:.0f} s) | >= {TARGET_IMPORT_PER_SECOND}/s "
        f"| {verdict(result.per_second >= TARGET_IMPORT_PER_SECOND)} |",
        f"| Import, peak memory (both processes) | {result.peak_rss_mb:.0f} MB | < {TARGET_IMPORT_MB} MB "
        f"| {verdict(result.peak_rss_mb < TARGET_IMPORT_MB)} |",
        "",
    ]


def load_archive(articles: int) -> None:
    """The generated archive the page timings read, loaded unless already there."""
    from articles.models import Article
    from bench.corpus import Corpus
    from bench.corpus_loader import CorpusLoader

    origin = f"generated/seed-{PAGES_SEED}/"
    if Article.objects.count() != Article.objects.filter(origin__startswith=origin).count():
        database.empty()
    if Article.objects.count() != articles:
        say(f"loading {articles:,} articles")
        started = time.perf_counter()
        CorpusLoader(Corpus(PAGES_SEED)).load(articles, on_batch=progress)
        say(f"loaded in {time.perf_counter() - started:.0f} s; vacuum analyze")
        database.analyze()


def page_stage(articles: int, repeat: int) -> list[str]:
    from articles.models import Article, Quote
    from bench import pages

    load_archive(articles)
    quotes = Quote.objects.count()
    say(f"timing pages, {repeat} requests each")
    timings = pages.time_pages(repeat)
    lines = [
        f"Pages at {Article.objects.count():,} articles and {quotes:,} quotes, "
        f"{repeat} requests each after {pages.WARM_UP} to warm up:",
        "",
        f"| Page | p50 ms | p95 ms | Queries | p95 / floor | p95 <= {TARGET_PAGE_MS} ms "
        f"| <= {TARGET_FLOOR_RATIO} x floor |",
        "|---|---:|---:|---:|---:|:-:|:-:|",
    ]
    for t in timings:
        lines.append(
            f"| {linked(t.page, t.url)} | {t.p50_ms:.1f} | {t.p95_ms:.1f} | {t.queries} "
            f"| {t.ratio:.1f} | {verdict(t.p95_ms <= TARGET_PAGE_MS)} "
            f"| {verdict(t.ratio <= TARGET_FLOOR_RATIO)} |"
        )
    return lines


def linked(page: str, url: str) -> str:
    """The page's name linked to its URL, unless the URL is too long to read in a table."""
    return f"[{page}]({url})" if len(url) <= 200 else page


def research_stage(articles: int, repeat: int) -> list[str]:
    """The API, the CSV export and the analyser over the pages stage's archive."""
    from bench import research

    load_archive(articles)
    say("timing the API, a CSV export and an analyse request")
    return research.research_stage(repeat)


def progress(report):
    if report.articles % 10_000 == 0:
        say(f"… {report.articles:,} articles")


def say(message: str) -> None:
    sys.stderr.write(f"[{datetime.datetime.now():%H:%M:%S}] {message}\n")


if __name__ == "__main__":
    main()

"""Newsroom beside Datasette on the same SQLite rows: an article's page and quotes by speaker.

    python -m bench.datasette [--articles 20000] [--repeat 200]

Builds once an SQLite file of generated articles (seed 1) with Newsroom's migrations and
``generate_corpus --db``, installs datasette from PyPI into a virtualenv of its own, and serves
the file with each: Newsroom by gunicorn (one process, one thread, DEBUG off, page cache off),
Datasette by its own server (one process, the file opened immutable). Requests are sequential
over one keep-alive connection per server, alternating between the two so that both meet the
same load on the machine. Everything stays under bench/out/ and on 127.0.0.1.
"""

import argparse
import http.client
import os
import secrets
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

PROJECT_DIR = Path(__file__).resolve().parent.parent
OUT = PROJECT_DIR / "bench" / "out"
HOST = "127.0.0.1"
WARM_UP = 10
SEED = 1
DATASETTE = "datasette>=0.65,<1"


@dataclass
class Comparison:
    page: str
    newsroom_url: str
    datasette_url: str
    newsroom_p50: float = 0.0
    newsroom_p95: float = 0.0
    datasette_p50: float = 0.0
    datasette_p95: float = 0.0

    @property
    def ratio(self) -> float:
        return self.newsroom_p95 / self.datasette_p95


def say(message: str) -> None:
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {message}\n")


def newsroom_env(database: Path, static_root: Path, port: int) -> dict:
    return {k: v for k, v in os.environ.items() if k not in {"DEBUG", "HTTPS", "REDIS_URL"}} | {
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "STATIC_ROOT": str(static_root),
        "PAGE_CACHE": "0",
        "LOG_LEVEL": "WARNING",
        "BIND": f"{HOST}:{port}",
    }


def build_database(articles: int) -> Path:
    """The SQLite file both servers read, made once per size and brought up to the latest
    migration on every run (a file made before a migration would answer 500)."""
    database = OUT / f"datasette-{articles}.sqlite3"
    if database.exists():
        manage(database, "migrate", "--noinput", "--verbosity", "0")
    else:
        OUT.mkdir(parents=True, exist_ok=True)
        partial = database.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        say(f"generating {articles:,} articles into {database.name}")
        manage(partial, "migrate", "--noinput", "--verbosity", "0")
        manage(partial, "generate_corpus", "--articles", str(articles), "--seed", str(SEED), "--db")
        partial.rename(database)
    with sqlite3.connect(database) as db:
        db.execute("ANALYZE")
    return database


def manage(database: Path, *command: str) -> None:
    env = newsroom_env(database, OUT / "static", 0)
    subprocess.run([sys.executable, "manage.py", *command], cwd=PROJECT_DIR, env=env, check=True)


def datasette_binary() -> Path:
    """datasette from PyPI, in a virtualenv of its own (never in the project's)."""
    venv = OUT / "datasette-venv"
    binary = venv / "bin" / "datasette"
    if not binary.exists():
        say(f"installing {DATASETTE} into {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([venv / "bin" / "pip", "install", "--quiet", DATASETTE], check=True)
    return binary


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_for(port: int, path: str, server: subprocess.Popen) -> None:
    for _ in range(300):
        if server.poll() is not None:
            sys.exit(f"a server stopped before answering on port {port}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing answered {path} on port {port} within 30 s")


def pages(database: Path) -> list[Comparison]:
    """The article with the most quotes, and the quotes of a speaker quoted a few dozen times
    (the 200th most quoted person, as in bench/pages.py)."""
    name = database.stem
    with sqlite3.connect(database) as db:
        article_id, slug = db.execute(
            "SELECT id, slug FROM articles_article ORDER BY quote_count DESC, id LIMIT 1"
        ).fetchone()
        speaker_id, speaker = db.execute(
            "SELECT id, name FROM articles_speaker WHERE NOT is_organisation "
            "ORDER BY quote_count DESC, name LIMIT 1 OFFSET 200"
        ).fetchone()
    return [
        Comparison(
            "article detail", f"/articles/{quote(slug)}/", f"/{name}/articles_article/{article_id}"
        ),
        Comparison(
            "quotes by speaker",
            f"/quotes/?{urlencode({'speaker': speaker})}",
            f"/{name}/articles_quote?speaker_id={speaker_id}",
        ),
    ]


def timed(connection: http.client.HTTPConnection, path: str) -> float:
    started = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    if response.status != 200:
        sys.exit(f"{path} answered {response.status}")
    return elapsed * 1000


def percentiles(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), statistics.quantiles(values, n=20, method="inclusive")[18]


def compare(comparisons: list[Comparison], newsroom: int, datasette: int, repeat: int) -> None:
    ours = http.client.HTTPConnection(HOST, newsroom, timeout=30)
    theirs = http.client.HTTPConnection(HOST, datasette, timeout=30)
    for page in comparisons:
        for _ in range(WARM_UP):
            timed(ours, page.newsroom_url)
            timed(theirs, page.datasette_url)
        our_times, their_times = [], []
        for _ in range(repeat):
            our_times.append(timed(ours, page.newsroom_url))
            their_times.append(timed(theirs, page.datasette_url))
        page.newsroom_p50, page.newsroom_p95 = percentiles(our_times)
        page.datasette_p50, page.datasette_p95 = percentiles(their_times)


def table(comparisons: list[Comparison], articles: int, quotes: int, repeat: int) -> str:
    lines = [
        f"Newsroom beside Datasette on one SQLite file ({articles:,} articles, {quotes:,} "
        f"quotes), {repeat} sequential keep-alive requests each, alternating, after {WARM_UP} "
        "to warm up; milliseconds, client side:",
        "",
        "| Page | Newsroom p50 | Newsroom p95 | Datasette p50 | Datasette p95 | p95 ratio | <= 1.0 |",
        "|---|---:|---:|---:|---:|---:|:-:|",
    ]
    for c in comparisons:
        lines.append(
            f"| {c.page} | {c.newsroom_p50:.1f} | {c.newsroom_p95:.1f} | {c.datasette_p50:.1f} "
            f"| {c.datasette_p95:.1f} | {c.ratio:.2f} | {'yes' if c.ratio <= 1.0 else '**no**'} |"
        )
    return "\n".join(lines)


def run(articles: int = 20_000, repeat: int = 200) -> str:
    """The side-by-side table, as Markdown."""
    database = build_database(articles)
    binary = datasette_binary()
    comparisons = pages(database)
    with sqlite3.connect(database) as db:
        quotes = db.execute("SELECT COUNT(*) FROM articles_quote").fetchone()[0]
    newsroom_port, datasette_port = free_port(), free_port()
    with tempfile.TemporaryDirectory(prefix="newsroom-datasette-") as folder:
        env = newsroom_env(database, Path(folder) / "static", newsroom_port)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=PROJECT_DIR,
            env=env,
            check=True,
        )
        servers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--workers",
                    "1",
                    "--threads",
                    "1",
                    "--worker-class",
                    "gthread",
                    "--bind",
                    f"{HOST}:{newsroom_port}",
                    "newsroom.wsgi",
                ],
                cwd=PROJECT_DIR,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
            subprocess.Popen(
                [
                    str(binary),
                    "serve",
                    "--immutable",
                    str(database),
                    "--host",
                    HOST,
                    "--port",
                    str(datasette_port),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
        ]
        try:
            wait_for(newsroom_port, comparisons[0].newsroom_url, servers[0])
            wait_for(datasette_port, comparisons[0].datasette_url, servers[1])
            say(f"timing {repeat} requests a page on each server")
            compare(comparisons, newsroom_port, datasette_port, repeat)
        finally:
            for server in servers:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=30)
    return table(comparisons, articles, quotes, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=200)
    options = parser.parse_args()
    sys.stdout.write(run(options.articles, options.repeat) + "\n")


if __name__ == "__main__":
    main()

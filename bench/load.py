"""Load test: gunicorn as `make serve` runs it, on 127.0.0.1, over a generated corpus in
PostgreSQL, driven by wrk at 32 connections for up to 60 seconds: once with the page cache on
(in Redis, REDIS_URL, default redis://127.0.0.1:6379/0), once with it off.

    python -m bench.load [--articles 20000] [--seconds 60] [--connections 32] [--redis-url URL]

Prints requests per second, p50/p99 latency, socket errors and non-2xx answers of each run;
exits 1 when the run with the cache had any error or non-2xx answer. Needs wrk (Debian: `apt-get install wrk`; installed
here when missing and run as root). Its database (default newsroom_load) is created when
missing and filled once by `generate_corpus --db`; it is kept for the next run.
"""

import argparse
import json
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode

import psycopg

PROJECT_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only, by design: this never listens on or targets another address
MAX_SECONDS = 60

WRK_SCRIPT = """
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do table.insert(paths, line) end
  next_path = math.random(#paths)
  non2xx = 0
end
function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f "
    .. "socket_errors=%d timeouts=%d non2xx=%d\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write, e.timeout, bad))
end
"""


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def require_wrk() -> str:
    if not shutil.which("wrk") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("== installing wrk (apt-get install wrk)")
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
    wrk = shutil.which("wrk")
    if not wrk:
        sys.exit(
            "The load test needs wrk: apt-get install wrk (Debian, Ubuntu) or brew install wrk"
        )
    return wrk


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, check=True)


def prepare_database(url: str, articles: int, seed: int, env: dict) -> None:
    """Create the database when missing and fill it with ``articles`` generated articles."""
    server, _, name = url.rpartition("/")
    if not url.startswith("postgres") or not name.endswith("_load"):
        sys.exit(f"The load test fills its own database, whose name ends in _load; not {url}")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    with psycopg.connect(url) as db:
        have = db.execute("SELECT COUNT(*) FROM articles_article").fetchone()[0]
    if have != articles:
        say(f"== generating {articles:,} articles (seed {seed}) into {name}")
        with psycopg.connect(url, autocommit=True) as db:
            # CASCADE: every table that refers to these goes too (quotes, mentions, origins)
            db.execute(
                "TRUNCATE articles_article, articles_speaker, articles_organisation "
                "RESTART IDENTITY CASCADE"
            )
        manage(env, "generate_corpus", "--articles", str(articles), "--seed", str(seed), "--db")
        with psycopg.connect(url, autocommit=True) as db:
            db.execute("VACUUM ANALYZE")


def page_mix(url: str, static_path: str) -> list[str]:
    """Paths in the proportions people browse: lists and searches, then details."""
    with psycopg.connect(url) as db:

        def column(sql):
            return [row[0] for row in db.execute(sql).fetchall()]

        articles = column("SELECT slug FROM articles_article ORDER BY quote_count DESC LIMIT 200")
        speakers = column("SELECT slug FROM articles_speaker ORDER BY quote_count DESC LIMIT 200")
        speaker_names = column(
            "SELECT name FROM articles_speaker WHERE NOT is_organisation "
            "ORDER BY quote_count DESC LIMIT 50"
        )
        organisations = column(
            "SELECT slug FROM articles_organisation ORDER BY article_count DESC LIMIT 100"
        )
        total = db.execute("SELECT COUNT(*) FROM articles_article").fetchone()[0]
    if not (articles and speakers and organisations):
        sys.exit("The load database holds no articles, speakers or organisations")
    words = ["ceasefire", "aid", "talks", "offensive", "refugees", "border", "election"]
    rng = random.Random(1)

    def search(path, **params):
        return f"{path}?{urlencode(params)}"

    weighted = [
        (4, lambda: "/"),
        (2, lambda: search("/", q=rng.choice(words))),
        (4, lambda: "/articles/"),
        (2, lambda: search("/articles/", page=rng.randint(2, max(2, total // 25)))),
        (3, lambda: search("/articles/", q=rng.choice(words))),
        (8, lambda: f"/articles/{quote(rng.choice(articles))}/"),
        (3, lambda: "/quotes/"),
        (3, lambda: search("/quotes/", q=rng.choice(words))),
        (3, lambda: search("/quotes/", speaker=rng.choice(speaker_names))),
        (2, lambda: "/speakers/"),
        (4, lambda: f"/speakers/{quote(rng.choice(speakers))}/"),
        (2, lambda: "/organisations/"),
        (3, lambda: f"/organisations/{quote(rng.choice(organisations))}/"),
        (2, lambda: static_path),
    ]
    paths = [make() for weight, make in weighted for _ in range(weight * 25)]
    rng.shuffle(paths)
    return paths


def page_kind(path: str, query: str) -> str:
    """The page a logged request was for: its first path segment, detail or list, searched."""
    parts = [part for part in path.split("/") if part]
    if parts[:1] == ["static"]:
        return "static file"
    kind = (parts[0] if parts else "home") + (" detail" if len(parts) > 1 else "")
    for parameter in ("q", "speaker", "page"):
        if f"{parameter}=" in query:
            return f"{kind} ?{parameter}="
    return kind


def server_times(log: Path, offset: int) -> list[str]:
    """p50/p99 of gunicorn's own request times (its JSON access log) by kind of page."""
    times: dict[str, list[int]] = {}
    with log.open() as lines:
        lines.seek(offset)
        for line in lines:
            entry = json.loads(line) if line.startswith("{") else {}
            if entry.get("logger") == "gunicorn.access":
                kind = page_kind(entry["path"], entry.get("query") or "")
                times.setdefault(kind, []).append(int(entry["duration_ms"]))
    rows = []
    for kind, values in sorted(times.items(), key=lambda item: -statistics.median(item[1])):
        values.sort()
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        rows.append(
            f"  {kind:<26} {len(values):>6} requests  p50 {statistics.median(values):>6.0f} ms"
            f"  p99 {p99:>6} ms"
        )
    return rows


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_serving(base: str, server: subprocess.Popen, log: Path) -> str:
    """The home page's hashed stylesheet path, once gunicorn answers."""
    for _ in range(150):
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(base + "/", timeout=5) as response:
                page = response.read().decode()
            break
        except OSError:
            time.sleep(0.2)
    else:
        sys.exit("gunicorn did not answer within 30 seconds")
    start = page.index("/static/css/")
    return page[start : page.index('"', start)]


def warm_up(base: str, paths: list[str]) -> None:
    """One request to each distinct page, four at a time: the timed run then meets the steady
    state of a shared link (its pages cached once, the database's buffers warm), not the first
    minute after a restart, when every page is built at once."""

    def fetch(path):
        with urllib.request.urlopen(base + path, timeout=30) as response:
            response.read()

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(fetch, sorted(set(paths))))


def run_wrk(wrk, base, paths_file, script, seconds, connections, threads) -> dict:
    result = subprocess.run(
        [
            wrk,
            f"--connections={connections}",
            f"--threads={threads}",
            f"--duration={seconds}s",
            "--timeout=10s",
            f"--script={script}",
            base,
            "--",
            str(paths_file),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    return {k: float(v) for k, v in (item.split("=") for item in line.split()[1:])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/newsroom_load"
    )
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=int, default=MAX_SECONDS)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads")
    args = parser.parse_args()
    seconds = max(1, min(args.seconds, MAX_SECONDS))

    wrk = require_wrk()
    with tempfile.TemporaryDirectory(prefix="newsroom-load-") as folder:
        folder = Path(folder)
        env = {
            k: v for k, v in os.environ.items() if k not in {"DEBUG", "HTTPS", "BIND", "PAGE_CACHE"}
        } | {
            "DATABASE_URL": args.database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "STATIC_ROOT": str(folder / "static"),
            "LOG_LEVEL": "WARNING",
            "REDIS_URL": args.redis_url,  # so that generating the corpus bumps its version
        }
        prepare_database(args.database_url, args.articles, args.seed, env)
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")

        failed = False
        for cache, switch in (
            ("on", {"PAGE_CACHE": "1"}),
            ("off", {"PAGE_CACHE": "0"}),
        ):
            say(f"== page cache {cache}")
            bad = run_once(wrk, args, env | switch, folder, seconds)
            failed = failed or (bad and cache == "on")
    if failed:
        sys.exit(1)


def run_once(wrk, args, env, folder: Path, seconds: int) -> bool:
    """One load run against a fresh gunicorn; True when there were errors or non-2xx."""
    port = free_port()
    env = env | {"BIND": f"{HOST}:{port}"}
    log = folder / "gunicorn.log"
    with log.open("w") as log_file:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "python:newsroom.gunicorn_conf",
                "newsroom.wsgi",
            ],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://{HOST}:{port}"
        static_path = wait_until_serving(base, server, log)
        paths_file = folder / "paths.txt"
        paths = page_mix(args.database_url, static_path)
        paths_file.write_text("\n".join(paths) + "\n")
        script = folder / "mix.lua"
        script.write_text(WRK_SCRIPT)

        say(f"== warming up: each of the {len(set(paths))} distinct pages once")
        warm_up(base, paths)
        say(
            f"== {args.connections} connections for {seconds} s over {len(set(paths))} "
            f"distinct pages, {args.articles:,} articles, gunicorn at {base}"
        )
        offset = log.stat().st_size
        figures = run_wrk(wrk, base, paths_file, script, seconds, args.connections, args.threads)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    by_page = server_times(log, offset)

    errors = int(figures["socket_errors"] + figures["timeouts"])
    non2xx = int(figures["non2xx"])
    say(f"requests:        {int(figures['requests']):,} in {figures['seconds']:.1f} s")
    say(f"requests/second: {figures['requests'] / figures['seconds']:.1f}")
    say(f"latency p50:     {figures['p50_ms']:.1f} ms")
    say(f"latency p99:     {figures['p99_ms']:.1f} ms (max {figures['max_ms']:.1f} ms)")
    say(f"errors:          {errors} (socket errors and timeouts)")
    say(f"non-2xx answers: {non2xx}")
    say("server time by page (gunicorn's access log, queueing excluded):")
    for row in by_page:
        say(row)
    return bool(errors or non2xx)


if __name__ == "__main__":
    main()

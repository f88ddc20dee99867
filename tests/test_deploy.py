"""Production serving: the settings the environment gives, Django's deployment checks, and a
real gunicorn refusing a bad configuration and serving a good one."""

import http.client
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time

import pytest

from tests.conftest import PROJECT_DIR
from tests.scratch_databases import (
    create_database,
    drop_database,
    manage,
    postgres_answers,
    server_url,
    suite_vendor,
)

STRONG_KEY = secrets.token_urlsafe(50)
PRODUCTION = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "news.example.org",
    "HTTPS": "1",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/newsroom",
}
SETTINGS_SHOWN = [
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
]


def python(*args, env: dict, **kwargs) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {*PRODUCTION, "DEBUG", "STATIC_ROOT"}}
    return subprocess.run(
        [sys.executable, *args],
        env=clean | env,
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_under(env: dict) -> dict:
    script = (
        "import json, newsroom.settings as s; "
        f"print(json.dumps({{name: getattr(s, name) for name in {SETTINGS_SHOWN!r}}}))"
    )
    result = python("-c", script, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_deployment_checks_are_clean_under_production_settings():
    result = python("manage.py", "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_https_turns_on_redirect_hsts_and_secure_cookies():
    assert settings_under(PRODUCTION) == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "X_FRAME_OPTIONS": "DENY",
    }


def test_plain_http_sends_no_hsts_and_debug_stays_off():
    shown = settings_under(PRODUCTION | {"HTTPS": ""})

    assert shown["DEBUG"] is False
    assert shown["SECURE_HSTS_SECONDS"] == 0
    assert not shown["SECURE_SSL_REDIRECT"] and not shown["SESSION_COOKIE_SECURE"]


def test_settings_refuse_to_load_without_a_secret_key():
    result = python("manage.py", "check", env=PRODUCTION | {"SECRET_KEY": ""})

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"SECRET_KEY": "short"}, "SECRET_KEY is short"),
        (
            {"SECRET_KEY": "django-insecure-" + STRONG_KEY},
            "SECRET_KEY is short or a Django default",
        ),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS is empty"),
        ({"DEBUG": "1"}, "DEBUG is on"),
        ({"DATABASE_URL": "sqlite:////tmp/newsroom.sqlite3"}, "serve from PostgreSQL"),
    ],
    ids=["short key", "default key", "no hosts", "debug", "sqlite"],
)
def test_server_refuses_to_start_when_misconfigured(change, reason):
    result = python("-m", "newsroom.gunicorn_conf", env=PRODUCTION | change)

    assert result.returncode == 1
    assert "Refusing to start" in result.stderr
    assert reason in result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, host: str = "news.example.org", **headers: str):
    """GET without following redirects: status, headers, body."""
    address, _, path = url.removeprefix("http://").partition("/")
    hostname, _, port = address.partition(":")
    connection = http.client.HTTPConnection(hostname, int(port), timeout=10)
    try:
        connection.request("GET", "/" + path, headers={"Host": host, **headers})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


@pytest.fixture
def served(request, tmp_path):
    """gunicorn, as `make serve` runs it, on a loopback port over a database of its own;
    behind an HTTPS proxy when the test is parametrized with ``served=True``."""
    database = create_database("postgresql", "serve", tmp_path)
    port = free_port()
    env = {
        **PRODUCTION,
        "HTTPS": "1" if getattr(request, "param", False) else "",
        "DATABASE_URL": database.url,
        "STATIC_ROOT": str(tmp_path / "static"),
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
    }
    manage(database, "migrate", "--noinput", "--verbosity", "0", **env)
    manage(database, "collectstatic", "--noinput", "--verbosity", "0", **env)
    manage(database, "import_articles", check=False, **env)
    log = (tmp_path / "gunicorn.log").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "python:newsroom.gunicorn_conf", "newsroom.wsgi"],
        env={k: v for k, v in os.environ.items() if k != "DEBUG"} | env,
        cwd=PROJECT_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                fetch(base + "/")
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
                time.sleep(0.2)
        yield base, tmp_path / "gunicorn.log"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
        drop_database(database)


needs_postgres_run = pytest.mark.skipif(
    suite_vendor() != "postgresql" or not postgres_answers(),
    reason=f"serves from PostgreSQL: runs with the PostgreSQL suite ({server_url()})",
)


@needs_postgres_run
def test_gunicorn_serves_pages_hashed_static_files_and_json_logs(served):
    base, log = served

    status, headers, page = fetch(base + "/")
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    stylesheet = re.search(r'href="(/static/css/newsroom\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet, "the page links the hashed stylesheet"

    status, headers, _ = fetch(base + stylesheet.group(1))
    assert status == 200
    assert "immutable" in headers["Cache-Control"]

    status, _, missing = fetch(base + "/articles/no-such-article/")
    assert status == 404
    assert "Traceback" not in missing and "DEBUG" not in missing

    assert fetch(base + "/", host="attacker.example.com")[0] == 400

    time.sleep(0.5)
    entries = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    access = [e for e in entries if e["logger"] == "gunicorn.access"]
    assert {"path": "/", "status": "200"}.items() <= access[0].items()
    assert any(e.get("status") == 400 or "DisallowedHost" in e.get("message", "") for e in entries)


@needs_postgres_run
@pytest.mark.parametrize("served", [True], indirect=True, ids=["https"])
def test_behind_an_https_proxy_gunicorn_redirects_http_and_sends_hsts_and_secure_cookies(served):
    base, _ = served

    status, headers, _ = fetch(base + "/")
    assert status == 301
    assert headers["Location"] == "https://news.example.org/"

    status, headers, _ = fetch(base + "/admin/login/", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert headers["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")
    assert "; Secure" in headers["Set-Cookie"] and "csrftoken=" in headers["Set-Cookie"]

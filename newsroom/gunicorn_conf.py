"""gunicorn's settings for `make serve`: `gunicorn -c python:newsroom.gunicorn_conf newsroom.wsgi`.

Before the first worker starts (and when run as `python -m newsroom.gunicorn_conf`), Django's deployment checks run and the server refuses to start
with DEBUG on, without ALLOWED_HOSTS, with a short or default SECRET_KEY, or on a database other
than PostgreSQL. Other deployment warnings (plain HTTP, say) are logged, not fatal.

BIND             address to listen on (default 127.0.0.1:8000, for a proxy on the same host)
WEB_CONCURRENCY  worker processes (default: two per CPU, plus one)
WEB_THREADS      threads per worker (default 4)
"""

import logging
import os
import sys

from newsroom.logformat import JsonLinesFormatter

# Deployment-check warnings that stop the server rather than only being logged.
REFUSED_CHECKS = {
    "security.W009": "SECRET_KEY is short or a Django default",
    "security.W018": "DEBUG is on",
    "security.W020": "ALLOWED_HOSTS is empty",
}

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", 4))
timeout = 30
graceful_timeout = 20
accesslog = "-"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": JsonLinesFormatter}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}


def production_problems() -> list[str]:
    """What stops the server from starting; deployment warnings not in REFUSED_CHECKS are logged."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django
    from django.core import checks
    from django.db import connection

    django.setup()
    problems = []
    for message in checks.run_checks(include_deployment_checks=True):
        if message.id in REFUSED_CHECKS or message.is_serious():
            problems.append(f"{message.id}: {REFUSED_CHECKS.get(message.id, message.msg)}")
        else:
            logging.getLogger("gunicorn.error").warning(
                "deployment check %s: %s", message.id, message.msg
            )
    if connection.vendor != "postgresql":
        problems.append(
            f"DATABASE_URL points at {connection.vendor}; serve from PostgreSQL "
            "(README: Moving to PostgreSQL)"
        )
    return problems


def on_starting(server):
    if problems := production_problems():
        sys.exit("Refusing to start:\n  " + "\n  ".join(problems))


if __name__ == "__main__":
    on_starting(None)

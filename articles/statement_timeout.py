"""A time limit on every query a web request runs, on PostgreSQL.

Imports and other commands never pass through middleware, so they run unlimited. A query past
``settings.WEB_STATEMENT_TIMEOUT_MS`` is cancelled by PostgreSQL, and the reader gets the "search
too broad" page instead of a 500 or a worker held for minutes.
"""

import logging

from django.conf import settings
from django.db import OperationalError, connection
from django.shortcuts import render

QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement cancelled by its timeout

logger = logging.getLogger(__name__)


class StatementTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if connection.vendor != "postgresql" or not settings.WEB_STATEMENT_TIMEOUT_MS:
            return self.get_response(request)
        with connection.execute_wrapper(limit_statements):
            return self.get_response(request)

    def process_exception(self, request, exception):
        if not (
            isinstance(exception, OperationalError)
            and getattr(exception.__cause__, "sqlstate", None) == QUERY_CANCELED
        ):
            return None
        logger.warning(
            "query cancelled after %d ms: %s",
            settings.WEB_STATEMENT_TIMEOUT_MS,
            request.get_full_path(),
        )
        return render(request, "too_broad.html", status=400)


def limit_statements(execute, sql, params, many, context):
    """Set the connection's timeout before its first query of a request, unless it is set.

    Through the driver's own cursor, so it is no query of the page's own; once per
    connection (they persist between requests), again after a reconnection or a change.
    """
    wrapper = context["connection"]
    limit = (id(wrapper.connection), settings.WEB_STATEMENT_TIMEOUT_MS)
    if getattr(wrapper, "statement_timeout", None) != limit:
        context["cursor"].cursor.execute(f"SET statement_timeout = {int(limit[1])}")
        wrapper.statement_timeout = limit
    return execute(sql, params, many, context)

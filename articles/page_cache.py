"""Whole rendered pages for anonymous readers, never stale.

Pages are cached under the URL and a data version. Every change to the data bumps the version
once committed: a model save or delete (the admin) through the signals below, an import chunk
or a corpus load explicitly (their bulk writes send no signals). A page cached before a change
is then never looked up again; the cache's timeout only frees the memory.

The version lives in the same cache as the pages, so the cache must be one every process shares
(Redis, ``REDIS_URL``) for an import in another process to reach the web workers: settings turn
the page cache on by default only then.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "newsroom:data-version"


def data_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:  # first use, or evicted: a new version, never an old one again
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_data_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def data_changed() -> None:
    """Bump the version when the current transaction commits (now, outside one): a page
    rendered from the old rows until then is stored under the old version."""
    transaction.on_commit(bump_data_version)


def on_model_change(sender, **kwargs) -> None:
    data_changed()


def connect_signals() -> None:
    from articles.models import Article, Organisation, Quote, Speaker

    for model in (Article, Organisation, Quote, Speaker):
        post_save.connect(on_model_change, sender=model, dispatch_uid=f"page-cache-save-{model}")
        post_delete.connect(on_model_change, sender=model, dispatch_uid=f"page-cache-del-{model}")
    m2m_changed.connect(
        on_model_change, sender=Article.organisations.through, dispatch_uid="page-cache-m2m"
    )


class PageCacheMiddleware:
    """Serves GET requests without a session cookie from the cache; anyone logged in (staff
    above all) always gets a fresh page. Only plain 200 answers that set no cookie and vary
    by nothing but the cookie are kept (the API's answers vary by Accept: JSON or HTML)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.cacheable(request):
            return self.get_response(request)
        url = request.build_absolute_uri()
        key = f"newsroom:page:{data_version()}:{hashlib.sha256(url.encode()).hexdigest()}"
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if self.keepable(response):
            cache.set(key, response, timeout=settings.PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def cacheable(request) -> bool:
        return (
            settings.PAGE_CACHE
            and request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    @staticmethod
    def keepable(response) -> bool:
        varies = {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and varies <= {"cookie"}
        )

"""The page cache: a second anonymous request costs no query, every change shows on the next
request, and staff always get a fresh page; in this process's memory and in Redis alike."""

import io
import os
import shutil
import socket
import uuid

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpResponse
from django.urls import reverse

from articles.models import Article
from articles.page_cache import VERSION_KEY, PageCacheMiddleware
from tests.conftest import SEEDS_DIR, make_article, make_quote, make_speaker, quote_form

pytestmark = pytest.mark.django_db

PAGES = ["articles:home", "articles:article-list", "articles:quote-list", "articles:speaker-list"]


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_answers() -> bool:
    host, port = REDIS_URL.split("//")[1].split("/")[0].split(":")
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture(autouse=True, params=["memory", "redis"])
def page_cache(request, settings):
    """Each test runs on each backend. In Redis under a prefix of its own, never cleared (that
    would empty the whole Redis database for everyone): its pages expire within a minute."""
    settings.PAGE_CACHE = True
    settings.PAGE_CACHE_SECONDS = 60
    if request.param == "memory":
        cache.clear()
    else:
        if not redis_answers():
            pytest.skip(f"no Redis answers at {REDIS_URL}")
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": REDIS_URL,
                "KEY_PREFIX": f"newsroom-test-{uuid.uuid4().hex}",
            }
        }
    yield
    cache.delete(VERSION_KEY)


@pytest.fixture
def quote():
    article = make_article("Aleppo offensive", body="ALEPPO - Fighting went on.")
    return make_quote(article, "We push every party", speaker=make_speaker("Matthew Miller"))


@pytest.mark.parametrize("name", PAGES)
def test_a_second_anonymous_request_is_served_without_a_query(
    client, quote, name, django_assert_num_queries
):
    first = client.get(reverse(name), {"q": "party"} if name != "articles:speaker-list" else {})
    with django_assert_num_queries(0):
        second = client.get(
            reverse(name), {"q": "party"} if name != "articles:speaker-list" else {}
        )
    assert second.status_code == 200 and second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_each_address_is_a_page_of_its_own(client, quote):
    client.get(reverse("articles:quote-list"))
    searched = client.get(reverse("articles:quote-list"), {"q": "nothing-like-it"})
    assert "We push every party" not in searched.content.decode()


def test_an_admin_save_shows_on_the_next_request(
    client, admin_client, quote, django_capture_on_commit_callbacks
):
    assert "Matthew Miller" in client.get(reverse("articles:quote-list")).content.decode()
    other = make_speaker("Jane Doe")
    with django_capture_on_commit_callbacks(execute=True):
        saved = admin_client.post(
            reverse("admin:articles_quote_change", args=[quote.pk]),
            quote_form(quote, speaker=other.pk),
        )
    assert saved.status_code == 302
    html = client.get(reverse("articles:quote-list")).content.decode()
    assert "Jane Doe" in html and "Matthew Miller" not in html


def test_an_import_shows_on_the_next_request(client, tmp_path, django_capture_on_commit_callbacks):
    assert Article.objects.count() == 0
    before = client.get(reverse("articles:article-list")).content.decode()
    seed = sorted(SEEDS_DIR.glob("*.txt"))[0]
    shutil.copy(seed, tmp_path / seed.name)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_articles", str(tmp_path), stdout=io.StringIO())
    article = Article.objects.get()
    after = client.get(reverse("articles:article-list")).content.decode()
    assert article.get_absolute_url() not in before
    assert article.get_absolute_url() in after


def test_staff_always_get_a_fresh_page_and_leave_none_behind(admin_client, client, quote):
    url = reverse("articles:quote-list")
    admin_client.get(url)
    Article.objects.update(title="Renamed without a signal")
    staff_page = admin_client.get(url).content.decode()
    assert "Renamed without a signal" in staff_page  # not a cached page
    anonymous = client.get(url)
    assert "Renamed without a signal" in anonymous.content.decode()  # staff stored nothing


def test_an_answer_that_varies_by_more_than_the_cookie_is_not_kept():
    """One URL may answer differently by a header (Vary: Accept): such answers are not kept."""
    plain, by_cookie, by_accept = HttpResponse("x"), HttpResponse("x"), HttpResponse("x")
    by_cookie["Vary"] = "Cookie"
    by_accept["Vary"] = "Cookie, Accept"
    keepable = PageCacheMiddleware.keepable
    assert keepable(plain) and keepable(by_cookie) and not keepable(by_accept)


def test_the_api_is_served_from_the_cache_too(client, quote, django_assert_num_queries):
    url = reverse("api:quote-list")
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.json() == first.json() and first.json()["results"]

"""Security as a visitor meets it: headers on every page, a closed admin, login limits, and
article data holding HTML or script shown as text, never run."""

import json
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import URLPattern, URLResolver, reverse
from django.utils import timezone

from articles import urls as article_urls
from articles.models import Organisation
from tests.conftest import make_article, make_organisation, make_quote, make_speaker

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("newsroom")</script>'
HOSTILE = {
    "title": f"Ceasefire {SCRIPT} talks",
    "body": 'BEIRUT - <img src=x onerror="alert(1)"> Talks went on. <a href="javascript:alert(2)">x</a>',
    "quote": f'We will <b onmouseover="alert(3)">never</b> {SCRIPT} stop',
    "speaker": 'Jane <svg onload="alert(4)"> Doe',
    "speaker_title": f"Spokesperson {SCRIPT}",
    "organisation": 'Front "><script>alert(5)</script>',
    "acronym": "<i>",
}


@pytest.fixture
def rows():
    """One row of each kind, every text field holding markup."""
    organisation = make_organisation(HOSTILE["organisation"], HOSTILE["acronym"])
    speaker = make_speaker(
        HOSTILE["speaker"], title=HOSTILE["speaker_title"], organisation=organisation
    )
    article = make_article(title=HOSTILE["title"], body=HOSTILE["body"], source="<b>Wire</b>")
    article.organisations.add(organisation)
    quote = make_quote(article, HOSTILE["quote"], speaker=speaker)
    Organisation.objects.filter(pk=organisation.pk).refresh_counts()
    return {
        "article": article,
        "quote": quote,
        "speaker": speaker,
        "organisation": organisation,
    }


def site_urls(rows) -> dict[str, str]:
    """Every named page of the site, detail pages pointing at the real rows."""
    urls = {}
    for pattern in article_urls.urlpatterns:
        name = f"{article_urls.app_name}:{pattern.name}"
        parameters = pattern.pattern.converters
        if not parameters:
            urls[name] = reverse(name)
            continue
        kind = pattern.name.split("-")[0]
        assert kind in rows, f"{name}: no test row for its <{'>, <'.join(parameters)}>"
        row = rows[kind]
        urls[name] = reverse(name, kwargs={p: getattr(row, p) for p in parameters})
    return urls


def followed(client, url):
    """The page at ``url``, after the redirects a permanent link makes."""
    return client.get(url, follow=True)


def assert_security_headers(response, url):
    csp = response.headers.get("Content-Security-Policy", "")
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'"):
        assert directive in csp, (url, csp)
    assert "frame-ancestors 'none'" in csp, url
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
    assert response.headers.get("X-Content-Type-Options") == "nosniff", url
    assert response.headers.get("Referrer-Policy") == "same-origin", url
    assert response.headers.get("X-Frame-Options") == "DENY", url
    assert response.headers.get("Cross-Origin-Opener-Policy") == "same-origin", url


def test_every_page_of_the_site_sends_the_security_headers(client, rows):
    for name, url in site_urls(rows).items():
        response = followed(client, url)
        assert response.status_code == 200, name
        for hop, _ in response.redirect_chain:
            assert_security_headers(client.get(hop), hop)
        assert_security_headers(response, name)


def test_admin_login_error_and_staff_pages_send_the_security_headers(client, admin_client, rows):
    assert_security_headers(client.get(reverse("admin:login")), "admin:login")
    missing = client.get("/articles/no-such-article/")
    assert missing.status_code == 404
    assert_security_headers(missing, "404")
    for url in (
        reverse("admin:index"),
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_change", args=[rows["article"].pk]),
        reverse("admin:articles_speaker_add"),
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_security_headers(response, url)


def test_https_adds_hsts_and_redirects_plain_http(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000

    plain = client.get(reverse("articles:home"))
    secure = client.get(reverse("articles:home"), secure=True)

    assert plain.status_code == 301 and plain.url.startswith("https://")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=31536000")


class PageScan(HTMLParser):
    """Every way a page could run script: inline scripts, handlers, javascript: links. A
    JSON-LD data block is never run; its text must still not close its element early."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.active = []
        self.text = []
        self._in_script = False
        self._in_data_block = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_data_block = True
        elif tag == "script":
            self._in_script = True
            if not attributes.get("src"):
                self.active.append(f"inline <script> {self.getpos()}")
        if tag == "style":
            self.active.append(f"inline <style> {self.getpos()}")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.active.append(f"<{tag} {name}=…> {self.getpos()}")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.active.append(f"<{tag} {name}={value!r}> {self.getpos()}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = self._in_data_block = False

    def handle_data(self, data):
        if self._in_data_block:
            json.loads(data)  # whole: no text inside ended the element early
            return
        if self._in_script and data.strip():
            self.active.append(f"script content {data.strip()[:40]!r}")
        self.text.append(data)


def scan(response) -> PageScan:
    """An HTML page's scan; the CSV exports and Atom feeds are not HTML and scan empty."""
    page = PageScan()
    if not response["Content-Type"].startswith("text/html"):
        return page
    page.feed(response.content.decode())
    page.close()
    return page


def test_markup_in_articles_quotes_and_names_is_shown_as_text_on_every_page(client, rows):
    shown = set()
    for name, url in site_urls(rows).items():
        page = scan(followed(client, url))
        assert page.active == [], name
        text = "".join(page.text)
        shown |= {field for field, value in HOSTILE.items() if value in text}
    # Every hostile value appears, as text, on at least one page.
    assert shown >= {"title", "quote", "speaker", "speaker_title", "organisation"}


def test_a_search_for_markup_is_echoed_as_text(client, rows):
    for name, url in site_urls(rows).items():
        if "<" in url:
            continue
        page = scan(client.get(url, {"q": SCRIPT, "speaker": SCRIPT}, follow=True))
        assert page.active == [], name


def test_admin_pages_holding_markup_run_none_of_it(admin_client, rows):
    for model in ("article", "quote", "speaker", "organisation"):
        for url in (
            reverse(f"admin:articles_{model}_changelist"),
            reverse(f"admin:articles_{model}_change", args=[rows[model].pk]),
        ):
            page = scan(admin_client.get(url))
            assert [item for item in page.active if "<style" not in item] == [], url


def admin_urls(rows) -> list[str]:
    """Every admin URL, model pages pointing at real rows where the model is ours."""
    objects = {type(row): row for row in rows.values()}
    urls = []
    for model, model_admin in admin.site._registry.items():
        row = objects.get(model)
        for pattern in model_admin.get_urls():
            if isinstance(pattern, URLPattern) and pattern.name:
                kwargs = {p: str(row.pk if row else 1) for p in pattern.pattern.converters}
                urls.append(reverse(f"admin:{pattern.name}", kwargs=kwargs))
    for pattern in admin.site.get_urls():
        if isinstance(pattern, URLResolver) or not pattern.name:
            continue
        if pattern.name in {"login", "view_on_site"}:
            continue  # the way in, and a redirect to a public page
        if pattern.name == "app_list":
            urls += [reverse("admin:app_list", args=[app]) for app in ("articles", "auth", "axes")]
        else:
            urls.append(reverse(f"admin:{pattern.name}"))
    return [*urls, "/admin/no/such/page/"]


def assert_sent_to_login(response, url):
    assert response.status_code == 302, url
    location = response.headers["Location"]
    if location == reverse("admin:index"):  # logout sends those not logged in to the index
        return
    assert location.startswith(reverse("admin:login") + "?next="), (url, location)


def test_anonymous_visitors_are_sent_to_login_from_every_admin_url(client, rows):
    urls = admin_urls(rows)
    assert len(urls) > 40
    for url in urls:
        assert_sent_to_login(client.get(url), url)
        assert_sent_to_login(client.post(url, {"name": "x"}), url)


def test_logged_in_non_staff_users_are_sent_to_login_from_every_admin_url(client, rows):
    client.force_login(User.objects.create_user("reader", password="a long reader password"))
    for url in admin_urls(rows):
        assert_sent_to_login(client.get(url), url)


def test_a_migrated_database_has_no_account_to_log_in_with():
    """No default credentials: accounts exist only once someone runs createsuperuser."""
    assert not User.objects.exists()


def login(client, username, password):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
    )


@pytest.fixture
def editor():
    return User.objects.create_user(
        "editor", password="correct horse battery staple", is_staff=True, is_superuser=True
    )


def test_login_works_before_the_failure_limit(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "editor", "wrong").status_code == 200

    response = login(client, "editor", "correct horse battery staple")

    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_login_is_locked_out_after_the_configured_number_of_failures(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "editor", "wrong")

    response = login(client, "editor", "correct horse battery staple")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert_sent_to_login(client.get(reverse("admin:index")), "admin:index")


def test_a_lockout_ends_after_the_cooloff_time(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "editor", "wrong")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )

    assert login(client, "editor", "correct horse battery staple").status_code == 302


def test_a_lockout_holds_one_user_name_not_the_whole_address(client, editor):
    User.objects.create_user("colleague", password="another long password", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "editor", "wrong")

    assert login(client, "colleague", "another long password").status_code == 302


def test_the_failure_limit_is_a_handful_and_the_lockout_lasts():
    assert 3 <= settings.AXES_FAILURE_LIMIT <= 10
    assert settings.AXES_COOLOFF_TIME.total_seconds() >= 15 * 60

"""The JSON API: the list pages' filters, cursor paging, citation fields, links, throttling,
and no way to write."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.api import NewestFirstCursor
from tests.conftest import make_article, make_quote

pytestmark = pytest.mark.django_db

LISTS = {  # API list: the HTML page whose filters it shares, and filters to try on both
    "article": [
        {"organisation": "syrian-democratic-forces"},
        {"speaker": "Miller"},
        {"q": "civilians"},
        {"source": "VOA", "published_after": "2019-01-01"},
        {"has_quotes": "no"},
    ],
    "quote": [
        {"speaker": "Miller"},
        {"organisation": "SDF"},
        {"q": "invasion"},
        {"published_before": "2020-01-01"},
        {"article": "Kurds"},
    ],
    "speaker": [{"name": "Miller"}, {"organisation": "SDF"}],
    "organisation": [{"name": "Kurdish"}, {"name": "SDF"}],
}


@pytest.fixture(autouse=True)
def fresh_throttle(settings):
    """Each test starts with an unspent request allowance."""
    settings.API_RATE = "1000/min"
    cache.clear()


def api_list(client, kind, **params):
    response = client.get(reverse(f"api:{kind}-list"), params)
    assert response.status_code == 200, response.content
    return response.json()


def html_list(client, kind, **params):
    response = client.get(reverse(f"articles:{kind}-list"), params)
    assert response.status_code == 200
    return list(response.context["object_list"])


@pytest.mark.parametrize("kind", LISTS)
def test_every_api_filter_returns_what_the_html_page_lists(client, world, kind):
    for params in LISTS[kind]:
        expected = {row.get_absolute_url() for row in html_list(client, kind, **params)}
        found = {
            record["page"].removeprefix("http://testserver")
            for record in api_list(client, kind, **params)["results"]
        }
        assert expected, f"{kind} {params} should match something"
        assert found == expected, params


@pytest.mark.parametrize("kind", LISTS)
def test_an_unfiltered_list_holds_every_row_once(client, world, kind):
    pages = [record["page"] for record in api_list(client, kind)["results"]]
    assert len(pages) == len(set(pages)) == len(html_list(client, kind))


def test_a_bad_filter_value_is_a_400_naming_the_parameter(client, world):
    response = client.get(reverse("api:quote-list"), {"published_after": "31/02/2024"})
    assert response.status_code == 400
    assert "published_after" in response.json()


def test_a_quote_carries_what_a_citation_needs_and_links_by_url(client, world):
    quote = world["miller_quotes"][0]
    record = client.get(reverse("api:quote-detail", kwargs={"pk": quote.pk})).json()
    assert record["text"] == quote.text
    assert record["page"] == f"http://testserver{quote.get_absolute_url()}"
    assert record["speaker"]["name"] == "Matthew Miller"
    assert record["speaker"]["title"] == "Spokesperson"
    assert record["speaker"]["organisation"]["name"] == "US State Department"
    article = record["article"]
    assert (article["title"], article["source"], article["published"]) == (
        "US urges protection of civilians in Syria",
        "Rudaw",
        "2024-12-02",
    )
    for link in (
        record["speaker"]["url"],
        record["speaker"]["organisation"]["url"],
        article["url"],
    ):
        linked = client.get(link)
        assert linked.status_code == 200, link
    assert client.get(record["speaker"]["url"]).json()["slug"] == "matthew-miller"
    assert client.get(article["url"]).json()["dateline"] == "WASHINGTON DC"


def test_a_quote_without_a_speaker_says_so(client, world):
    quote = make_quote(world["quiet"], "Nobody knows who set the fires")
    record = client.get(reverse("api:quote-detail", kwargs={"pk": quote.pk})).json()
    assert record["speaker"] is None


@pytest.mark.parametrize(
    ("kind", "lookup"),
    [("article", "slug"), ("speaker", "slug"), ("organisation", "slug"), ("quote", "pk")],
)
def test_an_unknown_record_is_a_404(client, kind, lookup):
    value = 999999 if lookup == "pk" else "nobody-by-this-name"
    response = client.get(reverse(f"api:{kind}-detail", kwargs={lookup: value}))
    assert response.status_code == 404


def test_cursor_pages_walk_every_quote_once_in_newest_first_order(client, world):
    article = make_article("Many quotes")
    for n in range(7):
        make_quote(article, f"Statement number {n} was read out")
    seen, url = [], reverse("api:quote-list") + "?page_size=3"
    while url:
        page = client.get(url).json()
        assert len(page["results"]) <= 3
        seen += [record["id"] for record in page["results"]]
        url = page["next"]
    assert len(seen) == 11
    assert seen == sorted(seen, reverse=True)
    assert "page=" not in (page["previous"] or "")  # a cursor, not a page number


def test_page_size_is_capped(client):
    article = make_article("Long")
    for n in range(NewestFirstCursor.max_page_size + 3):
        make_quote(article, f"Words spoken number {n}", position=n)
    page = api_list(client, "quote", page_size=NewestFirstCursor.max_page_size * 10)
    assert len(page["results"]) == NewestFirstCursor.max_page_size
    assert page["next"]


def test_an_anonymous_client_past_the_rate_gets_429_with_retry_after(client, settings, world):
    settings.API_RATE = "3/min"
    statuses = [client.get(reverse("api:article-list")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get(reverse("api:quote-list"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("kind", LISTS)
def test_nothing_can_be_written(client, world, kind, method):
    key = {"article": "washington", "quote": None, "speaker": "miller", "organisation": "sdf"}
    targets = [reverse(f"api:{kind}-list")]
    if key[kind]:
        targets.append(reverse(f"api:{kind}-detail", kwargs={"slug": world[key[kind]].slug}))
    else:
        targets.append(reverse("api:quote-detail", kwargs={"pk": world["miller_quotes"][0].pk}))
    for url in targets:
        response = getattr(client, method)(
            url, {"name": "Changed"}, content_type="application/json"
        )
        assert response.status_code == 405, (method, url)
    assert client.get(targets[-1]).status_code == 200


def test_the_schema_describes_every_endpoint_and_only_reading(client):
    response = client.get(reverse("api:schema"), {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for kind in LISTS:
        assert f"/api/{kind}s/" in paths
    assert {method for operations in paths.values() for method in operations} == {"get"}
    quote_filters = {p["name"] for p in paths["/api/quotes/"]["get"]["parameters"]}
    assert {"speaker", "q", "organisation", "cursor", "page_size"} <= quote_filters


def test_the_docs_page_loads_its_scripts_from_this_site(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower()
    script = client.get(reverse("api:docs"), {"script": ""})
    assert reverse("api:schema") in script.content.decode()

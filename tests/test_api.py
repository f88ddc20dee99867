"""The JSON API: the list pages' filters, cursor paging, citation fields, links, throttling,
and no way to write."""

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.filters import ArticleFilter, OrganisationFilter, QuoteFilter, SpeakerFilter
from articles.models import Organisation
from articles.pagination import SortedCursor
from tests.conftest import make_article, make_organisation, make_quote, make_speaker

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
        {"dateline": "qamishli"},
    ],
    "speaker": [{"name": "Miller"}, {"organisation": "SDF"}],
    "organisation": [{"name": "Kurdish"}, {"name": "SDF"}],
}


FILTERSETS = {
    "article": ArticleFilter,
    "quote": QuoteFilter,
    "speaker": SpeakerFilter,
    "organisation": OrganisationFilter,
}
SORTS = [  # each list with each of its page's sort values, and with none (the default)
    (kind, sort)
    for kind, filterset in FILTERSETS.items()
    for sort in ["", *filterset.base_filters["sort"].orderings]
]


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


@pytest.fixture
def crowd(world):
    """Rows that tie on the first column of every sort: articles of one day and of no date,
    with as many quotes as each other; speakers quoted as often; organisations never named."""
    day = world["washington"].published
    for n in range(6):
        article = make_article(
            f"Talks resume, report {n}", published=day if n % 2 else None, dateline="GENEVA"
        )
        for m in range(n % 3):
            make_quote(article, f"The talks go on, round {n}.{m}", make_speaker(f"Envoy {n}.{m}"))
    for n in range(3):
        make_organisation(f"Observers {n}")
    Organisation.objects.refresh_counts()
    return world


def sorted_by(sort: str) -> dict:
    """The query of a list in ``sort`` order; best match needs words to match."""
    return {"sort": sort, "q": "talks"} if sort == "relevance" else {"sort": sort}


def pages_of(client, url: str, link: str) -> list[list[str]]:
    """Each page's records (their site addresses), following the ``link`` of each page."""
    pages = []
    while url:
        page = client.get(url).json()
        pages.append(
            [record["page"].removeprefix("http://testserver") for record in page["results"]]
        )
        url = page[link]
    return pages


@pytest.mark.parametrize(("kind", "sort"), SORTS)
def test_each_sort_lists_the_rows_in_the_html_pages_order(client, crowd, kind, sort):
    params = sorted_by(sort)
    expected = [row.get_absolute_url() for row in html_list(client, kind, **params)]
    found = api_list(client, kind, **params)["results"]
    assert len(expected) > 4
    assert [record["page"].removeprefix("http://testserver") for record in found] == expected


@pytest.mark.parametrize(("kind", "sort"), SORTS)
def test_cursor_pages_in_each_sort_hold_every_row_once_forwards_and_back(client, crowd, kind, sort):
    params = sorted_by(sort)
    expected = [row.get_absolute_url() for row in html_list(client, kind, **params)]
    url = f"{reverse(f'api:{kind}-list')}?{urlencode(params | {'page_size': 2})}"
    forwards = pages_of(client, url, "next")
    assert len(forwards) > 2 and all(len(page) == 2 for page in forwards[:-1])
    assert [row for page in forwards for row in page] == expected
    last = client.get(url).json()
    while last["next"]:
        last = client.get(last["next"]).json()
    backwards = pages_of(client, last["previous"], "previous")
    assert backwards == forwards[-2::-1]


def test_an_unknown_sort_is_a_400_naming_it_as_the_page_shows_a_form_error(client, world):
    response = client.get(reverse("api:article-list"), {"sort": "loudest"})
    assert response.status_code == 400
    assert "sort" in response.json()
    page = client.get(reverse("articles:article-list"), {"sort": "loudest"})
    assert "sort" in page.context["filter"].errors
    assert not page.context["object_list"]
    assert client.get(reverse("articles:article-export"), {"sort": "loudest"}).status_code == 400


def test_a_cursor_pages_only_the_sort_it_was_made_for(client, crowd):
    url = reverse("api:article-list")
    first = api_list(client, "article", sort="oldest", page_size=2)
    cursor = parse_qs(urlsplit(first["next"]).query)["cursor"][0]
    assert client.get(url, {"sort": "oldest", "cursor": cursor}).status_code == 200
    assert client.get(url, {"sort": "quoted", "cursor": cursor}).status_code == 404
    altered = cursor[:-1] + ("A" if cursor[-1] != "A" else "B")
    assert client.get(url, {"sort": "oldest", "cursor": altered}).status_code == 404
    assert client.get(url, {"cursor": "not-a-cursor"}).status_code == 404


def test_page_size_is_capped(client):
    article = make_article("Long")
    for n in range(SortedCursor.max_page_size + 3):
        make_quote(article, f"Words spoken number {n}", position=n)
    page = api_list(client, "quote", page_size=SortedCursor.max_page_size * 10)
    assert len(page["results"]) == SortedCursor.max_page_size
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
    assert {"speaker", "q", "organisation", "cursor", "page_size", "sort"} <= quote_filters
    for kind, filterset in FILTERSETS.items():
        parameters = paths[f"/api/{kind}s/"]["get"]["parameters"]
        sort = next(parameter for parameter in parameters if parameter["name"] == "sort")
        assert sort["schema"]["type"] == "string"
        assert sorted(sort["schema"]["enum"]) == sorted(filterset.base_filters["sort"].orderings)


def test_the_docs_page_loads_its_scripts_from_this_site(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower()
    script = client.get(reverse("api:docs"), {"script": ""})
    assert reverse("api:schema") in script.content.decode()

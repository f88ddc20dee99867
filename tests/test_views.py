"""The browsing pages: what each shows, what its filters return, bad input, escaping, and a
constant number of queries however many rows there are."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from tests.conftest import (
    make_article,
    make_linked_records,
    make_quote,
    make_speaker,
)

pytestmark = pytest.mark.django_db


def rows(response) -> list:
    """The objects a list page shows, in order."""
    return list(response.context["object_list"])


def get(client, view, *, kwargs=None, **params):
    return client.get(reverse(f"articles:{view}", kwargs=kwargs), params)


# --- Home ---------------------------------------------------------------------------------


def test_home_shows_counts_latest_articles_most_quoted_and_most_mentioned(client, world):
    response = get(client, "home")
    assert response.status_code == 200
    assert list(response.context["latest_articles"]) == [
        world["washington"],
        world["qamishli"],
        world["quiet"],
    ]
    assert list(response.context["top_speakers"])[0] == world["miller"]
    assert set(response.context["top_organisations"]) == {world["state"], world["sdf"]}
    html = response.content.decode()
    assert "4 quotes from 3 speakers in 3 articles" in html
    assert 'name="q"' in html


def test_home_search_finds_a_speaker_by_alias_with_their_quotes(client, world):
    response = get(client, "home", q="Miller")
    assert list(response.context["found_speakers"]) == [world["miller"]]
    assert set(response.context["quotes_by_them"]) == set(world["miller_quotes"])
    assert reverse("articles:quote-list") + "?speaker=Matthew%20Miller" in response.content.decode()


def test_home_search_finds_quotes_and_articles_by_their_words(client, world):
    response = get(client, "home", q="invasion")
    assert list(response.context["found_quotes"]) == [world["sdf_quotes"][0]]
    assert list(response.context["found_articles"]) == [world["qamishli"]]


# --- Article list -------------------------------------------------------------------------


def test_article_rows_show_headline_date_dateline_source_quote_count_and_who_speaks(client, world):
    html = get(client, "article-list").content.decode()
    row = html[html.index("US urges protection") :].split("</li>")[0]
    for shown in ("2 Dec 2024", "WASHINGTON DC", "Rudaw", "2 quotes", "Matthew Miller"):
        assert shown in row


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["washington", "qamishli", "quiet"]),
        ({"q": "civilians"}, ["washington"]),
        ({"q": "Kurds"}, ["qamishli"]),
        ({"q": "villages -Cameroon"}, []),
        ({"q": '"set ablaze"'}, ["quiet"]),
        ({"q": "Kurds or Cameroon"}, ["qamishli", "quiet"]),
        ({"speaker": "Miller"}, ["washington"]),
        ({"speaker": "mazloum abdi"}, ["qamishli"]),
        ({"organisation": "syrian-democratic-forces"}, ["qamishli"]),
        ({"organisation": "SDF"}, ["qamishli"]),
        ({"organisation": "kurdish-led"}, ["qamishli"]),
        ({"organisation": "no-such-organisation"}, []),
        ({"source": "voa"}, ["qamishli", "quiet"]),
        ({"dateline": "qamish"}, ["qamishli"]),
        ({"published_after": "2019-01-01"}, ["washington", "qamishli"]),
        ({"published_before": "2019-12-31"}, ["qamishli", "quiet"]),
        ({"published_after": "2019-01-01", "published_before": "2019-12-31"}, ["qamishli"]),
        ({"has_quotes": "yes"}, ["washington", "qamishli"]),
        ({"has_quotes": "no"}, ["quiet"]),
        ({"source": "VOA", "has_quotes": "yes"}, ["qamishli"]),
    ],
)
def test_article_filters_return_exactly_the_matching_articles(client, world, params, expected):
    response = get(client, "article-list", **params)
    assert response.status_code == 200
    assert rows(response) == [world[name] for name in expected]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ["washington", "qamishli", "quiet"]),
        ("oldest", ["quiet", "qamishli", "washington"]),
        ("quoted", ["quiet", "washington", "qamishli"]),
    ],
)
def test_articles_sort_by_date_or_number_of_quotes(client, world, sort, expected):
    for text in ("One", "Two", "Three"):
        make_quote(world["quiet"], text, None)
    assert rows(get(client, "article-list", sort=sort)) == [world[name] for name in expected]


def test_article_search_highlights_the_matched_words_in_a_snippet(client, world):
    html = get(client, "article-list", q="civilians").content.decode()
    assert "<mark>civilians</mark>" in html


def test_article_list_shows_its_filter_form_with_the_current_values(client, world):
    html = get(client, "article-list", speaker="Miller", source="Rudaw").content.decode()
    assert re.search(r'<input[^>]+name="speaker"[^>]+value="Miller"', html)
    assert 'list="speaker-names"' in html and '<datalist id="speaker-names">' in html
    assert '<option value="Syrian Democratic Forces">SDF</option>' in html


def test_articles_come_25_a_page_and_the_page_links_keep_the_filters(client):
    for n in range(30):
        make_article(f"Report {n}", source="VOA", published=datetime.date(2024, 1, 1))
    first = get(client, "article-list", source="VOA")
    assert len(rows(first)) == 25
    assert "?source=VOA&amp;page=2" in first.content.decode()
    second = get(client, "article-list", source="VOA", page=2)
    assert len(rows(second)) == 5
    assert not set(rows(first)) & set(rows(second))


@pytest.mark.parametrize(
    "params",
    [
        {"published_after": "2024-13-45"},
        {"published_before": "yesterday"},
        {"has_quotes": "maybe"},
        {"sort": "sideways"},
    ],
)
def test_bad_article_filter_values_give_a_form_error_and_no_rows(client, world, params):
    response = get(client, "article-list", **params)
    assert response.status_code == 200
    assert rows(response) == []
    assert response.context["filter"].form.errors
    assert 'class="field-errors"' in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "99", "0", "-1"])
def test_a_page_past_the_end_or_not_a_number_is_not_found(client, world, page):
    for name in ("article-list", "quote-list", "speaker-list", "organisation-list"):
        assert get(client, name, page=page).status_code == 404


@pytest.mark.parametrize("q", ['"', "-", "or", "!!! ???", "a & b | c", "'", "\\", "x" * 500])
def test_odd_search_text_never_breaks_the_search(client, world, q):
    assert get(client, "article-list", q=q).status_code == 200
    assert get(client, "quote-list", q=q).status_code == 200
    assert get(client, "home", q=q).status_code == 200


# --- Article page -------------------------------------------------------------------------


def test_article_page_marks_every_quote_in_place_linked_to_its_speaker(client, world):
    article = world["washington"]
    html = get(client, "article-detail", kwargs={"slug": article.slug}).content.decode()
    miller_url = world["miller"].get_absolute_url()
    for quote in world["miller_quotes"]:
        assert (
            f'<a class="quote" href="{miller_url}" id="quote-{quote.position}" '
            f'title="Matthew Miller, Spokesperson">{quote.text}'
        ) in html.replace("&#x27;", "'")
    assert '<span class="quote__who"> (Matthew Miller, Spokesperson)</span>' in html
    assert html.count("<p>") >= 3


def test_article_page_lists_its_speakers_with_counts_and_its_organisations(client, world):
    response = get(client, "article-detail", kwargs={"slug": world["qamishli"].slug})
    html = response.content.decode()
    assert "Mazloum Abdi" in html and "Farhad Shami" in html
    assert world["sdf"].get_absolute_url() in html
    assert "Syrian Democratic Forces" in html


def test_article_text_from_the_file_is_always_escaped(client):
    body = (
        "BEIRUT - <script>alert('body')</script> and <img src=x onerror=alert(1)>."
        "\n\n“<b>bold</b> words <script>alert('quote')</script>,” he said."
    )
    article = make_article("<script>alert('title')</script>", body=body, dateline="<i>X</i>")
    quote_text = "<b>bold</b> words <script>alert('quote')</script>,"
    make_quote(article, quote_text, make_speaker("<img src=x onerror=alert(2)>", title="<u>t</u>"))
    for page in (
        get(client, "article-detail", kwargs={"slug": article.slug}),
        get(client, "article-list"),
        get(client, "quote-list"),
        get(client, "home", q="bold"),
        get(client, "quote-list", q="bold", speaker="img"),
    ):
        html = page.content.decode()
        assert "<script>" not in html
        assert "<img" not in html
        assert "<b>" not in html and "<u>" not in html and "<i>X" not in html
    html = get(client, "article-detail", kwargs={"slug": article.slug}).content.decode()
    assert "&lt;script&gt;alert(&#x27;body&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_staff_see_a_link_to_the_article_in_the_admin(client, world):
    article = world["washington"]
    admin_url = reverse("admin:articles_article_change", args=[article.pk])
    url = article.get_absolute_url()
    assert admin_url not in client.get(url).content.decode()
    client.force_login(User.objects.create_user("editor", is_staff=True, is_superuser=True))
    assert admin_url in client.get(url).content.decode()


def test_an_unknown_article_is_not_found(client, world):
    assert get(client, "article-detail", kwargs={"slug": "no-such-article"}).status_code == 404


# --- Quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize("speaker", ["Miller", "miller", "Matthew Miller", "matthew", "MILLER"])
def test_searching_quotes_by_speaker_finds_exactly_that_speakers_quotes(client, world, speaker):
    response = get(client, "quote-list", speaker=speaker)
    assert set(rows(response)) == set(world["miller_quotes"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"speaker": "Abdi"}, ["abdi"]),
        ({"speaker": "Nobody Atall"}, []),
        ({"organisation": "syrian-democratic-forces"}, ["abdi", "shami"]),
        ({"organisation": "us-state-department"}, ["miller_0", "miller_1"]),
        ({"organisation": "State Department"}, ["miller_0", "miller_1"]),
        ({"organisation": "nobody-we-know"}, []),
        ({"article": "Kurds announce"}, ["abdi", "shami"]),
        ({"q": "invasion"}, ["abdi"]),
        ({"q": "policy", "speaker": "Miller"}, ["miller_1"]),
        ({"q": "policy", "speaker": "Abdi"}, []),
        ({"published_after": "2020-01-01"}, ["miller_0", "miller_1"]),
        ({"published_before": "2020-01-01"}, ["abdi", "shami"]),
    ],
)
def test_quote_filters_return_exactly_the_matching_quotes(client, world, params, expected):
    by_name = {
        "miller_0": world["miller_quotes"][0],
        "miller_1": world["miller_quotes"][1],
        "abdi": world["sdf_quotes"][0],
        "shami": world["sdf_quotes"][1],
    }
    response = get(client, "quote-list", **params)
    assert response.status_code == 200
    assert set(rows(response)) == {by_name[name] for name in expected}


def test_an_article_slug_finds_the_quotes_of_that_article(client, world):
    response = get(client, "quote-list", article=world["qamishli"].slug)
    assert set(rows(response)) == set(world["sdf_quotes"])


def test_quote_search_by_speaker_names_the_speakers_it_found(client, world):
    response = get(client, "quote-list", speaker="Miller")
    assert list(response.context["matched_speakers"]) == [world["miller"]]
    assert "Speakers called “Miller”" in response.content.decode()


def test_quotes_are_listed_newest_article_first_in_their_order_in_the_article(client, world):
    assert rows(get(client, "quote-list")) == [*world["miller_quotes"], *world["sdf_quotes"]]
    oldest = rows(get(client, "quote-list", sort="oldest"))
    assert oldest == [*world["sdf_quotes"], *world["miller_quotes"]]


def test_a_quote_result_shows_the_quote_its_speaker_and_title_and_the_article_with_date(
    client, world
):
    html = get(client, "quote-list", speaker="Miller", q="policy").content.decode()
    assert "<mark>policy</mark>" in html
    assert "<mark>Miller</mark>" in html
    assert "Spokesperson" in html
    assert "US urges protection of civilians in Syria" in html
    assert "2 Dec 2024" in html
    assert f"{world['washington'].get_absolute_url()}#quote-1" in html


def test_bad_quote_filter_values_give_a_form_error_and_no_rows(client, world):
    response = get(client, "quote-list", published_after="2024-13-45", sort="loudest")
    assert response.status_code == 200
    assert rows(response) == []
    assert set(response.context["filter"].form.errors) == {"published_after", "sort"}


# --- Speakers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["miller", "shami", "abdi"]),
        ({"name": "Miller"}, ["miller"]),
        ({"name": "mazloum"}, ["abdi"]),
        ({"organisation": "syrian-democratic-forces"}, ["shami", "abdi"]),
        ({"organisation": "sdf"}, ["shami", "abdi"]),
        ({"sort": "name"}, ["shami", "miller", "abdi"]),
    ],
)
def test_speaker_filters_and_sorting(client, world, params, expected):
    assert rows(get(client, "speaker-list", **params)) == [world[name] for name in expected]


def test_speaker_page_shows_title_organisation_aliases_quotes_by_article_and_a_chart(client, world):
    make_quote(world["qamishli"], "We talked to the Americans", world["miller"])
    response = get(client, "speaker-detail", kwargs={"slug": world["miller"].slug})
    html = response.content.decode()
    assert "Spokesperson" in html and "US State Department" in html
    assert "Also called: Miller" in html
    assert len(rows(response)) == 3
    assert html.index("US urges protection") < html.index("Kurds announce deal")
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "Oct 2019" not in svg  # five years of months are drawn as years
    assert "2024: 2 quotes" in svg and "2019: 1 quote" in svg
    assert svg.count("<rect") == 6


def test_speaker_quotes_are_paginated(client, world):
    article = make_article("A long briefing", published=datetime.date(2024, 1, 1))
    for n in range(25):
        make_quote(article, f"Statement number {n:02}", world["abdi"])
    url = world["abdi"].get_absolute_url()
    assert len(rows(client.get(url))) == 20
    assert len(rows(client.get(url, {"page": 2}))) == 6
    assert client.get(url, {"page": "x"}).status_code == 404


def test_an_unknown_speaker_is_not_found(client, world):
    assert get(client, "speaker-detail", kwargs={"slug": "nobody"}).status_code == 404


# --- Organisations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"name": "SDF"}, ["sdf"]),
        ({"name": "kurdish"}, ["sdf"]),
        ({"name": "state"}, ["state"]),
        ({"name": "nothing like it"}, []),
        ({"sort": "name"}, ["sdf", "state"]),
    ],
)
def test_organisation_filters_and_sorting(client, world, params, expected):
    assert rows(get(client, "organisation-list", **params)) == [world[name] for name in expected]


def test_organisation_page_shows_acronym_aliases_articles_speakers_and_their_quotes(client, world):
    response = get(client, "organisation-detail", kwargs={"slug": world["sdf"].slug})
    html = response.content.decode()
    assert rows(response) == [world["qamishli"]]
    assert "SDF" in html and "Kurdish-led forces" in html
    assert "Mazloum Abdi" in html and "Farhad Shami" in html
    assert set(response.context["quotes"]) == set(world["sdf_quotes"])


def test_an_unknown_organisation_is_not_found(client, world):
    assert get(client, "organisation-detail", kwargs={"slug": "nope"}).status_code == 404


# --- Queries per page ---------------------------------------------------------------------


# (page, whose slug, query string, queries): the same number for 3 rows and for 30.
PAGES = [
    ("home", None, {}, 8),
    ("home", None, {"q": "talks"}, 10),  # the ranked quotes' and articles' ids first
    ("article-list", None, {}, 5),
    (
        "article-list",
        None,
        {"q": "talks", "speaker": "Common", "organisation": "common-organisation"},
        # the organisation's ids and the ranked articles' ids first (counted as found: no
        # count query); its name for the heading
        7,
    ),
    ("article-detail", "article", {}, 3),
    ("quote-list", None, {}, 4),
    (
        "quote-list",
        None,
        {"speaker": "Common", "q": "talks", "organisation": "common-organisation"},
        7,  # with the ranked quotes' ids first, counted as found: no count query
    ),
    ("speaker-list", None, {}, 3),
    # and their first and latest quotes (each key first), the organisations and the datelines
    # beside them; their quotes counted already (quote_count)
    ("speaker-detail", "speaker", {}, 9),
    ("organisation-list", None, {}, 2),
    ("organisation-detail", "organisation", {}, 6),  # its latest quotes' keys first
]


@pytest.mark.parametrize("n", [3, 30])
@pytest.mark.parametrize(("name", "slug_of", "params", "queries"), PAGES)
def test_every_page_runs_the_same_few_queries_for_3_or_30_rows(
    client, django_assert_num_queries, n, name, slug_of, params, queries
):
    slugs = make_linked_records(n)
    kwargs = {"slug": slugs[slug_of]} if slug_of else None
    url = reverse(f"articles:{name}", kwargs=kwargs)
    with django_assert_num_queries(queries):
        response = client.get(url, params)
    assert response.status_code == 200

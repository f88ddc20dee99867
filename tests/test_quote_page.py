"""A quote's own page: the quote in its paragraph, who said it, the source, a citation, the
speaker's other quotes that day, schema.org markup; and every quote card links to it."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.views.defaults import server_error

from articles.models import Quote
from tests.conftest import make_article, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def quote_page(client, quote):
    response = client.get(reverse("articles:quote-detail", kwargs={"pk": quote.pk}))
    assert response.status_code == 200
    return response


def json_ld(html: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_the_page_shows_the_quote_in_its_paragraph_with_speaker_and_source(client, world):
    quote = world["miller_quotes"][0]
    response = quote_page(client, quote)
    before, quoted, after = response.context["passage"]
    assert quoted == quote.text
    assert after.startswith("” Spokesperson Matthew Miller told reporters.")
    html = response.content.decode()
    assert f'<mark class="quote">{quoted.replace("’", "’")}</mark>' in html
    assert "Spokesperson" in html and "US State Department" in html
    assert "Rudaw" in html and "2 December 2024" in html
    assert f'href="{world["washington"].get_absolute_url()}#quote-0"' in html


def test_the_citation_line_names_speaker_article_outlet_date_and_page(client, world):
    quote = world["miller_quotes"][0]
    world["washington"].url = "https://www.rudaw.net/english/1"
    world["washington"].save()
    html = quote_page(client, quote).content.decode()
    citation = re.search(r'<p class="citation" id="citation">(.*?)</p>', html, re.DOTALL).group(1)
    assert citation == (
        "Matthew Miller (Spokesperson, US State Department), quoted in “US urges protection of "
        "civilians in Syria”, Rudaw, 2 December 2024, https://www.rudaw.net/english/1. "
        f"Via Newsroom, http://testserver{quote.get_absolute_url()}"
    )


def test_other_quotes_of_the_speaker_that_day_or_in_that_article_are_listed(client, world):
    first, second = world["miller_quotes"]
    same_day = make_article("Same day briefing", published=datetime.date(2024, 12, 2))
    that_day = make_quote(same_day, "We are watching closely", world["miller"])
    other_day = make_article("Later briefing", published=datetime.date(2024, 12, 9))
    make_quote(other_day, "Nothing new to add today", world["miller"])
    make_quote(same_day, "Someone else spoke that day", world["abdi"])
    alongside = list(quote_page(client, first).context["alongside"])
    assert set(alongside) == {second, that_day}


def test_the_page_carries_schema_org_quotation_markup(client, world):
    quote = world["miller_quotes"][1]
    markup = json_ld(quote_page(client, quote).content.decode())
    assert markup["@type"] == "Quotation"
    assert markup["text"] == quote.text
    assert markup["url"] == f"http://testserver{quote.get_absolute_url()}"
    assert markup["spokenByCharacter"] == {
        "@type": "Person",
        "name": "Matthew Miller",
        "url": "http://testserver/speakers/matthew-miller/",
        "jobTitle": "Spokesperson",
        "affiliation": {"@type": "Organization", "name": "US State Department"},
    }
    assert markup["isPartOf"]["headline"] == "US urges protection of civilians in Syria"
    assert markup["isPartOf"]["datePublished"] == "2024-12-02"
    assert markup["isPartOf"]["publisher"]["name"] == "Rudaw"


def test_text_in_the_markup_cannot_close_its_script_element(client):
    article = make_article("Headline </script><script>alert(1)</script>")
    quote = make_quote(article, "It said </script><b>bold</b> & more", make_speaker("X </script>"))
    html = quote_page(client, quote).content.decode()
    assert html.count("</script>") == html.count("<script")  # only the page's own elements
    assert json_ld(html)["text"] == "It said </script><b>bold</b> & more"


def test_a_quote_without_a_speaker_says_so_and_lists_no_others(client, world):
    quote = make_quote(world["quiet"], "The villages were burned at night")
    response = quote_page(client, quote)
    assert "does not say who spoke" in response.content.decode()
    assert list(response.context["alongside"]) == []
    assert "spokenByCharacter" not in json_ld(response.content.decode())


def test_an_unknown_quote_is_not_found(client):
    assert client.get(reverse("articles:quote-detail", kwargs={"pk": 999999})).status_code == 404


def test_the_quote_page_takes_a_constant_number_of_queries(
    client,
    world,
    django_assert_num_queries,
):
    quote = world["miller_quotes"][0]
    for n in range(5):
        make_quote(world["washington"], f"More words number {n} said here", world["miller"])
    with django_assert_num_queries(2):
        quote_page(client, quote)


@pytest.mark.parametrize(
    ("url_name", "params", "kwargs"),
    [
        ("articles:home", {}, None),
        ("articles:home", {"q": "Miller"}, None),
        ("articles:quote-list", {}, None),
        ("articles:speaker-detail", {}, {"slug": "matthew-miller"}),
        ("articles:organisation-detail", {}, {"slug": "us-state-department"}),
    ],
)
def test_every_quote_card_links_to_its_quote_page(client, world, url_name, params, kwargs):
    html = client.get(reverse(url_name, kwargs=kwargs), params).content.decode()
    cards = re.findall(r'<figure class="quote-card.*?</figure>', html, re.DOTALL)
    if url_name == "articles:home" and not params:
        assert not cards  # the home page lists articles, not quotes
        return
    assert cards
    for card in cards:
        linked = re.findall(r'href="/quotes/(\d+)/"', card)
        assert len(linked) == 1 and Quote.objects.filter(pk=linked[0]).exists()


def test_short_quotes_are_marked_and_can_be_hidden(client, world):
    scare = make_quote(world["washington"], "safe zone", world["miller"])
    html = client.get(reverse("articles:quote-list")).content.decode()
    assert re.search(
        r'<figure class="quote-card quote-card--short">\s*<blockquote[^>]*>\s*<p>“safe zone”', html
    )
    assert scare.is_short and not world["miller_quotes"][0].is_short
    listed = client.get(reverse("articles:quote-list"), {"hide_short": "on"}).context["object_list"]
    assert scare not in listed and len(listed) == 4
    assert set(Quote.objects.statements()) == set(Quote.objects.exclude(pk=scare.pk))


@pytest.mark.parametrize(
    "url", ["/no-such-page/", "/articles/?page=999", "/quotes/999999/", "/speakers/nobody/"]
)
def test_not_found_pages_keep_the_sites_layout_and_navigation(client, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<nav class="site-nav"' in html
    assert "There is no page at this address" in html


def test_the_server_error_page_keeps_the_sites_layout(rf):
    """Django's own handler, which renders 500.html without a context."""
    response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<nav class="site-nav"' in html
    assert "Something went wrong" in html


def test_the_home_page_offers_no_all_quotes_link_when_none_match(client, world):
    html = client.get("/", {"q": "zeppelin"}).content.decode()
    assert "No quote says “zeppelin”." in html
    assert "All quotes with" not in html and "All articles about" not in html
    html = client.get("/", {"q": "invasion"}).content.decode()
    assert "All quotes with “invasion”" in html


def test_a_speakers_page_shows_their_first_and_latest_quote_and_what_they_spoke_about(
    client, world
):
    miller = world["miller"]
    later = make_article("Later", published=datetime.date(2025, 3, 1))
    later.organisations.add(world["sdf"])
    latest = make_quote(later, "We are in touch with the SDF daily", miller)
    response = client.get(miller.get_absolute_url())
    assert response.context["first_quote"] == world["miller_quotes"][0]
    assert response.context["latest_quote"] == latest
    mentioned = list(response.context["organisations_mentioned"])
    assert {(o.name, o.mentions) for o in mentioned} == {
        ("US State Department", 1),
        ("Syrian Democratic Forces", 1),
    }
    html = response.content.decode()
    link = "/quotes/?speaker=Matthew%20Miller&amp;mentioning=syrian-democratic-forces"
    assert f'href="{link}"' in html
    listed = client.get(link.replace("&amp;", "&")).context["object_list"]
    assert list(listed) == [latest]


def test_a_speakers_page_lists_where_their_articles_were_filed_each_linking_to_those_quotes(
    client, world
):
    miller = world["miller"]
    beirut = [make_article(f"Envoy in Beirut {n}", dateline="BEIRUT") for n in range(2)]
    said = [
        make_quote(article, f"We met in Beirut, day {n}", miller)
        for n, article in enumerate(beirut)
    ]
    make_quote(make_article("Unfiled"), "We have no dateline here", miller)
    make_quote(make_article("Elsewhere", dateline="AMMAN"), "Someone else speaks", world["abdi"])
    response = client.get(miller.get_absolute_url())
    places = [(row["dateline"], row["articles"]) for row in response.context["datelines"]]
    assert places == [("BEIRUT", 2), ("WASHINGTON DC", 1)]
    html = response.content.decode()
    link = "/quotes/?speaker=Matthew%20Miller&amp;dateline=BEIRUT"
    assert f'href="{link}"' in html
    listed = client.get(link.replace("&amp;", "&"))
    assert set(listed.context["object_list"]) == set(said)
    assert "datelined BEIRUT" in listed.content.decode()


def test_a_bad_date_keeps_the_value_typed_beside_its_error(client, world):
    html = client.get(reverse("articles:quote-list"), {"published_after": "2024-13-45"}).content
    html = html.decode()
    assert re.search(r'<input type="text" name="published_after" value="2024-13-45"', html)
    assert "Enter a valid date." in html
    good = client.get(reverse("articles:quote-list"), {"published_after": "2024-12-01"}).content
    assert '<input type="date" name="published_after" value="2024-12-01"' in good.decode()


@pytest.mark.parametrize(
    ("list_name", "params", "heading"),
    [
        (
            "article-list",
            {"organisation": "syrian-democratic-forces"},
            "Articles mentioning Syrian Democratic Forces",
        ),
        (
            "quote-list",
            {"organisation": "syrian-democratic-forces"},
            "Quotes from Syrian Democratic Forces",
        ),
        ("quote-list", {"mentioning": "us-state-department"}, "Quotes about US State Department"),
        (
            "speaker-list",
            {"organisation": "syrian-democratic-forces"},
            "Speakers for Syrian Democratic Forces",
        ),
    ],
)
def test_a_list_reached_from_an_organisation_link_names_it(
    client, world, list_name, params, heading
):
    response = client.get(reverse(f"articles:{list_name}"), params)
    html = response.content.decode()
    title = re.search(r'<h1 class="page-title">(.*?)</h1>', html, re.DOTALL).group(1)
    assert re.sub(r"<[^>]+>", "", title) == heading
    field = next(iter(params))
    organisation = heading.split(" ", 2)[2]
    assert f'name="{field}" value="{organisation}"' in html  # the name, not the slug
    rows = list(response.context["object_list"])
    again = client.get(reverse(f"articles:{list_name}"), {field: organisation})
    assert list(again.context["object_list"]) == rows and rows  # the name filters the same


def test_a_full_name_in_the_filter_box_means_that_organisation_only(client, world):
    from tests.conftest import make_organisation

    council = make_organisation("Syrian Democratic Forces Council")
    article = make_article("Council meets")
    article.organisations.add(council)
    found = client.get(
        reverse("articles:article-list"), {"organisation": "Syrian Democratic Forces"}
    )
    assert article not in found.context["object_list"]
    found = client.get(reverse("articles:article-list"), {"organisation": "Syrian Democratic"})
    assert article in found.context["object_list"]

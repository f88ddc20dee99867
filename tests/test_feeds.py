"""Atom feeds of a speaker's quotes, an organisation's articles and any quote search, parsed
as XML and checked against what the pages list."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.conftest import make_article, make_quote

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("title", "id", "updated"):
        assert feed.find(f"{ATOM}{required}").text
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("title", "id", "updated"):
            assert entry.find(f"{ATOM}{required}").text
    return feed


def entry_links(feed) -> list[str]:
    return [
        entry.find(f"{ATOM}link").get("href").removeprefix("http://testserver")
        for entry in feed.findall(f"{ATOM}entry")
    ]


def alternate_feed(html: str) -> str:
    """The href of the page's <link rel="alternate" type="application/atom+xml">."""
    links = re.findall(
        r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]*)">', html
    )
    assert len(links) == 1
    return links[0].replace("&amp;", "&")


def test_a_speakers_feed_has_their_quotes_newest_first_as_their_page_does(client, world):
    speaker = world["miller"]
    later = make_article("Later briefing", published=datetime.date(2025, 1, 6))
    newest = make_quote(later, "We have nothing to announce", speaker)
    page = client.get(speaker.get_absolute_url())
    feed = atom(client, alternate_feed(page.content.decode()))
    assert feed.find(f"{ATOM}title").text == "Quotes by Matthew Miller · Newsroom"
    listed = [quote.get_absolute_url() for quote in page.context["object_list"]]
    assert (
        entry_links(feed)
        == listed
        == [
            newest.get_absolute_url(),
            *[quote.get_absolute_url() for quote in world["miller_quotes"]],
        ]
    )
    first = feed.find(f"{ATOM}entry")
    assert first.find(f"{ATOM}author/{ATOM}name").text == "Matthew Miller"
    assert first.find(f"{ATOM}published").text.startswith("2025-01-06")
    assert "We have nothing to announce" in first.find(f"{ATOM}summary").text


def test_an_organisations_feed_has_the_articles_its_page_lists(client, world):
    organisation = world["sdf"]
    page = client.get(organisation.get_absolute_url())
    feed = atom(client, alternate_feed(page.content.decode()))
    assert (
        feed.find(f"{ATOM}title").text == "Articles mentioning Syrian Democratic Forces · Newsroom"
    )
    assert entry_links(feed) == [
        article.get_absolute_url() for article in page.context["object_list"]
    ]
    assert entry_links(feed) == [world["qamishli"].get_absolute_url()]


def test_a_quote_search_feed_follows_the_search_on_the_page(client, world):
    params = {"organisation": "SDF", "q": "invasion", "page": "1"}
    page = client.get(reverse("articles:quote-list"), params)
    url = alternate_feed(page.content.decode())
    assert "page=" not in url and "organisation=SDF" in url and "q=invasion" in url
    feed = atom(client, url)
    assert entry_links(feed) == [q.get_absolute_url() for q in page.context["object_list"]]
    assert entry_links(feed) == [world["sdf_quotes"][0].get_absolute_url()]
    assert feed.find(f"{ATOM}title").text == (
        "Quotes · words “invasion”, organisation “SDF” · Newsroom"
    )
    self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link.endswith(url)


def test_a_feed_with_bad_filters_or_an_unknown_name_is_not_found(client, world):
    assert client.get(reverse("articles:quote-feed"), {"published_after": "x"}).status_code == 404
    unknown = reverse("articles:speaker-feed", kwargs={"slug": "nobody"})
    assert client.get(unknown).status_code == 404

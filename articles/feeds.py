"""Atom feeds, so a reader can follow a speaker, an organisation or a saved quote search."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from articles.filters import QuoteFilter
from articles.models import Article, Organisation, Quote, Speaker

LATEST = 30


def day(article) -> datetime.datetime:
    """When an entry appeared: its publication day, or when it was imported if undated."""
    if article.published:
        return datetime.datetime.combine(article.published, datetime.time(), datetime.UTC)
    return article.created


def latest_quotes(quotes):
    return (
        quotes.with_context()
        .defer("search_document", "article__body", "article__search_document")
        .newest_first()[:LATEST]
    )


class RecordFeed(Feed):
    """The feed of one speaker's or organisation's page, found by its slug."""

    feed_type = Atom1Feed
    model = None

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def link(self, record):
        return record.get_absolute_url()


class QuoteFeed(Feed):
    """The newest quotes first, each entry linking to the quote's page."""

    feed_type = Atom1Feed

    def item_title(self, quote):
        who = quote.speaker.name if quote.speaker else "Unnamed speaker"
        return f"{who}: “{quote}”"

    def item_description(self, quote):
        return f"“{quote.text}” — in “{quote.article.title}”" + (
            f", {quote.article.source}" if quote.article.source else ""
        )

    def item_link(self, quote):
        return quote.get_absolute_url()

    def item_pubdate(self, quote):
        return day(quote.article)

    item_updateddate = item_pubdate  # Atom requires <updated> on every entry

    def item_author_name(self, quote):
        return quote.speaker.name if quote.speaker else None


class SpeakerQuotesFeed(RecordFeed, QuoteFeed):
    model = Speaker

    def title(self, speaker):
        return f"Quotes by {speaker.name} · Newsroom"

    def items(self, speaker):
        return latest_quotes(speaker.quotes.all())


class QuoteSearchFeed(QuoteFeed):
    """The latest quotes of any search of /quotes/, with the page's own filters."""

    def get_object(self, request):
        search = QuoteFilter(request.GET, queryset=Quote.objects.all(), request=request)
        if not search.is_valid():
            raise Http404("These filters are not valid.")
        return search

    def title(self, search):
        terms = ", ".join(f"{name} “{value}”" for name, value in self.terms(search))
        return f"Quotes{f' · {terms}' if terms else ''} · Newsroom"

    def link(self, search):
        return f"{reverse('articles:quote-list')}?{search.data.urlencode()}".rstrip("?")

    def feed_url(self, search):
        return f"{reverse('articles:quote-feed')}?{search.data.urlencode()}".rstrip("?")

    def items(self, search):
        return latest_quotes(search.qs)

    def terms(self, search):
        return [
            (search.filters[name].label.lower(), value)
            for name, value in search.form.cleaned_data.items()
            if value and name != "sort"
        ]


class OrganisationArticlesFeed(RecordFeed):
    model = Organisation

    def title(self, organisation):
        return f"Articles mentioning {organisation.name} · Newsroom"

    def items(self, organisation):
        return (
            Article.objects.mentioning(organisation)
            .defer("body", "search_document")
            .newest_first()[:LATEST]
        )

    def item_description(self, article):
        quotes = f"{article.quote_count} quote{pluralize(article.quote_count)}"
        parts = [article.source, article.dateline, quotes]
        return " · ".join(part for part in parts if part)

    def item_pubdate(self, article):
        return day(article)

    item_updateddate = item_pubdate

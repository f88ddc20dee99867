"""Thin views over the models' querysets and the FilterSets in filters.py."""

from django.db.models import Count, Sum
from django.db.models.functions import Coalesce
from django.views.generic import DetailView, FormView, ListView, TemplateView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from articles import search
from articles.api import ClientRateThrottle
from articles.extraction import extract
from articles.filters import (
    ArticleFilter,
    OrganisationFilter,
    QuoteFilter,
    SiteSearchForm,
    SpeakerFilter,
)
from articles.forms import AnalyseForm
from articles.models import Article, Organisation, Quote, Speaker
from articles.pagination import DeepPaginator

# Names offered as suggestions in the speaker and organisation fields (<datalist>s); the
# rest are still found by typing part of a name, acronym or alias.
SUGGESTED_NAMES = 300


def with_speakers(articles) -> list:
    """The articles, each with its ``speakers`` (``Speaker.objects.speaking_in``), for rows
    that name who speaks."""
    articles = list(articles)
    speaking = Speaker.objects.speaking_in([article.pk for article in articles])
    for article in articles:
        article.speakers = speaking.get(article.pk, [])
    return articles


# Columns no page lists: an article's text and the search documents run to kilobytes a row.
UNLISTED = ("body", "search_document")


def articles_listed(articles):
    return articles.defer(*UNLISTED)


# What no quote card shows of the rows it joins: fewer values to read and convert a card.
UNSHOWN_ON_CARDS = (
    *(f"article__{field}" for field in (*UNLISTED, "created", "updated")),
    *(
        f"{record}__{field}"
        for record in ("speaker", "speaker__organisation")
        for field in ("created", "updated", "aliases", "folded_names")
    ),
)


def quote_cards(quotes):
    """Quotes with what a quote card shows: speaker, organisation, article (not its text)."""
    return quotes.with_context().defer("search_document", *UNSHOWN_ON_CARDS)


def speaker_suggestions():
    return Speaker.objects.most_quoted().values_list("name", flat=True)[:SUGGESTED_NAMES]


def organisation_suggestions():
    return Organisation.objects.most_mentioned().values_list("name", "acronym")[:SUGGESTED_NAMES]


class FilteredListView(FilterView):
    """A list page: its FilterSet's form, pages of 25, and suggestions for the speaker and
    organisation fields the FilterSet has.

    Reached from an organisation's link (``?organisation=<slug>``), the page names the
    organisation (``named`` in the context, for its heading) and the filter box shows its name,
    which filters the same (``Organisation.objects.named``)."""

    paginate_by = 25
    paginator_class = DeepPaginator
    filter_label = "Filter"  # the filter box's heading
    organisation_fields = ("organisation",)

    def get_context_data(self, **kwargs):
        fields = self.filterset_class.base_filters
        if "speaker" in fields:
            kwargs["speaker_names"] = speaker_suggestions()
        if "organisation" in fields:
            kwargs["organisation_names"] = organisation_suggestions()
        context = super().get_context_data(named=self.named_organisations(), **kwargs)
        paginator = context["paginator"]
        ranked = getattr(self.filterset, "ranked", False)
        if ranked and paginator and paginator.count >= search.RANKED:
            context["best_of"] = search.RANKED  # the count is of the ranked rows: the first found
        return context

    def named_organisations(self) -> dict:
        named = {}
        if self.filterset.is_valid():  # filtered already: the name is for display only
            data = self.filterset.form.data.copy()
            for field in self.organisation_fields:
                value = self.filterset.form.cleaned_data.get(field)
                if value and (organisation := Organisation.objects.exactly_named(value)):
                    named[field] = organisation
                    data[field] = organisation.name
            self.filterset.form.data = data
        return named


class HomeView(TemplateView):
    """Counts, the latest and most-cited, and one search box over speakers, quotes, articles."""

    template_name = "articles/home.html"
    shown = 6

    def get_context_data(self, **kwargs):
        form = SiteSearchForm(self.request.GET)
        query = form.cleaned_data["q"] if form.is_valid() else ""
        context = {
            "query": query,
            "search_form": form,
            # Quotes are summed from the articles' stored counts: a tenth of the rows to read.
            **Article.objects.aggregate(
                article_total=Count("pk"), quote_total=Coalesce(Sum("quote_count"), 0)
            ),
            "speaker_total": Speaker.objects.count(),
            "organisation_total": Organisation.objects.count(),
            "speaker_names": speaker_suggestions(),
        }
        if query:
            context |= {
                "found_speakers": Speaker.objects.matching(query)
                .select_related("organisation")
                .most_quoted_first()[: self.shown],
                "quotes_by_them": quote_cards(Quote.objects.by_speaker_name(query)).newest_first()[
                    : self.shown
                ],
                "found_quotes": search.ranked_slice(
                    quote_cards(Quote.objects.search(query)).best_match_first(), 0, self.shown
                ),
                "found_articles": search.ranked_slice(
                    articles_listed(Article.objects.search(query)).best_match_first(), 0, self.shown
                ),
            }
        else:
            context |= {
                "latest_articles": with_speakers(
                    articles_listed(Article.objects.all()).newest_first()[:8]
                ),
                "top_speakers": Speaker.objects.most_quoted().select_related("organisation")[:8],
                "top_organisations": Organisation.objects.most_mentioned()[:8],
            }
        return super().get_context_data(**context, **kwargs)


class ArticleListView(FilteredListView):
    filterset_class = ArticleFilter
    template_name = "articles/article_list.html"
    filter_label = "Filter articles"

    def get_queryset(self):
        return articles_listed(Article.objects.all()).newest_first()

    def paginate_queryset(self, queryset, page_size):
        paginator, page, articles, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = with_speakers(page.object_list)
        return paginator, page, page.object_list, is_paginated


# What an article's page shows of each quote: where it stands, who said it, for whom.
QUOTE_IN_TEXT = (
    *("article", "start", "end", "position"),
    *("speaker__name", "speaker__slug", "speaker__title", "speaker__is_organisation"),
    *("speaker__organisation__name", "speaker__organisation__acronym"),
)


class ArticleDetailView(DetailView):
    queryset = Article.objects.defer("search_document")
    template_name = "articles/article_detail.html"

    def get_context_data(self, **kwargs):
        # Not self.object.quotes: the related manager's bookkeeping (each quote told its
        # article, which the page never asks them) was a fifth of the query's time.
        quotes = list(
            Quote.objects.filter(article=self.object)
            .select_related("speaker", "speaker__organisation")
            .only(*QUOTE_IN_TEXT)
            .order_by("position")
        )
        return super().get_context_data(
            quotes=quotes,
            organisations=self.object.organisations.only(
                "name", "acronym", "slug"
            ).most_mentioned_first(),
            **kwargs,
        )


class QuoteListView(FilteredListView):
    """Search quotes by speaker (name or alias), words, organisation, article and date."""

    organisation_fields = ("organisation", "mentioning")
    filterset_class = QuoteFilter
    template_name = "articles/quote_list.html"
    filter_label = "Search quotes"

    shown_speakers = 5

    def get_queryset(self):
        return quote_cards(Quote.objects.all()).newest_first()

    def get_context_data(self, **kwargs):
        """Who the speaker field found, so a reader sees which "Miller" they are reading."""
        name = self.filterset.form.cleaned_data.get("speaker") if self.filterset.is_valid() else ""
        if name:
            found = self.filterset.speaker_ids  # by the filter, which searched the names already
            speakers = (
                Speaker.objects.matching(name)
                if found is None
                else Speaker.objects.filter(pk__in=found)
            )
            kwargs["matched_speakers"] = speakers.select_related(
                "organisation"
            ).most_quoted_first()[: self.shown_speakers]
        return super().get_context_data(**kwargs)


class QuoteDetailView(DetailView):
    """A quote to cite: its passage, speaker, article, and the speaker's other quotes that day."""

    queryset = Quote.objects.with_context().defer("search_document", "article__search_document")
    template_name = "articles/quote_detail.html"
    shown_alongside = 10

    def get_context_data(self, **kwargs):
        quote = self.object
        return super().get_context_data(
            passage=quote.passage(),
            alongside=quote_cards(Quote.objects.alongside(quote)).newest_first()[
                : self.shown_alongside
            ],
            quotation=self.quotation(quote),
            **kwargs,
        )

    def quotation(self, quote) -> dict:
        """schema.org Quotation markup, for search engines and reference managers."""
        absolute = self.request.build_absolute_uri
        article = quote.article
        markup = {
            "@context": "https://schema.org",
            "@type": "Quotation",
            "text": quote.text,
            "url": absolute(quote.get_absolute_url()),
            "isPartOf": {
                "@type": "NewsArticle",
                "headline": article.title,
                "url": article.url or absolute(article.get_absolute_url()),
            },
        }
        if article.published:
            markup["isPartOf"]["datePublished"] = article.published.isoformat()
        if article.source:
            markup["isPartOf"]["publisher"] = {"@type": "Organization", "name": article.source}
        if speaker := quote.speaker:
            person = {"@type": "Organization" if speaker.is_organisation else "Person"}
            person |= {"name": speaker.name, "url": absolute(speaker.get_absolute_url())}
            if speaker.title:
                person["jobTitle"] = speaker.title
            if speaker.organisation:
                person["affiliation"] = {
                    "@type": "Organization",
                    "name": speaker.organisation.name,
                }
            markup["spokenByCharacter"] = person
        return markup


class SpeakerListView(FilteredListView):
    filterset_class = SpeakerFilter
    template_name = "articles/speaker_list.html"
    filter_label = "Find speakers"

    def get_queryset(self):
        return Speaker.objects.select_related("organisation").most_quoted_first()


class SpeakerDetailView(SingleObjectMixin, ListView):
    """A speaker and a page of their quotes, newest article first (the list is the quotes)."""

    paginate_by = 20
    paginator_class = DeepPaginator
    template_name = "articles/speaker_detail.html"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(Speaker.objects.select_related("organisation"))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return quote_cards(self.object.quotes.all()).newest_first()

    def get_paginator(self, *args, **kwargs):
        """Counted already: every import and admin save keeps ``quote_count``, where counting
        the quotes of the most quoted speaker (15,000) cost two queries and an estimate."""
        paginator = super().get_paginator(*args, **kwargs)
        paginator.count = self.object.quote_count
        return paginator

    shown_organisations = 10
    shown_datelines = 10
    quotes_read = 1_000  # for the organisations and datelines they are quoted beside

    def get_context_data(self, **kwargs):
        speaker = self.object
        record = quote_cards(speaker.quotes.all())
        return super().get_context_data(
            speaker=speaker,
            quotes_per_month=list(speaker.quotes.per_month()),
            first_quote=record.oldest_first().top(1).first(),
            latest_quote=record.newest_first().top(1).first(),
            organisations_mentioned=Organisation.objects.most_mentioned_with(
                speaker, self.quotes_read
            )[: self.shown_organisations],
            datelines=Article.objects.datelines_quoting(speaker, self.quotes_read)[
                : self.shown_datelines
            ],
            quotes_read=self.quotes_read,
            **kwargs,
        )


class OrganisationListView(FilteredListView):
    filterset_class = OrganisationFilter
    template_name = "articles/organisation_list.html"
    filter_label = "Find organisations"
    queryset = Organisation.objects.most_mentioned_first()


class OrganisationDetailView(SingleObjectMixin, ListView):
    """An organisation, its speakers and their latest quotes, and a page of the articles
    that mention it (the list is the articles)."""

    paginate_by = 25
    paginator_class = DeepPaginator
    template_name = "articles/organisation_detail.html"
    shown_speakers = 30
    shown_quotes = 8

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(Organisation.objects.all())
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return articles_listed(Article.objects.mentioning(self.object)).newest_first()

    def get_context_data(self, **kwargs):
        organisation = self.object
        return super().get_context_data(
            organisation=organisation,
            speakers=organisation.speakers.most_quoted_first()[: self.shown_speakers],
            quotes=quote_cards(Quote.objects.for_organisation(organisation))
            .newest_first()
            .top(self.shown_quotes),
            **kwargs,
        )


class AnalyseThrottle(ClientRateThrottle):
    scope = "analyse"
    rate_setting = "ANALYSE_RATE"


class AnalyseView(FormView):
    """Paste an article, see what the engine finds in it; nothing is saved."""

    form_class = AnalyseForm
    template_name = "articles/analyse.html"

    def post(self, request, *args, **kwargs):
        throttle = AnalyseThrottle()
        if not throttle.allow_request(request, self):
            wait = max(1, round(throttle.wait() or 1))
            response = self.render_to_response(
                self.get_context_data(form=self.get_form(), wait=wait), status=429
            )
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        return self.render_to_response(
            self.get_context_data(form=form, analysis=extract(form.cleaned_data["text"]))
        )

"""Thin views over the models' querysets and the FilterSets in filters.py."""

from django.db.models import Count, Prefetch, Sum
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, RedirectView, TemplateView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from articles.filters import (
    ArticleFilter,
    OrganisationFilter,
    QuoteFilter,
    SiteSearchForm,
    SpeakerFilter,
)
from articles.models import Article, Organisation, Quote, Speaker
from articles.pagination import DeepPaginator

# Names offered as suggestions in the speaker and organisation fields (<datalist>s); the
# rest are still found by typing part of a name, acronym or alias.
SUGGESTED_NAMES = 300


def quoted_speakers():
    """Prefetch of an article's quotes with just enough of their speakers to list who speaks."""
    return Prefetch(
        "quotes",
        queryset=Quote.objects.select_related("speaker")
        .only("article", "position", "speaker__name", "speaker__slug", "speaker__title")
        .order_by("position"),
    )


# Columns no page lists: an article's text and the search documents run to kilobytes a row.
UNLISTED = ("body", "search_document")


def articles_listed(articles):
    return articles.defer(*UNLISTED)


def quote_cards(quotes):
    """Quotes with what a quote card shows: speaker, organisation, article (not its text)."""
    return quotes.with_context().defer("search_document", *(f"article__{f}" for f in UNLISTED))


def speaker_suggestions():
    return Speaker.objects.most_quoted().values_list("name", flat=True)[:SUGGESTED_NAMES]


def organisation_suggestions():
    return Organisation.objects.most_mentioned().values_list("name", "acronym")[:SUGGESTED_NAMES]


class FilteredListView(FilterView):
    """A list page: its FilterSet's form, pages of 25, and suggestions for the speaker and
    organisation fields the FilterSet has."""

    paginate_by = 25
    paginator_class = DeepPaginator

    def get_context_data(self, **kwargs):
        fields = self.filterset_class.base_filters
        if "speaker" in fields:
            kwargs["speaker_names"] = speaker_suggestions()
        if "organisation" in fields:
            kwargs["organisation_names"] = organisation_suggestions()
        return super().get_context_data(**kwargs)


class HomeView(TemplateView):
    """Counts, the latest and most-cited, and one search box over speakers, quotes, articles."""

    template_name = "articles/home.html"
    shown = 6

    def get_context_data(self, **kwargs):
        search = SiteSearchForm(self.request.GET)
        query = search.cleaned_data["q"] if search.is_valid() else ""
        context = {
            "query": query,
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
                "found_quotes": quote_cards(Quote.objects.search(query)).best_match_first()[
                    : self.shown
                ],
                "found_articles": articles_listed(Article.objects.search(query)).best_match_first()[
                    : self.shown
                ],
            }
        else:
            context |= {
                "latest_articles": articles_listed(Article.objects.all())
                .newest_first()
                .prefetch_related(quoted_speakers())[:8],
                "top_speakers": Speaker.objects.most_quoted().select_related("organisation")[:8],
                "top_organisations": Organisation.objects.most_mentioned()[:8],
            }
        return super().get_context_data(**context, **kwargs)


class ArticleListView(FilteredListView):
    filterset_class = ArticleFilter
    template_name = "articles/article_list.html"

    def get_queryset(self):
        return (
            articles_listed(Article.objects.all())
            .newest_first()
            .prefetch_related(quoted_speakers())
        )


class ArticleDetailView(DetailView):
    queryset = Article.objects.defer("search_document")
    template_name = "articles/article_detail.html"

    def get_context_data(self, **kwargs):
        quotes = list(
            self.object.quotes.select_related("speaker", "speaker__organisation")
            .defer("search_document")
            .order_by("position")
        )
        return super().get_context_data(
            quotes=quotes,
            organisations=self.object.organisations.most_mentioned_first(),
            **kwargs,
        )


class QuoteListView(FilteredListView):
    """Search quotes by speaker (name or alias), words, organisation, article and date."""

    filterset_class = QuoteFilter
    template_name = "articles/quote_list.html"

    shown_speakers = 5

    def get_queryset(self):
        return quote_cards(Quote.objects.all()).newest_first()

    def get_context_data(self, **kwargs):
        """Who the speaker field found, so a reader sees which "Miller" they are reading."""
        name = self.filterset.form.cleaned_data.get("speaker") if self.filterset.is_valid() else ""
        if name:
            kwargs["matched_speakers"] = (
                Speaker.objects.matching(name)
                .select_related("organisation")
                .most_quoted_first()[: self.shown_speakers]
            )
        return super().get_context_data(**kwargs)


class QuoteDetailView(RedirectView):
    """A quote's permanent link: its place in the article."""

    def get_redirect_url(self, pk):
        quote = get_object_or_404(Quote.objects.select_related("article"), pk=pk)
        return f"{quote.article.get_absolute_url()}#quote-{quote.position}"


class SpeakerListView(FilteredListView):
    filterset_class = SpeakerFilter
    template_name = "articles/speaker_list.html"

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

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            speaker=self.object, quotes_per_month=list(self.object.quotes.per_month()), **kwargs
        )


class OrganisationListView(FilteredListView):
    filterset_class = OrganisationFilter
    template_name = "articles/organisation_list.html"
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
            quotes=quote_cards(Quote.objects.for_organisation(organisation)).newest_first()[
                : self.shown_quotes
            ],
            **kwargs,
        )

"""One FilterSet per list page. Every filter is declared; the URL carries the whole state."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError

from articles.models import Article, Organisation, Quote, Speaker
from articles.search import MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS

DATE_INPUT = forms.DateInput(attrs={"type": "date"})
SEARCH_INPUT = forms.TextInput(attrs={"type": "search"})
# Suggests names from the page's <datalist id="speaker-names">; any part of a name still works.
SPEAKER_INPUT = forms.TextInput(
    attrs={"type": "search", "list": "speaker-names", "autocomplete": "off"}
)


class SearchTextField(forms.CharField):
    """Text typed into a search or name box, at most MAX_SEARCH_LENGTH characters and
    MAX_SEARCH_TERMS words, on every page alike: longer ones get a form error."""

    def __init__(self, **kwargs):
        super().__init__(max_length=MAX_SEARCH_LENGTH, **kwargs)

    def validate(self, value):
        super().validate(value)
        if len(value.split()) > MAX_SEARCH_TERMS:
            raise ValidationError(
                f"Search for at most {MAX_SEARCH_TERMS} words at a time.", code="too_many_terms"
            )


class SearchTextFilter(django_filters.CharFilter):
    field_class = SearchTextField


def organisation_filter() -> django_filters.CharFilter:
    """An organisation by slug (``?organisation=sdf`` from links) or by name, acronym or alias
    typed in, with suggestions from the page's <datalist id="organisation-names">."""
    return SearchTextFilter(
        method="filter_organisation",
        label="Organisation",
        help_text="Name or acronym: “SDF”.",
        widget=forms.TextInput(
            attrs={"type": "search", "list": "organisation-names", "autocomplete": "off"}
        ),
    )


def date_filter(field_name: str, lookup: str, label: str) -> django_filters.DateFilter:
    return django_filters.DateFilter(
        field_name=field_name, lookup_expr=lookup, label=label, widget=DATE_INPUT
    )


def speaker_filter() -> django_filters.CharFilter:
    """A speaker by any part of their name or alias, through the FilterSet's filter_speaker."""
    return SearchTextFilter(
        method="filter_speaker",
        label="Speaker",
        help_text="Name or alias: “Miller”.",
        widget=SPEAKER_INPUT,
    )


def words_filter(help_text: str) -> django_filters.CharFilter:
    """Full-text search in websearch syntax, through ``SortedFilterSet.search``."""
    return SearchTextFilter(
        method="search", label="Words", help_text=help_text, widget=SEARCH_INPUT
    )


def sort_filter(orderings: dict) -> django_filters.ChoiceFilter:
    """The ``sort`` choice offering a FilterSet's ``orderings`` (key: (label, order))."""
    return django_filters.ChoiceFilter(
        method="keep",
        choices=[(key, label) for key, (label, _) in orderings.items()],
        empty_label="Default order",
        label="Sort",
    )


class SortedFilterSet(django_filters.FilterSet):
    """A FilterSet with a ``sort`` choice; ``relevance`` is the default while searching."""

    orderings: dict = {}

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        searching = bool(self.form.cleaned_data.get("q"))
        sort = self.form.cleaned_data.get("sort") or ("relevance" if searching else "")
        if sort not in self.orderings or (sort == "relevance" and not searching):
            sort = next(iter(self.orderings))  # the first is the default
        _, order = self.orderings[sort]
        return order(queryset)

    def search(self, queryset, name, value):
        return queryset.search(value)

    def keep(self, queryset, name, value):
        """Sorting happens last, in ``filter_queryset``."""
        return queryset


class ArticleFilter(SortedFilterSet):
    q = words_filter("In headline and text. “Exact phrase”, -without, or.")
    speaker = speaker_filter()
    organisation = organisation_filter()
    source = SearchTextFilter(lookup_expr="iexact", label="Source")
    dateline = SearchTextFilter(lookup_expr="icontains", label="Dateline")
    published_after = date_filter("published", "gte", "Published from")
    published_before = date_filter("published", "lte", "Published until")
    has_quotes = django_filters.ChoiceFilter(
        method="filter_has_quotes",
        choices=[("yes", "With quotes"), ("no", "Without quotes")],
        empty_label="With or without quotes",
        label="Quotes",
    )
    orderings = {  # the first is the default
        "newest": ("Newest first", lambda qs: qs.newest_first()),
        "oldest": ("Oldest first", lambda qs: qs.oldest_first()),
        "quoted": ("Most quoted", lambda qs: qs.most_quoted()),
        "relevance": ("Best match", lambda qs: qs.best_match_first()),
    }
    sort = sort_filter(orderings)

    class Meta:
        model = Article
        fields = []

    def filter_speaker(self, queryset, name, value):
        return queryset.quoting_speaker_named(value)

    def filter_organisation(self, queryset, name, value):
        return queryset.mentioning_named(value)

    def filter_has_quotes(self, queryset, name, value):
        return queryset.with_quotes() if value == "yes" else queryset.without_quotes()


class QuoteFilter(SortedFilterSet):
    speaker = speaker_filter()
    q = words_filter("“Exact phrase”, -without, or.")
    organisation = organisation_filter()
    article = SearchTextFilter(
        method="filter_article", label="Article", help_text="Words of its headline."
    )
    published_after = date_filter("article__published", "gte", "Published from")
    published_before = date_filter("article__published", "lte", "Published until")
    orderings = {  # the first is the default
        "newest": ("Newest first", lambda qs: qs.newest_first()),
        "oldest": ("Oldest first", lambda qs: qs.oldest_first()),
        "relevance": ("Best match", lambda qs: qs.best_match_first()),
    }
    sort = sort_filter(orderings)

    class Meta:
        model = Quote
        fields = []

    def filter_speaker(self, queryset, name, value):
        return queryset.by_speaker_name(value)

    def filter_organisation(self, queryset, name, value):
        """Whom the speaker speaks for."""
        return queryset.filter(speaker__organisation__in=Organisation.objects.named(value))

    def filter_article(self, queryset, name, value):
        return queryset.in_article_matching(value)


class SpeakerFilter(SortedFilterSet):
    name = SearchTextFilter(method="filter_name", label="Name or alias", widget=SEARCH_INPUT)
    organisation = organisation_filter()
    orderings = {  # the first is the default
        "quoted": ("Most quoted", lambda qs: qs.order_by("-quote_count", "name")),
        "name": ("Name", lambda qs: qs.order_by("name")),
    }
    sort = sort_filter(orderings)

    class Meta:
        model = Speaker
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.matching(value)

    def filter_organisation(self, queryset, name, value):
        return queryset.filter(organisation__in=Organisation.objects.named(value))


class OrganisationFilter(SortedFilterSet):
    name = SearchTextFilter(
        method="filter_name",
        label="Name, acronym or alias",
        help_text="“SDF” or “Kurdish”.",
        widget=SEARCH_INPUT,
    )
    orderings = {  # the first is the default
        "mentioned": ("Most mentioned", lambda qs: qs.order_by("-article_count", "name")),
        "name": ("Name", lambda qs: qs.order_by("name")),
    }
    sort = sort_filter(orderings)

    class Meta:
        model = Organisation
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.matching(value)


class SiteSearchForm(forms.Form):
    """The home page's one search box; a value Django's fields refuse (a NUL) searches nothing."""

    q = SearchTextField(required=False, strip=True)

"""One FilterSet per list page. Every filter is declared; the URL carries the whole state."""

import datetime

import django_filters
from django import forms
from django.core.exceptions import ValidationError

from articles.models import Article, Organisation, Quote, Speaker
from articles.search import MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS


class DateInput(forms.DateInput):
    """A date picker; a value that is no date stays as typed, in a text box beside its error
    (a date box would show it blank)."""

    input_type = "date"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if isinstance(value, str) and value:
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                context["widget"]["type"] = "text"
        return context


DATE_INPUT = DateInput()
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
    typed in, with suggestions from the page's <datalist id="organisation-names">: each
    QuerySet's ``for_organisation_named`` says what belonging to it means."""
    return SearchTextFilter(
        method=lambda queryset, name, value: queryset.for_organisation_named(value),
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
    """Full-text search in websearch syntax: the QuerySet's ``search``, which adds a ``rank``."""
    return SearchTextFilter(
        method=lambda queryset, name, value: queryset.search(value),
        label="Words",
        help_text=help_text,
        widget=SEARCH_INPUT,
    )


class SortFilter(django_filters.ChoiceFilter):
    """The ``sort`` choice: ``orderings`` maps each value to (label, QuerySet method name).
    One value, not OrderingFilter's comma-separated list: each ordering breaks its own ties.

    The first ordering is the default, ``relevance`` while the words filter ``q`` searches, so
    declare it last: it orders what the other filters found and needs the search's rank.
    """

    def __init__(self, orderings: dict[str, tuple[str, str]]):
        self.orderings = orderings
        super().__init__(
            choices=[(value, label) for value, (label, _) in orderings.items()],
            empty_label="Default order",
            label="Sort",
            help_text=default_order(orderings),
        )

    def filter(self, queryset, value):
        searching = bool(self.parent.form.cleaned_data.get("q"))
        sort = value or ("relevance" if searching else "")
        if sort not in self.orderings or (sort == "relevance" and not searching):
            sort = next(iter(self.orderings))
        _, method = self.orderings[sort]
        self.parent.ranked = sort == "relevance"  # then only the best RANKED are listed
        return getattr(queryset, method)()


def default_order(orderings: dict[str, tuple[str, str]]) -> str:
    """Which order "Default order" is, under the sort box: "Default: newest first; best match
    when searching words"."""
    first_label, _ = next(iter(orderings.values()))
    searched = "; best match when searching words" if "relevance" in orderings else ""
    return f"Default: {first_label.lower()}{searched}."


class ArticleFilter(django_filters.FilterSet):
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
    sort = SortFilter(
        {
            "newest": ("Newest first", "newest_first"),
            "oldest": ("Oldest first", "oldest_first"),
            "quoted": ("Most quoted", "most_quoted_first"),
            "relevance": ("Best match", "best_match_first"),
        }
    )

    class Meta:
        model = Article
        fields = []

    def filter_speaker(self, queryset, name, value):
        return queryset.quoting_speaker_named(value)

    def filter_has_quotes(self, queryset, name, value):
        return queryset.with_quotes() if value == "yes" else queryset.without_quotes()


class QuoteFilter(django_filters.FilterSet):
    speaker = speaker_filter()
    q = words_filter("“Exact phrase”, -without, or.")
    organisation = organisation_filter()
    article = SearchTextFilter(
        method="filter_article", label="Article", help_text="Words of its headline."
    )
    mentioning = django_filters.CharFilter(
        method="filter_mentioning",
        label="Article mentions",
        help_text="An organisation the article names: what was said about it.",
        widget=forms.TextInput(
            attrs={"type": "search", "list": "organisation-names", "autocomplete": "off"}
        ),
    )
    dateline = SearchTextFilter(
        field_name="article__dateline",
        lookup_expr="icontains",
        label="Dateline",
        help_text="Where the article was filed: “Beirut”.",
    )
    published_after = date_filter("published", "gte", "Published from")
    published_before = date_filter("published", "lte", "Published until")
    hide_short = django_filters.BooleanFilter(
        method="filter_hide_short",
        label="Hide short quotes",
        help_text="Three words or fewer: “so-called”, “safe zone”.",
        widget=forms.CheckboxInput,
    )
    sort = SortFilter(
        {
            "newest": ("Newest first", "newest_first"),
            "oldest": ("Oldest first", "oldest_first"),
            "relevance": ("Best match", "best_match_first"),
        }
    )

    class Meta:
        model = Quote
        fields = []

    speaker_ids = None  # of the speakers the speaker field found, once it filtered

    def filter_speaker(self, queryset, name, value):
        # Kept for the page, which names who was found: the names are searched once, not twice.
        self.speaker_ids = Speaker.objects.ids_matching(value)
        return queryset.filter(speaker__in=self.speaker_ids)

    def filter_article(self, queryset, name, value):
        return queryset.in_article_matching(value)

    def filter_mentioning(self, queryset, name, value):
        return queryset.in_articles_mentioning(value)

    def filter_hide_short(self, queryset, name, value):
        return queryset.statements() if value else queryset


class SpeakerFilter(django_filters.FilterSet):
    name = SearchTextFilter(method="filter_name", label="Name or alias", widget=SEARCH_INPUT)
    organisation = organisation_filter()
    sort = SortFilter(
        {"quoted": ("Most quoted", "most_quoted_first"), "name": ("Name", "alphabetical")}
    )

    class Meta:
        model = Speaker
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.matching(value)


class OrganisationFilter(django_filters.FilterSet):
    name = SearchTextFilter(
        method="filter_name",
        label="Name, acronym or alias",
        help_text="“SDF” or “Kurdish”.",
        widget=SEARCH_INPUT,
    )
    sort = SortFilter(
        {"mentioned": ("Most mentioned", "most_mentioned_first"), "name": ("Name", "alphabetical")}
    )

    class Meta:
        model = Organisation
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.matching(value)


class SiteSearchForm(forms.Form):
    """The home page's one search box; a value Django's fields refuse (a NUL) searches nothing."""

    q = SearchTextField(required=False, strip=True)

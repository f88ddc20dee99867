"""The read-only JSON API under /api/: the list pages' FilterSets, sort included, over
cursor-paged records that link to one another by URL and carry what a citation needs."""

from django.conf import settings
from django.urls import reverse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.throttling import SimpleRateThrottle

from articles.filters import ArticleFilter, OrganisationFilter, QuoteFilter, SpeakerFilter
from articles.models import Article, Organisation, Quote, Speaker
from articles.pagination import SortedCursor


class ClientRateThrottle(SimpleRateThrottle):
    """Requests per client address, signed in or not, at the rate the setting
    ``rate_setting`` names."""

    rate_setting = "API_RATE"

    def get_rate(self):
        return getattr(settings, self.rate_setting)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class ApiThrottle(ClientRateThrottle):
    scope = "api"


@extend_schema_field(OpenApiTypes.URI)
class LinkField(serializers.Field):
    """The absolute URL of a record's ``view_name`` page, by its ``lookup_field``. Reversed
    once with a stand-in key, then filled in for each record: calling reverse() for every
    link of every row was most of the time an export took."""

    STAND_IN = "1234567890987654321"  # a key that both slug and int converters accept

    def __init__(self, view_name: str, lookup_field: str = "slug", **kwargs):
        self.view_name, self.lookup_field, self.template = view_name, lookup_field, None
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, record):
        if self.template is None:
            url = reverse(self.view_name, kwargs={self.lookup_field: self.STAND_IN})
            request = self.context.get("request")
            self.template = request.build_absolute_uri(url) if request else url
        return self.template.replace(self.STAND_IN, str(getattr(record, self.lookup_field)))


class OptionalURLField(serializers.URLField):
    """A URL, or null where the record has none (an empty string is no URL)."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, read_only=True, **kwargs)

    def to_representation(self, value):
        return value or None


class OrganisationSerializer(serializers.ModelSerializer):
    url = LinkField("api:organisation-detail")
    page = LinkField("articles:organisation-detail")
    aliases = serializers.ListField(source="alias_list", child=serializers.CharField())

    class Meta:
        model = Organisation
        fields = ["url", "page", "slug", "name", "acronym", "aliases", "article_count"]


class OrganisationSummarySerializer(OrganisationSerializer):
    class Meta(OrganisationSerializer.Meta):
        fields = ["url", "name", "acronym"]


class SpeakerSerializer(serializers.ModelSerializer):
    url = LinkField("api:speaker-detail")
    page = LinkField("articles:speaker-detail")
    organisation = OrganisationSummarySerializer(allow_null=True)
    aliases = serializers.ListField(source="alias_list", child=serializers.CharField())

    class Meta:
        model = Speaker
        fields = [
            "url",
            "page",
            "slug",
            "name",
            "title",
            "organisation",
            "is_organisation",
            "aliases",
            "quote_count",
        ]


class SpeakerSummarySerializer(SpeakerSerializer):
    class Meta(SpeakerSerializer.Meta):
        fields = ["url", "name", "title", "organisation"]


class ArticleSerializer(serializers.ModelSerializer):
    url = LinkField("api:article-detail")
    page = LinkField("articles:article-detail")
    source_url = OptionalURLField(source="url", help_text="Where the article was published.")

    class Meta:
        model = Article
        fields = [
            "url",
            "page",
            "slug",
            "title",
            "source",
            "published",
            "dateline",
            "source_url",
            "quote_count",
        ]


class ArticleSummarySerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = ["url", "page", "title", "source", "published", "source_url"]


class QuoteSerializer(serializers.ModelSerializer):
    url = LinkField("api:quote-detail", "pk")
    page = LinkField("articles:quote-detail", "pk")
    speaker = SpeakerSummarySerializer(allow_null=True)
    article = ArticleSummarySerializer()

    class Meta:
        model = Quote
        fields = ["url", "page", "id", "text", "partial", "verb", "speaker", "article"]


class ReadOnlySchema(AutoSchema):
    """Every operation's answers besides 200: what a client must be ready for."""

    errors = {
        "400": "A filter's value is invalid; the body names the parameter.",
        "404": "No such record, or a cursor this API did not make.",
        "429": "Too many requests from this address; Retry-After says when to come back.",
    }

    def _get_response_bodies(self, direction="response"):
        bodies = super()._get_response_bodies(direction)
        errors = self.errors.items()
        if not self._is_list_view():  # a record takes no filters
            errors = [(code, text) for code, text in errors if code != "400"]
        return bodies | {code: {"description": text} for code, text in errors}


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    schema = ReadOnlySchema()
    filter_backends = [DjangoFilterBackend]
    pagination_class = SortedCursor
    throttle_classes = [ApiThrottle]


class ArticleViewSet(ReadOnlyViewSet):
    """Articles, filtered as on /articles/."""

    queryset = Article.objects.defer("body", "search_document")
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilter
    lookup_field = "slug"


class QuoteViewSet(ReadOnlyViewSet):
    """Quotes with their speaker and article, filtered as on /quotes/."""

    queryset = Quote.objects.with_context().defer(
        "search_document", "article__body", "article__search_document"
    )
    serializer_class = QuoteSerializer
    filterset_class = QuoteFilter


class SpeakerViewSet(ReadOnlyViewSet):
    """Speakers, filtered as on /speakers/."""

    queryset = Speaker.objects.select_related("organisation")
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter
    lookup_field = "slug"


class OrganisationViewSet(ReadOnlyViewSet):
    """Organisations, filtered as on /organisations/."""

    queryset = Organisation.objects.all()
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    lookup_field = "slug"

"""The read-only JSON API under /api/: the list pages' FilterSets over cursor-paged records
that link to one another by URL and carry what a citation needs."""

from django.conf import settings
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.pagination import CursorPagination
from rest_framework.throttling import SimpleRateThrottle

from articles.filters import ArticleFilter, OrganisationFilter, QuoteFilter, SpeakerFilter
from articles.models import Article, Organisation, Quote, Speaker


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


class NewestFirstCursor(CursorPagination):
    """Newest record first by id: a cursor on a unique, unchanging key, so page 4,000 costs
    what page 1 does."""

    ordering = "-pk"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


def page_url(obj, request) -> str:
    return request.build_absolute_uri(obj.get_absolute_url())


@extend_schema_field(OpenApiTypes.URI)
class PageField(serializers.Field):
    """The record's web page, absolute."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return page_url(value, self.context["request"])


class OptionalURLField(serializers.URLField):
    """A URL, or null where the record has none (an empty string is no URL)."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, read_only=True, **kwargs)

    def to_representation(self, value):
        return value or None


class OrganisationSerializer(serializers.HyperlinkedModelSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:organisation-detail", lookup_field="slug"
    )
    page = PageField()
    aliases = serializers.ListField(source="alias_list", child=serializers.CharField())

    class Meta:
        model = Organisation
        fields = ["url", "page", "slug", "name", "acronym", "aliases", "article_count"]


class OrganisationSummarySerializer(OrganisationSerializer):
    class Meta(OrganisationSerializer.Meta):
        fields = ["url", "name", "acronym"]


class SpeakerSerializer(serializers.HyperlinkedModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:speaker-detail", lookup_field="slug")
    page = PageField()
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


class ArticleSerializer(serializers.HyperlinkedModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:article-detail", lookup_field="slug")
    page = PageField()
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


class QuoteSerializer(serializers.HyperlinkedModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:quote-detail")
    page = PageField()
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
        errors = (
            self.errors
            if self._is_list_view()
            else {"404": self.errors["404"]} | {"429": self.errors["429"]}
        )
        return bodies | {code: {"description": text} for code, text in errors.items()}


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    schema = ReadOnlySchema()
    filter_backends = [DjangoFilterBackend]
    pagination_class = NewestFirstCursor
    throttle_classes = [ApiThrottle]
    authentication_classes = []


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

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from articles import api

app_name = "api"

router = DefaultRouter()
router.register("articles", api.ArticleViewSet, basename="article")
router.register("quotes", api.QuoteViewSet, basename="quote")
router.register("speakers", api.SpeakerViewSet, basename="speaker")
router.register("organisations", api.OrganisationViewSet, basename="organisation")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    *router.urls,
]

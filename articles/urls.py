from django.urls import path

from articles import api, feeds, views
from articles.export import CsvExportView

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path(
        "articles/export.csv",
        CsvExportView.as_view(viewset=api.ArticleViewSet, filename="articles"),
        name="article-export",
    ),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("quotes/", views.QuoteListView.as_view(), name="quote-list"),
    path(
        "quotes/export.csv",
        CsvExportView.as_view(viewset=api.QuoteViewSet, filename="quotes"),
        name="quote-export",
    ),
    path("quotes/feed/", feeds.QuoteSearchFeed(), name="quote-feed"),
    path("quotes/<int:pk>/", views.QuoteDetailView.as_view(), name="quote-detail"),
    path("analyse/", views.AnalyseView.as_view(), name="analyse"),
    path("speakers/", views.SpeakerListView.as_view(), name="speaker-list"),
    path(
        "speakers/export.csv",
        CsvExportView.as_view(viewset=api.SpeakerViewSet, filename="speakers"),
        name="speaker-export",
    ),
    path("speakers/<slug:slug>/", views.SpeakerDetailView.as_view(), name="speaker-detail"),
    path("speakers/<slug:slug>/feed/", feeds.SpeakerQuotesFeed(), name="speaker-feed"),
    path("organisations/", views.OrganisationListView.as_view(), name="organisation-list"),
    path(
        "organisations/export.csv",
        CsvExportView.as_view(viewset=api.OrganisationViewSet, filename="organisations"),
        name="organisation-export",
    ),
    path(
        "organisations/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path(
        "organisations/<slug:slug>/feed/",
        feeds.OrganisationArticlesFeed(),
        name="organisation-feed",
    ),
]

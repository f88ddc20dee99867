from django.urls import path

from articles import api, feeds, views
from articles.export import CsvExportView

app_name = "articles"


def csv_export(noun: str, viewset):
    """``<noun>s/export.csv``: the list page's filtered rows as CSV, in its API's columns."""
    return path(
        f"{noun}s/export.csv",
        CsvExportView.as_view(viewset=viewset, filename=f"{noun}s"),
        name=f"{noun}-export",
    )


urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    csv_export("article", api.ArticleViewSet),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("quotes/", views.QuoteListView.as_view(), name="quote-list"),
    csv_export("quote", api.QuoteViewSet),
    path("quotes/feed/", feeds.QuoteSearchFeed(), name="quote-feed"),
    path("quotes/<int:pk>/", views.QuoteDetailView.as_view(), name="quote-detail"),
    path("analyse/", views.AnalyseView.as_view(), name="analyse"),
    path("speakers/", views.SpeakerListView.as_view(), name="speaker-list"),
    csv_export("speaker", api.SpeakerViewSet),
    path("speakers/<slug:slug>/", views.SpeakerDetailView.as_view(), name="speaker-detail"),
    path("speakers/<slug:slug>/feed/", feeds.SpeakerQuotesFeed(), name="speaker-feed"),
    path("organisations/", views.OrganisationListView.as_view(), name="organisation-list"),
    csv_export("organisation", api.OrganisationViewSet),
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

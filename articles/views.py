"""Thin views over the models' querysets and the FilterSets in filters.py."""

from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView, TemplateView

from articles.models import Article, Organisation, Quote, Speaker


class HomeView(TemplateView):
    template_name = "articles/home.html"


class ArticleListView(ListView):
    model = Article
    paginate_by = 25
    template_name = "articles/article_list.html"


class ArticleDetailView(DetailView):
    model = Article
    template_name = "articles/article_detail.html"


class QuoteListView(ListView):
    model = Quote
    paginate_by = 25
    template_name = "articles/quote_list.html"


class QuoteDetailView(DetailView):
    """A quote's permanent link: its place in the article."""

    def get(self, request, pk):
        quote = get_object_or_404(Quote.objects.select_related("article"), pk=pk)
        return redirect(f"{quote.article.get_absolute_url()}#quote-{quote.position}")


class SpeakerListView(ListView):
    model = Speaker
    paginate_by = 25
    template_name = "articles/speaker_list.html"


class SpeakerDetailView(DetailView):
    model = Speaker
    template_name = "articles/speaker_detail.html"


class OrganisationListView(ListView):
    model = Organisation
    paginate_by = 25
    template_name = "articles/organisation_list.html"


class OrganisationDetailView(DetailView):
    model = Organisation
    template_name = "articles/organisation_detail.html"

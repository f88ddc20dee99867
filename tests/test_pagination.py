"""Deep pages: the same rows, in the same order, as plain OFFSET pagination gives."""

import datetime

import pytest
from django.core.paginator import Paginator

from articles import pagination
from articles.models import Article
from articles.pagination import DeepPaginator
from tests.conftest import make_article


@pytest.fixture
def articles():
    day = datetime.date(2024, 1, 1)
    for n in range(23):
        make_article(published=day + datetime.timedelta(days=n % 7) if n % 5 else None)
    return Article.objects.newest_first()


@pytest.mark.django_db
def test_a_deep_page_holds_the_rows_plain_pagination_gives(articles, monkeypatch):
    monkeypatch.setattr(pagination, "DEEP", 5)
    for number in (1, 2, 3, 5):
        deep = DeepPaginator(articles, 5).page(number)
        plain = Paginator(articles, 5).page(number)
        assert list(deep) == list(plain)
        assert (deep.has_next(), deep.start_index()) == (plain.has_next(), plain.start_index())


@pytest.mark.django_db
def test_a_deep_page_is_two_queries_and_a_shallow_one_one(
    articles, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(pagination, "DEEP", 5)
    paginator = DeepPaginator(articles, 5)
    assert paginator.count == 23
    with django_assert_num_queries(2):
        list(paginator.page(3))
    with django_assert_num_queries(1):
        list(paginator.page(1))


@pytest.mark.django_db
def test_the_article_list_serves_deep_pages_in_order(articles, monkeypatch, client):
    monkeypatch.setattr(pagination, "DEEP", 5)
    for _ in range(7):
        make_article(published=datetime.date(2020, 1, 1))
    expected = list(Article.objects.newest_first())[25:]

    response = client.get("/articles/", {"page": 2})

    assert list(response.context["page_obj"]) == expected

"""Deep pages: the same rows, in the same order, as plain OFFSET pagination gives."""

import datetime
import re

import pytest
from django.core.paginator import Paginator
from django.db import connection

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


@pytest.mark.django_db
def test_up_to_the_counted_rows_the_count_is_exact(articles, monkeypatch):
    monkeypatch.setattr(pagination, "COUNTED_UP_TO", 23)
    paginator = DeepPaginator(articles, 5)
    assert (paginator.count, paginator.estimated) == (23, False)


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner estimates")
def test_past_the_counted_rows_the_count_is_postgresqls_estimate(articles, monkeypatch, client):
    monkeypatch.setattr(pagination, "COUNTED_UP_TO", 5)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")  # so that the planner knows there are 23
    paginator = DeepPaginator(articles, 5)
    assert (paginator.count, paginator.estimated, paginator.at_least) == (23, True, False)
    html = client.get("/articles/").content.decode()
    assert "about 23 articles" in html
    assert html.count('class="article-row"') == 23  # all, whatever the estimate


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner estimates")
def test_an_estimate_below_the_counted_rows_reads_more_than(articles, monkeypatch, client):
    """A word's share is unknown to the planner here (no statistics): it guesses a row or two
    where 23 articles match, so the page says "more than 5", never "about 6"."""
    monkeypatch.setattr(pagination, "COUNTED_UP_TO", 5)
    html = client.get("/articles/", {"q": "nothing", "sort": "newest"}).content.decode()
    assert "more than 5 articles" in html
    assert "about" not in re.search(r'class="result-count".*?</p>', html, re.S).group(0)

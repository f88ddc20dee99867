"""The FilterSets and the full-text search behind them, on SQLite and PostgreSQL alike."""

import datetime

import pytest
from django.db import connection

from articles.filters import ArticleFilter, OrganisationFilter, QuoteFilter, SpeakerFilter
from articles.models import Article, Quote
from articles.search import MAX_SEARCH_TERMS, search_terms
from tests.conftest import make_article, make_organisation, make_quote, make_speaker

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's own full-text search"
)


def filtered(filterset_class, **data) -> list:
    filterset = filterset_class(data, queryset=filterset_class._meta.model.objects.all())
    assert filterset.is_valid(), filterset.errors
    return list(filterset.qs)


@pytest.fixture
def ceasefire():
    """Three articles about a ceasefire, one only in its headline, one only in its text."""
    return {
        "headline": make_article(
            "Ceasefire holds in the north",
            body="QAMISHLI - Fighting stopped overnight.",
            published=datetime.date(2024, 1, 1),
        ),
        "body": make_article(
            "Talks in Ankara",
            body="ANKARA - Negotiators discussed a ceasefire and the return of refugees.",
            published=datetime.date(2024, 3, 1),
        ),
        "neither": make_article(
            "Aid convoy reaches Aleppo",
            body="ALEPPO - Trucks carried food and medicine to the city.",
            published=datetime.date(2024, 2, 1),
        ),
    }


def test_every_filter_is_declared_on_its_filterset():
    assert list(ArticleFilter().form.fields) == [
        "q",
        "speaker",
        "organisation",
        "source",
        "dateline",
        "published_after",
        "published_before",
        "has_quotes",
        "sort",
    ]
    assert list(QuoteFilter().form.fields) == [
        "speaker",
        "q",
        "organisation",
        "article",
        "mentioning",
        "dateline",
        "published_after",
        "published_before",
        "hide_short",
        "sort",
    ]
    assert list(SpeakerFilter().form.fields) == ["name", "organisation", "sort"]
    assert list(OrganisationFilter().form.fields) == ["name", "sort"]


# --- Full-text search, one behaviour on both databases ------------------------------------


def test_search_looks_in_headline_and_text(ceasefire):
    found = set(Article.objects.search("ceasefire"))
    assert found == {ceasefire["headline"], ceasefire["body"]}


def test_search_ignores_case(ceasefire):
    assert set(Article.objects.search("CEASEFIRE")) == set(Article.objects.search("ceasefire"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ceasefire refugees", {"body"}),
        ("ceasefire -refugees", {"headline"}),
        ('"food and medicine"', {"neither"}),
        ('"medicine and food"', set()),
        ("refugees or trucks", {"body", "neither"}),
        ("", set()),
    ],
)
def test_search_understands_websearch_syntax(ceasefire, text, expected):
    assert set(Article.objects.search(text)) == {ceasefire[name] for name in expected}


def test_while_searching_the_default_order_is_best_match_and_otherwise_newest(ceasefire):
    searched = filtered(ArticleFilter, q="ceasefire")
    if connection.vendor == "postgresql":
        assert searched == [ceasefire["headline"], ceasefire["body"]]  # the headline weighs more
    else:
        assert searched == [ceasefire["body"], ceasefire["headline"]]  # no ranking: newest
    assert filtered(ArticleFilter, q="ceasefire", sort="oldest") == [
        ceasefire["headline"],
        ceasefire["body"],
    ]
    assert filtered(ArticleFilter, sort="relevance") == filtered(ArticleFilter, sort="newest")


def test_an_article_search_carries_the_body_the_snippet_is_cut_from(ceasefire):
    (article,) = Article.objects.search("refugees")
    assert article.searched_body == article.body and "refugees" in article.body


def test_quote_search_matches_the_quote_words_only():
    article = make_article("Ceasefire talk", body="KYIV - The talks went on.")
    make_quote(article, "We want peace and nothing less")
    other = make_quote(article, "The ceasefire is fragile")
    assert list(Quote.objects.search("peace")) == [article.quotes.get(position=0)]
    assert list(Quote.objects.search("ceasefire")) == [other]
    assert list(Quote.objects.search("talks")) == []


def test_search_terms_split_websearch_syntax_into_alternatives():
    assert search_terms('a "b c" or d -e') == [(["a", "b c"], []), (["d"], ["e"])]
    assert search_terms("-only -excluded") == []


def test_search_terms_past_the_cap_are_ignored():
    words = [f"word{n}" for n in range(1000)]
    assert search_terms(" ".join(words)) == [(words[:MAX_SEARCH_TERMS], [])]


def test_a_thousand_words_search_without_error_on_either_database(ceasefire):
    """SQLite refused the expression a term per word built ("Expression tree is too large")."""
    words = " ".join(["ceasefire"] * 1000)
    assert set(Article.objects.search(words)) == {ceasefire["headline"], ceasefire["body"]}


@on_postgresql
def test_postgresql_search_uses_the_gin_indexes(ceasefire):
    """The indexes are on exactly the expressions the searches match against."""
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            for queryset, index in [
                (Article.objects.search("ceasefire"), "article_search_idx"),
                (Quote.objects.search("ceasefire"), "quote_search_idx"),
            ]:
                # Unordered, as when counting the matches: the match itself reads the index.
                assert index in queryset.order_by().explain()
        finally:
            cursor.execute("SET enable_seqscan = on")


@on_postgresql
def test_postgresql_search_finds_other_forms_of_a_word(ceasefire):
    assert set(Article.objects.search("refugee")) == {ceasefire["body"]}


# --- Filters that need a little logic -----------------------------------------------------


def test_article_speaker_filter_lists_each_article_once():
    miller = make_speaker("Matthew Miller", aliases="Miller")
    article = make_article("Briefing")
    for text in ("First answer", "Second answer", "Third answer"):
        make_quote(article, text, miller)
    assert filtered(ArticleFilter, speaker="miller") == [article]


def test_quote_organisation_filter_means_whom_the_speaker_speaks_for():
    sdf = make_organisation("Syrian Democratic Forces", acronym="SDF")
    spokesman = make_speaker("Farhad Shami", organisation=sdf)
    outsider = make_speaker("Matthew Miller")
    article = make_article("On the SDF", body="The SDF said little.")
    article.organisations.add(sdf)
    theirs = make_quote(article, "We hold the line", spokesman)
    make_quote(article, "We support the SDF", outsider)
    assert filtered(QuoteFilter, organisation=sdf.slug) == [theirs]


def test_article_organisation_filter_lists_each_article_once():
    sdf = make_organisation("Syrian Democratic Forces", acronym="SDF")
    ypg = make_organisation("People's Protection Units", acronym="YPG", aliases="SDF backbone")
    article = make_article("On the SDF and the YPG")
    article.organisations.add(sdf, ypg)
    make_article("Elsewhere").organisations.add(make_organisation("United Nations"))
    assert filtered(ArticleFilter, organisation="sdf") == [article]
    assert filtered(ArticleFilter, organisation=ypg.slug) == [article]


def test_has_quotes_uses_the_stored_count():
    quoted = make_article("Quoted")
    make_quote(quoted, "Something said")
    silent = make_article("Silent")
    assert filtered(ArticleFilter, has_quotes="yes") == [quoted]
    assert filtered(ArticleFilter, has_quotes="no") == [silent]


def test_organisations_are_found_by_name_acronym_or_alias():
    sdf = make_organisation("Syrian Democratic Forces", acronym="SDF", aliases="Kurdish-led SDF")
    make_organisation("United Nations", acronym="UN")
    for text in ("syrian", "SDF", "sdf", "kurdish"):
        assert filtered(OrganisationFilter, name=text) == [sdf]

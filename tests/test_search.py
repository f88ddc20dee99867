"""Searches stay bounded and forgiving: capped input with a form error, no runaway query, and
matching blind to accents and hyphens, on SQLite and PostgreSQL alike."""

from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from articles import search
from articles.models import Article, Quote, Speaker
from articles.pagination import DeepPaginator
from articles.search import MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS
from tests.conftest import make_article, make_quote, make_speaker

pytestmark = pytest.mark.django_db

# Every page with a search or name box, and the box's parameter.
SEARCH_BOXES = [
    ("articles:home", "q"),
    ("articles:article-list", "q"),
    ("articles:article-list", "speaker"),
    ("articles:quote-list", "q"),
    ("articles:quote-list", "speaker"),
    ("articles:speaker-list", "name"),
    ("articles:organisation-list", "name"),
]


@pytest.fixture
def ceasefire():
    article = make_article("Ceasefire holds", body="GAZA - The ceasefire held overnight.")
    make_quote(article, "The ceasefire held", make_speaker("Matthew Miller"))
    return article


@pytest.mark.parametrize("name, parameter", SEARCH_BOXES)
@pytest.mark.parametrize(
    "value, error",
    [
        (" ".join(["ceasefire"] * (MAX_SEARCH_TERMS + 1)), f"at most {MAX_SEARCH_TERMS} words"),
        ("c" * (MAX_SEARCH_LENGTH + 1), f"at most {MAX_SEARCH_LENGTH} characters"),
    ],
)
def test_an_over_long_search_gets_a_form_error_on_every_page(
    client, ceasefire, name, parameter, value, error
):
    response = client.get(reverse(name), {parameter: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="field-errors" role="alert"' in html and error in html
    if name == "articles:home":  # nothing was searched for
        assert "Results for" not in html
    else:
        assert "Please correct the filters" in html


@pytest.mark.parametrize("name, parameter", SEARCH_BOXES)
def test_a_search_at_the_cap_is_answered(client, ceasefire, name, parameter):
    value = " ".join(["ceasefire"] * MAX_SEARCH_TERMS)
    html = client.get(reverse(name), {parameter: value}).content.decode()
    assert "field-errors" not in html


def test_a_thousand_words_from_the_address_bar_give_a_page_not_an_error(client, ceasefire):
    words = " ".join(f"word{n}" for n in range(1000))
    for name in ("articles:home", "articles:article-list", "articles:quote-list"):
        assert client.get(reverse(name), {"q": words}).status_code == 200


def test_the_rows_shown_get_a_snippet_around_the_match(client):
    body = "BEIRUT - " + "Calm returned. " * 60 + "Then refugees crossed the border at dawn."
    make_article("Border report", body=body)
    html = client.get(reverse("articles:article-list"), {"q": "refugees"}).content.decode()
    assert "<mark>refugees</mark> crossed the border at dawn." in html
    assert "…Calm returned." in html and "BEIRUT" not in html


def test_a_phrase_search_cuts_the_snippet_around_the_phrase_and_marks_it_whole(client):
    body = (
        "AMMAN - The strike hit a market. "
        + "Talks went on. " * 40
        + "Officials said a drone strike near the port killed two."
    )
    make_article("Strike report", body=body)
    html = client.get(reverse("articles:article-list"), {"q": '"drone strike"'}).content.decode()
    assert "<mark>drone strike</mark> near the port" in html
    assert "Strike report</a>" in html  # a word of the phrase alone is no match
    assert "AMMAN" not in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statement_timeout")
def test_a_query_past_the_statement_timeout_gets_the_too_broad_page(client, settings):
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO articles_article (title, slug, body, dateline, source, url, origin, "
            "content_hash, quote_count, created, updated) "
            "SELECT 'Ceasefire ' || n, 'ceasefire-' || n, repeat('The ceasefire held. ', 20), "
            "'', '', '', 'bulk/' || n, '', 0, now(), now() FROM generate_series(1, 5000) n"
        )
    settings.WEB_STATEMENT_TIMEOUT_MS = 1  # too short for ranking 5,000 matches

    response = client.get(reverse("articles:article-list"), {"q": "ceasefire"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "Search too broad" in html and "narrow it" in html


@pytest.fixture
def spellings():
    """Two articles naming one man and one truce in two spellings each."""
    accented = make_article(
        "Ankara talks", body="ANKARA - The cease-fire will hold, President Erdoğan said."
    )
    plain = make_article("Truce in the north", body="IDLIB - The ceasefire held, Erdogan said.")
    make_quote(accented, "The cease-fire will hold", make_speaker("Recep Tayyip Erdoğan"))
    make_quote(plain, "The ceasefire held", make_speaker("Selahattin Demirtas"))
    return accented, plain


@pytest.mark.parametrize("typed", ["Erdogan", "ERDOĞAN", "erdoğan"])
def test_speaker_search_is_blind_to_accents(client, spellings, typed):
    assert [s.name for s in Speaker.objects.matching(typed)] == ["Recep Tayyip Erdoğan"]
    html = client.get(reverse("articles:quote-list"), {"speaker": typed}).content.decode()
    assert "The cease-fire will hold" in html and "The ceasefire held" not in html


def test_a_plain_name_finds_the_accented_speaker_and_the_other_way_round(spellings):
    assert [s.name for s in Speaker.objects.matching("Demirtaş")] == ["Selahattin Demirtas"]


@pytest.mark.parametrize("typed", ["Erdogan", "Erdoğan", "ceasefire", "cease-fire"])
def test_word_search_is_blind_to_accents_and_hyphens(spellings, typed):
    assert set(Article.objects.search(typed)) == set(spellings)
    assert Quote.objects.search(typed).count() == (2 if "fire" in typed else 0)


def test_a_hyphenated_word_is_still_found_by_its_parts(spellings):
    accented, _ = spellings
    assert accented in set(Article.objects.search("fire"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's ranking")
def test_relevance_ranks_a_bounded_set_and_date_sorting_lists_all(monkeypatch, client):
    old = make_article("Ceasefire ceasefire", body="X - Ceasefire.", published=date(2020, 1, 1))
    new = make_article("Talks", body="Y - A ceasefire, maybe.", published=date(2024, 1, 1))
    assert list(Article.objects.search("ceasefire").best_match_first()) == [old, new]
    assert list(Article.objects.search("ceasefire").newest_first()) == [new, old]
    monkeypatch.setattr(search, "RANKED", 1)  # only one match is ranked and listed
    assert len(Article.objects.search("ceasefire").best_match_first()) == 1
    assert list(Article.objects.search("ceasefire").newest_first()) == [new, old]
    by_rank = client.get("/articles/", {"q": "ceasefire"}).content.decode()
    assert "the first 1 articles found, best match first (sort by date to list every" in by_rank
    by_date = client.get("/articles/", {"q": "ceasefire", "sort": "newest"}).content.decode()
    assert "2 articles" in by_date and "best match first" not in by_date


def test_the_first_found_are_the_matches_of_every_filter_and_no_more(monkeypatch):
    speaker = make_speaker("Orla Vantreck")
    for n in range(5):
        make_quote(make_article(f"Harbour talks {n}"), f"The harbour opens {n}", speaker)
    again = make_article("Harbour again")
    make_quote(again, "The harbour stays shut")  # someone else's
    make_article("Dry valley", body="Z - No water here.")
    theirs = Quote.objects.search("harbour").filter(speaker=speaker)
    monkeypatch.setattr(search, "RANKED", 3)
    ranked = theirs.best_match_first()
    assert len(ranked.ranked_keys) == 3 and list(ranked) == list(theirs.filter(pk__in=ranked))
    assert set(ranked.ranked_keys) < set(theirs.values_list("pk", flat=True))
    monkeypatch.setattr(search, "RANKED", 10)
    assert sorted(theirs.best_match_first().ranked_keys) == sorted(
        theirs.values_list("pk", flat=True)
    )
    assert Article.objects.search("harbour -talks").best_match_first().ranked_keys == [again.pk]


def test_a_search_with_a_filter_that_matches_nobody_ranks_nothing_and_answers(client):
    make_quote(make_article("Harbour talks"), "The harbour opens", make_speaker("Orla Vantreck"))
    nobody = {"q": "harbour", "speaker": "Nobody Atall"}
    for path in ("/quotes/", "/api/quotes/"):
        response = client.get(path, nobody)
        assert response.status_code == 200
        assert "The harbour opens" not in response.content.decode()


def test_a_ranked_page_reads_only_its_own_rows_and_is_counted_as_found(
    monkeypatch, django_assert_num_queries
):
    for n in range(4):
        make_article(f"Harbour talks {n}", published=date(2020, 1, n + 1))
    monkeypatch.setattr(search, "RANKED", 3)
    ranked = Article.objects.search("harbour").best_match_first()
    paginator = DeepPaginator(ranked, 2)
    with django_assert_num_queries(0):
        assert paginator.count == 3
    with django_assert_num_queries(1) as page:
        assert [a.pk for a in paginator.page(2)] == ranked.ranked_keys[2:]
    where = page.captured_queries[0]["sql"].split("WHERE")[1]
    assert where.count(" IN (") == 1 and f"IN ({ranked.ranked_keys[2]})" in where
    later = ranked.filter(published__gte=date(2020, 1, 2))
    assert not hasattr(later, "ranked_keys")
    assert DeepPaginator(later, 2).count == len(list(later))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_the_planner_reads_rows_by_key_at_ssd_cost():
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's TOAST")
def test_an_articles_search_document_stays_in_its_row_for_the_phrase_recheck():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'articles_article'::regclass"
            " AND attname = 'search_document'"
        )
        assert cursor.fetchone()[0] == "m"  # MAIN: compressed in the row, out of it last

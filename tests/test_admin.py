"""The admin: every model's pages load for staff, stay closed to others, and correct data."""

import subprocess

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from articles.models import Article, Organisation, Quote, Speaker
from tests.conftest import (
    PROJECT_DIR,
    make_article,
    make_linked_records,
    make_organisation,
    make_quote,
    make_speaker,
    quote_form,
)
from tests.scratch_databases import (
    create_database,
    drop_database,
    manage,
    manage_env,
    suite_vendor,
)

pytestmark = pytest.mark.django_db

MODELS = [Article, Organisation, Speaker, Quote]


@pytest.fixture
def records():
    sdf = make_organisation("Syrian Democratic Forces", "SDF")
    miller = make_speaker("Matthew Miller", title="Spokesperson", aliases="Miller")
    article = make_article(title="Aleppo offensive")
    article.organisations.add(sdf)
    quote = make_quote(article, "We push every party", speaker=miller)
    return {Article: article, Organisation: sdf, Speaker: miller, Quote: quote}


def admin_url(model, action, *args):
    return reverse(f"admin:articles_{model._meta.model_name}_{action}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_staff_sees_changelist_search_add_and_change_pages(admin_client, records, model):
    record = records[model]

    changelist = admin_client.get(admin_url(model, "changelist"))
    search = admin_client.get(admin_url(model, "changelist"), {"q": "Miller"})
    change = admin_client.get(admin_url(model, "change", record.pk))
    add = admin_client.get(admin_url(model, "add"))

    assert changelist.status_code == search.status_code == add.status_code == 200
    assert change.status_code == 200
    assert str(record)[:40] in changelist.content.decode()
    assert change.context["original"] == record


# The session, its user, the counts, the rows and the list filters' choices: the same number of
# queries for 3 rows and for 30.
CHANGELIST_QUERIES = {Article: 8, Organisation: 5, Speaker: 5, Quote: 6}


@pytest.mark.parametrize("n", [3, 30])
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_changelist_runs_the_same_few_queries_for_3_or_30_rows(
    admin_client, django_assert_num_queries, n, model
):
    make_linked_records(n)
    with django_assert_num_queries(CHANGELIST_QUERIES[model]):
        response = admin_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == model.objects.count() >= n


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_anonymous_visitor_is_sent_to_login(client, records, model):
    for url in (
        admin_url(model, "changelist"),
        admin_url(model, "add"),
        admin_url(model, "change", records[model].pk),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))


def test_search_finds_speaker_by_alias_and_quote_by_speaker(admin_client, records):
    speakers = admin_client.get(admin_url(Speaker, "changelist"), {"q": "Miller"})
    quotes = admin_client.get(admin_url(Quote, "changelist"), {"q": "Matthew"})

    assert list(speakers.context["cl"].result_list) == [records[Speaker]]
    assert list(quotes.context["cl"].result_list) == [records[Quote]]


def test_article_page_shows_its_quotes_inline(admin_client, records):
    response = admin_client.get(admin_url(Article, "change", records[Article].pk))

    inline = response.context["inline_admin_formsets"][0]
    assert [form.instance for form in inline.formset.initial_forms] == [records[Quote]]


def test_speaker_page_shows_their_quotes(admin_client, records):
    response = admin_client.get(admin_url(Speaker, "change", records[Speaker].pk))

    assert "We push every party" in response.content.decode()


def test_autocomplete_finds_speakers_and_organisations_by_acronym(admin_client, records):
    url = reverse("admin:autocomplete")
    field = {"app_label": "articles", "model_name": "quote", "field_name": "speaker"}
    speakers = admin_client.get(url, {**field, "term": "Miller"}).json()
    organisations = admin_client.get(
        url,
        {
            "app_label": "articles",
            "model_name": "speaker",
            "field_name": "organisation",
            "term": "SDF",
        },
    ).json()

    assert [r["text"] for r in speakers["results"]] == ["Matthew Miller"]
    assert [r["text"] for r in organisations["results"]] == ["Syrian Democratic Forces (SDF)"]


def test_merge_action_asks_which_to_keep_then_merges(admin_client, records):
    miller = records[Speaker]
    duplicate = make_speaker("Matt Miller")
    make_quote(records[Article], "Another line", speaker=duplicate)
    selected = {"action": "merge_speakers", "_selected_action": [miller.pk, duplicate.pk]}

    confirm = admin_client.post(admin_url(Speaker, "changelist"), selected)
    assert confirm.status_code == 200
    assert "Merge speakers" in confirm.content.decode()
    assert "<span>1 quote</span>" in confirm.content.decode()

    done = admin_client.post(
        admin_url(Speaker, "changelist"), {**selected, "merge_into": miller.pk}
    )

    assert done.status_code == 302
    assert list(Speaker.objects.all()) == [miller]
    miller.refresh_from_db()
    assert miller.quote_count == 2
    assert "Matt Miller" in miller.alias_list
    assert Article.objects.get().edited_in_admin is not None
    assert [m.message for m in get_messages(done.wsgi_request)] == [
        "Merged 1 speaker into Matthew Miller."
    ]


def test_reattributing_a_quote_recounts_and_marks_the_article_edited(admin_client, records):
    quote = records[Quote]
    other = make_speaker("Jane Doe")

    response = admin_client.post(
        admin_url(Quote, "change", quote.pk),
        quote_form(quote, speaker=other.pk),
    )

    assert response.status_code == 302
    assert Speaker.objects.get(pk=other.pk).quote_count == 1
    assert Speaker.objects.get(pk=records[Speaker].pk).quote_count == 0
    assert Article.objects.get().edited_in_admin is not None


def test_make_superuser_without_a_terminal_creates_the_account_from_the_environment(tmp_path):
    database = create_database(suite_vendor(), "superuser", tmp_path)
    try:
        manage(database, "migrate", "--noinput", "--verbosity", "0")
        result = subprocess.run(
            ["make", "--no-print-directory", "superuser"],
            cwd=PROJECT_DIR,
            env=manage_env(
                database,
                DJANGO_SUPERUSER_USERNAME="editor",
                DJANGO_SUPERUSER_EMAIL="editor@example.org",
                DJANGO_SUPERUSER_PASSWORD="a-long-test-password",
            ),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert database.query("SELECT username, email, is_superuser, is_staff FROM auth_user") == [
            ("editor", "editor@example.org", True, True)
        ]
    finally:
        drop_database(database)


@pytest.fixture
def staff_client(client, django_user_model):
    """An editor: staff, with every permission on the app's records, but no superuser."""
    editor = django_user_model.objects.create_user("editor", password="unused", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(content_type__app_label="articles"))
    client.force_login(editor)
    return client


def run_action(client, model, action, rows, **fields):
    selected = {"action": action, "_selected_action": [row.pk for row in rows]}
    return client.post(admin_url(model, "changelist"), {**selected, **fields})


def assert_action_page(response, model):
    """Full breadcrumb back to the list, and a Cancel that goes there."""
    page = response.content.decode()
    changelist = admin_url(model, "changelist")
    assert response.status_code == 200
    assert f'<a href="{reverse("admin:app_list", args=["articles"])}">' in page
    assert f'<a href="{changelist}">{model._meta.verbose_name_plural.capitalize()}</a>' in page
    assert f'<a href="{changelist}" class="button cancel-link">Cancel</a>' in page


def test_merge_speakers_page_shows_organisation_aliases_counts_and_two_sample_quotes(
    staff_client, records
):
    miller = records[Speaker]
    Speaker.objects.filter(pk=miller.pk).update(
        organisation=make_organisation("US State Department")
    )
    duplicate = make_speaker("Matt Miller", aliases="M. Miller")
    for text in ("First of three", "Second of three", "Third of three"):
        make_quote(records[Article], text, speaker=duplicate)

    response = run_action(staff_client, Speaker, "merge_speakers", [miller, duplicate])

    assert_action_page(response, Speaker)
    candidates = {c["row"].name: c for c in response.context["candidates"]}
    assert candidates["Matthew Miller"]["aliases"] == ["Miller"]
    assert candidates["Matt Miller"]["samples"] == ["Third of three", "Second of three"]
    page = response.content.decode()
    for shown in ("of US State Department", "1 quote<", "3 quotes<", "M. Miller", "We push every"):
        assert shown in page
    assert "First of three" not in page


def test_merge_organisations_keeps_names_and_moves_articles_speakers_and_quotes(
    staff_client, records
):
    kept = make_organisation("UN High Commissioner for Refugees", "UNHCR")
    other = make_organisation("UN Refugee Agency", "UNRA", aliases="the refugee agency")
    article = make_article(title="Camps fill")
    article.organisations.add(other, kept)
    second = make_article(title="Winter aid")
    second.organisations.add(other)
    spokesman = make_speaker("Ali Hassan", organisation=other)
    quote = make_quote(make_article(title="Talks"), "We need funds", speaker=spokesman)
    Organisation.objects.refresh_counts()

    confirm = run_action(staff_client, Organisation, "merge_organisations", [kept, other])
    assert_action_page(confirm, Organisation)
    assert "the refugee agency" in confirm.content.decode()
    done = run_action(
        staff_client, Organisation, "merge_organisations", [kept, other], merge_into=kept.pk
    )

    assert done.status_code == 302
    assert list(Organisation.objects.filter(name__startswith="UN")) == [kept]
    kept.refresh_from_db()
    assert kept.acronym == "UNHCR"
    assert kept.alias_list == ["UN Refugee Agency", "UNRA", "the refugee agency"]
    assert set(kept.articles.all()) == {article, second}
    assert kept.article_count == 2
    assert Speaker.objects.get(pk=spokesman.pk).organisation == kept
    assert Quote.objects.get(pk=quote.pk).speaker.organisation == kept
    edited = Article.objects.filter(edited_in_admin__isnull=False)
    assert set(edited) == {article, second, quote.article}


def test_speaker_that_is_an_organisation_becomes_one_and_keeps_its_quotes(staff_client, records):
    sdf = records[Organisation]
    as_acronym = make_speaker("SDF")
    new_body = make_speaker("Hamas")
    article = make_article(title="Truce")
    make_quote(article, "We accept", speaker=new_body)
    make_quote(article, "We agree too", speaker=as_acronym)

    response = run_action(
        staff_client, Speaker, "speakers_are_organisations", [as_acronym, new_body]
    )

    assert response.status_code == 302
    as_acronym.refresh_from_db()
    new_body.refresh_from_db()
    assert (as_acronym.is_organisation, as_acronym.organisation) == (True, sdf)
    hamas = Organisation.objects.get(name="Hamas")
    assert (new_body.is_organisation, new_body.organisation) == (True, hamas)
    assert (new_body.quote_count, as_acronym.quote_count) == (1, 1)
    assert set(article.organisations.all()) == {sdf, hamas}
    assert hamas.article_count == 1
    assert Article.objects.get(pk=article.pk).edited_in_admin is not None


def test_set_speaker_of_many_quotes_asks_with_the_autocomplete_then_reassigns(
    staff_client, records
):
    miller = records[Speaker]
    article = records[Article]
    wrong = make_speaker("Continued")
    quotes = [make_quote(article, f"Line {n}", speaker=wrong) for n in range(3)]
    unattributed = make_quote(make_article(title="Other"), "Nobody said this")
    chosen = [*quotes, unattributed]

    confirm = run_action(staff_client, Quote, "set_speaker", chosen)
    assert_action_page(confirm, Quote)
    page = confirm.content.decode()
    assert 'class="admin-autocomplete' in page and 'data-model-name="quote"' in page
    assert "Nobody said this" in page

    done = run_action(staff_client, Quote, "set_speaker", chosen, apply="1", speaker=miller.pk)

    assert done.status_code == 302
    assert set(Quote.objects.filter(speaker=miller)) == {records[Quote], *chosen}
    assert Speaker.objects.get(pk=miller.pk).quote_count == 5
    assert Speaker.objects.get(pk=wrong.pk).quote_count == 0
    assert Article.objects.filter(edited_in_admin__isnull=True).count() == 0


@pytest.fixture
def quotes_to_review():
    article = make_article(title="Review me")
    sure = make_speaker("Jane Roe")
    return {
        "sure": make_quote(article, "Fine", speaker=sure, confidence="high"),
        "organisation": make_quote(
            article, "Also fine", speaker=make_speaker("Hamas", is_organisation=True)
        ),
        "low": make_quote(article, "Unsure", speaker=sure, confidence="low"),
        "nobody": make_quote(article, "Said by nobody"),
        "one word": make_quote(article, "One word", speaker=make_speaker("Continued")),
        "lower case": make_quote(article, "Lower", speaker=make_speaker("the minister")),
        "no letters": make_quote(article, "Digits", speaker=make_speaker("12 34")),
    }


def test_needs_review_filter_lists_unsure_unattributed_and_nameless_quotes(
    staff_client, quotes_to_review
):
    response = staff_client.get(admin_url(Quote, "changelist"), {"review": "needed"})

    expected = {k: q for k, q in quotes_to_review.items() if k not in ("sure", "organisation")}
    assert set(response.context["cl"].result_list) == set(expected.values())
    assert "Needs review" in response.content.decode()


def test_quote_needing_review_is_fixed_from_the_filtered_list(staff_client, quotes_to_review):
    quote = quotes_to_review["nobody"]
    roe = Speaker.objects.get(name="Jane Roe")
    listed = staff_client.get(admin_url(Quote, "changelist"), {"review": "needed", "q": "nobody"})
    row = listed.context["cl"].formset.forms[0]
    assert row.instance == quote
    assert 'class="admin-autocomplete' in str(row["speaker"])

    saved = staff_client.post(
        admin_url(Quote, "changelist") + "?review=needed&q=nobody",
        {
            "form-TOTAL_FORMS": 1,
            "form-INITIAL_FORMS": 1,
            "form-0-id": quote.pk,
            "form-0-speaker": roe.pk,
            "_save": "Save",
        },
    )

    assert saved.status_code == 302
    assert Quote.objects.get(pk=quote.pk).speaker == roe
    assert Speaker.objects.get(pk=roe.pk).quote_count == 3
    assert Article.objects.get(pk=quote.article_id).edited_in_admin is not None


def test_article_page_lists_quote_text_and_speaker_first_with_offsets_folded(staff_client, records):
    response = staff_client.get(admin_url(Article, "change", records[Article].pk))

    page = response.content.decode()
    text, speaker = page.index('name="quotes-0-text"'), page.index('name="quotes-0-speaker"')
    folded = page.index("<details", speaker)
    assert text < speaker < folded < page.index('name="quotes-0-start"')
    assert "Matthew Miller" in page[speaker:folded]


def fill_archive(articles: int) -> Article:
    """``articles`` articles, each mentioning an organisation and quoting its speaker twice
    (once unsure, once with no speaker); the last article."""
    for n in range(articles):
        organisation = make_organisation(f"Council {n}", f"C{n}")
        speaker = make_speaker(f"Jane Roe {n}", organisation=organisation)
        article = make_article(title=f"Article {n}", source=f"Wire {n}")
        article.organisations.add(organisation)
        make_quote(article, f"Words {n}", speaker=speaker, confidence="low")
        make_quote(article, f"More words {n}")
    return article


@pytest.mark.parametrize("articles", [1, 6])
def test_needs_review_list_query_count_does_not_grow_with_rows(
    admin_client, django_assert_num_queries, articles
):
    fill_archive(articles)

    with django_assert_num_queries(CHANGELIST_QUERIES[Quote]):
        response = admin_client.get(admin_url(Quote, "changelist"), {"review": "needed"})

    assert len(response.context["cl"].result_list) == 2 * articles


@pytest.mark.parametrize("quotes", [1, 8])
def test_article_page_query_count_does_not_grow_with_its_quotes(
    admin_client, django_assert_num_queries, quotes
):
    article = make_article(title="Many voices")
    for n in range(quotes):
        make_quote(article, f"Line {n}", speaker=make_speaker(f"Speaker Number {n}"))
    admin_client.get(admin_url(Article, "change", article.pk))  # content types cached

    with django_assert_num_queries(6):
        response = admin_client.get(admin_url(Article, "change", article.pk))

    assert f"Speaker Number {quotes - 1}" in response.content.decode()


def test_article_page_names_the_copies_imported_as_duplicates(staff_client, records):
    records[Article].other_origins.create(origin="/wire/copy-of-aleppo.txt")

    response = staff_client.get(admin_url(Article, "change", records[Article].pk))

    assert "/wire/copy-of-aleppo.txt" in response.content.decode()

"""The admin: every model's pages load for staff, stay closed to others, and correct data."""

import subprocess

import pytest
from django.urls import reverse

from articles.models import Article, Organisation, Quote, Speaker
from tests.conftest import (
    PROJECT_DIR,
    make_article,
    make_organisation,
    make_quote,
    make_speaker,
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

    done = admin_client.post(
        admin_url(Speaker, "changelist"), {**selected, "merge_into": miller.pk}
    )

    assert done.status_code == 302
    assert list(Speaker.objects.all()) == [miller]
    miller.refresh_from_db()
    assert miller.quote_count == 2
    assert "Matt Miller" in miller.alias_list
    assert Article.objects.get().edited_in_admin is not None


def test_reattributing_a_quote_recounts_and_marks_the_article_edited(admin_client, records):
    quote = records[Quote]
    other = make_speaker("Jane Doe")

    response = admin_client.post(
        admin_url(Quote, "change", quote.pk),
        {
            "article": quote.article_id,
            "speaker": other.pk,
            "text": quote.text,
            "start": quote.start,
            "end": quote.end,
            "verb": "said",
            "position": quote.position,
        },
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

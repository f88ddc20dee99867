"""What a journalist reading the pages expects of them: titles set as labels, an organisation
that speaks told from a person, and no "first" and "latest" quote where nothing is dated. Every
name here is made up."""

import datetime

import pytest
from django.urls import reverse

from articles.models import Speaker
from tests.conftest import make_article, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def quoted(speaker: Speaker, *published) -> Speaker:
    """The speaker with a quote in a new article for each date (None: undated)."""
    for n, date in enumerate(published):
        make_quote(make_article(published=date), f"We will stand firm, part {n}.", speaker)
    Speaker.objects.filter(pk=speaker.pk).refresh_counts()
    return speaker


def test_a_title_written_in_lowercase_starts_with_a_capital_in_the_speakers_list(client):
    quoted(make_speaker("Amara Diallo", title="prime minister"), None)

    page = client.get(reverse("articles:speaker-list")).content.decode()

    assert "Prime minister" in page
    assert ">prime minister<" not in page


def test_a_title_written_in_lowercase_starts_with_a_capital_on_the_speakers_page(client):
    speaker = quoted(make_speaker("Amara Diallo", title="interior minister"), None)

    page = client.get(speaker.get_absolute_url()).content.decode()

    assert "<span>Interior minister</span>" in page


def test_an_organisation_speaking_for_itself_says_so_in_the_speakers_list(client):
    quoted(make_speaker("Tarvo Liberation Front", is_organisation=True), None)
    quoted(make_speaker("Jana Novak"), None)

    page = client.get(reverse("articles:speaker-list")).content.decode()

    assert page.count("Organisation speaking") == 1


def test_a_speaker_quoted_only_in_undated_articles_shows_no_first_and_latest_quote(client):
    speaker = quoted(make_speaker("Jana Novak"), None, None)

    page = client.get(speaker.get_absolute_url()).content.decode()

    assert "On record" not in page
    assert "No dated quotes." in page


def test_a_speaker_quoted_on_a_date_shows_the_first_and_latest_quote(client):
    speaker = quoted(make_speaker("Jana Novak"), datetime.date(2024, 3, 1), None)

    page = client.get(speaker.get_absolute_url()).content.decode()

    assert "On record" in page
    assert "1 Mar 2024" in page


def test_the_needs_review_list_says_why_each_quote_needs_review(admin_client):
    article = make_article(title="Review me")
    make_quote(article, "Unsure", speaker=make_speaker("Jana Novak"), confidence="low")
    make_quote(article, "Said by nobody")
    make_quote(article, "One word", speaker=make_speaker("Continued"))
    changelist = reverse("admin:articles_quote_changelist")

    rows = admin_client.get(changelist, {"review": "needed"}).context["cl"].result_list
    page = admin_client.get(changelist, {"review": "needed"}).content.decode()

    reasons = {quote.text: "; ".join(quote.review_reasons()) for quote in rows}
    assert reasons == {
        "Unsure": "low confidence",
        "Said by nobody": "no speaker",
        "One word": "speaker looks like no name",
    }
    assert "Needs review because" in page
    assert all(reason in page for reason in reasons.values())


@pytest.mark.parametrize(
    ("page", "default"),
    [
        ("articles:article-list", "Default: newest first; best match when searching words."),
        ("articles:quote-list", "Default: newest first; best match when searching words."),
        ("articles:speaker-list", "Default: most quoted."),
        ("articles:organisation-list", "Default: most mentioned."),
    ],
)
def test_the_sort_box_says_which_order_a_list_is_in_before_one_is_chosen(client, page, default):
    assert default in client.get(reverse(page)).content.decode()

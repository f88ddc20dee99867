"""The analyser: paste a text, see the quotes marked with speaker, rule and confidence, the
speakers and organisations; nothing saved; CSRF, a per-client rate and form errors."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from articles.extraction import extract
from articles.forms import ANALYSE_LIMIT
from articles.models import Article, Organisation, Quote, Speaker

pytestmark = pytest.mark.django_db

TEXT = (
    "Ministers meet over river dispute\n\n"
    "GENEVA - The World Health Organization (WHO) warned on Tuesday that clinics were short of "
    "fuel.\n\n"
    "“We cannot keep the generators running beyond Friday,” said Dr Amara Okafor, the WHO’s "
    "regional director.\n\n"
    "“Every hour counts,” Okafor added."
)


@pytest.fixture(autouse=True)
def fresh_rate(settings):
    settings.ANALYSE_RATE = "1000/min"
    cache.clear()


def analyse(client, text):
    return client.post(reverse("articles:analyse"), {"text": text})


def test_the_page_offers_a_form_that_works_without_javascript(client):
    html = client.get(reverse("articles:analyse")).content.decode()
    assert '<form method="post" action="/analyse/#analysis-heading"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<button type="submit">Analyse</button>' in html


def test_the_text_comes_back_marked_with_speaker_rule_and_confidence(client):
    expected = extract(TEXT)
    response = analyse(client, TEXT)
    assert response.status_code == 200
    html = response.content.decode()
    assert len(expected.quotes) == 2
    for n, quote in enumerate(expected.quotes, 1):
        assert f'<mark class="quote quote--found">{quote.text}</mark>' in html.replace(
            "&#x27;", "'"
        )
        assert f'href="#found-{n}">[{n} {quote.speaker}]</a>' in html
        row = html[html.index(f'<tr id="found-{n}">') :].split("</tr>")[0]
        assert quote.speaker in row and f"<code>{quote.rule}</code>" in row
        if quote.confidence:
            assert quote.confidence in row
    assert "Amara Okafor" in expected.quotes[0].speaker
    assert "World Health Organization <abbr>WHO</abbr>" in html
    assert "2 quotes, 1 speaker, 1 organisation" in html


def test_nothing_is_saved(client):
    analyse(client, TEXT)
    for model in (Article, Quote, Speaker, Organisation):
        assert not model.objects.exists()


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "Paste the text of an article to analyse."),
        ("   \n ", "Paste the text of an article to analyse."),
        (
            "x" * (ANALYSE_LIMIT + 1),
            f"That is {ANALYSE_LIMIT + 1} characters; the analyser takes up to {ANALYSE_LIMIT}.",
        ),
    ],
)
def test_empty_or_overlong_text_gets_a_form_error(client, text, error):
    response = analyse(client, text)
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert "What Newsroom found" not in html


def test_text_in_the_page_is_escaped(client):
    html = analyse(
        client, "<b>Head</b>\n\n“<script>alert(1)</script> is here,” said Jo Bloggs."
    ).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_post_without_the_csrf_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    assert client.post(reverse("articles:analyse"), {"text": TEXT}).status_code == 403


def test_a_client_past_the_rate_gets_429_with_retry_after(client, settings):
    settings.ANALYSE_RATE = "2/min"
    assert [analyse(client, TEXT).status_code for _ in range(3)] == [200, 200, 429]
    response = analyse(client, TEXT)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "Please wait" in response.content.decode()
    other = Client(REMOTE_ADDR="10.0.0.2")
    assert analyse(other, TEXT).status_code == 200

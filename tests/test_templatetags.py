"""Turning article text into HTML: quotes marked by offsets, matched words highlighted,
the quotes-over-time chart; always escaping what came from a file."""

import datetime
import re
from types import SimpleNamespace

import pytest

from articles.templatetags.newsroom import (
    article_body,
    datalist,
    highlight,
    periods,
    quote_card,
    quote_chart,
    snippet,
)
from tests.conftest import make_article, make_organisation, make_quote, make_speaker


def quote(start, end, position=0, speaker=None):
    return SimpleNamespace(start=start, end=end, position=position, speaker=speaker)


def speaker(name="Matthew Miller", title="Spokesperson"):
    return SimpleNamespace(name=name, title=title, get_absolute_url=lambda: "/speakers/m/")


def body_html(body, quotes):
    return str(article_body(SimpleNamespace(body=body), quotes))


def test_each_paragraph_becomes_a_p_and_quotes_are_marked_at_their_offsets():
    body = "KYIV - It began.\n\n“We will stay,” he said.\n\nThe end."
    start = body.index("We will")
    html = body_html(body, [quote(start, start + len("We will stay,"), 3, speaker())])
    assert html == (
        "<p>KYIV - It began.</p>\n"
        '<p>“<a class="quote" href="/speakers/m/" id="quote-3" '
        'title="Matthew Miller, Spokesperson">We will stay,<span class="quote__who"> '
        "(Matthew Miller, Spokesperson)</span></a>” he said.</p>\n"
        "<p>The end.</p>"
    )


def test_a_quote_across_paragraphs_is_marked_in_each_with_one_anchor():
    body = "“First part.\n\nSecond part,” she said."
    html = body_html(body, [quote(1, body.index("”"), 0)])
    assert html.count('class="quote quote-unattributed"') == 2
    assert html.count('id="quote-0"') == 1
    assert html.startswith('<p>“<span class="quote quote-unattributed" id="quote-0"')


def test_quotes_outside_the_body_or_overlapping_another_are_left_unmarked():
    body = "Short text here."
    html = body_html(body, [quote(0, 5, 0), quote(3, 10, 1), quote(10, 99, 2), quote(7, 7, 3)])
    assert html.count('class="quote') == 1 and 'id="quote-0"' in html
    assert html.endswith("</span></span> text here.</p>")


def test_everything_from_the_file_is_escaped_even_inside_quotes():
    body = "<script>x()</script>\n\n“<img src=x onerror=y()>” said <b>him</b>."
    start = body.index("<img")
    html = body_html(body, [quote(start, body.index("”"), 0, speaker('"><script>', "<t>"))])
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=y()&gt;" in html
    assert 'title="&quot;&gt;&lt;script&gt;, &lt;t&gt;"' in html


def test_highlight_marks_matched_words_and_their_other_forms():
    html = highlight("Civilians and a civilian <b>convoy</b>", "civilians convoy")
    assert html == (
        "<mark>Civilians</mark> and a <mark>civilian</mark> &lt;b&gt;<mark>convoy</mark>&lt;/b&gt;"
    )


def test_highlight_ignores_excluded_words_and_empty_queries():
    assert highlight("peace and war", "peace -war") == "<mark>peace</mark> and war"
    assert highlight("<i>as is</i>", "") == "&lt;i&gt;as is&lt;/i&gt;"


def test_a_snippet_is_cut_at_words_around_the_first_match():
    text = " ".join(f"filler{n}" for n in range(100)) + " the ceasefire held " + "tail " * 100
    cut = snippet(text, "ceasefires")
    assert cut.startswith("…filler") and cut.endswith("tail…")
    assert "the ceasefire held" in cut and len(cut) <= 320
    assert snippet("Short text, no match", "ceasefire") == "Short text, no match"


def test_chart_periods_fill_the_months_between_and_show_at_least_a_year():
    rows = [
        {"month": datetime.date(2024, 1, 1), "n": 2},
        {"month": datetime.date(2024, 4, 1), "n": 1},
    ]
    assert periods(rows)[-4:] == [
        (datetime.date(2024, 1, 1), 2, "Jan 2024"),
        (datetime.date(2024, 2, 1), 0, "Feb 2024"),
        (datetime.date(2024, 3, 1), 0, "Mar 2024"),
        (datetime.date(2024, 4, 1), 1, "Apr 2024"),
    ]
    assert len(periods(rows)) == 12 and periods(rows)[0][2] == "May 2023"


def test_chart_periods_become_years_over_a_long_span():
    rows = [
        {"month": datetime.date(2015, 6, 1), "n": 2},
        {"month": datetime.date(2024, 4, 1), "n": 1},
    ]
    assert [label for _, _, label in periods(rows)] == [str(year) for year in range(2015, 2025)]


def test_chart_bars_are_scaled_to_the_busiest_period():
    chart = quote_chart(
        [{"month": datetime.date(2024, 1, 1), "n": 4}, {"month": datetime.date(2024, 2, 1), "n": 1}]
    )
    tall, short = chart["bars"][-2:]
    assert tall["height"] == 4 * short["height"]
    assert chart["peak"] == 4 and chart["first"] == "Mar 2023" and chart["last"] == "Feb 2024"
    assert quote_chart([])["bars"] == []


def test_highlight_is_blind_to_accents_and_hyphens_as_the_search_is():
    text = "Erdoğan and Erdogan agreed a cease-fire, then a ceasefire"
    marked = "<mark>Erdoğan</mark> and <mark>Erdogan</mark> agreed a <mark>cease-fire</mark>"
    assert highlight(text, "Erdogan ceasefire").startswith(marked)
    assert highlight(text, "erdoğan cease-fire").endswith("then a <mark>ceasefire</mark>")


def test_datalist_escapes_names_and_takes_values_or_value_label_pairs():
    html = datalist("names", ['Jane "JR" <Roe>', ("Alpha & Omega", "A&O")])
    assert html == (
        '<datalist id="names"><option value="Jane &quot;JR&quot; &lt;Roe&gt;"></option>'
        '<option value="Alpha &amp; Omega">A&amp;O</option></datalist>'
    )


@pytest.mark.django_db
def test_a_quote_card_links_speaker_organisation_article_and_quote_page_escaping_all():
    party = make_organisation("Free <Peace> Party", acronym="F&P")
    person = make_speaker("Tarin <b>Vell</b>", title="envoy & aide", organisation=party)
    article = make_article(
        "Talks <i>resume</i>",
        url="https://example.org/a?x=1&y=2",
        published=datetime.date(2024, 3, 5),
    )
    quote = make_quote(article, "We <will> talk about the ceasefire again", person)
    html = str(quote_card(quote, query="ceasefire", speaker_query="Vell"))
    assert html.startswith('<figure class="quote-card">')
    assert ' cite="https://example.org/a?x=1&amp;y=2"' in html
    assert "“We &lt;will&gt; talk about the <mark>ceasefire</mark> again”" in html
    assert (
        f'href="{person.get_absolute_url()}">Tarin &lt;b&gt;<mark>Vell</mark>&lt;/b&gt;</a>' in html
    )
    assert '<span class="quote-card__title">, envoy &amp; aide</span>' in html
    assert f'<a href="{party.get_absolute_url()}">F&amp;P</a>' in html
    assert f'href="{quote.get_place_url()}">Talks &lt;i&gt;resume&lt;/i&gt;</a>' in html
    assert '<time datetime="2024-03-05">5 Mar 2024</time>' in html
    assert f'<a class="quote-card__cite" href="{quote.get_absolute_url()}">Cite</a>' in html
    assert "<b>" not in html and "<i>" not in html and "<will>" not in html


@pytest.mark.django_db
def test_a_quote_card_says_when_the_speaker_is_not_named_and_compact_keeps_two_links():
    article = make_article("Undated talks")
    quote = make_quote(article, "So-called", None)
    html = str(quote_card(quote))
    assert html.startswith('<figure class="quote-card quote-card--short">\n  <blockquote>')
    assert "Speaker not named" in html and "<time" not in html
    compact = str(quote_card(quote, compact=True))
    assert compact.startswith('<figure class="quote-card quote-card--compact quote-card--short">')
    assert re.findall(r'href="([^"]+)"', compact) == [
        quote.get_place_url(),
        quote.get_absolute_url(),
    ]
    assert "Speaker not named" not in compact and "Undated talks" not in compact


@pytest.mark.django_db
def test_a_body_speaking_as_itself_is_named_once_on_its_quote_card():
    ministry = make_organisation("Ministry of Water Resources")
    speaking = make_speaker(ministry.name, is_organisation=True, organisation=ministry)
    quote = make_quote(make_article("Dams"), "The reservoirs are full", speaking)
    html = str(quote_card(quote))
    assert html.count("Ministry of Water Resources") == 1
    assert speaking.speaks_for is None
    spokesman = make_speaker("Ilya Sorokin", organisation=ministry)
    assert spokesman.speaks_for == ministry

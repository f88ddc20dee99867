"""Template helpers that turn article text into HTML. Every character from an article file
goes through ``format_html``, ``html.escape`` or ``conditional_escape``; nothing from a file is marked
safe unescaped."""

import datetime
import functools
import html
import json
import re

from django import template
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.links import fixed_url
from articles.search import fold, search_terms

register = template.Library()


def join_html(pieces, separator="") -> SafeString:
    """Join pieces, escaping any that is not already safe; one join, not a format_html call a
    piece."""
    return mark_safe(conditional_escape(separator).join(map(conditional_escape, pieces)))


@register.simple_tag
def section_url(view_name: str) -> str:
    """``{% url view_name %}`` for a page of no arguments, reversed once: every page links the
    site's sections."""
    return fixed_url(view_name)


# --- An article body with its quotes marked in place ---------------------------------------


def quote_spans(body: str, quotes) -> list:
    """(start, end, quote) for the quotes whose offsets lie inside the body, in order;
    a quote overlapping the one before it is left unmarked rather than nested."""
    spans, reached = [], 0
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if reached <= quote.start < quote.end <= len(body):
            spans.append((quote.start, quote.end, quote))
            reached = quote.end
    return spans


def marked_quote(text: str, quote, first: bool) -> SafeString:
    """One quote, or the part of it inside one paragraph, linked to its speaker."""
    anchor = format_html(' id="quote-{}"', quote.position) if first else ""
    speaker = quote.speaker
    if speaker is None:
        return format_html(
            '<span class="quote quote-unattributed"{} title="Speaker not named">{}'
            '<span class="visually-hidden"> (speaker not named)</span></span>',
            anchor,
            text,
        )
    who = f"{speaker.name}, {speaker.title}" if speaker.title else speaker.name
    return format_html(
        '<a class="quote" href="{}"{} title="{}">{}<span class="quote__who"> ({})</span></a>',
        speaker.get_absolute_url(),
        anchor,
        who,
        text,
        who,
    )


def found_quote(text: str, number: int, quote, first: bool) -> SafeString:
    """A quote the analyser found, or its part in one paragraph; the first part is numbered
    as in the table, with its speaker in plain sight (phones have no hover)."""
    marked = format_html('<mark class="quote quote--found">{}</mark>', text)
    if not first:
        return marked
    return format_html(
        '{}<a class="found-ref" href="#found-{}">[{}{}]</a>',
        marked,
        number,
        number,
        f" {quote.speaker}" if quote.speaker else "",
    )


def paragraph_html(body: str, start: int, end: int, spans, mark=marked_quote) -> SafeString:
    """One paragraph: its text escaped by ``html.escape`` (what Django's ``escape`` calls, here
    without its wrapper's cost, a hundred pieces an article), its quotes marked by ``mark``."""
    pieces, at = [], start
    for quote_start, quote_end, quote in spans:
        if quote_end <= start or quote_start >= end:
            continue
        left, right = max(quote_start, start), min(quote_end, end)
        pieces.append(html.escape(body[at:left]))
        pieces.append(conditional_escape(mark(body[left:right], quote, first=quote_start >= start)))
        at = right
    pieces.append(html.escape(body[at:end]))
    return mark_safe("".join(pieces))


def body_html(body: str, quotes, mark=marked_quote) -> SafeString:
    """The body as paragraphs (split on blank lines), each quote marked by its offsets."""
    spans = quote_spans(body, quotes)
    paragraphs, at = [], 0
    for part in body.split("\n\n"):
        start, end = at, at + len(part)
        at = end + 2
        if part.strip():
            paragraphs.append(f"<p>{paragraph_html(body, start, end, spans, mark)}</p>")
    return mark_safe("\n".join(paragraphs))


@register.simple_tag
def article_body(article, quotes) -> SafeString:
    return body_html(article.body, quotes)


@register.simple_tag
def analysed_body(analysis) -> SafeString:
    """An ExtractedArticle's body with each quote marked, numbered as in its table."""
    numbers = {id(quote): n for n, quote in enumerate(analysis.quotes, 1)}

    def mark(text, quote, first):
        return found_quote(text, numbers[id(quote)], quote, first)

    return body_html(analysis.body, analysis.quotes, mark)


# --- A quote with its speaker and article ------------------------------------------------


@register.simple_tag
def quote_card(quote, query="", speaker_query="", compact=False) -> SafeString:
    """A quote with its speaker and article (``with_context()``), linking to the quote's own
    page ("Cite"); a short (scare) quote is set small, on one line. ``query`` and
    ``speaker_query`` mark the words found in the quote and in the speaker's name. ``compact``
    (a speaker's page, under the article's heading): the quote and its two links only.

    Built here rather than in an included template: 25 cards through the template engine were
    a fifth of a list page's time."""
    article = quote.article
    classes = "quote-card" + " quote-card--compact" * bool(compact)
    classes += " quote-card--short" * quote.is_short
    cite = format_html(' cite="{}"', article.url) if article.url else ""
    if compact:
        caption = format_html(
            '<a href="{}">Read in context</a>\n      <a class="quote-card__cite" href="{}">Cite</a>',
            quote.get_place_url(),
            quote.get_absolute_url(),
        )
    else:
        caption = format_html(
            '{}\n      <span class="quote-card__source">in <a href="{}">{}</a>{}\n'
            '      <a class="quote-card__cite" href="{}">Cite</a></span>',
            card_speaker(quote.speaker, speaker_query),
            quote.get_place_url(),
            article.title,
            format_html(", {}", date_tag(article.published, "j M Y")) if article.published else "",
            quote.get_absolute_url(),
        )
    return format_html(
        '<figure class="{}">\n  <blockquote{}>\n    <p>“{}”</p>\n  </blockquote>\n'
        "  <figcaption>\n    {}\n  </figcaption>\n</figure>\n",
        classes,
        cite,
        highlight(quote.text, query),
        caption,
    )


SPEAKERS_NAMED = 5  # on an article's row; the rest are counted


@register.simple_tag
def article_row(article, query="", with_speakers=False) -> SafeString:
    """An article in a list: headline, date, dateline, source, quotes, the snippet a search
    found and, ``with_speakers``, who speaks (its ``speakers``, ``views.with_speakers``).
    ``query`` marks the words found.

    Built here, as the quote cards are: 25 rows through an included template were 40% of an
    article list's time."""
    published = (
        date_tag(article.published, "j M Y")
        if article.published
        else mark_safe("<span>Undated</span>")
    )
    meta = [published]
    meta += [
        format_html("<span>{}</span>", value)
        for value in (article.dateline, article.source)
        if value
    ]
    count = article.quote_count
    meta.append(format_html("<span>{} quote{}</span>", count, "" if count == 1 else "s"))
    parts = [
        format_html(
            '<h3 class="article-row__title"><a href="{}">{}</a></h3>',
            article.get_absolute_url(),
            highlight(article.title, query),
        ),
        format_html('<p class="meta">\n    {}\n  </p>', join_html(meta, "\n    ")),
    ]
    if searched := getattr(article, "searched_body", ""):
        parts.append(
            format_html('<p class="snippet">{}</p>', highlight(snippet(searched, query), query))
        )
    if with_speakers and (speakers := article.speakers):
        named = join_html(
            (
                format_html('<a href="{}">{}</a>', speaker.get_absolute_url(), speaker.name)
                for speaker in speakers[:SPEAKERS_NAMED]
            ),
            ", ",
        )
        more = len(speakers) - SPEAKERS_NAMED
        parts.append(
            format_html(
                '<p class="speakers"><span class="speakers__label">Speaking:</span>\n    {}{}\n  </p>',
                named,
                f" and {more} more" if more > 0 else "",
            )
        )
    return format_html('<li class="article-row">\n  {}\n</li>\n', join_html(parts, "\n  "))


def card_speaker(speaker, speaker_query: str) -> SafeString:
    if speaker is None:
        return mark_safe(
            '<span class="quote-card__speaker quote-card__speaker--unknown">Speaker not named</span>'
        )
    title = format_html('<span class="quote-card__title">, {}</span>', speaker.title)
    organisation = speaker.speaks_for
    return format_html(
        '<a class="quote-card__speaker" href="{}">{}</a>{}{}',
        speaker.get_absolute_url(),
        highlight(speaker.name, speaker_query),
        title if speaker.title else "",
        format_html(
            '<span class="quote-card__org"> · <a href="{}">{}</a></span>',
            organisation.get_absolute_url(),
            organisation.acronym or organisation.name,
        )
        if organisation
        else "",
    )


def date_tag(day, shown: str) -> SafeString:
    """``<time>`` of a date, machine-readable and as ``shown`` (a date filter format)."""
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), date_format(day, shown))


# --- Machine-readable markup --------------------------------------------------------------

# Django's json_script escapes: no text inside can close the <script> element.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def datalist(list_id: str, options) -> SafeString:
    """``<datalist id=list_id>`` of (value, label) pairs or plain values, the suggestions of a
    name field. Built in one pass, each value and label escaped by ``html.escape`` (what Django's
    ``escape`` calls): 600 options took 7 ms a page through the template engine, and 2 ms
    through format_html one by one."""
    pairs = (option if isinstance(option, tuple) else (option, "") for option in options)
    return format_html(
        '<datalist id="{}">{}</datalist>',
        list_id,
        mark_safe(
            "".join(
                f'<option value="{html.escape(v)}">{html.escape(label)}</option>'
                for v, label in pairs
            )
        ),
    )


@register.filter
def json_ld(data) -> SafeString:
    """``data`` as a JSON-LD data block. Browsers never run a data block, so the CSP's
    script-src 'self' needs no nonce or hash for it (the browser tests check this)."""
    escaped = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(escaped))


# --- Highlighting matched words ------------------------------------------------------------

SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem, so "civilians" also lights up "civilian" as PostgreSQL's search does."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def accented_forms() -> dict[str, str]:
    """Each plain letter and the accented Latin letters that fold to it ("g": "ĝğġģ...")."""
    forms: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        plain = fold(letter)
        if len(plain) == 1 and plain.isascii() and plain != letter.lower():
            forms[plain] = forms.get(plain, "") + letter
    return forms


ACCENTED = accented_forms()


def blind_to_accents(term: str) -> str:
    """A regular expression for ``term`` (folded) that matches it with or without accents and
    hyphens, as the search found it: "erdogan" also marks "Erdoğan", "ceasefire" "cease-fire"."""
    return "-?".join(
        f"[{re.escape(c)}{ACCENTED[c]}]" if c in ACCENTED else re.escape(c) for c in fold(term)
    )


@functools.lru_cache(maxsize=256)
def highlight_pattern(query: str) -> re.Pattern | None:
    """The marks of one query, made once: a list page highlights every card with the same."""
    terms = {stem(fold(term)) for required, _ in search_terms(query) for term in required}
    terms.discard("")
    if not terms:
        return None
    word = "|".join(
        blind_to_accents(term) + r"\w*" for term in sorted(terms, key=len, reverse=True)
    )
    # Neighbouring matches ("Matthew Miller") become one mark.
    return re.compile(rf"(?<!\w)(?:{word})(?:\s+(?:{word}))*", re.IGNORECASE)


@register.filter
def highlight(text, query="") -> SafeString:
    """``text`` escaped, with the words matching ``query`` in <mark>."""
    text = str(text or "")
    pattern = highlight_pattern(query or "")
    if pattern is None:
        return format_html("{}", text)
    pieces, at = [], 0
    for match in pattern.finditer(text):
        pieces.append(format_html("{}<mark>{}</mark>", text[at : match.start()], match.group()))
        at = match.end()
    pieces.append(format_html("{}", text[at:]))
    return join_html(pieces)


SNIPPET_BEFORE, SNIPPET_LENGTH = 120, 320  # characters


@register.filter
def snippet(text, query="") -> str:
    """The part of ``text`` around the first word matching ``query``, on one line, cut at
    words, with ellipses where it was cut. Made for the rows shown only."""
    text = str(text or "")
    pattern = highlight_pattern(query or "")
    match = pattern.search(text) if pattern else None
    start = max(0, match.start() - SNIPPET_BEFORE) if match else 0
    words = text[start : start + SNIPPET_LENGTH].split()
    cut_before, cut_after = start > 0, start + SNIPPET_LENGTH < len(text)
    words = words[int(cut_before) : len(words) - int(cut_after)] if len(words) > 2 else words
    return f"{'…' if cut_before else ''}{' '.join(words)}{'…' if cut_after else ''}"


@register.filter
def active_filters(form) -> int:
    """How many of a bound filter form's fields have a value."""
    if not form.is_bound:
        return 0
    return sum(1 for name in form.fields if form.data.get(name, "").strip())


# --- Who speaks in an article --------------------------------------------------------------


@register.filter
def speaker_tally(quotes) -> list[tuple]:
    """(speaker, number of quotes here) for the named speakers, most quoted first."""
    counts = {}
    for quote in quotes:
        if quote.speaker is not None:
            speaker, n = counts.get(quote.speaker.pk, (quote.speaker, 0))
            counts[quote.speaker.pk] = (speaker, n + 1)
    return sorted(counts.values(), key=lambda pair: (-pair[1], pair[0].name))


# --- Quotes over time, as an inline SVG bar chart ------------------------------------------

CHART_WIDTH, CHART_HEIGHT, CHART_AXIS = 600, 120, 18
MONTHLY_UP_TO = 48  # beyond this many months the bars are years
AT_LEAST = 12  # months shown, so one busy month still reads as a bar among others


def month_number(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


def periods(rows) -> list[tuple[datetime.date, int, str]]:
    """(start, quotes, label) for every month up to the last, gaps included, at least a
    year of them; by year when the span is long."""
    counts = {}
    for row in rows:
        month = row["month"]
        if isinstance(month, datetime.datetime):
            month = month.date()
        counts[month.replace(day=1)] = counts.get(month.replace(day=1), 0) + row["n"]
    if not counts:
        return []
    first, last = month_number(min(counts)), month_number(max(counts))
    if last - first + 1 > MONTHLY_UP_TO:
        years = {}
        for month, n in counts.items():
            years[month.year] = years.get(month.year, 0) + n
        return [
            (datetime.date(year, 1, 1), years.get(year, 0), str(year))
            for year in range(min(years), max(years) + 1)
        ]
    result = []
    for number in range(min(first, last - AT_LEAST + 1), last + 1):
        start = datetime.date(number // 12, number % 12 + 1, 1)
        result.append((start, counts.get(start, 0), start.strftime("%b %Y")))
    return result


@register.inclusion_tag("includes/quote_chart.html")
def quote_chart(rows, label="Quotes over time"):
    """Bars of quotes per month (or year), drawn on the server."""
    data = periods(rows)
    peak = max((n for _, n, _ in data), default=0)
    step = CHART_WIDTH / max(len(data), 1)
    plot = CHART_HEIGHT - CHART_AXIS
    bars = [
        {
            "x": round(i * step + step * 0.1, 1),
            "width": round(max(step * 0.8, 1), 1),
            "height": round(plot * n / peak, 1) if peak else 0,
            "y": round(plot - (plot * n / peak if peak else 0), 1),
            "n": n,
            "label": text,
        }
        for i, (_, n, text) in enumerate(data)
    ]
    return {
        "bars": bars,
        "peak": peak,
        "label": label,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "plot": plot,
        "first": data[0][2] if data else "",
        "last": data[-1][2] if data else "",
    }

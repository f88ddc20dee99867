"""Whatever arrives, from a browser's address bar or in an article file, the answer is a page,
a clean import or a clean refusal: never a server error, never half an article.

Property-based (hypothesis): the list pages get arbitrary query strings, the importer (and so
the extraction engine behind it) gets arbitrary bytes, text and article-shaped text.
"""

import itertools
from urllib.parse import quote, urlencode

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from articles import urls as article_urls
from articles.importer import ArticleImporter, Outcome
from articles.models import Article, Organisation, Quote, Speaker
from tests.conftest import make_article, make_organisation, make_quote, make_speaker

pytestmark = pytest.mark.django_db

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

LIST_PAGES = [
    pattern
    for pattern in article_urls.urlpatterns
    if not pattern.pattern.converters and hasattr(pattern.callback, "view_class")
]


def parameter_names(pattern) -> list[str]:
    """The query parameters a page reads: its FilterSet's filters, paging, sorting, search."""
    filterset = getattr(pattern.callback.view_class, "filterset_class", None)
    names = list(filterset.base_filters) if filterset else []
    return sorted({*names, "q", "page", "sort", "o"})


# Values that have broken query-string handling somewhere: NUL (PostgreSQL refuses it in
# text), SQL, unbalanced quotes, search operators, markup, huge numbers, impossible dates.
KNOWN_NASTY = [
    "\x00",
    "a\x00b",
    "'; DROP TABLE articles_article; --",
    '"unterminated',
    "-",
    "OR",
    "<script>alert(1)</script>",
    "9" * 40,
    "-1",
    "0",
    "2024-02-30",
    "99999-01-01",
    "%",
    "_",
    "\\",
    "\ud7ff\uffff",
    " " * 3,
    "last",
]
NASTY_VALUES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(KNOWN_NASTY),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)


@pytest.fixture
def rows():
    sdf = make_organisation("Syrian Democratic Forces", "SDF")
    miller = make_speaker("Matthew Miller", organisation=sdf)
    article = make_article(title="Aleppo offensive", body="ALEPPO - Fighting went on.")
    article.organisations.add(sdf)
    make_quote(article, "We push every party", speaker=miller)
    Organisation.objects.filter(pk=sdf.pk).refresh_counts()


def assert_no_server_error(client, url):
    response = client.get(url)
    assert response.status_code < 500, url
    assert response.status_code in {200, 301, 302, 400, 404}, url


@pytest.mark.parametrize("pattern", LIST_PAGES, ids=lambda p: p.name)
def test_list_pages_answer_every_known_nasty_value_in_every_parameter(client, rows, pattern):
    for name in parameter_names(pattern):
        for value in KNOWN_NASTY:
            assert_no_server_error(
                client, f"{reverse(f'articles:{pattern.name}')}?{urlencode({name: value})}"
            )


@pytest.mark.parametrize("pattern", LIST_PAGES, ids=lambda p: p.name)
@PROPERTY
@given(data=st.data())
def test_list_pages_answer_any_parameters_without_a_server_error(client, rows, pattern, data):
    names = parameter_names(pattern)
    query = data.draw(
        st.dictionaries(
            st.one_of(st.sampled_from(names), st.text(max_size=10)),
            st.one_of(NASTY_VALUES, st.lists(NASTY_VALUES, min_size=2, max_size=3)),
            max_size=4,
        )
    )
    assert_no_server_error(
        client, f"{reverse(f'articles:{pattern.name}')}?{urlencode(query, doseq=True)}"
    )


@pytest.mark.parametrize("pattern", LIST_PAGES, ids=lambda p: p.name)
@PROPERTY
@given(raw=st.text(max_size=80))
@example(raw="%00")
@example(raw="q=%ZZ&page=%ff%fe")
@example(raw="&&==&q")
def test_list_pages_answer_any_raw_query_string_without_a_server_error(client, rows, pattern, raw):
    safe = quote(raw, safe="=&%+")
    assert_no_server_error(client, f"{reverse(f'articles:{pattern.name}')}?{safe}")


# Article-shaped text: a headline, a dateline, quotes in several conventions, names and
# organisations, with arbitrary text mixed in between, so extraction goes deep.
FRAGMENTS = st.sampled_from(
    [
        "“We will not stop,” said Jane Doe, a spokeswoman for the World Food Programme (WFP).",
        '"Never," he said.',
        "“Unclosed quote and on",
        "”Reversed marks“",
        "The Syrian Democratic Forces (SDF) said",
        "told reporters",
        "according to",
        "Mr. Smith",
        "(",
        ")",
        "—",
        "‘",
        "’",
        "«Non»",
        "\n\n",
        "\n",
        " ",
        "BEIRUT - ",
        "",
        "\t",
        "\u200b",
        "\ufeff",
        "Dr. A. B. C.",
        "ISIS",
        "U.S.",
        "...",
        "“",
        "”",
        "said",
    ]
)
ARTICLE_TEXT = st.builds(
    lambda headline, parts: headline + "\n\n" + "".join(parts),
    st.text(min_size=1, max_size=40).filter(lambda s: "\n" not in s),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=30),
)
FRONT_MATTER = st.sampled_from(
    [
        "",
        "---\npublished: 2024-12-02\nsource: Wire\n---\n",
        "---\npublished: 2024-12-02\n",
        "---\nurl: javascript:alert(1)\n---\n",
        "---\n---\n",
    ]
)
FILE_CONTENT = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda text: text.encode("utf-8")),
    st.builds(lambda fm, text: (fm + text).encode("utf-8"), FRONT_MATTER, ARTICLE_TEXT),
    st.builds(
        lambda text, encoding: text.encode(encoding, "replace"),
        ARTICLE_TEXT,
        st.sampled_from(["utf-8-sig", "utf-16", "latin-1", "cp1252"]),
    ),
)

_names = itertools.count()


def table_counts() -> dict[str, int]:
    return {m.__name__: m.objects.count() for m in (Article, Quote, Speaker, Organisation)}


@settings(PROPERTY, max_examples=150)
@given(content=FILE_CONTENT)
def test_importer_takes_any_file_whole_or_refuses_it_cleanly(tmp_path, content):
    path = tmp_path / f"hostile_{next(_names)}.txt"
    path.write_bytes(content)
    before = table_counts()

    importer = ArticleImporter()
    outcome, message = importer.import_file(path)
    event(outcome.value)

    if outcome is Outcome.FAILED:
        assert message.startswith(str(path)) or str(path.name) in message
        assert "\n" not in message.strip() or "Traceback" not in message
        assert table_counts() == before
        assert not Article.objects.filter(origin__endswith=path.name).exists()
        return
    if outcome is Outcome.DUPLICATE:  # the same bytes as an earlier example's file
        assert table_counts() == before
        assert f"{path}: duplicate of “" in message
        return
    assert outcome is Outcome.NEW
    article = Article.objects.get(origin__endswith=path.name)
    quotes = list(article.quotes.order_by("position"))
    assert article.title and article.body.strip()
    assert article.quote_count == len(quotes)
    assert [q.position for q in quotes] == list(range(len(quotes)))
    for q in quotes:
        assert article.body[q.start : q.end] == q.text
    assert importer.import_file(path)[0] is Outcome.UNCHANGED

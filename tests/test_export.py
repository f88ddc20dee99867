"""CSV export of the four lists: the API's columns, the whole filtered list, cells a
spreadsheet will not run as formulas."""

import csv
import io

import pytest
from django.urls import reverse

from articles.api import QuoteSerializer
from articles.export import cell, columns
from articles.models import Article, Quote
from tests.conftest import make_article, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def export(client, kind, **params):
    response = client.get(reverse(f"articles:{kind}-export"), params)
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{kind}s.csv"'
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("kind", ["article", "quote", "speaker", "organisation"])
def test_the_header_is_the_api_record_flattened(client, world, kind):
    header, first, *_ = export(client, kind)
    record = client.get(reverse(f"api:{kind}-list")).json()["results"][0]
    flat_names = []
    for name, value in record.items():
        if isinstance(value, dict):
            flat_names += [
                f"{name}.{inner}" for inner in value if not isinstance(value[inner], dict)
            ]
            flat_names += [
                f"{name}.{inner}.{leaf}"
                for inner in value
                if isinstance(value[inner], dict)
                for leaf in value[inner]
            ]
        else:
            flat_names.append(name)
    assert set(header) == set(flat_names)
    assert len(first) == len(header)


def test_quote_columns_carry_the_citation():
    header = columns(QuoteSerializer(context={"request": None}))
    for name in [
        "text",
        "speaker.name",
        "speaker.title",
        "speaker.organisation.name",
        "article.title",
        "article.source",
        "article.published",
        "article.source_url",
        "page",
    ]:
        assert name in header


def test_the_export_is_the_whole_filtered_list_not_one_page(client):
    speaker = make_speaker("Hevi Mustafa")
    article = make_article("Long", published=None)
    for n in range(30):  # more than a page of 25
        make_quote(article, f"Statement number {n} was read out", speaker if n % 2 else None)
    rows = export(client, "quote", speaker="Mustafa")[1:]
    assert len(rows) == Quote.objects.filter(speaker=speaker).count() == 15
    assert len(export(client, "quote")[1:]) == 30


@pytest.mark.parametrize(
    ("kind", "params"),
    [
        ("article", {"organisation": "SDF"}),
        ("article", {"q": "civilians"}),
        ("quote", {"published_before": "2020-01-01"}),
        ("speaker", {"organisation": "SDF"}),
        ("organisation", {"name": "State"}),
    ],
)
def test_rows_are_the_pages_rows_in_the_pages_order(client, world, kind, params):
    page = client.get(reverse(f"articles:{kind}-list"), params).context["object_list"]
    header, *rows = export(client, kind, **params)
    at = header.index("page")
    assert [row[at].removeprefix("http://testserver") for row in rows] == [
        obj.get_absolute_url() for obj in page
    ]
    assert rows


def test_cells_that_a_spreadsheet_would_run_are_neutralised(client):
    article = make_article('=HYPERLINK("http://evil")', source="+cmd", dateline="@SUM(A1)")
    make_quote(article, "-2+3 is what they said", make_speaker("=1+1"))
    header, row = export(client, "quote")
    record = dict(zip(header, row, strict=True))
    assert record["text"] == "'-2+3 is what they said"
    assert record["speaker.name"] == "'=1+1"
    assert record["article.title"] == '\'=HYPERLINK("http://evil")'
    assert record["article.source"] == "'+cmd"
    header, row = export(client, "article")
    assert dict(zip(header, row, strict=True))["dateline"] == "'@SUM(A1)"
    assert Article.objects.get().source == "+cmd"  # the record itself is untouched


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (True, "True"), (3, "3"), (["a", "b"], "a; b"), ("\tx", "'\tx"), ("ok", "ok")],
)
def test_a_cell_is_text(value, text):
    assert cell(value) == text


def test_a_bad_filter_is_a_400_naming_it(client):
    response = client.get(reverse("articles:quote-export"), {"published_after": "soon"})
    assert response.status_code == 400
    assert "published_after" in response.content.decode()


@pytest.mark.parametrize(
    ("kind", "sort"),
    [("article", "oldest"), ("quote", "oldest"), ("speaker", "name"), ("organisation", "name")],
)
def test_each_list_page_links_its_filtered_export(client, world, kind, sort):
    html = client.get(reverse(f"articles:{kind}-list"), {"sort": sort, "page": 1}).content
    expected = reverse(f"articles:{kind}-export") + f"?sort={sort}"
    assert f'href="{expected}" download>Export CSV' in html.decode()

"""Properties that hold for any text whatever: never a crash, offsets always exact."""

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction import extract
from articles.extraction.tokens import tokenize, words_of

PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        " ",
        "\n",
        "\n\n",
        ", ",
        ". ",
        ": ",
        " — ",
        "(",
        ")",
        "said",
        "he",
        "she",
        "it",
        "told",
        "according to",
        "the",
        "Mr.",
        "U.S.",
        "Lindqvist",
        "Anna Berg",
        "Coastal Defence Forces",
        "(CDF)",
        "CDF",
        "spokesperson",
        "We",
        "won",
        "\u00a0",
        "é",
        "x",
        "NATO",
        "WASHINGTON -",
        "who",
        "'s",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_extract_never_raises_and_quotes_are_exact_ordered_and_apart(text):
    article = extract(text)
    end = 0
    for quote in article.quotes:
        assert 0 <= quote.start < quote.end <= len(article.body)
        assert article.body[quote.start : quote.end] == quote.text
        assert quote.start >= end
        end = quote.end


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_every_speaker_of_a_quote_is_listed_once(text):
    article = extract(text)
    names = [s.name for s in article.speakers]
    assert len(names) == len(set(names))
    assert {q.speaker for q in article.quotes if q.speaker} == set(names)


WORD_PIECES = st.sampled_from(
    ["a", "s", "Mr", "U", "S", "com", "org", ".", "'", "’", "_", "-", "–", "&", ",", "(", ")"]
    + [" ", "  ", "\t", "\u00a0", "é", "7"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, st.lists(WORD_PIECES, max_size=40).map("".join)))
def test_tokenize_by_chunks_reads_as_the_whole_text_would(text):
    """A chunk between spaces splits the same wherever it stands, and again from its cache."""
    expected = words_of(text)
    for _ in range(2):
        assert [(t.start, t.end, t.text) for t in tokenize(text, 0, len(text))] == expected

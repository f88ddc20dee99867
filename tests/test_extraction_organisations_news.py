"""Organisations of the kinds the hidden sets hold (issue 9): US political news and agency
releases. Every sentence is made up, with names of many origins."""

import pytest

from articles.extraction import extract


def organisations(text: str) -> dict[str, tuple[str, ...]]:
    """Each organisation found, by name, with its acronym and aliases."""
    found = extract("Headline\n\n" + text).organisations
    return {o.name: tuple(filter(None, (o.acronym, *o.aliases))) for o in found}


# --- two bodies joined by "and" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Senate and House of Representatives will hold hearings on Monday.",
            {"Senate", "House of Representatives"},
        ),
        (
            "Politico and BuzzFeed News reported that Tomasz Nowak had resigned.",
            {"BuzzFeed News"},
        ),
        ("House Democrats and Senate Republicans clashed over the bill.", {"Senate"}),
    ],
)
def test_a_legislature_or_a_brand_before_and_opens_no_longer_name(text, expected):
    assert set(organisations(text)) == expected

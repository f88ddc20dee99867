"""Bodies named after a person the article names: "the Trump campaign", "a Clinton campaign
aide". They are read once the people are known, for a capitalised word before "campaign" names
a place's or a cause's campaign as often ("the Raqqa campaign", "the Senate campaign")."""

from __future__ import annotations

from articles.extraction.bodies import Organisations, run_text
from articles.extraction.kinds import names_a_person
from articles.extraction.tokens import Token, is_place_name

CAMPAIGN_WORDS = frozenset({"campaign", "campaigns"})


def campaigns(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations, person_named
) -> None:
    """A person's name and a lowercase "campaign" name the candidate's campaign, a body that
    speaks and hires: "the Sanders campaign said", "Okafor campaign manager Jo Ferro".
    ``person_named(name, at)`` is the article's person a name refers to, if any."""
    for start, end in runs:
        if end >= len(tokens) or tokens[end].lower not in CAMPAIGN_WORDS or end - start > 3:
            continue
        if tokens[end - 1].possessive:
            continue  # "Clinton's campaign": the text names no body
        name = run_text(tokens, start, end)
        if is_place_name(name):
            continue
        if names_a_person(name) or person_named(name, tokens[start].start) is not None:
            found.add(f"{name} campaign", tokens[start].start)

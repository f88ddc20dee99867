"""A government named by what it governs ("the Fijian government", "Tonga's government", "the
government of Tonga"): it speaks by that name, and a later "the government" or "an official
government account" means the one named last."""

from __future__ import annotations

from collections.abc import Callable

from articles.extraction import lexicon as lx
from articles.extraction.phrases import Phrase
from articles.extraction.tokens import Token

Reader = Callable[[list[Token], int], Phrase | None]


def government_of(read: Reader, tokens: list[Token], i: int) -> Phrase | None:
    """ "the government of Tonga" at ``i`` speaks by that name, as a country does."""
    words = [t.lower for t in tokens[i + 1 : i + 3]]
    if words != ["government", "of"]:
        return None
    country = read(tokens, i + 3)
    if country is None or country.kind != "country":
        return None
    return country._replace(first=i, name=f"government of {country.name}")


def governments_named(sentences: list[list[Token]], read: Reader) -> list[tuple[int, str]]:
    """Each government named by what it governs, with where, in text order."""
    found = []
    for tokens in sentences:
        for m, token in enumerate(tokens):
            if token.text != "government" or token.quote >= 0 or m == 0:
                continue
            before = tokens[m - 1]
            country = government_of(read, tokens, m - 1)
            if country is not None:
                found.append((token.start, country.name))
            elif before.capitalised and before.is_word and before.lower not in lx.DETERMINERS:
                owner = f"government of {before.base}" if before.possessive else ""
                found.append((token.start, owner or f"{before.text} government"))
    return found


GOVERNMENT_REACH = 4
"""Words a subject may hold up to "government": "an official government account"."""


def government_subject(tokens: list[Token], s: int, k: int) -> Token | None:
    """The word "government" in a subject at ``s`` that names no one before ``k``: "The
    government", "an official government account"."""
    for token in tokens[s : min(k, s + GOVERNMENT_REACH)]:
        if not token.is_word or token.capitalised and token.lower not in lx.DETERMINERS:
            return None
        if token.text == "government":
            return token
    return None

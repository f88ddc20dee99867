"""The aside after a name, between commas: what it says of the person ("Pieter Vos, the
ICRC's Middle East director,", "Amina Bello, 24,", "Omar Sy, of the council,")."""

from __future__ import annotations

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import Organisations, organisation_in_run
from articles.extraction.phrases import organisation_named
from articles.extraction.tokens import Token, is_place_name


def apposition(tokens: list[Token], j: int, orgs: Organisations) -> tuple[str, str, bool]:
    """Title, organisation and whether an aside after a name shows a person: "Pieter Vos,
    the ICRC's Middle East director,", "Amina Bello, 24,", "Omar Sy, of the council,"; after
    an age, the next aside may give the title: "Ali Doe, 34, a farmer,"."""
    if j >= len(tokens) or tokens[j].text != ",":
        return "", "", False
    close = aside_end(tokens, j)
    inner = tokens[j + 1 : close]
    if not inner or not inner[0].is_word:
        return "", "", False
    first = inner[0].lower
    if first.isdigit() and len(inner) == 1 and close < len(tokens):
        title, organisation, _ = apposition(tokens, close, orgs)
        return title, organisation, True
    if first.isdigit() or first == "who":
        return "", "", True
    if first in lx.SPEECH_VERBS or first in lx.AUXILIARIES:
        return "", "", False  # "Jo Lam, said the minister," is no aside on Jo Lam
    if first == "of":
        words = [t.text for t in inner[1:] if t.is_word]
        if words and words[0].casefold() == "the":
            words = words[1:]
        named = bool(words) and words[0][0].isupper()
        return "", " ".join(words) if named else "", True
    owners = [m for m, t in enumerate(inner) if t.possessive]
    start = owners[0] + 1 if owners and owners[0] + 1 < len(inner) else 0
    position = next(
        (m for m in range(start, len(inner)) if evidence.is_title_like(inner[m].lower)), None
    )
    if position is None:
        return "", "", first in {"a", "an", "the"}
    while position + 1 < len(inner) and evidence.is_title_like(inner[position + 1].lower):
        position += 1  # "Executive Director", "Deputy Director"
    organisation = ""
    if start:
        owner = " ".join(t.base for t in inner[:start] if t.lower not in lx.DETERMINERS)
        organisation = organisation_named(owner, orgs)[0] or owner
    elif first in lx.DETERMINERS:
        start = 1
    office = portfolio_words(inner[position + 1 :], orgs)  # "Secretary of Justice"
    title = " ".join(t.base for t in inner[start : position + 1 + office])
    rest = inner[position + 1 + office :]
    if rest and rest[0].lower in {"of", "for", "at"}:
        words = [t.text for t in rest[1:] if t.is_word]
        if words and words[0].casefold() == "the":
            words = words[1:]
        if words and words[0][0].isupper():
            found = orgs.find(" ".join(words))
            organisation = found.name if found else " ".join(words)
    return title, organisation, True


def portfolio_words(rest: list[Token], orgs: Organisations) -> int:
    """How many words after a title in an aside are its portfolio: "of Justice", "of Foreign
    Affairs and Trade" (common words with no article, naming no body); 0 for "of the Courier"
    or "of Lagos"."""
    if len(rest) < 2 or rest[0].lower != "of":
        return 0
    end = 1
    while end < len(rest) and (rest[end].capitalised or rest[end].lower == "and"):
        end += 1
    if rest[end - 1].lower == "and":
        end -= 1
    words = [t.base for t in rest[1:end]]
    named = " ".join(words)
    if not words or orgs.find(named) is not None or organisation_in_run(words):
        return 0
    if is_place_name(named):
        return 0
    if not all(w == "and" or evidence.is_common_word(w) for w in words):
        return 0
    return end


def aside_end(tokens: list[Token], j: int) -> int:
    """Where an aside that opens with the comma at ``j`` ends: the next comma, semicolon or
    quote, within 16 tokens."""
    close = j + 1
    while close < len(tokens) and close - j < 16 and tokens[close].text not in {",", ";"}:
        if tokens[close].quote >= 0:
            break
        close += 1
    return close

"""What the words set beside a name say about the person: an aside between commas ("Jo Ferro,
the ICRC's Middle East director,"), a title before the name and its comma ("The mayor of Lyon,
Ines Varga,"), or a predicate ("Jane Roe, who is president of the club")."""

from __future__ import annotations

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import Organisations, owner_before
from articles.extraction.names import PARTY_AND_STATE
from articles.extraction.phrases import PREFIX_STOP, organisation_named
from articles.extraction.titles import (
    COMPLEMENTS,
    bare_field,
    mandate,
    occupation_in_aside,
    portfolio_of,
)
from articles.extraction.tokens import Token, is_place_name, strip_possessive


def apposition(tokens: list[Token], j: int, orgs: Organisations) -> tuple[str, str, bool]:
    """Title, organisation and whether an aside after a name shows a person: "Pieter Vos,
    the ICRC's Middle East director,", "Amina Bello, 24,", "Omar Sy, of the council,"; after
    an age or a party and state, the next aside may give the title: "Ali Doe, 34, a farmer,",
    "Ana Ruiz, D-Calif., the House Minority Leader,"."""
    if j >= len(tokens) or tokens[j].text != ",":
        return "", "", False
    close = aside_end(tokens, j)
    inner = tokens[j + 1 : close]
    if not inner or not inner[0].is_word:
        return "", "", False
    first = inner[0].lower
    standing = PARTY_AND_STATE.match("".join(t.text for t in inner))  # "R-N", ".", "Y."
    if (standing or (first.isdigit() and len(inner) == 1)) and close < len(tokens):
        title, organisation, _ = apposition(tokens, close, orgs)
        return title, organisation, True
    if first.isdigit() or first in ("who", "whose"):
        return "", "", True  # "Ana Ruiz, whose brother died," is no brother
    if first in lx.SPEECH_VERBS or first in lx.AUXILIARIES or first.endswith("ed"):
        return "", "", False  # "Jo Ferro, said the minister," is no aside on Jo Ferro
    if first == "of":
        return "", body_after(inner[1:], orgs), True
    if first in lx.INTRO_WORDS and first != "as":  # "Jo Ferro, in a statement via her aide,"
        return "", "", False
    inner = office_after_kin(inner)
    first = inner[0].lower
    owners = [m for m, t in enumerate(inner) if t.possessive]
    start = owners[0] + 1 if owners and owners[0] + 1 < len(inner) else 0
    position = next((m for m in range(start, len(inner)) if titles_here(inner, m)), None)
    if position is None and start:  # "Director General of the DRC's Institut ...": no owner
        start = 0
        position = next(
            (m for m in range(owners[0]) if evidence.is_title_like(inner[m].lower)), None
        )
    head = office_heading_a_body(inner) if position is None else None
    if head is not None:
        return inner[head].base, body_after(inner[head + 2 :], orgs), True
    if position is None:
        return occupation_in_aside(inner), "", first in {"a", "an", "the"}
    while position + 1 < len(inner) and evidence.is_title_like(inner[position + 1].lower):
        position += 1  # "Executive Director", "Deputy Director"
    organisation = ""
    if start:
        owner = " ".join(t.base for t in inner[:start] if t.lower not in lx.DETERMINERS)
        # "the city's home minister": a common noun owns the office but names no body
        organisation = organisation_named(owner, orgs)[0] or (owner if owner[:1].isupper() else "")
    elif first in lx.DETERMINERS or first == "as":  # "Jo Ferro, as chair of the panel,"
        start = 1
    if not organisation and start < position and inner[start].acronym:
        organisation = organisation_named(inner[start].base, orgs)[0]  # "the WHO Representative"
        start += bool(organisation)
    title = " ".join(t.base for t in inner[start : position + 1])
    rest = inner[position + 1 :]
    office = portfolio_of(rest) or mandate(rest)
    office = office or ("" if first in ("a", "an") else bare_field(rest))
    if office:
        title, rest = f"{title} {office}", rest[len(office.split()) :]
    if rest and rest[0].lower in BODY_LINKS:
        organisation = body_after(rest[1:], orgs) or organisation
    return title, organisation, True


def office_after_kin(inner: list[Token]) -> list[Token]:
    """The words of an aside from the office on, when it first says who the person is to
    someone: ", his widow and the chairwoman of the Farmers Union," makes her chairwoman."""
    for m in range(len(inner) - 2):
        if inner[m].lower in lx.DESCRIPTIONS and inner[m + 1].lower == "and":
            rest = inner[m + 2 :]
            return rest if any(evidence.is_title_like(t.lower) for t in rest) else inner
    return inner


def office_heading_a_body(inner: list[Token]) -> int | None:
    """Where a capitalised common noun that opens an aside and heads a body "of" a name, though no
    list holds it as a title: ", Dean of Orvan Law School,", ", the Rector of Lunga
    University,"; a body's or a place's own noun ("Bank of", "Gulf of") or a relative's ("Son
    of") is none."""
    m = int(inner[0].lower == "the")
    if m + 2 >= len(inner) or inner[m + 1].lower != "of" or not inner[m + 2].capitalised:
        return None
    word = inner[m]
    low = word.lower
    if not word.capitalised or word.acronym or not evidence.is_occupation_shaped(low):
        return None
    if word.base in bw.ORGANISATION_NOUNS or low in lx.PLACE_NOUNS or is_place_name(word.base):
        return None
    return None if low in lx.DESCRIPTIONS or low in lx.NOT_TITLES else m


BODY_LINKS = frozenset({"at", "with", "for", "of"})
"""Words between a title and the body one works for: "director of", "a surgeon with"."""


def titles_here(inner: list[Token], m: int) -> bool:
    """Is the word at ``m`` a title, and no word of a body's name ("Refugee" in "Norwegian
    Refugee Council Country Director")?"""
    after = inner[m + 1].base if m + 1 < len(inner) else ""
    return evidence.is_title_like(inner[m].lower) and after not in bw.ORGANISATION_NOUNS


def body_after(tokens: list[Token], orgs: Organisations) -> str:
    """The body named after "of" or "for" in an aside, as the article names it: its
    capitalised words and the small words between them, up to a clause ("the Office for
    Refugees who visited the camps" names the Office for Refugees)."""
    words = [t.text for t in tokens if t.is_word]
    if words and words[0].casefold() == "the":
        words = words[1:]
    end = 0
    while end < len(words) and (words[end][:1].isupper() or words[end] in lx.NAME_CONNECTORS):
        end += 1
    while end and words[end - 1] in lx.NAME_CONNECTORS:
        end -= 1
    if not end:
        return ""
    owned = owner_before(words[:end])  # "the DRC's Institut National ..." is the Institut's
    words, end = words[owned:], end - owned
    for stop in range(end, 0, -1):  # the longest known body it opens with
        if (found := orgs.find(" ".join(words[:stop]))) is not None:
            return found.name
    return " ".join(words[:end])


def aside_end(tokens: list[Token], j: int) -> int:
    """Where an aside that opens with the comma at ``j`` ends: the next comma, semicolon or
    quote, within 16 tokens."""
    close = j + 1
    while close < len(tokens) and close - j < 16 and tokens[close].text not in {",", ";"}:
        if tokens[close].quote >= 0:
            break
        close += 1
    return close


QUANTIFIERS = frozenset({"one", "another", "each", "every", "some", "any"})
"""Words that pick one of many, before a title: "One activist, Jo Ferro,"."""


def title_before_apposition(tokens: list[Token], first: int, last: int) -> str:
    """A title set before a name between commas: "The mayor of Lyon, Ines Varga, said" ->
    "mayor"; "The group's chief spokesman, Ilir Berisha," -> "chief spokesman"; "the
    chief of the Courier's Africa desk, Nora Falk," -> "chief"; "the Special Envoy of the
    Board, Jo Ferro," -> "Special Envoy"; "A member of the Board, Jo Ferro said" and "met the
    mayor, Jo Ferro." too. An owner before the title ("the premier's spokesperson") is left
    out."""
    if first < 2 or tokens[first - 1].text != ",":
        return ""
    words: list[Token] = []
    opens = spoken = False
    for k in range(first - 2, max(-1, first - 13), -1):
        token = tokens[k]
        if not token.is_word or token.quote >= 0:
            break
        if token.lower in QUANTIFIERS:
            break  # "One activist, Jo Ferro," is an activist
        if token.lower in lx.DETERMINERS and not opens_complement(tokens, k):
            opens, spoken = k == 0, k > 0
            break  # "the" ends the title, unless it opens its complement
        words.insert(0, token)
    after = tokens[last].text if last < len(tokens) else "."
    if not (
        after == ","
        or (opens and after.casefold() in lx.SPEECH_VERBS)  # "A member of X, Jo Ferro said"
        or (spoken and after in {".", ";", "!", "?"})  # "met the mayor, Jo Ferro." ends it
    ):
        return ""
    titles = [n for n, t in enumerate(words) if evidence.is_title_like(strip_possessive(t.lower))]
    if not titles or words[titles[-1]].possessive:
        return ""
    owners = [n for n, t in enumerate(words[: titles[-1]]) if t.possessive]
    start = owners[-1] + 1 if owners else 0
    while start < titles[-1] and words[start].lower in PREFIX_STOP:
        start += 1
    end = titles[-1] + 1
    if portfolio(words[end:]) or mandate(words[end:]) or bare_field(words[end:]):
        end = len(words)  # "Minister of Information", "chief of staff"; not "governor of Lagos"
    return " ".join(t.base for t in words[start:end])


def opens_complement(tokens: list[Token], k: int) -> bool:
    """Does the "the" at ``k`` open a title's complement: "Envoy of the Board", or "to the" after
    a title ("the delegate to the Assembly, Tevita Fifita,", "the Adviser to the President,")?"""
    if k < 1:
        return False
    if tokens[k - 1].lower in COMPLEMENTS:
        return True
    return tokens[k - 1].lower == "to" and k > 1 and evidence.is_title_like(tokens[k - 2].lower)


def portfolio(words: list[Token]) -> bool:
    """A complement that belongs to a title: "of Information", "for Water"; a place ("of
    Lagos") is where the office is, no part of it."""
    if len(words) < 2 or words[0].lower not in COMPLEMENTS:
        return False
    named = [t for t in words[1:] if t.lower != "the"]
    if not named or not all(t.capitalised or t.lower in lx.NAME_CONNECTORS for t in named):
        return False
    return not is_place_name(" ".join(t.base for t in named))


LINKS = frozenset({"is", "was", "became", "becomes", "elected", "appointed", "named"})
"""Verbs that give a person a title in a predicate: "Jane Roe was elected president"."""


def predicate_title(tokens: list[Token], j: int) -> str:
    """A title a predicate right after the name gives ("Jane Roe, who is president of the
    club", "Jane Roe was elected president", "Jane Roe became the new mayor"): "president",
    "mayor", to which a later "the president said" refers back."""
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    if j < len(tokens) and tokens[j].lower == "who":
        j += 1
    while j < len(tokens) and tokens[j].lower in {"has", "had", "been", "was", "later", "then"}:
        if tokens[j].lower == "was" and j + 1 < len(tokens) and tokens[j + 1].lower not in LINKS:
            break
        j += 1
    if j >= len(tokens) or tokens[j].lower not in LINKS or tokens[j].lower == "was":
        return ""  # "who was an officer", "who was shot by an officer": no title she holds
    j += 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "as")
    for k in range(j, min(len(tokens), j + 4)):
        token = tokens[k]
        if not token.is_word or token.quote >= 0:
            return ""
        if token.lower in lx.TITLE_WORDS:
            return token.lower
        if token.text != token.lower:
            return ""
    return ""

"""The words before a name that are its title: a title word ("Sen.", "then-Secretary"), an
occupation or any noun for one who does something ("pollster"), the lowercase words that lead
to one ("public health expert"), and an envoy's posting ("Ambassador to Peru")."""

from __future__ import annotations

from functools import lru_cache

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import looks_like_a_name
from articles.extraction.tokens import Token, is_place_name, strip_possessive

PREFIX_STOP = frozenset({"of", "for", "in", "at", "on", "with", "to", "from", "by", "within"})

ROLES = evidence.roles()
"""Descriptions and occupations: "resident", "lawyer"."""

OCCUPATIONS = ROLES - lx.DESCRIPTIONS - lx.NOT_TITLES
"""Occupations, which make a title before a name: "lawyer Jo Ferro"."""

ENVOYS = lx.words("ambassador envoy representative delegate emissary consul")
"""Titles whose office goes on with "to" and where one is sent: "Ambassador to Veldia"."""

NO_LEAD = lx.DETERMINERS | lx.AUXILIARIES | lx.SPEECH_VERBS | PREFIX_STOP
"""Words that never lead to a title: "Ana Ruiz's decision to name Jo Ferro"."""


def joins_title(tokens: list[Token], j: int) -> int:
    """How many lowercase words lead to a title word or to an occupation before a name:
    "communication minister", "and government spokesperson", "former Secretary", "public
    health expert Jo Ferro"; 0 when they do not."""
    k = j
    while k < len(tokens) and k - j < 3:
        token = tokens[k]
        low = token.lower
        if not token.is_word:
            return 0
        if low in lx.TITLE_WORDS and (
            token.text == low or tokens[k - 1].lower in lx.TITLE_MODIFIERS
        ):
            return k - j
        if token.text == low and occupation_leads_name(tokens, k):
            return k - j  # "College public health expert Jo Ferro"
        if token.text != low:
            return 0
        if (
            low in lx.DETERMINERS
            or low in lx.AUXILIARIES
            or low in lx.SPEECH_VERBS
            or low in PREFIX_STOP
            or low.endswith("ed")
        ):
            return 0
        k += 1
    return 0


@lru_cache(maxsize=4096)
def is_title_word(low: str) -> bool:
    """A title, or one joined to the word that dates it or to another title: "then-Secretary",
    "ex-President", "Commissioner-General"."""
    if low in lx.TITLE_WORDS:
        return True
    modifier, _, title = low.partition("-")
    known = modifier in lx.TITLE_MODIFIERS or modifier in lx.TITLE_WORDS
    return known and title in lx.TITLE_WORDS


def spelled_title(tokens: list[Token], i: int) -> int:
    """A title spelled out and then given by its initials in brackets before a name: "Member
    of parliament (MP) Jo Ferro", "Chief executive officer (CEO) Ana Ruiz"; where the name
    starts, else 0."""
    if not evidence.is_title_like(tokens[i].lower):
        return 0
    for close in range(i + 3, min(len(tokens) - 1, i + 9)):
        if tokens[close].text == ")":
            break
    else:
        return 0
    if tokens[close - 2].text != "(" or not tokens[close + 1].capitalised:
        return 0
    words = tokens[i : close - 2]
    if not all(t.is_word for t in words):
        return 0
    letters = "".join(t.text[0] for t in words if t.lower not in lx.NAME_CONNECTORS)
    return close + 1 if letters.upper() == tokens[close - 1].text.upper() else 0


def posting(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> int:
    """Where the name starts after a title, "to" (or an envoy's "in") and the place of the
    posting: "Ambassador to Peru Jo Ferro", "envoy to the Sahel Jo Ferro", "Representative in
    Yemen Jo Ferro"; 0 when none does."""
    if not pieces or pieces[-1][1] != "title" or tokens[j].lower not in ("to", "in"):
        return 0
    if tokens[j].lower == "in" and j + 1 < len(tokens) and tokens[j + 1].lower == "charge":
        return j + 2 if names_after(tokens, j + 1) else 0  # "Special Agent in Charge Jo Ferro"
    if tokens[j].lower == "in" and tokens[pieces[-1][0]].lower not in ENVOYS:
        return 0  # "Representative in Yemen Ana Ruiz"; "Minister in Ohio" is no posting
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "the")
    for end in range(k + 1, min(len(tokens), k + 4)):
        place = " ".join(t.base for t in tokens[k:end])
        if not tokens[end - 1].capitalised:
            return 0
        if is_place_name(place) and looks_like_a_name(name_run(tokens, end)):
            return end
    return 0


def name_run(tokens: list[Token], i: int) -> list[str]:
    """The capitalised words from ``i``: "Jo Ferro" in "Jo Ferro wrote"."""
    end = i
    while end < len(tokens) and end - i < 4 and tokens[end].capitalised:
        end += 1
    return [strip_possessive(t.text) for t in tokens[i:end]]


def names_after(tokens: list[Token], title: int) -> bool:
    """A capitalised word follows the title: "said police chief Omar Sy" names him."""
    return title + 1 < len(tokens) and tokens[title + 1].capitalised


def title_after(tokens: list[Token], j: int) -> bool:
    """A lowercase title or occupation, perhaps after a word or two, then a name: "chief
    strategist Jo Ferro" after "Gov. Ana Ruiz's" is the person the phrase names."""
    for k in range(j, min(j + 3, len(tokens))):
        token = tokens[k]
        if not token.is_word or token.capitalised or token.lower in NO_LEAD:
            return False
        if (is_title_word(token.lower) and names_after(tokens, k)) or occupation_leads_name(
            tokens, k
        ):
            return True
    return False


def occupation_leads_name(tokens: list[Token], j: int) -> bool:
    """An occupation, or any noun for one who does something, before a capitalised word:
    "expert Jo Ferro", "Democratic strategist Jo Ferro", "MSNBC anchor Jo Ferro"."""
    low = tokens[j].lower
    if not names_after(tokens, j) or low in lx.TITLE_MODIFIERS or low in NO_LEAD:
        return False  # "Hours later Ana Ruiz said"
    if low in OCCUPATIONS:
        return True
    return evidence.is_agent_noun(low) and looks_like_a_name(name_run(tokens, j + 1))


def title_noun_before(tokens: list[Token], pieces: list, title: int) -> bool:
    """A noun that makes one title with the title after it, though it also ends outlets'
    names: "White House Press Secretary", "Media Adviser"."""
    word = tokens[pieces[title - 1][0]]
    return not word.possessive and word.lower in lx.TITLE_NOUNS

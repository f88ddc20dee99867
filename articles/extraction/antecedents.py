"""Whom a later "she" or "the father" may mean besides the people named as subjects: someone
left unnamed ("One of the victims spoke"), and two people named together with one surname
("Pavel and Irina Sokol")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.name_forms import name_words
from articles.extraction.speech import verb_at
from articles.extraction.tokens import Token

if TYPE_CHECKING:
    from articles.extraction.people import Person

KIN = frozenset({"father", "mother", "husband", "wife"})
"""Nouns by which "the father said" refers back to one of a couple named together."""

PERSON_NOUNS = (
    evidence.roles()
    | lx.TITLE_WORDS
    | lx.NOT_TITLES
    | {"victim", "victims", "relative", "relatives", "neighbour", "neighbor"}
    | {"ally", "allies", "supporter", "backer", "loyalist", "surrogate", "staffer", "insider"}
    | {"strategist", "operative", "pollster", "donor", "voter", "organizer", "lobbyist"}
)
"""Nouns that make a subject a person: "a witness", "one of the victims"; a campaign's people
("Roe allies", "a Roe surrogate")."""

INDEFINITE = frozenset({"a", "an", "another", "one"})

QUANTIFIERS = lx.words("several some many few two three four five both other dozens hundreds")
"""Words that open a plural subject naming no one: "Several aides said"; a group that speaks
is where a later "she" may come from."""


def person_noun(word: str) -> bool:
    """ "aide", "aides", "witnesses": a noun that makes a subject a person."""
    return word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


def unnamed_subject(tokens: list[Token], i: int) -> tuple[str, str] | None:
    """The noun of a subject that names no one and the sex it shows ("A woman said" ->
    ("woman", "f"), "One of the victims spoke" -> ("victims", ""), "The head of the unit
    told" -> ("head", "")), or None when the subject names someone or no person. A definite
    one may still refer back to a person named with that title, and a definite epithet ("The
    billionaire businessman") describes someone known, as news refers to a candidate."""
    if i >= len(tokens):
        return None
    if tokens[i].lower.endswith("s") and person_noun(tokens[i].lower):
        return (tokens[i].lower, "") if verb_at(tokens, i + 1) else None  # "Witnesses said"
    if tokens[i].lower in QUANTIFIERS:  # "Several aides told", never "many people fled"
        noun = i + 1 < len(tokens) and person_noun(tokens[i + 1].lower)
        return (tokens[i + 1].lower, "") if noun and verb_at(tokens, i + 2) else None
    if tokens[i].lower not in INDEFINITE | {"the"}:
        return None
    j = i + 1
    if tokens[i].lower == "one" and j < len(tokens) and tokens[j].lower == "of":
        j += 2 if j + 1 < len(tokens) and tokens[j + 1].lower in lx.DETERMINERS else 1
    for n, token in enumerate(tokens[j : j + 4], j):
        if not token.is_word or token.capitalised:
            return None
        if person_noun(token.lower):
            if tokens[i].lower == "the" and n > j and not complemented(tokens, n):
                return None  # an epithet of someone known: "The billionaire businessman said"
            return token.lower, noun_gender(token.lower)
    return None


def complemented(tokens: list[Token], noun: int) -> bool:
    """Does "of" follow the noun: "the former head of the unit"?"""
    return noun + 1 < len(tokens) and tokens[noun + 1].lower == "of"


def noun_gender(noun: str) -> str:
    """ "f" for "woman", "girl", "spokeswoman", "mother"; "m" for "man", "boy", "father"."""
    if noun.endswith(("woman", "women")) or noun in {"girl", "girls"} or noun in lx.FEMALE_TITLES:
        return "f"
    if noun.endswith(("man", "men")) or noun in {"boy", "boys"} or noun in lx.MALE_TITLES:
        return "m"
    return ""


def given_name(word: str) -> bool:
    """A first name, or a word that is no common English one ("Pavel", "Adaeze")."""
    return evidence.is_first_name(word) or not evidence.is_common_word(word)


def couple_name(tokens: list[Token], i: int, lone: list[str], full_name: str) -> str:
    """ "Pavel and Irina Sokol": a lone first name that ends right before "and" at ``i - 1``,
    then a full name from ``i``, are two people of one surname, its particles with it ("Lotte
    and Hans van der Berg"); the first one's full name ("Pavel Sokol"), else ""."""
    full = name_words(full_name)
    if len(lone) != 1 or len(full) < 2 or i < 2 or tokens[i - 1].lower != "and":
        return ""
    if not (given_name(lone[0]) and given_name(full[0])):
        return ""
    words = full_name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in lx.NAME_PARTICLES:
        start -= 1
    return " ".join([lone[0], *words[start:]])


def parent_in(
    couples: list[tuple[int, tuple[Person, Person]]], noun: str, at: int
) -> Person | None:
    """ "The father said" after "the court jailed Pavel and Irina Sokol": of the latest couple
    named together before ``at``, the one whose first name shows the noun's sex, or the one
    whose name shows none when the other's shows the other sex."""
    sex = noun_gender(noun)
    for start, pair in reversed(couples):
        if start < at:
            shown = [p for p in pair if p.likely_gender() == sex]
            fits = shown or [p for p in pair if not p.likely_gender()]
            return fits[0] if len(fits) == 1 else None
    return None


PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}
"""The party letter of an American legislator's "(R-Ohio)", as "the Republican" names it."""

HONORIFIC_NOUNS = {"dr": "doctor physician", "dr.": "doctor physician"}
"""What an honorific calls its bearer when the article refers back: "Dr Roe" ... "the doctor"."""

ASIDE_LIMIT = 16
"""Tokens an aside after a name may hold: ", a surgeon at the city hospital,"."""


COPULAS = frozenset({"is", "was"})


def describing_words(tokens: list[Token], first: int, last: int) -> frozenset[str]:
    """The words by which a later "the surgeon", "the Republican" or "the 45-year-old" may
    refer back to the person named from ``first`` to ``last``: the words right before and in
    the name ("nurse Ewa Nowak", "WHO Director-General Li Na"), an honorific's meaning ("Dr" ->
    doctor), and the aside or the predicate after it (", a Republican from Ohio,", ", 45,",
    "(R-Ohio)", " is the Republican nominee"); "the Democrat" repeats "Democratic"."""
    words: set[str] = set()
    for back in range(first - 1, max(-1, first - 4), -1):
        token = tokens[back]
        if not token.is_word or token.quote >= 0 or token.lower in lx.DETERMINERS:
            break
        words.add(token.lower.removesuffix("'s"))
    for token in tokens[first:last]:
        words.update(HONORIFIC_NOUNS.get(token.lower, "").split() or [token.lower])
    aside = last
    if last + 1 < len(tokens) and tokens[last].lower in COPULAS:
        aside = last + 1 if tokens[last + 1].lower in lx.ARTICLES else len(tokens)
    elif last >= len(tokens) or tokens[last].text not in {",", "("}:
        return frozenset(words)
    for token in tokens[aside + 1 : aside + ASIDE_LIMIT]:
        if token.quote >= 0 or token.text in {",", ")", ";", "."}:
            break
        if token.text.isdigit():
            words.add(f"{token.text}-year-old")
        party = PARTIES.get(token.text.partition("-")[0]) if "-" in token.text else None
        words.add(party or token.lower)
    return frozenset(words | {w.removesuffix("ic") for w in words if w.endswith("atic")})


def namesake(people: list[Person], keys: frozenset[str], sex: str, at: int) -> Person | None:
    """Of two or more people named before ``at`` whose names hold ``keys`` (a shared surname),
    the one of the sex an honorific shows ("Mrs. Clinton" after Hillary and Bill Clinton), else
    the one the article introduced first, whom it writes about: a second namesake ("His
    brother, George Bush,") is named in full again when he speaks. None when only one fits."""
    namesakes = [p for p in people if keys <= p.keys and p.first <= at]
    if len(namesakes) < 2:
        return None
    fitting = [p for p in namesakes if p.likely_gender() == sex] if sex else namesakes
    return min(fitting or namesakes, key=lambda p: p.first)

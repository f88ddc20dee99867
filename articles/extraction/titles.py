"""Titles that news sets beside a name further off than an apposition: a portfolio after the
title ("Secretary of Justice"), an office taken "as" ("to serve as Speaker")."""

from __future__ import annotations

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import Organisations
from articles.extraction.tokens import Token, is_place_name

COMPLEMENTS = frozenset({"of", "for", "on"})
"""Words that open a title's complement: "Envoy of the Board", "Rapporteur on the right to
food"."""


def fuller_title(before: str, aside: str) -> str:
    """A capitalised office in an aside says more than a lowercase word before the name:
    "prosecutor Ana Lusk, the State Attorney for ..." is State Attorney; a rank before the name
    and an office in the aside are both the person's: "Professor Kwame Mensah, Director General
    of ..." is "Professor, Director General"."""
    if before and aside[:1].isupper() and before == before.lower():
        return aside
    if before and aside and aside.casefold() not in before.casefold():
        return f"{before}, {aside}"
    return before or aside


def portfolio_of(rest: list[Token]) -> str:
    """The portfolio after a title in an aside, capitalised common words after "of", "for"
    or "on", perhaps more than one ("Minister of State for Foreign Affairs"), or the office one
    serves ("Spokesperson for the Secretary-General", "Adviser to the President"); a body's or
    a place's name ("director of the Coastal Observatory", "mayor of Lyon") is no portfolio."""
    if len(rest) < 2 or rest[0].lower not in COMPLEMENTS | {"to"}:
        return ""
    if rest[1].lower == "the":  # "for the Secretary-General", "to the Prime Minister"
        end = 2
        while end < min(len(rest), 5) and rest[end].capitalised:
            end += 1
        served = end > 2 and evidence.is_title_word(rest[end - 1].lower)
        return " ".join(t.text for t in rest[:end]) if served else ""
    if rest[0].lower == "to":
        return ""  # "envoy to Veldia" is where one is sent (title_leads.posting)
    end = 1
    while end < len(rest) and (
        (rest[end].capitalised and not rest[end].acronym and not rest[end].possessive)
        or (rest[end].lower == "and" and end > 1)
    ):
        end += 1
    named = [t for t in rest[1:end] if t.lower != "and"]
    if not named or not all(evidence.is_common_word(t.base) for t in named):
        return ""
    if any(t.base in bw.ORGANISATION_NOUNS or t.base in lx.CALENDAR_WORDS for t in named):
        return ""
    if is_place_name(" ".join(t.base for t in named)):
        return ""
    more = portfolio_of(rest[end:])  # "of State" "for Foreign Affairs"
    return " ".join([*(t.text for t in rest[:end]), *([more] if more else [])])


MANDATE_WORDS = 9
"""The most words a mandate after "on" runs to: "on the situation of human rights in Orvania"."""


def mandate(rest: list[Token]) -> str:
    """A mandate after "on", all the words to the aside's end, lowercase or not: "Special
    Rapporteur (on the right to food)", "adviser (on climate change)"; a day ("on Monday") or a
    clause ("on hearing the news said") is none."""
    if not 2 <= len(rest) <= MANDATE_WORDS or rest[0].lower != "on":
        return ""
    for token in rest[1:]:
        low = token.lower
        if not token.is_word or token.quote >= 0 or token.base in lx.CALENDAR_WORDS:
            return ""
        if low in lx.SPEECH_VERBS or low in lx.AUXILIARIES or evidence.is_participle(low):
            return ""
    return " ".join(t.text for t in rest)


def bare_field(rest: list[Token]) -> str:
    """A lowercase noun, or a body's noun, with no article after "of" is the field of a compound
    title, to which it belongs: "deputy head (of mission)", "chief (of staff)", "Chief (of
    Mission)"; "a father of five" and "head of the mission" have none."""
    if len(rest) < 2:
        return ""
    field = rest[1]
    if (
        rest[0].lower == "of"
        and (field.text == field.lower or field.base in bw.ORGANISATION_NOUNS)
        and field.lower.isalpha()
        and field.lower not in lx.DETERMINERS
        and evidence.is_common_word(field.lower)
        and (len(rest) == 2 or not rest[2].is_word or rest[2].lower in ASIDE_STOPS)
    ):
        return f"of {field.text}"
    return ""


OFFICE_VERBS = lx.words("elected re-elected appointed named chosen nominated installed")
"""Verbs after which a title is the office a person takes: "was elected Speaker"."""


def title_after_as(tokens: list[Token], last: int) -> str:
    """The office a person holds or takes, "as" or after an office verb, in the clause after
    the name: "voted for Ana Lusk to serve as Speaker", "Lusk was elected Chair of the Board";
    a title before another name ("as President Ferro looked on") is that person's."""
    k = last
    while k < len(tokens) and k - last < 6 and tokens[k].is_word and tokens[k].quote < 0:
        if tokens[k].lower == "as" or tokens[k].lower in OFFICE_VERBS:
            break
        if tokens[k].capitalised:
            return ""  # "Lusk described Eli Sayo as chairman": his title, not hers
        k += 1
    else:
        return ""
    if k >= len(tokens) or not tokens[k].is_word:
        return ""
    k += 1
    if k < len(tokens) and tokens[k].lower in {"the", "its", "their", "new"}:
        k += 1
    if k < len(tokens) and tokens[k].possessive:
        k += 1  # "serves as the shelter's director"
    start = k
    while k < len(tokens) and evidence.is_title_like(tokens[k].lower):
        k += 1
    if k == start or (k < len(tokens) and tokens[k].capitalised):
        return ""
    office = portfolio_of(tokens[k:])
    return " ".join(t.base for t in tokens[start:k]) + (f" {office}" if office else "")


OFFICE_OF_VERB = {
    **dict.fromkeys(("heads", "headed"), "head"),
    **dict.fromkeys(("leads", "led"), "leader"),
    **dict.fromkeys(("chairs", "chaired"), "chair"),
    **dict.fromkeys(("directs", "directed"), "director"),
    **dict.fromkeys(("founded", "co-founded"), "founder"),
    **dict.fromkeys(("commands", "commanded"), "commander"),
    **dict.fromkeys(("manages", "managed"), "manager"),
    **dict.fromkeys(("coordinates", "coordinated"), "coordinator"),
    **dict.fromkeys(("represents", "represented"), "representative"),
}
"""What one is called for what one does in a relative clause: "who heads the office" is its
head."""


def title_in_relative_clause(tokens: list[Token], last: int) -> str:
    """The title a relative clause after the name gives: ", who heads the Orvan Relief
    Office," is head; ", who is the group's treasurer," is treasurer; ", who was Orvania's
    Special Envoy," held an office named in capitals; ", who was an officer," and ", who was
    shot by an officer," give none."""
    if last + 2 >= len(tokens) or tokens[last].text != "," or tokens[last + 1].lower != "who":
        return ""
    verb = tokens[last + 2].lower
    if verb in ("has", "had") and last + 3 < len(tokens):
        verb = tokens[last + 3].lower  # ", who has directed the shelter since 2015,"
        if verb not in OFFICE_OF_VERB:
            return ""
    if verb in OFFICE_OF_VERB:
        return OFFICE_OF_VERB[verb]
    if verb not in ("is", "was"):
        return ""
    k = last + 3
    while k < len(tokens) and k - last < 8 and not evidence.is_title_like(tokens[k].lower):
        token = tokens[k]
        if not (
            token.lower in lx.DETERMINERS
            or token.lower in lx.TITLE_MODIFIERS
            or token.possessive
            or token.capitalised
        ):
            return ""  # "who was shot by an officer": no title
        k += 1
    start = k
    while start > last + 3 and tokens[start - 1].capitalised and not tokens[start - 1].possessive:
        start -= 1  # "Special Presidential Envoy"
    while k < len(tokens) and evidence.is_title_like(tokens[k].lower):
        k += 1
    if verb == "was" and not all(t.capitalised for t in tokens[start:k]):
        return ""  # "who was an officer" says what one was, not an office held
    return " ".join(t.base for t in tokens[start:k])


ASIDE_STOPS = frozenset({"at", "in", "for", "with", "from", "on", "who", "and", "of"})
"""Words after the noun of an aside that end its description: "a nurse at the hospital", "a
father of five"."""


def occupation_in_aside(inner: list[Token]) -> str:
    """The occupation an indefinite aside gives, whatever the word: ", a nurse at the city
    hospital,", ", a former pilot,"; the noun is the last word before the aside's end or a
    preposition, and only the modifiers of a title ("former") are kept with it."""
    if len(inner) < 2 or inner[0].lower not in ("a", "an"):
        return ""
    end = next((m for m in range(1, len(inner)) if inner[m].lower in ASIDE_STOPS), len(inner))
    noun = inner[end - 1]
    if noun.text != noun.lower or not noun.lower.isalpha() or end > 4:
        return ""
    shaped = evidence.is_occupation_shaped(noun.lower) or evidence.is_agent_noun(noun.lower)
    if not shaped or noun.lower in lx.NOT_TITLES:  # "a pensioner" is rare, yet one's role
        return ""  # "a mother of three" says no occupation
    modifiers = [t.lower for t in inner[1 : end - 1] if t.lower in lx.TITLE_MODIFIERS]
    return " ".join([*modifiers, noun.lower])


def owner_of_title(tokens: list[Token], first: int, orgs: Organisations) -> str:
    """The body that owns a title set before a name and its comma: "WFP's country director in
    Kalvaria, Oumar Sissoko," works for the WFP; "the city's mayor" names no body."""
    for k in range(first - 2, max(-1, first - 14), -1):
        token = tokens[k]
        if not token.is_word or token.quote >= 0 or token.lower in lx.DETERMINERS:
            return ""
        if token.possessive:  # the longest known body that ends here: "the Relief Agency's"
            names = (
                " ".join(t.base for t in tokens[j : k + 1]) for j in range(max(0, k - 5), k + 1)
            )
            found = next(filter(None, map(orgs.find, names)), None)
            return found.name if found is not None else ""
    return ""

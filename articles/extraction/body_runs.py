"""How a run of capitalised words divides between a body and what stands around it: a person
and the body after "of" ("Idris Kamau of the Border Guard Force"), plain words and "and" that open
a body's name ("the Law and Justice Party"), and the text of a run as a body's name."""

from __future__ import annotations

from wordfreq import zipf_frequency

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import (
    HEADS_AT_THE_END,
    looks_like_a_name,
    organisation_in_run,
    person_after_office,
)
from articles.extraction.tokens import ACRONYM, Token, is_place_name, strip_possessive


def body_before_a_name(words: list[str]) -> str:
    """The body in "the Kolda Relief Agency Ama Roe", a title's field and then the person who
    holds it ("Head of the Kolda Relief Agency Ama Roe"); "" when no name follows the body."""
    start = int(words[0].casefold() == "the")
    span = organisation_in_run(words[start:])
    if span is None or start + span[1] >= len(words):
        return ""
    rest = words[start + span[1] :]
    return " ".join(words[start : start + span[1]]) if looks_like_a_name(rest) else ""


def person_of_organisation(words: list[str]) -> tuple[str, str] | None:
    """A name, then "of" and the body it belongs to: "Idris Kamau of the Border Guard Force",
    "Jane Roe of The Times" (the body is "The Times"), or the place it comes from: "Jane Roe of
    Ohio" (no body)."""
    if "of" not in words and "for" not in words:
        return None
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if not cut or organisation_in_run(words[:cut]) or cut + 1 >= len(words):
        return None
    rest = words[cut + 1 :]
    definite = rest[0].casefold() == "the" and len(rest) > 1
    body = " ".join(rest[1:] if rest[0].casefold() == "the" and len(rest) > 1 else rest)
    body = strip_possessive(body)
    if strip_possessive(words[-1]) in bw.NOT_ORGANISATION_ENDINGS and not organisation_in_run(rest):
        return None  # "Equal Terms Clause of the Constitution": a document ("School of Law" none)
    if words[0] in bw.ORGANISATION_NOUNS or words[0] in bw.ORGANISATION_NOUNS_AFTER_OF:
        return None  # "House of Assembly", "Court of Appeal"
    if cut > 1 and all(is_plain_word(w) for w in words[:cut]):
        return None  # "Old Lighthouse of Harbour Trust": no person, no title
    if cut == 1 and words[0].casefold() in lx.PLACE_NOUNS and not words[0].endswith("s"):
        return None  # "State of the Union", "Port of Kolda": a place's name ("States of" no)
    if organisation_in_run(words[cut:]) and not person_after_office(tuple(rest)):
        return " ".join(words[:cut]), strip_possessive(body_before_a_name(rest) or body)
    if words[cut] != "of" or not looks_like_a_name(words[:cut]):
        return None
    if is_place_name(body):
        return " ".join(words[:cut]), ""
    if definite or ACRONYM.match(body) or named_like_a_firm(rest):
        return " ".join(words[:cut]), body
    return None


STATE_HEADS = lx.words("Court Department Ministry Administration Cabinet Senate Congress")
"""Heads of a state's bodies, which English names after what they do, never after a person: a
person's name before one says when, as "the Jane Roe Supreme Court hearing" does."""


def person_before_a_body(words: list[str]) -> int:
    """How many words of a person's name (a first name, then one or two words that are no
    everyday ones: a famous surname is common in news) open a run that a state's body of two words or more ends: "Jane Roe Supreme
    Court" is the Supreme Court in Jane Roe's time; "Jane Roe Foundation" is named after her.
    0 when none."""
    if not words or not evidence.is_first_name(words[0]) or words[-1] not in STATE_HEADS:
        return 0
    for length in (3, 2):
        name = words[1:length]
        if len(words) - length >= 2 and all(
            w[:1].isupper() and not everyday_word(w.casefold()) for w in name
        ):
            return length
    return 0


def named_like_a_firm(words: list[str]) -> bool:
    """Words after a person's "of" that name a firm, not a place: a brand's capital inside a
    word ("ShipTrack") or a last word that is a common English noun no place has ("Harbour
    Logistics", "Kolda Shipping"; "Kolda Valley", "Lagos State" are places)."""
    last = strip_possessive(words[-1])
    if any(w[1:] != w[1:].lower() and not w.isupper() for w in words):
        return True
    return (
        len(words) > 1
        and last.casefold() not in lx.PLACE_NOUNS
        and evidence.is_common_word(last)
        and not evidence.is_first_name(last)
        and not is_place_name(last)
    )


def is_plain_word(word: str) -> bool:
    """A common English word that is no first name and no title: "Old", "Lighthouse"."""
    return (
        evidence.is_common_word(word)
        and not evidence.is_first_name(word)
        and word.casefold() not in lx.TITLE_WORDS
    )


def run_text(tokens: list[Token], start: int, end: int) -> str:
    words = [t.text for t in tokens[start:end]]
    if words:
        words[-1] = strip_possessive(words[-1])
    return " ".join(words)


def word_and_before(tokens: list[Token], start: int) -> bool:
    """Whether a body's name opens before "and" and a run of capitals (see and_name_opening)."""
    return and_name_opening(tokens, start) >= 0


def ampersand_opening(tokens: list[Token], start: int) -> int:
    """Where a firm's name opens when "&" joins the run before to the one at ``start``:
    "Marrow & Finch Ltd", "Kessler & Okoro LLP"; -1 when no "&" does."""
    if start < 2 or tokens[start - 1].text != "&" or not tokens[start - 2].capitalised:
        return -1
    opening = start - 2
    while opening > 0 and start - opening < 5 and tokens[opening - 1].capitalised:
        opening -= 1
    return opening


def and_name_opening(tokens: list[Token], start: int) -> int:
    """Where a body's name opens when capitalised common words and "and" come before the run of
    capitals it ends with: "the Law and Justice Party", "the Peace and Unity Front", "the House
    Oversight and Reform Committee"; -1 when a place, a people or a name before "and" lists
    another thing: "Kenya and Unity Party"; so do a legislature named by one word ("the Senate
    and House of Representatives") and a proper name after "and" ("Politico and BuzzFeed
    News")."""
    if start < 2 or tokens[start - 1].lower != "and":
        return -1
    after = tokens[start]
    if {tokens[start - 2].base, after.base} & bw.SINGLE_WORD_BODIES:
        return -1
    if not (evidence.is_common_word(after.base) and after.base[1:].islower()):
        return -1
    opening = start - 1
    while opening > 0 and start - opening < 4 and plain_capitalised(tokens[opening - 1]):
        opening -= 1
    if opening == start - 1:
        return -1
    if start - 2 > opening and tokens[start - 2].base in bw.ORGANISATION_NOUNS:
        return -1  # "the World Bank and Unity Party": a body already, in a list
    if is_place_name(" ".join(t.text for t in tokens[opening : start - 1])):
        return -1  # "the United Kingdom and European Union": a state and a body, listed
    before = tokens[opening - 1] if opening > 0 else None
    if before is None or not before.capitalised or before.possessive:
        return opening  # "the Union's Food and Water Agency": after its owner
    if before.lower in lx.DETERMINERS:
        return opening
    ended = tokens[start - 2].base
    if ended in bw.ORGANISATION_NOUNS or ended in HEADS_AT_THE_END:
        return -1  # "Medina Hospital and Kolda Hospital": two bodies
    proper = opening - 1  # "Clark County Fire and Rescue Agency": a place's name opens it
    while proper > 0 and opening - proper < 3 and tokens[proper - 1].capitalised:
        proper -= 1
    names_a_place = proper == 0 or not tokens[proper - 1].capitalised
    return proper if names_a_place and not tokens[proper].possessive else -1


EVERYDAY_ZIPF = 4.5
"""A word used 30 times per million words of English is read as a word before as a name."""


def everyday_word(word: str) -> bool:
    """Is a lowercase word an everyday English one (see EVERYDAY_ZIPF)?"""
    return zipf_frequency(word, "en", wordlist="small") >= EVERYDAY_ZIPF


def plain_capitalised(word: Token) -> bool:
    """A capitalised common English word that no place, people, name or acronym is, written
    as one ("BuzzFeed", with a capital inside, is a brand); a first name that is an everyday
    word too ("Justice", "Hope") counts as a word."""
    return (
        word.capitalised
        and word.base[1:].islower()
        and not word.acronym
        and not word.possessive
        and evidence.is_common_word(word.base)
        and (not evidence.is_first_name(word.base) or everyday_word(word.lower))
        and not is_place_name(word.base)
        and word.base not in lx.DEMONYMS
        and word.lower not in lx.SENTENCE_OPENERS
    )


COMMITTEES = lx.words("Committee Subcommittee Sub-Committee")


def numbered_committee(tokens: list[Token], first: int, last: int) -> bool:
    """A committee the article names by the number of the resolution that set it up, after
    "the": "the 2291 Sanctions Committee", "the 1540 Committee"."""
    return (
        first > 1
        and tokens[first - 1].text.isdigit()
        and tokens[first - 2].lower == "the"
        and tokens[last - 1].base in COMMITTEES
    )


def title_and_field(words: list[str]) -> bool:
    """A run that ends in a title, "of" and a body's noun with no article is an office: "Chief
    of Mission", "Head of Office"; "Head of the Mission" names the mission."""
    return (
        len(words) >= 3
        and words[-2] == "of"
        and words[-3].casefold() in lx.TITLE_WORDS
        and words[-1] in bw.ORGANISATION_NOUNS
    )


def kind_then_aside(tokens: list[Token], start: int, end: int) -> bool:
    """A kind of body, then its name between commas: "the charity, Bread for All, said"."""
    return (
        start > 1
        and tokens[start - 1].text == ","
        and tokens[start - 2].text in bw.ORGANISATION_KINDS
        and end < len(tokens)
        and tokens[end].text == ","
    )


NUMBERED_BODIES = COMMITTEES | lx.words("Group")


def named_by_a_number(tokens: list[Token], start: int, end: int) -> int:
    """Where a body named by its head, "of" and a number ends: "the Committee of 24", "the
    Group of 77"; 0 when the run names none so."""
    return (
        end + 2
        if end - start == 1
        and tokens[start].base in NUMBERED_BODIES
        and end + 1 < len(tokens)
        and tokens[end].lower == "of"
        and tokens[end + 1].text.isdigit()
        else 0
    )

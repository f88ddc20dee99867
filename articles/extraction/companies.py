"""Companies, media and campaigns named with no organisation noun, told apart by what only a
body does or is: a legal form after a comma ("Bluewater Marine, Inc."), a list after a plural
kind ("ship-tracking websites MarineRadar and VesselWatch"), a home before "-based"
("Lagos-based Kestrel Air"), a statement issued ("Orvina said in a statement"), a craft it runs
("operated by Sundara Lines"), its kind in the next sentence ("The planemaker said"), a job and
a person after it ("Port Radar analyst Jane Roe"), a manager's "of" ("the manager of Kelso
Arts"), a poll, a brand's shape ("NorthWire") or a candidate it works for ("the Okafor
campaign"). All but the first three are read once the article's people are known: a person
says things in statements and runs boats too."""

from __future__ import annotations

import re

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import Organisations
from articles.extraction.body_runs import ampersand_opening, run_text
from articles.extraction.cognates import common_in_one_language
from articles.extraction.kinds import names_a_person, shaped_like_a_person
from articles.extraction.outlets import CAMEL_CASE, SURNAME_PREFIX
from articles.extraction.tokens import ARABIC_ARTICLE, Token, is_place_name


def company_with_legal_ending(
    tokens: list[Token], start: int, end: int, found: Organisations
) -> None:
    """A name, a comma and a legal form is a company, whatever its words but a place's: "Bluewater Marine,
    Inc."; the name alone is its alias."""
    if (
        end + 1 >= len(tokens)
        or tokens[end].text != ","
        or not bw.is_legal_form(tokens[end + 1].text)
    ):
        return
    name = run_text(tokens, start, end)
    if is_place_name(name):
        return  # "Adelaide, SA": a town and its state
    full = f"{name}, {tokens[end + 1].text}"
    named = found.find(name)
    if named is not None:
        found.add_alias(named, full)
    else:
        found.add_alias(found.add(full, tokens[start].start), name)


LISTING_KINDS = bw.ORGANISATION_KINDS_PLURAL | lx.words("""
    websites sites publications operators makers manufacturers producers lenders insurers
    retailers publishers
    """)
"""Plural kinds right before a list of names: "tracking websites MarineRadar and VesselWatch"."""

LIST_JOINS = frozenset({",", "and", "or"})

OWNERSHIPS = ("-owned", "-run", "-controlled")
"""Endings of a modifier that says who owns a company: "state-owned", "family-run"."""


def companies_by_kind(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """Names listed right after a plural kind, a name after a place's "-based" and one of two
    words or more after an owner's "-owned" or "-run": "news websites Delmar, Kropka and
    Navilog", "Lagos-based Kestrel Air", "state-owned Veldic Oil"."""
    listing, previous = False, -1
    for start, end in runs:
        before = tokens[start - 1].lower if start else ""
        listing = before in LISTING_KINDS or (
            listing
            and previous < start
            and all(t.text in LIST_JOINS for t in tokens[previous:start])
        )
        previous = end
        owned = before.endswith(OWNERSHIPS) and end - start > 1
        if not (listing or owned or before.endswith("-based")):
            continue
        name = run_text(tokens, start, end)
        people = tokens[start].base in lx.DEMONYMS and not owned  # "state-owned Veldic Oil"
        if is_place_name(name) or names_a_person(name) or people:
            listing = False
            continue
        found.add(name, tokens[start].start)


STATEMENTS = lx.words("statement release filing")
ISSUING_VERBS = lx.words("issued released published")
RUN_BY = lx.words("operated owned run managed built made manufactured chartered")
CAMPAIGN_WORDS = lx.words("campaign campaigns")


def companies_by_deed(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations, person_named
) -> None:
    """A name that acts as only a body does (an untranslated name, a statement, a craft it
    runs, its kind named again, a job before a person's name, a poll) and is no person of the
    article, and a person's name before "campaign" (see each cue below). ``person_named(name,
    at)`` is the article's person a name refers to, if any."""
    for start, end in runs:
        if foreign_name_that_acts(tokens, start, end, person_named):
            found.add(run_text(tokens, start, end), tokens[start].start)  # "Météo Norvège"
            continue
        if article_name_that_acts(tokens, start, end, person_named):
            found.add(tokens[start].base, tokens[start].start)  # "Al-Nahda claimed"
            continue
        if brand_shaped(tokens, start, end, person_named):
            found.add(tokens[start].base, tokens[start].start)  # "what NorthWire called"
            continue
        if managed(tokens, start, end, person_named):
            found.add(run_text(tokens, start, end), tokens[start].start)  # "manager of Kelso Arts"
            continue
        if campaign_of(tokens, end):
            name = run_text(tokens, start, end)
            candidate = names_a_person(name) or person_named(name, tokens[start].start)
            if candidate and not tokens[end - 1].possessive and not is_place_name(name):
                found.add(f"{name} campaign", tokens[start].start)  # "the Okafor campaign"
            continue
        alone = end - start == 1  # "Amara Little said in a statement" is as often a person
        if alone and issues_a_statement(tokens, end):
            if not (refers_back_to_a_body(tokens, end) or names_a_company_kind(tokens)):
                continue  # "Hemedti said in a statement that his forces ...", "Farmaajo issued"
        elif employs_a_named_person(tokens, end) or names_a_poll(tokens, end):
            if alone and describes(tokens[start]):
                continue  # "Democratic strategist Jane Roe", "a Republican poll"
            if end < len(tokens) and tokens[end].text == "&":
                continue  # "Kelso & Varga survey": the name goes on
            if ampersand_opening(tokens, start) >= 0:
                start = ampersand_opening(tokens, start)  # "Kelso & Varga survey"
        elif not (runs_a_craft(tokens, start) or named_again_by_its_kind(tokens, start, end)):
            continue
        name = run_text(tokens, start, end)
        if (
            is_place_name(name)
            or tokens[end - 1].lower in lx.PLACE_NOUNS  # "Wall Street analyst Tom Brown"
            or tokens[start].base in lx.DEMONYMS
            or any(t.lower in lx.TITLE_WORDS or t.lower in lx.HONORIFICS for t in tokens[start:end])
            or shaped_like_a_person(tokens[start:end], person_named(name, tokens[start].start))
        ):
            continue
        if end < len(tokens) and tokens[end].lower in OWNED_BODIES:
            continue  # "owned by the Roe family"
        found.add(name, tokens[start].start)


COMPANY_KINDS = lx.words("""
    company firm airline operator carrier newspaper website broadcaster manufacturer maker
    planemaker automaker carmaker insurer lender retailer publisher tabloid shipper
    """)
"""Nouns by which the next sentence calls a company or a medium again: "the planemaker"."""

OWNED_BODIES = lx.DEFINITE_ORG_WORDS | {"family"}
"""Nouns after a name that say whose a body is, not what it is called: "the Roe family"."""

SENTENCE_ENDS = frozenset({".", "!", "?"})
BE_VERBS = lx.words("is are was were been being")


def named_again_by_its_kind(tokens: list[Token], start: int, end: int) -> bool:
    """A name that opens a sentence, called by its kind as the next one opens: "Voskar has
    built jets since 1960. The planemaker said ..."."""
    if start > 0 and tokens[start - 1].text not in SENTENCE_ENDS:
        return False
    if end < len(tokens) and tokens[end].lower in BE_VERBS:
        return False  # "Kolda was shelled on Monday.": a place things happen to
    k = end
    while k < len(tokens) and tokens[k].text not in SENTENCE_ENDS:
        k += 1
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].lower == "the"
        and tokens[k + 2].lower in (COMPANY_KINDS)
    )


def describes(word: Token) -> bool:
    """A common adjective, not a name, before a job or a poll: "Democratic", "Republican",
    "Independent" ("Gallup" is a common word only as a name)."""
    return evidence.is_common_word(word.base) and word.lower.endswith(
        (*lx.ADJECTIVE_ENDINGS, "an", "ent")
    )


POLLS = lx.words("poll polls survey polling")
"""What a pollster names with its name: "a Quinnipiac poll", "a CNN/ORC survey"."""

POLL_PARTNERS = frozenset({"/", "&"})
"""What joins two pollsters of one poll, or two names of one pollster: "Kelso/NTV poll"."""


def names_a_poll(tokens: list[Token], end: int) -> bool:
    """A name before a poll, with its partners after "/" or "&" and hyphenated words that say
    what kind of poll ("the Kelso & Varga/NTV two-way polling average")."""
    k = end
    while k < len(tokens) and k - end < 6:
        if tokens[k].text in POLL_PARTNERS and k + 1 < len(tokens) and tokens[k + 1].capitalised:
            k += 2
            while k < len(tokens) and tokens[k].capitalised:
                k += 1  # "Kelso/Varga Strategies poll"
        elif "-" in tokens[k].text and tokens[k].text.islower():
            k += 1
        else:
            break
    return k < len(tokens) and tokens[k].lower in POLLS


EMPLOYEES = lx.words("""
    analyst analysts reporter reporters correspondent editor researcher researchers economist
    engineer engineers executive spokesperson spokesman spokeswoman columnist
    """)


def employs_a_named_person(tokens: list[Token], end: int) -> bool:
    """A name, a job and a person's name: the name is the employer's, "Port Radar analyst
    Jane Roe", "Kestrel Air spokeswoman Amara Diallo" (a place or a person the caller leaves
    out: "Ohio analyst", "Trump supporter")."""
    return (
        end + 1 < len(tokens)
        and tokens[end].text in EMPLOYEES
        and tokens[end + 1].capitalised
        and not tokens[end - 1].possessive
    )


CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


MANAGERS = lx.words("""
    manager managers director directors chairman chairwoman chairperson founder co-founder
    owner owners
    """)
"""Jobs whose "of" names the body they run: "the manager of Kelso Arts"; a governor, a mayor
or a president is as often of a place."""


def managed(tokens: list[Token], start: int, end: int, person_named) -> bool:
    """A name after a manager's job and "of" (a former one too: "ex-manager of") that is no
    place, people or person and not all common words ("director of Public Health" is a
    field)."""
    if start < 2 or tokens[start - 1].lower != "of":
        return False
    job = tokens[start - 2].lower.rpartition("-")[2] if "-" in tokens[start - 2].lower else ""
    if tokens[start - 2].lower not in MANAGERS and job not in MANAGERS:
        return False
    words = tokens[start:end]
    name = run_text(tokens, start, end)
    if is_place_name(name) or names_a_person(name) or words[0].base in lx.DEMONYMS:
        return False
    if any(w.lower in lx.TITLE_WORDS or w.lower in lx.HONORIFICS for w in words):
        return False
    if all(evidence.is_common_word(w.base) or is_place_name(w.base) for w in words):
        return False
    return not shaped_like_a_person(words, person_named(name, words[0].start))


def brand_shaped(tokens: list[Token], start: int, end: int, person_named) -> bool:
    """One word with a capital inside that no surname's prefix explains ("NorthWire",
    "KelsoPolitics"; "McAllister", "DeLuca" are people, "JaneRoe" two names run together), no
    acronym, place or person of the article: a brand, which only a company or a medium has."""
    word = tokens[start]
    if end - start != 1 or word.acronym or not word.is_word or is_place_name(word.base):
        return False
    if not (CAMEL_CASE.search(word.base) and not SURNAME_PREFIX.match(word.base)):
        return False
    first, *rest = CAPITAL.split(word.base)
    if not word.base.isalpha() or (
        evidence.is_first_name(first) and not evidence.is_common_word("".join(rest))
    ):
        return False  # a virus's or a model's code ("KV-2Cx"), two names run together
    person = person_named(word.base, word.start)
    return person is None or not (person.title or " " in person.name)


def article_name_that_acts(tokens: list[Token], start: int, end: int, person_named) -> bool:
    """One word that opens with an Arabic article and acts as a subject, "Al-Nahda claimed the
    attack", "al-Nahda says": a group's name, unless a person of the article bears it as a
    surname ("Al-Rashid said" after "Omar al-Rashid")."""
    if end - start != 1 or end >= len(tokens) or not ARABIC_ARTICLE.match(tokens[start].base):
        return False
    k = end
    while k < len(tokens) and tokens[k].lower in lx.AUXILIARIES:
        k += 1
    after = tokens[k].lower if k < len(tokens) else ""
    acts = after in lx.SPEECH_VERBS or (after.endswith("ed") and evidence.is_inflected(after))
    if not acts:
        return False
    person = person_named(tokens[start].base, tokens[start].start)
    return person is None or not (person.title or " " in person.name)


def foreign_name_that_acts(tokens: list[Token], start: int, end: int, person_named) -> bool:
    """Two or more words of one other language, accented, that act as a subject: a body's
    name left untranslated, "Météo Norvège warned", "Protección Civil said". People are so
    named too ("Peña Nieto said"), but an article gives them a first name or a fuller name."""
    if end - start < 2 or end >= len(tokens):
        return False
    words = tokens[start:end]
    if all(w.base.isascii() for w in words):
        return False
    after = tokens[end]
    acts = after.lower in lx.SPEECH_VERBS or after.lower in lx.AUXILIARIES
    if not (acts or (after.lower.endswith("ed") and evidence.is_inflected(after.lower))):
        return False
    if evidence.is_first_name(words[0].base):
        return False
    if all(evidence.is_common_word(w.base) for w in words):
        return False
    if any(w.lower in lx.TITLE_WORDS or evidence.is_title_like(w.lower) for w in words):
        return False  # "President Fernández"
    if any(is_place_name(w.base) for w in words):
        return False  # "Ambassador to Peru Bartolomé Arrieta": a place, then a name
    before = tokens[start - 1].lower if start else ""
    if before in lx.NAME_CONNECTORS or evidence.is_title_like(before):
        return False  # "... of Ramírez Gómez", "minister Ramírez Gómez"
    if not common_in_one_language([w.base.casefold() for w in words]):
        return False
    person = person_named(run_text(tokens, start, end), tokens[start].start)
    return person is None or not (person.title or len(person.name.split()) > len(words))


PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})
BODY_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "we", "our"})


def refers_back_to_a_body(tokens: list[Token], end: int) -> bool:
    """Is the first pronoun after a name, in its sentence, a body's? "Orvina said in a
    statement that its engines ...", not "Hemedti said in a statement that his forces ..."."""
    for token in tokens[end:]:
        if token.text in SENTENCE_ENDS or token.lower in PERSON_PRONOUNS:
            return False
        if token.lower in BODY_PRONOUNS:
            return True
    return False


def names_a_company_kind(tokens: list[Token]) -> bool:
    """Does the paragraph call something a company, an airline or a paper? A one-word name
    that issues a statement is a nickname as often ("Farmaajo issued a statement")."""
    return any(t.lower in COMPANY_KINDS for t in tokens)


def campaign_of(tokens: list[Token], end: int) -> bool:
    """A lowercase "campaign" after a name: "the Okafor campaign", not "the Raqqa campaign"
    (a place is left out by the caller)."""
    return end < len(tokens) and tokens[end].text in CAMPAIGN_WORDS


def issues_a_statement(tokens: list[Token], end: int) -> bool:
    """ "Orvina said in a statement", "... in a press release", "Orvina issued a statement";
    the caller reads it after one word only."""
    if end + 3 > len(tokens) or not (
        tokens[end].lower in ISSUING_VERBS or tokens[end].lower in lx.SPEECH_VERBS
    ):
        return False
    after = [t.lower for t in tokens[end : end + 5]]
    if after[0] in ISSUING_VERBS:
        return after[1] in {"a", "its"} and after[2] in STATEMENTS
    if after[0] not in lx.SPEECH_VERBS or after[1:3] != ["in", "a"]:
        return False
    rest = after[3:]
    return bool(rest) and (rest[0] in STATEMENTS or rest[1:2] == ["release"])


def runs_a_craft(tokens: list[Token], start: int) -> bool:
    """ "operated by Sundara Lines", "a jet built by Voskar", "owned by the Kolda Group"."""
    k = start - 1 - (start > 0 and tokens[start - 1].lower == "the")
    return k > 0 and tokens[k].lower == "by" and tokens[k - 1].lower in RUN_BY

"""The words before a name that are its title: a title word ("Sen.", "then-Secretary"), an
occupation or any noun for one who does something ("pollster"), the lowercase words that lead
to one ("public health expert"), and an envoy's posting ("Ambassador to Peru")."""

from __future__ import annotations

from functools import lru_cache

from nameparser.config import CONSTANTS as NAME_CONSTANTS

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import looks_like_a_name
from articles.extraction.names import is_region
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
    health expert Jo Ferro"; 0 when they do not, nor after a person's full name, where "and"
    joins a second person: "Ana Ruiz and former Secretary of State Jo Ferro"."""
    if tokens[j].lower in ("and", "or") and name_before(tokens, j):
        return 0
    k = j
    while k < len(tokens) and k - j < 3:
        token = tokens[k]
        low = token.lower
        if not token.is_word:
            return 0
        if low in lx.TITLE_WORDS and token.text == low:
            return k - j
        if low in lx.TITLE_WORDS and tokens[k - 1].lower in lx.TITLE_MODIFIERS:
            leading = {t.lower for t in tokens[j : k - 1]}
            return k - j if leading <= {"and", "or"} else 0  # "met former Vice President"
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


is_title_word = evidence.is_title_word  # phrases reads it here, beside the other leads

HONORARY_TITLES = frozenset(
    title for title in NAME_CONSTANTS.titles if title.isalpha() and title not in lx.TITLE_WORDS
)
"""nameparser's titles and honorifics of many languages: "Monsignor", "Señor", "Mufti"."""


@lru_cache(maxsize=4096)
def is_honorary_title(word: str) -> bool:
    """A title or honorific of another language before a name, alone or after an English
    title, never part of the name: "Presidente", "Archbishop Monseñor", "Governor Señor";
    a word that is English or a first name may be the name's ("Ana Judge", "Jo Marcher")."""
    if evidence.is_foreign_title(word):
        return True
    low = word.casefold()
    return (
        low in HONORARY_TITLES
        and not evidence.is_common_word(low)
        and not evidence.is_first_name(word)
    )


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
    Yemen Jo Ferro", and any office "in" a place before a full name ("Chief of Mission in Libya
    Omar Haddad"; "Minister in Ohio Ferro" is none); 0 when none does."""
    if not pieces or tokens[j].lower not in ("to", "in"):
        return 0
    within = tokens[j].lower == "in"
    office = within and pieces[-1][1] == "cap" and any(kind == "title" for _, kind in pieces)
    if pieces[-1][1] != "title" and not office:  # "Chief of Mission in Libya Omar Haddad"
        return 0
    if within and j + 1 < len(tokens) and tokens[j + 1].lower == "charge":
        return j + 2 if names_after(tokens, j + 1) else 0  # "Special Agent in Charge Jo Ferro"
    envoy = not within or tokens[pieces[-1][0]].lower in ENVOYS  # "Representative in Yemen"
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "the")
    for end in range(k + 1, min(len(tokens), k + 4)):
        place = " ".join(t.base for t in tokens[k:end])
        if not tokens[end - 1].capitalised:
            return 0
        name = name_run(tokens, end)
        if (is_place_name(place) or unknown_place(tokens, k, end, name)) and looks_like_a_name(
            name
        ):
            return end if envoy or len(name) > 1 else 0
    return 0


def unknown_place(tokens: list[Token], k: int, end: int, name: list[str]) -> bool:
    """One word that is no English word nor a first name, before a full name that opens with a
    first name, is a place the gazetteer lacks: "Resident Coordinator in Veldia Ana Brill"."""
    word = tokens[k].base
    if end - k != 1 or len(name) < 2 or not evidence.is_first_name(name[0]):
        return False
    return not evidence.is_common_word(word.casefold()) and not evidence.is_first_name(word)


def region_after_and(tokens: list[Token], j: int) -> int:
    """Where a second place or region after "and" ends, when a name follows it: "Director
    for the Middle East and North Africa Ted Okoro"; 0 when none does."""
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "the")
    for end in range(k + 1, min(len(tokens), k + 4)):
        place = " ".join(t.base for t in tokens[k:end])
        if not tokens[end - 1].capitalised:
            return 0
        if (is_place_name(place) or is_region(place)) and looks_like_a_name(name_run(tokens, end)):
            return end
    return 0


def office_before_verb(tokens: list[Token], j: int, pieces: list) -> int:
    """Where a definite description's lowercase office ends before its verb: "the former
    secretary of state said", "the minister of health added"; 0 when none does."""
    opened = pieces[0][0] > 0 and tokens[pieces[0][0] - 1].lower in lx.DEFINITE_DETERMINERS
    if pieces[-1][1] != "title" or not opened:
        return 0
    skip = 2 if j + 1 < len(tokens) and tokens[j + 1].lower == "the" else 1
    for end in (j + skip + 1, j + skip + 2):
        if end >= len(tokens) or not tokens[end - 1].is_word or tokens[end - 1].capitalised:
            return 0
        if tokens[end - 1].lower in PREFIX_STOP or tokens[end - 1].lower in lx.DETERMINERS:
            return 0  # "state" may be a verb too: "the secretary of state said"
        if tokens[end].lower in lx.VERBS_AFTER_A_SUBJECT:
            return end
    return 0


def name_run(tokens: list[Token], i: int) -> list[str]:
    """The capitalised words from ``i`` and a name's particles between them: "Jo Ferro" in "Jo
    Ferro wrote", "Ana van der Berg", "Omar bin Said"."""
    end = i
    while end < len(tokens) and end - i < 4:
        if tokens[end].capitalised:
            end += 1
            continue
        after = end
        while after < len(tokens) and after - end < 2 and tokens[after].lower in lx.NAME_PARTICLES:
            after += 1
        if after == end or end == i or after >= len(tokens) or not tokens[after].capitalised:
            break
        end = after
    return [strip_possessive(t.text) for t in tokens[i:end]]


def name_before(tokens: list[Token], j: int) -> bool:
    """A full name with no title word in it ends right before ``j``: "Ana Ruiz" in "Ana Ruiz
    and former Secretary", never "Mayor" in "Mayor and former Secretary"."""
    start = j
    while start > 0 and j - start < 4 and tokens[start - 1].capitalised:
        start -= 1
    words = [strip_possessive(t.text) for t in tokens[start:j]]
    return (
        len(words) > 1
        and not any(is_title_word(t.lower) for t in tokens[start:j])
        and looks_like_a_name(words)
    )


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
    "expert Jo Ferro", "Democratic strategist Jo Ferro", "MSNBC anchor Jo Ferro", "GOP
    front-runner Jo Ferro"."""
    low = tokens[j].lower
    if low in OCCUPATIONS:
        return names_after(tokens, j)
    if not low.endswith(evidence.PERSON_NOUN_ENDINGS) or low in NO_LEAD:
        return False  # "Hours later Ana Ruiz said"
    if not names_after(tokens, j) or low in lx.TITLE_MODIFIERS:
        return False
    agent = low.rpartition("-")[2]  # "front-runner", "co-founder"
    return evidence.is_agent_noun(agent) and looks_like_a_name(name_run(tokens, j + 1))


def title_noun_before(tokens: list[Token], pieces: list, title: int) -> bool:
    """A noun that makes one title with the title after it, though it also ends outlets'
    names: "White House Press Secretary", "Media Adviser"."""
    word = tokens[pieces[title - 1][0]]
    return not word.possessive and word.lower in lx.TITLE_NOUNS


def modifies_a_title(tokens: list[Token], j: int) -> bool:
    """A lowercase "former" or adjective before capitalised words and a title: "former
    Massachusetts Gov. Jo Ferro", "presumptive GOP nominee Jo Ferro"."""
    low = tokens[j].lower
    if not names_after(tokens, j) or low in NO_LEAD:
        return False
    if low in lx.TITLE_MODIFIERS:
        return True
    if not low.endswith(lx.MOOD_ENDINGS) or not low.isalpha():
        return False
    for k in range(j + 1, min(len(tokens), j + 4)):
        if is_title_word(tokens[k].lower) or occupation_leads_name(tokens, k):
            return names_after(tokens, k)
        if not tokens[k].capitalised:
            return False
    return False


def member_of_body(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> bool:
    """A capitalised role after a body's head noun and before a name is a title: "Board
    Member Ana Petrova", "Assembly Member Li Wei"."""
    if not pieces or tokens[pieces[-1][0]].base not in bw.ORGANISATION_NOUNS:
        return False
    return names_after(tokens, j) and evidence.is_title_like(tokens[j].lower)


def surname_like_title(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> bool:
    """A title word after a first name, ending the name, is a surname: "Jane Bishop said",
    "Rep. Steve King said", "Martin Luther King III"; so after a word that is no English word,
    place or acronym ("Oluwaseun Judge said") unless an office goes on ("Orvan Ambassador to
    Veldia"). "Jordan King Abdullah" has a title."""
    if not pieces or pieces[-1][1] != "cap" or tokens[j].base.endswith("."):
        return False
    before = tokens[pieces[-1][0]]
    first = evidence.is_first_name(before.text) and not before.acronym  # "UN" is none here
    if not first and (
        before.acronym or evidence.is_common_word(before.lower) or is_place_name(before.base)
    ):
        return False  # "Riverside Sheriff said" names no one
    if names_after(tokens, j):
        return evidence.is_name_suffix(tokens[j + 1].base)
    return first or j + 1 >= len(tokens) or tokens[j + 1].lower not in PREFIX_STOP


def titled_after_and(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> bool:
    """A role or a body's first words, "and", and capitalised words that end in a title make
    one title: "UN Resident and Humanitarian Coordinator for Yemen Jo Ferro", "House Oversight
    and Reform Committee Chairman Jo Ferro"; "Ana Ruiz and Secretary Jo Ferro" are two people."""
    role = evidence.is_title_like(tokens[j - 1].lower)
    if not role and evidence.is_first_name(tokens[pieces[0][0]].text):
        return False
    body = False
    for k in range(j + 1, min(len(tokens) - 1, j + 5)):
        if not tokens[k].capitalised:
            return False
        if is_title_word(tokens[k].lower):
            if not (role or body):
                return False
            return tokens[k + 1].capitalised or tokens[k + 1].lower in PREFIX_STOP
        body = body or tokens[k].base in bw.ORGANISATION_NOUNS
    return False

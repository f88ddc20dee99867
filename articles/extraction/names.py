"""A run of capitalised words read as a name: a person (without the rank after it or the
occupation before it), an organisation, a country or a place."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from wordfreq import zipf_frequency

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import Organisations, looks_like_a_name, organisation_in_run
from articles.extraction.body_runs import is_plain_word, person_of_organisation
from articles.extraction.tokens import (
    Token,
    is_country,
    is_place_name,
    opens_a_cause,
    strip_possessive,
    strip_the,
)


class Phrase(NamedTuple):
    """A noun phrase that may name a speaker: "Foreign Ministry Spokesperson Jane Roe".

    ``kind`` is "person", "organisation", "country", "pronoun" or "unnamed" ("a source"). A
    named tuple, like Token: every capitalised word starts one.
    """

    first: int
    last: int
    kind: str
    name: str = ""
    title: str = ""
    organisation: str = ""
    head: str = ""
    described: bool = False


NAME_ZIPF = 4.5
"""Names read in news are frequent ("Sharma", "Khan", Zipf 3.5 to 4.3) but seldom as frequent
as the English words that name a body ("Water", "Health", above 4.5)."""
RARE_ZIPF = 4.0


@lru_cache(maxsize=16384)
def is_name_frequent(word: str, below: float = NAME_ZIPF) -> bool:
    """A word no more frequent in English text than a name is: "Narendra", "Kerala"; read in
    wordfreq's small list, as ``evidence.is_common_word`` reads it, so no other is loaded."""
    return zipf_frequency(word.casefold(), "en", wordlist="small") < below


PARTY_AND_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
"""An American legislator's party and state beside the name: "D-Ohio", "R-Texas", "D-N.Y."."""


def name_phrase(
    tokens: list[Token], first: int, end: int, indexes: list[int], orgs: Organisations
) -> Phrase:
    """A phrase of capitalised words only: a person, an organisation or a country."""
    body = body_ending_here(tokens, indexes[0], indexes[-1] + 1, orgs)
    if body is not None:
        return body
    indexes = indexes[leading_age(tokens, indexes) :]
    honorary = title_to_honorific(tokens, indexes)
    if honorary:  # "Former First Lady Ana Ruiz"
        title = " ".join(tokens[p].text for p in indexes[:honorary])
        name = " ".join(tokens[p].text for p in indexes[honorary:])
        return Phrase(
            first, indexes[-1] + 1, "person", strip_possessive(name), title, described=True
        )
    honorific = [p for p in indexes if tokens[p].lower in lx.HONORIFICS]
    if honorific and len(indexes) - len(honorific) >= 2:
        indexes = [p for p in indexes if p not in honorific]
        honorific = []
    last = indexes[-1] + 1
    indexes = without_party_and_state(tokens, indexes)
    indexes, letters = without_post_nominals(tokens, indexes)  # "Ana Ruiz QC"
    indexes = after_place(tokens, indexes)
    indexes = after_setting(tokens, indexes, orgs)
    owned = owner_before_name(tokens, indexes)
    owner = owner_body(tokens, indexes[:owned], orgs) if owned else ""
    if not owned and len(indexes) == 2 and tokens[indexes[0]].possessive:
        owner = owner_body(tokens, indexes[:1], orgs)  # "Hamas's Haniyeh", "Russia's Lavrov"
        owned = int(bool(owner) or is_place_name(tokens[indexes[0]].base))
    indexes = indexes[owned:]
    occupation = leading_occupation(tokens, indexes)
    if occupation or leading_mood(tokens, indexes):
        indexes = indexes[1:]
    words = [tokens[p].text for p in indexes]
    words[-1] = strip_possessive(words[-1])
    name = " ".join(words)
    person_of = person_of_organisation(words) or person_of_unknown(words)
    if occupation:
        name, body = person_of or (name, "")
        title = occupation.casefold()
        return Phrase(first, last, "person", name, title, organisation=body, described=True)
    if owner:
        return Phrase(first, last, "person", name, organisation=owner, described=True)
    if letters:  # "Jo Ferro MP": the letters that are a title are his
        return Phrase(first, last, "person", name, title=letters, described=True)
    if len(indexes) == 1 and PARTY_AND_STATE.match(words[0]):
        return Phrase(first, last, "unnamed", head=words[0])  # "Jo Ferro, D-Ohio, said"
    if person_of and office_of(words) and evidence.is_common_word(words[0]):
        return Phrase(first, last, "unnamed", title=name, head=words[0].casefold())  # "Dean of"
    if person_of and orgs.find(name) is None:
        body, last = body_going_on(tokens, last, person_of[1], orgs)
        last += stray_comma(tokens, last)
        return Phrase(first, last, "person", person_of[0], organisation=body)
    if not honorific:
        organisation = orgs.find(name)
        if organisation is not None:
            return Phrase(first, last, "organisation", organisation.name)
        if organisation_in_run(words) or (
            all(tokens[p].acronym for p in indexes) and not name_in_capitals(words)
        ):
            return Phrase(first, last, "organisation", name)
        if is_country(name):
            return Phrase(first, last, "country", strip_the(name))
        if is_place_name(name):
            return Phrase(first, last, "unnamed", head=tokens[indexes[-1]].lower)
        if all(tokens[p].base in lx.DEMONYMS for p in indexes) or party_members(words):
            return Phrase(first, end, "unnamed", head=tokens[indexes[-1]].lower)
        if describes_acronym([tokens[p] for p in indexes]):
            return Phrase(first, last, "unnamed")  # no one, described or not
        if member_of_place(words):
            return Phrase(first, last, "unnamed", head=words[0].casefold())
        if office_of(words):
            return Phrase(first, last, "unnamed", title=name, head=words[0].casefold())
    return Phrase(first, last, "person", name)


def office_of(words: list[str]) -> bool:
    """One word, "of" and a body or place is an office, not a person's name: "Dean of Lakeside
    Law School", "Duke of Tamberlo"; a name has two words or more before "of" ("Ana Ruiz of
    Villa Cerro")."""
    return len(words) > 2 and words[1] == "of" and words[2][:1].isupper()


AGED = re.compile(r"^[A-Za-z0-9]+-(?:year|month|week)s?-old$")
"""An age written as one word before a name: "Twelve-year-old", "15-year-old"."""


def leading_age(tokens: list[Token], indexes: list[int]) -> int:
    """1 when an age opens the words before a name ("Twelve-year-old Amina said"): no part of
    the name."""
    return int(len(indexes) > 1 and AGED.match(tokens[indexes[0]].text) is not None)


def title_to_honorific(tokens: list[Token], indexes: list[int]) -> int:
    """How many words, up to an honorific, are a title before a full name ("Former First Lady
    Ana Ruiz", "Second Lady Li Na"): common English words that are no first names, then the
    honorific; 0 when the words do not read so ("Lady Ana Ruiz" is an honorific alone)."""
    at = next((n for n, p in enumerate(indexes) if tokens[p].lower in lx.HONORIFICS), 0)
    if not at or not looks_like_a_name([tokens[p].base for p in indexes[at + 1 :]]):
        return 0
    leading = [tokens[p] for p in indexes[:at]]
    if all(
        evidence.is_common_word(t.lower) and not evidence.is_first_name(t.text) for t in leading
    ):
        return at + 1
    return 0


def name_in_capitals(words: list[str]) -> bool:
    """A person's name written in capitals, as UN meeting coverage and bylines write it
    ("OLENA KOVALCHUK", "KWAME ASANTE"), not acronyms side by side: two to four words of four
    letters or more, with vowels, that open with a first name or are no English words."""
    if not 2 <= len(words) <= 4 or any(w in bw.COMMON_ORGANISATIONS for w in words):
        return False
    parts = [part for w in words for part in w.split("-")]
    if any(len(part) < 4 or not set(part) & set("AEIOUY") for part in parts):
        return False
    titled = [w.title() for w in words]
    return evidence.is_first_name(titled[0]) or not any(map(evidence.is_common_word, titled))


def member_of_place(words: list[str]) -> bool:
    """A common word, "of" and a place describe a person named beside them: "Jane Roe,
    Democrat of Ohio, said", "Republican of Arizona"; no one is called so."""
    return (
        len(words) > 2
        and words[1] == "of"
        and is_plain_word(words[0])
        and is_place_name(" ".join(words[2:]))
    )


def person_of_unknown(words: list[str]) -> tuple[str, str] | None:
    """A full name, "of" or "for" and capitalised words no list knows: "Li Wei of Harbour
    Logistics" and "Li Wei for Harbour Logistics" are Li Wei, and the words are his body when
    they end in a common English noun, as a firm's name does, connectors and all ("Lakeside
    School of Law"); "Ana Ruiz of Villa Cerro" comes from a place the lists lack, and names
    none."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), 0)
    rest = words[cut + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    if not cut or not rest or not looks_like_a_name(words[:cut]):
        return None
    if not rest[-1][:1].isupper() or not all(
        w[:1].isupper() or w in lx.NAME_CONNECTORS for w in rest
    ):
        return None
    body = strip_possessive(" ".join(rest))
    named = evidence.is_common_word(strip_possessive(rest[-1])) and not is_place_name(body)
    return " ".join(words[:cut]), body if named else ""


def stray_comma(tokens: list[Token], last: int) -> int:
    """1 when a comma stands between a person's body and the speech verb, closing an aside
    never opened: '"...," Li Wei of Harbour Logistics, told reporters'; else 0."""
    if last + 1 >= len(tokens) or tokens[last].text != ",":
        return 0
    verb = tokens[last + 1]
    return int(verb.text == verb.lower and verb.lower in lx.SPEECH_VERBS)


def body_ending_here(
    tokens: list[Token], first: int, last: int, orgs: Organisations
) -> Phrase | None:
    """The known body whose name ends with these words after a connector: "Democracy" in "the
    Party for Freedom and Democracy said" is the party, "Libération du Congo" the
    Mouvement pour la Libération du Congo; None when no body's name reaches over them."""
    k = first
    while k > 0 and first - k < 8 and tokens[k - 1].lower in lx.NAME_CONNECTORS:
        k -= 1
        while k > 0 and tokens[k - 1].capitalised and tokens[k - 1].quote < 0:
            k -= 1
            found = orgs.find(" ".join(t.text for t in tokens[k:last]))
            if found is not None:
                return Phrase(k, last, "organisation", found.name)
    return None


def body_going_on(
    tokens: list[Token], last: int, body: str, orgs: Organisations
) -> tuple[str, int]:
    """A person's body whose known name goes on after "and": "Jane Roe of the Alliance for
    Peace and Justice" speaks for the Alliance for Peace and Justice; the body and where the
    phrase ends."""
    end = last
    while end + 1 < len(tokens) and tokens[end].lower in lx.NAME_CONNECTORS:
        end += 1
        while end < len(tokens) and tokens[end].capitalised and tokens[end].quote < 0:
            end += 1
        found = orgs.find(" ".join([body, *(t.text for t in tokens[last:end])]))
        if found is not None:
            return found.name, end
    return body, last


def describes_acronym(words: list[Token]) -> bool:
    """A common English word before an acronym describes it: "Past TB cases", "Recent HIV
    tests"; no person's name holds both. A first name ("Will") or a title ("Acting") may."""
    if len(words) != 2 or not words[1].acronym or "." in words[1].text:
        return False
    word = words[0]
    return (
        word.lower not in lx.TITLE_WORDS
        and word.lower not in lx.TITLE_MODIFIERS
        and evidence.is_common_word(word.lower)
        and not evidence.is_first_name(word.text)
    )


def without_party_and_state(tokens: list[Token], indexes: list[int]) -> list[int]:
    """A name without the party and state written after it with no comma: "Sen. Jo Ferro
    R-Texas said"."""
    if len(indexes) > 2 and PARTY_AND_STATE.match(tokens[indexes[-1]].text):
        return indexes[:-1]
    return indexes


def without_post_nominals(tokens: list[Token], indexes: list[int]) -> tuple[list[int], str]:
    """A name without the ranks, honours and degrees after it ("Ana Ruiz QC OBE"), and those
    of them that are a title ("MP")."""
    titles = []
    while (
        len(indexes) > 1
        and evidence.is_post_nominal(tokens[indexes[-1]].base)
        and not tokens[indexes[-2]].acronym
    ):
        if tokens[indexes[-1]].lower in lx.TITLE_WORDS:
            titles.insert(0, tokens[indexes[-1]].base)
        indexes = indexes[:-1]
    return indexes, " ".join(titles)


def after_place(tokens: list[Token], indexes: list[int]) -> list[int]:
    """A name begins after a place that ends the words before it: "Ambassador to Germany
    Jo Ferro" is "Jo Ferro"."""
    if len(indexes) < 3 or any(tokens[p].lower in ("of", "for", "the") for p in indexes):
        return indexes
    for cut in range(len(indexes) - 2, 0, -1):
        rest = [tokens[p].base for p in indexes[cut:]]
        place = " ".join(tokens[p].base for p in indexes[:cut])
        if (is_place_name(place) or is_region(place)) and looks_like_a_name(rest):
            return indexes[cut:]
    return indexes


SETTING_PREPOSITIONS = lx.PLACE_PREPOSITIONS | lx.words("with on")


def after_setting(tokens: list[Token], indexes: list[int], orgs: Organisations) -> list[int]:
    """A sentence that opens with where or to whom one spoke, and no comma, runs the place or
    body into the speaker's name: "At a rally in Tampa Okafor said", "In an interview with
    CNN Okafor said" are Okafor's words."""
    first, end = indexes[0], indexes[-1] + 1
    if len(indexes) < 2 or first == 0 or tokens[first - 1].lower not in SETTING_PREPOSITIONS:
        return indexes
    if end >= len(tokens) or tokens[end].lower not in lx.VERBS_AFTER_A_SUBJECT:
        return indexes
    for cut in range(1, len(indexes)):
        setting = " ".join(tokens[p].base for p in indexes[:cut])
        rest = [tokens[p].base for p in indexes[cut:]]
        known = is_place_name(setting) or evidence.is_town(setting) or orgs.find(setting)
        body = organisation_in_run(setting.split()) == (0, cut)
        acronym = all(tokens[p].acronym for p in indexes[:cut])
        if (known or body or acronym) and (len(rest) == 1 or looks_like_a_name(rest)):
            return indexes[cut:]
    return indexes


def is_region(name: str) -> bool:
    """A part of a place that ends a title's "for": "North Africa", "the Middle East"."""
    words = strip_the(name).split()
    if len(words) < 2:
        return False
    if words[-1] == "East" and words[0] in lx.EASTS_AND_WESTS:
        return len(words) == 2
    return words[0] in lx.COMPASS_WORDS and is_place_name(" ".join(words[1:]))


def owner_before_name(tokens: list[Token], indexes: list[int]) -> int:
    """How many words before a full name are its owner in the possessive: "CNN's Jo Ferro",
    "Kranjc Media's Jane Roe", "Roe's Jo Ferro"; 0 when none are."""
    owned = [k for k, p in enumerate(indexes[:-2]) if tokens[p].possessive]
    if not owned or not looks_like_a_name([tokens[p].base for p in indexes[owned[-1] + 1 :]]):
        return 0
    return owned[-1] + 1


def owner_body(tokens: list[Token], indexes: list[int], orgs: Organisations) -> str:
    """The body that owns a name, by the words before it: "CNN", "Kranjc Media"; none for a
    person ("Roe's")."""
    words = [tokens[p].base for p in indexes]
    found = orgs.find(" ".join(words))
    if found is not None:
        return found.name
    plain = len(words) == 1 and (tokens[indexes[0]].acronym or words[0] in bw.COMMON_ORGANISATIONS)
    return " ".join(words) if plain or organisation_in_run(words) else ""


def leading_occupation(tokens: list[Token], indexes: list[int]) -> str:
    """A capitalised occupation before a full name is a title ("Broadcaster Jane Roe"), and so
    is a common English word that is no first name before a first name or a word that is no
    English one ("Democrat Jane Roe", "Democrat Abimbola Roe")."""
    if opens_a_cause(tokens, indexes[0]):
        return ""  # "Doctors Without Borders": the group's name, no doctor's
    indexes = before_of(tokens, indexes)  # "Republican Jane Roe of Ohio"
    if len(indexes) == 2 and standing_before_surname(tokens[indexes[0]], tokens[indexes[1]]):
        return tokens[indexes[0]].text
    if len(indexes) < 3:
        return ""
    first = tokens[indexes[0]]
    rest = [tokens[p].base for p in indexes[1:]]
    if first.lower in lx.TITLE_WORDS or not looks_like_a_name(rest):
        return ""
    if evidence.is_occupation(first.lower):
        return first.text
    described = evidence.is_common_word(first.lower) and not evidence.is_first_name(first.text)
    described = described and has_plural(first.lower)  # "Nguyen Thi Lan" is a name
    named = evidence.is_first_name(rest[0]) or not evidence.is_common_word(rest[0])
    return first.text if described and named else ""


@lru_cache(maxsize=4096)
def has_plural(word: str) -> bool:
    """An English noun that describes people has a plural in use ("democrats", "veterans");
    a family name frequent in news ("Nguyen", "Vo") has none."""
    if word.endswith("s"):
        return True
    plurals = (word + "s", word + "es", word[:-1] + "ies")
    return any(zipf_frequency(w, "en", wordlist="small") > 0 for w in plurals)


STANDING_ENDINGS = ("an", "ans", "crat", "crats", "ic", "ist", "ists")
"""Endings of a party's or a nation's member: "Republican", "Democrats", "Socialist"."""


def party_members(words: list[str]) -> bool:
    """Common words that end in a word for a party's member name no one: "Republicans said",
    "one Democratic strategist", "a House Republican"; the member is made from a common word
    ("republic", "democrat", "social"), as a surname ending alike ("Erdogan") is not, and
    "Christian" is a first name."""
    return member_word(words[-1].casefold()) and all(
        (evidence.is_common_word(w) and not evidence.is_first_name(w)) or is_place_name(w)
        for w in words
    )


def member_word(word: str) -> bool:
    """ "democrat(s)", "democratic", "republican(s)", "socialist(s)"; a plural adjective
    ("conservatives", "liberals", "evangelicals")."""
    single = word.removesuffix("s")
    if single.endswith("crat"):
        return True
    if single != word and single.endswith(GROUP_ENDINGS) and evidence.is_common_word(single):
        return not evidence.is_first_name(single)
    stems = [single.removesuffix(end) for end in MEMBER_ENDINGS if single.endswith(end)]
    return any(len(stem) > 3 and evidence.is_common_word(stem) for stem in stems)


MEMBER_ENDINGS = ("an", "ic", "ist")

GROUP_ENDINGS = ("ive", "al")
"""Endings of adjectives whose plural names a political group: "Conservatives", "Liberals"."""


def standing_before_surname(first: Token, surname: Token) -> bool:
    """A party or a nationality before a surname alone describes the person: "Republican
    Okafor said", "Democrats Okafor and Li"; "Christian Okafor" opens with a first name."""
    if evidence.is_first_name(first.text) or evidence.is_common_word(surname.base):
        return False
    party = evidence.is_common_word(first.lower) and first.lower.endswith(STANDING_ENDINGS)
    return party or first.base in lx.DEMONYMS


def before_of(tokens: list[Token], indexes: list[int]) -> list[int]:
    """The words before "of" or "for", where a person's body or place begins: "Jane Roe"."""
    cut = next((k for k, p in enumerate(indexes) if tokens[p].lower in ("of", "for")), None)
    return indexes[:cut]


def leading_mood(tokens: list[Token], indexes: list[int]) -> bool:
    """An adjective before a full name that opens with a first name is no part of it:
    "Embattled Ana Kowalska said"; "Bryant Okafor" is a name, and so is "Suryakant Lin of
    Ohio", whose "Lin" is a first name too but no full name before "of"."""
    indexes = before_of(tokens, indexes)
    if len(indexes) < 3:
        return False
    first, given = tokens[indexes[0]], tokens[indexes[1]]
    if not first.lower.endswith(lx.MOOD_ENDINGS) or evidence.is_first_name(first.text):
        return False
    return evidence.first_name_gender(given.text) != ""


NO_DESCRIPTION = lx.SENTENCE_OPENERS | lx.NOT_VERBS | lx.AUXILIARIES | lx.PLACE_PREPOSITIONS
"""Function words that may stand before a name without describing it: "with", "than"."""


def occupation_before_name(tokens: list[Token], j: int) -> bool:
    """A lowercase English noun between a quote or a speech verb and a full name describes the
    person, whatever the occupation: "said nurse Ama Boateng", '"...," pilot Li Wei told'."""
    if j == 0 or j + 2 >= len(tokens):
        return False
    before, word = tokens[j - 1], tokens[j]
    if not (before.quote >= 0 or (before.lower in lx.SPEECH_VERBS and before.text == before.lower)):
        return False
    low = word.lower
    if word.text != low or not low.isalpha() or low in NO_DESCRIPTION or low in lx.SPEECH_VERBS:
        return False
    if not (evidence.is_occupation_shaped(low) or evidence.is_agent_noun(low)):
        return False  # "nurse", and rarer ones by their ending: "pollster", "strategist"
    run = []
    for token in tokens[j + 1 : j + 5]:
        if not token.capitalised:
            break
        run.append(token.base)
    return len(run) > 1 and looks_like_a_name(run)

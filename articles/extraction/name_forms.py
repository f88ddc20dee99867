"""How a person's name and title are compared: the words that identify a name, their keys
without case or accents, other transliterations, and short titles spelled out."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.tokens import ARABIC_ARTICLE, is_place_name, strip_possessive


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """Compare name words without case, accents, possessives or an Arabic article."""
    word = unicodedata.normalize("NFKD", strip_possessive(word).casefold())
    word = "".join(c for c in word if not unicodedata.combining(c))
    return ARABIC_ARTICLE.sub("", word).rstrip(".")


@lru_cache(maxsize=4096)
def title_words(title: str) -> frozenset[str]:
    """The words a title is referred back by: its own, and what a short one stands for
    ("Sen." -> "senator", "lawmaker")."""
    words = title.casefold().split()
    return frozenset(words).union(*(lx.SHORT_TITLES.get(w, "").split() for w in words))


SHORT_WORD = re.compile(r"\b[A-Za-z]+\.")


@lru_cache(maxsize=4096)
def spelled_out(title: str) -> str:
    """A title with its short words spelled out, as a reader and a search expect: "Lt. Gov."
    is "Lieutenant Governor", "Sen., chair" is "Senator, chair"."""
    return SHORT_WORD.sub(lambda m: lx.SPELLED_TITLES.get(m[0].casefold(), m[0]), title)


SPELLED_ALIKE = 0.75
"""How alike two spellings of a first name must be, letter by letter (difflib), to be one
name transliterated twice: "Aleksandr" and "Alexander" 0.78, "Ali" and "Ari" 0.67."""


@lru_cache(maxsize=16384)
def spelled_alike(name: str, other: str) -> bool:
    """One person's name in two transliterations: "Aleksandr Lukashenko" and "Alexander
    Lukashenko", "Mohammed bin Salman" and "Mohammad bin Salman"; the surname is the same, each
    other word alike and with the same initial, and the first names of no two sexes ("Daniel"
    and "Daniela" are two people)."""
    words, others = name_words(name), name_words(other)
    keys, other_keys = [name_key(w) for w in words], [name_key(w) for w in others]
    if len(keys) != len(other_keys) or len(keys) < 2 or keys[-1] != other_keys[-1]:
        return False
    for key, other_key in zip(keys[:-1], other_keys[:-1], strict=True):
        if key != other_key and (
            key[0] != other_key[0] or SequenceMatcher(None, key, other_key).ratio() < SPELLED_ALIKE
        ):
            return False
    sexes = {evidence.first_name_gender(words[0]), evidence.first_name_gender(others[0])}
    return len(sexes - {""}) < 2


NOT_NAME_WORDS = lx.HONORIFICS | lx.NAME_PARTICLES


@lru_cache(maxsize=16384)
def name_words(name: str) -> tuple[str, ...]:
    """The words that identify a person: "Mr. Nabil al-Rami" -> ("Nabil", "al-Rami")."""
    return tuple(w for w in name.split() if w.casefold() not in NOT_NAME_WORDS)


def without_honorific(name: str) -> str:
    """ "Mr. Roe" is called "Roe": the honorific stays among the forms ("Helen Lord" keeps
    her surname)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() in lx.HONORIFICS else name


@lru_cache(maxsize=16384)
def name_keys(name: str) -> frozenset[str]:
    return frozenset(name_key(w) for w in name_words(name))


def without_setting(name: str) -> str:
    """A name without the place or acronym that a sentence's opening phrase ran into it:
    "Tampa Ruiz", "CNN Ruiz" -> "Ruiz"."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        setting = " ".join(words[:cut])
        if is_place_name(setting) or evidence.is_town(setting) or setting.isupper():
            return " ".join(words[cut:])
    return name

"""Words of French, Spanish, Portuguese, Italian and German that news leaves untranslated, alike
an English title ("Monseñor", "Presidente") or an English body's head ("Institut", "Fundación").

They are found once, over wordfreq's lists of those five languages, and shipped in
``cognates.json``: the five lists took 18 MB in every process that read them, and the importer
runs two. After changing the engine's titles or organisation nouns, or upgrading wordfreq,
regenerate the file (a test fails until then):

    .venv/bin/python manage.py make_cognates
"""

from __future__ import annotations

import json
import unicodedata
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

from nameparser.config import CONSTANTS as NAME_CONSTANTS
from wordfreq import get_frequency_dict, zipf_frequency

from articles.extraction import lexicon as lx

SHIPPED = Path(__file__).with_name("cognates.json")

FOREIGN_LANGUAGES = ("fr", "es", "pt", "it", "de")
"""Languages whose bodies' names news leaves untranslated: "Institut Pasteur", "Frente Amplio"."""

COGNATE_SIMILARITY = 0.8
"""How alike a foreign word and an English head must be to be taken for the same word:
"mouvement" and "movement" 0.94, "comite" and "committee" 0.8; "Bouchard" and "board" 0.77."""

TITLE_ZIPF = 1.0
"""A foreign title need only be in one of the five lists."""

ORGANISATION_NOUN_ZIPF = 4.0
"""A foreign body's head is a common word there (ten per million words), commoner than in
English: "Institut", never "Bouchard"."""


@cache
def shipped() -> dict[str, frozenset[str]]:
    """The two sets of ``cognates.json``, "titles" and "organisation_nouns"."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return {kind: frozenset(data[kind]) for kind in ("titles", "organisation_nouns")}


def as_listed(word: str) -> str:
    """The form wordfreq looks a word up by: NFC, then case folded."""
    return unicodedata.normalize("NFC", word).casefold()


def is_foreign_title_word(word: str) -> bool:
    """In one of the five languages and alike an English title of five letters or more."""
    return as_listed(word) in shipped()["titles"]


def is_foreign_organisation_word(word: str) -> bool:
    """Common in one of the five languages, commoner than in English, and alike an English
    body's head."""
    return as_listed(word) in shipped()["organisation_nouns"]


@cache
def english_titles() -> dict[str, list[str]]:
    """Titles and honorifics, nameparser's and the engine's, of five letters or more, by their
    first letter."""
    titles: dict[str, list[str]] = {}
    for title in lx.TITLE_WORDS | frozenset(NAME_CONSTANTS.titles):
        if len(title) > 4 and title.isalpha():
            titles.setdefault(title[0], []).append(title)
    return titles


@cache
def organisation_nouns() -> dict[str, list[str]]:
    """The English heads of bodies' names, without accents, by their first letter."""
    nouns: dict[str, list[str]] = {}
    for noun in lx.ORGANISATION_NOUNS:
        if len(noun) > 3:
            nouns.setdefault(noun[0].casefold(), []).append(noun.casefold())
    return nouns


def foreign_frequency(word: str) -> float:
    return max(zipf_frequency(word, lang, wordlist="small") for lang in FOREIGN_LANGUAGES)


def is_foreign_more_than_english(word: str) -> bool:
    frequency = foreign_frequency(word)
    return frequency >= ORGANISATION_NOUN_ZIPF and frequency > zipf_frequency(
        word, "en", wordlist="small"
    )


def without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def alike(words: set[str], heads: dict[str, list[str]]) -> set[str]:
    """The words alike one of the heads of their first letter (accents aside). Each head is the
    second sequence of one matcher, which difflib analyses once for many first ones."""
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for word in words:
        plain = without_accents(word)
        if plain:
            by_letter.setdefault(plain[0], []).append((word, plain))
    found = set()
    matcher = SequenceMatcher(None)
    for letter, letter_heads in heads.items():
        for head in letter_heads:
            matcher.set_seq2(head)
            for word, plain in by_letter.get(letter, ()):
                matcher.set_seq1(plain)
                if (
                    matcher.real_quick_ratio() >= COGNATE_SIMILARITY
                    and matcher.quick_ratio() >= COGNATE_SIMILARITY
                    and matcher.ratio() >= COGNATE_SIMILARITY
                ):
                    found.add(word)
    return found


def from_wordfreq() -> dict[str, list[str]]:
    """Every word of the five lists that the two tests accept, as ``cognates.json`` holds it."""
    listed = set()
    for lang in FOREIGN_LANGUAGES:
        listed |= {word for word in get_frequency_dict(lang, wordlist="small") if word.isalpha()}
    titles = alike(listed, english_titles())
    nouns = alike(listed, organisation_nouns())
    from importlib.metadata import version  # 3 MB of modules that only the writer needs

    return {
        "wordfreq": version("wordfreq"),
        "titles": sorted(word for word in titles if foreign_frequency(word) >= TITLE_ZIPF),
        "organisation_nouns": sorted(filter(is_foreign_more_than_english, nouns)),
    }


def write() -> None:
    """Find the words again and write ``cognates.json``: ``manage.py make_cognates``."""
    text = json.dumps(from_wordfreq(), ensure_ascii=False, indent=0) + "\n"
    SHIPPED.write_text(text, encoding="utf-8")

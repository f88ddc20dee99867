"""Words of French, Spanish, Portuguese, Italian and German that news leaves untranslated, alike
an English title ("Monseñor", "Presidente") or an English body's head ("Institut", "Fundación"),
and the words common in each of those languages ("Météo Norvège", "Protección Civil").

They are found once, over wordfreq's lists of those five languages, and shipped in
``cognates.json`` and ``common_words.txt``: the five lists took 9 to 18 MB in every process
that read them, and the importer runs two. After changing the engine's titles or organisation nouns, or upgrading wordfreq,
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
from wordfreq import get_frequency_dict, lossy_tokenize, zipf_frequency

from articles.extraction import body_words as bw
from articles.extraction import lexicon as lx

SHIPPED = Path(__file__).with_name("cognates.json")
SHIPPED_COMMON_WORDS = Path(__file__).with_name("common_words.txt")

FOREIGN_LANGUAGES = ("fr", "es", "pt", "it", "de")
"""Languages whose bodies' names news leaves untranslated: "Institut Pasteur", "Frente Amplio"."""

COGNATE_SIMILARITY = 0.8
"""How alike a foreign word and an English head must be to be taken for the same word:
"mouvement" and "movement" 0.94, "comite" and "committee" 0.8; "Bouchard" and "board" 0.77."""

TITLE_ZIPF = 1.0
"""A foreign title need only be in one of the five lists."""

COMMON_WORD_ZIPF = 3.0
"""A common word of a language: once per million words or more (every word of wordfreq's small
lists)."""

ORGANISATION_NOUN_ZIPF = 4.0
"""A foreign body's head is a common word there (ten per million words), commoner than in
English: "Institut", never "Bouchard"."""


@cache
def shipped() -> dict[str, frozenset[str]]:
    """The two sets of ``cognates.json``, "titles" and "organisation_nouns"."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return {kind: frozenset(data[kind]) for kind in ("titles", "organisation_nouns")}


@cache
def shipped_common_words() -> tuple[bytes, dict[str, tuple[int, int]]]:
    """``common_words.txt`` as read (UTF-8, a word a line, each language after a "# fr" line)
    and where each language's words lie in it. Kept as one bytes object, searched in place:
    175,000 words in a set would take 12 MB, as text 2; read only for the rare accented name
    that acts."""
    text = SHIPPED_COMMON_WORDS.read_bytes()
    starts = [text.index(f"\n# {lang}\n".encode()) for lang in FOREIGN_LANGUAGES]
    spans = zip(starts, [*starts[1:], len(text)], strict=True)
    return text, dict(zip(FOREIGN_LANGUAGES, spans, strict=True))


def as_listed(word: str) -> str:
    """The form wordfreq looks a word up by: NFC, then case folded."""
    return unicodedata.normalize("NFC", word).casefold()


@cache
def titles_without_accents() -> frozenset[str]:
    """The shipped titles as news written without accents spells them: "monsenor"."""
    return frozenset(map(without_accents, shipped()["titles"]))


def is_foreign_title_word(word: str) -> bool:
    """In one of the five languages and alike an English title of five letters or more, with
    its accents or without them: "Monseñor", "Monsenor"."""
    return without_accents(as_listed(word)) in titles_without_accents()


def is_foreign_organisation_word(word: str) -> bool:
    """Common in one of the five languages, commoner than in English, and alike an English
    body's head."""
    return as_listed(word) in shipped()["organisation_nouns"]


def common_in_one_language(words: list[str]) -> bool:
    """Whether every word is common in one same language of the five, as ``zipf_frequency``
    says of a word it reads as one token without digits (a word it splits, "jean-pierre", or
    whose digits it smashes counts as not common)."""
    text, where = shipped_common_words()
    for lang in FOREIGN_LANGUAGES:
        start, end = where[lang]
        tokens = map(one_token(lang), words)
        if all(text.find(f"\n{token}\n".encode(), start, end) >= 0 for token in tokens):
            return True
    return False


def one_token(lang: str):
    """The word as wordfreq looks it up in ``lang``, or "" when it is no single token."""

    def token(word: str) -> str:
        tokens = lossy_tokenize(word, lang)
        if len(tokens) != 1 or any(c.isdigit() or c == "\n" for c in tokens[0]):
            return ""
        return tokens[0]

    return token


def common_words(lang: str) -> list[str]:
    """The words of the language's small list that are common."""
    listed = get_frequency_dict(lang, wordlist="small")
    return sorted(w for w in listed if zipf_frequency(w, lang, "small") >= COMMON_WORD_ZIPF)


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
    for noun in bw.ORGANISATION_NOUNS:
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
    """Find the words again and write ``cognates.json`` and ``common_words.txt``: ``manage.py
    make_cognates``."""
    data = from_wordfreq()
    SHIPPED.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    lines = [f"# wordfreq {data['wordfreq']}: the common words of the small lists"]
    for lang in FOREIGN_LANGUAGES:
        lines += [f"# {lang}", *common_words(lang)]
    SHIPPED_COMMON_WORDS.write_text("\n".join(lines) + "\n", encoding="utf-8")

"""Plain text in, normalised article out: headline, body, paragraphs, dateline, sentences."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from articles.extraction import evidence
from articles.extraction.lexicon import ABBREVIATIONS, SENTENCE_STARTERS

ODD_SPACE_CHARACTERS = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
INVISIBLE_CHARACTERS = "\u00ad\u200b-\u200d\u2060\ufeff"
LINE_BREAK_CHARACTERS = "\r\u2028\u2029\x0b\x0c\x85"
ODD_SPACES = re.compile(f"[{ODD_SPACE_CHARACTERS}]")
INVISIBLES = re.compile(f"[{INVISIBLE_CHARACTERS}]")
LINE_BREAKS = re.compile(f"[{LINE_BREAK_CHARACTERS}]" r"(?:(?<=\r)\n)?")
RARE_CHARACTERS = re.compile(
    f"[{ODD_SPACE_CHARACTERS}{INVISIBLE_CHARACTERS}{LINE_BREAK_CHARACTERS}]"
)
"""Any character that the three patterns above replace: most articles have none, and one scan
for all of them costs a third of three."""
APOSTROPHES = "’ʼ′´`"
APOSTROPHE_IN_WORD = re.compile(f"[{APOSTROPHES}]" r"(?<=\w.)(?=\w)")
"""The patterns open with a set of characters, so the regex engine skips ahead to them instead
of trying a lookbehind or an alternation at every character; ``str`` finds a character or two
in a text some ten times faster still, so the patterns run only where their marks are."""
TYPEWRITER_QUOTE = re.compile(r"``|''")
DOUBLE_MARK = re.compile(r"[\"“”„«»]")
TWO_APOSTROPHES_OPENING = re.compile(r"(?<!\S)''(?=\w)")
"""Quotation marks typed as two grave accents and two apostrophes (``We won,'' she said), or as
two apostrophes on both sides, as in text converted from LaTeX or old wire feeds; read only in
text that has a "``", or a "''" that opens a word and no double mark ("the farmers''" is a
possessive before a closing single mark); the lookbehind is tried at every character, so
only in a text with a "''"."""
SPACE_RUN = re.compile(r"  +")
"""Two spaces or more, written as a space and then a repeat, so that the engine looks for the
space first; " {2,}" tried a match at every character."""

DASH = r"(?:\s+[-–—]{1,2}\s*|\s*[–—]\s*|\s*--\s*)"
AGENCY = r"(?:\s*\([A-Z][\w .&'-]{1,40}\))"
CAPS_PLACE = r"[A-Z][A-Z.'’-]*(?:[ /,]+[A-Z][A-Z.'’-]*)*"
MONTH = r"[A-Z][a-z]{2,8}\.?"
DATE = (
    rf"(?:,\s*(?:{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?)"
    rf"|\s*\(\d{{1,2}}\s+{MONTH}\s+\d{{4}}\))"
)
"""A date after the place: ", Oct 3", ", March 12, 2026", ", 12 March", " (12 March 2026)"."""
TITLED_PLACE = r"[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3}"
DATELINE = re.compile(
    rf"^(?P<place>{CAPS_PLACE}(?:,\s*{TITLED_PLACE})?{DATE}?{AGENCY}?"
    rf"|{TITLED_PLACE}(?:/{TITLED_PLACE})?{DATE}?{AGENCY}"
    rf"|{TITLED_PLACE},\s*{TITLED_PLACE}){DASH}(?=\S)"
)

BYLINE_WORD = r"(?:[A-Z&][\w.'’&-]*|\d[\d:.]*)"
"""A capitalised word or a figure ("5:00"); a comma or a slash only ever separates two, so that
no figure can be read in two ways ("03/01/16", "March 1, 2016")."""
BYLINE = re.compile(
    rf"(?:[A-Z][a-z]+\s+)?[Bb]y\s+[A-Z][\w.'’-]*"
    rf"(?:(?:\s+|\s*[,|/]\s*|\s+(?:and|of|the|for|at)\s+){BYLINE_WORD})*\.?"
)
"""A byline paragraph: "By JULIE ROE, Associated Press", "By Jo Lam and Ana Ferro", "By JO LAM
| Wire", "Story by Jo Lam", "By Jo Lam March 1 at 5:00 PM"; every word after "By" is
capitalised, a figure or joins two names, so "By Monday, Roe had left" is none."""
HEADER_LENGTH = 80
"""At most this long, a first paragraph with no full stop before a dateline is a header."""

SENTENCE_END = re.compile(r"[.!?][.!?]*[\"”’')\]]*\s+(?=[\"“‘'(\[]?\w)")
"""Opens with a set of characters, not a repeat ("[.!?]+"), so that the regex engine skips to
the next stop instead of trying a match at every character: three times fewer instructions."""
WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)\.?[\"”’')\]]*$")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body: ``body[start:end]``; ``line`` is where it began in the input and
    ``breaks`` the body offsets where its later input lines begin (for messages that name a line).
    """

    start: int
    end: int
    line: int
    breaks: tuple[int, ...] = ()

    def line_at(self, offset: int) -> int:
        return self.line + bisect_right(self.breaks, offset)


@dataclass(frozen=True)
class Article:
    title: str
    body: str
    paragraphs: tuple[Paragraph, ...]


def normalise(text: str) -> str:
    """NFC, one line-break convention, plain spaces, and ASCII apostrophes inside words.

    "Syria’s" and "Syria's" are the same word to a reader; the body keeps "Syria's" so a search
    typed on any keyboard finds it. Curly quotation marks are left alone: they carry meaning.
    """
    text = unicodedata.normalize("NFC", text)
    if RARE_CHARACTERS.search(text):
        text = LINE_BREAKS.sub("\n", text)
        text = INVISIBLES.sub("", ODD_SPACES.sub(" ", text))
    if "``" in text or (
        "''" in text and TWO_APOSTROPHES_OPENING.search(text) and not DOUBLE_MARK.search(text)
    ):
        text = TYPEWRITER_QUOTE.sub(typewriter_mark, text)
    if any(mark in text for mark in APOSTROPHES):
        text = APOSTROPHE_IN_WORD.sub("'", text)
    return text


def typewriter_mark(match: re.Match[str]) -> str:
    return "“" if match.group() == "``" else "”"


def split_article(text: str) -> Article:
    """The headline is the first non-empty line; the body is the rest, paragraphs joined by a
    blank line, each paragraph unwrapped onto one line with single spaces."""
    lines = normalise(text).split("\n")
    title, first_body_line = "", len(lines)
    for number, line in enumerate(lines):
        if line.strip():
            title, first_body_line = SPACE_RUN.sub(" ", line.strip()), number + 1
            break
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    current_line = 0
    offset = 0
    for number in range(first_body_line, len(lines) + 1):
        line = lines[number].strip() if number < len(lines) else ""
        if line:
            if not current:
                current_line = number + 1
            current.append(line)
            continue
        if current:
            if parts:
                offset += 2
            paragraph, breaks = unwrap(current, offset)
            paragraphs.append(Paragraph(offset, offset + len(paragraph), current_line, breaks))
            parts.append(paragraph)
            offset += len(paragraph)
            current = []
    return Article(title=title, body="\n\n".join(parts), paragraphs=tuple(paragraphs))


def unwrap(lines: list[str], offset: int) -> tuple[str, tuple[int, ...]]:
    """Join a paragraph's lines with single spaces; note where each later line begins."""
    pieces, breaks, length = [], [], offset
    for index, line in enumerate(lines):
        piece = SPACE_RUN.sub(" ", line)
        if index:
            length += 1
            breaks.append(length)
        pieces.append(piece)
        length += len(piece)
    return " ".join(pieces), tuple(breaks)


def find_dateline(first_paragraph: str) -> tuple[str, int]:
    """The place (and agency) that opens a wire story before a dash, as written, and where the
    story's first sentence starts after it.

    "WASHINGTON DC - The United States ..." -> ("WASHINGTON DC", 16); "DAYTON, Ohio (AP) —
    ..." -> "DAYTON, Ohio (AP)";
    "Geneva/Amman (ICRC) – ..." -> "Geneva/Amman (ICRC)"; ("", 0) when there is none.
    """
    match = DATELINE.match(first_paragraph)
    return (match.group("place").strip(), match.end()) if match else ("", 0)


def story_paragraph(article: Article) -> Paragraph:
    """The paragraph that opens the story: the first, or the next when the first is a byline
    or a short header before a dateline, which names the writers and their agency, not anyone
    who speaks or acts in the story."""
    first = article.paragraphs[0]
    if len(article.paragraphs) < 2:
        return first
    second = article.paragraphs[1]
    if BYLINE.fullmatch(article.body, first.start, first.end):
        return second
    header = article.body[first.start : first.end]
    if (
        len(header) <= HEADER_LENGTH
        and header[-1] not in '.!?"”:'
        and not DATELINE.match(header)
        and DATELINE.match(article.body[second.start : second.end])
    ):
        return second  # "Jo Lam, Associated Press" then "WASHINGTON (AP) — ..."
    return first


def ends_sentence(text: str, stop: int, following: str) -> bool:
    """A full stop after "Mr", "Gen", "Sept", an initial or "U.S." ends no sentence, unless the
    next word is one that usually opens a sentence ("... in the U.S. The army ...")."""
    if text[stop] != ".":
        return True
    if text[stop + 1 : stop + 2] == ")" and following[:1].islower():
        return False  # "Jo Ferro (D-Calif.) said"
    window = max(0, stop - 30)
    # the word before the stop has no space in it: start the search after the last one
    match = WORD_BEFORE.search(text, max(window, text.rfind(" ", window, stop) + 1), stop + 1)
    word = match.group(1) if match else ""
    if word.casefold() == "no":
        return not following[:1].isdigit()
    if word.casefold() in ABBREVIATIONS:
        return False
    town = match is not None and after_a_town(text, match.start(1), word)
    if "." in word or (len(word) == 1 and word.isupper()) or town:
        return following.lstrip("\"“‘'([").split(" ", 1)[0] in SENTENCE_STARTERS
    return True


def after_a_town(text: str, start: int, word: str) -> bool:
    """A state's short form after a town and a comma: "Sacramento, Calif." goes on as "U.S."
    does ("... of Sacramento, Calif. said")."""
    return (
        text[start - 2 : start] == ", "
        and text[start - 3 : start - 2].isalpha()
        and evidence.is_state_abbreviation(word)
    )


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) offsets, trailing spaces left out.

    Callers mask the inside of quotations first, so "“We won. They lost,” he said." is one.
    """
    end = len(text) if end is None else end
    spans = []
    begin = start
    for match in SENTENCE_END.finditer(text, start, end):
        stop = match.start()
        following = text[match.end() : match.end() + 12]
        if not ends_sentence(text, stop, following):
            continue
        close = match.end() - (len(match.group()) - len(match.group().rstrip()))
        spans.append((begin, close))
        begin = match.end()
    if begin < end:
        spans.append((begin, end))
    return spans

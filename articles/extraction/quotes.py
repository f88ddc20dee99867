"""Quotation spans: where each quote opens and closes in the body, and what is off balance."""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.extraction.lexicon import SPEECH_VERBS, TITLE_CASE_CONNECTORS
from articles.extraction.text import Paragraph

DOUBLE_MARKS = re.compile(r"[“”„«»\"]")
SINGLE_MARKS = re.compile(r"[‘’']")
OPENING_ONLY = "“„«‘"
CLOSING_ONLY = "”»"
BEFORE_OPENING = " ([{—–-/\n"
CLAUSE_ENDS = ".,;:!?)]"
ELISION = re.compile(r"(?:til|tis|twas|em|n|cause|bout|round)\b|\d0s\b", re.IGNORECASE)
WORD_BEFORE_MARK = re.compile(r"(\w+)\W*$")
TITLE_WORD = re.compile(r"[^\W_][\w'’.&-]*")


@dataclass(frozen=True)
class QuoteSpan:
    """``body[start:end]`` are the quoted words; ``opening``/``closing`` bound them with marks."""

    opening: int
    start: int
    end: int
    closing: int
    partial: bool = False


@dataclass(frozen=True)
class QuoteScan:
    quotes: tuple[QuoteSpan, ...]
    problems: tuple[str, ...]


def looks_opening(body: str, at: int, start: int, end: int) -> bool:
    """A straight mark opens after a space, a bracket or a dash and before a word: ` "We`;
    before punctuation that ends a clause it closes: `'will I?' ".`."""
    before = body[at - 1] if at > start else " "
    after = body[at + 1] if at + 1 < end else " "
    return before in BEFORE_OPENING and not after.isspace() and after not in CLAUSE_ENDS


def opens_unopened(body: str, at: int, start: int) -> bool:
    """A straight double mark, when no quote is open, opens one unless it follows a word: with
    spaces inside ('wrote. " We lost . "'), or with none after a colon or a full stop
    ('said:"We', 'said."Let')."""
    return at == start or not body[at - 1].isalnum()


def is_apostrophe(body: str, at: int, start: int, end: int) -> bool:
    """A single mark that is no quotation mark: "don't", "'til", "the '90s"."""
    before = body[at - 1] if at > start else " "
    after = body[at + 1] if at + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return True
    return body[at] != "‘" and before in BEFORE_OPENING and bool(ELISION.match(body, at + 1, end))


class Scanner:
    """Pairs quotation marks paragraph by paragraph, across paragraphs where a quote runs on."""

    def __init__(self, body: str, paragraphs: tuple[Paragraph, ...], single: bool):
        self.body, self.paragraphs, self.single = body, paragraphs, single
        self.marks = SINGLE_MARKS if single else DOUBLE_MARKS
        self.quotes: list[QuoteSpan] = []
        self.problems: list[str] = []
        self.nested: list[tuple[int, int]] = []
        """Quotes closed inside the open one ('"They keep saying "wait", but …"'): words the
        speaker repeats, part of the outer quote once it closes."""
        self.carried: Paragraph | None = None

    def problem(self, paragraph: Paragraph, at: int, what: str) -> None:
        """Unbalanced single marks are usually apostrophes, so only double marks are reported."""
        if not self.single:
            excerpt = self.body[at : at + 40].split("\n")[0]
            self.problems.append(f"line {paragraph.line_at(at)}: {what} at {excerpt!r}")

    def kind(self, at: int, paragraph: Paragraph, inside: bool) -> str:
        mark = self.body[at]
        if self.single and is_apostrophe(self.body, at, paragraph.start, paragraph.end):
            return "none"
        if mark in OPENING_ONLY:
            return "open"
        opening = looks_opening(self.body, at, paragraph.start, paragraph.end)
        if mark in CLOSING_ONLY:
            return "open" if opening and not inside else "close"
        if inside or opening:
            return "open" if opening else "close"
        if self.single:
            return "none"
        return "open" if opens_unopened(self.body, at, paragraph.start) else "close"

    def add(self, opening: int, closing_mark: int) -> None:
        """A paired quote; a mark that never closes adds nothing, so only its span is lost."""
        start, end = opening + 1, closing_mark
        while start < end and self.body[start].isspace():
            start += 1
        while end > start and self.body[end - 1].isspace():
            end -= 1
        if end > start:
            self.quotes.append(QuoteSpan(opening, start, end, closing_mark + 1))

    def scan(self) -> QuoteScan:
        opened: list[int] = []  # the open quote's mark, then marks opened inside it
        for paragraph in self.paragraphs:
            skip = -1
            if opened:
                opened = self.carry_over(opened, paragraph)
                skip = paragraph.start if opened else -1
            for match in self.marks.finditer(self.body, paragraph.start, paragraph.end):
                at = match.start()
                if at == skip:
                    continue
                kind = self.kind(at, paragraph, bool(opened))
                if kind == "open":
                    opened.append(at)
                elif kind == "close" and len(opened) > 1:
                    self.nested.append((opened.pop(), at))
                elif kind == "close" and opened:
                    self.add(opened.pop(), at)
                    self.nested.clear()
                elif kind == "close":
                    start = max(paragraph.start, at - 30)
                    self.problem(paragraph, start, "a closing quotation mark has no opening")
            if len(opened) > 1:
                opened = self.unnest(opened)
            elif opened and self.closes_both(paragraph):
                self.add(opened.pop(), self.nested.pop()[1])
                self.nested.clear()
            self.carried = paragraph
        if opened:
            self.unnest([*opened, -1])
        quotes = tuple(mark_partial(self.body, q) for q in sorted(self.quotes, key=starting))
        return QuoteScan(quotes, tuple(self.problems))

    def carry_over(self, opened: list[int], paragraph: Paragraph) -> list[int]:
        """A quote left open at a paragraph's end runs on when the next paragraph opens with a
        mark; else it never closes."""
        first = paragraph.start
        opens = self.marks.match(self.body, first, paragraph.end) is not None
        if opens and self.kind(first, paragraph, False) == "open":
            return opened
        return self.unnest([*opened, -1])[:0]

    def closes_both(self, paragraph: Paragraph) -> bool:
        """Does a quote closed inside the open one end the paragraph, as one mark closes both:
        '"They told us "go home".'?"""
        if not self.nested:
            return False
        tail = self.body[self.nested[-1][1] + 1 : paragraph.end]
        return not any(c.isalnum() for c in tail) and self.marks.search(tail) is None

    def paragraph_of(self, at: int) -> Paragraph:
        return next(p for p in reversed(self.paragraphs) if p.start <= at)

    def unnest(self, opened: list[int]) -> list[int]:
        """A quote that never closes was no quote around the ones closed inside it: they stand
        alone, and the latest mark opened is the one left open."""
        for at in opened[:-1]:
            self.problem(self.paragraph_of(at), at, "a quotation mark is never closed")
        for opening, closing in self.nested:
            self.add(opening, closing)
        self.nested.clear()
        return opened[-1:]


def starting(quote: QuoteSpan) -> int:
    return quote.start


def mark_partial(body: str, quote: QuoteSpan) -> QuoteSpan:
    """A quote woven into the writer's sentence is partial: 'to do “everything possible” to'.

    It opens in lower case, or it follows a word that is no speech verb ("called it “X”").
    """
    first = next((c for c in body[quote.start : quote.end] if c.isalpha()), "")
    before = body[max(0, quote.opening - 30) : quote.opening].rstrip()
    match = WORD_BEFORE_MARK.search(before)
    after_word = bool(before) and (before[-1].isalnum() or before[-1] in ")'")
    partial = first.islower() or (
        after_word and match is not None and match.group(1).casefold() not in SPEECH_VERBS
    )
    if not partial:
        return quote
    return QuoteSpan(quote.opening, quote.start, quote.end, quote.closing, partial=True)


def looks_like_a_title(text: str) -> bool:
    """Words in Title Case with no closing punctuation name a work, a case or an operation
    ("Lena Holm vs. Brondel Media Limited"), not speech; a short partial
    quote in lower case ("unhelpful") is speech."""
    words = TITLE_WORD.findall(text)
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    if len(capitalised) < 2 or not words[0][0].isupper() or text.rstrip()[-1] in ".!?,;:":
        return False
    return all(w in capitalised or w.casefold() in TITLE_CASE_CONNECTORS for w in words)


def is_one_word(text: str) -> bool:
    """A quoted letter, figure or single word ("D", "19", "disease,"): a gloss or a term when
    nobody says it."""
    word = text.strip(" ,.;:“”„«»\"‘’'")
    return bool(word) and not any(c.isspace() for c in word)


def find_quotes(body: str, paragraphs: tuple[Paragraph, ...]) -> QuoteScan:
    """Quotes in double marks; single marks count only in articles that use no double ones,
    where they are the primary marks (British style), since elsewhere they nest or are
    apostrophes."""
    single = DOUBLE_MARKS.search(body) is None
    return Scanner(body, paragraphs, single).scan()

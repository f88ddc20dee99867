"""Words and marks of the text, and what the rules ask of each word, worked out once."""

from __future__ import annotations

import re
from functools import lru_cache

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx

WEB_ENDING = "|".join(re.escape(ending.removeprefix(".")) for ending in bw.WEBSITE_ENDINGS)
WORD = re.compile(
    r"(?=[^\W\d_]\.)(?:[^\W\d_]\.){2,}(?:-[^\W\d_]+)*"  # U.S., U.N., U.S.-backed
    r"|[^\W_]+(?:[_'’&‐–-]+[^\W_]+)*"  # words, "al-Rami", "don't", "Sino–Dutch"
    rf"(?:\.(?:{WEB_ENDING})\b|(?<=s)['’](?!\w))?"  # Kropka.com, "Workers'"
    r"|[^\w\s]"
)
"""The lookahead before the dotted form ("U.S.") turns a plain word away from it at once."""
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar|at|az|an|ul)-(?=[^\W\d_])", re.IGNORECASE)
ELIDED_ARTICLE = re.compile(r"^[dl]['’](?=[^\W\d_])")
"""A French or Italian article elided before a capital: "d'Intervention", "l'Ordre"."""
POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]*[A-Z](?:-[A-Z]{1,6})*$|^(?:[A-Z]\.){2,}$|^[A-Z]\d{1,2}$")
"""Capitals ("CDF", "PLA-N"), dotted capitals ("U.N."), or capitals and a number ("G20")."""
ACRONYMS_NOT_WORDS = frozenset(
    word.upper() for word in lx.PRONOUNS_GROUP | lx.PRONOUNS_ORGANISATION | lx.AUXILIARIES
) - {"I"}
"""Capitals that spell a pronoun or an auxiliary ("WHO", "IS") name a body, never "who" or
"is": their lowercase form stays in capitals so that no rule for the word reads them."""


class Token:
    """A word or mark outside quotations, or a whole quotation (``quote`` >= 0); what the rules
    ask of a word is worked out once, here, in ``word_facts``.

    A class with slots, not a named tuple: the rules read these fields some 13,000 times in an
    article of 3 KB, and Python 3.11 reads a slot with a specialised instruction, a named
    tuple's field through a descriptor call, ten times the work. No rule changes a token.
    """

    __slots__ = (
        "text",
        "start",
        "end",
        "quote",
        "lower",
        "base",
        "is_word",
        "capitalised",
        "possessive",
        "acronym",
        "modifier",
        "marks",
    )
    text: str
    start: int
    end: int
    quote: int
    lower: str
    base: str
    is_word: bool
    capitalised: bool
    possessive: bool
    acronym: bool
    modifier: bool
    marks: int
    """What a rule looks for at this word (``NAME_START``...), as bits: see ``marked``."""

    def __init__(self, start: int, end: int, facts: tuple) -> None:
        self.start, self.end = start, end
        (
            self.text,
            self.quote,
            self.lower,
            self.base,
            self.is_word,
            self.capitalised,
            self.possessive,
            self.acronym,
            self.modifier,
            self.marks,
        ) = facts

    @classmethod
    def of(cls, text: str, start: int, end: int, quote: int = -1) -> Token:
        if quote >= 0:  # no word: looked up by its text in lower case, with no mark
            return cls(start, end, (text, quote, text.casefold(), text, *[False] * 5, 0))
        return cls(start, end, word_facts(text))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@lru_cache(maxsize=65536)
def word_facts(text: str) -> tuple[str, int, str, str, bool, bool, bool, bool, bool, int]:
    """What a Token of the word holds besides its place: the word, no quote (-1), lower, base,
    is_word, capitalised, possessive, acronym, modifier (a hyphenated modifier names no one:
    "US-backed", "army-led") and marks: words repeat, so once each."""
    base = POSSESSIVE.sub("", text)
    lower = text if base in ACRONYMS_NOT_WORDS else text.casefold()
    is_word = text[0].isalnum()
    capitalised = text[0].isupper() or bool(ARABIC_ARTICLE.match(text))
    capitalised = capitalised or (bool(ELIDED_ARTICLE.match(text)) and text[2:3].isupper())
    acronym = bool(ACRONYM.match(base))
    modifier = lower.endswith(lx.SUFFIX_MODIFIERS)
    marks = (
        BRACKET * (text == "(")
        | NAME_START * (capitalised and not modifier)
        | KIND_CUE * (capitalised or lower in bw.ORGANISATION_KINDS_PLURAL or "." in text)
        | KIND_CUE * (text == ";")
        | ACRONYM_OR_DASH * (acronym or "-" in text)
        | OUTLET_CUE * (lower in lx.OUTLET_WORDS)
        | COMMON_BODY * (base in bw.COMMON_ORGANISATIONS and not acronym)
        | PERSON_START
        * (is_word and (capitalised or lower in PHRASE_OPENERS) and lower not in NO_PERSON_OPENERS)
    )
    return text, -1, lower, base, is_word, capitalised, base != text, acronym, modifier, marks


BRACKET, NAME_START, KIND_CUE, ACRONYM_OR_DASH, OUTLET_CUE, COMMON_BODY, PERSON_START = (
    1 << n for n in range(7)
)
"""Marks of a word: an opening bracket; a capitalised word that may start a name; a word that
may introduce a body by its kind; an acronym or a dashed word; a word that may cue a medium
("told", "according"); a common body's short name; a word that may start a person's phrase."""


def marked(tokens: list[Token], mark: int) -> list[int]:
    """Indexes of the tokens that carry ``mark``: each rule visits only the words it may act
    on. A comprehension: faster than chaining ``compress`` and ``map``, which call a bound
    method and an ``attrgetter`` per token."""
    return [i for i, token in enumerate(tokens) if token.marks & mark]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words and marks of ``text[start:end]``; "Mr." and "Sept." keep their full stop.

    Read by the space-separated chunks of the paragraph (one line, single spaces), each split
    once and kept: WORD matches no white space and looks past a word only at the next
    character, which a space or the chunk's end answer alike, so a chunk splits the same
    anywhere. Most chunks are one known word, taken as it is; the regular expression runs only
    on a chunk never seen, where it cost a third of the time of this function."""
    tokens: list[Token] = []
    append, known, split = tokens.append, TOKEN_FACTS.get, CHUNK_PIECES.get
    at = start
    for chunk in text[start:end].split(" "):
        facts = known(chunk)
        if facts is not None:  # a word alone: "said"
            stop = at + len(chunk)
            append(Token(at, stop, facts))
            at = stop + 1
            continue
        for first, last, facts in split(chunk) or pieces_of(chunk):  # "Monday," "(AP)"
            append(Token(at + first, at + last, facts))
        at += len(chunk) + 1
    return tokens


TOKEN_FACTS: dict[str, tuple] = {}
"""``word_facts`` by word, read with a plain ``dict.get``: cheaper than the ``lru_cache`` call,
and tokenize asks once per word of every article."""
CHUNK_PIECES: dict[str, tuple[tuple[int, int, tuple], ...]] = {}
"""The tokens of a chunk that is not one word ("Monday,"), as (start, end, facts) within it."""
CACHE_SIZE = 65536


def pieces_of(chunk: str) -> tuple[tuple[int, int, tuple], ...]:
    """The tokens of a chunk as (start, end, facts), kept when the chunk is more than a word."""
    pieces = words_of(chunk)
    found = tuple((at, stop, TOKEN_FACTS.get(word) or facts_of(word)) for at, stop, word in pieces)
    if pieces != [(0, len(chunk), chunk)]:  # one word is kept in TOKEN_FACTS
        if len(CHUNK_PIECES) > CACHE_SIZE:
            CHUNK_PIECES.clear()
        CHUNK_PIECES[chunk] = found
    return found


def words_of(text: str) -> list[tuple[int, int, str]]:
    """Each word of ``text`` as (start, end, word); ``str.find`` gives where each word stands:
    WORD skips only white space and "_", which no word opens with, so the first occurrence of
    a word after the one before is the word itself."""
    words: list[tuple[int, int, str]] = []
    stop = 0
    for word in WORD.findall(text):
        at = text.find(word, stop)
        stop = at + len(word)
        if word == "." and words and words[-1][1] == at and keeps_full_stop(words[-1][2]):
            at, _, previous = words.pop()
            word = previous + "."
        words.append((at, stop, word))
    return words


def facts_of(word: str) -> tuple:
    if len(TOKEN_FACTS) > CACHE_SIZE:
        TOKEN_FACTS.clear()
    facts = TOKEN_FACTS[word] = word_facts(word)
    return facts


@lru_cache(maxsize=65536)
def strip_possessive(word: str) -> str:
    """ "CDF's" -> "CDF", "Workers'" -> "Workers"."""
    return POSSESSIVE.sub("", word)


@lru_cache(maxsize=4096)
def keeps_full_stop(word: str) -> bool:
    return word[0].isalpha() and (
        word.casefold() in lx.ABBREVIATIONS or (len(word) == 1 and word.isupper())
    )


def initials(words: list[str]) -> str:
    """Initial letters of the capitalised words: "Coastal Defence Forces" -> "CDF"."""
    letters = []
    for word in words:
        for part in re.split(r"[-\s]", ARABIC_ARTICLE.sub("", word)):
            if part[:1].isupper():
                letters.append(part[0])
    return "".join(letters)


def strip_the(name: str) -> str:
    return name[4:] if name.casefold().startswith("the ") else name


@lru_cache(maxsize=16384)
def lookup_key(name: str) -> str:
    """How an organisation is looked up: without case or a leading "the"."""
    return strip_the(name).casefold()


@lru_cache(maxsize=16384)
def is_country(name: str) -> bool:
    """A state, by its name, short name or capital: "Turkey", "the UK", "Moscow"."""
    return evidence.speaks_for_a_state(strip_the(name))


@lru_cache(maxsize=16384)
def is_place_name(name: str) -> bool:
    """A state, continent, US state or large city: no person and no organisation."""
    return evidence.is_place(strip_the(name))


ROLES = evidence.roles()
PHRASE_OPENERS = lx.TITLE_WORDS | ROLES | lx.DETERMINERS | lx.NAME_PARTICLES
NO_PERSON_OPENERS = (
    (
        lx.SENTENCE_OPENERS
        | lx.PRONOUNS_PERSON
        | lx.PRONOUNS_GROUP
        | lx.PRONOUNS_ORGANISATION
        | {word.casefold() for word in lx.CALENDAR_WORDS if not evidence.is_first_name(word)}
    )
    - PHRASE_OPENERS
    - lx.HONORIFICS
)
"""Words a phrase naming a person never starts with ("During", "He", "Monday"): reading one
there finds nothing, so it is not tried."""


def opens_no_name(tokens: list[Token], i: int) -> bool:
    """Capitalised function words ("During", "Despite") and plural nouns that open a sentence
    ("Farmers say") begin no name."""
    token = tokens[i]
    if token.base in bw.COMMON_ORGANISATIONS:
        return False
    if (token.lower in lx.SENTENCE_OPENERS and not names_given_an(tokens, i)) or names_a_date(
        tokens, i
    ):
        return True
    role = token.lower in ROLES and not evidence.is_first_name(token.base)  # "Son Tran"
    if role or modifies_plural_subject(tokens, i):
        return True
    at_start = i == 0 or tokens[i - 1].text in '.!?:;"“”' or tokens[i - 1].quote >= 0
    if not at_start or (i + 1 < len(tokens) and tokens[i + 1].capitalised):
        return False
    plural = token.lower.endswith(lx.PLURAL_COMMON_ENDINGS) and evidence.is_plural_noun(token.lower)
    return plural or modifies_next(tokens, i)


CONSONANTS = frozenset("bcdfgjklmnpqrstvwxz")
"""Letters whose sound "an" never stands before; "h" ("an honour") and "y" are left out."""


def names_given_an(tokens: list[Token], i: int) -> bool:
    """ "An" before a capitalised word that opens with a consonant is no article, which goes
    before a vowel, but a given name: "An Nguyen said"; "An NGO said" spells its letters."""
    if tokens[i].text != "An" or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return after.capitalised and not after.acronym and after.text[0].casefold() in CONSONANTS


DATE_LEADS = lx.INTRO_WORDS | lx.NOT_VERBS | {"until", "till", "mid"}
"""Words before a month that make it a date: "in May", "until June", "last March"."""


def names_a_date(tokens: list[Token], i: int) -> bool:
    """A day or a month ("Monday", "in May", "June 5"), unless it is a name's word beside a first
    name or a surname: "Theresa May", "Jan Kowalski", "April Ndiaye"."""
    token = tokens[i]
    if token.base not in lx.CALENDAR_WORDS:
        return False
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.lower in lx.HONORIFICS:
        return False  # "Mr. June said", "Ms. Friday"
    if not evidence.is_first_name(token.base):
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before is not None and (before.lower in DATE_LEADS or before.text[0].isdigit()):
        return True
    if after is None or after.text[0].isdigit():
        return True
    if speaks_alone(before, after):
        return False  # '"...," May added': a month adds nothing
    surname = (
        before is not None
        and before.capitalised
        and before.base not in lx.CALENDAR_WORDS
        and evidence.is_first_name(before.base)
    )
    first_name = after.capitalised and after.quote < 0 and after.base not in lx.CALENDAR_WORDS
    return not (surname or first_name)


def speaks_alone(before: Token | None, after: Token) -> bool:
    """A word standing alone as the subject of a speech verb after a quote, a comma or the
    sentence's start ('"...," June said'), or as its subject after it ('said June.'); "Ana
    Brill Friday said" dates the words of a name before it."""
    if after.lower in lx.SPEECH_VERBS and after.text == after.lower:
        return before is None or before.quote >= 0 or before.text in ',.;:"“”'
    spoken = before is not None and before.lower in lx.SPEECH_VERBS and before.text == before.lower
    return spoken and after.text in ".,"


def modifies_plural_subject(tokens: list[Token], i: int) -> bool:
    """A capitalised word before a plural noun that speaks names no one: "Security forces said",
    "Trump aides told"; the plural is the subject."""
    if i + 2 >= len(tokens):
        return False
    noun, verb = tokens[i + 1], tokens[i + 2]
    low = noun.lower
    if noun.text != low or len(low) < 4 or not low.endswith("s") or not low.isalpha():
        return False  # "Reuters quoted Lam as saying": "as" is no plural
    if low in lx.SPEECH_VERBS or low in lx.SENTENCE_OPENERS or low in lx.AUXILIARIES:
        return False
    if verb.text != verb.lower or not (
        verb.lower in lx.SPEECH_VERBS or verb.lower in lx.AUXILIARIES
    ):
        return False
    return evidence.is_plural_noun(low)


def modifies_next(tokens: list[Token], i: int) -> bool:
    """A sentence's first word that is an inflected English word before a lowercase noun:
    "Continued shelling was reported", "Heavily armed men"; a name is followed by a verb."""
    if i + 1 >= len(tokens) or not evidence.is_inflected(tokens[i].lower):
        return False
    after = tokens[i + 1]
    return (
        after.is_word
        and after.text == after.lower
        and after.lower not in lx.AUXILIARIES
        and after.lower not in lx.SPEECH_VERBS
    )


AND_WORDS = frozenset({"and", "et", "y"})
COMPLEMENT_OPENERS = frozenset({"of", "for", "de", "du", "des", "del"})
"""Words that open a name's complement, in English, French and Spanish names ("Brigade de
Recherche et d'Intervention"); "and" joins only inside one."""


CAUSE_LINKS = frozenset({"for", "against", "without", "For", "Against", "Without"})
"""Words between a group's members and its cause: "Physicians for Peace", "Doctors Without
Borders"."""


def opens_a_cause(tokens: list[Token], i: int) -> bool:
    """A plural occupation before a capitalised "Without" or "Against", or "for", and a
    capitalised word opens a group's name ("Doctors Without Borders", "Nurses for Peace"), no
    title before a person's name."""
    if i + 2 >= len(tokens) or tokens[i + 1].text not in CAUSE_LINKS:
        return False
    members, cause = tokens[i], tokens[i + 2]
    plural = members.lower.endswith("s") and evidence.is_occupation(members.lower[:-1])
    return plural and cause.capitalised and not cause.modifier


def capitalised_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words, with "of", "for", "the" inside ("Court of Justice")
    and "and" only in a complement ("Free Army of the North and the Coast")."""
    runs, n, j = [], len(tokens), 0
    for i in marked(tokens, NAME_START):
        if i < j or (opens_no_name(tokens, i) and not opens_a_cause(tokens, i)):
            continue
        j, has_complement = i + 1, False
        while j < n:
            token = tokens[j]
            if tokens[j - 1].possessive and is_place_name(tokens[j - 1].base):
                break
            if tokens[j - 1].possessive and tokens[j - 1].acronym:
                break
            if token.capitalised and not token.modifier and token.base not in lx.CALENDAR_WORDS:
                j += 1
                continue
            connector = token.lower in lx.NAME_CONNECTORS and (
                token.lower not in AND_WORDS or has_complement
            )
            k = j
            while k < n and tokens[k].lower in lx.NAME_CONNECTORS and k - j < 2:
                k += 1
            if (
                connector
                and k < n
                and tokens[k].capitalised
                and not tokens[k].modifier
                and tokens[k].base not in lx.CALENDAR_WORDS
            ):
                has_complement = has_complement or token.lower in COMPLEMENT_OPENERS
                j = k
                continue
            break
        runs.append((i, j - issued_by_run(tokens, i, j)))
    return runs


def issued_by_run(tokens: list[Token], i: int, j: int) -> int:
    """1 when the run's last word is a document its other words issued, no word of their name:
    "the VRA Statement said", "the Velmar Relief Agency Communique"; else 0."""
    last = tokens[j - 1]
    return int(j - i >= 2 and last.lower in lx.ISSUED_NOUNS and tokens[j - 2].lower != "the")

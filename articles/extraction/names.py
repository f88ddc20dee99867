"""Names in the text: tokens, the noun phrases that name a speaker, organisations and people."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from articles.extraction import lexicon as lx

WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}(?:-[^\W\d_]+)*"  # U.S., U.N., U.S.-backed
    r"|[^\W_]+(?:[_'’&-]+[^\W_]+)*"  # words, "al-Assad", "don't"
    r"(?:\.(?:com|org|net|info|news|at|de|ru|ua|fr)\b|(?<=s)['’](?!\w))?"  # Znak.com, "Workers'"
    r"|[^\w\s]"
)
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar|at|az|an|ul)-(?=[^\W\d_])", re.IGNORECASE)
POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]*[A-Z](?:-[A-Z]{1,6})*$|^(?:[A-Z]\.){2,}$")


class Token(NamedTuple):
    """A word or mark outside quotations, or a whole quotation (``quote`` >= 0); what the rules
    ask of a word is worked out once, here. A named tuple: the engine makes one per word."""

    text: str
    start: int
    end: int
    quote: int = -1
    lower: str = ""
    base: str = ""
    is_word: bool = False
    capitalised: bool = False
    possessive: bool = False
    acronym: bool = False
    modifier: bool = False

    @classmethod
    def of(cls, text: str, start: int, end: int, quote: int = -1) -> Token:
        if quote >= 0:
            return cls(text, start, end, quote, text.casefold(), text)
        return cls(text, start, end, quote, *word_facts(text))  # type: ignore[call-arg]


@lru_cache(maxsize=65536)
def word_facts(text: str) -> tuple[str, str, bool, bool, bool, bool, bool]:
    """lower, base, is_word, capitalised, possessive, acronym, modifier (a hyphenated modifier
    names no one: "US-backed", "Kurdish-led"): words repeat, so once each."""
    base = POSSESSIVE.sub("", text)
    lower = text.casefold()
    return (
        lower,
        base,
        text[0].isalnum(),
        text[0].isupper() or bool(ARABIC_ARTICLE.match(text)),
        base != text,
        bool(ACRONYM.match(base)),
        lower.endswith(lx.SUFFIX_MODIFIERS),
    )


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words and marks of ``text[start:end]``; "Mr." and "Sept." keep their full stop.

    One ``findall`` and a ``find`` per word: only spaces and underscores lie between words,
    so the first occurrence of a word after the previous one is where it was matched.
    """
    tokens: list[Token] = []
    append, new, find, known = tokens.append, tuple.__new__, text.find, TOKEN_TAILS.get
    stop = start
    for word in WORD.findall(text, start, end):
        at = find(word, stop)
        stop = at + len(word)
        if word == "." and tokens and tokens[-1].end == at and keeps_full_stop(tokens[-1].text):
            previous = tokens.pop()
            word, at = previous.text + ".", previous.start
        append(new(Token, (word, at, stop) + (known(word) or token_tail(word))))
    return tokens


TOKEN_TAILS: dict[str, tuple] = {}
"""What a word's Token holds besides the word and its place, by word: words repeat."""


def token_tail(word: str) -> tuple:
    if len(TOKEN_TAILS) > 65536:
        TOKEN_TAILS.clear()
    tail = TOKEN_TAILS[word] = (-1, *word_facts(word))
    return tail


@lru_cache(maxsize=65536)
def strip_possessive(word: str) -> str:
    """ "SDF's" -> "SDF", "Workers'" -> "Workers"."""
    return POSSESSIVE.sub("", word)


@lru_cache(maxsize=4096)
def keeps_full_stop(word: str) -> bool:
    return word[0].isalpha() and (
        word.casefold() in lx.ABBREVIATIONS or (len(word) == 1 and word.isupper())
    )


def initials(words: list[str]) -> str:
    """Initial letters of the capitalised words: "Syrian Democratic Forces" -> "SDF"."""
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


def is_country(name: str) -> bool:
    name = strip_the(name)
    return name in lx.COUNTRIES or name in lx.COUNTRY_NAMES


def is_place_word(token: Token) -> bool:
    return token.base in lx.COUNTRIES or token.base in lx.CALENDAR_WORDS


def opens_no_name(tokens: list[Token], i: int) -> bool:
    """Capitalised function words ("During", "Despite") and plural nouns that open a sentence
    ("Villagers say") begin no name."""
    token = tokens[i]
    if token.base in lx.COMMON_ORGANISATIONS:
        return False
    if token.lower in lx.SENTENCE_OPENERS or token.base in lx.CALENDAR_WORDS:
        return True
    if token.lower in lx.ROLE_WORDS:
        return True
    at_start = i == 0 or tokens[i - 1].text in '.!?:;"“”' or tokens[i - 1].quote >= 0
    next_capitalised = i + 1 < len(tokens) and tokens[i + 1].capitalised
    return at_start and not next_capitalised and token.lower.endswith(lx.PLURAL_COMMON_ENDINGS)


# --- organisations ---------------------------------------------------------------------------


@dataclass
class Organisation:
    name: str
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)
    first: int = 0


class Organisations:
    """Every organisation found, looked up by full name, acronym or alias."""

    def __init__(self) -> None:
        self.items: list[Organisation] = []
        self.by_key: dict[str, Organisation] = {}
        self.not_organisations: set[str] = set(lx.NOT_ORGANISATION_ACRONYMS)
        self.phrases: dict[tuple[int, int], Phrase | None] = {}
        """Phrases read so far, by (sentence, token): how a phrase reads depends on the
        names that ``find`` knows, so a new name or a renamed body forgets them; an alias
        that ``find`` knows already, or an earlier first mention, does not."""

    def find(self, name: str) -> Organisation | None:
        return self.by_key.get(lookup_key(name))

    def add(self, name: str, at: int, acronym: str = "") -> Organisation | None:
        name = strip_the(name.strip())
        if not name or name in self.not_organisations:
            return None
        if name in lx.COMMON_ORGANISATIONS and not acronym:
            full = lx.COMMON_ORGANISATIONS[name]
            name, acronym = full, (name if ACRONYM.match(name) and name != full else "")
        found = self.find(name) or (self.find(acronym) if acronym else None)
        renamed = False
        if found is None:
            found = Organisation(name=name, acronym=acronym, first=at)
            self.items.append(found)
        elif acronym and not found.acronym:
            if found.name == acronym:
                found.name, renamed = name, True
            found.acronym = acronym
        elif name.casefold() not in {found.name.casefold(), found.acronym.casefold()}:
            found.aliases.append(name)
        found.first = min(found.first, at)
        keys = [k.casefold() for k in (name, acronym) if k and k.casefold() not in self.by_key]
        for key in keys:
            self.by_key[key] = found
        if keys or renamed:
            self.phrases.clear()
        return found

    def ordered(self) -> list[Organisation]:
        return sorted(self.items, key=lambda o: o.first)


def capitalised_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words, with "of", "for", "the" inside ("Court of Justice")
    and "and" only in a complement ("Islamic State of Iraq and Syria")."""
    runs, n, j = [], len(tokens), 0
    for i in [i for i, t in enumerate(tokens) if t.capitalised and not t.modifier]:
        if i < j or opens_no_name(tokens, i):
            continue
        j, has_complement = i + 1, False
        while j < n:
            token = tokens[j]
            if tokens[j - 1].possessive and tokens[j - 1].base in lx.COUNTRIES:
                break
            if tokens[j - 1].possessive and tokens[j - 1].acronym:
                break
            if token.capitalised and not token.modifier and token.base not in lx.CALENDAR_WORDS:
                j += 1
                continue
            connector = token.lower in lx.NAME_CONNECTORS and (
                token.lower != "and" or has_complement
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
                has_complement = has_complement or token.lower in {"of", "for"}
                j = k
                continue
            break
        runs.append((i, j))
    return runs


def organisation_in_run(words: list[str]) -> tuple[int, int] | None:
    """The organisation inside a capitalised run, cut after its head noun and complement:
    "United Nations Security Council Resolution" -> "United Nations Security Council"."""
    return organisation_span(tuple(words))


@lru_cache(maxsize=16384)
def organisation_span(words: tuple[str, ...]) -> tuple[int, int] | None:
    head = -1
    for index, word in enumerate(words):
        bare = strip_possessive(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        if bare in lx.ORGANISATION_NOUNS or (
            bare in lx.ORGANISATION_NOUNS_AFTER_OF and following == "of"
        ):
            head = index
    if head < 0 or len(words) < 2:
        return None
    end = head + 1
    if end < len(words) and words[end] in {"of", "for", "on"}:
        end = len(words)
    return 0, end


def find_organisations(
    paragraph_tokens: list[list[Token]],
    skip_before: int,
    paragraph_runs: list[list[tuple[int, int]]] | None = None,
) -> Organisations:
    """Organisations named in the article (see each rule below); acronyms are defined first,
    so that a use before the definition is known too. ``paragraph_runs``, the capitalised runs
    of each paragraph when the caller has them already, saves reading them twice."""
    found = Organisations()
    paragraphs = []
    for index, tokens in enumerate(paragraph_tokens):
        if tokens and tokens[0].start < skip_before:
            tokens = [t for t in tokens if t.start >= skip_before]
            paragraphs.append((tokens, capitalised_runs(tokens)))
        elif paragraph_runs is not None:
            paragraphs.append((tokens, paragraph_runs[index]))
        else:
            paragraphs.append((tokens, capitalised_runs(tokens)))
    for tokens, runs in paragraphs:
        define_acronyms(tokens, runs, found)
    for tokens, runs in paragraphs:
        for start, end in runs:
            name_organisation_run(tokens, start, end, found)
        institution_with_lowercase_head(tokens, runs, found)
        spokesperson_of(tokens, runs, found)
        common_bodies(tokens, found)
        named_after_its_kind(tokens, runs, found)
        acronyms_alone(tokens, found)
    return found


def run_text(tokens: list[Token], start: int, end: int) -> str:
    words = [t.text for t in tokens[start:end]]
    if words:
        words[-1] = strip_possessive(words[-1])
    return " ".join(words)


def define_acronyms(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """ "Full Name (ACRONYM)" and "ACRONYM (Full Name)": "Syrian Democratic Forces (SDF)"."""
    run_ending = {end: start for start, end in runs}
    run_starting = dict(runs)
    for i in [i for i, t in enumerate(tokens) if t.text == "("]:
        if i + 2 >= len(tokens):
            continue
        if tokens[i + 2].text == ")" and tokens[i + 1].acronym:
            acronym = tokens[i + 1].base
            run = (run_ending[i], i) if i in run_ending else None
            if run is None:
                found.not_organisations.add(acronym)
                continue
            words = [t.text for t in tokens[run[0] : i]]
            start = best_expansion(words, acronym)
            name = run_text(tokens, run[0] + start, i)
            if is_country(name):
                found.not_organisations.add(acronym)
            else:
                found.add(name, tokens[run[0] + start].start, acronym)
        elif i > 0 and tokens[i - 1].acronym:
            end = run_starting.get(i + 1)
            if end is not None and end < len(tokens) and tokens[end].text == ")":
                found.add(run_text(tokens, i + 1, end), tokens[i - 1].start, tokens[i - 1].base)


def best_expansion(words: list[str], acronym: str) -> int:
    """Where the full name starts in the words before "(ACRONYM)": the longest tail whose
    initials spell the acronym, else the whole run ("People's Protection Units (YPG)")."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    for start in range(len(words)):
        if initials(words[start:]) == letters:
            return start
    return 0


COMMON_NAME = re.compile(
    "|".join(re.escape(n) for n in sorted(lx.COMMON_ORGANISATION_NAMES, key=lambda n: (-len(n), n)))
)
"""A common body's full name anywhere in a run, the longest first where two start together."""


def name_organisation_run(tokens: list[Token], start: int, end: int, found: Organisations) -> None:
    """A run built on an organisation noun ("Syrian Observatory for Human Rights"), a common
    body ("United Nations") or a known acronym."""
    words = [t.text for t in tokens[start:end]]
    person_of = person_of_organisation(words)
    if person_of is not None:
        offset = len(words) - len(person_of[1].split())
        found.add(person_of[1], tokens[start + offset].start)
        return
    span = organisation_in_run(words)
    if span is not None:
        found.add(run_text(tokens, start, start + span[1]), tokens[start].start)
        return
    text = run_text(tokens, start, end)
    if found.find(text) is not None:
        return
    common = COMMON_NAME.search(text)
    if common is not None:
        found.add(common.group(), tokens[start].start)


KINDS_AND_STOPS = lx.ORGANISATION_KINDS_PLURAL | {";"}


def named_after_its_kind(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A body introduced by what it is ("Iranian airline Mahan Air", "news site Znak.com",
    "firms including Deutsche Bahn, Daimler"), and a legislature named by one word ("the
    Senate")."""
    run_starting = dict(runs)
    listing = False
    # other lowercase words change nothing: only capitals, dotted words, kinds and stops do
    for i in [
        i
        for i, t in enumerate(tokens)
        if t.capitalised or t.lower in KINDS_AND_STOPS or "." in t.text or t.quote >= 0
    ]:
        token = tokens[i]
        if token.base in lx.SINGLE_WORD_BODIES and i > 0 and tokens[i - 1].lower == "the":
            found.add(token.base, token.start)
        if token.lower in lx.ORGANISATION_KINDS_PLURAL:
            listing = True
            continue
        if token.text in {".", ";"} or token.quote >= 0:
            listing = False
        if i == 0 or i not in run_starting:
            if token.lower.endswith(lx.WEBSITE_ENDINGS) and token.is_word:
                found.add(token.text, token.start)
            continue
        before = tokens[i - 1].lower
        if before in lx.ORGANISATION_KINDS or (listing and before in {",", "including", "and"}):
            name = run_text(tokens, i, run_starting[i])
            if not is_country(name) and name not in found.not_organisations:
                found.add(name, token.start)


def common_bodies(tokens: list[Token], found: Organisations) -> None:
    """A very common body named by one word, anywhere: "Reuters reported", "the Taliban"."""
    for token in [t for t in tokens if t.base in lx.COMMON_ORGANISATIONS and not t.acronym]:
        if found.find(token.base) is None:
            found.add(lx.COMMON_ORGANISATIONS[token.base], token.start)


def institution_with_lowercase_head(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A proper name, lowercase adjectives and an institution: "Maidan Wardak provincial
    council"."""
    for start, end in runs:
        k = end
        while k < len(tokens) and k - end < 3 and tokens[k].lower.isalpha():
            if tokens[k].lower in lx.LOWERCASE_INSTITUTIONS:
                if not all(t.base in lx.DEMONYMS for t in tokens[start:end]):
                    name = " ".join(t.text for t in tokens[start : k + 1])
                    found.add(name, tokens[start].start)
                break
            if tokens[k].lower in lx.DETERMINERS or tokens[k].lower in lx.SPEECH_VERBS:
                break
            k += 1


def spokesperson_of(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """A body named by who speaks or fights for it: "Taliban spokesperson", "Wagner fighters"."""
    for start, end in runs:
        if end >= len(tokens) or tokens[end].lower not in lx.MEMBER_WORDS:
            continue
        name = run_text(tokens, start, end)
        if end - start == 1 and not (is_country(name) or tokens[start].base in lx.DEMONYMS):
            found.add(name, tokens[start].start)


TOLD_WORDS = lx.MEDIA_VERBS_TOLD | {"spoke", "speaking", "talked"}


def outlet_told(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations, is_person
) -> None:
    """A medium that is told or spoken to: "told Rudaw", "spoke to VOA"; a person told
    ("Assad told Pezeshkian") is no medium."""
    run_starting = dict(runs)
    for i in [i for i, t in enumerate(tokens[:-1]) if t.lower in TOLD_WORDS]:
        token, target = tokens[i], i + 1
        if token.lower in {"spoke", "speaking", "talked"} and tokens[target].lower in {
            "to",
            "with",
        }:
            target += 1
        elif token.lower not in lx.MEDIA_VERBS_TOLD:
            continue
        if target < len(tokens) and tokens[target].lower == "the":
            target += 1
        end = run_starting.get(target)
        if end is None:
            continue
        name = run_text(tokens, target, end)
        if not is_country(name) and not is_person(name):
            found.add(name, tokens[target].start)


def acronyms_alone(tokens: list[Token], found: Organisations) -> None:
    """An acronym used alone, defined or not: "the SDF's backbone", "called the SPLA-IO"."""
    for i in [i for i, t in enumerate(tokens) if t.acronym or "-" in t.text]:
        token = tokens[i]
        parts = [token.base] if token.acronym else []
        if not parts:
            parts = [p for p in token.base.split("-") if ACRONYM.match(p)]
        for part in parts:
            if part in found.not_organisations or not 2 <= len(part.replace(".", "")) <= 8:
                continue
            neighbours = tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 2]
            if any(n.acronym and n.base not in found.by_key for n in neighbours):
                continue
            known = found.find(part) or next(
                (o for o in found.items if part in o.acronym.split("-")[1:]), None
            )
            if known is not None:
                known.first = min(known.first, token.start)
            elif part in lx.COMMON_ORGANISATIONS:
                full = lx.COMMON_ORGANISATIONS[part]
                found.add(full, token.start, part if part != full else "")
            else:
                found.add(part, token.start, part)


# --- phrases that name a speaker -------------------------------------------------------------

PRONOUNS = lx.PRONOUNS_PERSON | lx.PRONOUNS_ORGANISATION | lx.PRONOUNS_GROUP

PREFIX_STOP = frozenset({"of", "for", "in", "at", "on", "with", "to", "from", "by", "within"})


class Phrase(NamedTuple):
    """A noun phrase that may name a speaker: "US State Department Spokesperson Matthew Miller".

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


def joins_title(tokens: list[Token], j: int) -> int:
    """How many lowercase words lead to a title word: "communication minister", "and
    government spokesperson"; 0 when they do not."""
    k = j
    while k < len(tokens) and k - j < 3:
        token = tokens[k]
        low = token.lower
        if not token.is_word or token.text != low:
            return 0
        if low in lx.TITLE_WORDS:
            return k - j
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


def phrase_pieces(tokens: list[Token], i: int) -> tuple[list[tuple[int, str]], int]:
    """The words of a noun phrase from ``i`` with their part: cap, title, role, lower, honorific."""
    pieces: list[tuple[int, str]] = []
    j, n = i, len(tokens)
    while j < n:
        token = tokens[j]
        if token.quote >= 0:
            break
        if token.text == "(" and j + 2 < n and tokens[j + 2].text == ")" and tokens[j + 1].acronym:
            j += 3
            continue
        if not token.is_word:
            break
        low = token.lower
        if token.modifier and not pieces:
            j += 1
            continue
        if low in lx.HONORIFICS and j + 1 < n and tokens[j + 1].capitalised:
            pieces.append((j, "honorific"))
        elif j == i and low in lx.ROLE_WORDS and j + 1 < n and tokens[j + 1].capitalised:
            pieces.append((j, "role"))
        elif (
            token.capitalised and token.base not in lx.CALENDAR_WORDS and low not in lx.DETERMINERS
        ):
            if j == i and opens_no_name(tokens, j) and low not in lx.TITLE_WORDS:
                break
            pieces.append((j, "title" if strip_possessive(low) in lx.TITLE_WORDS else "cap"))
            if token.possessive and any(kind in ("title", "role") for _, kind in pieces):
                return pieces, j + 1
        elif low in lx.TITLE_WORDS:
            pieces.append((j, "title"))
        elif low in lx.ROLE_WORDS or (
            low in lx.DEFINITE_ORG_WORDS and (pieces or tokens[j - 1].lower in lx.DETERMINERS)
        ):
            pieces.append((j, "role"))
        elif low in lx.NAME_PARTICLES and pieces and j + 1 < n and tokens[j + 1].capitalised:
            pieces.append((j, "cap"))
        elif low in {"of", "for"} and pieces and j + 1 < n and continues_name(pieces):
            skip = 2 if tokens[j + 1].lower == "the" else 1
            if j + skip < n and tokens[j + skip].capitalised:
                pieces.extend((j + m, "cap") for m in range(skip))
                j += skip
                continue
            break
        else:
            lead = joins_title(tokens, j)
            opened = pieces or (j > 0 and tokens[j - 1].lower in lx.DETERMINERS)
            if not lead or not (opened or names_after(tokens, j + lead)):
                break
            if low == "and" and (
                not pieces or (pieces[-1][1] == "cap" and continues_name(pieces) is False)
            ):
                break  # "Whip Dick Durbin and incoming chair ...": a second person
            pieces.extend((j + m, "lower") for m in range(lead))
            j += lead
            continue
        j += 1
    return pieces, j


def names_after(tokens: list[Token], title: int) -> bool:
    """A capitalised word follows the title: "said police chief Omar Sy" names him."""
    return title + 1 < len(tokens) and tokens[title + 1].capitalised


def continues_name(pieces: list[tuple[int, str]]) -> bool:
    """ "of" joins a title to its office ("Secretary of State") or an organisation's words
    ("Ministry of Health"), never a person's name to a body ("Colonel Aziz of the Guard")."""
    described = any(kind in ("title", "role") for _, kind in pieces)
    return not described or pieces[-1][1] == "title"


def read_phrase(tokens: list[Token], i: int, orgs: Organisations) -> Phrase | None:
    """The noun phrase starting at token ``i``, parsed into name, title and organisation."""
    key = (id(tokens), i)
    if key not in orgs.phrases:
        orgs.phrases[key] = parse_phrase(tokens, i, orgs)
    return orgs.phrases[key]


def parse_phrase(tokens: list[Token], i: int, orgs: Organisations) -> Phrase | None:
    if i >= len(tokens) or tokens[i].quote >= 0:
        return None
    low = tokens[i].lower
    if low in PRONOUNS:
        return Phrase(i, i + 1, "pronoun", name=low)
    start = i + 1 if low in lx.DETERMINERS else i
    pieces, end = phrase_pieces(tokens, start)
    if not pieces:
        return None
    described = [k for k, (_, kind) in enumerate(pieces) if kind in ("title", "role")]
    if not described:
        return name_phrase(tokens, i, end, [p for p, _ in pieces], orgs)
    last = described[-1]
    names = []
    for index, kind in pieces[last + 1 :]:
        if kind != "cap":
            break
        names.append(index)
    prefix_end = next((k for k, (_, kind) in enumerate(pieces) if kind != "cap"), len(pieces))
    for k in range(prefix_end):
        if tokens[pieces[k][0]].possessive:
            prefix_end = k + 1
            break
    titles = [k for k in described if pieces[k][1] == "title"]
    title = ""
    if titles:
        title = " ".join(tokens[p].base for p, _ in pieces[prefix_end : titles[-1] + 1])
    prefix = " ".join(tokens[p].base for p, _ in pieces[:prefix_end])
    organisation = organisation_named(prefix, orgs)
    if title and prefix and not organisation and not is_nationality(prefix):
        title = f"{prefix} {title}"
    office, names = office_before_name(tokens, names)
    if office:
        words = " ".join(tokens[p].base for p in office)
        body = orgs.find(words) or (words if organisation_in_run(words.split()) else None)
        if body is not None and not organisation:
            organisation = body if isinstance(body, str) else body.name
        elif title:
            title = f"{title} of {words}" if tokens[office[0]].lower != "of" else title
    if not names:
        head = tokens[pieces[last][0]].lower
        return Phrase(i, end, "unnamed", title=title, organisation=organisation, head=head)
    name = " ".join(tokens[p].base for p in names)
    return Phrase(i, names[-1] + 1, "person", name, title, organisation, described=True)


def office_before_name(tokens: list[Token], names: list[int]) -> tuple[list[int], list[int]]:
    """After "of", an office or body comes before the name: "Secretary of State Mike Pompeo",
    "the chief of VOA"; the name starts at a known first name, else it is the last two words
    (the last one when only two follow)."""
    joins = [k for k, p in enumerate(names) if tokens[p].lower in ("of", "for", "the")]
    if not joins:
        return [], names
    rest = names[joins[-1] + 1 :]
    words = [tokens[p].text for p in rest]
    if organisation_in_run(words) or all(tokens[p].acronym for p in rest):
        return [p for p in names if tokens[p].lower not in ("of", "for", "the")], []
    start = next((k for k, p in enumerate(rest) if tokens[p].lower in lx.FIRST_NAMES), None)
    if start is None:
        start = len(rest) - 2 if len(rest) >= 3 else 1
    office = [p for p in rest[:start] if tokens[p].lower not in ("of", "for", "the")]
    return office, rest[start:]


def name_phrase(
    tokens: list[Token], first: int, end: int, indexes: list[int], orgs: Organisations
) -> Phrase:
    """A phrase of capitalised words only: a person, an organisation or a country."""
    honorific = [p for p in indexes if tokens[p].lower in lx.HONORIFICS]
    if honorific and len(indexes) - len(honorific) >= 2:
        indexes = [p for p in indexes if p not in honorific]
        honorific = []
    indexes = from_first_name(tokens, indexes)
    words = [tokens[p].text for p in indexes]
    words[-1] = strip_possessive(words[-1])
    name = " ".join(words)
    last = indexes[-1] + 1
    person_of = person_of_organisation(words)
    if person_of and orgs.find(name) is None:
        return Phrase(first, last, "person", person_of[0], organisation=person_of[1])
    if not honorific:
        organisation = orgs.find(name)
        if organisation is not None:
            return Phrase(first, last, "organisation", organisation.name)
        if organisation_in_run(words) or all(tokens[p].acronym for p in indexes):
            return Phrase(first, last, "organisation", name)
        if is_country(name):
            return Phrase(first, last, "country", strip_the(name))
        if all(tokens[p].base in lx.DEMONYMS for p in indexes):
            return Phrase(first, end, "unnamed", head=tokens[indexes[-1]].lower)
    return Phrase(first, last, "person", name)


def from_first_name(tokens: list[Token], indexes: list[int]) -> list[int]:
    """A name begins at a common first name after a place or an unknown word, when no word
    before is a first name too: "Germany Richard Grenell" is "Richard Grenell"."""
    if len(indexes) < 3 or any(tokens[p].lower in ("of", "for", "the") for p in indexes):
        return indexes
    start = next((k for k, p in enumerate(indexes) if tokens[p].lower in lx.FIRST_NAMES), 0)
    if start == 0 or len(indexes) - start < 2:
        return indexes
    before = indexes[:start]
    if any(tokens[p].lower in lx.NAME_PARTICLES or tokens[p].acronym for p in before):
        return indexes
    return indexes[start:]


def is_nationality(prefix: str) -> bool:
    """A country or nationality before a title: "Turkish President", "US envoy"."""
    return is_country(prefix) or all(w in lx.DEMONYMS or w in lx.COUNTRIES for w in prefix.split())


def person_of_organisation(words: list[str]) -> tuple[str, str] | None:
    """ "Samir Aziz of the Border Guard Force": a name, then the body it belongs to."""
    if "of" not in words and "for" not in words:
        return None
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if not cut or organisation_in_run(words[:cut]) or not organisation_in_run(words[cut:]):
        return None
    rest = words[cut + 1 :]
    if rest and rest[0] == "the":
        rest = rest[1:]
    return " ".join(words[:cut]), " ".join(rest)


def organisation_named(prefix: str, orgs: Organisations) -> str:
    """The body a title belongs to, when the words before it name one: "US State Department"
    Spokesperson; a nationality ("Turkish President") names none."""
    if not prefix or is_nationality(prefix):
        return ""
    found = orgs.find(prefix)
    if found is not None:
        return found.name
    if organisation_in_run(prefix.split()) or ACRONYM.match(prefix):
        return prefix
    return ""


# --- people ----------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """Compare name words without case, accents, possessives or an Arabic article."""
    word = unicodedata.normalize("NFKD", strip_possessive(word).casefold())
    word = "".join(c for c in word if not unicodedata.combining(c))
    return ARABIC_ARTICLE.sub("", word).rstrip(".")


@dataclass
class Person:
    name: str
    first: int
    title: str = ""
    organisation: str = ""
    forms: list[str] = field(default_factory=list)
    evidence: bool = False
    gender: str = ""
    """ "f" or "m" where a word around a mention shows it ("Ms.", "spokeswoman") or a pronoun
    was bound to this person; "" when nothing does."""

    keys: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.rename(self.name)

    def rename(self, name: str) -> None:
        self.name = name
        self.keys = name_keys(name)

    def well_attested(self) -> bool:
        """Named in full or with a title: surely a person, not a capitalised noun that opened
        a sentence."""
        return len(name_words(self.name)) > 1 or bool(self.title)

    def likely_gender(self) -> str:
        """What the article shows, else what the first name suggests ("Maria" -> "f"); a hint
        for "he" and "she", never proof."""
        if self.gender:
            return self.gender
        words = name_words(self.name)
        first = words[0].casefold() if len(words) > 1 else ""
        if first in lx.FEMALE_NAMES:
            return "f"
        return "m" if first in lx.MALE_NAMES else ""


class Mention(NamedTuple):
    start: int
    person: Person
    subject: bool


NOT_NAME_WORDS = lx.HONORIFICS | lx.NAME_PARTICLES


@lru_cache(maxsize=16384)
def name_words(name: str) -> tuple[str, ...]:
    """The words that identify a person: "Mr. Bashar al-Assad" -> ("Bashar", "al-Assad")."""
    return tuple(w for w in name.split() if w.casefold() not in NOT_NAME_WORDS)


@lru_cache(maxsize=16384)
def name_keys(name: str) -> frozenset[str]:
    return frozenset(name_key(w) for w in name_words(name))


class People:
    """The people an article names; "Miller" and "Mr. Miller" are "Matthew Miller"."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.mentions: list[Mention] = []

    def match(self, name: str, at: int) -> Person | None:
        """The person whose full name holds every word of ``name``; the nearest before ``at``
        when several do, else the first after."""
        keys = name_keys(name)
        if not keys:
            return None
        candidates = [p for p in self.people if keys <= p.keys]
        before = [p for p in candidates if p.first <= at]
        if before:
            return max(before, key=lambda p: p.first)
        return min(candidates, key=lambda p: p.first) if candidates else None

    def add(
        self, phrase: Phrase, at: int, evidence: bool, subject: bool, gender: str = ""
    ) -> Person:
        person = self.match(phrase.name, at)
        if person is None:
            person = Person(phrase.name, at)
            self.people.append(person)
        elif len(name_words(phrase.name)) > len(name_words(person.name)):
            person.forms.append(person.name)
            person.rename(phrase.name)
        if phrase.name != person.name and phrase.name not in person.forms:
            person.forms.append(phrase.name)
        person.title = person.title or phrase.title
        person.organisation = person.organisation or phrase.organisation
        person.evidence = person.evidence or evidence or bool(phrase.title)
        person.gender = person.gender or gender
        self.mentions.append(Mention(at, person, subject))
        return person

    def knows(self, name: str) -> bool:
        person = self.match(name, 1 << 60)
        return person is not None and (len(name_words(person.name)) > 1 or person.evidence)


def subject_start(tokens: list[Token]) -> int:
    """Where a sentence's subject begins, after an opening adverbial phrase: "In a statement,
    the SDF said" -> "the SDF"."""
    i = 0
    if tokens and tokens[0].lower in lx.INTRO_WORDS:
        comma = next((m for m, t in enumerate(tokens) if t.text == ","), None)
        i = comma + 1 if comma is not None else 1
    while i < len(tokens) and tokens[i].lower in {"but", "and", "so", "yet", "then"}:
        i += 1
    return i


def verb_follows(tokens: list[Token], j: int, subject: bool) -> bool:
    """A name followed by a verb is someone acting: "Miller stressed", "Hotak also alleged";
    a sentence's subject may take any verb ("Ole Dahl saw")."""
    while j < len(tokens) and tokens[j].lower in lx.AUXILIARIES:
        j += 1
    if j >= len(tokens) or not tokens[j].is_word or tokens[j].text != tokens[j].lower:
        return False
    word = tokens[j].lower
    if word in lx.SPEECH_VERBS or word.endswith("ed"):
        return True
    return subject and word not in lx.NOT_VERBS and not word[0].isdigit()


def apposition(tokens: list[Token], j: int, orgs: Organisations) -> tuple[str, str, bool]:
    """Title, organisation and whether an aside after a name shows a person: "Robert Mardini,
    the ICRC's Middle East director,", "Lilias Arie, 24,", "Sharif Hotak, of the council,"."""
    if j >= len(tokens) or tokens[j].text != ",":
        return "", "", False
    close = j + 1
    while close < len(tokens) and close - j < 16 and tokens[close].text not in {",", ";"}:
        if tokens[close].quote >= 0:
            break
        close += 1
    inner = tokens[j + 1 : close]
    if not inner or not inner[0].is_word:
        return "", "", False
    first = inner[0].lower
    if first.isdigit() or first == "who":
        return "", "", True
    if first == "of":
        words = [t.text for t in inner[1:] if t.is_word]
        if words and words[0].casefold() == "the":
            words = words[1:]
        named = bool(words) and words[0][0].isupper()
        return "", " ".join(words) if named else "", True
    position = next((m for m, t in enumerate(inner) if t.lower in lx.TITLE_WORDS), None)
    if position is None:
        return "", "", first in {"a", "an", "the"}
    start = 1 if first in lx.DETERMINERS else 0
    organisation = ""
    if start < position and inner[start].possessive:
        organisation = organisation_named(inner[start].base, orgs) or inner[start].base
        start += 1
    title = " ".join(t.base for t in inner[start : position + 1])
    rest = inner[position + 1 :]
    if rest and rest[0].lower in {"of", "for", "at"}:
        words = [t.text for t in rest[1:] if t.is_word]
        if words and words[0].casefold() == "the":
            words = words[1:]
        if words and words[0][0].isupper():
            found = orgs.find(" ".join(words))
            organisation = found.name if found else " ".join(words)
    return title, organisation, True


PHRASE_OPENERS = lx.TITLE_WORDS | lx.ROLE_WORDS | lx.DETERMINERS


def phrase_starts(tokens: list[Token]) -> list[int]:
    """Where a person's phrase may begin: a capitalised word, a title or role ("spokesman"),
    or a determiner before a capitalised word ("the Kremlin")."""
    last = len(tokens) - 1
    return [
        i
        for i, t in enumerate(tokens)
        if t.is_word
        and (t.capitalised or t.lower in PHRASE_OPENERS)
        and (
            t.capitalised
            or t.lower in lx.TITLE_WORDS
            or t.lower in lx.ROLE_WORDS
            or (i < last and tokens[i + 1].capitalised)
        )
    ]


def gender_shown(words: list[Token], title: str) -> str:
    """ "f" or "m" when an honorific in a name ("Ms. Okafor", "Mr Dale") or a gendered title
    ("spokeswoman Ines Varga", "Pieter Vos, the chairman,") shows it; surnames are not read,
    so "Helen Lord" is no lord."""
    honorifics = [
        t.lower
        for t, after in zip(words, words[1:], strict=False)
        if t.lower in lx.HONORIFICS and after.capitalised
    ]
    for word in (*honorifics, *title.casefold().split()):
        if word in lx.FEMALE_TITLES:
            return "f"
        if word in lx.MALE_TITLES:
            return "m"
    return ""


CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})


def title_lead(tokens: list[Token], title: int, since: int) -> int:
    """How many lowercase words before a title belong to it: "by police chief Omar Sy",
    "former army chief"; none before ``since``."""
    if tokens[title].lower not in lx.TITLE_WORDS:
        return 0
    lead = 0
    for m in (1, 2):
        word = tokens[title - m]
        if title - m < since or not word.is_word or word.capitalised or word.lower in CONJUNCTIONS:
            break
        if joins_title(tokens, title - m) == m:
            lead = m
    return lead


def title_before_apposition(tokens: list[Token], first: int, last: int) -> str:
    """A title set before a name between commas: "The mayor of Paris, Anne Hidalgo, said" ->
    "mayor"; "The group's chief spokesman, Zabihullah Mujahid," -> "chief spokesman"; "the
    chief of VOA's Africa division, Gwen Dillard," -> "chief". An owner before the title
    ("Merkel's spokesperson") is left out."""
    if first < 2 or tokens[first - 1].text != "," or last >= len(tokens):
        return ""
    if tokens[last].text != ",":
        return ""
    words: list[Token] = []
    for k in range(first - 2, max(-1, first - 10), -1):
        token = tokens[k]
        if not token.is_word or token.quote >= 0 or token.lower in lx.DETERMINERS:
            break
        words.insert(0, token)
    titles = [n for n, t in enumerate(words) if strip_possessive(t.lower) in lx.TITLE_WORDS]
    if not titles or words[titles[-1]].possessive:
        return ""
    owners = [n for n, t in enumerate(words[: titles[-1]]) if t.possessive]
    start = owners[-1] + 1 if owners else 0
    while start < titles[-1] and words[start].lower in PREFIX_STOP:
        start += 1
    return " ".join(t.base for t in words[start : titles[-1] + 1])


def find_people(sentences: list[list[Token]], orgs: Organisations) -> People:
    """Every person named outside quotations, with the title and organisation the article
    gives, whether anything shows they are a person, and whether they open their sentence."""
    seen: list[tuple[Phrase, int, bool, bool, str]] = []
    for tokens in sentences:
        subject = subject_start(tokens)
        i = 0
        for start in phrase_starts(tokens):
            if start < i:
                continue
            phrase = None
            lead = start - title_lead(tokens, start, i)
            if lead < start:
                phrase = read_phrase(tokens, lead, orgs)
                i = lead
            if phrase is None or phrase.kind != "person":
                phrase, i = read_phrase(tokens, start, orgs), start
            token = tokens[i]
            if phrase is None or phrase.kind != "person":
                i = phrase.last if phrase is not None and phrase.last > i else i + 1
                continue
            title, organisation, aside = apposition(tokens, phrase.last, orgs)
            if not (title or phrase.title):
                title = title_before_apposition(tokens, i, phrase.last)
            place = i > 0 and tokens[i - 1].lower in lx.PLACE_PREPOSITIONS and not phrase.described
            acts = verb_follows(tokens, phrase.last, i == subject)
            evidence = not place and (aside or phrase.described or acts)
            if title or organisation:
                phrase = Phrase(
                    phrase.first,
                    phrase.last,
                    phrase.kind,
                    phrase.name,
                    phrase.title or title,
                    phrase.organisation or organisation,
                    described=True,
                )
            clause = i > 0 and tokens[i - 1].lower in lx.CLAUSE_OPENERS and acts
            gender = gender_shown(tokens[i : phrase.last], f"{phrase.title} {title}")
            seen.append((phrase, token.start, evidence, i == subject or clause, gender))
            i = phrase.last
    people = People()
    for phrase, at, evidence, is_subject, gender in sorted(
        seen, key=lambda s: -len(name_words(s[0].name))
    ):
        people.add(phrase, at, evidence, is_subject, gender)
    people.mentions.sort(key=lambda m: m.start)
    return people

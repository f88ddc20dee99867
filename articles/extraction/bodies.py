"""The bodies an article names, kept one entry per body, and the shapes of a body's name."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.tokens import (
    ACRONYM,
    ARABIC_ARTICLE,
    Token,
    is_place_name,
    lookup_key,
    strip_possessive,
    strip_the,
)


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
        self.not_organisations: set[str] = set(bw.NOT_ORGANISATION_ACRONYMS)
        self.version = 0
        """Counts the changes to what ``find`` answers: a new name or a renamed body; an alias
        that ``find`` knows already, or an earlier first mention, is none."""

    def find(self, name: str) -> Organisation | None:
        return self.by_key.get(lookup_key(name))

    def add(self, name: str, at: int, acronym: str = "") -> Organisation | None:
        name = strip_the(name.strip())
        if not name or name in self.not_organisations:
            return None
        if name in bw.COMMON_ORGANISATIONS and not acronym:
            full = bw.COMMON_ORGANISATIONS[name]
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
        elif name.casefold() not in {
            n.casefold() for n in (found.name, found.acronym, *found.aliases)
        }:
            found.aliases.append(name)
        found.first = min(found.first, at)
        keys = [k.casefold() for k in (name, acronym) if k and k.casefold() not in self.by_key]
        for key in keys:
            self.by_key[key] = found
        if keys or renamed:
            self.version += 1
        return found

    def give_acronym(self, org: Organisation, acronym: str) -> None:
        """The acronym is this body's, and a body listed under the acronym alone is the same."""
        alone = self.find(acronym)
        if alone is not None and alone is not org and alone.name == acronym:
            self.items.remove(alone)
            org.first = min(org.first, alone.first)
        org.acronym = acronym
        self.by_key[acronym.casefold()] = org
        self.version += 1

    def drop_people(self, is_surname) -> None:
        """A one-word name read as a body that is the surname of a person the article names in
        full is that person: "Baxter's spokeswoman" after "Tom Baxter"."""
        for org in [o for o in self.items if " " not in o.name and not o.acronym]:
            if org.name not in bw.COMMON_ORGANISATIONS and is_surname(org.name):
                self.items.remove(org)
                del self.by_key[org.name.casefold()]
                self.version += 1

    def add_alias(self, found: Organisation | None, alias: str) -> None:
        """Another name of a body found, for one the article writes in two ways."""
        if found is None or self.find(alias) is not None:
            return
        found.aliases.append(alias)
        self.by_key[lookup_key(alias)] = found
        self.version += 1

    def fold_short_names(self) -> None:
        """An acronym used alone that opens a longer name the article gives is that body, and
        so is a name that the longer one continues with "of" or "in": "NBC" and "NBC News"
        are one, "Free Army" and "Free Army of the North" too, the short name an alias; so is a
        paper
        named by its last word ("the Post" after "the Kolda Post")."""
        for short in [o for o in self.items if not o.aliases]:
            if short.name in PAPER_HEADS and not short.acronym:
                ending = " " + short.name  # "the Post" after "the Kolda Post"
                longer = next(
                    (o for o in self.items if o.name.endswith(ending) and o is not short), None
                )
            elif short.name == short.acronym or (not short.acronym and " " in short.name):
                openings = (
                    (short.name + " ",)
                    if short.name == short.acronym
                    else (short.name + " of ", short.name + " in ")
                )
                longer = next(
                    (o for o in self.items if o.name.startswith(openings) and o is not short),
                    None,
                )
            else:
                continue
            if longer is None:
                continue
            self.items.remove(short)
            longer.aliases.append(short.name)
            longer.first = min(longer.first, short.first)
            self.by_key[short.name.casefold()] = longer
            self.version += 1

    def fold_inverted_names(self) -> None:
        """A body named with its head first and then last is one body: "Ministry of Health"
        and "Health Ministry", "Department of Justice" and "Justice Department", "Ministry of
        Foreign Affairs" and "Foreign Ministry"; the later-named form is an alias."""
        for one in list(self.items):
            for form in inverted_forms(one.name):
                other = self.find(form)
                if other is None or other is one or other not in self.items:
                    continue
                self.merge(one, other)
                break

    def merge(self, one: Organisation, other: Organisation) -> None:
        """Two entries are one body: the one named first keeps its name, the other's names
        become its aliases (or its acronym, when it has none)."""
        if one is other:
            return
        keep, fold = (one, other) if one.first <= other.first else (other, one)
        self.items.remove(fold)
        for name in (fold.name, fold.acronym, *fold.aliases):
            if name and name.casefold() not in {a.casefold() for a in keep.aliases}:
                keep.aliases.append(name)
            if name:
                self.by_key[lookup_key(name)] = keep
        shortened = fold.name if ACRONYM.match(fold.name) else ""
        keep.acronym = keep.acronym or fold.acronym or shortened
        keep.aliases = [a for a in keep.aliases if a not in (keep.name, keep.acronym)]
        keep.first = min(keep.first, fold.first)
        self.version += 1

    def drop_list_fragments(self) -> None:
        """A name read alone out of a longer one that lists words, before its first comma or
        after its last "and": "Cultural Organization" out of "United Nations Educational,
        Scientific and Cultural Organization" is no body of its own."""
        listed = [o for o in self.items if ", " in o.name]
        for short in [o for o in self.items if not o.acronym]:
            longer = next(
                (
                    o
                    for o in listed
                    if o is not short
                    and (
                        o.name.startswith(short.name + ", ")
                        or o.name.endswith((" and " + short.name, ", " + short.name))
                    )
                ),
                None,
            )
            if longer is not None:
                self.items.remove(short)
                self.by_key[lookup_key(short.name)] = longer
                self.version += 1

    def ordered(self) -> list[Organisation]:
        return sorted(self.items, key=lambda o: o.first)


def inverted_forms(name: str) -> list[str]:
    """The other ways news writes a body named "Head of (the) Field": "Field Head", and without
    a last "Affairs": "Ministry of Foreign Affairs" is the "Foreign Ministry" too."""
    head, of, field = name.partition(" of ")
    if not of or " " in head or head not in bw.ORGANISATION_NOUNS:
        return []
    field = strip_the(field)
    forms = [f"{field} {head}"]
    if field.endswith(" Affairs"):
        forms.append(f"{field.removesuffix(' Affairs')} {head}")
    return forms


def organisation_in_run(words: list[str]) -> tuple[int, int] | None:
    """The organisation inside a capitalised run, cut after its head noun and complement:
    "United Nations Security Council Resolution" -> "United Nations Security Council"."""
    return organisation_span(tuple(words))


COMPLEMENT_WORDS = frozenset({"of", "for", "on", "to", "in", "the"})

MEMBER_TITLES = lx.words("""
    mp mps mep meps msp msps mla mlas mk td senator senators congressman congresswoman lawmaker
    lawmakers legislator legislators councillor councillors councilor councilors assemblyman
    assemblywoman candidate candidates deputy deputies
    """)
"""Titles of an elected member, whom news introduces by party: "Labour MP Jane Roe"."""


PAPER_HEADS = lx.words("""
    Times Post Mail Herald Journal Tribune Gazette Telegraph Chronicle Observer Express
    Inquirer Enquirer Courier Examiner Sentinel Advertiser Ledger Guardian Register Bulletin
    """)
"""Last words of a paper's name, by which news calls it again: "the Post", "the Times"."""

NUMBER_WORDS = lx.words("One Two Three Four Five Six Seven Eight Nine Ten")
"""A number after a body's head names a craft or a unit it has: "Air Force One"."""

SUBCOMMITTEES = lx.words("Subcommittee Subcommittees Sub-Committee")
"""A committee's part, a body as the committee is: "Select Subcommittee on Water"."""

HEADS_AT_THE_END = lx.words("""
    Hospital Hospitals Clinic Hospice Infirmary Underground Metro Railway Railways Rail Transit
    Online
    """)
"""Heads of a service's or a site's name that end it ("Lakeside Hospital", "Riverside
Underground", "Kolda Online"); first in a run they open a place's ("Metro Manila") or
describe ("Hospital Street")."""


@lru_cache(maxsize=16384)
def organisation_span(words: tuple[str, ...]) -> tuple[int, int] | None:
    head = -1
    for index, word in enumerate(words):
        bare = strip_possessive(word).removesuffix(".")  # "Corp.", "Inc."
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            bare in bw.ORGANISATION_NOUNS
            or bare in SUBCOMMITTEES
            or (bare in bw.ORGANISATION_NOUNS_AFTER_OF and following == "of")
            or (bare in bw.ORGANISATION_NOUNS_AFTER_HEAD and head == index - 1 >= 0)
            or (bare in HEADS_AT_THE_END and index == len(words) - 1 > 0)
            or (index == 0 and evidence.is_foreign_organisation_noun(bare))  # "Institut Pasteur"
        ):
            head = index
    if head < 0 or len(words) < 2:
        return None
    if head == 0 and words[1].casefold() in MEMBER_TITLES:
        return None  # "Independent MP Jo Ferro": a standing, or a party (kinds.party_of_a_member)
    if (
        words[-1].casefold() in lx.PLACE_NOUNS
        and not COMPLEMENT_WORDS & set(words[head:])
        and words[-1] not in HEADS_AT_THE_END
    ):
        return None  # "Parliament Square" is a place; "Department of State" a body
    if strip_possessive(words[-1]) in bw.NOT_ORGANISATION_ENDINGS:
        return None  # "Press Freedom Act" is a law
    if len(words) == 4 and words[0].casefold() in lx.PLACE_NOUNS and words[1:3] == ("of", "the"):
        return None  # "State of the Union": a state's, no body's; "City of London Police" is one
    if "-" in words[-1] and evidence.is_inflected(words[-1].rpartition("-")[2].casefold()):
        return None  # "Academy Award-winning": an adjective
    end = head + 1
    if strip_possessive(words[head]) != words[head]:
        return 0, end
    if head == 0 and modifies_a_title(words):
        return None  # "Press Secretary Jane Roe": the noun says which secretary, names no body
    if head == 0 and members_after(words):
        end = 1  # "Senate Republicans" are members of the Senate
    elif head == 0 and not any(w.casefold() in lx.TITLE_WORDS for w in words):
        end = len(words)  # the head comes first: "Radio Koper", "Bank Melli"
        if "and" in words and words[0] not in bw.ORGANISATION_NOUNS:
            end = words.index("and")  # English "and" ends a French name: "Institut X and the"
    elif end < len(words) and words[end] in {"of", "for", "on", "to", "in"}:
        end = len(words)
    elif end < len(words) and is_place_name(strip_possessive(" ".join(words[end:]))):
        end = len(words)  # a country after the head: "Youth Forum Zimbabwe"
    elif words[head] in MEDIA_HEADS and all(edition_word(w) for w in words[end:]):
        end = len(words)  # a channel's edition: "Vela News Arabia", "Kora TV International"
    if end == head + 1 < len(words) and words[end] in NUMBER_WORDS:
        return None  # "Air Force One" is a plane
    listed = [k for k in range(head + 1, end - 1) if words[k : k + 2] == ("and", "the")]
    return 0, listed[0] if listed else end  # "Department of Labour and the Centers for ..."


BODIES_NAMED_BY_THEIR_NOUN = (
    lx.DEFINITE_ORG_WORDS
    | bw.LOWERCASE_INSTITUTIONS
    | {w.casefold() for w in bw.SINGLE_WORD_BODIES}
)
"""Nouns that stand for a body on their own ("the Senate", "the council", "the army")."""


def modifies_a_title(words: tuple[str, ...]) -> bool:
    """A lone organisation noun before a title is the title's first word ("Press Secretary",
    "News Director") unless the noun stands for a body on its own: "Senate Majority Leader"."""
    second = words[1].casefold()
    titled = second in lx.TITLE_WORDS or evidence.is_title_like(second)  # "Board Member"
    return titled and words[0].casefold() not in BODIES_NAMED_BY_THEIR_NOUN


def members_after(words: tuple[str, ...]) -> bool:
    """A body that stands for itself alone, then plural common words, names its members:
    "Senate Republicans", "Parliament Members"; "Media Matters" is a name."""
    return words[0].casefold() in BODIES_NAMED_BY_THEIR_NOUN and all(
        w.endswith("s") and evidence.is_common_word(w[:-1]) for w in words[1:]
    )


MEDIA_HEADS = lx.words("News TV Radio Television Broadcasting Channel")


def edition_word(word: str) -> bool:
    """A word after a broadcaster's head that names its edition (a region, a language, a
    reach), no person, title or day: "Arabia", "English", "International"; a word no English
    one and no place is a surname ("On Vela News Okafor said")."""
    bare = strip_possessive(word)
    return (
        bare[:1].isupper()
        and (evidence.is_common_word(bare) or is_place_name(bare))
        and bare.casefold() not in lx.TITLE_WORDS
        and bare not in lx.CALENDAR_WORDS
        and bare not in bw.ORGANISATION_NOUNS
        and not evidence.is_first_name(bare)
        and not evidence.is_occupation(bare)
    )


def person_of_organisation(words: list[str]) -> tuple[str, str] | None:
    """A name, then "of" and the body it belongs to: "Idris Kamau of the Border Guard Force",
    "Jane Roe of The Times" (the body is "The Times"), or the place it comes from: "Jane Roe of
    Ohio" (no body)."""
    if "of" not in words and "for" not in words:
        return None
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if not cut or organisation_in_run(words[:cut]) or cut + 1 >= len(words):
        return None
    rest = words[cut + 1 :]
    definite = rest[0].casefold() == "the" and len(rest) > 1
    body = " ".join(rest[1:] if rest[0].casefold() == "the" and len(rest) > 1 else rest)
    body = strip_possessive(body)
    if strip_possessive(words[-1]) in bw.NOT_ORGANISATION_ENDINGS:
        return None  # "Equal Terms Clause of the Constitution": a document
    if words[0] in bw.ORGANISATION_NOUNS or words[0] in bw.ORGANISATION_NOUNS_AFTER_OF:
        return None  # "House of Assembly", "Court of Appeal"
    if cut > 1 and all(is_plain_word(w) for w in words[:cut]):
        return None  # "Old Lighthouse of Harbour Trust": no person, no title
    if cut == 1 and words[0].casefold() in lx.PLACE_NOUNS and not words[0].endswith("s"):
        return None  # "State of the Union", "Port of Kolda": a place's name ("States of" no)
    if organisation_in_run(words[cut:]):
        return " ".join(words[:cut]), body
    if words[cut] != "of" or not looks_like_a_name(words[:cut]):
        return None
    if is_place_name(body):
        return " ".join(words[:cut]), ""
    if definite or ACRONYM.match(body) or named_like_a_firm(rest):
        return " ".join(words[:cut]), body
    return None


def named_like_a_firm(words: list[str]) -> bool:
    """Words after a person's "of" that name a firm, not a place: a brand's capital inside a
    word ("ShipTrack") or a last word that is a common English noun no place has ("Harbour
    Logistics", "Kolda Shipping"; "Kolda Valley", "Lagos State" are places)."""
    last = strip_possessive(words[-1])
    if any(w[1:] != w[1:].lower() and not w.isupper() for w in words):
        return True
    return (
        len(words) > 1
        and last.casefold() not in lx.PLACE_NOUNS
        and evidence.is_common_word(last)
        and not evidence.is_first_name(last)
        and not is_place_name(last)
    )


def is_plain_word(word: str) -> bool:
    """A common English word that is no first name and no title: "Old", "Lighthouse"."""
    return (
        evidence.is_common_word(word)
        and not evidence.is_first_name(word)
        and word.casefold() not in lx.TITLE_WORDS
    )


def looks_like_a_name(words: list[str]) -> bool:
    """Two to four capitalised words that name no body, title or place: "Jane Roe", not
    "Gulf" in "Gulf of Aden" or "Secretary" in "Secretary of State"."""
    return 2 <= len(words) <= 4 and words_like_a_name(tuple(words))


@lru_cache(maxsize=16384)
def words_like_a_name(words: tuple[str, ...]) -> bool:
    """``looks_like_a_name`` once for each run of words: runs of names repeat."""
    if " ".join(words) in bw.COMMON_ORGANISATION_NAMES:
        return False
    return all(
        (w[:1].isupper() or ARABIC_ARTICLE.match(w) or w in lx.NAME_PARTICLES)
        and w not in bw.ORGANISATION_NOUNS
        and w not in lx.DEMONYMS
        and w not in bw.COMMON_ORGANISATIONS
        and w.casefold() not in lx.TITLE_WORDS
        and w.casefold() not in lx.PLACE_NOUNS
        and not is_place_name(w)
        for w in words
    )


PEOPLE_OWNERS = lx.NOT_TITLES | {"majesty", "highness", "holiness"}


def owner_before(words: list[str]) -> int:
    """How many words of an owner in the possessive open a body's name: the place or person
    it belongs to ("Ruritania's Interior Ministry" is the Interior Ministry, the whole its
    alias), unless the possessive is a people's noun inside the name ("People's Protection
    Units", "Her Majesty's Prison Service", "Farmers' Union")."""
    for k, word in enumerate(words[:-2]):
        bare = strip_possessive(word)
        if bare == word:
            continue
        if word.endswith("'") or bare.casefold() in PEOPLE_OWNERS or evidence.is_occupation(bare):
            return 0
        return k + 1
    return 0


def run_text(tokens: list[Token], start: int, end: int) -> str:
    words = [t.text for t in tokens[start:end]]
    if words:
        words[-1] = strip_possessive(words[-1])
    return " ".join(words)


def word_and_before(tokens: list[Token], start: int) -> bool:
    """Whether a body's name opens before "and" and a run of capitals (see and_name_opening)."""
    return and_name_opening(tokens, start) >= 0


def and_name_opening(tokens: list[Token], start: int) -> int:
    """Where a body's name opens when capitalised common words and "and" come before the run of
    capitals it ends with: "the Law and Justice Party", "the Peace and Unity Front", "the House
    Oversight and Reform Committee"; -1 when a place, a people or a name before "and" lists
    another thing: "Kenya and Unity Party"; so do a legislature named by one word ("the Senate
    and House of Representatives") and a proper name after "and" ("Politico and BuzzFeed
    News")."""
    if start < 2 or tokens[start - 1].lower != "and":
        return -1
    after = tokens[start]
    if {tokens[start - 2].base, after.base} & bw.SINGLE_WORD_BODIES:
        return -1
    if not (evidence.is_common_word(after.base) and after.base[1:].islower()):
        return -1
    opening = start - 1
    while opening > 0 and start - opening < 4 and plain_capitalised(tokens[opening - 1]):
        opening -= 1
    if opening == start - 1:
        return -1
    if start - 2 > opening and tokens[start - 2].base in bw.ORGANISATION_NOUNS:
        return -1  # "the World Bank and Unity Party": a body already, in a list
    before = tokens[opening - 1] if opening > 0 else None
    if before is None or not before.capitalised or before.possessive:
        return opening  # "the Union's Food and Water Agency": after its owner
    if before.lower in lx.DETERMINERS:
        return opening
    ended = tokens[start - 2].base
    if ended in bw.ORGANISATION_NOUNS or ended in HEADS_AT_THE_END:
        return -1  # "Medina Hospital and Kolda Hospital": two bodies
    proper = opening - 1  # "Clark County Fire and Rescue Agency": a place's name opens it
    while proper > 0 and opening - proper < 3 and tokens[proper - 1].capitalised:
        proper -= 1
    names_a_place = proper == 0 or not tokens[proper - 1].capitalised
    return proper if names_a_place and not tokens[proper].possessive else -1


EVERYDAY_ZIPF = 4.5
"""A word used 30 times per million words of English is read as a word before as a name."""


def everyday_word(word: str) -> bool:
    """Is a lowercase word an everyday English one (see EVERYDAY_ZIPF)?"""
    return zipf_frequency(word, "en", wordlist="small") >= EVERYDAY_ZIPF


def plain_capitalised(word: Token) -> bool:
    """A capitalised common English word that no place, people, name or acronym is, written
    as one ("BuzzFeed", with a capital inside, is a brand); a first name that is an everyday
    word too ("Justice", "Hope") counts as a word."""
    return (
        word.capitalised
        and word.base[1:].islower()
        and not word.acronym
        and not word.possessive
        and evidence.is_common_word(word.base)
        and (not evidence.is_first_name(word.base) or everyday_word(word.lower))
        and not is_place_name(word.base)
        and word.base not in lx.DEMONYMS
        and word.lower not in lx.SENTENCE_OPENERS
    )

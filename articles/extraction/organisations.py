"""Organisations an article names: full names, acronyms and aliases, one entry per body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.tokens import (
    ACRONYM,
    ACRONYM_OR_DASH,
    ARABIC_ARTICLE,
    BRACKET,
    COMMON_BODY,
    KIND_CUE,
    OUTLET_CUE,
    Token,
    capitalised_runs,
    initials,
    is_place_name,
    lookup_key,
    marked,
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
        self.not_organisations: set[str] = set(lx.NOT_ORGANISATION_ACRONYMS)
        self.version = 0
        """Counts the changes to what ``find`` answers: a new name or a renamed body; an alias
        that ``find`` knows already, or an earlier first mention, is none."""

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
            if org.name not in lx.COMMON_ORGANISATIONS and is_surname(org.name):
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
        so is a name that the longer one continues with "of": "NBC" and "NBC News" are one,
        "Free Army" and "Free Army of the North" too, the short name an alias."""
        for short in [o for o in self.items if not o.aliases]:
            if short.name == short.acronym:
                opening = short.name + " "
            elif not short.acronym and " " in short.name:
                opening = short.name + " of "
            else:
                continue
            longer = next(
                (o for o in self.items if o.name.startswith(opening) and o is not short), None
            )
            if longer is None:
                continue
            self.items.remove(short)
            longer.aliases.append(short.name)
            longer.first = min(longer.first, short.first)
            self.by_key[short.name.casefold()] = longer
            self.version += 1

    def ordered(self) -> list[Organisation]:
        return sorted(self.items, key=lambda o: o.first)


def organisation_in_run(words: list[str]) -> tuple[int, int] | None:
    """The organisation inside a capitalised run, cut after its head noun and complement:
    "United Nations Security Council Resolution" -> "United Nations Security Council"."""
    return organisation_span(tuple(words))


COMPLEMENT_WORDS = frozenset({"of", "for", "on", "to", "in", "the"})


@lru_cache(maxsize=16384)
def organisation_span(words: tuple[str, ...]) -> tuple[int, int] | None:
    head = -1
    for index, word in enumerate(words):
        bare = strip_possessive(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            bare in lx.ORGANISATION_NOUNS
            or (bare in lx.ORGANISATION_NOUNS_AFTER_OF and following == "of")
            or (bare in lx.ORGANISATION_NOUNS_AFTER_HEAD and head == index - 1 >= 0)
        ):
            head = index
    if head < 0 or len(words) < 2:
        return None
    if words[-1].casefold() in lx.PLACE_NOUNS and not COMPLEMENT_WORDS & set(words[head:]):
        return None  # "Parliament Square" is a place; "Department of State" a body
    if strip_possessive(words[-1]) in lx.NOT_ORGANISATION_ENDINGS:
        return None  # "Press Freedom Act" is a law
    end = head + 1
    if strip_possessive(words[head]) != words[head]:
        return 0, end
    if head == 0 and not any(w.casefold() in lx.TITLE_WORDS for w in words):
        end = len(words)  # the head comes first: "Radio Koper", "Bank Melli"
    elif end < len(words) and words[end] in {"of", "for", "on", "to", "in"}:
        end = len(words)
    elif end < len(words) and is_place_name(strip_possessive(" ".join(words[end:]))):
        end = len(words)  # a country after the head: "Youth Forum Zimbabwe"
    return 0, end


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
    if strip_possessive(words[-1]) in lx.NOT_ORGANISATION_ENDINGS:
        return None  # "Equal Terms Clause of the Constitution": a document
    if words[0] in lx.ORGANISATION_NOUNS or words[0] in lx.ORGANISATION_NOUNS_AFTER_OF:
        return None  # "House of Assembly", "Court of Appeal"
    if cut > 1 and all(is_plain_word(w) for w in words[:cut]):
        return None  # "Old Lighthouse of Harbour Trust": no person, no title
    if organisation_in_run(words[cut:]):
        return " ".join(words[:cut]), body
    if words[cut] != "of" or not looks_like_a_name(words[:cut]):
        return None
    if is_place_name(body):
        return " ".join(words[:cut]), ""
    if definite or ACRONYM.match(body):
        return " ".join(words[:cut]), body
    return None


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
    if not 2 <= len(words) <= 4 or " ".join(words) in lx.COMMON_ORGANISATION_NAMES:
        return False
    return all(
        (w[:1].isupper() or ARABIC_ARTICLE.match(w) or w in lx.NAME_PARTICLES)
        and w not in lx.ORGANISATION_NOUNS
        and w not in lx.DEMONYMS
        and w not in lx.COMMON_ORGANISATIONS
        and w.casefold() not in lx.TITLE_WORDS
        and w.casefold() not in lx.PLACE_NOUNS
        and not is_place_name(w)
        for w in words
    )


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
            agency_in_dateline([t for t in tokens if t.start < skip_before], found)
            tokens = [t for t in tokens if t.start >= skip_before]
            paragraphs.append((tokens, capitalised_runs(tokens)))
        elif paragraph_runs is not None:
            paragraphs.append((tokens, paragraph_runs[index]))
        else:
            paragraphs.append((tokens, capitalised_runs(tokens)))
    for tokens, runs in paragraphs:
        define_acronyms(tokens, runs, found)
    for tokens, runs in paragraphs:
        run_starting = dict(runs)
        for start, end in runs:
            name_organisation_run(tokens, start, name_goes_on(tokens, end, run_starting), found)
            acronym_in_apposition(tokens, start, end, found)
        institution_with_lowercase_head(tokens, runs, found)
        group_with_lowercase_head(tokens, runs, found)
        spokesperson_of(tokens, runs, found)
        common_bodies(tokens, found)
        named_after_its_kind(tokens, runs, found)
        acronyms_alone(tokens, found)
    return found


def agency_in_dateline(tokens: list[Token], found: Organisations) -> None:
    """The body in brackets in a dateline: "GENEVA (ICRC) -", "Kano (Tamberlo Aid) -"."""
    opening = next((i for i, t in enumerate(tokens) if t.text == "("), None)
    closing = next((i for i, t in enumerate(tokens) if t.text == ")"), None)
    if opening is None or closing is None or closing - opening < 2:
        return
    name = " ".join(t.text for t in tokens[opening + 1 : closing])
    if not is_place_name(name) and name not in found.not_organisations:
        found.add(name, tokens[opening + 1].start)


def run_text(tokens: list[Token], start: int, end: int) -> str:
    words = [t.text for t in tokens[start:end]]
    if words:
        words[-1] = strip_possessive(words[-1])
    return " ".join(words)


def define_acronyms(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """ "Full Name (ACRONYM)" and "ACRONYM (Full Name)": "Coastal Defence Forces (CDF)"."""
    run_ending = {end: start for start, end in runs}
    run_starting = dict(runs)
    for i in marked(tokens, BRACKET):
        if i + 2 >= len(tokens):
            continue
        if (
            tokens[i + 2].text == ")"
            and i in run_ending
            and mixed_case_acronym(tokens, i, run_ending[i])
        ):
            start = run_ending[i]  # "Coastal Free Trade Area (CoFTA)"
            found.add(run_text(tokens, start, i), tokens[start].start, tokens[i + 1].base)
        elif tokens[i + 2].text == ")" and tokens[i + 1].acronym:
            acronym = tokens[i + 1].base
            run = (run_ending[i], i) if i in run_ending else None
            if run is None and tokens[i - 1].lower in lx.DEFINITE_ORG_WORDS:
                described_body(tokens, i, acronym, run_ending, found)
                continue
            if run is None:
                found.not_organisations.add(acronym)  # "improvised explosive devices (IEDs)"
                continue
            words = [t.text for t in tokens[run[0] : i]]
            start = best_expansion(words, acronym)
            name = run_text(tokens, run[0] + start, i)
            if is_place_name(name):
                found.not_organisations.add(acronym)
                continue
            body = found.add(name, tokens[run[0] + start].start, acronym)
            if start and words[start - 1][:1].isupper() and organisation_in_run(words):
                found.add_alias(body, run_text(tokens, run[0], i))  # "UN Office for ..."
        elif i > 0 and tokens[i - 1].acronym:
            end = run_starting.get(i + 1)
            if end is not None and end < len(tokens) and tokens[end].text == ")":
                found.add(run_text(tokens, i + 1, end), tokens[i - 1].start, tokens[i - 1].base)


def described_body(
    tokens: list[Token], i: int, acronym: str, run_ending: dict[int, int], found: Organisations
) -> None:
    """ "the UN refugee agency (UNHCR)": an acronym after a description that ends with a kind
    of body names that body, and the description, from a name before it, is its alias."""
    start = i - 1
    while start > 0 and i - start < 4 and tokens[start - 1].text.islower():
        start -= 1
    body = found.add(acronym, tokens[i + 1].start, acronym)
    if start in run_ending:
        found.add_alias(body, run_text(tokens, run_ending[start], i))


def mixed_case_acronym(tokens: list[Token], i: int, start: int) -> bool:
    """An acronym in brackets with small letters in it ("CoFTA", "MoD") whose capitals are the
    initials of the whole name before it."""
    word = tokens[i + 1].base
    capitals = re.sub(r"[^A-Z]", "", word)
    if tokens[i + 1].acronym or not word.isalpha() or len(capitals) < 2 or len(word) > 10:
        return False
    return initials([t.text for t in tokens[start:i]]) == capitals


def best_expansion(words: list[str], acronym: str) -> int:
    """Where the full name starts in the words before "(ACRONYM)": the longest tail whose
    initials spell the acronym, else the whole run ("Free Lions Brigade (KAT)")."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    for start in range(len(words)):
        if words[start][:1].isupper() and initials(words[start:]) == letters:
            return start
    return 0


COMMON_NAME = re.compile(
    "|".join(re.escape(n) for n in sorted(lx.COMMON_ORGANISATION_NAMES, key=lambda n: (-len(n), n)))
)
"""A common body's full name anywhere in a run, the longest first where two start together."""


def acronym_in_apposition(tokens: list[Token], start: int, end: int, found: Organisations) -> None:
    """ "The UN Refugee Agency, UNHCR, is ...": an acronym set between commas after a body's
    name, before a verb, is that body's; a list ("the Bank, IMF and WTO") is not."""
    if end + 3 >= len(tokens) or tokens[end].text != "," or tokens[end + 2].text != ",":
        return
    acronym, after = tokens[end + 1], tokens[end + 3]
    if (
        not acronym.acronym
        or not after.is_word
        or after.capitalised
        or after.lower in {"and", "or"}
    ):
        return
    org = found.find(run_text(tokens, start, end))
    if org is not None and not org.acronym and org.name != acronym.base:
        found.give_acronym(org, acronym.base)


ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def transliterated_body(words: list[str]) -> bool:
    """A transliterated name that opens with a word for a movement, front or army and goes on
    as such names do, with an Arabic article or a Persian or Urdu "-e-": "Jabhat al-Nasr",
    "Lashkar-e-Khalid". No person is named so ("Ansar Burney" is one), and a place only with
    another first word ("Mazar-e-Sharif")."""
    opening, _, rest = words[0].partition("-")
    if opening not in lx.TRANSLITERATED_ORGANISATION_NOUNS:
        return False
    return rest.startswith("e-") or any(ARABIC_ARTICLE.match(w) for w in words[1:])


def name_goes_on(tokens: list[Token], end: int, run_starting: dict[int, int]) -> int:
    """Where a body's name ends when it goes on past a lowercase word: with its purpose,
    "to" and a capitalised common word ("Coalition to End Hunger"; not a name: "a letter from
    the Ministry to Jane Roe", "to Reuters"), or with the place a mission sits in ("Embassy
    in Nairobi")."""
    while end + 1 < len(tokens) and end + 1 in run_starting:
        link, head, after = tokens[end].lower, tokens[end - 1].base, run_starting[end + 1]
        if link == "to" and head in lx.ORGANISATION_NOUNS:
            purpose = tokens[end + 1]
            goes_on = (
                evidence.is_common_word(purpose.lower)
                and not purpose.acronym
                and purpose.base not in lx.COMMON_ORGANISATIONS
                and not evidence.is_first_name(purpose.base)
                and not is_place_name(purpose.base)
            )
        else:
            goes_on = (
                link == "in"
                and head in lx.LOCATED_BODIES
                and is_place_name(run_text(tokens, end + 1, after))
            )
        if not goes_on:
            break
        end = after
    return end


def name_organisation_run(tokens: list[Token], start: int, end: int, found: Organisations) -> None:
    """A run built on an organisation noun ("Coastal Observatory for Human Rights"), a common
    body ("United Nations") or a known acronym."""
    words = [t.text for t in tokens[start:end]]
    person_of = person_of_organisation(words)
    if person_of is not None:
        if person_of[1]:
            offset = len(words) - len(person_of[1].split())
            found.add(person_of[1], tokens[start + offset].start)
        return
    span = organisation_in_run(words)
    if span is not None:
        first, last = start, start + span[1]
        if first > 0 and ORDINAL.match(tokens[first - 1].text):
            first -= 1  # "the 3rd Infantry Division"
        if last == end < len(tokens) and tokens[last].text.isdigit():
            last += 1  # "the Sanctions Committee 1267"
        name = run_text(tokens, first, last)
        bracketed = tokens[start - 2] if start > 2 and tokens[start - 1].text == ")" else None
        whole = found.find(bracketed.base) if bracketed is not None else None
        if whole is not None and whole.acronym == bracketed.base:
            # "Orvan Trade Union (OTU) General Assembly"
            body = found.add(f"{whole.name} {name}", tokens[start].start)
            found.add_alias(body, f"{whole.acronym} {name}")
        elif not names_a_kind(tokens, start, start + span[1]):
            found.add(name, tokens[first].start)
        return
    text = run_text(tokens, start, end)
    if found.find(text) is not None:
        return
    if transliterated_body(words):
        found.add(text, tokens[start].start)
        return
    common = COMMON_NAME.search(text)
    if common is not None and common.start() == 0 and text[common.end() :].startswith(" of "):
        found.add(text, tokens[start].start)  # "Red Cross of the North"
    elif common is not None:
        found.add(common.group(), tokens[start].start)


def named_after_its_kind(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A body introduced by what it is ("Kenyan airline Baobab Air", "news site Kropka.com",
    "firms including Vexa Rail, Brondel", "the ruling Unity Front"), and a legislature named
    by one word ("the Senate")."""
    run_starting = dict(runs)
    listing = False
    # other lowercase words change nothing: only capitals, dotted words, kinds and stops do
    for i in marked(tokens, KIND_CUE):
        token = tokens[i]
        if token.base in lx.SINGLE_WORD_BODIES and names_the_body(tokens, i, run_starting):
            found.add(token.base, token.start)
        if token.lower in lx.ORGANISATION_KINDS_PLURAL:
            listing = True
            continue
        if token.text in {".", ";"}:
            listing = False
        if token.lower.endswith(lx.WEBSITE_ENDINGS) and token.is_word:
            found.add(domain_name(tokens, i), token.start)  # "Kropka.com", wherever it stands
        if i not in run_starting:
            continue
        if described_after(tokens, run_starting[i]):
            name = run_text(tokens, i, run_starting[i])
            if not (is_place_name(name) or names_a_person(name)):
                found.add(name, token.start)  # "Kropka, a news site,"
        if i == 0:
            continue
        before = tokens[i - 1].text  # "airline Baobab Air"; "Broadcaster Jo Lam" is a person
        if (
            before in lx.ORGANISATION_KINDS
            or before in lx.PARTY_ADJECTIVES
            or (listing and before in {",", "including", "and"})
        ):
            name = run_text(tokens, i, run_starting[i])
            if before.endswith(evidence.PERSON_NOUN_ENDINGS) and names_a_person(name):
                continue  # "its operator Jo Lam"
            if before in lx.PARTY_ADJECTIVES and names_a_person(name):
                continue  # "opposition Jo Lam"
            if is_place_name(name) or name in found.not_organisations or names_a_model(name):
                continue
            found.add(name, token.start)


def domain_name(tokens: list[Token], i: int) -> str:
    """A site's whole name, with a country's ending the tokens split off: "Kropka.com.pl"."""
    name, end = tokens[i].base, tokens[i].end
    while (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == end
        and tokens[i + 2].start == end + 1
        and tokens[i + 2].text.isalpha()
        and tokens[i + 2].text.islower()
    ):
        i += 2
        name, end = f"{name}.{tokens[i].text}", tokens[i].end
    return name


def is_agent_noun(word: str) -> bool:
    """Who does something, a person as often as a body: "operator" (operate), "lender" (lend),
    "carrier" (carry); "newspaper" is none."""
    if not word.endswith(("er", "or")):
        return False
    stem = word[:-2]
    stems = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem)
    return any(len(s) > 2 and evidence.is_common_word(s) for s in stems)


ASIDE_KINDS = frozenset(
    kind
    for kind in lx.ORGANISATION_KINDS - lx.SERVICE_KINDS
    if not (evidence.is_occupation(kind) or is_agent_noun(kind))
)
"""Kinds that say, in an aside, that a name is a body's: not a service ("an app"), nor a word
for a person too ("Jo Lam, an operator at the plant", "a broadcaster")."""


def described_after(tokens: list[Token], end: int) -> bool:
    """Is a name followed by an aside that says it is a body: ", a Kenyan airline," or ", an
    aid group based in"? In ", a party official" the kind only describes the head, and ", a
    messaging app" is a service."""
    if (
        end + 2 >= len(tokens)
        or tokens[end].text != ","
        or tokens[end + 1].lower
        not in {
            "a",
            "an",
        }
    ):
        return False
    k = end + 2
    while k < len(tokens) and k - end < 6 and tokens[k].is_word:
        token = tokens[k]
        if token.lower in lx.NOT_VERBS or token.lower in lx.DETERMINERS:
            break
        if token.lower in ASIDE_KINDS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return (
                after is None
                or not after.is_word
                or after.text != after.lower
                or (after.lower in lx.NOT_VERBS or after.lower.endswith("ed"))
            )
        k += 1
    return False


def names_a_model(name: str) -> bool:
    """A maker's name and a model number is a product: "Loral K40s", "Vexa 7"."""
    words = name.split()
    return len(words) > 1 and any(c.isdigit() for c in words[-1])


def names_the_body(tokens: list[Token], i: int, run_starting: dict[int, int]) -> bool:
    """ "Senate" or "Congress" names the institution after "the", or alone in the middle of a
    sentence, where only a name has a capital ("approved by Congress"), or as a subject at a
    sentence's start ("Congress has voted"); inside a longer name it is part of that name
    ("Member of Parliament")."""
    if i > 0 and tokens[i - 1].lower == "the":
        return True
    if run_starting.get(i) != i + 1:
        return False
    if i > 1 and tokens[i - 1].lower == "of" and tokens[i - 2].capitalised:
        return False  # "Member of Parliament" is a title
    if i > 0 and tokens[i - 1].text not in SENTENCE_ENDS:
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and (after.lower in lx.AUXILIARIES or after.lower in lx.SPEECH_VERBS)


SENTENCE_ENDS = frozenset('.!?:;"“”')


def names_a_kind(tokens: list[Token], start: int, end: int) -> bool:
    """A name after "a" or "an" that ends its phrase names a kind or a designation, no body:
    "listed as a Proscribed Armed Organisation." ("a Senate committee" still names one)."""
    before = start - 1
    while before >= 0 and tokens[before].modifier:
        before -= 1
    if before < 0 or tokens[before].lower not in {"a", "an"}:
        return False
    return end >= len(tokens) or not tokens[end].is_word or tokens[end].lower in lx.NOT_VERBS


def names_a_person(name: str) -> bool:
    """Two or three words that open with a first name: "Jo Lam", "Ana Ruiz Diaz"."""
    words = name.split()
    return 2 <= len(words) <= 3 and evidence.is_first_name(words[0])


def common_bodies(tokens: list[Token], found: Organisations) -> None:
    """A very common body named by one word, anywhere: "Reuters reported", "the Taliban"; after
    foreign words it ends another body's name: "Zumrat Hezbollah" is a group of its own."""
    for i in marked(tokens, COMMON_BODY):
        token = tokens[i]
        start = i
        while start > 0 and is_foreign_name_word(tokens[start - 1]):
            start -= 1
        if start < i:
            found.add(run_text(tokens, start, i + 1), tokens[start].start)
        elif found.find(token.base) is None:
            found.add(lx.COMMON_ORGANISATIONS[token.base], token.start)


def is_foreign_name_word(token: Token) -> bool:
    """A capitalised word that no English text, place, title or first name explains: a
    transliterated name's word ("Jaish", "Ansar")."""
    return (
        token.capitalised
        and token.is_word
        and not token.acronym
        and token.base not in lx.DEMONYMS
        and token.lower not in lx.TITLE_WORDS
        and not evidence.is_common_word(token.base)
        and not is_place_name(token.base)
        and not evidence.is_first_name(token.base)
    )


def group_with_lowercase_head(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A proper name before "movement", "group" or "network" names a body, and the whole is
    its other name: "the Zarqun movement", "the Ansar Mirzan network", even when named after a
    person ("the Gulen movement"). A common word ("a Facebook group"), a place or an owner
    ("Jo Lam's party") is none."""
    for start, end in runs:
        if end >= len(tokens) or tokens[end].lower not in lx.GROUP_HEADS:
            continue
        if tokens[end - 1].possessive:
            continue
        name = run_text(tokens, start, end)
        if is_place_name(name) or name in found.not_organisations:
            continue
        words = tokens[start:end]
        if any(w.base in lx.DEMONYMS or w.lower in lx.TITLE_WORDS for w in words):
            continue
        if len(words) == 1 and evidence.is_common_word(name):
            continue
        found.add_alias(found.add(name, tokens[start].start), f"{name} {tokens[end].text}")


def institution_with_lowercase_head(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A proper name, lowercase adjectives and an institution: "Tamberlo provincial
    council"."""
    for start, end in runs:
        k = end
        while (
            k < len(tokens)
            and k - end < 3
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
        ):
            if tokens[k].lower in lx.LOWERCASE_INSTITUTIONS:
                if not all(is_common_adjective(t) for t in tokens[start:end]):
                    name = " ".join(t.text for t in tokens[start : k + 1])
                    found.add(name, tokens[start].start)
                break
            if tokens[k].lower in lx.DETERMINERS or tokens[k].lower in lx.SPEECH_VERBS:
                break
            k += 1


def is_adjective(token: Token) -> bool:
    """A nationality, or a common English word with an adjective's ending: "Presidential"."""
    if token.base in lx.DEMONYMS:
        return True
    return token.lower.endswith(lx.ADJECTIVE_ENDINGS) and evidence.is_common_word(token.lower)


def is_common_adjective(token: Token) -> bool:
    """A nationality or a common word, no proper name: "Republican" in "Republican committee"."""
    if token.base in lx.DEMONYMS:
        return True
    return evidence.is_common_word(token.base) and not is_place_name(token.base)


WORDS_AFTER_A_BODY = lx.MEMBER_WORDS | lx.BRANCH_WORDS


BODY_KINDS = (lx.ORGANISATION_KINDS | lx.DEFINITE_ORG_WORDS) - {"militia"}
"""Lowercase nouns that say a body is meant: "agency", "group"; a people's "militia" ("the
Fulani militia") is a description."""


def spokesperson_of(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """A body named by who speaks or fights for it, by what it runs, or by what it is: "Taliban
    spokesperson", "Wagner fighters", "a Tesco store", "a Chirper post", "spokesman for the
    Blues", "the Tehreek-e-Nafs group" (a word that is no common English one: "the Labour
    party" is left alone)."""
    for start, end in runs:
        if spoken_for(tokens, start, end):
            found.add(run_text(tokens, start, end), tokens[start].start)
        if end - start != 1 or end >= len(tokens):
            continue
        follower = tokens[end].text
        if follower not in WORDS_AFTER_A_BODY and follower not in BODY_KINDS:
            continue
        name = run_text(tokens, start, end)
        if is_place_name(name) or is_adjective(tokens[start]):
            continue
        if follower in WORDS_AFTER_A_BODY or not (
            tokens[start].possessive or evidence.is_common_word(tokens[start].base)
        ):
            found.add(name, tokens[start].start)


SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def spoken_for(tokens: list[Token], start: int, end: int) -> bool:
    """A name after "spokesman for (the)" is a body's, unless it is a person's, a place's or an
    office's ("spokesman for the Foreign Minister")."""
    before = start - 1 - (start > 0 and tokens[start - 1].lower == "the")
    if before < 1 or tokens[before].lower not in {"for", "of"}:
        return False
    if tokens[before - 1].lower not in SPOKESPEOPLE:
        return False
    name = run_text(tokens, start, end)
    office = any(t.lower in lx.TITLE_WORDS or t.base in lx.DEMONYMS for t in tokens[start:end])
    return not (office or is_place_name(name) or names_a_person(name))


def outlets(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations, person_named
) -> None:
    """A medium named by how it is used: "told Radio Kopa", "spoke to VOA", "according to the
    Daily Star", "in an interview with Radio Free Asia", "posted on Twitter", "Kyodo
    reported". A person ("told Jane Roe"), a place or a date is none. ``person_named(name,
    at)`` is the person of the article a name refers to, if any: one word is a person's only
    when the article gives a fuller name, a title or a first name ("told Roe" after "Jane
    Roe"), as news introduces people; a one-word medium acts too ("Kyodo contacted")."""
    run_starting = dict(runs)
    run_ending = {end: start for start, end in runs}
    targets, subjects = [], set()
    for i in marked(tokens[:-1], OUTLET_CUE):
        token = tokens[i]
        if token.lower in lx.MEDIA_VERBS_TOLD:
            targets.append(i + 1)
        elif (token.lower, tokens[i + 1].lower) in lx.OUTLET_CUES:
            targets.append(i + 2)
        elif token.lower in lx.OUTLET_SUBJECT_VERBS and i in run_ending and i > 0:
            subjects.add(run_ending[i])
    for i in [i for i in run_ending if i < len(tokens) and tokens[i].lower in lx.SPEECH_VERBS]:
        start = run_ending[i]
        if from_a_place(tokens, start):
            continue  # "the Ohio Democrat said": a person from there
        if shaped_like_no_person(run_text(tokens, start, i), strictly=True):
            subjects.add(start)  # "Metro Ledger noted"
    for target in targets + sorted(subjects):
        definite = target < len(tokens) and tokens[target].lower == "the"
        target += definite
        end = run_starting.get(target)
        if end is None or tokens[target].base in lx.CALENDAR_WORDS:
            continue
        name = run_text(tokens, target, end)
        person_of = person_of_organisation(name.split())
        if person_of is not None:
            if person_of[1]:
                found.add(person_of[1], tokens[end - len(person_of[1].split())].start)
        elif any(t.lower in lx.TITLE_WORDS or t.lower in lx.HONORIFICS for t in tokens[target:end]):
            continue  # "according to U.S. Attorney Jane Roe"
        elif names_a_person(name):
            continue  # "told Jo Lam"
        elif tokens[target - 2].lower == "according" and end - target == 1 and not definite:
            continue  # "according to Lam": a surname as often as a medium
        elif target in subjects and end - target == 1 and evidence.is_common_word(name):
            continue  # "Police reported"
        elif is_place_name(name) or tokens[target].base in lx.DEMONYMS:
            continue
        elif not is_a_person(name, person_named) or shaped_like_no_person(name):
            found.add(name, tokens[target].start)


def is_a_person(name: str, person_named) -> bool:
    person = person_named(name, 1 << 60)
    if person is None:
        return False
    return " " in name or " " in person.name or bool(person.title) or evidence.is_first_name(name)


def from_a_place(tokens: list[Token], start: int) -> bool:
    """ "the", a place and a noun describe someone or something from there: "the Ohio
    Democrat", "the Lagos native"."""
    return start > 0 and tokens[start - 1].lower == "the" and is_place_name(tokens[start].base)


CAMEL_CASE = re.compile(r"[a-z][A-Z]")
SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z][a-z]+$")


def shaped_like_no_person(name: str, strictly: bool = False) -> bool:
    """A name whose shape no person's has: a figure ("Kanal9"), a capital inside a word
    ("NewsHub", but "McCain" and "DeSantis" are people), or, ``strictly``, two or more words
    that are all places or common English words (not in capitals: "DG Roe"), none a first
    name or a title ("Metro Ledger", "Lagos Voice")."""
    words = name.split()
    if not strictly:
        if any(c.isdigit() for c in name):
            return True
        if any(CAMEL_CASE.search(w) and not SURNAME_PREFIX.match(w) for w in words):
            return True
    if len(words) < 2 or words[-1].casefold() in lx.PLACE_NOUNS or words[-1].endswith("s"):
        return False
    return all(
        (is_place_name(w) or (evidence.is_common_word(w) and not w.isupper()))
        and w[:1].isupper()
        and not evidence.is_first_name(w)
        and w.casefold() not in lx.TITLE_WORDS
        and w not in lx.DEMONYMS
        and not evidence.is_inflected(w.casefold())
        for w in words
    )


ROMAN_NUMERAL = re.compile(r"^M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")


def acronyms_alone(tokens: list[Token], found: Organisations) -> None:
    """An acronym used alone, defined or not: "the CDF's backbone", "called the PLA-N"."""
    for i in marked(tokens, ACRONYM_OR_DASH):
        token = tokens[i]
        parts = [token.base] if token.acronym else []
        if not parts:
            parts = [p for p in token.base.split("-") if ACRONYM.match(p)]
        for part in parts:
            if part in found.not_organisations or not 2 <= len(part.replace(".", "")) <= 8:
                continue
            if ROMAN_NUMERAL.match(part) or evidence.is_time_zone(part):
                continue  # "the XIX century", "7:30 a.m. PDT"
            if is_place_name(part.title()):
                continue  # "KABUL, Afghanistan": a dateline's place in capitals
            if i > 0 and tokens[i - 1].capitalised and evidence.is_name_suffix(part):
                continue  # "Ana Ruiz QC"
            if part in lx.TITLE_ABBREVIATIONS and i + 1 < len(tokens) and tokens[i + 1].capitalised:
                continue  # "DG Roe": a title
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
            elif not (evidence.is_common_word(part) and inside_quotation(tokens, i)):
                found.add(part, token.start, part)  # "we will NEVER stop" is emphasis


def inside_quotation(tokens: list[Token], i: int) -> bool:
    """Is word ``i`` of a paragraph inside quotation marks? Quoted words in capitals are
    often shouted ones."""
    inside = False
    for token in tokens[:i]:
        if token.text in {"“", "”", '"'}:
            inside = token.text == "“" or (token.text == '"' and not inside)
    return inside

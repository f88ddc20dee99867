"""The bodies an article names, kept one entry per body, and the shapes of a body's name."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.tokens import (
    ACRONYM,
    ARABIC_ARTICLE,
    initials,
    is_place_name,
    lookup_key,
    strip_possessive,
    strip_the,
)

DESK_HEADS = lx.words("Service Desk Section")
"""Heads of a part of a body that news names after the body in the possessive: "the BBC's
World Service", "VOA's Kurdish Service"."""


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
        if not name or name in self.not_organisations or is_pronoun(name):
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
        full is that person: "Baxter's spokeswoman" after "Tom Baxter", and so is the surname in
        capitals read as an acronym: "ROE told reporters" after "Jane Roe"."""
        for org in [o for o in self.items if " " not in o.name and o.acronym in ("", o.name)]:
            if org.name not in bw.COMMON_ORGANISATIONS and is_surname(org.name):
                self.items.remove(org)
                del self.by_key[org.name.casefold()]
                self.version += 1

    def rename(self, found: Organisation, name: str) -> None:
        """A fuller name for a body found: "VOA Kurdish Service" for "Kurdish Service"."""
        if self.find(name) is not None or found.name.casefold() not in name.casefold():
            return
        found.name = name
        self.by_key[lookup_key(name)] = found
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
                    (
                        o
                        for o in self.items
                        if o.name.startswith(openings)
                        and o is not short
                        and o.name.split()[-1] not in DESK_HEADS  # "KNA Kurdish Service"
                    ),
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

    def fold_spelled_acronyms(self) -> None:
        """An acronym used alone whose letters are the initials of a body the article names in
        full, with no acronym of its own, is that body: "JSF spokesman" after "the Jubaland
        Security Forces"; the full name stays the name. A place that opens the full name may
        stay out of the letters ("KRM" after "the Veldian Kolda Relief Mission" is not; "KRM"
        after "the United States Kolda Relief Mission" is). Two letters stand for a name of two
        words only ("the Kolda Mission" and "KM")."""
        for short in [o for o in self.items if ACRONYM.match(o.name) and o.acronym in ("", o.name)]:
            letters = short.name.replace(".", "")
            longer = next(
                (
                    o
                    for o in self.items
                    if o is not short
                    and not o.acronym
                    and " " in o.name
                    and (
                        (
                            letters in spelled_initials(o.name)
                            and (len(letters) > 2 or len(o.name.split()) == 2)
                        )
                        or spelled_by_syllables(letters, o.name.split())
                    )
                ),
                None,
            )
            if longer is not None:
                longer.first = min(longer.first, short.first)
                self.merge(longer, short)

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

    def fold_name_tails(self) -> None:
        """A name of two words or more that ends the full name of one body named before it is
        that body, shortened as news shortens a name once given: "the Liberation Front" after
        "the Kelso Liberation Front", "the Health Ministry" after "the Kenyan Health
        Ministry". A common word that opens the longer name makes another body ("Free Velda
        Army", "Social Democratic Party"); with two longer names ("Kenyan Health Ministry",
        "Ugandan Health Ministry") the short one says neither; one with an acronym of its own
        is another body, and so is a common body ("the Red Cross" after "the Kenyan Red
        Cross")."""
        for short in [o for o in self.items if " " in o.name and not o.acronym]:
            if short.name in bw.COMMON_ORGANISATION_NAMES:
                continue
            ending = " " + short.name
            longer = [o for o in self.items if o is not short and o.name.endswith(ending)]
            if len(longer) == 1 and longer[0].first < short.first and named_apart(longer[0].name):
                self.merge(longer[0], short)

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

    def drop(self, org: Organisation) -> None:
        """A name read as a body that the article shows is none: no entry, and never again."""
        self.items.remove(org)
        for name in (org.name, org.acronym, *org.aliases):
            if name and self.by_key.get(lookup_key(name)) is org:
                del self.by_key[lookup_key(name)]
        self.not_organisations.add(org.name)
        self.version += 1

    def ordered(self) -> list[Organisation]:
        return sorted(self.items, key=lambda o: o.first)


PRONOUNS = lx.PRONOUNS_PERSON | lx.PRONOUNS_ORGANISATION | lx.PRONOUNS_GROUP


def spelled_initials(name: str) -> set[str]:
    """The letters an acronym of a body's full name may have: its initials, and those after
    a place that opens it ("United States Kolda Commission": "USKC" and "KC")."""
    words = name.split()
    spelled = {initials(words)}
    for cut in range(1, len(words) - 1):
        if is_place_name(" ".join(words[:cut])):
            spelled.add(initials(words[cut:]))
    return spelled


def spelled_by_syllables(letters: str, words: list[str]) -> bool:
    """An acronym of five letters or more made of the opening letters of the full name's words,
    some words left out, the first and last kept: "KOMIRA" for "Kolda Mission for Rivers and
    Aid", read KO-MI-R-A: the way missions and programmes are often shortened."""
    if len(letters) < 5 or not letters.isalpha() or len(words) < 3:
        return False
    low = letters.casefold()
    names = [w.casefold() for w in words if w[:1].isupper()]

    def spell(at: int, word: int) -> bool:
        if at == len(low):
            return word == len(names)
        if word >= len(names):
            return False
        for size in range(len(names[word]), 0, -1):
            if low.startswith(names[word][:size], at) and spell(at + size, word + 1):
                return True
        return word not in (0, len(names) - 1) and spell(at, word + 1)

    return len(names) >= 2 and spell(0, 0) and low != "".join(n[0] for n in names)


def is_pronoun(name: str) -> bool:
    """A pronoun read as a name ("It's officials who decide"), written as a word, not in
    capitals ("WHO")."""
    return name[1:].islower() and name.casefold() in PRONOUNS


def named_apart(name: str) -> bool:
    """Does a body's name open with a word that names whose it is (a name, a place, a people:
    "Kelso", "Kenyan"), not with a common word that makes another body of the same kind
    ("Free", "Social", "United")?"""
    first = name.split()[0]
    return first in lx.DEMONYMS or is_place_name(first) or not evidence.is_common_word(first)


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

STAFF_KINDS = lx.words("General Joint")
"""Words before "Staff" that make it a body, an army's command ("the General Staff said"),
where "Chief of Staff" is a title."""

COMPASS_HEADS = lx.words("North South East West Central Northeast Northwest Southeast Southwest")
"""A compass word after a body's head names its command of a region: "Kolda Army North"."""

NUMBER_WORDS = lx.words("One Two Three Four Five Six Seven Eight Nine Ten")
"""A number after a body's head names a craft or a unit it has: "Air Force One"."""

SUBCOMMITTEES = lx.words("Subcommittee Subcommittees Sub-Committee")
"""A committee's part, a body as the committee is: "Select Subcommittee on Water"."""

HEADS_AT_THE_END = lx.words("""
    Hospital Hospitals Clinic Hospice Infirmary Underground Metro Railway Railways Rail Transit
    Online International
    """)
"""Heads of a service's, a site's or an NGO's name that end it ("Lakeside Hospital", "Riverside
Underground", "Kolda Online", "Hope International"); first in a run they open a place's ("Metro
Manila") or describe ("Hospital Street", "International Women's Day")."""


@lru_cache(maxsize=16384)
def organisation_span(words: tuple[str, ...]) -> tuple[int, int] | None:
    head = first_head = -1
    for index, word in enumerate(words):
        bare = strip_possessive(word).removesuffix(".")  # "Corp.", "Inc."
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            bare in bw.ORGANISATION_NOUNS
            or bare in SUBCOMMITTEES
            or (bare in bw.ORGANISATION_NOUNS_AFTER_OF and following == "of")
            or (bare in bw.ORGANISATION_NOUNS_AFTER_HEAD and head == index - 1 >= 0)
            or (bare in HEADS_AT_THE_END and index == len(words) - 1 > 0)
            or (bw.is_legal_form(bare) and index == len(words) - 1 > 0)  # "Kelso A.G."
            or (index == 0 and evidence.is_foreign_organisation_noun(bare))  # "Institut Pasteur"
            or (bare == "Staff" and index > 0 and words[index - 1] in STAFF_KINDS)
        ):
            head = index
            first_head = index if first_head < 0 else first_head
    if head < 0 or len(words) < 2 or office_and_its_field(words) or post_of_a_title(words):
        return None
    if head == 0 and words[1].casefold() in MEMBER_TITLES:
        return None  # "Independent MP Jo Ferro": a standing, or a party (kinds.party_of_a_member)
    if (
        words[-1].casefold() in lx.PLACE_NOUNS
        and not COMPLEMENT_WORDS & set(words[head:])
        and words[-1] not in HEADS_AT_THE_END
    ):
        return None  # "Parliament Square" is a place; "Department of State" a body
    if strip_possessive(words[-1]) in bw.NOT_ORGANISATION_ENDINGS and not studies_law(words, head):
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
    if head == 0 and person_after_office(words):
        return None  # "Inspector-General of Police Musa Lawal": the office's field, then a name
    if head == 0 and members_after(words):
        end = 1  # "Senate Republicans" are members of the Senate
    elif head == 0 and not any(w.casefold() in lx.TITLE_WORDS for w in words):
        if evidence.is_participle(words[-1].casefold()):
            return None  # "Port Dredging", "Bank Lending": what is done to it, no body
        end = len(words)  # the head comes first: "Radio Koper", "Bank Melli"
        if "and" in words and words[0] not in bw.ORGANISATION_NOUNS:
            end = words.index("and")  # English "and" ends a French name: "Institut X and the"
    elif end < len(words) and words[end] in {"of", "for", "on", "to", "in"}:
        end = len(words)
    elif end < len(words) and is_place_name(strip_possessive(" ".join(words[end:]))):
        end = len(words)  # a country after the head: "Youth Forum Zimbabwe"
    elif end == len(words) - 1 and strip_possessive(words[end]) in COMPASS_HEADS:
        end = len(words)  # a command of a region: "Kolda Army North", "Border Police South"
    elif words[head] in MEDIA_HEADS and all(edition_word(w) for w in words[end:]):
        end = len(words)  # a channel's edition: "Vela News Arabia", "Kora TV International"
    if end == head + 1 < len(words) and words[end] in NUMBER_WORDS:
        return None  # "Air Force One" is a plane
    listed = [k for k in range(first_head + 1, end - 1) if words[k : k + 2] == ("and", "the")]
    return 0, listed[0] if listed else end  # "Department of Labour and the Centers for ..."


BODIES_NAMED_BY_THEIR_NOUN = (
    lx.DEFINITE_ORG_WORDS
    | bw.LOWERCASE_INSTITUTIONS
    | {w.casefold() for w in bw.SINGLE_WORD_BODIES}
)
"""Nouns that stand for a body on their own ("the Senate", "the council", "the army")."""


STUDIED_FIELDS = lx.words("Law")
"""Endings of a law's name that are a field of study after a head and "of": "School of Law",
"Institute of International Law"."""


def studies_law(words: tuple[str, ...], head: int) -> bool:
    """A head whose complement, opened by "of", is a field named like a law: "Faculty of
    Law" is a body, "Press Freedom Law" or "Department of Labour Act" none."""
    return (
        strip_possessive(words[-1]) in STUDIED_FIELDS
        and head + 1 < len(words) - 1
        and words[head + 1] == "of"
    )


def modifies_a_title(words: tuple[str, ...]) -> bool:
    """A lone organisation noun before a title is the title's first word ("Press Secretary",
    "News Director") unless the noun stands for a body on its own: "Senate Majority Leader"."""
    second = words[1].casefold()
    titled = second in lx.TITLE_WORDS or evidence.is_title_like(second)  # "Board Member"
    return titled and words[0].casefold() not in BODIES_NAMED_BY_THEIR_NOUN


def office_and_its_field(words: tuple[str, ...]) -> bool:
    """A title, "of" and the field it has, before a name, names an office and no body:
    "Commissioner of Police Ngozi Adeyemi", "Chief of Army Staff Lt. Gen. Ana Ruiz"."""
    return (
        len(words) > 3
        and words[1] == "of"
        and all(part in lx.TITLE_WORDS for part in words[0].casefold().split("-"))
        and looks_like_a_name(list(words[-2:]))
    )


def post_of_a_title(words: tuple[str, ...]) -> bool:
    """ "Office of" and a title with no article is the post itself: "eligible to the Office of
    President"; "the Office of the President" is the body that serves one."""
    return (
        len(words) == 3 and words[:2] == ("Office", "of") and words[2].casefold() in lx.TITLE_WORDS
    )


def person_after_office(words: tuple[str, ...]) -> bool:
    """An English body noun, then a full name: after a title's "of" the noun is the office's
    field ("Commissioner of Police Ngozi Adeyemi"). English bodies named after a person put the
    name first ("the Carter Center") and forces put their place first ("Kolda Police"), so after
    the noun a first name of either sex, or after a force's noun words that are neither English
    nor a place, open a person's name ("Radio Free Europe": "Free" is no one's)."""
    if not 2 < len(words) < 5 or not evidence.is_common_word(words[0]):
        return False
    named = words[1:]
    if any(is_place_name(w) or not w[:1].isupper() for w in named):
        return False
    if evidence.first_name_gender(named[0]) != "":
        return not evidence.is_common_word(named[-1])
    return words[0] in bw.FORCES and not any(evidence.is_common_word(w) for w in named)


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

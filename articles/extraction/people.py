"""People an article names, with title, organisation and gender where the text shows them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.antecedents import KIN, couple_name, parent_in, unnamed_subject
from articles.extraction.appositions import (
    apposition,
    predicate_title,
    title_before_apposition,
)
from articles.extraction.name_forms import (
    name_key,
    name_keys,
    name_words,
    spelled_alike,
    spelled_out,
    title_words,
    without_honorific,
    without_setting,
)
from articles.extraction.names import occupation_before_name
from articles.extraction.phrases import Phrase, PhraseReader, after_particles, past_place
from articles.extraction.speech import inverted_verb_at
from articles.extraction.subjects import subject_start
from articles.extraction.title_leads import joins_title
from articles.extraction.titles import (
    fuller_title,
    owner_of_title,
    title_after_as,
    title_in_relative_clause,
)
from articles.extraction.tokens import (
    PERSON_START,
    Token,
    marked,
)


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
        """What the article shows, else what the first name suggests ("Ingrid" -> "f")."""
        if self.gender:
            return self.gender
        words = name_words(self.name)
        return evidence.first_name_gender(words[0]) if len(words) > 1 else ""


class Mention(NamedTuple):
    start: int
    person: Person
    subject: bool


class People:
    """The people an article names; "Roe" and "Ms. Roe" are "Jane Roe"."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self.couples: list[tuple[int, tuple[Person, Person]]] = []
        """Two people named together with one surname ("Pavel and Irina Sokol"), by where."""
        self.unnamed: list[tuple[int, str]] = []
        """Where a sentence's subject is a person left unnamed ("One of the victims spoke"),
        with the sex its noun shows ("a woman": "f"), for "she" and "he" after it."""

    def unnamed_between(self, since: int, at: int, gender: str) -> bool:
        """Did someone unnamed, of a sex that fits the pronoun, become the subject after
        ``since`` and before ``at``? Then "she" means her, not a person named before."""
        return any(since < start < at and sex in ("", gender) for start, sex in self.unnamed)

    def match(self, name: str, at: int) -> Person | None:
        """The person whose full name holds every word of ``name``; the nearest before ``at``
        when several do, else the first after."""
        keys = name_keys(name)
        if not keys:
            return None
        candidates = [p for p in self.people if keys <= p.keys]
        if not candidates and len(keys) > 1 and (rest := without_setting(name)) != name:
            return self.match(rest, at)  # "in Tampa Ruiz said" after "Ana Ruiz"
        if not candidates and len(keys) > 1:
            candidates = [p for p in self.people if spelled_alike(name, p.name)]
        before = [p for p in candidates if p.first <= at]
        if before:
            return max(before, key=lambda p: p.first)
        return min(candidates, key=lambda p: p.first) if candidates else None

    def add(
        self, phrase: Phrase, at: int, evidence: bool, subject: bool, gender: str = ""
    ) -> Person:
        person = self.match(phrase.name, at)
        if person is None:
            person = Person(without_honorific(phrase.name), at)
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

    referring_words = lx.TITLE_WORDS | KIN
    """Heads of a definite description that refers back to a person: "the president", "the
    mother"."""

    def titled(self, title: str, at: int) -> Person | None:
        """The latest person before ``at`` introduced with this title word: "the president"
        after "President Jane Roe"; "the mother" is the woman of a couple named together."""
        if title in KIN:
            return self.parent(title, at)
        earlier = [p for p in self.people if p.first < at and holds_title(p.title, title)]
        return max(earlier, key=lambda p: p.first) if earlier else None

    def parent(self, noun: str, at: int) -> Person | None:
        """ "The father said" after "the court jailed Pavel and Irina Sokol": the one of the
        latest couple named together whose first name shows the noun's sex."""
        return parent_in(self.couples, noun, at)

    def surname(self, word: str) -> bool:
        """Is the word the last name of a person named in full, or with an honorific ("Mrs.
        Okafor")?"""
        key = name_key(word)
        return any(
            name_key(p.name.split()[-1]) == key
            and (
                len(name_words(p.name)) > 1
                or any(len(f.split()) > len(name_words(f)) for f in p.forms)
            )
            for p in self.people
        )

    def knows(self, name: str) -> bool:
        person = self.match(name, 1 << 60)
        return person is not None and (len(name_words(person.name)) > 1 or person.evidence)


ROLES = evidence.roles()

SUBORDINATE_RANKS = lx.words("vice deputy assistant lieutenant associate under")
"""Words that make another office of a title: "the president" is no "Vice President"."""


def holds_title(title: str, word: str) -> bool:
    """Does a person with ``title`` hold the office a definite "the ``word``" names? "Vice
    President" or "Deputy Minister" is not "the president" or "the minister"."""
    if word not in title_words(title):
        return False
    words = title.casefold().split()
    ranked = [n > 0 and words[n - 1] in SUBORDINATE_RANKS for n, w in enumerate(words) if w == word]
    return not ranked or not all(ranked)


def speaks_for_a_person(organisation: str, people: People) -> bool:
    """Is a speaker's body a person the article names, "Ruiz" after "Ana Ruiz" or "Ana Ruiz"
    herself? A title before a name reads its first words as a body ("Kestrel spokeswoman")."""
    if not organisation or organisation in bw.COMMON_ORGANISATIONS:
        return False
    if " " not in organisation:
        return people.surname(organisation)
    person = people.match(organisation, 1 << 60)
    return person is not None and name_keys(organisation) == name_keys(person.name)


def verb_follows(tokens: list[Token], j: int, subject: bool) -> bool:
    """A name followed by a verb is someone acting: "Roe stressed", "Sy also alleged";
    a sentence's subject may take any verb ("Ole Dahl saw")."""
    while j < len(tokens) and tokens[j].lower in lx.AUXILIARIES:
        j += 1
    if j >= len(tokens) or not tokens[j].is_word or tokens[j].text != tokens[j].lower:
        return False
    word = tokens[j].lower
    if word in lx.SPEECH_VERBS or word.endswith("ed"):
        return True
    return subject and word not in lx.NOT_VERBS and not word[0].isdigit()


def phrase_starts(tokens: list[Token]) -> list[int]:
    """Where a person's phrase may begin: a capitalised word, a title or role ("spokesman"),
    a determiner before a capitalised word ("the Kremlin"), or a name's particles ("von der
    Leyen"); never a word that numbers a step ("Next, …"; "First Minister" may)."""
    last = len(tokens) - 1
    return [
        i
        for i in marked(tokens, PERSON_START)
        if not (i < last and tokens[i + 1].text == "," and tokens[i].lower in lx.SEQUENCE_WORDS)
        and (
            tokens[i].capitalised
            or tokens[i].lower in lx.TITLE_WORDS
            or tokens[i].lower in ROLES
            or (i < last and tokens[i + 1].capitalised)
            or (tokens[i].lower in lx.NAME_PARTICLES and after_particles(tokens, i))
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
    "former army chief", or before a name after speech ("said nurse Ama Boateng"); none before
    ``since``."""
    if tokens[title].lower not in lx.TITLE_WORDS:
        return int(title > since and occupation_before_name(tokens, title - 1))
    lead = 0
    for m in (1, 2):
        word = tokens[title - m]
        if title - m < since or not word.is_word or word.capitalised or word.lower in CONJUNCTIONS:
            break
        if joins_title(tokens, title - m) == m:
            lead = m
    return lead


def apposed_to_subject(tokens: list[Token], subject: int, first: int, last: int) -> bool:
    """A name between commas right after the subject's description is the subject: "A
    spokesperson for the board, Jo Ferro, indicated ..."; a later "he said" is Jo Ferro."""
    if first - subject < 2 or tokens[first - 1].text != "," or last >= len(tokens):
        return False
    if tokens[last].text != ",":
        return False
    return all(
        t.is_word and t.quote < 0 and t.lower != "and" and not verb_like(t)
        for t in tokens[subject : first - 1]
    )


DESCRIPTION_LEAD = 6
"""Words the longest description holds before the title it leads to: "Former Roe adviser and
retired general"."""


def described_from(tokens: list[Token], subject: int, first: int) -> bool:
    """Do words of description lead from the subject's start to the titled name at ``first``:
    "Retired general Kwame Mensah was on stage", "Former Roe adviser and retired general …",
    "third-year student Ines Varga says"; a verb does not ("Police arrested general …")."""
    lead = tokens[subject:first]
    return 0 < len(lead) <= DESCRIPTION_LEAD and all(
        t.is_word
        and t.quote < 0
        and (
            t.capitalised
            or t.lower == "and"
            or t.lower in lx.TITLE_MODIFIERS
            or compound_modifier(t)
            or evidence.is_title_like(t.lower)
        )
        for t in lead
    )


def compound_modifier(token: Token) -> bool:
    """A lowercase hyphenated word, an adjective before the noun it describes: "third-year",
    "long-serving", "32-year-old"."""
    return "-" in token.text and token.text == token.lower and token.text[-1].isalpha()


def reports_after_a_clause(tokens: list[Token], i: int) -> bool:
    """ "Fighting went on, said Amadou Diallo": the speaker named after the verb is the
    subject a later "he" refers to."""
    return i > 1 and tokens[i - 1].lower in lx.SPEECH_VERBS and tokens[i - 2].text == ","


def opens_clause(token: Token) -> bool:
    """A word after which a name that acts is a clause's subject: "while Roe said", "revealed
    that Roe accepted", "that in May, Roe accepted"."""
    return token.lower in lx.CLAUSE_OPENERS or token.lower == "that" or token.text == ","


def verb_like(token: Token) -> bool:
    """A speech verb in lower case ("said"; "State" is a name's word)."""
    return token.text == token.lower and token.lower in lx.SPEECH_VERBS


def common_word(person: Person) -> bool:
    """A lone common English word that is no first name and never part of a full name ("Aid
    was sent") is no person the verb after it shows; "Brown" after "Jane Brown" is."""
    words = name_words(person.name)
    if len(words) != 1:
        return False
    return evidence.is_common_word(words[0]) and not evidence.is_first_name(words[0])


def holds_an_office(person: Person) -> bool:
    """A capitalised title word ends the title of a name that is no body's noun nor another
    title: "President Frost" is someone, though "frost" is a common word; "General Assembly"
    and "Chief Justice" are no one."""
    last = person.title.rpartition(" ")[2]
    if not (last[:1].isupper() and evidence.is_title_word(last.casefold())):
        return False
    return person.name not in bw.ORGANISATION_NOUNS and not evidence.is_title_like(
        person.name.casefold()
    )


COPULAS = frozenset({"is", "was", "are", "were"})


def named_subject(tokens: list[Token], subject: int, seen: list, since: int) -> int | None:
    """Where in ``seen`` (from ``since``) the sentence names whom its subject describes:
    "Another was tour manager Jo Ferro", "One of the men was Ali Doe, 42", "A spokeswoman for
    the board, Jo Ferro, said"."""
    for k in range(since, len(seen)):
        first = seen[k][0].first
        between = {t.lower for t in tokens[subject:first]}
        if COPULAS & between:
            return k
        if tokens[first - 1].text == "," and not between & (lx.SPEECH_VERBS | lx.AUXILIARIES):
            return k
    return None


def find_people(sentences: list[list[Token]], phrases: PhraseReader) -> People:
    """Every person named outside quotations, with the title and organisation the article
    gives, whether anything shows they are a person, and whether they open their sentence."""
    orgs = phrases.orgs
    seen: list[tuple[Phrase, int, bool, bool, str]] = []
    aged_at: set[int] = set()
    unnamed: list[tuple[int, str, str]] = []
    couples: list[tuple[int, str, str]] = []
    for tokens in sentences:
        subject = subject_start(tokens)
        in_sentence = len(seen)
        noun = unnamed_subject(tokens, subject)
        i = 0
        for start in phrase_starts(tokens):
            if start < i or (start == subject and inverted_verb_at(tokens, start)):
                continue  # 'Said Jane Roe: “…”' names Jane Roe
            phrase = None
            lead = start - title_lead(tokens, start, i)
            if lead < start:
                phrase = phrases.read(tokens, lead)
                i = lead
            if phrase is None or phrase.kind != "person":
                phrase, i = phrases.read(tokens, start), start
            token = tokens[i]
            if phrase is None or phrase.kind != "person":
                i = phrase.last if phrase is not None and phrase.last > i else i + 1
                continue
            previous = seen[-1][0] if len(seen) > in_sentence else None
            lone = list(name_words(previous.name)) if previous is not None else []
            if lone and previous.last == i - 1 and not previous.title:  # "MR" alone has none
                known = any(name_key(lone[0]) in name_keys(p.name) for p, *_ in seen[:-1])
                couple = "" if phrase.title or known else couple_name(tokens, i, lone, phrase.name)
                if couple:  # "Pavel and Irina Sokol": "Pavel" is "Pavel Sokol"
                    seen[-1] = (previous._replace(name=couple), *seen[-1][1:])
                    couples.append((token.start, couple, phrase.name))
            title, organisation, aside = apposition(tokens, phrase.last, orgs)
            if not title:  # a rank with the name: "The army's spokesman, Col. Ilya Petrenko,"
                title = title_before_apposition(tokens, i, phrase.last)
                organisation = organisation or (title and owner_of_title(tokens, i, orgs))
            if not (title or phrase.title):
                title = predicate_title(tokens, phrase.last)
                title = title or title_after_as(tokens, phrase.last)
                title = title or title_in_relative_clause(tokens, phrase.last)
            place = i > 0 and tokens[i - 1].lower in lx.PLACE_PREPOSITIONS and not phrase.described
            acts = verb_follows(tokens, past_place(tokens, phrase.last), i == subject)
            inverted = reports_after_a_clause(tokens, i)
            evidence = not place and (aside or phrase.described or acts or inverted)
            if title or organisation:
                phrase = Phrase(
                    phrase.first,
                    phrase.last,
                    phrase.kind,
                    phrase.name,
                    fuller_title(phrase.title, title),
                    phrase.organisation or organisation,
                    described=True,
                )
            clause = i > 0 and opens_clause(tokens[i - 1]) and acts
            apposed = apposed_to_subject(tokens, subject, i, phrase.last)
            gender = gender_shown(tokens[i : phrase.last], f"{phrase.title} {title}")
            aged = aside and tokens[phrase.last + 1].text.isdigit()  # "Amina, 14,"
            source = i > 1 and (tokens[i - 2].lower, tokens[i - 1].lower) == ("according", "to")
            led = described_from(tokens, subject, i) and phrase.described
            is_subject = i == subject or clause or apposed or aged or source or inverted or led
            if aged:
                aged_at.add(token.start)
            seen.append((phrase, token.start, evidence, is_subject, gender))
            i = phrase.last
        named = named_subject(tokens, subject, seen, in_sentence) if noun is not None else None
        if named is not None:  # "Another was Jo Ferro": she is the subject
            seen[named] = (*seen[named][:3], True, seen[named][4])
        elif noun is not None:
            unnamed.append((tokens[subject].start, *noun))
    people = People()
    for phrase, at, evidence, is_subject, gender in sorted(
        seen, key=lambda s: -len(name_words(s[0].name))
    ):
        people.add(phrase, at, evidence, is_subject, gender)
    for person in filter(common_word, people.people):
        aged = any(m.person is person and m.start in aged_at for m in people.mentions)
        if not aged and not holds_an_office(person):
            person.evidence, person.title = False, ""  # "Blessing, 16," is someone still
    for person in people.people:
        person.title = spelled_out(person.title)
        if speaks_for_a_person(person.organisation, people):
            person.organisation = ""  # "Ruiz spokeswoman Hope Okafor" after "Ana Ruiz"
    people.mentions.sort(key=lambda m: m.start)
    people.unnamed = [(at, sex) for at, noun, sex in unnamed if not people.titled(noun, at)]
    for at, first, second in couples:
        pair = people.match(first, at), people.match(second, at)
        if pair[0] is not None and pair[1] is not None and pair[0] is not pair[1]:
            people.couples.append((at, (pair[0], pair[1])))
    return people

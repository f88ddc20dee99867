"""Who a phrase stands for: a person of the article, an organisation, or whom a pronoun
("she", "it", "they") or a description ("the president", "the ministry") refers back to."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.antecedents import namesake, noun_gender
from articles.extraction.descriptions import Descriptions, is_epithet
from articles.extraction.governments import government_of, governments_named
from articles.extraction.known_bodies import KnownBodies
from articles.extraction.name_forms import name_keys, name_words
from articles.extraction.offices import (
    HEAD_NOUNS,
    kind_of_body,
    of_a_body,
    owns_an_office,
)
from articles.extraction.outlets import reports
from articles.extraction.people import People, Person, subject_start
from articles.extraction.phrases import Phrase, PhraseReader
from articles.extraction.speech import DESCRIPTION_LIMIT, PREPOSITIONS, closes, verb_at
from articles.extraction.tokens import Token


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    tokens: list[Token]


@dataclass(frozen=True)
class Voice:
    """Who speaks: a person of the article, an organisation or a country, by canonical name."""

    name: str
    person: Person | None = None
    is_organisation: bool = False


@dataclass(frozen=True)
class Attribution:
    voice: Voice | None
    verb: str
    rule: str

    def confidence(self, partial: bool) -> str:
        """How sure the rule is, "" without a speaker: a speech verb beside a whole quote is
        surest; a pronoun, a description, a run of quotes or a few words woven into the
        writer's sentence less; a speaker read from another sentence, a one-word name the
        article never gives in full, or words woven in and given to a person with no title,
        least (on news no rule had seen, as ``python -m bench.confidence`` measures: the rules
        then misread a woven fragment's speaker or the name's bounds about one time in two)."""
        if self.voice is None:
            return ""
        person = self.voice.person
        if person is not None and not person.well_attested():
            return "low"
        if person is None and not self.voice.is_organisation:
            return "low"  # a name that matched no person the article introduces
        sure = RULE_CONFIDENCE.get(self.rule, "low")
        if partial and sure != "low":
            return "low" if person is not None and not person.title else "medium"
        return sure


RULE_CONFIDENCE = {
    "quote-then-speaker-verb": "high",
    "quote-verb-speaker": "high",
    "speaker-verb-quote": "high",
    "passive-agent": "high",
    "quoted-as-saying": "high",
    "according-to": "high",
    "same-sentence": "high",
    "inverted-verb": "high",
    "sentence-final": "medium",
    "quote-then-any-verb": "medium",
    "dash-trailer": "medium",
    "pronoun": "medium",
    "description": "medium",
    "description-in-focus": "low",
    "continuation": "medium",
    "document": "medium",
    "spokesperson": "medium",
    "caption": "medium",
    "colon-lead-in": "low",
    "interview-answer": "low",
    "woven-subject": "medium",
    "source-after": "medium",
    "next-sentence": "low",
    "previous-sentence": "low",
    "previous-subject": "low",
    "repeated": "low",
    "past-a-narration": "low",
}
"""Each rule's confidence when its speaker is a well-attested name (see ``confidence``)."""

NOBODY = Attribution(None, "", "")

CLAUSE_ENDS = frozenset({".", "!", "?", ":", ";", "“", '"'})
"""Marks after which any word may be capitalised."""

BODY_WORDS = lx.DEFINITE_ORG_WORDS | lx.GENERIC_ORG_WORDS
"""Nouns by which a definite description means a body: "the ministry", "the group"."""


class References(Descriptions):
    """The people and organisations in focus as the article is read, and what a phrase
    refers to among them; the attribution rules build on it."""

    def __init__(self, sentences: list[Sentence], phrases: PhraseReader, people: People):
        self.sentences, self.orgs, self.people = sentences, phrases.orgs, people
        self.bodies = KnownBodies(phrases.orgs)
        self.read = phrases.read
        self.found: dict[int, Attribution] = {}
        self.focus = sorted(
            (m.start, m.person) for m in people.mentions if m.subject and m.person.evidence
        )
        self.unnamed_subjects: list[tuple[int, str]] = []
        self.sentence_starts = [s.start for s in sentences]
        self.org_subjects: list[tuple[int, str]] = []
        self.read_organisations_as_subjects()

    def read_organisations_as_subjects(self) -> None:
        """Organisations that open a sentence, for a later "it said", by name or by a
        description of one named before ("The charity called for an inquiry. It said …"); on
        the way, where a person described but not named opens one ("The head of the unit told
        the court")."""
        found = self.org_subjects
        for sentence in self.sentences:
            start = subject_start(sentence.tokens)
            phrase = self.bodies.longest(sentence.tokens, start, self.read(sentence.tokens, start))
            described = self.described_body(sentence.tokens, start)
            governed = government_of(self.read, sentence.tokens, start)
            if described or governed:
                found.append((sentence.start, described or governed.name))
            elif phrase is not None and phrase.kind == "organisation":
                if reports(sentence.tokens, phrase.last):
                    continue  # "The Daily Ledger reported that ...": a medium, not a group
                known = self.orgs.find(phrase.name)
                found.append((sentence.start, known.name if known else phrase.name))
            elif phrase is not None and phrase.kind == "unnamed" and phrase.head in BODY_WORDS:
                first = sentence.tokens[phrase.first]
                definite = first.lower in lx.DEFINITE_DETERMINERS
                body = self.description(phrase, first.start, definite) if definite else None
                found.extend([(sentence.start, body.name)] if body is not None else [])
            elif phrase is not None and phrase.kind == "unnamed" and phrase.head:
                self.unnamed_subject(phrase, sentence)
            else:
                found.extend(self.organisation_as_agent(sentence))

    def described_body(self, tokens: list[Token], start: int) -> str:
        """The body a subject describes by its kind before its acronym in brackets: "The UN
        refugee agency (UNHCR) warned" is the UNHCR, though "UN" opens the phrase."""
        for k in range(start + 1, min(len(tokens) - 2, start + 6)):
            if tokens[k].text == "(" and tokens[k + 2].text == ")":
                kind = tokens[k - 1].lower in BODY_WORDS
                body = self.orgs.find(tokens[k + 1].text) if kind else None
                return body.name if body else ""
        return ""

    def organisation_as_agent(self, sentence: Sentence) -> list[tuple[int, str]]:
        """An organisation that acts though it is no subject: the agent of a passive ("was
        confirmed by the Water Agency") or the source after "according to"."""
        tokens = sentence.tokens
        for b in range(1, len(tokens) - 1):
            passive = tokens[b].lower == "by" and tokens[b - 1].lower.endswith("ed")
            source = tokens[b].lower == "to" and tokens[b - 1].lower == "according"
            if not (passive or source):
                continue
            phrase = self.read(tokens, b + 1)
            if phrase is not None and phrase.kind == "organisation":
                known = self.orgs.find(phrase.name)
                return [(sentence.start, known.name if known else phrase.name)]
        return []

    def unnamed_subject(self, phrase: Phrase, sentence: Sentence) -> None:
        """A person described as subject is in focus: the one the description refers back to
        ("the president" after "President Jane Roe"), else someone unnamed, so that a "she"
        after "The head of the unit told the court" names no one met earlier."""
        head = phrase.head
        at = sentence.tokens[phrase.first].start
        definite = sentence.tokens[phrase.first].lower in lx.DEFINITE_DETERMINERS
        person = self.people.titled(head, at) if definite and head in lx.TITLE_WORDS else None
        if person is not None:
            self.focus.insert(bisect_left(self.focus, (at,)), (at, person))
        else:
            self.unnamed_subjects.append((sentence.start, noun_gender(head)))

    # --- resolving a phrase to a voice --------------------------------------------------

    def voice(self, phrase: Phrase, tokens: list[Token], rule: str) -> tuple[Voice | None, str]:
        at = tokens[phrase.first].start
        if phrase.kind == "person":
            person = self.namesake(phrase, tokens, at) or self.people.match(phrase.name, at)
            if person is None:
                return (
                    (None, "unnamed")
                    if self.names_no_one(phrase, tokens)
                    else (Voice(phrase.name), rule)
                )
            if person.name == phrase.name and self.names_no_one(phrase, tokens):
                return None, "unnamed"
            return Voice(person.name, person), rule
        if phrase.kind == "organisation":
            found = self.orgs.find(phrase.name)
            name = found.name if found else self.bodies.longer_name(phrase, tokens)
            return Voice(name, is_organisation=True), rule
        if phrase.kind == "country":
            return Voice(phrase.name, is_organisation=True), rule
        if phrase.kind == "pronoun":
            voice = self.pronoun(phrase.name, at)
            return voice, "pronoun" if voice is not None else "unnamed"
        definite = tokens[phrase.first].lower in lx.DEFINITE_DETERMINERS
        voice = self.description(phrase, at, definite, of_a_body(phrase, tokens))
        if voice is None and definite and (person := self.from_place(phrase, tokens, at)):
            voice = Voice(person.name, person)
        if voice is None and definite and is_epithet(phrase, tokens):
            person = self.in_focus(phrase.head, at)
            voice = Voice(person.name, person) if person is not None else None
        if (
            voice is None
            and definite
            and phrase.last - phrase.first == 2
            and speaks(tokens, phrase.first, phrase.last)
        ):
            person = self.named_just_before(phrase.head, at)  # "the candidate tweeted"
            if person is not None:
                return Voice(person.name, person), "description-in-focus"
        return voice, "description" if voice is not None else "unnamed"

    def namesake(self, phrase: Phrase, tokens: list[Token], at: int) -> Person | None:
        """See ``antecedents.namesake``: "Mrs. Clinton" after Hillary and Bill Clinton."""
        honorifics = {t.lower for t in tokens[phrase.first : phrase.last]}
        sex = "f" if honorifics & lx.FEMALE_TITLES else "m" if honorifics & lx.MALE_TITLES else ""
        return namesake(self.people.people, name_keys(phrase.name), sex, at)

    def pronoun(self, word: str, at: int) -> Voice | None:
        """ "he"/"she" is a person who was the subject of a sentence or spoke (see
        ``person_for``); "it" the latest organisation that did; "they" an organisation that
        opened this sentence or the one before, with no person since; "we" names no one."""
        if word in lx.PRONOUNS_PERSON:
            person = self.person_for(word, at)
            return Voice(person.name, person) if person is not None else None
        if word in lx.PRONOUNS_ORGANISATION:
            earlier = [name for start, name in self.org_subjects if start < at]
            return Voice(earlier[-1], is_organisation=True) if earlier else None
        if word == "they":
            return self.group_for(at)
        return None

    def person_for(self, word: str, at: int) -> Person | None:
        """The nearest person in focus whose gender does not clash with the pronoun: "she"
        after "Ms. Okafor met the envoy. Mr. Dale said ..." is Ms. Okafor, as "Mr.", a title
        such as "spokesman" or a first name such as "Kwame" shows a man; a person of unknown
        gender ("Jon Dale") is never skipped. Past a clash, only a person of matching gender or one
        named in full or with a title will do ("Aid convoys were blocked" names no one), else
        the nearest. A person named since, in a sentence whose subject is no one in focus,
        comes first (see ``named_since``). A bound pronoun shows the gender of a person
        nothing else showed it for."""
        earlier = self.focus[: bisect_left(self.focus, (at,))]
        wanted = lx.PRONOUN_GENDER[word]
        if not earlier:
            chosen = self.named_nearby(at, wanted) or self.named_since(-1, at, wanted)
            return self.binding(chosen, wanted)
        if self.unnamed_since(earlier[-1][0], at, wanted):
            return None
        if self.people.unnamed_between(earlier[-1][0], at, wanted):
            return None  # "One of the victims spoke. She said"
        nearest = earlier[-1][1]
        named = self.named_since(earlier[-1][0], at, wanted)
        if named is not None and (named.likely_gender() or nearest.likely_gender() != wanted):
            return self.binding(named, wanted)  # a subject shown to be a "she" keeps "she"
        if self.only_leans(nearest, earlier[-1][0], at):
            return nearest  # 'Darcy Roe had his say. He wrote': a name's sex is a guess
        chosen = next(
            (
                p
                for _, p in reversed(earlier)
                if p.likely_gender() == wanted
                or (not p.likely_gender() and (p is nearest or p.well_attested()))
            ),
            None,
        )
        return self.binding(chosen or self.named_nearby(at, wanted) or nearest, wanted)

    def only_leans(self, person: Person, since: int, at: int) -> bool:
        """Is the person the subject of the sentence just before ``at``, in its paragraph,
        with nothing but a first name that leans to one sex to show their gender?"""
        if person.gender or not evidence.first_name_leans(name_words(person.name)[0]):
            return False
        index = bisect_right(self.sentence_starts, at) - 1
        if index < 1 or self.sentences[index - 1].paragraph != self.sentences[index].paragraph:
            return False
        return self.sentence_starts[index - 1] <= since

    @staticmethod
    def binding(person: Person | None, wanted: str) -> Person | None:
        """The person a pronoun binds, who now shows its gender if nothing else did."""
        if person is not None and not person.likely_gender():
            person.gender = wanted
        return person

    def named_nearby(self, at: int, wanted: str) -> Person | None:
        """A person named in full, subject or not, in this sentence or the one before, whose
        first name shows the pronoun's sex: "she" after "Rahul Roe met Amina Yusuf"."""
        index = max(0, bisect_right(self.sentence_starts, at) - 1)
        since = self.sentences[max(0, index - 1)].start
        for mention in reversed(self.people.mentions):
            person = mention.person
            if since <= mention.start < at and person.likely_gender() == wanted:
                return person if len(name_words(person.name)) > 1 else None
        return None

    def named_since(self, subject: int, at: int, wanted: str) -> Person | None:
        """The one person named in full in the sentence before, when it comes after the
        sentence of the subject at ``subject``, whose gender does not clash: "Police arrested
        general Kwame Mensah. He said" is Mensah, not a man of unknown gender who was the
        subject before; "Ana Roe met Li Wei. She said" stays with Ana Roe."""
        index = bisect_right(self.sentence_starts, at) - 1
        after = bisect_right(self.sentence_starts, subject) if subject >= 0 else 0
        if index < 1 or after > index - 1:
            return None
        before = self.sentences[index - 1]
        named = {
            id(m.person): m.person
            for m in self.people.mentions
            if before.start <= m.start < before.end
            and len(name_words(m.person.name)) > 1
            and m.person.likely_gender() in ("", wanted)
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def unnamed_since(self, named: int, at: int, wanted: str) -> bool:
        """Has someone unnamed been the subject since the person at ``named``, in this sentence
        or the one before?"""
        index = max(0, bisect_right(self.sentence_starts, at) - 1)
        since = max(named + 1, self.sentences[max(0, index - 1)].start)
        return any(
            since <= start < at and sex in ("", wanted) for start, sex in self.unnamed_subjects
        )

    def group_for(self, at: int) -> Voice | None:
        """ "The CDF said it would not withdraw. “We stay,” they said.": "they" is an
        organisation only while it is the latest subject, in this sentence or the one before;
        "Farmers said ... they said" names no one."""
        index = max(0, bisect_right(self.sentence_starts, at) - 1)
        since = self.sentences[max(0, index - 1)].start if self.sentences else 0
        earlier = [(start, name) for start, name in self.org_subjects if since <= start < at]
        if not earlier:
            return None
        start, name = earlier[-1]
        person_since = bisect_left(self.focus, (start,)) < bisect_left(self.focus, (at,))
        return None if person_since else Voice(name, is_organisation=True)

    def read_subject_pronoun(self, sentence_index: int) -> None:
        """A sentence without quotes that opens with "He" or "She" ("Deniz Kaya arrived. She
        said the aid ...") binds it as an attribution would, so the person's gender is known
        to later pronouns."""
        tokens = self.sentences[sentence_index].tokens
        start = subject_start(tokens)
        if start >= len(tokens) or tokens[start].lower not in lx.PRONOUNS_PERSON:
            return
        if all(t.quote < 0 for t in tokens):
            self.person_for(tokens[start].lower, tokens[start].start)

    def description(
        self, phrase: Phrase, at: int, definite: bool, of_a_body: bool = False
    ) -> Voice | None:
        """ "the ministry said" is the latest ministry named; "the archbishop said" the latest
        person introduced as archbishop, "the premier" as prime minister; "the agency chief"
        whoever heads a body; "a source said" and "one MP said" are nobody."""
        head = phrase.head
        if phrase.last - phrase.first == 1 and self.people.surname(phrase.title):
            person = self.people.match(phrase.title, at)  # "King said" after "Rep. Steve King"
            return Voice(person.name, person) if person is not None else None
        if head in self.people.referring_words and definite:  # "the president", "the mother"
            person = self.heading(phrase.organisation, head, at, of_a_body) if of_a_body else None
            person = person or self.people.titled(head, at) or self.described_as(head, at)
            person = person or self.heading(phrase.organisation, head, at)
            person = person or self.holding_office(head, at) or self.introduced_next(head, at)
            return Voice(person.name, person) if person is not None else None
        if definite and head not in BODY_WORDS:
            # "the surgeon" after "Ali Doe, a surgeon,"; "the top diplomat"
            person = self.described_as(head, at) or self.holding_office(head, at)
            if person is not None:
                return Voice(person.name, person)
        if head in lx.GENERIC_ORG_WORDS:
            earlier = [name for start, name in self.org_subjects if start < at]
            return Voice(earlier[-1], is_organisation=True) if earlier else None
        if head in lx.DEFINITE_ORG_WORDS:
            for org in sorted(self.orgs.items, key=lambda o: -o.first):
                if org.first < at and head in org.name.casefold():
                    return Voice(org.name, is_organisation=True)
        return None

    def read_speaker(self, tokens: list[Token], i: int) -> Phrase | None:
        """The phrase at ``i``; past "the" and words of description to a name ("the
        45-year-old Jane Roe"); a definite description the phrase reader takes for no one or
        for a body, when it repeats words said of a person named before: "the surgeon",
        "the 45-year-old", "the Republican" after "Ali Doe, a Republican,", "the GOP
        front-runner" after "GOP front-runner Jo Ferro"."""
        phrase = self.read(tokens, i)
        if phrase is not None and owns_an_office(tokens, phrase.last):
            return Phrase(phrase.first, phrase.last + 1, "unnamed", head="office")
        phrase = self.bodies.longest(tokens, i, phrase)
        if i >= len(tokens) or tokens[i].lower != "the":
            return phrase
        country = government_of(self.read, tokens, i)
        if country is not None:
            return country
        if phrase is not None and phrase.head in HEAD_NOUNS and kind_of_body(tokens, phrase.last):
            return phrase._replace(last=phrase.last + 3)  # "the head of the agency said"
        acronym = phrase is not None and phrase.kind == "organisation" and " " not in phrase.name
        party = phrase is not None and phrase.kind == "unnamed" and phrase.last == i + 2
        if phrase is not None and not (acronym or (party and self.noun_after(tokens, i + 2))):
            return phrase  # "the GOP front-runner" and "the Republican front-runner" read on
        named = self.named_after_words(tokens, i, closing=False) if phrase is None else None
        if named is not None:  # "the 45-year-old Jane Roe said"
            return named
        end = phrase.last if phrase is not None else i + 1
        while phrase is None and end < min(len(tokens), i + 4) and not verb_at(tokens, end):
            if not tokens[end].is_word or tokens[end].quote >= 0:
                break
            end += 1
        head, at = tokens[end - 1].lower, tokens[i].start
        noun = (
            end < len(tokens) and tokens[end].text == tokens[end].lower and verb_at(tokens, end + 1)
        )
        if phrase is not None and noun and self.described_with(tokens[end].lower, head, at):
            return Phrase(i, end + 1, "unnamed", head=tokens[end].lower)  # "the GOP front-runner"
        if phrase is None and end > i + 1 and head in lx.GENERIC_ORG_WORDS:
            return Phrase(i, end, "unnamed", head=head)  # "the rights group", "the world body"
        if end > i + 2:
            epithet = self.in_focus(head, at)  # "the billionaire businessman"
        else:
            epithet = speaks(tokens, i, end) and self.named_just_before(head, at)
        if end == i + 1 or not (
            self.described_as(head, at) or self.holding_office(head, at) or epithet
        ):
            return phrase
        return Phrase(i, end, "unnamed", head=head)

    @staticmethod
    def noun_after(tokens: list[Token], end: int) -> bool:
        """Does a lowercase word that is no verb follow: "front-runner" in "the Republican
        front-runner said"?"""
        if end >= len(tokens) or not tokens[end].is_word or verb_at(tokens, end):
            return False
        return tokens[end].text == tokens[end].lower

    def named_after_words(self, tokens: list[Token], i: int, closing: bool = True) -> Phrase | None:
        """A name that closes the clause after a few lowercase words of description: 'said
        human rights lawyer Jane Roe.', 'said a veteran campaigner Jane Roe, who ...', 'said
        state Rep. Jane Roe' (a speech verb's word before a title is none); never the object
        of a preposition ('said the wife of Jane Roe')."""
        for j in range(i, min(len(tokens), i + DESCRIPTION_LIMIT)):
            word = tokens[j]
            if not word.is_word or word.capitalised or word.lower in lx.PLACE_PREPOSITIONS:
                break
            titled = j + 1 < len(tokens) and tokens[j + 1].capitalised
            if word.lower in PREPOSITIONS or (word.lower in lx.SPEECH_VERBS and not titled):
                break
            named = self.read(tokens, j + 1)
            if named is not None and named.kind == "person":
                return named if closes(tokens, named.last) or not closing else None
        return None

    @cached_property
    def capitalised_inside_sentences(self) -> frozenset[str]:
        """Words the article capitalises where no sentence or clause opens: names, titles,
        bodies; a word right after a quote counts ('“…,” Rogers said')."""
        return frozenset(
            token.text
            for sentence in self.sentences
            for before, token in itertools.pairwise(sentence.tokens)
            if token.capitalised and before.text not in CLAUSE_ENDS
        )

    def names_no_one(self, phrase: Phrase, tokens: list[Token]) -> bool:
        """A common English word alone, with no title or age, that the article capitalises only
        to open a sentence ("Unrest continued", "Violence said") names no one when its sentence
        holds no quote of its own to attribute; a first name does ("Zoe said", "Blessing, 16,
        said"), and so does a surname written inside a sentence too ("said Hope")."""
        name, after = phrase.name, tokens[phrase.last : phrase.last + 2]
        aged = len(after) == 2 and after[0].text == "," and after[1].text.isdigit()
        return (
            " " not in name
            and not any(token.quote >= 0 for token in tokens)
            and not phrase.title
            and not aged
            and evidence.is_common_word(name)
            and not evidence.is_first_name(name)
            and name not in self.capitalised_inside_sentences
        )

    @cached_property
    def governments(self) -> list[tuple[int, str]]:
        return governments_named([s.tokens for s in self.sentences], self.read)

    def government_before(self, at: int) -> Voice | None:
        """The government last named by what it governs before ``at``, for a later "the
        government" or "an official government account"."""
        earlier = [name for start, name in self.governments if start < at]
        return Voice(earlier[-1], is_organisation=True) if earlier else None

    def remember(self, found: Attribution, at: int) -> None:
        """A person who speaks becomes the one a later "he" means."""
        if found.voice is None:
            return
        if found.voice.person is not None:
            index = bisect_left(self.focus, (at,))
            self.focus.insert(index, (at, found.voice.person))
        elif found.voice.is_organisation:
            index = bisect_left(self.org_subjects, (at,))
            self.org_subjects.insert(index, (at, found.voice.name))


def speaks(tokens: list[Token], first: int, last: int) -> bool:
    """Is the phrase from ``first`` to ``last`` the subject of a speech verb, after it ("the
    candidate tweeted") or before it ("said the candidate")?"""
    return verb_at(tokens, last) or (first > 0 and tokens[first - 1].lower in lx.SPEECH_VERBS)

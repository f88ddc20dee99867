"""Synthetic conflict-news articles for tests and benchmarks; pure Python, no Django.

``Corpus(seed)`` draws a pool of about 20,000 speakers and 3,000 organisations, then writes
article number ``i`` from ``random.Random(f"{seed}/{i}")``: the same seed gives the same
articles, in any order and on any machine. Every article knows the quotes it holds and who
says each one, so an import of its file can be checked against what was meant.
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bench.corpus_words import (
    CITIES,
    DATELINES,
    DAYS_SPANNED,
    FEMALE_NAMES,
    FILLER_SENTENCES,
    FIRST_DAY,
    HEADLINES,
    MALE_NAMES,
    ORGANISATION_ADJECTIVES,
    ORGANISATION_NOUNS,
    ORGANISATION_QUALIFIERS,
    PARTIAL_PHRASES,
    PARTIAL_SUBJECTS,
    PLACES,
    QUOTE_SENTENCES,
    SOURCES,
    SURNAMES,
    TITLES,
    TITLES_BEFORE_NAME,
    WEEKDAYS,
)


@dataclass(frozen=True)
class Organisation:
    name: str
    acronym: str


@dataclass(frozen=True)
class Person:
    first_name: str
    surname: str
    female: bool
    title: str
    title_before_name: str
    organisation: Organisation

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.surname}"

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


@dataclass(frozen=True)
class IntendedQuote:
    """A quote the generator wrote: ``body[start:end] == text``; ``speaker`` by full name."""

    text: str
    speaker: str
    start: int
    end: int
    shape: str
    verb: str = "said"
    partial: bool = False


@dataclass(frozen=True)
class GeneratedArticle:
    number: int
    title: str
    dateline: str
    body: str
    published: datetime.date
    source: str
    url: str
    quotes: tuple[IntendedQuote, ...]
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    speaking_organisations: tuple[Organisation, ...]

    @property
    def file_name(self) -> str:
        return f"{self.number // 1000:04d}/{self.number:07d}_{slug_of(self.title)[:60]}.txt"

    def file_text(self) -> str:
        """The file the importer reads: front matter, headline, blank line, paragraphs."""
        return (
            f"---\npublished: {self.published.isoformat()}\nsource: {self.source}\n"
            f"url: {self.url}\n---\n{self.title}\n\n{self.body}\n"
        )


def slug_of(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def acronym_of(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


class Corpus:
    """The speaker and organisation pools for a seed, and the articles drawn from them."""

    def __init__(self, seed: int, people: int = 20_000, organisations: int = 3_000):
        self.seed = seed
        rng = random.Random(seed)
        self.organisations = self._draw_organisations(rng, organisations)
        self.people = self._draw_people(rng, people)

    @staticmethod
    def _draw_organisations(rng: random.Random, count: int) -> list[Organisation]:
        names = {}
        while len(names) < count:
            adjective = rng.choice(ORGANISATION_ADJECTIVES)
            qualifier = rng.choice(ORGANISATION_QUALIFIERS)
            noun = rng.choice(ORGANISATION_NOUNS)
            name = f"{adjective} {qualifier} {noun}"
            if rng.random() < 0.3:
                name = f"{name} of {rng.choice(PLACES)}"
            names.setdefault(name, Organisation(name, acronym_of(name)))
        return list(names.values())

    def _draw_people(self, rng: random.Random, count: int) -> list[Person]:
        people = {}
        while len(people) < count:
            female = rng.random() < 0.45
            first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
            surname = rng.choice(SURNAMES)
            if rng.random() < 0.4:  # a double-barrelled surname makes the pool big enough
                surname = f"{surname}-{rng.choice(SURNAMES)}"
            people.setdefault(
                (first, surname),
                Person(
                    first_name=first,
                    surname=surname,
                    female=female,
                    title=rng.choice(TITLES),
                    title_before_name=rng.choice(TITLES_BEFORE_NAME),
                    organisation=rng.choice(self.organisations),
                ),
            )
        return list(people.values())

    def articles(self, count: int, start: int = 0) -> Iterator[GeneratedArticle]:
        for number in range(start, start + count):
            yield self.article(number)

    def article(self, number: int) -> GeneratedArticle:
        return ArticleWriter(self, number).write()


def popular(rng: random.Random, pool: list):
    """A few are chosen very often and most rarely, as in a real archive."""
    return pool[int(len(pool) * rng.random() ** 2.5)]


@dataclass
class ArticleWriter:
    """Writes one article paragraph by paragraph, keeping the offsets of its quotes."""

    corpus: Corpus
    number: int
    rng: random.Random = field(init=False)
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[IntendedQuote] = field(default_factory=list)
    length: int = 0
    mentioned: set = field(default_factory=set)
    quoted: set = field(default_factory=set)

    def __post_init__(self):
        self.rng = random.Random(f"{self.corpus.seed}/{self.number}")

    def write(self) -> GeneratedArticle:
        rng = self.rng
        quote_count = round(rng.triangular(3, 15, 12))
        paragraph_count = rng.randint(max(4, quote_count + 1), 20)
        people = self.cast(rng.randint(2, 5))
        speaking = [popular(rng, self.corpus.organisations) for _ in range(rng.randint(1, 2))]
        speaking = list(dict.fromkeys(speaking))
        self.background = [rng.choice(self.corpus.organisations) for _ in range(2)]
        self.place = rng.choice(PLACES)
        dateline = rng.choice(DATELINES)
        title = self.fill(rng.choice(HEADLINES), organisation=speaking[0].name)

        self.add(f"{dateline} - {self.filler()}")
        quoting = sorted(rng.sample(range(1, paragraph_count), quote_count))
        last_speaker = None
        for index in range(1, paragraph_count):
            if index not in quoting:
                self.add(" ".join(self.filler() for _ in range(rng.randint(1, 2))))
                last_speaker = None
                continue
            if rng.random() < 0.2:
                last_speaker = self.organisation_quote(rng.choice(speaking))
            else:
                last_speaker = self.person_quote(rng.choice(people), last_speaker)

        published = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS_SPANNED))
        source = rng.choice(sorted(SOURCES))
        url = f"https://{SOURCES[source]}/{published:%Y/%m}/{slug_of(title)[:80]}-{self.number}"
        mentioned_people = tuple(p for p in people if p in self.mentioned)
        return GeneratedArticle(
            number=self.number,
            title=title,
            dateline=dateline,
            body="\n\n".join(self.paragraphs),
            published=published,
            source=source,
            url=url,
            quotes=tuple(self.quotes),
            people=mentioned_people,
            organisations=tuple(o for o in self.corpus_order(self.mentioned)),
            speaking_organisations=tuple(
                o for o in speaking if any(q.speaker == o.name for q in self.quotes)
            ),
        )

    def cast(self, count: int) -> list[Person]:
        """People who share no part of a name, so "Haddad said" names one of them only."""
        people, names = [], set()
        while len(people) < count:
            person = popular(self.rng, self.corpus.people)
            parts = {person.first_name, *person.surname.split("-")}
            if not parts & names:
                people.append(person)
                names |= parts
        return people

    @staticmethod
    def corpus_order(mentioned: set) -> list[Organisation]:
        return sorted((m for m in mentioned if isinstance(m, Organisation)), key=lambda o: o.name)

    def add(self, paragraph: str, quoted: list[tuple[str, str, str, str, bool]] = ()) -> None:
        """Append a paragraph; ``quoted`` holds (text, speaker, shape, verb, partial) in it."""
        start = self.length + (2 if self.paragraphs else 0)
        searched_from = 0
        for text, speaker, shape, verb, partial in quoted:
            at = paragraph.index(f"“{text}", searched_from) + 1
            searched_from = at + len(text)
            self.quotes.append(
                IntendedQuote(
                    text, speaker, start + at, start + at + len(text), shape, verb, partial
                )
            )
        self.paragraphs.append(paragraph)
        self.length = start + len(paragraph)

    def fill(self, template: str, **values) -> str:
        rng = self.rng
        slots = {
            "place": self.place if rng.random() < 0.5 else rng.choice(PLACES),
            "other_place": rng.choice(PLACES),
            "city": rng.choice(CITIES),
            "number": f"{rng.choice([12, 35, 140, 600, 1200, 4500, 20000]) + rng.randrange(9)}",
            "days": str(rng.randint(2, 40)),
            "weekday": rng.choice(WEEKDAYS),
            "year": str(rng.randint(2011, 2023)),
        }
        if "{Organisation}" in template:
            slots["Organisation"] = values.pop("organisation")
        return template.format(**slots, **values)

    def filler(self) -> str:
        template = self.rng.choice(FILLER_SENTENCES)
        organisation = self.rng.choice(self.background)
        return self.fill(template, organisation=self.organisation_named(organisation))

    def organisation_named(self, organisation: Organisation) -> str:
        """Its full name with the acronym the first time, the acronym after that."""
        if organisation in self.mentioned:
            return organisation.acronym
        self.mentioned.add(organisation)
        return f"{organisation.name} ({organisation.acronym})"

    def quote_text(self, sentences: int) -> str:
        """Sentences not yet quoted in this article: every quote in it reads differently."""
        chosen = self.rng.sample(sorted(set(QUOTE_SENTENCES) - self.quoted), sentences)
        self.quoted.update(chosen)
        return ". ".join(self.fill(s) for s in chosen)

    def person_quote(self, person: Person, last_speaker) -> Person:
        rng = self.rng
        text = self.quote_text(rng.choice([1, 1, 2]))
        verb = rng.choice(["said", "said", "said", "told reporters", "added", "warned"])
        if person not in self.mentioned:
            self.mentioned.add(person)
            shape = rng.choice(["opening", "closing", "closing-inverted", "closing-title"])
            if shape == "closing-title":
                paragraph = f"“{text},” {person.title_before_name} {person.name} {verb}."
            else:
                role = f"{person.title} of the {self.organisation_named(person.organisation)}"
                paragraph = {
                    "opening": f"{person.name}, the {role}, {verb}: “{text}.”",
                    "closing": f"“{text},” {person.name}, {role}, {verb}.",
                    "closing-inverted": f"“{text},” said {person.name}, the {role}.",
                }[shape]
            verb = "said" if shape == "closing-inverted" else verb
        elif last_speaker == person and rng.random() < 0.6:
            shape = "pronoun"
            paragraph = f"“{text},” {person.pronoun} {verb}."
        elif rng.random() < 0.25:
            text = rng.choice(sorted(set(PARTIAL_PHRASES) - self.quoted))
            self.quoted.add(text)
            shape, verb = "partial", "described"
            subject = self.fill(rng.choice(PARTIAL_SUBJECTS))
            paragraph = f"{person.surname} described {subject} as “{text}”."
        elif rng.random() < 0.5:
            shape, verb = "surname-opening", "added"
            paragraph = f"{person.surname} added: “{text}.”"
        else:
            shape = "surname-closing"
            paragraph = f"“{text},” {person.surname} {verb}."
        self.add(paragraph, [(text, person.name, shape, verb.split()[0], shape == "partial")])
        return person

    def organisation_quote(self, organisation: Organisation) -> Organisation:
        text = self.quote_text(self.rng.choice([1, 2]))
        if organisation in self.mentioned:
            paragraph = f"“{text},” the {organisation.acronym} said in a statement."
            shape = "organisation-closing"
        else:
            named = self.organisation_named(organisation)
            paragraph = f"The {named} said in a statement: “{text}.”"
            shape = "organisation-opening"
        self.add(paragraph, [(text, organisation.name, shape, "said", False)])
        return organisation

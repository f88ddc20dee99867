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

from articles.extraction.lexicon import words


def pool(text: str) -> list[str]:
    """``lexicon.words`` in a fixed order: a seed's draws must not hang on string hashing."""
    return sorted(words(text))


FEMALE_NAMES = pool(
    """Amira Leila Nadia Rana Huda Samira Dalia Yasmin Farah Layla Mariam Noor Salma Zainab
Hana Rasha Aisha Dina Lina Maha Reem Sana Tala Widad Amal Basma Ghada Iman Jamila Kholoud Lubna
Mona Nawal Rima Suha Wafa Zeina Anna Clara Elena Helena Ingrid Julia Katrin Lena Marta Nina Olga
Petra Sofia Tanja Ursula Vera Greta Ines Alice Beatrice Camille Delphine Emma Fiona Gloria Irene
Joanna Karen Laura Monica Natalie Paula Rachel Sarah Teresa Valerie Wendy Agnes Bridget Carmen
Esther Frances Harriet Isabel Judith Louise Miriam Nora Priya Ruth Simone Thea Yvonne Zora Ayesha
Fatima Gulnara Shirin Parisa Roya Leyla Dilan Berivan Rojin Hevin Sakina Grace Mercy Joy Faith Esi
Abena Adwoa Nkechi Chiamaka Wanjiru Achieng Nyokabi Adaeze Folake"""
)

MALE_NAMES = pool(
    """Omar Karim Tariq Yusuf Hassan Khalid Samir Walid Nabil Fadi Ziad Bilal Jamal Rami
Hadi Issa Majid Nasser Rashid Sami Adnan Bassam Ghassan Imad Jihad Kamal Marwan Munir Riad Salah
Anton Boris Daniel Erik Felix Georg Hans Ivan Jonas Lukas Martin Nikolai Oskar Pavel Stefan Tomas
Viktor Andrew Benjamin Charles David Edward Francis Gerald Henry Jonathan Kenneth Lawrence Michael
Nicholas Patrick Richard Samuel Thomas Vincent William Adrian Dominic Gregory Hugo Julian Leon
Matthias Oliver Philippe Raymond Simon Tobias Alexander Ahmad Farhad Dariush Reza Kaveh Arash Azad
Baran Dilshad Hoshyar Rebwar Shwan Kwame Kofi Yaw Chinedu Emeka Obinna Tunde Kamau Otieno Mwangi
Baraka Juma Salim Idris Musa Ibrahim Suleiman Abdullah Mustafa Mahmoud Youssef Hamza"""
)

SURNAMES = pool(
    """Haddad Khoury Mansour Nasser Saleh Qasim Farouk Hamdan Jaber Karam Laham Matar Najjar
Rahal Sabbagh Tannous Yazbek Zein Aoun Bitar Chami Daher Eid Fakhoury Ghanem Hakim Issa Jabbour
Kassab Lutfi Maalouf Nahas Obeid Rizk Sarkis Toma Wehbe Azar Barakat Darwish Fares Habib Homsi
Kanaan Makdisi Nader Rahme Shaheen Suleiman Abboud Andersen Bauer Carlsson Dietrich Eriksen Falk
Gruber Hartmann Jansen Keller Lindqvist Meyer Nielsen Olsen Petersen Richter Schmid Vogel Weber
Zimmermann Novak Horvat Kovac Petrov Ivanova Sokolov Volkov Morozov Lebedev Orlov Popescu Ionescu
Dumont Lefebvre Moreau Girard Bonnet Renaud Mercier Rousseau Fontaine Chevalier Ashford Blackwood
Caldwell Donovan Fairbanks Gallagher Hastings Kendrick Lancaster Mitchell Northcott Pemberton
Ramsey Sinclair Thornton Whitaker Ahmadi Karimi Hosseini Rahimi Moradi Jafari Tehrani Sadeghi
Barzani Talabani Zebari Rashid Mahmoud Osman Hawrami Shwani Mensah Owusu Boateng Asante Okafor
Adeyemi Nwosu Balogun Eze Kariuki Omondi Njoroge Wambua Mutua Achebe Diallo Traore Keita Coulibaly
Toure Sylla Kamara Bangura Conteh Sesay Yilmaz Kaya Demir Celik Aydin Ozturk Arslan Dogan Kilic
Aslan Cetin Kurt Ozdemir Hashimi Stanekzai Wardak Durrani Popal Noorzai Barakzai Alizai Rahmani
Sultani Amiri Nazari Hakimi Qaderi Baheer Lado Deng Garang Machar Kiir Nyandeng Akol Malual Chol
Ajak Okello Lokeris"""
)

TITLES = pool(
    """spokesperson spokesman spokeswoman commander director minister ambassador envoy chief
adviser coordinator representative negotiator secretary-general chairman official"""
)

TITLES_BEFORE_NAME = [
    "Foreign Minister",
    "Defence Minister",
    "Interior Minister",
    "General",
    "Colonel",
    "Major General",
    "Commander",
    "Ambassador",
    "Prime Minister",
    "President",
    "Governor",
    "Spokesperson",
    "Special Envoy",
    "Senator",
    "Deputy Minister",
]

ORGANISATION_ADJECTIVES = pool(
    """National Democratic Popular United Northern Southern Eastern Western
Central Federal Independent Revolutionary Islamic Free Patriotic Republican Regional Civil Joint
Autonomous Provisional Supreme Humanitarian International Continental Progressive Liberation
Unified Syrian Kurdish Arab Sahel Coastal Highland Riverine Desert Valley"""
)

ORGANISATION_QUALIFIERS = pool(
    """Defence Security Resistance Reconstruction Relief Unity Salvation
Reform Justice Peace Development Protection Transition Dialogue Recovery Monitoring Border Health
Migration Emergency Mine Action Water Food Energy Media Human Rights Electoral"""
)

ORGANISATION_NOUNS = pool(
    """Forces Council Agency Front Movement Alliance Committee Army Brigades Authority
Commission Office Ministry Party Coalition Union Mission Network Observatory Assembly Directorate
Foundation Institute Guard Tribunal"""
)

PLACES = pool(
    """Kavar Abyad Qamishli Afrin Manbij Kobani Deir Hafer Raqqa Hasakah Idlib Sarmada
Jarablus Tabqa Palmyra Homs Hama Daraa Suwayda Quneitra Latakia Tartus Baniyas Amuda Derik Sinjar
Mosul Kirkuk Tikrit Fallujah Ramadi Zakho Duhok Halabja Ghazni Kunduz Herat Kandahar Jalalabad
Bamyan Helmand Wardak Juba Malakal Bentiu Bor Wau Aweil Renk Yei Misrata Sirte Benghazi Derna Sabha
Ajdabiya Zintan Gharyan Marib Taiz Hodeidah Aden Saada Gao Timbuktu Mopti Kidal Menaka"""
)

DATELINES = [
    "WASHINGTON DC",
    "GENEVA",
    "NEW YORK",
    "BEIRUT",
    "DAMASCUS",
    "ERBIL",
    "BAGHDAD",
    "KABUL",
    "JUBA",
    "TRIPOLI",
    "CAIRO",
    "ANKARA",
    "AMMAN",
    "BRUSSELS",
    "PARIS",
    "LONDON",
    "NAIROBI",
    "ADDIS ABABA",
    "BAMAKO",
    "SANAA",
    "ADEN",
    "TEHRAN",
    "MOSCOW",
    "DOHA",
    "ISTANBUL",
    "KHARTOUM",
    "QAMISHLI",
    "SULAIMANI",
    "KANDAHAR",
    "BENGHAZI",
]

SOURCES = {
    "Frontline Herald": "frontline-herald.example.org",
    "Daily Dispatch": "dailydispatch.example.com",
    "Regional Wire": "regionalwire.example.net",
    "Voice of the Valley": "votv.example.org",
    "The Observer Post": "observerpost.example.com",
    "Crisis Monitor": "crisismonitor.example.org",
}

CITIES = [d.title() for d in DATELINES if " DC" not in d] + ["Washington"]

WEEKDAYS = pool("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

# Quote sentences, with slots; two are often joined so that texts vary across a million quotes.
QUOTE_SENTENCES = [
    "We will not accept any agreement that ignores the rights of civilians in {place}",
    "Our forces remain committed to the ceasefire, but we will respond to any attack",
    "The humanitarian situation in {place} is deteriorating by the hour",
    "More than {number} families have fled their homes since the fighting began",
    "We call on all parties to open safe corridors for the wounded",
    "There can be no military solution to this conflict",
    "The shelling of {place} must stop immediately",
    "We have documented {number} violations in the past week alone",
    "Aid convoys have been blocked at the checkpoint outside {place} for {days} days",
    "Nobody should be forced to choose between hunger and the front line",
    "The talks in {city} were difficult, but they were not a failure",
    "We are ready to return to the negotiating table without preconditions",
    "Hospitals in {place} are running out of fuel and medicine",
    "Those responsible for the attack on {place} will be held accountable",
    "We have asked the international community to act before it is too late",
    "The situation on the ground has changed dramatically since {weekday}",
    "Every day without a ceasefire costs lives",
    "Our teams reached {place} this morning and found the market destroyed",
    "We reject these accusations completely",
    "The water station serving {number} people was hit twice this month",
    "Children are paying the highest price for this war",
    "We will defend our people with every means at our disposal",
    "The election must go ahead on schedule despite the violence",
    "No one has claimed responsibility, and we are still investigating",
    "The roads to {place} are mined and our engineers are clearing them",
    "We expect the first families to return to {place} within weeks",
    "This is a clear violation of international humanitarian law",
    "We have received no guarantees from the other side",
    "The prisoners exchanged on {weekday} were in poor health",
    "Reconstruction cannot begin while the fighting continues",
    "Winter is coming and thousands of displaced people still live in tents",
    "The border crossing at {place} must remain open for aid",
    "We are deeply concerned by reports of mass arrests in {place}",
    "Our delegation will travel to {city} next week for another round of talks",
    "The economy has collapsed and salaries have not been paid for {days} months",
    "We urge restraint from all sides",
    "Journalists must be allowed to work freely and safely",
    "The drone strike near {place} killed {number} people, including women and children",
    "Farmers around {place} cannot reach their fields because of the fighting",
    "We will not abandon the people of {place}",
    "The agreement signed in {city} is a first step, not the last one",
    "Our patience is running out",
    "The court will examine every piece of evidence presented to it",
    "Security has improved, but the threat has not disappeared",
    "We need at least {number} tonnes of food aid every month",
]

PARTIAL_PHRASES = [
    "deeply alarming",
    "a clear violation of international law",
    "unacceptable",
    "a step in the right direction",
    "a catastrophe in the making",
    "irresponsible and dangerous",
    "premature",
    "an act of aggression",
    "a humanitarian emergency",
    "long overdue",
    "a serious escalation",
    "politically motivated",
]

PARTIAL_SUBJECTS = [
    "the attack",
    "the decision",
    "the latest offensive",
    "the agreement",
    "the blockade of {place}",
    "the closure of the border",
    "the strike on {place}",
    "the vote",
]

FILLER_SENTENCES = [
    "Fighting has intensified around {place} since {weekday}, according to local residents.",
    "The {organisation} took control of several villages near {place} last month.",
    "Thousands of people have been displaced from {place} and the surrounding countryside.",
    "The {organisation} has been accused of blocking aid deliveries to {place}.",
    "Negotiations in {city} stalled over the question of prisoner releases.",
    "The town of {place} lies on a strategic road linking the region to the border.",
    "At least {number} people were killed in clashes near {place} over the weekend.",
    "Local officials said the power station in {place} had been out of service for weeks.",
    "The conflict has left much of {place} in ruins and its economy in tatters.",
    "The {organisation} denied any involvement in the attack.",
    "Aid agencies estimate that {number} people in the area depend on food assistance.",
    "Talks between the two sides are expected to resume in {city} next month.",
    "The road between {place} and {other_place} was reopened on {weekday} after repairs.",
    "Residents of {place} reported heavy artillery fire throughout the night.",
    "The {organisation} was formed in {year} and controls parts of the province.",
    "Schools in {place} have been closed since the start of the offensive.",
    "A curfew remains in force in {place} and the neighbouring districts.",
    "The ceasefire agreed in {city} in {year} has been repeatedly violated.",
]

HEADLINES = [
    "{Organisation} accuses rivals of shelling {place}",
    "Thousands flee as fighting spreads to {place}",
    "Talks in {city} end without agreement on {place}",
    "{Organisation} calls for ceasefire in {place}",
    "Aid convoy reaches {place} after weeks of delays",
    "Civilians killed in strike near {place}, officials say",
    "{Organisation} rejects proposal for buffer zone around {place}",
    "Prisoner exchange raises hopes for peace in {place}",
    "Displaced families return to {place} as front line shifts",
    "UN warns of famine risk in {place}",
    "{Organisation} announces withdrawal from {place}",
    "Clashes erupt near {place} despite truce",
]

FIRST_DAY = datetime.date(2015, 1, 1)
DAYS_SPANNED = 3652  # ten years of publication dates


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

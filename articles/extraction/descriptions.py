"""Whom a definite description refers back to: the person named with the words it repeats
("the surgeon", "the Republican") or with the place it names ("the Oregon Democrat"), an
office it stands for ("the premier"), the head of a body ("the agency chief"), or the person
in focus for an epithet ("the billionaire businessman")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from articles.extraction import lexicon as lx
from articles.extraction.antecedents import INDEFINITE, describing_words
from articles.extraction.evidence import is_agent_noun, is_title_like
from articles.extraction.name_forms import name_words, title_words
from articles.extraction.names import member_word
from articles.extraction.offices import HEAD_NOUNS, HEADS, OFFICE_SYNONYMS
from articles.extraction.people import People, Person, subject_start
from articles.extraction.phrases import Phrase
from articles.extraction.tokens import Token, is_place_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from articles.extraction.bodies import Organisations
    from articles.extraction.reference import Sentence


EPITHET_ENDINGS = ("aire", "aires")
"""Endings of nouns for a person that no title list has: "billionaire", "millionaire"."""


def is_epithet(phrase: Phrase, tokens: list[Token]) -> bool:
    """A definite description of three words or more that ends in its noun: "the billionaire
    businessman", "the real estate developer"; "the head of the unit" says whose it is."""
    words = tokens[phrase.first : phrase.last]
    return len(words) > 2 and words[-1].lower == phrase.head and words[-1].text == phrase.head


class Descriptions:
    """The description rules of ``References``, which sets what they read."""

    sentences: list[Sentence]
    sentence_starts: list[int]
    people: People
    orgs: Organisations
    focus: list[tuple[int, Person]]
    read: Callable[[list[Token], int], Phrase | None]

    @cached_property
    def descriptions(self) -> list[tuple[int, Person, frozenset[str]]]:
        """Each mention of a person, in text order, with the words set around the name that a
        later description may repeat (see ``describing_words``)."""
        found = []
        for mention in self.people.mentions:
            tokens = self.sentences[bisect_right(self.sentence_starts, mention.start) - 1].tokens
            i = next((n for n, t in enumerate(tokens) if t.start == mention.start), None)
            phrase = self.read(tokens, i) if i is not None else None
            if phrase is not None:
                words = describing_words(tokens, phrase.first, phrase.last)
                found.append((mention.start, mention.person, words))
        return found

    def described_as(self, noun: str, at: int) -> Person | None:
        """The person last named before ``at`` with ``noun`` beside the name: "the surgeon"
        after "Ali Doe, a surgeon at the clinic,", "the Republican" after "Jo Ferro (R-Ohio)",
        "the 45-year-old" after "Jo Ferro, 45,", "the doctor" after "Dr Jo Ferro"."""
        if noun in lx.NOT_TITLES:
            return None  # "the man said" is seldom the man named earlier
        for start, person, words in reversed(self.descriptions):
            if start < at and noun in words:
                return None if self.introduced_unnamed(noun, start, at) else person
        return None

    def described_with(self, noun: str, word: str, at: int) -> bool:
        """Was the person a description of ``noun`` refers back to also described with ``word``:
        "the GOP front-runner" after "GOP front-runner Jo Ferro", not after "Democratic
        front-runner Jo Ferro"?"""
        person = self.described_as(noun, at)
        return person is not None and any(
            p is person and word in words for start, p, words in self.descriptions if start < at
        )

    def from_place(self, phrase: Phrase, tokens: list[Token], at: int) -> Person | None:
        """A party's member from a place is the person last named as from there: "the Oregon
        Democrat" after "Sen. Nkechi Obi of Oregon", whom nothing called a Democrat."""
        if not member_word(phrase.head):
            return None
        places = [t.lower for t in tokens[phrase.first : phrase.last - 1] if is_place_name(t.base)]
        return next(filter(None, (self.described_as(p, at) for p in places)), None)

    def introduced_unnamed(self, noun: str, since: int, at: int) -> bool:
        """Has a sentence between opened with someone unnamed of that description ("A nurse at
        the clinic said ...")? Then "the nurse" is that one."""
        first = bisect_right(self.sentence_starts, since)
        for sentence in self.sentences[first : bisect_left(self.sentence_starts, at)]:
            tokens = sentence.tokens
            s = subject_start(tokens)
            indefinite = s < len(tokens) and tokens[s].lower in INDEFINITE
            if indefinite and noun in (t.lower for t in tokens[s + 1 : s + 4]):
                return True
        return False

    def in_focus(self, noun: str, at: int) -> Person | None:
        """The person in focus, named in full, for a definite epithet of a person that repeats
        nothing said of anyone, as news names a candidate by what they are: "the billionaire
        businessman said", "the real estate mogul told"; "the local official" and "the
        45-year-old man" are someone unnamed."""
        if noun in lx.ROLE_WORDS or noun in lx.SPOKESPEOPLE or not is_title_like(noun):
            return None
        if self.introduced_unnamed(noun, 0, at):
            return None
        earlier = self.focus[: bisect_left(self.focus, (at,))]
        person = earlier[-1][1] if earlier else None
        return person if person is not None and len(name_words(person.name)) > 1 else None

    def named_just_before(self, noun: str, at: int) -> Person | None:
        """The one person named in this sentence or the one before, in full, for a one-word
        description of a person that repeats nothing said of anyone: 'Jo Ferro spent the night
        online. "…," the candidate tweeted.' Never one who holds an office ("Sen. Jo Ferro"),
        whom news calls by it, nor one acted upon; "the official" is someone else."""
        if noun in lx.ROLE_WORDS or noun in lx.SPOKESPEOPLE or noun in lx.NOT_TITLES:
            return None
        if not (is_title_like(noun) or is_agent_noun(noun) or noun.endswith(EPITHET_ENDINGS)):
            return None
        if self.introduced_unnamed(noun, 0, at):
            return None
        sentence = bisect_right(self.sentence_starts, at) - 1
        since = self.sentence_starts[max(0, sentence - 1)]
        mentions = [
            m for m in self.people.mentions if since <= m.start < at and m.person.well_attested()
        ]
        named = {id(m.person): m.person for m in mentions}
        if len(named) != 1 or any(self.acted_upon(m.start) for m in mentions):
            return None
        (person,) = named.values()
        titles = title_words(person.title)
        if len(name_words(person.name)) < 2 or titles & lx.TITLE_WORDS:
            return None
        if is_title_like(noun) and any(map(is_title_like, titles)):
            return None  # "the surgeon" after "Ewa Nowak, a nurse," is someone else
        return person

    def acted_upon(self, start: int) -> bool:
        """Is the person named at ``start`` the subject of a passive ("Jo Ferro was charged"),
        whose lawyer or doctor a later "the lawyer" may be?"""
        tokens = self.sentences[bisect_right(self.sentence_starts, start) - 1].tokens
        i = next((n for n, t in enumerate(tokens) if t.start == start), len(tokens))
        for n in range(i + 1, min(len(tokens) - 1, i + 5)):
            if tokens[n].lower in {"was", "were", "been"}:
                return tokens[n + 1].lower.endswith(("ed", "en"))
        return False

    def introduced_next(self, title: str, at: int) -> Person | None:
        """A description that fits no one named before is the person introduced with that title
        in the next sentence, as a feature may open: '“I will not resign,” the governor said.
        Gov. Jo Ferro, a Republican, faces an inquiry.'"""
        after_next = bisect_right(self.sentence_starts, at) + 1
        starts = self.sentence_starts
        until = starts[after_next] if after_next < len(starts) else float("inf")
        later = [
            p for p in self.people.people if at < p.first < until and title in title_words(p.title)
        ]
        return min(later, key=lambda p: p.first) if later else None

    def holding_office(self, noun: str, at: int) -> Person | None:
        """The latest person before ``at`` whose title is an office the noun stands for (see
        ``OFFICE_SYNONYMS``): "the premier" after "Prime Minister Jo Ferro"."""
        offices = OFFICE_SYNONYMS.get(noun, ())
        earlier = [
            p
            for p in self.people.people
            if p.first < at and any(office in p.title.casefold() for office in offices)
        ]
        return max(earlier, key=lambda p: p.first) if earlier else None

    def heading(
        self, organisation: str, noun: str, at: int, any_body: bool = False
    ) -> Person | None:
        """ "The UN chief said" after "UN Secretary-General Jo Ferro" or "The WHO
        Director-General, Jo Ferro,": the latest person introduced as head of that body; "the
        agency chief" or "the head of the agency" (``any_body``) whoever was named heading a
        body ("WFP Executive Director Jo Ferro"), not a "police chief"."""
        if noun not in HEAD_NOUNS:
            return None
        if any_body:
            heads = [
                p
                for p in self.people.people
                if p.first < at and p.organisation and HEADS & title_words(p.title)
            ]
            return max(heads, key=lambda p: p.first) if heads else None
        if not organisation:
            return None
        body = self.orgs.find(organisation)
        initials = "".join(w[0] for w in organisation.split() if w[0].isupper())
        names = {organisation, initials} | ({body.name, body.acronym} if body else set())
        for start, person, words in reversed(self.descriptions):
            titled = set(person.title.casefold().split()) | words
            named = person.organisation in names or any(n.casefold() in titled for n in names)
            if start < at and named and HEADS & titled:
                return person
        return None

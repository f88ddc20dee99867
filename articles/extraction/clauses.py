"""Who is the speaker of a speech verb within one sentence: the phrase before it, past asides,
"who" and apposed names, the agent of a passive; the attribution rules build on it."""

from __future__ import annotations

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.antecedents import person_noun
from articles.extraction.documents import DocumentReader
from articles.extraction.people import opens_clause, subject_start, verb_follows
from articles.extraction.phrases import Phrase
from articles.extraction.reference import Attribution
from articles.extraction.speech import (
    APPOSITION_LIMIT,
    HEDGES,
    after_brackets,
    before_auxiliaries,
    before_brackets,
    complement_end,
    is_speech_verb,
    passive_agent,
    past_body,
    past_partitive,
    preposition_before,
    quoted_as_saying,
    quoted_passive,
    relative_clause,
    skip_auxiliaries,
    speaks_for_another,
    verb_at,
)
from articles.extraction.tokens import Token, is_place_name


class ClauseReader(DocumentReader):
    """Reads the speaker of a speech verb in its clause."""

    def phrase_then_verb(self, tokens: list[Token], i: int) -> tuple[Phrase, int] | None:
        """A speaker, an optional aside between commas or in brackets, and a speech verb: "Roe
        said", "Kofi Mensah, 32, of Tamberlo, Ohio, said", "Jo Ferro (D-Ohio) said", "the
        ministry also said"; a title whose aside is a name speaks by that name: "the city's
        deputy mayor, Lina Berg, said"."""
        phrase = self.read_speaker(tokens, i)
        if phrase is None or town_and_state(tokens, phrase.last):
            return None
        j = after_brackets(tokens, past_body(tokens, phrase.last))
        if phrase.kind == "unnamed" and phrase.title:
            j = complement_end(tokens, j)  # "the head of delegation in Yemen, Jo Ferro, said"
        if j < len(tokens) and tokens[j].text == "," and phrase.kind != "pronoun":
            commas = []
            for m in range(j + 1, min(len(tokens), j + APPOSITION_LIMIT)):
                if tokens[m].quote >= 0:
                    break
                if tokens[m].text == ",":
                    commas.append(m)
            if commas:
                named = self.read(tokens, j + 1)
                unnamed = phrase.kind == "unnamed" or speaks_for_another(tokens, phrase)
                titled = unnamed and bool(phrase.title or phrase.head)
                if (
                    titled
                    and named is not None
                    and named.kind == "person"
                    and named.last == commas[0]
                ):
                    phrase = named
                close = next((c for c in commas if verb_at(tokens, c + 1)), commas[0])
                j = close + 1
        if j < len(tokens) and tokens[j].lower == "and" and phrase.kind in JOINED_KINDS:
            partner = self.read_speaker(tokens, j + 1)  # "Roe and Jo Ferro said": Roe
            j = partner.last if partner is not None else j
        if verb_at(tokens, j):
            return phrase, skip_auxiliaries(tokens, j)
        if quoted_passive(tokens, j):  # "“…,” Roe was quoted as saying by Reuters."
            return phrase, j + 1
        return None

    def first_named(self, tokens: list[Token], phrase: Phrase) -> Phrase:
        """Of two speakers joined by "and" as one subject, the first named: "Roe and Jo Ferro
        said", "Roe and her lawyer said" are Roe; "the Relief Agency and the Red Cross said in
        a joint statement" is the Relief Agency."""
        joined = phrase.first - 1
        if joined < 1 or tokens[joined].lower != "and":
            return phrase
        for j in range(max(0, joined - 6), joined):
            first = self.read(tokens, j)
            if first is None or first.last != joined or first.kind not in JOINED_KINDS:
                continue
            if first.kind != phrase.kind and first.kind != "person":
                continue
            if j == subject_start(tokens) or opens_clause(tokens[j - 1]):
                return first
        return phrase

    def named_after_title(self, tokens: list[Token], phrase: Phrase) -> Phrase:
        """A title or a description, a comma and the name that ends the sentence or clause:
        'said the UN envoy for water, Jane Roe.' is Jane Roe, and so is 'said a resident, Jane
        Roe.'.; so is 'said the UN's coordinator in Yemen, Jane Roe.'."""
        j = complement_end(tokens, phrase.last) if phrase.kind == "unnamed" else phrase.last
        if (
            (phrase.kind != "unnamed" and not speaks_for_another(tokens, phrase))
            or not (phrase.title or phrase.head)
            or j >= len(tokens)
            or tokens[j].text != ","
        ):
            return phrase
        named = self.read(tokens, j + 1)
        if named is None or named.kind != "person":
            return phrase
        if named.last >= len(tokens) or tokens[named.last].text in {",", ".", ";"}:
            return named
        return phrase

    def speaker_before(self, tokens: list[Token], k: int, since: int = 0) -> Attribution | None:
        """A speaker and a speech verb before the quote in its sentence: "Roe said: “…”",
        "In a statement, the CDF said, “…”", "Rami vowed that the escalation “will…”".

        The subject of the nearest speech verb wins, unless it is the object of a preposition
        ("a source within the Interior Ministry said": the source speaks); else the sentence's
        subject. With ``since``, only a speaker and verb from there on count.
        """
        verbs = [v for v in range(since, k) if is_speech_verb(tokens, v)]
        if not verbs:
            return None
        verb = verbs[-1]
        quoted = quoted_as_saying(tokens, verb)
        if quoted is not None:  # "Media quoted Jane Roe as saying", "quoted a source as saying"
            phrase = self.apposed_to(tokens, self.quoted_one(tokens, quoted))
            if phrase is None or phrase.kind not in ("person", "organisation"):
                return Attribution(None, "", "unnamed")
            return self.attribution(phrase, tokens, "saying", "quoted-as-saying")
        agent = passive_agent(tokens, verb, k)
        if agent is not None:
            phrase = self.read(tokens, agent)
            if phrase is not None and phrase.kind in ("person", "organisation"):
                return self.attribution(phrase, tokens, tokens[verb].lower, "passive-agent")
        document = self.document_voice(tokens, verb)
        if document is not None:
            return Attribution(document, tokens[verb].lower, "document")
        phrase = self.antecedent(tokens, verb) or self.subject_of(tokens, verb)
        phrase = self.first_named(tokens, phrase) if phrase is not None else None
        if phrase is None and tokens[verb - 1].lower == "and":
            phrase = self.coordinated_subject(tokens, verb - 1, since)
        if phrase is None and tokens[verb - 1].text == ",":
            phrase = next(filter(None, (self.subject_of(tokens, v) for v in verbs[-2::-1])), None)
        if phrase is not None and preposition_before(tokens, phrase.first):
            absolute = tokens[phrase.first - 1].lower == "with"
            phrase = phrase if absolute or relative_clause(tokens, phrase.last) else None
        if phrase is None:
            start = subject_start(tokens)
            subject = self.apposed_name(
                tokens, self.read_speaker(tokens, start)
            ) or self.described_subject(tokens, start)
            if subject is not None and (
                owns_the_subject(tokens, subject, verb) or names_a_group(tokens, subject)
            ):
                return Attribution(None, tokens[verb].lower, "unnamed")  # "Roe's family said"
            phrase = subject if subject is not None and subject.last <= verb else None
        if phrase is None or phrase.first < since:
            return None
        return self.attribution(phrase, tokens, tokens[verb].lower, "speaker-verb-quote")

    def apposed_to(self, tokens: list[Token], phrase: Phrase | None) -> Phrase | None:
        """The person named between commas after a description: "quoted the ministry's
        spokesman, Jo Lam, as saying" is Jo Lam."""
        if phrase is None or phrase.kind != "unnamed" or phrase.last + 2 >= len(tokens):
            return phrase
        if tokens[phrase.last].text != ",":
            return phrase
        named = self.read(tokens, phrase.last + 1)
        if named is None or named.kind != "person" or named.last >= len(tokens):
            return phrase
        return named if tokens[named.last].text == "," else phrase

    def coordinated_subject(self, tokens: list[Token], joined: int, since: int) -> Phrase | None:
        """The subject of the verb before "and" at ``joined`` is that of the verb after it:
        "… that Roe refused to visit and referred to them as “…”" is Roe; the nearest person
        followed by a verb, within the clause."""
        for j in range(joined - 1, max(since, joined - COORDINATION_LIMIT) - 1, -1):
            if tokens[j].quote >= 0 or is_speech_verb(tokens, j):
                return None
            phrase = self.read(tokens, j)
            person = phrase is not None and phrase.kind == "person" and phrase.last < joined
            if person and verb_follows(tokens, phrase.last, subject=False):
                return phrase
        return None

    def next_speaker(self, tokens: list[Token], earlier: int, k: int) -> Attribution | None:
        """A second speaker named with a verb of their own between two quotes of one sentence:
        'Roe told the BBC he was “tired”, while Governor Jo Ferro noted his “courage”', 'with
        Roe calling it “a disgrace” and Ferro calling the plan “theft”'."""
        found = self.speaker_before(tokens, k, since=earlier + 1)
        if found is None or found.voice is None or found.rule != "speaker-verb-quote":
            return None
        return found

    def apposed_name(self, tokens: list[Token], phrase: Phrase | None) -> Phrase | None:
        """A description and the name set beside it between commas: "a Republican, Jane Roe,
        has said" is Jane Roe; "One of these groups, the Farmers Front (FF), said" is the
        Front."""
        if phrase is None:
            return phrase
        comma = past_partitive(tokens, phrase)
        if comma >= len(tokens) or tokens[comma].text != ",":
            return phrase
        if phrase.kind == "person" and len(phrase.name.split()) > 1:
            return phrase
        named = self.read(tokens, comma + 1)
        person = named is not None and named.kind == "person" and len(named.name.split()) > 1
        body = comma > phrase.last and named is not None and named.kind == "organisation"
        if not (person or body):
            return phrase
        close = after_brackets(tokens, named.last)
        return named if close < len(tokens) and tokens[close].text == "," else phrase

    def described_subject(self, tokens: list[Token], start: int) -> Phrase | None:
        """A person named between commas after a description that names no one: "His rival,
        Mensah, in a note to donors, accused …" is Mensah."""
        if start >= len(tokens) or tokens[start].lower not in lx.DETERMINERS:
            return None
        comma = next(
            (
                m
                for m in range(start + 1, min(len(tokens), start + DESCRIPTION_WORDS))
                if tokens[m].text == ","
            ),
            None,
        )
        if comma is None or any(not t.is_word or t.capitalised for t in tokens[start + 1 : comma]):
            return None
        named = self.read(tokens, comma + 1)
        if named is None or named.kind != "person" or named.last >= len(tokens):
            return None
        return named if tokens[named.last].text == "," else None

    def antecedent(self, tokens: list[Token], verb: int) -> Phrase | None:
        """The person a "who" before the verb stands for, even after a preposition: "drafted
        by Jane Roe who said", "a letter from Roe, who wrote"."""
        end = before_auxiliaries(tokens, verb)
        if end < 2 or tokens[end - 1].lower != "who":
            return None
        end -= 2 if tokens[end - 2].text == "," else 1
        if end >= 2 and tokens[end - 1].text.isdigit() and tokens[end - 2].text == ",":
            end -= 2  # "Jo Ferro, 24, who"
        for j in range(max(0, end - 8), end):
            phrase = self.read(tokens, j)
            if phrase is not None and phrase.last == end and phrase.kind == "person":
                return phrase
        return None

    def subject_of(self, tokens: list[Token], verb: int) -> Phrase | None:
        """The phrase that ends right before a verb, skipping "also", "reportedly", and "who"
        back to the name it stands for: "Çelik, who said"; a name set, perhaps hedged, between
        commas after the subject: "someone, seemingly Roe, says" is Roe; so is a body named
        after its kind: "the UN peacekeeping mission, MONUSCO, said" is MONUSCO."""
        end = before_brackets(tokens, before_auxiliaries(tokens, verb))
        end = town_and_state(tokens, end) or end  # "Jo Ferro of Concord, N.H. said"
        if end >= 2 and tokens[end - 1].lower == "who" and tokens[end - 2].text == ",":
            end -= 2
        if end >= 2 and tokens[end - 1].text == ",":
            named = self.phrase_ending(tokens, end - 1, verb)
            opens = named.first - 1 if named is not None else 0
            opens -= opens > 0 and tokens[opens].lower in HEDGES  # "someone, seemingly Roe,"
            if opens > 0 and tokens[opens].text == "," and named.kind == "person":
                return named
            if named is not None and named.kind == "person" and named_as(tokens, opens):
                return named  # "a refugee, who asked to be identified only as Samir, said"
            if opens > 0 and tokens[opens].text == "," and named.kind == "organisation":
                kind = tokens[opens - 1]  # "the UN peacekeeping mission, MONUSCO, said"
                if kind.is_word and kind.text == kind.lower:
                    return named
        phrase = self.phrase_ending(tokens, end, verb)
        return self.titled_before(tokens, phrase) or phrase

    def titled_before(self, tokens: list[Token], phrase: Phrase | None) -> Phrase | None:
        """The person before a capitalised title set beside the name with no closing comma:
        "Jo Lam, Dean of Lakeside Law School called it “…”" is Jo Lam."""
        if phrase is None or phrase.kind != "unnamed" or not phrase.title:
            return None
        comma = phrase.first - 1
        if comma < 1 or tokens[comma].text != "," or not tokens[phrase.first].capitalised:
            return None
        named = self.phrase_ending(tokens, comma, comma)
        if named is None or named.kind != "person" or named.first != subject_start(tokens):
            return None
        return named

    def phrase_ending(self, tokens: list[Token], end: int, verb: int) -> Phrase | None:
        """The longest phrase that ends at ``end`` and is no object of a preposition ("US
        Ambassador to Peru Jo Ferro"), except "with X saying"."""
        skipped = False
        for j in range(max(0, end - PHRASE_REACH), end):
            phrase = self.read_speaker(tokens, j)
            if phrase is None or phrase.last != end:
                continue
            absolute = tokens[j - 1].lower == "with" and tokens[verb].lower.endswith("ing")
            if j > 0 and preposition_before(tokens, j) and not absolute:
                skipped = True
                continue
            if skipped and not is_place_name(tokens[j - 1].base):
                return None
            return phrase
        return None


def town_and_state(tokens: list[Token], end: int) -> int:
    """Where the comma stands when a town, a comma and its state end right before ``end``:
    "Concord, N.H.", "Macon, Ga.", "Akron, Ohio" say where the speaker comes from and are
    never the speaker; 0 when they do not end there."""
    k = end - 1 - (end > 0 and tokens[end - 1].text == ".")
    if k < 2 or tokens[k - 1].text != "," or not tokens[k - 2].capitalised:
        return 0
    state = tokens[k].base
    dotted = len(state) <= 5 and state.endswith(".") and state.replace(".", "").isupper()
    return k - 1 if dotted or is_place_name(state) or evidence.is_state_abbreviation(state) else 0


def names_a_group(tokens: list[Token], phrase: Phrase) -> bool:
    """Does a lowercase noun of people follow the name, before any verb: "Roe aides said",
    "said one Roe ally", "Roe campaign officials told"? The name says whose they are; they
    are unnamed ("Roe spokeswoman Jo Ferro" names her)."""
    for j in range(phrase.last, min(len(tokens) - 1, phrase.last + GROUP_WORDS_LIMIT)):
        word = tokens[j]
        if not word.is_word or word.text != word.lower or verb_at(tokens, j):
            return False
        if person_noun(word.lower):
            return not tokens[j + 1].capitalised
    return False


PHRASE_REACH = 16
"""Words back from the speech verb where a speaker's phrase may start: a long title and a name,
"Minister for Health, Education and Sport Ana Brill said", takes 11."""


COORDINATION_LIMIT = 24
"""Tokens back from "and" to the subject of the verb before it."""

GROUP_WORDS_LIMIT = 3
"""Words of the longest group a name may head: "Roe campaign officials"."""

DESCRIPTION_WORDS = 4
"""Tokens of the longest description before an apposed name: "His longtime rival,"."""


def owns_the_subject(tokens: list[Token], phrase: Phrase, verb: int) -> bool:
    """Does a person own, with a possessive, the noun that is the verb's subject: "Roe's
    family said", "Roe's lawyers told"? Then the one who speaks is unnamed, not Roe; a country
    still speaks through its body ("Russia's foreign ministry said")."""
    end = phrase.last
    return (
        phrase.kind == "person"
        and end < verb
        and tokens[end - 1].possessive
        and tokens[end].is_word
        and not tokens[end].capitalised
    )


NAMING_WORDS = frozenset({"identified", "named", "known", "only", "name"})
"""Words before "as" that give the name a source goes by: "identified only as Samir"."""


def named_as(tokens: list[Token], at: int) -> bool:
    """Is the token at ``at`` the "as" of "identified (only) as", "known as", "gave her name
    as", in an aside whose name is the subject's?"""
    return (
        0 < at < len(tokens) and tokens[at].lower == "as" and tokens[at - 1].lower in NAMING_WORDS
    )


JOINED_KINDS = frozenset({"person", "organisation"})
"""Speakers of which two joined by "and" are one subject, the first named speaking."""

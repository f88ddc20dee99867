"""Who said each quote: ordered rules over the words around it, nearest evidence first."""

from __future__ import annotations

from bisect import bisect_left

from articles.extraction import lexicon as lx
from articles.extraction.antecedents import person_noun, unnamed_subject
from articles.extraction.clauses import GROUP_WORDS_LIMIT, ClauseReader, names_a_group
from articles.extraction.documents import POSSESSIVE_PRONOUNS
from articles.extraction.evidence import is_common_word
from articles.extraction.people import subject_start
from articles.extraction.phrases import Phrase
from articles.extraction.quotes import looks_like_a_title
from articles.extraction.reference import NOBODY, Attribution, Voice
from articles.extraction.speech import (
    APPOSITION_LIMIT,
    closes,
    inverted_verb_at,
    is_speech_verb,
    past_verb,
    quoted_as_saying,
    skip_auxiliaries,
    stance,
    verb_at,
    verb_end,
)
from articles.extraction.tokens import Token

SPEAKING_KINDS = ("person", "pronoun", "organisation")
"""Phrases that may speak for themselves as a sentence's subject: "He was blunt: “…”"."""


WOVEN_RULES = frozenset({"woven-subject", "pronoun"})
"""Rules that give a woven quote to its sentence's subject, whose argument may go on."""

OWNER_REACH = 3
"""Words into the subject an owner may stand: "Jane Roe's", "Her"."""

INTERVIEW_WORDS = frozenset({"interview", "interviews", "interviewed"})

NARRATION_LIMIT = 3
"""Sentences of the longest paragraph of narration that a witness's run of quotes passes over."""

ASIDE_LIMIT = 8
"""Tokens of the longest sentence that a run of one speaker's quotes passes over: "The crowd
cheered."."""


class Attributor(ClauseReader):
    """Applies the rules to each quote in text order; later quotes lean on earlier answers."""

    # --- the rules ----------------------------------------------------------------------

    def inverted_verb(self, tokens: list[Token], k: int) -> Attribution | None:
        """A sentence that opens with the speech verb, then the speaker: 'Said Jane Roe: “…”',
        'Added Jane Roe, the mayor, “…”' (the verb is no first name here)."""
        s = subject_start(tokens)
        if s + 1 >= k or not inverted_verb_at(tokens, s):
            return None
        phrase = self.read(tokens, s + 1)
        if phrase is None or phrase.kind not in ("person", "organisation") or phrase.last > k:
            return None
        return self.attribution(phrase, tokens, tokens[s].lower, "inverted-verb")

    def after_quote(self, tokens: list[Token], k: int) -> Attribution | None:
        """Attribution right after the closing mark: “…,” Roe said / “…,” said Ines Varga /
        “…,” according to the ministry / “…” — Commissioner X; a participle opens a clause of
        the sentence's speaker, whose words follow: '“…”, adding Lakeland will appeal'."""
        a = k + 1
        dash = False
        while a < len(tokens) and tokens[a].text in {",", "—", "–", "-"}:
            dash = dash or tokens[a].text != ","
            a += 1
        if a >= len(tokens) or tokens[a].quote >= 0:
            return None
        word = tokens[a].lower
        if word == "according" and a + 1 < len(tokens) and tokens[a + 1].lower == "to":
            phrase = self.source_named(tokens, a + 2)
            if phrase is not None:
                return self.attribution(phrase, tokens, "according to", "according-to")
        if word in lx.SPEECH_VERBS and not word.endswith("ing"):
            one = a + 2 < len(tokens) and tokens[a + 1].lower in ("one", "another")
            phrase = self.read_speaker(tokens, a + 1 + one)  # "said one resident, Grace Obi."
            if phrase is not None and phrase.kind != "unnamed" and names_a_group(tokens, phrase):
                named = self.named_after_noun(tokens, phrase.last)  # "said a GOP pollster, Jo Ng."
                if named is not None:
                    return self.attribution(named, tokens, word, "quote-verb-speaker")
                return Attribution(None, word, "unnamed")  # "said one Roe ally."
            if phrase is None or (phrase.kind == "unnamed" and not closes(tokens, phrase.last)):
                phrase = self.named_after_words(tokens, a + 1) or phrase
            if phrase is not None and phrase.kind == "unnamed":
                phrase = self.named_after_noun(tokens, phrase.first) or phrase
            if phrase is not None:
                phrase = self.named_after_title(tokens, phrase)
                return self.attribution(phrase, tokens, word, "quote-verb-speaker")
        found = self.phrase_then_verb(tokens, a)
        if found is not None:
            phrase, verb = found
            return self.attribution(phrase, tokens, tokens[verb].lower, "quote-then-speaker-verb")
        for verb in range(a + 1, min(len(tokens), a + 5)):
            document = self.document_voice(tokens, verb) if verb_at(tokens, verb) else None
            if document is not None:  # '“…,” the statement said', '“…,” Roe's letter read'
                verb = skip_auxiliaries(tokens, verb)
                return Attribution(document, tokens[verb].lower, "document")
        if word in lx.SPEECH_VERBS:
            document = self.document_named(tokens, a + 1)
            if document is not None:  # '“…,” said the statement, issued by the Office'
                return Attribution(document, word, "document")
        if dash:
            phrase = self.read(tokens, a)
            if phrase is not None and phrase.kind in ("person", "organisation"):
                return self.attribution(phrase, tokens, "", "dash-trailer")
        return self.any_verb_after(tokens, a)

    def named_after_noun(self, tokens: list[Token], start: int) -> Phrase | None:
        """The name that closes the clause after a noun of people and a comma: 'said a GOP
        pollster, Jo Ng.'"""
        for j in range(start, min(len(tokens) - 2, start + GROUP_WORDS_LIMIT)):
            if person_noun(tokens[j].lower) and tokens[j + 1].text == ",":
                named = self.read(tokens, j + 2)
                if named is not None and named.kind == "person" and closes(tokens, named.last):
                    return named
        return None

    def any_verb_after(self, tokens: list[Token], a: int) -> Attribution | None:
        """A speaker and a verb in the past that close the sentence after a quote report it,
        whatever the verb, in either order: '“Wells are dry,” she underscored.', '“No,” Roe
        retorted.', '“No,” scoffed Jo Ferro.'"""
        if past_verb(tokens[a]):
            phrase = self.read(tokens, a + 1)
            if phrase is not None and phrase.kind == "person" and closes(tokens, phrase.last):
                return self.attribution(phrase, tokens, tokens[a].lower, "quote-then-any-verb")
        phrase = self.read(tokens, a)
        if phrase is None or phrase.kind not in ("person", "pronoun", "organisation"):
            return None
        v = skip_auxiliaries(tokens, phrase.last)
        end = verb_end(tokens, v)
        if end is None or not closes(tokens, end):
            return None
        return self.attribution(phrase, tokens, tokens[v].lower, "quote-then-any-verb")

    def clause_after(self, tokens: list[Token], k: int) -> Attribution | None:
        """A quote that opens its sentence and is followed by a speech verb of its own has the
        subject of that verb as speaker, however long its title ('“…,” UNICEF Regional Director
        for the Middle East Ted Chaiban said'), and is nobody's when that subject names no one
        ('“…,” one senior strategist said'), never the speaker of the quote before; a
        capitalised subject no phrase reads is left to the rules after. The one quoted speaks
        where the clause quotes someone: '“…,” state media quoted Jo Lam as saying', '“…,” the
        statement said, quoting Jo Lam'."""
        end = min(len(tokens), k + APPOSITION_LIMIT)
        quoted = self.quoted_after(tokens, k, end)
        if quoted is not None:
            return quoted
        for v in range(k + 1, end):
            if tokens[v].quote >= 0:
                return None
            if not is_speech_verb(tokens, v):
                continue
            group = self.read(tokens, k + 1)
            if group is not None and group.kind != "unnamed" and names_a_group(tokens, group):
                return Attribution(None, tokens[v].lower, "unnamed")  # '“…,” Roe aides said'
            phrase = self.subject_of(tokens, v)
            if phrase is not None and phrase.first > k and phrase.kind in SPEAKING_KINDS:
                return self.attribution(phrase, tokens, tokens[v].lower, "quote-then-speaker-verb")
            if phrase is not None and phrase.kind == "unnamed" and person_noun(phrase.head):
                return Attribution(None, tokens[v].lower, "unnamed")  # '“…,” GOP sources said'

            opening = next(t for t in tokens[k + 1 : v + 1] if t.is_word)
            if opening.capitalised and opening.lower not in lx.DETERMINERS:
                return None  # a name the phrases do not read: the rules after may know it
            return Attribution(None, tokens[v].lower, "unnamed")
        return None

    def quoted_after(self, tokens: list[Token], k: int, end: int) -> Attribution | None:
        """The person quoted in the clause after a quote: "quoted Jo Lam as saying", "quoting
        Jo Lam"."""
        for v in range(k + 1, end):
            if tokens[v].quote >= 0:
                return None
            quoted = v + 1 if tokens[v].lower == "quoting" else quoted_as_saying(tokens, v)
            phrase = self.quoted_one(tokens, quoted) if quoted is not None else None
            if phrase is not None and phrase.kind in ("person", "organisation"):
                return self.attribution(phrase, tokens, "saying", "quoted-as-saying")
        return None

    def sentence_final(self, tokens: list[Token], k: int) -> Attribution | None:
        """The attribution closes the sentence after more words: 'the "main difference"
        between them, he added.'"""
        for c in range(k + 1, len(tokens)):
            if tokens[c].quote >= 0:
                return None
            if tokens[c].text != ",":
                continue
            found = self.phrase_then_verb(tokens, c + 1)
            if found is not None and found[0].kind in ("person", "pronoun", "organisation"):
                phrase, verb = found
                return self.attribution(phrase, tokens, tokens[verb].lower, "sentence-final")
        return None

    def floating(self, sentence_index: int) -> Attribution | None:
        """A sentence that opens with a quote and names no one continues the speaker of the
        sentence before: the speaker of its quote (“A,” he said. “B.”), or its subject when it
        reports speech ("Ama Boateng says her village burned." then a quote paragraph) or
        cites it as its source ("According to the agency, 300 fled." then a quote), or leads
        into it with a colon ("Rubio, on Fox News:" then a quote paragraph)."""
        if sentence_index == 0:
            return None
        previous = self.sentences[sentence_index - 1]
        current = self.sentences[sentence_index]
        if current.paragraph - previous.paragraph > 1:
            return None
        tokens = previous.tokens
        for token in reversed(tokens):
            if token.quote >= 0 and token.quote in self.found:
                earlier = self.found[token.quote]
                if earlier.voice is not None:
                    return Attribution(earlier.voice, earlier.verb, "continuation")
                return None
        found = self.speaker_before(tokens, len(tokens)) or self.according_before(
            tokens, len(tokens)
        )
        if found is not None and found.voice is not None:
            return Attribution(found.voice, found.verb, "previous-sentence")
        if tokens[-1].text == ":":  # 'Rubio, on Fox News:' then a quote paragraph
            return self.colon_lead_in(sentence_index - 1, len(tokens))
        return self.past_an_aside(sentence_index) or self.past_a_narration(sentence_index)

    def past_an_aside(self, sentence_index: int) -> Attribution | None:
        """A quote paragraph goes on with the speaker of the quote paragraph before when the
        paragraph between is one short sentence that names no one: '“We will win,” he said.'
        / 'The crowd cheered.' / '“We will build it.”'."""
        if sentence_index < 2:
            return None
        aside, before = self.sentences[sentence_index - 1], self.sentences[sentence_index - 2]
        current = self.sentences[sentence_index]
        paragraphs = (before.paragraph, aside.paragraph, current.paragraph)
        if paragraphs != (current.paragraph - 2, current.paragraph - 1, current.paragraph):
            return None
        if len(aside.tokens) > ASIDE_LIMIT or any(t.capitalised for t in aside.tokens[1:]):
            return None
        start = subject_start(aside.tokens)
        subject = self.read(aside.tokens, start)
        if subject is not None and subject.kind != "unnamed":
            return None  # "He paused." or "Roe left." may open another's turn
        if unnamed_subject(aside.tokens, start) or any(
            is_speech_verb(aside.tokens, v) for v in range(len(aside.tokens))
        ):
            return None  # "A woman shouted." may be the next voice
        quoted = [t.quote for t in before.tokens if t.quote >= 0 and t.quote in self.found]
        earlier = self.found[quoted[-1]] if quoted else NOBODY
        if earlier.voice is None or earlier.voice.person is None:
            return None
        return Attribution(earlier.voice, earlier.verb, "continuation")

    def past_a_narration(self, sentence_index: int) -> Attribution | None:
        """A quote paragraph alone goes on with the speaker of the quote paragraph before when
        the paragraph between tells only what that speaker did, as witness stories do:
        '“I ran,” she said.' / 'Hiding under a bed, Nia Osei held her breath.' / '“Silence.”'.
        Anyone else named there, or any speech reported, may be the next voice."""
        current = self.sentences[sentence_index]
        if any(t.is_word and t.quote < 0 for t in current.tokens):
            return None
        between = [
            s for s in self.sentences[:sentence_index] if s.paragraph == current.paragraph - 1
        ]
        before = [
            s for s in self.sentences[:sentence_index] if s.paragraph == current.paragraph - 2
        ]
        if not before or not between or len(between) > NARRATION_LIMIT:
            return None
        quoted = [t.quote for t in before[-1].tokens if t.quote >= 0 and t.quote in self.found]
        earlier = self.found[quoted[-1]] if quoted else NOBODY
        if earlier.voice is None or earlier.voice.person is None:
            return None
        speaker, told = earlier.voice.person, False
        for sentence in between:
            tokens = sentence.tokens
            if any(t.quote >= 0 for t in tokens) or any(
                is_speech_verb(tokens, v) for v in range(len(tokens))
            ):
                return None
            mentions = [m for m in self.people.mentions if sentence.start <= m.start < sentence.end]
            if any(m.person is not speaker for m in mentions):
                return None
            start = subject_start(tokens)
            subject = self.read(tokens, start)
            if unnamed_subject(tokens, start) or (
                subject is not None and subject.kind in ("organisation", "country")
            ):
                return None
            told = told or any(m.subject for m in mentions)
        return Attribution(earlier.voice, "", "past-a-narration") if told else None

    def previous_subject(self, sentence_index: int) -> Attribution | None:
        """A sentence that is nothing but a quote is the subject's of the sentence before in its
        paragraph, a person named in full or a pronoun: 'Roe was blunt. “No.”', 'Then he paused.
        “…”'; across paragraphs only after a stance ('Roe, for her part, was unmoved.')."""
        current = self.sentences[sentence_index]
        previous = self.sentences[sentence_index - 1] if sentence_index else current
        tokens = previous.tokens
        subject = self.read(tokens, subject_start(tokens))
        if subject is None or subject.kind not in ("person", "pronoun") or self.found_in(tokens):
            return None
        if previous is current:
            return None
        next_paragraph = current.paragraph == previous.paragraph + 1
        if current.paragraph != previous.paragraph and not (
            next_paragraph and stance(tokens, subject.last)
        ):
            return None
        voice, how = self.voice(subject, tokens, "previous-subject")
        if voice is None or voice.person is None:
            return None
        if how != "pronoun" and not voice.person.well_attested():
            return None  # "Shops were closed. “…”"
        return Attribution(voice, "", how)

    def found_in(self, tokens: list[Token]) -> bool:
        """Does the sentence hold a quote already attributed, to someone or to no one?"""
        return any(t.quote >= 0 and t.quote in self.found for t in tokens)

    def colon_lead_in(self, sentence_index: int, k: int) -> Attribution | None:
        """A quote after a colon in a sentence with no speech verb: "He was blunt: “…”" is the
        sentence's subject, or the name set beside it ("Roe's deputy, Hana Kobayashi, was
        blunter: “…”"), or the person its description refers back to ("The senator fired
        back: “…”"); "The message was clear: “…”" is the speaker of the sentence before
        ("Omar Sy spoke to reporters on Monday.")."""
        tokens = self.sentences[sentence_index].tokens
        subject = self.apposed_name(tokens, self.read(tokens, subject_start(tokens)))
        if k == 2 and tokens[0].text == "A":  # an interview's answer turn
            return self.interviewee(sentence_index)
        if subject is not None and len(subject.name) == 1:
            return None  # an interview's "Q:" labels a turn, and names no one
        if subject is not None and subject.last < k and subject.kind in SPEAKING_KINDS:
            voice, how = self.voice(subject, tokens, "colon-lead-in")
            return Attribution(voice, "", how) if voice is not None else None
        if subject is not None and subject.kind != "unnamed":
            return None
        described = self.voice(subject, tokens, "colon-lead-in") if subject else (None, "")
        if subject is not None and subject.last < k and described[0] is not None:
            return Attribution(described[0], "", described[1])  # "The senator fired back: “…”"
        who = (self.antecedent(tokens, w + 1) for w in range(k) if tokens[w].lower == "who")
        relative = next(filter(None, who), None)
        if relative is not None:  # "Another was Jo Ferro, 24, who cited his training: “…”"
            return self.attribution(relative, tokens, "", "colon-lead-in")
        if sentence_index == 0 or unnamed_subject(tokens, subject_start(tokens)):
            return None  # "Several aides said: “…”" speak for themselves
        if any(is_speech_verb(tokens, v) for v in range(k)):
            return None  # "In a joint statement, the agencies said: “…”"
        previous = self.sentences[sentence_index - 1]
        if self.sentences[sentence_index].paragraph - previous.paragraph > 1:
            return None
        found = self.speaker_before(previous.tokens, len(previous.tokens))
        if found is None or found.voice is None:
            return None
        return Attribution(found.voice, found.verb, "colon-lead-in")

    def interviewee(self, sentence_index: int) -> Attribution | None:
        """An answer after "A:" is the person in focus, once the article has spoken of an
        interview ("In an interview with the Courier, Jo Lam ..."); the questions are nobody's."""
        before = self.sentences[:sentence_index]
        if not any(t.lower in INTERVIEW_WORDS for s in before for t in s.tokens):
            return None
        at = self.sentences[sentence_index].start
        earlier = self.focus[: bisect_left(self.focus, (at,))]
        if not earlier:
            return None
        person = earlier[-1][1]
        return Attribution(Voice(person.name, person), "", "interview-answer")

    def source_after(self, sentence_index: int) -> Attribution | None:
        """The next sentence names the source: '“…” The statement came from Jane Roe.', or
        opens with its speaker and a speech verb and quotes nothing: '“…” Roe said on Monday.'"""
        if sentence_index + 1 >= len(self.sentences):
            return None
        current, following = self.sentences[sentence_index], self.sentences[sentence_index + 1]
        if following.paragraph != current.paragraph:
            return None
        tokens = following.tokens
        for c in range(len(tokens) - 2):
            if (tokens[c].lower, tokens[c + 1].lower) in lx.SOURCE_CUES:
                phrase = self.read(tokens, c + 2)
                if phrase is not None and phrase.kind in ("person", "organisation"):
                    return self.attribution(phrase, tokens, "", "source-after")
        if any(t.quote >= 0 for t in tokens):
            return None
        found = self.phrase_then_verb(tokens, subject_start(tokens))
        if found is None or found[0].kind not in ("person", "organisation"):
            return None  # '“We lost.” Roe said in a statement.'
        phrase, verb = found
        return self.attribution(phrase, tokens, tokens[verb].lower, "next-sentence")

    def woven_in(self, tokens: list[Token], k: int) -> Attribution | None:
        """A quote woven into a sentence with no speech verb is its subject's, a person's or a
        body's: 'Roe was directing six committees to “proceed with their work”', 'the ministry
        justified the strike as “defensive”'; a quoted name of a work is nobody's, and so is a
        quote with a source of its own ('Roe suffered “two wounds”, according to a doctor';
        'according to NBC' only reports it). A speech verb in the opening phrase ('When asked,
        Roe gave a curt “no”') or a participle after the quote ('Roe called it “theft”,
        adding …') has the subject's own voice, and bars nothing."""
        start = subject_start(tokens)
        if any(
            (is_speech_verb(tokens, v) and not shares_the_subject(tokens, v, k))
            or self.cited_source(tokens, v)
            for v in range(start, len(tokens))
        ):
            return None
        phrase = self.read(tokens, start)
        if phrase is None or phrase.kind not in SPEAKING_KINDS or phrase.last > k:
            return None
        if looks_like_a_title(tokens[k].text.strip("“”„«»\"‘’' ")):
            return None
        found = self.attribution(phrase, tokens, "", "woven-subject")
        person = found.voice.person if found.voice is not None else None
        attested = person is not None and person.well_attested()
        if phrase.kind == "person" and not attested and is_common_word(phrase.name):
            return None  # "Per request of Jo Lam, the talks were moved “for now”"
        return found

    def captioned(self, tokens: list[Token], k: int) -> Attribution | None:
        """A quote "written" on or under what the subject owns is the owner's: 'Her last post
        showed a lake with “farewell” written under it', "Roe's photo had “goodbye” written as
        its caption"."""
        if k + 1 >= len(tokens) or tokens[k + 1].lower != "written":
            return None
        start = subject_start(tokens)
        for m in range(start, min(k, start + OWNER_REACH)):
            owner = tokens[m]
            if owner.lower in POSSESSIVE_PRONOUNS:
                voice = self.pronoun(POSSESSIVE_PRONOUNS[owner.lower], owner.start)
            elif owner.possessive:
                voice = self.possessor(tokens, m, owner.start)
            else:
                continue
            return Attribution(voice, "written", "caption") if voice is not None else None
        return None

    def argument_goes_on(self, sentence_index: int) -> Attribution | None:
        """A woven quote in a sentence that names no one and reports no speech goes on with
        the person whose woven quote the sentence before in its paragraph held: 'Roe holds
        that if they were “residents” she qualifies. If they were only “visitors”, she does
        not.'"""
        if sentence_index == 0:
            return None
        current, previous = self.sentences[sentence_index], self.sentences[sentence_index - 1]
        if previous.paragraph != current.paragraph:
            return None
        tokens = current.tokens
        if any(t.capitalised and t.is_word for t in tokens[1:]) or any(
            is_speech_verb(tokens, v) for v in range(len(tokens))
        ):
            return None
        quoted = [t.quote for t in previous.tokens if t.quote >= 0 and t.quote in self.found]
        earlier = self.found[quoted[-1]] if quoted else NOBODY
        if not is_person(earlier) or earlier.rule not in WOVEN_RULES:
            return None
        return Attribution(earlier.voice, "", "continuation")

    # --- driving ------------------------------------------------------------------------

    def read_reported_speech(self, sentence_index: int) -> None:
        """A person who reports speech in a sentence without quotes, named behind the body
        they work for or beside a description, comes into focus as a subject does:
        "Lakeside College political scientist Lena Okafor said the vote was close. She noted,
        “…”", "His neighbour, Fatima Khalil, said her house burned. “…,” she said."""
        tokens = self.sentences[sentence_index].tokens
        if any(t.quote >= 0 for t in tokens) or lx.SPEECH_VERBS.isdisjoint(t.lower for t in tokens):
            return
        subject = self.read(tokens, subject_start(tokens))
        owner = subject is not None and tokens[subject.last - 1].possessive  # "Roe's aide, …"
        if subject is not None and subject.kind not in ("organisation", "unnamed") and not owner:
            return  # a person named as subject is in focus already
        found = self.speaker_before(tokens, len(tokens))
        if found is not None and is_person(found) and found.rule == "speaker-verb-quote":
            self.remember(found, tokens[-1].start)  # after an owner who opens it: "Roe's aide"

    def attribute(self, sentence_index: int, k: int) -> Attribution:
        tokens = self.sentences[sentence_index].tokens
        earlier = [n for n, t in enumerate(tokens[:k]) if t.quote >= 0]
        found = self.captioned(tokens, k) or self.after_quote(tokens, k)
        same = self.found.get(tokens[earlier[-1]].quote, NOBODY) if earlier else NOBODY
        if found is None and same.voice is not None:
            found = self.next_speaker(tokens, earlier[-1], k) or Attribution(
                same.voice, same.verb, "same-sentence"
            )
        for rule in (
            self.according_before,
            self.speaker_before,
            self.inverted_verb,
            self.sentence_final,
        ):
            if found is None:
                found = rule(tokens, k)
        if found is None and all(not t.is_word for t in tokens[:k]):
            found = self.clause_after(tokens, k) or self.floating(sentence_index)
        if found is None and k > 0 and tokens[k - 1].text == ":":
            document = self.document_introduced(tokens, k)
            found = Attribution(document, "", "document") if document else None
            found = (
                found or self.government_voice(tokens, k) or self.colon_lead_in(sentence_index, k)
            )
        if found is None and all(t.quote >= 0 or not t.is_word for t in tokens[k + 1 :]):
            found = self.source_after(sentence_index)
        if found is None and all(t.quote >= 0 or not t.is_word for t in tokens):
            found = self.previous_subject(sentence_index)
        if found is None and k > 0:
            found = self.woven_in(tokens, k) or self.argument_goes_on(sentence_index)
        if found is not None and found.verb == "according to":
            # "According to people familiar with it, Roe told donors “…”": Roe speaks, and so
            # does Roe after an outlet or a person that only reports it; "Her lawyers say she
            # faces “abuse,” according to Quill" is the lawyers', no one named
            speaker = self.speaker_before(tokens, k) or unnamed_speaker(tokens, k)
            found = speaker if speaker is not None and speaks_itself(speaker) else found
        found = found or NOBODY
        self.found[tokens[k].quote] = found
        self.remember(found, tokens[k].start)
        return found


def unnamed_speaker(tokens: list[Token], k: int) -> Attribution | None:
    """A subject that names no one and reports speech before the quote at ``k``: "Villagers
    said", "Several aides say"."""
    start = subject_start(tokens)
    if unnamed_subject(tokens, start) is None:
        return None
    verb = next((v for v in range(start + 1, k) if is_speech_verb(tokens, v)), None)
    return Attribution(None, tokens[verb].lower, "unnamed") if verb is not None else None


def speaks_itself(found: Attribution) -> bool:
    """A person or someone unnamed who speaks in the quote's own sentence, before a source
    that only relays the words ("according to Quill"); a body there may be the one relayed."""
    return is_person(found) or (found.voice is None and found.rule == "unnamed")


def is_person(found: Attribution) -> bool:
    return found.voice is not None and found.voice.person is not None


def shares_the_subject(tokens: list[Token], v: int, k: int) -> bool:
    """Is the speech verb at ``v`` a participle after the quote at ``k``, whose agent is the
    sentence's subject: 'Roe called it “theft”, adding …'?"""
    return v > k and tokens[v].lower.endswith("ing")

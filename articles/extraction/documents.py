"""Documents that speak: "the judge's statement reads", "“…,” the report said", "read a
statement from the ministry". A document speaks for whoever issued it: its owner, the author
after "by" or "from", else the person or body last a subject. An office speaks, as a document,
for whoever holds it: "Roe's office said". So does the source after "according to", and a
government named earlier by what it governs."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from articles.extraction import lexicon as lx
from articles.extraction.governments import government_subject
from articles.extraction.people import subject_start
from articles.extraction.phrases import Phrase, parse_phrase
from articles.extraction.reference import Attribution, References, Voice
from articles.extraction.speech import before_auxiliaries, speaks_for_another, through_by
from articles.extraction.tokens import Token, strip_possessive

DOCUMENTS = frozenset(
    {"statement", "ruling", "judgment", "judgement", "summary", "decision", "letter", "report"}
    | {"release", "communique", "communiqué", "memo", "filing", "opinion", "notice", "order"}
    | {"decree", "declaration", "announcement", "message", "post", "tweet", "verdict"}
    | {"warning", "advisory", "bulletin", "alert"}
)
"""Documents that "read" or "say" for whoever issued them."""

OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
QUOTED_PRONOUNS = OBJECT_PRONOUNS | {"it": "it"}
"""A pronoun as object, as after "according to", and the subject pronoun it stands for."""

SPOKESPEOPLE = lx.SPOKESPEOPLE | {"official"}
"""Nouns by which someone unnamed speaks officially for a body: "an official from the Port
Authority said" is the Port Authority speaking."""

ISSUER_REACH = 2
"""Sentences back in which a document's mention names who issued it."""

BODY_LINKS = frozenset({"from", "at", "of", "for"})

POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
"""The pronoun whose referent owns what a possessive one does: "her office" is whom "she" is."""


class DocumentReader(References):
    """The rules that find who issued a document or holds an office."""

    def voice(self, phrase: Phrase, tokens: list[Token], rule: str) -> tuple[Voice | None, str]:
        if phrase.head == "office":
            holder = self.office_holder(phrase, tokens)
            if holder is not None:
                return holder, "document"
        return super().voice(phrase, tokens, rule)

    def office_holder(self, phrase: Phrase, tokens: list[Token]) -> Voice | None:
        """An office speaks, as a document does, for whoever holds it: "Roe's office said" and
        "the office of the High Commissioner said" are Roe and the High Commissioner named
        before, "her office said" whom "she" would be."""
        at = tokens[phrase.first].start
        owner = tokens[phrase.last - 2] if phrase.last - 2 >= phrase.first else None
        if owner is not None and owner.lower in POSSESSIVE_PRONOUNS:
            return self.pronoun(POSSESSIVE_PRONOUNS[owner.lower], at)
        if owner is not None and owner.possessive:
            return self.possessor(tokens, phrase.last - 2, at)
        if phrase.last + 1 >= len(tokens) or tokens[phrase.last].lower != "of":
            return None
        holder = self.read_speaker(tokens, phrase.last + 1)
        if holder is None or holder.kind == "pronoun":
            return None
        voice = self.voice(holder, tokens, "document")[0]
        return voice if voice is not None else self.high_office(holder, tokens)

    def high_office(self, holder: Phrase, tokens: list[Token]) -> Voice | None:
        """An office whose holder is named by a capitalised title alone is a body of its own:
        "the office of the Kolda High Commissioner for Health" is the Office of the Kolda High
        Commissioner for Health; "the office of the minister" is no body."""
        if holder.kind != "unnamed" or not holder.title[:1].isupper():
            return None
        if not any(t.capitalised for t in tokens[holder.first + 1 : holder.last]):
            return None
        name = f"Office of the {holder.title}"
        found = self.orgs.find(name)
        return Voice(found.name if found is not None else name, is_organisation=True)

    def possessor(self, tokens: list[Token], m: int, at: int) -> Voice | None:
        """Whom the possessive at ``m`` names: "Jane Roe's", "the court's", or "the judge's"
        for the judge introduced earlier."""
        owner = tokens[m]
        if owner.capitalised:
            owned = tokens[: m + 1]  # "Roe's office": the name ends at the possessive
            phrase = next(
                (
                    p
                    for j in range(max(0, m - 5), m + 1)
                    if (p := parse_phrase(owned, j, self.orgs))
                ),
                None,
            )
            if phrase is None or phrase.last != m + 1:
                return None
            return self.voice(phrase, tokens, "document")[0]
        definite = m > 0 and tokens[m - 1].lower in lx.DEFINITE_DETERMINERS
        head = strip_possessive(owner.lower)
        return self.description(Phrase(m, m + 1, "unnamed", head=head), at, definite)

    def document_voice(self, tokens: list[Token], verb: int) -> Voice | None:
        """A document that speaks speaks for its author: "the judge's statement reads" is the
        judge introduced earlier, "Roe's letter said" Roe, "the court's ruling read" the
        court named before; with no owner ("The summary of the decision read") the body
        that was the latest subject."""
        end = before_auxiliaries(tokens, verb)
        issuer = self.issued_by(tokens, verb)
        if issuer is not None:
            return issuer
        if end < 1 or tokens[end - 1].lower not in DOCUMENTS:
            return None
        at = tokens[end - 1].start
        for m in range(end - 2, max(-1, end - 5), -1):
            owner = tokens[m]
            if not owner.possessive:
                continue
            voice = self.possessor(tokens, m, at)
            if voice is not None or owner.capitalised or owner.base.lower() in lx.TITLE_WORDS:
                return voice
            break  # "the board's statement": a body the article may name otherwise
        return self.issuer_before(tokens[end - 1].lower, at)

    def issued_by(self, tokens: list[Token], verb: int) -> Voice | None:
        """A document that opens the sentence with its author after "by", "from" or "of": "A
        statement from the Water Board said", "The ruling of the Tribunal read", "The letter signed by Jane Roe read", "The
        decree signed by the president read" (the president named before)."""
        i = subject_start(tokens)
        i += i < verb and tokens[i].lower in lx.DETERMINERS
        if i >= verb or tokens[i].lower not in DOCUMENTS:
            return None
        author = through_by(tokens, i)
        if author == i and i + 2 < verb and tokens[i + 1].lower == "of":
            author = i + 2  # "The ruling of the Tribunal read"
        if author == i or author >= verb:
            return None
        phrase = self.read(tokens, author)
        if phrase is None or phrase.kind == "pronoun" or phrase.last > verb:
            return None
        return self.voice(phrase, tokens, "document")[0]  # "signed by the president": by title

    def document_introduced(self, tokens: list[Token], k: int) -> Voice | None:
        """A document and its author before the colon that opens a quote: "The palace issued
        the following statement from the king: “…”" is the king's."""
        for m in range(k - 2):
            if tokens[m].lower in DOCUMENTS and tokens[m + 1].lower in ("from", "by"):
                phrase = self.read(tokens, m + 2)
                if phrase is not None and phrase.kind != "pronoun" and phrase.last < k:
                    return self.voice(phrase, tokens, "document")[0]
        return None

    def document_named(self, tokens: list[Token], i: int) -> Voice | None:
        """ "the statement, issued by the Water Office" after a speech verb: the author after
        "by" or "from" (an office's holder: "from the office of the envoy"), else the latest
        subject."""
        j = i + (i < len(tokens) and tokens[i].lower in lx.DETERMINERS)
        if j >= len(tokens) or tokens[j].lower not in DOCUMENTS:
            return None
        for m in range(j + 1, min(len(tokens), j + 5)):
            if tokens[m].lower in ("by", "from"):
                phrase = self.read(tokens, m + 1)
                if phrase is not None and (
                    phrase.kind in ("person", "organisation") or phrase.head == "office"
                ):  # "from the office of the High Commissioner"
                    return self.voice(phrase, tokens, "document")[0]
        return self.issuer_before(tokens[j].lower, tokens[j].start)

    def issuer_before(self, document: str, at: int) -> Voice | None:
        """Who issued "the statement" that the sentences just before mention: the subject of
        the latest one that names it ("The governor's office said in a statement that …"),
        perhaps no one ("The rebels, in a message posted online, said …"); else the latest
        subject."""
        index = bisect_right(self.sentence_starts, at) - 1
        for sentence in reversed(self.sentences[max(0, index - ISSUER_REACH) : max(0, index)]):
            tokens = sentence.tokens
            if not any(t.lower == document and t.quote < 0 for t in tokens):
                continue
            s = subject_start(tokens)
            if tokens[s + (tokens[s].lower in lx.DETERMINERS)].lower == document:
                break  # "The warning issued by the Weather Office said …": its issuer acts
            phrase = self.read_speaker(tokens, s)
            return self.voice(phrase, tokens, "document")[0] if phrase is not None else None
        return self.latest_subject(at)

    def latest_subject(self, at: int) -> Voice | None:
        """The body or person that was last a subject before ``at``: who issued "the
        statement" that an article mentions without its author."""
        bodies = [(start, name) for start, name in self.org_subjects if start < at]
        people = self.focus[: bisect_left(self.focus, (at,))]
        if people and (not bodies or people[-1][0] > bodies[-1][0]):
            return Voice(people[-1][1].name, people[-1][1])
        return Voice(bodies[-1][1], is_organisation=True) if bodies else None

    # --- sources and governments -----------------------------------------------------

    def attribution(self, phrase: Phrase, tokens, verb: str, rule: str) -> Attribution:
        if speaks_for_another(tokens, phrase):
            return Attribution(None, verb, "unnamed")
        body = self.spoken_for(tokens, phrase)
        if body is not None:
            return Attribution(body, verb, "spokesperson")
        voice, how = self.voice(phrase, tokens, rule)
        if voice is None and phrase.kind == "unnamed" and phrase.head in lx.SPOKESPEOPLE:
            voice = self.latest_spokesperson(tokens, phrase)
            how = "spokesperson" if voice is not None else how
        return Attribution(voice, verb, rule if how == rule else how)

    def spoken_for(self, tokens: list[Token], phrase: Phrase) -> Voice | None:
        """The body an unnamed official speaks for, named after "from", "at", "of" or "for":
        "an official from the Port Authority", "a spokesperson for the Water Board", or before
        the noun: "a Harbour Police spokeswoman"; never a person ("a spokesman for Jane Roe"),
        a place, or "the official" met before."""
        if phrase.kind != "unnamed" or tokens[phrase.first].lower not in ("a", "an"):
            return None
        if asks_anonymity(tokens):
            return None  # "an official at the ministry, who spoke on condition of anonymity,"
        head = next(
            (h for h in range(phrase.first, phrase.last) if tokens[h].lower in SPOKESPEOPLE), -1
        )
        if head < 0:
            return None
        if phrase.organisation and head == phrase.last - 1:
            known = self.orgs.find(phrase.organisation)
            name = known.name if known is not None else phrase.organisation
        elif head + 2 < len(tokens) and tokens[head + 1].lower in BODY_LINKS:
            body = self.read_speaker(tokens, head + 2)
            known = self.orgs.find(body.name) if body is not None else None
            name = known.name if known is not None else ""
        else:
            return None
        if not name or name.split()[-1].casefold() in lx.PLACE_NOUNS:
            return None  # "a spokesperson for Tamberlo Street"
        return Voice(name, is_organisation=True)

    def latest_spokesperson(self, tokens: list[Token], phrase: Phrase) -> Voice | None:
        """ "the spokesperson" with no one named so is the body an unnamed spokesperson last
        spoke for: "A Port Board spokesperson said “…”. The spokesperson added “…”"."""
        if phrase.last - phrase.first != 2 or tokens[phrase.first].lower != "the":
            return None
        spoken = [f.voice for _, f in sorted(self.found.items()) if f.rule == "spokesperson"]
        return spoken[-1] if spoken else None

    def according_before(self, tokens: list[Token], k: int) -> Attribution | None:
        """ "According to the ministry, “…”", "According to him, … “…”", "According to a
        statement released by Jane Roe's office, “…”" (the office speaks for Roe); "In Roe's
        words, “…”" and "In the words of Roe, “…”" likewise; a release's "The following is
        attributable to Jane Roe, spokesperson:" before its quote paragraph."""
        for a in range(k - 1):
            if tokens[a].lower in SOURCE_WORDS and tokens[a + 1].lower == "to":
                phrase = self.source_named(tokens, a + 2)
            elif tokens[a].lower == "in" and a + 2 < k:
                phrase = self.words_of(tokens, a + 1)
            else:
                continue
            if phrase is not None and phrase.last <= k:
                return self.attribution(phrase, tokens, "according to", "according-to")
        return None

    def words_of(self, tokens: list[Token], i: int) -> Phrase | None:
        """The speaker in "Roe's words" or "the words of Roe" at ``i``."""
        if [t.lower for t in tokens[i : i + 3]] == ["the", "words", "of"]:
            return self.read_speaker(tokens, i + 3)
        phrase = self.read_speaker(tokens, i)
        if phrase is None or phrase.last >= len(tokens) or tokens[phrase.last].lower != "words":
            return None
        return phrase if tokens[phrase.last - 1].possessive else None

    def source_named(self, tokens: list[Token], i: int) -> Phrase | None:
        """The source after "according to": its author after "by" or "from", a name after a
        lowercase description ("eyewitness Jo Lam"), or a pronoun in the object case ("him",
        "her", "them") read as the subject one."""
        pronoun = OBJECT_PRONOUNS.get(tokens[i].lower) if i < len(tokens) else None
        if pronoun is not None and (i + 1 == len(tokens) or not tokens[i + 1].is_word):
            return Phrase(i, i + 1, "pronoun", name=pronoun)
        phrase = self.read_speaker(tokens, through_by(tokens, i))
        return phrase or self.named_after_words(tokens, i)  # "according to eyewitness Jo Lam"

    def quoted_one(self, tokens: list[Token], i: int) -> Phrase | None:
        """The one a clause quotes at ``i``; a pronoun in the object case is whom the subject
        one would mean before the sentence, never its own subject: in "Interfax quoted him as
        saying", "him" is not Interfax."""
        pronoun = QUOTED_PRONOUNS.get(tokens[i].lower) if i < len(tokens) else None
        if pronoun is None:
            return self.read_speaker(tokens, i) or self.surname_named(tokens, i)
        voice = self.pronoun(pronoun, tokens[0].start)
        if voice is None:
            return None
        return Phrase(i, i + 1, "organisation" if voice.is_organisation else "person", voice.name)

    def surname_named(self, tokens: list[Token], i: int) -> Phrase | None:
        """A lone capitalised word at ``i`` that names a person the article introduced in full,
        where the phrase reader reads none: "quoted Mensah as saying" after "Kwame Mensah"."""
        token = tokens[i] if i < len(tokens) else None
        if token is None or not token.capitalised or token.quote >= 0:
            return None
        person = self.people.match(token.text, token.start)
        return Phrase(i, i + 1, "person", token.text) if person is not None else None

    def cited_source(self, tokens: list[Token], a: int) -> bool:
        """Does "according to" at ``a`` cite a person or someone unnamed, not a body or
        outlet?"""
        if tokens[a].lower != "according" or a + 2 >= len(tokens) or tokens[a + 1].lower != "to":
            return False
        phrase = self.read(tokens, a + 2)
        return phrase is None or phrase.kind not in ("organisation", "country")

    def government_voice(self, tokens: list[Token], k: int) -> Attribution | None:
        """A subject that is the government or something of it, with no country named, before
        a colon: "An official government account made the following announcement: “…”" is the
        government the article named by what it governs."""
        token = government_subject(tokens, subject_start(tokens), k)
        voice = self.government_before(token.start) if token is not None else None
        return Attribution(voice, "", "colon-lead-in") if voice is not None else None


SOURCE_WORDS = frozenset({"according", "attributable"})
"""Words before "to" and the source of what follows."""


def asks_anonymity(tokens: list[Token]) -> bool:
    """Does the sentence say its source asked not to be named ("on condition of anonymity",
    "asked not to be identified")? Then the source speaks for no body."""
    words = [t.lower for t in tokens]
    if "anonymity" in words or "anonymously" in words:
        return True
    pairs = zip(words, words[1:], strict=False)
    return any(a == "be" and b in ("named", "identified") for a, b in pairs)

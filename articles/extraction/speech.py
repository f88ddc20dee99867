"""Where a speech verb stands in a sentence and who its agent is: the clause-level tests the
attribution rules share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.extraction import lexicon as lx
from articles.extraction.evidence import inflected
from articles.extraction.tokens import COMPLEMENT_OPENERS, Token, is_place_name

if TYPE_CHECKING:
    from articles.extraction.names import Phrase


def through_by(tokens: list[Token], i: int) -> int:
    """ "according to a tweet on Monday by US Secretary of State Jane Roe": the author after
    "by" or "from" within a few words, else where the phrase began."""
    for j in range(i, min(len(tokens), i + 6)):
        if tokens[j].quote >= 0 or tokens[j].text in {",", "."}:
            break
        if tokens[j].lower in {"by", "from"} and j > i:
            return j + 1
    return i


def is_speech_verb(tokens: list[Token], v: int) -> bool:
    """A speech word outside quotes that is a verb: neither a noun ("VOA reports in the
    region") nor part of a name ("the United States")."""
    token = tokens[v]
    if token.quote < 0 and token.lower in REFERRING:
        return refers_as(tokens, v)
    if token.quote >= 0 or token.lower not in lx.SPEECH_VERBS:
        return False
    if v > 0 and token.text[0].isupper():
        return False  # part of a name: "the United States is"
    if token.lower.endswith("s") and v + 1 < len(tokens):
        following = tokens[v + 1]
        if following.quote >= 0:  # 'the statement reads "…"', not 'called the comments "…"'
            return tokens[v - 1].lower not in lx.DETERMINERS
        return following.lower not in lx.NOUN_AFTER_SPEECH_WORD and following.is_word
    return True


REFERRING = lx.words("refer refers referred referring")

REFERENCE_LIMIT = 8
"""Tokens between "referred to" and its "as": "referred to the soldiers buried there as"."""


def refers_as(tokens: list[Token], v: int) -> bool:
    """ "referred to the strike as “…”": a verb of naming, and so of speech, when "to" and
    then "as" and a quote follow; "referred the case to a court" is none."""
    if v + 1 >= len(tokens) or tokens[v + 1].lower != "to":
        return False
    for m in range(v + 2, min(len(tokens) - 1, v + REFERENCE_LIMIT)):
        if tokens[m].quote >= 0 or tokens[m].text in {",", ";"}:
            return False
        if tokens[m].lower == "as":
            return tokens[m + 1].quote >= 0 or tokens[m + 1].lower in lx.ARTICLES
    return False


def inverted_verb_at(tokens: list[Token], i: int) -> bool:
    """Does the speech verb at ``i`` open its sentence before the speaker and a quote: 'Said
    Jane Roe: “…”', 'Added Jane Roe, the mayor, “…”'? "Said" is also a first name: 'Said Roe
    said' has a verb of its own."""
    if i + 1 >= len(tokens) or not tokens[i].capitalised or not tokens[i + 1].capitalised:
        return False
    if tokens[i].lower not in lx.SPEECH_VERBS:
        return False
    for token in tokens[i + 1 :]:
        if token.quote >= 0:
            return True
        if token.text == token.lower and token.lower in lx.SPEECH_VERBS:
            return False
    return False


def passive_agent(tokens: list[Token], verb: int, k: int) -> int | None:
    """The passive "he was told by Transport Minister Tomas Vilk of “…”", or a participle
    after a noun ("a pattern described by the Harbour Gazette as “…”"): the one after "by"
    speaks."""
    if verb < 1:
        return None
    before = tokens[verb - 1]
    noun = before.text == before.lower and before.is_word and tokens[verb].lower.endswith("ed")
    noun = noun and before.lower != "as"  # "Roe said — as reported by the Daily — “…”"
    if before.lower not in {"was", "were", "been", "being", "is"} and not noun:
        return None
    if verb + 2 < k and tokens[verb + 1].lower == "by":
        return verb + 2
    return None


def preposition_before(tokens: list[Token], first: int) -> bool:
    """Is the phrase at ``first`` the object of a preposition ("within the central Interior
    Ministry")? Looks back over a determiner and up to two adjectives, and over the town
    before a state ("outside Concord, N.H. saying")."""
    state = first < len(tokens) and (
        tokens[first].text.endswith(".") or is_place_name(tokens[first].base)
    )  # "Ohio", "N.H.", "Calif."
    if state and first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].capitalised:
        town = first - 2
        while town > 0 and tokens[town - 1].capitalised:
            town -= 1
        if town > 0 and tokens[town - 1].lower in lx.PLACE_PREPOSITIONS:
            return True
    for back in range(first - 1, max(-1, first - 4), -1):
        word = tokens[back].lower
        if word in CLAUSE_OPENERS:
            return False  # "met with what Roe called “fury”": a clause's subject
        if word in lx.PLACE_PREPOSITIONS or word in {"of", "for", "within", "with", "by", "on"}:
            return True
        if not tokens[back].is_word or tokens[back].text[0].isupper():
            return False
    return False


CLAUSE_OPENERS = frozenset({"what", "which"})
"""Words that open a clause whose subject follows, even after a preposition."""

TIME_ADVERBS = frozenset({"yesterday", "today", "tonight"})
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
TIME_LEADS = frozenset({"last", "this", "next", "late", "early"})


def time_phrase(tokens: list[Token], j: int) -> int:
    """How many tokens a short time adverbial at ``j`` holds, 0 if none: "on Sunday",
    "on Monday morning", "last week", "yesterday"."""
    if j >= len(tokens):
        return 0
    word = tokens[j].lower
    if word in TIME_ADVERBS or tokens[j].base in WEEKDAYS:
        return 1  # "Roe Tuesday told reporters"
    if j + 1 >= len(tokens):
        return 0
    after = tokens[j + 1]
    if word == "on" and after.base in lx.CALENDAR_WORDS:
        more = j + 2 < len(tokens) and tokens[j + 2].lower in lx.TIME_WORDS
        return 3 if more else 2
    if word in TIME_LEADS and after.lower in lx.TIME_WORDS:
        return 2
    return 0


def adverb_at(tokens: list[Token], j: int) -> bool:
    """An -ly adverb of manner before a verb ("Roe audibly says", "Roe angrily said"), never a
    noun after a determiner or a possessive ("the family said", "Roe's family said")."""
    token = tokens[j]
    if token.capitalised or not token.is_word or not inflected(token.lower, "ly"):
        return False
    before = tokens[j - 1] if j > 0 else None
    return before is None or not (before.lower in lx.DETERMINERS or before.possessive)


def skip_auxiliaries(tokens: list[Token], j: int) -> int:
    """Past "also", "has", an adverb and a time such as "on Sunday" that may stand before a
    verb: "Roe on Sunday told"."""
    while j < len(tokens):
        if tokens[j].lower in lx.AUXILIARIES or adverb_at(tokens, j):
            j += 1
        elif time := time_phrase(tokens, j):
            j += time
        else:
            return j
    return j


def before_auxiliaries(tokens: list[Token], end: int) -> int:
    """Back from a verb at ``end`` over what ``skip_auxiliaries`` passes."""
    while end > 0:
        if tokens[end - 1].lower in lx.AUXILIARIES or adverb_at(tokens, end - 1):
            end -= 1
            continue
        start = next(
            (s for s in range(max(0, end - 3), end) if s + time_phrase(tokens, s) == end), None
        )
        if start is None:
            return end
        end = start
    return end


def verb_at(tokens: list[Token], j: int) -> bool:
    """A speech verb at ``j``, after "also", "has" and the like."""
    j = skip_auxiliaries(tokens, j)
    return j < len(tokens) and tokens[j].lower in lx.SPEECH_VERBS


APPOSITION_LIMIT = 20
"""Tokens an aside may run between a speaker and the verb: "Kofi Mensah, 32, said"."""

BRACKET_LIMIT = 8
"""Tokens a bracketed aside may hold: "(D-Ohio)", "(pictured, left)"."""


def after_brackets(tokens: list[Token], j: int) -> int:
    """Past a bracketed aside that opens at ``j``: "Jo Ferro (D-Ohio) said"."""
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    for m in range(j + 1, min(len(tokens), j + BRACKET_LIMIT)):
        if tokens[m].quote >= 0:
            return j
        if tokens[m].text == ")":
            return m + 1
    return j


def before_brackets(tokens: list[Token], end: int) -> int:
    """Where a bracketed aside that closes right before ``end`` opens."""
    if end < 1 or tokens[end - 1].text != ")":
        return end
    for m in range(end - 2, max(-1, end - 1 - BRACKET_LIMIT), -1):
        if tokens[m].quote >= 0:
            return end
        if tokens[m].text == "(":
            return m
    return end


DESCRIPTION_LIMIT = 5
"""Lowercase words a description may hold between a speech verb and a name: "said a veteran
human rights lawyer Jane Roe"."""

PREPOSITIONS = frozenset({"of", "for", "to", "with", "by", "from", "about", "than"})


def closes(tokens: list[Token], end: int) -> bool:
    """Does a phrase that ends at ``end`` close its clause?"""
    return end >= len(tokens) or tokens[end].text in {",", ".", ";", "!", "?"}


QUOTING_VERBS = frozenset({"quoted", "quotes", "cited", "cites"})
"""Verbs whose object is the one who speaks when "as saying" follows."""


def quoted_as_saying(tokens: list[Token], verb: int) -> int | None:
    """Where the one quoted starts in "Media quoted Jane Roe as saying" or "Interfax cited
    him as saying": the object of "quoted" is the speaker, not its subject."""
    if verb < 3 or tokens[verb].lower != "saying" or tokens[verb - 1].lower != "as":
        return None
    for q in range(verb - 2, max(0, verb - 10), -1):
        if tokens[q].lower in QUOTING_VERBS and tokens[q - 1].lower not in lx.AUXILIARIES:
            return q + 1 if q + 1 < verb - 1 else None
    return None


def past_body(tokens: list[Token], j: int) -> int:
    """Past "of" and the place or body a speaker comes from, when a verb follows: "Jane Roe of
    Ohio said", "Jo Ferro of the Courier told"."""
    if j >= len(tokens) or tokens[j].lower not in ("of", "from"):
        return j
    end = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "the")
    if end >= len(tokens) or not tokens[end].capitalised:
        return j
    while end < len(tokens) and (tokens[end].capitalised or complement_goes_on(tokens, end)):
        end += 1  # "the office of the Kolda High Commissioner for Health said"
    return end if verb_at(tokens, end) else j


def complement_goes_on(tokens: list[Token], j: int) -> bool:
    """ "of" or "for" between capitalised words of one name: "Commissioner for Health"."""
    return (
        tokens[j].lower in COMPLEMENT_OPENERS
        and j + 1 < len(tokens)
        and tokens[j + 1].capitalised
        and tokens[j - 1].capitalised
    )


def relative_clause(tokens: list[Token], end: int) -> bool:
    """Does a "who" clause follow the phrase that ends at ``end``?"""
    end += end < len(tokens) and tokens[end].text == ","
    return end < len(tokens) and tokens[end].lower == "who"


def speaks_for_another(tokens: list[Token], phrase: Phrase) -> bool:
    """ "A spokesman for Jane Roe said": someone unnamed speaks for the person named; an
    indefinite article opens no title of a named person ("Envoy for Water Jane Roe")."""
    opens = tokens[phrase.first].lower in {"a", "an"}
    return opens and phrase.kind == "person" and bool({"of", "for"} & set(phrase.title.split()))


def complement_end(tokens: list[Token], j: int) -> int:
    """Past the words that complete a title up to its comma, "of delegation in Yemen" in "the
    head of delegation in Yemen, Jo Ferro, said"; ``j`` itself when no comma closes them."""
    if j >= len(tokens) or tokens[j].lower not in PREPOSITIONS | lx.PLACE_PREPOSITIONS:
        return j
    for m in range(j + 1, min(len(tokens), j + BRACKET_LIMIT)):
        if tokens[m].text == ",":
            return m
        if tokens[m].quote >= 0 or not tokens[m].is_word or verb_at(tokens, m):
            return j
    return j


def quoted_passive(tokens: list[Token], j: int) -> bool:
    """ "Roe was quoted as saying": the one quoted is the subject of the passive."""
    words = [t.lower for t in tokens[j : j + 2]]
    return words[:1] in (["was"], ["is"], ["were"], ["been"]) and words[1:] == ["quoted"]


HEDGES = lx.words("seemingly apparently presumably probably possibly allegedly reportedly perhaps")
"""Words that hedge a name set beside an unnamed subject: "someone, apparently Roe, said"."""

PARTITIVE_LIMIT = 5
"""Words "of these groups" may hold after "One"."""


def past_partitive(tokens: list[Token], phrase: Phrase) -> int:
    """Where "One of these groups" ends, for a subject that opens so; else the phrase's
    end."""
    end = phrase.last
    if phrase.name != "one" or end >= len(tokens) or tokens[end].lower != "of":
        return end
    for m in range(end + 1, min(len(tokens), end + PARTITIVE_LIMIT)):
        if tokens[m].text == ",":
            return m
        if not tokens[m].is_word or tokens[m].capitalised:
            break
    return end


def stance(tokens: list[Token], end: int) -> bool:
    """Does the subject's sentence end in a copula and a word or two of attitude, perhaps after
    an aside: 'Roe, for her part, was unimpressed.', 'Roe was more cautious.'?"""
    j = end
    if j < len(tokens) and tokens[j].text == ",":
        j = next((n + 1 for n in range(j + 1, len(tokens)) if tokens[n].text == ","), j)
    if j >= len(tokens) or tokens[j].lower not in COPULAS:
        return False
    rest = tokens[j + 1 :]
    words = [t for t in rest if t.is_word]
    return 0 < len(words) <= STANCE_WORDS and all(
        t.text == t.lower and (not t.lower.endswith("ed") or t.lower.startswith("un"))
        for t in words
    )  # "was elected" is no stance; "was unmoved" is


COPULAS = frozenset({"was", "is", "seemed", "sounded", "remained", "appeared"})

STANCE_WORDS = 2
"""Words of the longest attitude after a copula that introduces a quote: "more cautious"."""


def verb_end(tokens: list[Token], v: int) -> int | None:
    """Where a verb that may report speech ends: after a verb in the past ("retorted") or the
    present ('“A,” Roe opines, “B.”'), or after any verb and "back" ('“No,” Roe shot back',
    'fired back', 'hit back'), or "on", "in" or another particle ('“No,” Roe went on',
    'chimed in', 'pointed out')."""
    if v >= len(tokens):
        return None
    word = tokens[v]
    particle = v + 1 < len(tokens) and tokens[v + 1].lower in PARTICLES
    if particle and word.text.isalpha():
        return v + 2 if word.text == word.lower else None
    return v + 1 if past_verb(word) or present_verb(word) else None


PARTICLES = frozenset({"back", "on", "in", "out", "up", "down"})
"""Particles that close a phrasal verb of speech: "shot back", "went on", "chimed in"."""


def present_verb(token: Token) -> bool:
    """A lowercase word in the third person present after a speaker may report speech:
    "opines", "muses", "quips"; never "this" or "across"."""
    word = token.text
    plain = word == token.lower and word.isalpha() and len(word) > 4
    return plain and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def past_verb(token: Token) -> bool:
    """A lowercase word in the past that may report speech: "retorted", "scoffed"."""
    word = token.text
    return word == token.lower and word.isalpha() and word.endswith("ed") and len(word) > 4

"""Where a sentence's subject begins: after a conjunction, an opening adverbial phrase or a
participle's clause ("But in a statement, the CDF said", "Refusing to resign, Jane Roe
agreed"), never inside a name that looks like one ("Blessing, 16, said")."""

from __future__ import annotations

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.tokens import Token, is_place_name

OPENINGS_LIMIT = 3
"""Opening phrases a sentence may stack before its subject: "First, after the debate, Roe"."""


def subject_start(tokens: list[Token]) -> int:
    """Where a sentence's subject begins, after a conjunction and opening adverbial phrases:
    "But in a statement, the CDF said" -> "the CDF"; "But Roe, a Democrat, said" -> "Roe";
    "Clearly, she ..." -> "she"; "First, after the debate, Roe said" -> "Roe"."""
    i = 0
    for _ in range(OPENINGS_LIMIT):
        after = past_opening(tokens, i)
        if after == i:
            break
        i = after
    return i


def past_opening(tokens: list[Token], i: int) -> int:
    """Past the conjunctions and the one opening phrase at ``i``."""
    i = skip_conjunctions(tokens, i)
    if (
        i + 1 < len(tokens)
        and tokens[i + 1].text == ","
        and (evidence.is_inflected(tokens[i].lower) or tokens[i].lower in lx.SEQUENCE_WORDS)
        and not aged(tokens, i)
    ):
        i += 2  # "Specifically, she ...", "Next, Roe ..."; "Blessing, 16, said" is a name
    elif len(tokens) > i + 2 and tokens[i].lower in {"this", "last", "next"}:
        if tokens[i + 1].base in lx.CALENDAR_WORDS or tokens[i + 1].lower in lx.TIME_WORDS:
            i += 3 if tokens[i + 2].text == "," else 2  # "This Wednesday the minister said"
    elif i < len(tokens) and (
        tokens[i].lower in lx.INTRO_WORDS
        or (
            tokens[i].lower.endswith("ing")
            and opens_with_participle(tokens[i:])
            and not aged(tokens, i)
        )
    ):
        comma = next((m for m in range(i, len(tokens)) if tokens[m].text == ","), None)
        i = subject_before_verb(tokens, i, comma + 1 if comma is not None else i + 1)
    return skip_conjunctions(tokens, i)


def aged(tokens: list[Token], i: int) -> bool:
    """An age between commas follows the word at ``i``: "Blessing, 16,", a name however much
    the word looks like a participle."""
    return [t.text.isdigit() or t.text for t in tokens[i + 1 : i + 4]] == [",", True, ","]


def subject_before_verb(tokens: list[Token], opening: int, after_comma: int) -> int:
    """Where the subject begins when an opening phrase has no comma of its own and the first
    comma follows the speech verb: "At a rally Ana Ruiz said, “…”" -> "Ana Ruiz" (the words
    capitalised before the verb; a place run into them is left to the name reader)."""
    verbs = range(max(opening + 2, after_comma - 1 - VERB_TO_COMMA), after_comma - 1)
    verb = next((m for m in verbs if tokens[m].lower in lx.SPEECH_VERBS), None)
    if verb is None or not tokens[verb - 1].capitalised:  # "When asked, Roe" opens with no name
        return after_comma
    start = verb - 1
    while start > opening + 1 and (
        tokens[start - 1].capitalised or tokens[start - 1].lower in lx.NAME_PARTICLES
    ):
        start -= 1
    return start


VERB_TO_COMMA = 3
"""Tokens the longest verb phrase holds before the comma it runs to: "told reporters,"."""


def skip_conjunctions(tokens: list[Token], i: int) -> int:
    while i < len(tokens) and tokens[i].lower in lx.SENTENCE_CONJUNCTIONS:
        i += 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ",")  # "Then, Roe said"
    return i


def opens_with_participle(tokens: list[Token]) -> bool:
    """ "Refusing to resign, Jane Roe agreed": a participle and its clause, then a comma,
    come before the subject."""
    if not evidence.is_participle(tokens[0].lower) or is_place_name(tokens[0].base):
        return False
    if len(tokens) < 2 or tokens[1].capitalised:
        return False  # a name: "Xiling Wu, of the council,"
    for token in tokens[1:16]:
        if token.quote >= 0:
            return False
        if token.text == ",":
            return True
    return False

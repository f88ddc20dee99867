"""Words by which a description refers to an office or to whoever heads a body: "the UN
chief", "the premier", "the head of the agency", "Roe's office"."""

from __future__ import annotations

from articles.extraction import lexicon as lx
from articles.extraction.phrases import Phrase
from articles.extraction.tokens import Token

HEAD_NOUNS = lx.words("chief head leader boss")
"""Nouns by which "the UN chief" refers to whoever heads the body."""

HEADS = HEAD_NOUNS | lx.words("""
    president director director-general secretary-general chairman chairwoman chairperson chair
    commissioner administrator
    """)
"""Title words of the one at the head of a body."""

OFFICE_SYNONYMS = {
    "premier": ("prime minister",),
    "diplomat": ("foreign minister", "foreign secretary", "secretary of state", "foreign affairs"),
    "expert": ("rapporteur", "independent expert"),
    "candidate": ("nominee", "front-runner", "challenger", "hopeful"),
    "nominee": ("candidate",),
}
"""Nouns by which news refers back to an office without repeating its title: "the premier" is
the prime minister, "the top diplomat" the foreign minister, "the UN expert" the special
rapporteur (the UN calls its rapporteurs independent experts), "the candidate" the party's
nominee. Each noun with the titles it
stands for, as written inside a longer title ("Special Rapporteur on torture")."""


def of_a_body(phrase: Phrase, tokens: list[Token]) -> bool:
    """Does the description name the body it heads only by its kind: "the agency chief", "the
    head of the agency" (read before or after its "of the agency" is joined)?"""
    if lx.GENERIC_ORG_WORDS.intersection(phrase.title.casefold().split()):
        return True
    joined = phrase.last - 3 > phrase.first and kind_of_body(tokens, phrase.last - 3)
    return joined or kind_of_body(tokens, phrase.last)


def kind_of_body(tokens: list[Token], end: int) -> bool:
    """Is ``end`` followed by "of the" and a kind of body: "[the head] of the agency"?"""
    after = [t.lower for t in tokens[end : end + 3]]
    return len(after) == 3 and after[:2] == ["of", "the"] and after[2] in lx.GENERIC_ORG_WORDS


def owns_an_office(tokens: list[Token], end: int) -> bool:
    """Does a possessive before ``end`` own the office at it: "President Jo Ferro's office"?"""
    return end < len(tokens) and tokens[end].lower == "office" and tokens[end - 1].possessive

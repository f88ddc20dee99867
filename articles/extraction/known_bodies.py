"""The bodies an article lists, found where the phrase reader reads none or a shorter name:
"Save the Children said" ("Save" reads as a name), "the Okafor campaign said", "the High Court
of Erland and Wales ruled" (a phrase stops at "and")."""

from __future__ import annotations

from functools import cached_property

from articles.extraction.bodies import Organisations
from articles.extraction.phrases import Phrase
from articles.extraction.tokens import Token

BODY_REACH = 5
"""Words of a body's name read at once where the phrase reader finds none: "Save the
Children"."""


class KnownBodies:
    """Reads the article's bodies by name in a sentence's words."""

    def __init__(self, orgs: Organisations):
        self.orgs = orgs

    def longest(self, tokens: list[Token], i: int, phrase: Phrase | None) -> Phrase | None:
        """The phrase read at ``i``, or a body the article lists that the phrase reader cut
        short or read as no one ("Save the Children said": "Save" is no person)."""
        body = self.at(tokens, i)
        if body is None or (phrase is not None and phrase.last >= body.last):
            return phrase
        return body if phrase is None or phrase.kind in ("person", "unnamed") else phrase

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The words the names of the article's bodies open with, in lowercase, so that most
        words are turned down at once."""
        names = (n for o in self.orgs.items for n in (o.name, o.acronym, *o.aliases) if n)
        return frozenset(n.split()[0].casefold() for n in names if n[:1].isupper())

    def at(self, tokens: list[Token], i: int) -> Phrase | None:
        """The longest name of a body the article lists that starts at ``i``, past "the", where
        the phrase reader reads none or no one: "Save the Children said" (a verb opens it),
        "the Okafor campaign said" (a lowercase noun ends it)."""
        j = i + (i < len(tokens) and tokens[i].lower == "the")
        if j >= len(tokens) or tokens[j].lower not in self.first_words:
            return None
        for end in range(min(len(tokens), j + BODY_REACH), j, -1):
            words = tokens[j:end]
            if any(not t.is_word or t.quote >= 0 or t.possessive for t in words):
                continue
            body = self.orgs.find(" ".join(t.text for t in words))
            if body is not None:
                return Phrase(i, end, "organisation", name=body.name)
        return None

    def longer_name(self, phrase: Phrase, tokens: list[Token]) -> str:
        """An organisation the article knows whose name the phrase opens and the words after
        it complete: "the High Court of Erland and Wales ruled" is that court, though a phrase
        stops at "and"."""
        best = phrase.name
        for org in self.orgs.items:
            if len(org.name) <= len(best) or not org.name.startswith(phrase.name + " "):
                continue
            rest = org.name[len(phrase.name) :].split()
            words = [t.text for t in tokens[phrase.last : phrase.last + len(rest)]]
            if words == rest:
                best = org.name
        return best

"""Bodies named in a list beside a body already known: the members of one list are of one kind,
so "Okonkwo Daily, the Varna Herald, Tidewire and Kestrel FM reported it" names four bodies once
one of them is known as one. Read once the article's people are known, since a list of people
or places beside a body ("Amara Diallo, Kenya and the UN") names no new body."""

from __future__ import annotations

from itertools import pairwise

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import Organisations
from articles.extraction.body_runs import everyday_word, run_text
from articles.extraction.kinds import names_a_person, shaped_like_a_person
from articles.extraction.tokens import Token, is_place_name

LIST_GLUE = frozenset({",", "and", "or", "the"})
"""What stands between two members of a list: "A, B, the C, and D"."""

LIST_SIZE = 3
"""Members a list needs before its kind is read from one of them: two names joined by "and"
are as often a body and its owner or partner."""


def lists_of_runs(tokens: list[Token], runs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of capitals that only commas, "and", "or" and "the" join, with a comma among the
    joins: "Vela, Koro, the Plain and Tamsin News"."""
    lists, current, comma = [], [], False
    for start, end in runs:
        if current and all(t.lower in LIST_GLUE for t in tokens[current[-1][1] : start]):
            comma = comma or any(t.text == "," for t in tokens[current[-1][1] : start])
            current.append((start, end))
            continue
        if len(current) >= LIST_SIZE and comma:
            lists.append(current)
        current, comma = [(start, end)], False
    if len(current) >= LIST_SIZE and comma:
        lists.append(current)
    return lists


def could_be_a_body(tokens: list[Token], start: int, end: int, person_named) -> bool:
    """A member that no evidence says is a person (a first name, a title, a fuller name in the
    article), a place or a people; a single everyday word only after "the" ("the Plain"), for
    "Vela, Koro and Science" lists topics (a brand is seldom everyday: a weekly's name 3.1)."""
    name = run_text(tokens, start, end)
    if (
        is_place_name(name)
        or is_place_name(name.title())
        or names_a_person(name)
        or tokens[start].base in lx.DEMONYMS
    ):
        return False
    if any(t.lower in lx.TITLE_WORDS or t.lower in lx.HONORIFICS for t in tokens[start:end]):
        return False
    if shaped_like_a_person(tokens[start:end], person_named(name, tokens[start].start)):
        return False  # "Okafor, Mensah and the UN" after "Kwame Mensah": the people module's
        # reading of a lone capitalised word as someone is no evidence
    if end - start > 1 and named_like_someone(tokens[start:end]):
        return False
    if end - start == 1 and everyday_word(tokens[start].lower):
        return start > 0 and tokens[start - 1].lower == "the"
    return True


def named_by_no_noun(name: str) -> bool:
    """A body whose name says no kind ("KTN", "Harbour Gazette") gives its kind to the names
    beside it; one that does ("Coastal Relief Fund") lists other things too: "Kolda, Veldia and
    the Coastal Relief Fund"."""
    return name.split()[-1] not in bw.ORGANISATION_NOUNS


def after_a_place_preposition(tokens: list[Token], start: int) -> bool:
    """A list after "in" or "from" lists places as often: "from Kolda, Veldia and KTN"."""
    before = start - 1 - (start > 0 and tokens[start - 1].lower == "the")
    return before >= 0 and tokens[before].lower in lx.PLACE_PREPOSITIONS


def joined_into_a_body(
    tokens: list[Token], members: list[tuple[int, int]], found: Organisations
) -> bool:
    """Two members that "and" joins into one known body's name: "the Army and Navy Club"."""
    return any(
        found.find(run_text(tokens, first, end)) is not None
        for (first, _), (_, end) in pairwise(members)
    )


def named_like_someone(words: list[Token]) -> bool:
    """Two or three words that open with no common one and end with no body's noun, as a first
    name no list knows and a surname do: "Zendaya Baker"; "Harbour Gazette" and "Dawn
    Magazine" are none."""
    return (
        len(words) <= 3
        and not evidence.is_common_word(words[0].base)
        and words[-1].base not in bw.ORGANISATION_NOUNS
    )


def bodies_listed_together(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations, person_named
) -> None:
    """Every member of a list of three or more is a body when one is known as one and none
    could be anything else. ``person_named(name, at)`` is the article's person a name refers to,
    if any."""
    for members in lists_of_runs(tokens, runs):
        names = [run_text(tokens, start, end) for start, end in members]
        known = [found.find(name) is not None for name in names]
        if not any(k and named_by_no_noun(name) for k, name in zip(known, names, strict=True)):
            continue
        if after_a_place_preposition(tokens, members[0][0]) or joined_into_a_body(
            tokens, members, found
        ):
            continue
        if not all(
            k or could_be_a_body(tokens, s, e, person_named)
            for k, (s, e) in zip(known, members, strict=True)
        ):
            continue
        for (start, _), name, k in zip(members, names, known, strict=True):
            if not k:
                found.add(name, tokens[start].start)

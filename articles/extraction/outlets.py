"""Media outlets an article cites ("told Kanvo", "according to the Metro Ledger"), which are bodies
only where no person is meant."""

from __future__ import annotations

import re

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import PAPER_HEADS, Organisations
from articles.extraction.body_runs import person_of_organisation, run_text, word_and_before
from articles.extraction.kinds import names_a_people, names_a_person
from articles.extraction.tokens import (
    OUTLET_CUE,
    Token,
    is_place_name,
    marked,
)


def outlets(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations, person_named
) -> None:
    """A medium named by how it is used: "told Radio Kopa", "spoke to VOA", "according to the
    Daily Star", "in an interview with Radio Free Asia", "posted on Twitter", "Kyodo
    reported", "a columnist for Quill", "wrote in The Atlantic", "the Post said". A person
    ("told Jane Roe"), a place or a date is none. ``person_named(name, at)`` is the person of
    the article a name refers to, if any: one word is a person's only when the article gives a
    fuller name, a title or a first name ("told Roe" after "Jane Roe"), as news introduces
    people; a one-word medium acts too ("Kyodo contacted")."""
    run_starting = dict(runs)
    run_ending = {end: start for start, end in runs}
    paper_by_its_last_word(tokens, runs, found)
    targets, subjects = [], set()
    for i in marked(tokens[:-1], OUTLET_CUE):
        token = tokens[i]
        if token.lower in lx.MEDIA_VERBS_TOLD:
            targets.append(i + 1)
        elif (token.lower, tokens[i + 1].lower) in lx.OUTLET_CUES:
            targets.append(i + 2)
        elif written_in_a_title(tokens, i):
            targets.append(i + 2)  # "wrote in The Atlantic"
        elif token.lower in lx.OUTLET_SUBJECT_VERBS and i > 0:
            k = i - (i > 1 and tokens[i - 1].lower in REPORTING_ADVERBS)  # "Axios first reported"
            if k in run_ending:
                subjects.add(run_ending[k])
    for start in run_starting:
        k = start - 1 - (start > 0 and tokens[start - 1].lower == "the")
        if k > 0 and tokens[k].lower in {"to", "for", "at"} and tokens[k - 1].lower in WRITERS:
            targets.append(k + 1)  # "a contributor to Quill", "a columnist for the Daily Quill"
        elif k > 0 and tokens[k].lower == "from" and tokens[k - 1].lower in RELEASES:
            targets.append(k + 1)  # "a statement from Kolmar"
    for i in [i for i in run_ending if i < len(tokens) and tokens[i].lower in lx.SPEECH_VERBS]:
        start = run_ending[i]
        if from_a_place(tokens, start):
            continue  # "the Ohio Democrat said": a person from there
        if word_and_before(tokens, start):
            continue  # "the Research and Development Agency said": the end of a name
        if shaped_like_no_person(run_text(tokens, start, i), strictly=True):
            subjects.add(start)  # "Metro Ledger noted"
        elif capital_the_inside(tokens, start):
            subjects.add(start - 1)  # "Next, The Caspian claimed": a publication's title
    for target in targets + sorted(subjects):
        definite = target < len(tokens) and tokens[target].lower == "the"
        target += definite
        end = run_starting.get(target)
        if end is None or tokens[target].base in lx.CALENDAR_WORDS or owned(tokens, end):
            continue
        if tokens[target].acronym and end - target > 1 and reported_person(tokens[target + 1]):
            end = target + 1  # "told NPR Hamza bin Ali had fled": no "that" between
        name = run_text(tokens, target, end)
        person_of = person_of_organisation(name.split())
        if end + 1 in run_starting and word_and_before(tokens, end + 1):
            continue  # "according to the Union's Food and Water Agency": a longer body's start
        if person_of is not None:
            if person_of[1]:
                found.add(person_of[1], tokens[end - len(person_of[1].split())].start)
        elif any(t.lower in lx.TITLE_WORDS or t.lower in lx.HONORIFICS for t in tokens[target:end]):
            continue  # "according to U.S. Attorney Jane Roe"
        elif names_a_person(name):
            continue  # "told Jo Ferro"
        elif (
            tokens[target - 2].lower == "according"
            and end - target == 1
            and not definite
            and not names_a_medium_alone(tokens[target], person_named)
        ):
            continue  # "according to Ferro": a surname as often as a medium
        elif (
            target in subjects
            and end - target == 1
            and evidence.is_common_word(name)
            and not titled_paper(tokens, target)
        ):
            continue  # "Police reported"
        elif is_place_name(name) or names_a_people(tokens[target].base):
            continue
        elif end - target == 1 and tokens[target].base.casefold() in lx.TITLE_WORDS:
            continue  # "a statement from the Secretary-General's spokesperson": an office
        elif not is_a_person(name, person_named) or shaped_like_no_person(name):
            found.add(name, tokens[target].start)


def owned(tokens: list[Token], end: int) -> bool:
    """A name before a lowercase noun for a body or a team only says whose it is: "a statement
    from the Kamara campaign", "told the Osei team"."""
    word = tokens[end] if end < len(tokens) else None
    return word is not None and word.text == word.lower and word.lower in OWNED_BODIES


OWNED_BODIES = lx.DEFINITE_ORG_WORDS | lx.GENERIC_ORG_WORDS | lx.words("campaign team camp")


def paper_by_its_last_word(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """ "The Post said", "the Times had erred": "the" and a paper's last word alone, before a
    verb, call a paper again by the end of its name (folded into the whole name later, see
    Organisations.fold_short_names); "the Post office" is none."""
    for start, end in runs:
        if end != start + 1 or end >= len(tokens) or tokens[start].base not in PAPER_HEADS:
            continue
        after = tokens[end]
        verb = after.lower in lx.SPEECH_VERBS or after.lower in lx.AUXILIARIES
        if start > 0 and tokens[start - 1].lower == "the" and after.text == after.lower and verb:
            found.add(tokens[start].base, tokens[start].start)


def written_in_a_title(tokens: list[Token], i: int) -> bool:
    """ "wrote in The Atlantic", "writing in The Lancet": a capital "The" inside a sentence
    opens a publication's name; "wrote in Lagos" names a place."""
    return (
        tokens[i].lower in {"wrote", "writing", "written", "published"}
        and i + 2 < len(tokens)
        and tokens[i + 1].lower == "in"
        and tokens[i + 2].text == "The"
    )


SENTENCE_OPENINGS = frozenset('.!?:;"“”(')


def capital_the_inside(tokens: list[Token], start: int) -> bool:
    """A capital "The" inside a sentence before a name opens a title ("Next, The Caspian
    claimed"), whatever the name's word is, a sea's too."""
    return (
        start > 1
        and tokens[start - 1].text == "The"
        and tokens[start - 2].text not in SENTENCE_OPENINGS
        and tokens[start - 2].quote < 0
    )


REPORTING_ADVERBS = lx.words("first also earlier later previously initially originally")
"""Words between a medium and "reported" that say when: "Axios first reported"."""


def reports(tokens: list[Token], i: int) -> bool:
    """Whether the verb at ``i``, past a word that says when, is what a medium does with news:
    "reported", "first reported", "quoted"."""
    i += i + 1 < len(tokens) and tokens[i].lower in REPORTING_ADVERBS
    return i < len(tokens) and tokens[i].lower in lx.OUTLET_SUBJECT_VERBS


WRITERS = lx.words("""
    contributor columnist correspondent reporter writer editor journalist commentator
    contributors columnists correspondents reporters writers editors journalists
    """)
"""Who writes for a medium: "a contributor to Quill" names the medium."""


RELEASES = lx.words("statement statements figures data estimates release")
"""What a body publishes: "figures from Kolmar" names the body; "reports from Kolda" are as
often news from a place."""


def reported_person(word: Token) -> bool:
    """A first name that no common word is opens the person a medium was told about."""
    return evidence.is_first_name(word.base) and not evidence.is_common_word(word.base)


def titled_paper(tokens: list[Token], i: int) -> bool:
    """ "The" and one capitalised word that no occupation or role is, reporting, name a paper
    or a body: "The Independent reported", "the Clarion reported"; "the Doctor" does not."""
    return i > 0 and tokens[i - 1].lower == "the" and not evidence.is_occupation(tokens[i].base)


def names_a_medium_alone(token: Token, person_named) -> bool:
    """One word after "according to" is a medium when nothing makes it a person's: no one in
    the article has it as a surname or with a title, it is no first name and no English word ("according to
    Meridor"); "according to Ferro" after "Jo Ferro", "according to Police" are no media."""
    word = token.base
    return (
        not is_a_person(word, person_named)
        and not evidence.is_first_name(word)
        and not evidence.is_common_word(word)
        and word.casefold() not in lx.TITLE_WORDS
    )


def is_a_person(name: str, person_named) -> bool:
    person = person_named(name, 1 << 60)
    if person is None:
        return False
    return " " in name or " " in person.name or bool(person.title) or evidence.is_first_name(name)


def from_a_place(tokens: list[Token], start: int) -> bool:
    """ "the", a place and a noun describe someone or something from there: "the Ohio
    Democrat", "the Lagos native"."""
    return start > 0 and tokens[start - 1].lower == "the" and is_place_name(tokens[start].base)


CAMEL_CASE = re.compile(r"[a-z][A-Z]")
SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z][a-z]+$")


def shaped_like_no_person(name: str, strictly: bool = False) -> bool:
    """A name whose shape no person's has: a figure ("Kanal9"), a capital inside a word
    ("NewsHub", but "McCain" and "DeSantis" are people), or, ``strictly``, two or more words
    that are all places or common English words (not in capitals: "DG Roe"), none a first
    name or a title ("Metro Ledger", "Lagos Voice")."""
    words = name.split()
    if not strictly:
        if any(c.isdigit() for c in name):
            return True
        if any(CAMEL_CASE.search(w) and not SURNAME_PREFIX.match(w) for w in words):
            return True
    if len(words) < 2 or words[-1].casefold() in lx.PLACE_NOUNS or words[-1].endswith("s"):
        return False
    return all(
        (is_place_name(w) or (evidence.is_common_word(w) and not w.isupper()))
        and w[:1].isupper()
        and not evidence.is_first_name(w)
        and w.casefold() not in lx.TITLE_WORDS
        and w not in lx.DEMONYMS
        and not evidence.is_inflected(w.casefold())
        for w in words
    )

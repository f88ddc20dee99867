"""Organisations an article names: the rules that find a body's full name in the text, and
``find_organisations()``, which runs them and the acronym rules (acronyms.py) over a paragraph."""

from __future__ import annotations

import re
from itertools import pairwise

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.acronyms import (
    KIND_ACRONYMS,
    acronym_in_apposition,
    acronyms_alone,
    define_acronyms,
    hashtags,
    other_name_given,
)
from articles.extraction.bodies import DESK_HEADS, Organisations, organisation_in_run, owner_before
from articles.extraction.body_runs import (
    ampersand_opening,
    and_name_opening,
    named_by_a_number,
    numbered_committee,
    person_before_a_body,
    person_of_organisation,
    plain_capitalised,
    run_text,
    title_and_field,
    word_and_before,
)
from articles.extraction.companies import companies_by_kind, company_with_legal_ending
from articles.extraction.kinds import (
    group_known_as,
    group_with_lowercase_head,
    institution_with_lowercase_head,
    named_after_its_kind,
    party_of_a_member,
    seat_that_acts,
    spokesperson_of,
)
from articles.extraction.tokens import (
    ARABIC_ARTICLE,
    CAUSE_LINKS,
    COMMON_BODY,
    Token,
    capitalised_runs,
    is_place_name,
    marked,
    strip_possessive,
)


def find_organisations(
    paragraph_tokens: list[list[Token]],
    skip_before: int,
    paragraph_runs: list[list[tuple[int, int]]] | None = None,
) -> Organisations:
    """Organisations named in the article (see each rule below); acronyms are defined first,
    so that a use before the definition is known too. ``paragraph_runs``, the capitalised runs
    of each paragraph when the caller has them already, saves reading them twice."""
    found = Organisations()
    paragraphs = []
    for index, tokens in enumerate(paragraph_tokens):
        if tokens and tokens[0].start < skip_before:
            agency_in_dateline([t for t in tokens if t.start < skip_before], found)
            tokens = [t for t in tokens if t.start >= skip_before]
            paragraphs.append((tokens, capitalised_runs(tokens)))
        elif paragraph_runs is not None:
            paragraphs.append((tokens, paragraph_runs[index]))
        else:
            paragraphs.append((tokens, capitalised_runs(tokens)))
    for tokens, _ in paragraphs:
        found.not_organisations |= hashtags(tokens)
    for tokens, runs in paragraphs:
        define_acronyms(tokens, runs, found)
    for tokens, runs in paragraphs:
        run_starting = dict(runs)
        for start, end in runs:
            if not opens_a_longer_name(tokens, start, end, run_starting):
                end_of_name = name_goes_on(tokens, start, end, run_starting)
                name_organisation_run(tokens, start, end_of_name, found)
            acronym_in_apposition(tokens, start, end, found)
            company_with_legal_ending(tokens, start, end, found)
        institution_with_lowercase_head(tokens, runs, found)
        group_with_lowercase_head(tokens, runs, found)
        spokesperson_of(tokens, runs, found)
        common_bodies(tokens, found)
        named_after_its_kind(tokens, runs, found)
        party_of_a_member(tokens, runs, found)
        seat_that_acts(tokens, runs, found)
        group_known_as(tokens, runs, found)
        companies_by_kind(tokens, runs, found)
        acronyms_alone(tokens, found)
        other_name_given(tokens, runs, found)
    for tokens, runs in paragraphs:
        desks_of_bodies(tokens, runs, found)
    found.fold_inverted_names()
    found.fold_spelled_acronyms()
    return found


def opens_a_longer_name(
    tokens: list[Token], start: int, end: int, run_starting: dict[int, int]
) -> bool:
    """A run that "and" and another run continue into one body's name is no body alone:
    "Senate Finance" in "the Senate Finance and Budget Committee"."""
    return end + 1 in run_starting and 0 <= and_name_opening(tokens, end + 1) <= start


def agency_in_dateline(tokens: list[Token], found: Organisations) -> None:
    """The body in brackets in a dateline: "GENEVA (ICRC) -", "Kano (Tamberlo Aid) -"; a date
    in brackets is none: "GENEVA (12 March 2026) -"; a body's name read as a dateline's place
    is the body the acronym shortens: "The Velora Institute (VI) – a charity – said"."""
    opening = next((i for i, t in enumerate(tokens) if t.text == "("), None)
    closing = next((i for i, t in enumerate(tokens) if t.text == ")"), None)
    if opening is None or closing is None or closing - opening < 2:
        return
    name = " ".join(t.text for t in tokens[opening + 1 : closing])
    if name[0].isdigit() or is_place_name(name) or name in found.not_organisations:
        return
    words = [t.text for t in tokens[:opening] if t.lower != "the"]
    if closing - opening == 2 and tokens[opening + 1].acronym and organisation_in_run(words):
        found.add(" ".join(words), tokens[0].start, name)  # "The Velora Institute (VI) –"
        return
    found.add(name, tokens[opening + 1].start)


COMMON_NAME = re.compile(
    "|".join(re.escape(n) for n in sorted(bw.COMMON_ORGANISATION_NAMES, key=lambda n: (-len(n), n)))
)
"""A common body's full name anywhere in a run, the longest first where two start together."""


ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def transliterated_body(words: list[str]) -> bool:
    """A transliterated name that opens with a word for a movement, front or army and goes on
    as such names do, with an Arabic article or a Persian or Urdu "-e-": "Jabhat al-Nasr",
    "Lashkar-e-Khalid". No person is named so ("Ansar Burney" is one), and a place only with
    another first word ("Mazar-e-Sharif")."""
    opening, _, rest = words[0].partition("-")
    if opening not in bw.TRANSLITERATED_ORGANISATION_NOUNS:
        return False
    return rest.startswith("e-") or any(ARABIC_ARTICLE.match(w) for w in words[1:])


def named_for_a_cause(words: list[str]) -> bool:
    """A group named by who its members are and what they stand for: "Americans for
    Prosperity", "Mothers Against Violence", "Reporters Without Borders"; no person or place
    is named so."""
    return (
        len(words) >= 3
        and words[1].casefold() in CAUSE_LINKS
        and words[0].endswith("s")
        and (evidence.is_common_word(words[0]) or words[0].removesuffix("s") in lx.DEMONYMS)
        and words[2][:1].isupper()
    )


def causes_listed(words: list[str]) -> list[tuple[int, str]]:
    """The groups named for a cause in a run, with where each starts: one ("Veterans for
    Peace and Justice") or several joined by "and" ("Ghanaians for Safe Roads and Veterans for
    Peace")."""
    if CAUSE_LINKS.isdisjoint(words):
        return []
    cuts = [0] + [k + 1 for k, w in enumerate(words) if w == "and"] + [len(words) + 1]
    parts = [(a, words[a : b - 1]) for a, b in pairwise(cuts)]
    if len(parts) > 1 and all(named_for_a_cause(part) for _, part in parts):
        return [(a, strip_possessive(" ".join(part))) for a, part in parts]
    return [(0, strip_possessive(" ".join(words)))] if named_for_a_cause(words) else []


def name_goes_on(tokens: list[Token], start: int, end: int, run_starting: dict[int, int]) -> int:
    """Where a body's name ends when it goes on past a lowercase word: with its purpose,
    "to" and a capitalised common word ("Coalition to End Hunger"; not a name: "a letter from
    the Ministry to Jane Roe", "to Reuters"), with the place a mission sits in ("Embassy
    in Nairobi"), or with a second field after "on" ("Committee on Oversight and Reform")."""
    while end + 2 < len(tokens):
        step = 2 if tokens[end].lower == "in" and tokens[end + 1].lower == "the" else 1
        if end + step not in run_starting:
            break
        link, head, after = tokens[end].lower, tokens[end - 1].base, run_starting[end + step]
        if link == "to" and head in bw.ORGANISATION_NOUNS:
            purpose = tokens[end + 1]
            goes_on = (
                evidence.is_common_word(purpose.lower)
                and not purpose.acronym
                and purpose.base not in bw.COMMON_ORGANISATIONS
                and not evidence.is_first_name(purpose.base)
                and not is_place_name(purpose.base)
            )
        elif link == "and":
            goes_on = any(t.lower == "on" for t in tokens[start:end]) and all(
                plain_capitalised(t) and t.base not in bw.ORGANISATION_NOUNS
                for t in tokens[end + 1 : after]
            )
        else:
            goes_on = (
                link == "in"
                and head in bw.LOCATED_BODIES
                and is_place_name(run_text(tokens, end + step, after))
            )
        if not goes_on:
            break
        end = after
    return end


PRESS_EVENTS = lx.words("briefing briefings conference conferences release releases")
"""What a press office holds or issues, which its noun names with it: "Press Briefing"."""


def title_noun_ends(tokens: list[Token], end: int) -> bool:
    """Does the run's last word make a title or an event with the word after it ("Press
    Secretary", "Communications Director", "Press Briefing") rather than end the body's
    name?"""
    return tokens[end - 1].lower in lx.TITLE_NOUNS and (
        tokens[end].lower in lx.TITLE_WORDS or tokens[end].lower in PRESS_EVENTS
    )


def inner_title(tokens: list[Token], start: int, end: int) -> int:
    """Where a title of two words ("Press Secretary", "Communications Director") stands inside
    a run, after a body's name and before more capitals: "Agency Press Secretary Air Force
    Col. Jo Lam"; -1 when none does."""
    return next(
        (m for m in range(start + 1, end - 2) if title_noun_ends(tokens, m + 1)),
        -1,
    )


def desks_of_bodies(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """A part of a body named after the body in the possessive takes the body's name: "VOA's
    Kurdish Service" is "VOA Kurdish Service", no body called "Kurdish Service"; a part named
    for a region with "of" keeps all of it: "KNA's Horn of Kolda Service" is "KNA Horn of Kolda
    Service", never "Kolda Service"."""
    for start, end in runs:
        if start < 1 or not tokens[start - 1].possessive or tokens[end - 1].base not in DESK_HEADS:
            continue
        part = next(
            (p for k in range(start, end) if (p := found.find(run_text(tokens, k, end)))), None
        )
        owner = found.find(strip_possessive(tokens[start - 1].base))
        if part is not None and owner is not None and part is not owner:
            found.rename(part, f"{owner.acronym or owner.name} {run_text(tokens, start, end)}")


def name_organisation_run(tokens: list[Token], start: int, end: int, found: Organisations) -> None:
    """A run built on an organisation noun ("Coastal Observatory for Human Rights"), a common
    body ("United Nations") or a known acronym. An owner in the possessive is left out of the
    name and kept in an alias: "Veldia's Health Ministry" is the Health Ministry."""
    while end - start > 1 and tokens[start].lower in PAST_MODIFIERS:
        start += 1  # "Former Navy Secretary Ray Okafor": the Navy
    if end - start > 1 and tokens[start].base in KIND_ACRONYMS:
        found.add(run_text(tokens, start + 1, end), tokens[start + 1].start)
        return  # "super PAC Priorities USA Action": the kind, then the name
    if numbered := named_by_a_number(tokens, start, end):
        found.add(run_text(tokens, start, numbered), tokens[start].start)  # "Committee of 24"
    if end - start == 1 and bw.is_legal_form(tokens[start].text):
        if numbered := numbered_name(tokens, start):
            found.add(run_text(tokens, numbered, end), tokens[numbered].start)  # "Kestrel 9 LLC"
        elif (opening := ampersand_opening(tokens, start)) >= 0:
            found.add(run_text(tokens, opening, end), tokens[opening].start)  # "Brannock & Co."
        return  # a legal form alone names no company: "an LLC"
    words = [t.text for t in tokens[start:end]]
    if title_and_field(words):
        return  # "IOM Chief of Mission": an office, whose body the acronym names
    if (joined := people_of_bodies_joined(words)) > 0:
        name_organisation_run(tokens, start, start + joined, found)
        name_organisation_run(tokens, start + joined + 1, end, found)
        return
    person_of = person_of_organisation(words)
    if person_of is not None:
        if person_of[1]:
            offset = len(words) - len(person_of[1].split())
            found.add(person_of[1], tokens[start + offset].start)
        return
    inner = inner_title(tokens, start, end)
    if inner > start:  # "Agency Press Secretary Air Force Col. Jo Lam": two bodies, a title between
        name_organisation_run(tokens, start, inner, found)
        name_organisation_run(tokens, inner + 2, end, found)
        return
    span = organisation_in_run(words)
    if span is not None and 1 < span[1] < len(words) and title_noun_ends(tokens, start + span[1]):
        span = organisation_in_run(words[: span[1] - 1])  # "Deputy Press Secretary": no body
        if span is None:
            return  # "White House Press Secretary": the seat is read by kinds.seat_that_acts
    chamber = span == (0, 2) and tokens[start + 1].base in bw.SINGLE_WORD_BODIES
    if chamber and leaning_of_a_chamber(tokens[start]):
        start, span = start + 1, (0, 1)  # "the Republican Senate" is the Senate
    if span is not None:
        first, last = start, start + span[1]
        if word_and_before(tokens, start):
            first = and_name_opening(tokens, start)  # "the Law and Justice Party"
        elif ampersand_opening(tokens, start) >= 0:
            first = ampersand_opening(tokens, start)  # "Marrow & Finch Ltd"
        first += person_before_a_body([t.base for t in tokens[first:last]])
        possessive = tokens[last - 1].possessive  # "the Council's 1267 committee"
        if first > 0 and ORDINAL.match(tokens[first - 1].text):
            first -= 1  # "the 3rd Infantry Division"
        elif numbered := numbered_name(tokens, first):
            first = numbered  # "Harborview Level 1 Trauma Center"
        elif numbered_committee(tokens, first, last):
            first -= 1  # "the 2291 Sanctions Committee"
        if last == end < len(tokens) and tokens[last].text.isdigit() and not possessive:
            last += 1  # "the Sanctions Committee 1267"
        name = run_text(tokens, first, last)
        bracketed = tokens[start - 2] if start > 2 and tokens[start - 1].text == ")" else None
        whole = found.find(bracketed.base) if bracketed is not None else None
        if whole is not None and whole.acronym == bracketed.base:
            # "Orvan Trade Union (OTU) General Assembly"
            body = found.add(f"{whole.name} {name}", tokens[start].start)
            found.add_alias(body, f"{whole.acronym} {name}")
        elif not names_a_kind(tokens, start, start + span[1]):
            owned = owner_before(words[: span[1]])
            first = start + owned if owned else first
            body = found.add(run_text(tokens, first, last), tokens[first].start)
            if owned:
                found.add_alias(body, name)
            elif (
                start > 0 and tokens[start - 1].possessive and is_place_name(tokens[start - 1].base)
            ):
                found.add_alias(body, f"{tokens[start - 1].text} {name}")  # "Veldia's"
            elif last - first > 2 and names_a_country(tokens[first]):
                found.add_alias(body, run_text(tokens, first + 1, last))  # "Veldic" Health Ministry
            if legal_form_ends(tokens, first, last):
                found.add_alias(body, run_text(tokens, first, last - 1))  # "Kelso" of "Kelso AG"
        if last + 2 < end and [t.lower for t in tokens[last : last + 2]] == ["and", "the"]:
            name_organisation_run(tokens, last + 2, end, found)  # "X Alliance and the Y Party"
        return
    text = run_text(tokens, start, end)
    if found.find(text) is not None:
        return
    if transliterated_body(words) or acronym_and_a_word(tokens, start, end, found):
        found.add(text, tokens[start].start)
        return
    causes = causes_listed(words)
    if causes:
        for offset, cause in causes:
            found.add(cause, tokens[start + offset].start)
        return
    common = COMMON_NAME.search(text)
    if common is not None and common.start() == 0 and text[common.end() :].startswith(" of "):
        found.add(text, tokens[start].start)  # "Red Cross of the North"
    elif common is not None and national_society(text[: common.start()], common.group()):
        found.add(text[: common.end()], tokens[start].start)  # "Kenyan Red Cross"
    elif common is not None:
        found.add(common.group(), tokens[start].start)


def legal_form_ends(tokens: list[Token], first: int, last: int) -> bool:
    """Does a legal form end the company's name, after a name that is no common word alone
    ("Kelso A.G." is "Kelso" too; "Wrestling Inc" is not "Wrestling")?"""
    return (
        last - first > 1
        and bw.is_legal_form(tokens[last - 1].text)
        and not (last - first == 2 and evidence.is_common_word(tokens[first].base))
    )


def people_of_bodies_joined(words: list[str]) -> int:
    """Where "and" joins two people, each named with the body they belong to: "Jane Roe of the
    Velora Institute and Tomas Vera of Marrow Trust" names two bodies, never one that runs on
    over the second person; 0 when no "and" does."""
    for k, word in enumerate(words):
        if (
            word == "and"
            and person_of_organisation(words[:k]) is not None
            and person_of_organisation(words[k + 1 :]) is not None
        ):
            return k
    return 0


PAST_MODIFIERS = lx.words("former then ex late retired onetime longtime outgoing incoming")
"""Words before a title that say when a person held it, no part of a body's name."""


def numbered_name(tokens: list[Token], first: int) -> int:
    """Where a name opens that a figure splits ("Harborview Level 1 Trauma Center"), so that
    the part after the figure is no body alone; 0 when none does ("June 5 Movement" is a
    date's)."""
    if first < 2 or not tokens[first - 1].text.isdigit():
        return 0
    opening = first - 1
    while (
        opening > 0
        and first - opening < 4
        and tokens[opening - 1].capitalised
        and not tokens[opening - 1].possessive  # "Okafor's Kestrel 9 LLC": its owner's
    ):
        opening -= 1
    if opening == first - 1 or tokens[first - 2].base in lx.CALENDAR_WORDS:
        return 0
    return opening


NATIONAL_SOCIETIES = frozenset({"Red Cross", "Red Crescent"})
"""Movements whose members are each a nation's own society, named by the nation."""


def national_society(before: str, common: str) -> bool:
    """A nation's own society of a movement, named by its demonym or its country: "Kenyan Red
    Cross", "Syrian Arab Red Crescent", "Nepal Red Cross"; a country named in the plural lends
    its singular: "Comoro Red Crescent"."""
    words = before.split()
    return (
        common in NATIONAL_SOCIETIES
        and bool(words)
        and all(
            w in lx.DEMONYMS
            or evidence.speaks_for_a_state(w)
            or evidence.speaks_for_a_state(w + "s")
            for w in words
        )
    )


LEANING_ENDINGS = ("an", "ic", "ive")
"""Endings of the adjectives that say which side holds a chamber: "Republican", "Democratic",
"Conservative"."""


def leaning_of_a_chamber(word: Token) -> bool:
    """A party's adjective before a chamber says who holds it, not what it is called: "the
    Republican Senate" is the Senate; a nation's ("the Kenyan Parliament") names it."""
    return (
        word.lower.endswith(LEANING_ENDINGS)
        and evidence.is_common_word(word.lower)
        and word.base not in lx.DEMONYMS
        and not is_place_name(word.base)
        and not evidence.speaks_for_a_state(word.base)
    )


NO_BODY_AFTER_AN_ACRONYM = lx.words("Resolution Resolutions Report Reports Statement Data")


def acronym_and_a_word(tokens: list[Token], start: int, end: int, found: Organisations) -> bool:
    """A body named by a known body's acronym and one common word: "UN Women", "EU Habitat";
    a title, a role, a plural of people or a document after the acronym ("UN Envoy", "EU
    Ministers", "UN Monitors", "UN Charter", "UN Resolution") names none, and neither do two
    words that go on as a description ("EU Foreign ministers")."""
    words = tokens[start:end]
    if end < len(tokens) and tokens[end].is_word and tokens[end].text == tokens[end].lower:
        after = tokens[end].lower
        verb = after in lx.AUXILIARIES or after in lx.SPEECH_VERBS or after in lx.NOT_VERBS
        verb = verb or (after.endswith(("ed", "s")) and not evidence.is_title_like(after[:-1]))
        if not verb:
            return False
    if len(words) != 2 or not words[0].acronym or words[1].acronym:
        return False
    if words[0].base not in bw.COMMON_ORGANISATIONS and found.find(words[0].base) is None:
        return False
    word = words[1]
    singular = word.lower.removesuffix("s")
    return (
        evidence.is_common_word(word.base)
        and not word.possessive
        and word.base not in NO_BODY_AFTER_AN_ACRONYM
        and word.base not in bw.NOT_ORGANISATION_ENDINGS
        and not word.lower.endswith(lx.PLURAL_COMMON_ENDINGS)
        and not evidence.is_title_like(word.lower)
        and not evidence.is_title_like(singular)
        and not evidence.is_occupation(word.lower)
        and word.lower not in lx.TITLE_MODIFIERS
    )


def names_a_country(token: Token) -> bool:
    """A country or its adjective before a ministry, which the article may leave out."""
    return token.base in lx.DEMONYMS or evidence.speaks_for_a_state(token.base)


def names_a_kind(tokens: list[Token], start: int, end: int) -> bool:
    """A name after "a" or "an" that ends its phrase names a kind or a designation, no body:
    "listed as a Proscribed Armed Organisation." ("a Senate committee" still names one)."""
    before = start - 1
    while before >= 0 and tokens[before].modifier:
        before -= 1
    if before < 0 or tokens[before].lower not in {"a", "an"}:
        return False
    return end >= len(tokens) or not tokens[end].is_word or tokens[end].lower in lx.NOT_VERBS


def common_bodies(tokens: list[Token], found: Organisations) -> None:
    """A very common body named by one word, anywhere: "Reuters reported", "the Taliban"; after
    foreign words it ends another body's name: "Zumrat Hezbollah" is a group of its own; after
    a first name it is a person's surname."""
    for i in marked(tokens, COMMON_BODY):
        token = tokens[i]
        start = i
        while start > 0 and is_foreign_name_word(tokens[start - 1]):
            start -= 1
        if start < i:
            found.add(run_text(tokens, start, i + 1), tokens[start].start)
        elif i > 0 and evidence.is_first_name(tokens[i - 1].base) and tokens[i - 1].capitalised:
            continue  # "Mayor Jo Reuters": a person's surname
        elif found.find(token.base) is None:
            found.add(bw.COMMON_ORGANISATIONS[token.base], token.start)


def is_foreign_name_word(token: Token) -> bool:
    """A capitalised word that no English text, place, title or first name explains: a
    transliterated name's word ("Jaish", "Ansar")."""
    return (
        token.capitalised
        and token.is_word
        and not token.acronym
        and token.base not in lx.DEMONYMS
        and token.lower not in lx.TITLE_WORDS
        and not evidence.is_common_word(token.base)
        and not is_place_name(token.base)
        and not evidence.is_first_name(token.base)
    )


MARK_INSIDE = re.compile(r"[a-z][A-Z]")
"""A capital after a lowercase letter inside one word: a maker's mark ("MiG", "EastMed")."""


def drop_named_things(paragraph_tokens: list[list[Token]], found: Organisations) -> None:
    """A one-word name with a capital inside that the article writes before a kind of machine
    or works is a type, never a body, wherever else it stands: "a Veldian MiG fighter" and
    then "the same MiG made a second pass", "the NordLine pipeline"."""
    marks = {
        token.base
        for tokens in paragraph_tokens
        for token, after in pairwise(tokens)
        if after.text in bw.THING_HEADS and MARK_INSIDE.search(token.base)
    }
    for org in [o for o in found.items if o.name in marks and not o.acronym and not o.aliases]:
        found.drop(org)

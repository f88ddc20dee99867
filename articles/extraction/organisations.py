"""Organisations an article names: the rules that find a body's full name in the text, and
``find_organisations()``, which runs them and the acronym rules (acronyms.py) over a paragraph."""

from __future__ import annotations

import re

from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.acronyms import acronym_in_apposition, acronyms_alone, define_acronyms
from articles.extraction.bodies import (
    Organisations,
    organisation_in_run,
    person_of_organisation,
    run_text,
)
from articles.extraction.tokens import (
    ARABIC_ARTICLE,
    COMMON_BODY,
    KIND_CUE,
    Token,
    capitalised_runs,
    is_place_name,
    marked,
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
    for tokens, runs in paragraphs:
        define_acronyms(tokens, runs, found)
    for tokens, runs in paragraphs:
        run_starting = dict(runs)
        for start, end in runs:
            name_organisation_run(tokens, start, name_goes_on(tokens, end, run_starting), found)
            acronym_in_apposition(tokens, start, end, found)
        institution_with_lowercase_head(tokens, runs, found)
        group_with_lowercase_head(tokens, runs, found)
        spokesperson_of(tokens, runs, found)
        common_bodies(tokens, found)
        named_after_its_kind(tokens, runs, found)
        acronyms_alone(tokens, found)
    return found


def agency_in_dateline(tokens: list[Token], found: Organisations) -> None:
    """The body in brackets in a dateline: "GENEVA (ICRC) -", "Kano (Tamberlo Aid) -"."""
    opening = next((i for i, t in enumerate(tokens) if t.text == "("), None)
    closing = next((i for i, t in enumerate(tokens) if t.text == ")"), None)
    if opening is None or closing is None or closing - opening < 2:
        return
    name = " ".join(t.text for t in tokens[opening + 1 : closing])
    if not is_place_name(name) and name not in found.not_organisations:
        found.add(name, tokens[opening + 1].start)


COMMON_NAME = re.compile(
    "|".join(re.escape(n) for n in sorted(lx.COMMON_ORGANISATION_NAMES, key=lambda n: (-len(n), n)))
)
"""A common body's full name anywhere in a run, the longest first where two start together."""


ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def transliterated_body(words: list[str]) -> bool:
    """A transliterated name that opens with a word for a movement, front or army and goes on
    as such names do, with an Arabic article or a Persian or Urdu "-e-": "Jabhat al-Nasr",
    "Lashkar-e-Khalid". No person is named so ("Ansar Burney" is one), and a place only with
    another first word ("Mazar-e-Sharif")."""
    opening, _, rest = words[0].partition("-")
    if opening not in lx.TRANSLITERATED_ORGANISATION_NOUNS:
        return False
    return rest.startswith("e-") or any(ARABIC_ARTICLE.match(w) for w in words[1:])


def name_goes_on(tokens: list[Token], end: int, run_starting: dict[int, int]) -> int:
    """Where a body's name ends when it goes on past a lowercase word: with its purpose,
    "to" and a capitalised common word ("Coalition to End Hunger"; not a name: "a letter from
    the Ministry to Jane Roe", "to Reuters"), or with the place a mission sits in ("Embassy
    in Nairobi")."""
    while end + 1 < len(tokens) and end + 1 in run_starting:
        link, head, after = tokens[end].lower, tokens[end - 1].base, run_starting[end + 1]
        if link == "to" and head in lx.ORGANISATION_NOUNS:
            purpose = tokens[end + 1]
            goes_on = (
                evidence.is_common_word(purpose.lower)
                and not purpose.acronym
                and purpose.base not in lx.COMMON_ORGANISATIONS
                and not evidence.is_first_name(purpose.base)
                and not is_place_name(purpose.base)
            )
        else:
            goes_on = (
                link == "in"
                and head in lx.LOCATED_BODIES
                and is_place_name(run_text(tokens, end + 1, after))
            )
        if not goes_on:
            break
        end = after
    return end


def name_organisation_run(tokens: list[Token], start: int, end: int, found: Organisations) -> None:
    """A run built on an organisation noun ("Coastal Observatory for Human Rights"), a common
    body ("United Nations") or a known acronym."""
    words = [t.text for t in tokens[start:end]]
    person_of = person_of_organisation(words)
    if person_of is not None:
        if person_of[1]:
            offset = len(words) - len(person_of[1].split())
            found.add(person_of[1], tokens[start + offset].start)
        return
    span = organisation_in_run(words)
    if span is not None:
        first, last = start, start + span[1]
        if first > 0 and ORDINAL.match(tokens[first - 1].text):
            first -= 1  # "the 3rd Infantry Division"
        if last == end < len(tokens) and tokens[last].text.isdigit():
            last += 1  # "the Sanctions Committee 1267"
        name = run_text(tokens, first, last)
        bracketed = tokens[start - 2] if start > 2 and tokens[start - 1].text == ")" else None
        whole = found.find(bracketed.base) if bracketed is not None else None
        if whole is not None and whole.acronym == bracketed.base:
            # "Orvan Trade Union (OTU) General Assembly"
            body = found.add(f"{whole.name} {name}", tokens[start].start)
            found.add_alias(body, f"{whole.acronym} {name}")
        elif not names_a_kind(tokens, start, start + span[1]):
            found.add(name, tokens[first].start)
        return
    text = run_text(tokens, start, end)
    if found.find(text) is not None:
        return
    if transliterated_body(words):
        found.add(text, tokens[start].start)
        return
    common = COMMON_NAME.search(text)
    if common is not None and common.start() == 0 and text[common.end() :].startswith(" of "):
        found.add(text, tokens[start].start)  # "Red Cross of the North"
    elif common is not None:
        found.add(common.group(), tokens[start].start)


def named_after_its_kind(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A body introduced by what it is ("Kenyan airline Baobab Air", "news site Kropka.com",
    "firms including Vexa Rail, Brondel", "the ruling Unity Front"), and a legislature named
    by one word ("the Senate")."""
    run_starting = dict(runs)
    listing = False
    # other lowercase words change nothing: only capitals, dotted words, kinds and stops do
    for i in marked(tokens, KIND_CUE):
        token = tokens[i]
        if token.base in lx.SINGLE_WORD_BODIES and names_the_body(tokens, i, run_starting):
            found.add(token.base, token.start)
        if token.lower in lx.ORGANISATION_KINDS_PLURAL:
            listing = True
            continue
        if token.text in {".", ";"}:
            listing = False
        if token.lower.endswith(lx.WEBSITE_ENDINGS) and token.is_word:
            found.add(domain_name(tokens, i), token.start)  # "Kropka.com", wherever it stands
        if i not in run_starting:
            continue
        if described_after(tokens, run_starting[i]):
            name = run_text(tokens, i, run_starting[i])
            if not (is_place_name(name) or names_a_person(name)):
                found.add(name, token.start)  # "Kropka, a news site,"
        if i == 0:
            continue
        before = tokens[i - 1].text  # "airline Baobab Air"; "Broadcaster Jo Lam" is a person
        if (
            before in lx.ORGANISATION_KINDS
            or before in lx.PARTY_ADJECTIVES
            or (listing and before in {",", "including", "and"})
        ):
            name = run_text(tokens, i, run_starting[i])
            if before.endswith(evidence.PERSON_NOUN_ENDINGS) and names_a_person(name):
                continue  # "its operator Jo Lam"
            if before in lx.PARTY_ADJECTIVES and names_a_person(name):
                continue  # "opposition Jo Lam"
            if is_place_name(name) or name in found.not_organisations or names_a_model(name):
                continue
            found.add(name, token.start)


def domain_name(tokens: list[Token], i: int) -> str:
    """A site's whole name, with a country's ending the tokens split off: "Kropka.com.pl"."""
    name, end = tokens[i].base, tokens[i].end
    while (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == end
        and tokens[i + 2].start == end + 1
        and tokens[i + 2].text.isalpha()
        and tokens[i + 2].text.islower()
    ):
        i += 2
        name, end = f"{name}.{tokens[i].text}", tokens[i].end
    return name


def is_agent_noun(word: str) -> bool:
    """Who does something, a person as often as a body: "operator" (operate), "lender" (lend),
    "carrier" (carry); "newspaper" is none."""
    if not word.endswith(("er", "or")):
        return False
    stem = word[:-2]
    stems = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem)
    return any(len(s) > 2 and evidence.is_common_word(s) for s in stems)


ASIDE_KINDS = frozenset(
    kind
    for kind in lx.ORGANISATION_KINDS - lx.SERVICE_KINDS
    if not (evidence.is_occupation(kind) or is_agent_noun(kind))
)
"""Kinds that say, in an aside, that a name is a body's: not a service ("an app"), nor a word
for a person too ("Jo Lam, an operator at the plant", "a broadcaster")."""


def described_after(tokens: list[Token], end: int) -> bool:
    """Is a name followed by an aside that says it is a body: ", a Kenyan airline," or ", an
    aid group based in"? In ", a party official" the kind only describes the head, and ", a
    messaging app" is a service."""
    if (
        end + 2 >= len(tokens)
        or tokens[end].text != ","
        or tokens[end + 1].lower
        not in {
            "a",
            "an",
        }
    ):
        return False
    k = end + 2
    while k < len(tokens) and k - end < 6 and tokens[k].is_word:
        token = tokens[k]
        if token.lower in lx.NOT_VERBS or token.lower in lx.DETERMINERS:
            break
        if token.lower in ASIDE_KINDS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return (
                after is None
                or not after.is_word
                or after.text != after.lower
                or (after.lower in lx.NOT_VERBS or after.lower.endswith("ed"))
            )
        k += 1
    return False


def names_a_model(name: str) -> bool:
    """A maker's name and a model number is a product: "Loral K40s", "Vexa 7"."""
    words = name.split()
    return len(words) > 1 and any(c.isdigit() for c in words[-1])


def names_the_body(tokens: list[Token], i: int, run_starting: dict[int, int]) -> bool:
    """ "Senate" or "Congress" names the institution after "the", or alone in the middle of a
    sentence, where only a name has a capital ("approved by Congress"), or as a subject at a
    sentence's start ("Congress has voted"); inside a longer name it is part of that name
    ("Member of Parliament")."""
    if i > 0 and tokens[i - 1].lower == "the":
        return True
    if run_starting.get(i) != i + 1:
        return False
    if i > 1 and tokens[i - 1].lower == "of" and tokens[i - 2].capitalised:
        return False  # "Member of Parliament" is a title
    if i > 0 and tokens[i - 1].text not in SENTENCE_ENDS:
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and (after.lower in lx.AUXILIARIES or after.lower in lx.SPEECH_VERBS)


SENTENCE_ENDS = frozenset('.!?:;"“”')


def names_a_kind(tokens: list[Token], start: int, end: int) -> bool:
    """A name after "a" or "an" that ends its phrase names a kind or a designation, no body:
    "listed as a Proscribed Armed Organisation." ("a Senate committee" still names one)."""
    before = start - 1
    while before >= 0 and tokens[before].modifier:
        before -= 1
    if before < 0 or tokens[before].lower not in {"a", "an"}:
        return False
    return end >= len(tokens) or not tokens[end].is_word or tokens[end].lower in lx.NOT_VERBS


def names_a_person(name: str) -> bool:
    """Two or three words that open with a first name: "Jo Lam", "Ana Ruiz Diaz"."""
    words = name.split()
    return 2 <= len(words) <= 3 and evidence.is_first_name(words[0])


def common_bodies(tokens: list[Token], found: Organisations) -> None:
    """A very common body named by one word, anywhere: "Reuters reported", "the Taliban"; after
    foreign words it ends another body's name: "Zumrat Hezbollah" is a group of its own."""
    for i in marked(tokens, COMMON_BODY):
        token = tokens[i]
        start = i
        while start > 0 and is_foreign_name_word(tokens[start - 1]):
            start -= 1
        if start < i:
            found.add(run_text(tokens, start, i + 1), tokens[start].start)
        elif found.find(token.base) is None:
            found.add(lx.COMMON_ORGANISATIONS[token.base], token.start)


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


def group_with_lowercase_head(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A proper name before "movement", "group" or "network" names a body, and the whole is
    its other name: "the Zarqun movement", "the Ansar Mirzan network", even when named after a
    person ("the Gulen movement"). A common word ("a Facebook group"), a place or an owner
    ("Jo Lam's party") is none."""
    for start, end in runs:
        if end >= len(tokens) or tokens[end].lower not in lx.GROUP_HEADS:
            continue
        if tokens[end - 1].possessive:
            continue
        name = run_text(tokens, start, end)
        if is_place_name(name) or name in found.not_organisations:
            continue
        words = tokens[start:end]
        if any(w.base in lx.DEMONYMS or w.lower in lx.TITLE_WORDS for w in words):
            continue
        if len(words) == 1 and evidence.is_common_word(name):
            continue
        found.add_alias(found.add(name, tokens[start].start), f"{name} {tokens[end].text}")


def institution_with_lowercase_head(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A proper name, lowercase adjectives and an institution: "Tamberlo provincial
    council"."""
    for start, end in runs:
        k = end
        while (
            k < len(tokens)
            and k - end < 3
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
        ):
            if tokens[k].lower in lx.LOWERCASE_INSTITUTIONS:
                if not all(is_common_adjective(t) for t in tokens[start:end]):
                    name = " ".join(t.text for t in tokens[start : k + 1])
                    found.add(name, tokens[start].start)
                break
            if tokens[k].lower in lx.DETERMINERS or tokens[k].lower in lx.SPEECH_VERBS:
                break
            k += 1


def is_adjective(token: Token) -> bool:
    """A nationality, or a common English word with an adjective's ending: "Presidential"."""
    if token.base in lx.DEMONYMS:
        return True
    return token.lower.endswith(lx.ADJECTIVE_ENDINGS) and evidence.is_common_word(token.lower)


def is_common_adjective(token: Token) -> bool:
    """A nationality or a common word, no proper name: "Republican" in "Republican committee"."""
    if token.base in lx.DEMONYMS:
        return True
    return evidence.is_common_word(token.base) and not is_place_name(token.base)


WORDS_AFTER_A_BODY = lx.MEMBER_WORDS | lx.BRANCH_WORDS


BODY_KINDS = (lx.ORGANISATION_KINDS | lx.DEFINITE_ORG_WORDS) - {"militia"}
"""Lowercase nouns that say a body is meant: "agency", "group"; a people's "militia" ("the
Fulani militia") is a description."""


def spokesperson_of(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """A body named by who speaks or fights for it, by what it runs, or by what it is: "Taliban
    spokesperson", "Wagner fighters", "a Tesco store", "a Chirper post", "spokesman for the
    Blues", "the Tehreek-e-Nafs group" (a word that is no common English one: "the Labour
    party" is left alone)."""
    for start, end in runs:
        if spoken_for(tokens, start, end):
            found.add(run_text(tokens, start, end), tokens[start].start)
        if end - start != 1 or end >= len(tokens):
            continue
        follower = tokens[end].text
        if follower not in WORDS_AFTER_A_BODY and follower not in BODY_KINDS:
            continue
        name = run_text(tokens, start, end)
        if is_place_name(name) or is_adjective(tokens[start]):
            continue
        if follower in WORDS_AFTER_A_BODY or not (
            tokens[start].possessive or evidence.is_common_word(tokens[start].base)
        ):
            found.add(name, tokens[start].start)


SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def spoken_for(tokens: list[Token], start: int, end: int) -> bool:
    """A name after "spokesman for (the)" is a body's, unless it is a person's, a place's or an
    office's ("spokesman for the Foreign Minister")."""
    before = start - 1 - (start > 0 and tokens[start - 1].lower == "the")
    if before < 1 or tokens[before].lower not in {"for", "of"}:
        return False
    if tokens[before - 1].lower not in SPOKESPEOPLE:
        return False
    name = run_text(tokens, start, end)
    office = any(t.lower in lx.TITLE_WORDS or t.base in lx.DEMONYMS for t in tokens[start:end])
    return not (office or is_place_name(name) or names_a_person(name))

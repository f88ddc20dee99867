"""Noun phrases that may name a speaker: "Foreign Ministry Spokesperson Jane Roe"."""

from __future__ import annotations

import re

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import (
    Organisation,
    Organisations,
    looks_like_a_name,
    organisation_in_run,
)
from articles.extraction.names import (
    RARE_ZIPF,
    Phrase,
    is_name_frequent,
    name_phrase,
    occupation_before_name,
    without_party_and_state,
    without_post_nominals,
)
from articles.extraction.title_leads import (
    ENVOYS,
    OCCUPATIONS,
    PREFIX_STOP,
    ROLES,
    is_honorary_title,
    is_title_word,
    joins_title,
    member_of_body,
    modifies_a_title,
    name_run,
    names_after,
    occupation_leads_name,
    office_before_verb,
    posting,
    region_after_and,
    spelled_title,
    surname_like_title,
    title_after,
    title_noun_before,
    titled_after_and,
)
from articles.extraction.tokens import (
    ACRONYM,
    Token,
    is_country,
    is_place_name,
    names_a_date,
    names_given_an,
    opens_a_cause,
    opens_no_name,
    strip_possessive,
)

ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
"""A number that opens a unit's name: "2nd Division", "101st Airborne"."""

PRONOUNS = lx.PRONOUNS_PERSON | lx.PRONOUNS_ORGANISATION | lx.PRONOUNS_GROUP


def phrase_pieces(tokens: list[Token], i: int) -> tuple[list[tuple[int, str]], int]:
    """The words of a noun phrase from ``i`` with their part: cap, title, role, lower, honorific."""
    pieces: list[tuple[int, str]] = []
    j, n = i, len(tokens)
    while j < n:
        token = tokens[j]
        if token.quote >= 0:
            break
        if token.text == "(" and j + 2 < n and tokens[j + 2].text == ")" and tokens[j + 1].acronym:
            j += 3
            continue
        if token.text == "(" and pieces and pieces[-1][1] == "title":
            close = next((m for m in range(j + 1, min(n, j + 8)) if tokens[m].text == ")"), 0)
            if close and all(t.quote < 0 for t in tokens[j:close]):
                j = close + 1  # "Labour MP (Member of Parliament) Jo Ferro"
                continue
        if token.text == "," and pieces and portfolio_after_comma(tokens, j, pieces):
            pieces.append((j, "cap"))  # "Minister for Women, Children and Youth Ana Brill"
            j += 1
            continue
        if not token.is_word:
            break
        low = token.lower
        spelled = spelled_title(tokens, j) if not pieces else 0
        if spelled:
            pieces.append((spelled - 2, "title"))  # "Member of parliament (MP) Jo Ferro": MP
            j = spelled
            continue
        if token.modifier and not pieces:
            j += 1
            continue
        if j == i and opens_a_cause(tokens, j):
            pieces.extend(((j, "cap"), (j + 1, "cap")))  # "Doctors Without Borders said"
            j += 2
            continue
        given = token.capitalised and evidence.is_first_name(token.base)  # "Son Tran"
        if low in lx.HONORIFICS and j + 1 < n and tokens[j + 1].capitalised:
            pieces.append((j, "honorific"))
        elif j == i and low in ROLES and j + 1 < n and tokens[j + 1].capitalised and not given:
            pieces.append((j, "title" if low in OCCUPATIONS else "role"))
        elif j == i and occupation_before_name(tokens, j):
            pieces.append((j, "title"))  # "said nurse Ama Boateng"
        elif (
            token.capitalised
            and not names_a_date(tokens, j)
            and (low not in lx.DETERMINERS or names_given_an(tokens, j))
        ):
            if j == i and opens_no_name(tokens, j) and low not in lx.TITLE_WORDS:
                break
            titled = is_title_word(strip_possessive(low)) or token.base in lx.TITLE_ABBREVIATIONS
            foreign = (not pieces or pieces[-1][1] == "title") and names_after(tokens, j)
            titled = titled or (foreign and is_honorary_title(token.base))  # not "of Grupo Andino"
            titled = titled or member_of_body(tokens, j, pieces)
            if low in lx.TITLES_BEFORE_NAMES:  # "Justice Ana Ruiz"; "Justice Ministry"
                titled = looks_like_a_name(name_run(tokens, j + 1))
            if titled and (
                post_nominal(tokens, j, pieces) or surname_like_title(tokens, j, pieces)
            ):
                titled = False  # "Jo Ferro MP said", "Jane Bishop said": no title before a name
            pieces.append((j, "title" if titled else "cap"))
            if (
                token.possessive  # first: the pieces are read again only before an "'s"
                and any(kind in ("title", "role") for _, kind in pieces)
                and not title_after(tokens, j + 1)
            ):
                return pieces, j + 1  # "Gov. Jo Ferro's decision"
        elif is_title_word(low):
            pieces.append((j, "title"))
        elif low in ROLES or (
            low in lx.DEFINITE_ORG_WORDS and (pieces or tokens[j - 1].lower in lx.DETERMINERS)
        ):
            pieces.append((j, "title" if low in OCCUPATIONS and names_after(tokens, j) else "role"))
        elif (
            low == "and"
            and pieces
            and pieces[-1][1] == "cap"
            and (r := region_after_and(tokens, j))
        ):
            pieces.extend((m, "cap") for m in range(j, r))  # "for the Middle East and North Africa"
            j = r
            continue
        elif low == "and" and pieces and titled_after_and(tokens, j, pieces):
            pieces.append((j, "lower"))  # "Resident and Humanitarian Coordinator"
        elif not pieces and low[:1].isdigit() and ORDINAL.fullmatch(low) and names_after(tokens, j):
            pieces.append((j, "cap"))  # "2nd Division's Press Office head Jo Ferro"
        elif not pieces and modifies_a_title(tokens, j):
            pieces.append((j, "lower"))  # "former Massachusetts Gov. Jo Ferro"
        elif pieces and token.text == low and occupation_leads_name(tokens, j):
            pieces.append((j, "title"))  # "Democratic strategist Jo Ferro"
        elif low in lx.NAME_PARTICLES and (name_goes_on := after_particles(tokens, j)):
            pieces.extend((m, "cap") for m in range(j, name_goes_on))
            j = name_goes_on
            continue
        elif pieces and low == "of" and (office := office_before_verb(tokens, j, pieces)):
            pieces.extend((m, "lower") for m in range(j, office))  # "the secretary of state said"
            j = office
            continue
        elif (
            low == "and"
            and pieces
            and pieces[-1][1] == "cap"
            and portfolio_after_and(tokens, j, pieces)
        ):
            pieces.append((j, "cap"))  # "Minister for Health and Social Care Ana Brill"
        elif joins_complement(tokens, j, pieces) and j + 1 < n and continues_name(tokens, pieces):
            skip = 2 if tokens[j + 1].lower == "the" else 1
            after = tokens[j + skip] if j + skip < n else None
            if after is not None and after.capitalised and after.base not in lx.CALENDAR_WORDS:
                pieces.extend((j + m, "cap") for m in range(skip))
                j += skip
                continue
            office = lowercase_office(tokens, j, skip, pieces) or mandate(tokens, j, pieces)
            if office:  # "chairman of the assembly Jo Ferro": the office is the title's
                pieces.extend((m, "title") for m in range(j, office))
                j = office
                continue
            break
        elif posted := posting(tokens, j, pieces):
            pieces.extend((m, "title") for m in range(j, posted))  # "Ambassador to Peru"
            j = posted
            continue
        else:
            lead = joins_title(tokens, j)
            opened = pieces or (j > 0 and tokens[j - 1].lower in lx.DETERMINERS)
            proper = lead and tokens[j + lead].capitalised  # "former Secretary of State"
            if not lead or not (opened or proper or names_after(tokens, j + lead)):
                break
            if low == "and" and (
                not pieces or (pieces[-1][1] == "cap" and not continues_name(tokens, pieces))
            ):
                break  # "Whip Jo Ferro and deputy chair ...": a second person
            pieces.extend((j + m, "lower") for m in range(lead))
            j += lead
            continue
        j += 1
    return pieces, j


def joins_complement(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> bool:
    """ "of" and "for" join a name to its complement, "on" only an organisation's head noun or
    a title: "Commission on Human Rights", "Special Rapporteur on Torture", never "Jane Roe on
    Monday"; "to" only an envoy's title to where one is sent."""
    low = tokens[j].lower
    if low == "to" and pieces and pieces[-1][1] == "title":
        return tokens[j - 1].lower in ENVOYS  # "Ambassador to Veldia Jo Ferro"
    if not pieces or low not in {"of", "for", "on"}:
        return False
    if low != "on" or pieces[-1][1] == "title" or tokens[j - 1].base in bw.ORGANISATION_NOUNS:
        return True
    return mandate(tokens, j, pieces) > 0  # "Independent Expert on the situation of ..."


def post_nominal(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> bool:
    """Letters after a full name that end the phrase: "Jo Ferro MP said"; "Labour MP" and
    "Green Party MP" are a title, and so is "MP Jo Ferro"."""
    if not evidence.is_post_nominal(tokens[j].base) or names_after(tokens, j):
        return False
    names = []
    for index, kind in reversed(pieces):
        if kind != "cap":
            break
        names.insert(0, tokens[index].base)
    return looks_like_a_name(names)


def lowercase_office(tokens: list[Token], j: int, skip: int, pieces: list) -> int:
    """Where the name starts after a title's complement in lowercase, "chairman of the
    assembly Jo Ferro", "head of security Jo Ferro"; 0 when no name follows one or two nouns."""
    if pieces[-1][1] != "title":
        return 0
    for end in (j + skip + 1, j + skip + 2):
        if end >= len(tokens) or not tokens[end - 1].is_word or tokens[end - 1].capitalised:
            return 0
        low = tokens[end - 1].lower
        if low in lx.AUXILIARIES or low in lx.SPEECH_VERBS or low in PREFIX_STOP:
            return 0
        if tokens[end].capitalised and looks_like_a_name(name_run(tokens, end)):
            return end
    return 0


MANDATE_WORDS = 12
"""Words of the longest mandate in lowercase after "on": "the situation of human rights in
Veldia"."""


def mandate(tokens: list[Token], j: int, pieces: list) -> int:
    """Where the name starts after a title's mandate in lowercase and the place it covers:
    "Independent Expert on the situation of human rights in Veldia Ana Brill", "Special
    Rapporteur on the right to food Jo Ferro"; 0 when no full name ends it."""
    if tokens[j].lower != "on":
        return 0
    last = tokens[pieces[-1][0]]
    if pieces[-1][1] != "title" and not (last.capitalised and evidence.is_occupation(last.lower)):
        return 0
    for k in range(j + 1, min(len(tokens), j + MANDATE_WORDS)):
        token = tokens[k]
        if not token.is_word or token.quote >= 0:
            return 0
        if token.capitalised:
            name = name_run(tokens, k)
            if len(name) >= 2 and evidence.is_first_name(token.base) and looks_like_a_name(name):
                return k
            if tokens[k - 1].lower != "in" or evidence.is_common_word(token.lower):
                return 0
            continue  # "in Veldia": the place the mandate covers
        if token.lower in lx.AUXILIARIES or token.lower in lx.SPEECH_VERBS:
            return 0
    return 0


def after_particles(tokens: list[Token], j: int) -> int:
    """Where a name goes on after its particles, one or two ("Ana de Cruz", "Ursula von der
    Leyen", "Maria de la Cruz"); 0 when no capitalised word follows them."""
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].lower in lx.NAME_PARTICLES:
        k += 1
    return k if k < len(tokens) and tokens[k].capitalised else 0


def continues_name(tokens: list[Token], pieces: list[tuple[int, str]]) -> bool:
    """ "of" joins a title to its office ("Secretary of State") or an organisation's words
    ("Ministry of Health"), and an office to a second one ("Minister of State for Foreign
    Affairs"), never a person's name to a body ("Colonel Aziz of the Guard")."""
    described = any(kind in ("title", "role") for _, kind in pieces)
    return not described or pieces[-1][1] == "title" or in_portfolio(tokens, pieces)


def in_portfolio(tokens: list[Token], pieces: list[tuple[int, str]]) -> bool:
    """The words after the last title are its complement, common words that name no one:
    "of State" in "Minister of State", "for Health and Social" in "Minister for Health and
    Social Care"; "of State Jo Ferro" has a name."""
    last = next((k for k in range(len(pieces) - 1, -1, -1) if pieces[k][1] != "cap"), -1)
    if last < 0 or pieces[last][1] not in ("title", "role"):
        return False
    rest = [tokens[p] for p, _ in pieces[last + 1 :]]
    if len(rest) < 2 or rest[0].lower not in PORTFOLIO_OPENERS:
        return False
    return all(is_portfolio_word(t) for t in rest[1:])


PORTFOLIO_OPENERS = frozenset({"of", "for", "on"})


def is_portfolio_word(token: Token) -> bool:
    """A word of a title's portfolio: a common English word that is no first name or body's
    noun ("Health", "Foreign"), a connector or a place ("for Europe")."""
    if token.lower in lx.NAME_CONNECTORS or token.text == ",":
        return True
    if token.base in bw.ORGANISATION_NOUNS:
        return False  # "of the Department of Health": a body's complement, no portfolio
    if evidence.is_common_word(token.lower) and not evidence.is_first_name(token.base):
        return True
    return is_place_name(token.base)


def portfolio_after_comma(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> bool:
    """A comma goes on with a title's portfolio when the list it opens ends in "and", more of
    the portfolio and a name: "Minister for Women, Children and Youth Ana Brill"; "Minister
    for Health, Ana Brill, said" has none."""
    if pieces[-1][1] != "cap" or not in_portfolio(tokens, pieces):
        return False
    k = j
    while k < len(tokens) and tokens[k].text == ",":
        k += 1
        start = k
        while k < len(tokens) and tokens[k].capitalised and is_portfolio_word(tokens[k]):
            k += 1
        if k == start:
            return False
    return k < len(tokens) and tokens[k].lower == "and" and portfolio_after_and(tokens, k, pieces)


def portfolio_after_and(tokens: list[Token], j: int, pieces: list[tuple[int, str]]) -> bool:
    """ "and" goes on with a title's portfolio when a common word follows it and a name comes
    after: "Minister for Health and Social Care Ana Brill"; "Minister for Health and Jo Ferro"
    are two people."""
    if j + 3 >= len(tokens) or not in_portfolio(tokens, pieces):
        return False
    after = tokens[j + 1]
    if not after.capitalised or not is_portfolio_word(after) or after.lower in lx.NAME_CONNECTORS:
        return False
    end = j + 1
    while end < len(tokens) and tokens[end].capitalised and is_portfolio_word(tokens[end]):
        end += 1
    return looks_like_a_name(name_run(tokens, end))


class PhraseReader:
    """Reads the phrase at a token once: the rules ask for the same phrases many times.
    Phrases are read in sentences, and each word belongs to one sentence, so where the first
    word stands in the text is the key.

    A phrase depends on the organisations only through what ``find`` answered while it was
    read. When the organisations change, a phrase is read again only if one of those answers
    has changed: most phrases name no body that was added since."""

    def __init__(self, orgs: Organisations) -> None:
        self.orgs = orgs
        self.read_at: dict[int, tuple[Phrase | None, AnswersKept, int]] = {}
        """By where its first word stands: the phrase, the answers it was read with, and the
        organisations' version at which they were last found true."""

    def read(self, tokens: list[Token], i: int) -> Phrase | None:
        """The noun phrase starting at token ``i``, parsed into name, title and organisation."""
        if i >= len(tokens):
            return None
        key = tokens[i].start
        orgs = self.orgs
        kept = self.read_at.get(key)
        if kept is not None:
            phrase, answers, version = kept
            if version == orgs.version:
                return phrase
            if answers.still_true():
                self.read_at[key] = (phrase, answers, orgs.version)
                return phrase
        answers = AnswersKept(orgs)
        phrase = parse_phrase(tokens, i, answers)
        self.read_at[key] = (phrase, answers, orgs.version)
        return phrase


class AnswersKept:
    """The organisations as a phrase's reading sees them: ``find`` answers as theirs does, and
    each answer is kept (the name found, or None), which is all a phrase takes from them."""

    __slots__ = ("orgs", "answers")

    def __init__(self, orgs: Organisations) -> None:
        self.orgs = orgs
        self.answers: list[tuple[str, str | None]] = []

    def find(self, name: str) -> Organisation | None:
        found = self.orgs.find(name)
        self.answers.append((name, None if found is None else found.name))
        return found

    def still_true(self) -> bool:
        find = self.orgs.find
        for name, answer in self.answers:
            found = find(name)
            if (None if found is None else found.name) != answer:
                return False
        return True


def parse_phrase(tokens: list[Token], i: int, orgs: Organisations) -> Phrase | None:
    phrase = noun_phrase(tokens, i, orgs)
    if phrase is None or phrase.kind != "person" or phrase.organisation:
        return phrase
    return with_described_body(tokens, phrase, orgs)


BODY_KINDS = bw.ORGANISATION_KINDS | lx.DEFINITE_ORG_WORDS


def with_described_body(tokens: list[Token], phrase: Phrase, orgs: Organisations) -> Phrase:
    """A person, "of" and a description of the body they belong to: "Ana Ruiz of advocacy
    group Fair Vote", "Ana Ruiz of the rights charity Safe Haven"; the phrase takes in the
    body, which is the person's organisation, so that it is never the speaker in her place."""
    j = phrase.last
    if j >= len(tokens) or tokens[j].lower != "of":
        return phrase
    if j + 2 < len(tokens) and tokens[j + 1].quote >= 0 and tokens[j + 2].text == ",":
        quoted = tokens[j + 1].text.strip("\"“”'‘’ ")
        if quoted[:1].isupper() and len(quoted.split()) <= 6:  # 'Jo Ferro of "Safe Harbour",'
            return phrase._replace(last=j + 2, organisation=quoted, described=True)
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower in lx.DETERMINERS)
    kind = k
    while kind < min(len(tokens), k + 4) and tokens[kind].is_word and not tokens[kind].capitalised:
        kind += 1
    if kind == k or tokens[kind - 1].lower not in BODY_KINDS:
        return phrase
    end = kind
    while end < len(tokens) and tokens[end].capitalised and tokens[end].quote < 0:
        end += 1
    if end == kind:
        return phrase
    name = strip_possessive(" ".join(t.text for t in tokens[kind:end]))
    found = orgs.find(name)
    body = found.name if found is not None else name
    return phrase._replace(last=end, organisation=body, described=True)


def noun_phrase(tokens: list[Token], i: int, orgs: Organisations) -> Phrase | None:
    if i >= len(tokens) or tokens[i].quote >= 0:
        return None
    low = tokens[i].lower
    if low in PRONOUNS:
        return Phrase(i, i + 1, "pronoun", name=low)
    start = i + 1 if low in lx.DETERMINERS and not names_given_an(tokens, i) else i
    pieces, end = phrase_pieces(tokens, start)
    if not pieces:
        return adjective_before_a_name(tokens, i, orgs) if low in ("a", "an") else None
    described = [k for k, (_, kind) in enumerate(pieces) if kind in ("title", "role")]
    if not described:
        named = [p for p, kind in pieces if kind != "lower"]  # "the former Soviet Union"
        if not named:
            return None
        phrase = issuer_before_document(tokens, i, end, named, orgs)
        phrase = phrase or name_phrase(tokens, i, end, named, orgs)
        if phrase.kind != "person" or start == i or phrase.organisation:
            return phrase
        if low == "the" and not described_by_place(tokens, start, phrase.last):
            return phrase._replace(kind="organisation")  # people take no article: "the Courier"
        if low in ("a", "an", "the"):  # "a Republican", "the Ohio Democrat"
            return Phrase(i, phrase.last, "unnamed", head=tokens[phrase.last - 1].lower)
        return phrase
    last = described[-1]
    names = []
    for index, kind in pieces[last + 1 :]:
        if kind == "honorific" and not names:
            continue  # "Director-General Dr. Ngozi Eze"
        if kind != "cap":
            break
        names.append(index)
    prefix_end = next((k for k, (_, kind) in enumerate(pieces) if kind != "cap"), len(pieces))
    for k in range(prefix_end):
        if tokens[pieces[k][0]].possessive:
            prefix_end = k + 1
            break
    titles = [k for k in described if pieces[k][1] == "title"]
    if titles and 0 < prefix_end == titles[0] and title_noun_before(tokens, pieces, prefix_end):
        prefix_end -= 1  # "White House Press Secretary": the press secretary's office
    title = ""
    owned = titles and max(
        (k + 1 for k in range(prefix_end, titles[-1]) if tokens[pieces[k][0]].possessive),
        default=0,
    )
    if titles:  # "Gov. Ana Ruiz's chief strategist Jo Ferro" is the chief strategist
        title = " ".join(tokens[p].base for p, _ in pieces[owned or prefix_end : titles[-1] + 1])
    prefix = " ".join(tokens[p].base for p, _ in pieces[:prefix_end])
    organisation, rest = organisation_named(prefix, orgs)
    if title and rest and not owned and not is_nationality(rest):
        title = f"{rest} {title}"
    name_end = names[-1] + 1 if names else end
    names = without_party_and_state(tokens, without_post_nominals(tokens, names)[0])
    office, names = office_before_name(tokens, names, orgs)
    if office:
        words = " ".join(tokens[p].base for p in office).replace(" ,", ",")
        body = orgs.find(words) or (words if organisation_in_run(words.split()) else None)
        if body is not None and not organisation:
            organisation = body if isinstance(body, str) else body.name
        elif title:
            join = next(t.lower for t in reversed(tokens[: office[0]]) if t.lower != "the")
            join = join if join in ("to", "for", "on") else "of"  # "Commissioner for Refugees"
            if tokens[office[0] - 1].lower == "the":
                join = f"{join} the"  # "Speaker of the House"
            title = f"{title} {join} {words}" if tokens[office[0]].lower != "of" else title
    if not names:
        head = tokens[pieces[last][0]].lower
        return Phrase(i, end, "unnamed", title=title, organisation=organisation, head=head)
    name = " ".join(tokens[p].base for p in names)
    name_end = past_place(tokens, name_end)  # "Sen. Jo Ferro of Ohio, a Democrat, said"
    if not organisation:  # "analyst Li Wei of Greenway Research"
        organisation, name_end = body_after_of(tokens, name_end, orgs)
    return Phrase(i, name_end, "person", name, title, organisation, described=True)


def issuer_before_document(
    tokens: list[Token], i: int, end: int, named: list[int], orgs: Organisations
) -> Phrase | None:
    """A body's name and its document's noun capitalised, "the VRA Statement said", are the
    body speaking through its statement: no body's name ends in one (see ``issued_by_run``)."""
    if len(named) < 2 or tokens[named[-1]].lower not in lx.ISSUED_NOUNS:
        return None
    body = name_phrase(tokens, i, end, named[:-1], orgs)
    return body._replace(last=named[-1] + 1) if body.kind == "organisation" else None


def body_after_of(tokens: list[Token], j: int, orgs: Organisations) -> tuple[str, int]:
    """The body a titled person belongs to, after "of": one the article knows, one with a
    body's head noun, or capitalised words ending in a common noun, as a firm's name does
    ("Greenway Research"); where the phrase ends."""
    if j >= len(tokens) or tokens[j].lower != "of":
        return "", j
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "the")
    end = k
    while end < len(tokens) and tokens[end].capitalised and tokens[end].quote < 0:
        end += 1
    words = [strip_possessive(t.text) for t in tokens[k:end]]
    if not words:
        return "", j
    name = " ".join(words)
    found = orgs.find(name)
    if found is not None:
        return found.name, end
    common = evidence.is_common_word(words[-1]) and not is_place_name(name)
    return (name, end) if common or organisation_in_run(words) else ("", j)


def past_place(tokens: list[Token], j: int) -> int:
    """Past "of" and a place after a name: "Prince Ali of Tamberlo accepted"."""
    if j >= len(tokens) or tokens[j].lower != "of":
        return j
    end = j + 1
    while end < len(tokens) and tokens[end].capitalised:
        end += 1
    place = " ".join(t.base for t in tokens[j + 1 : end])
    return end if end > j + 1 and is_place_name(place) else j


def adjective_before_a_name(tokens: list[Token], i: int, orgs: Organisations) -> Phrase | None:
    """ "a beaming Roe", "an emotional Jane Roe": a mood set before a name names the person;
    "an investigation by Kopa" names none."""
    k = i + 1
    while k < min(len(tokens), i + 3) and tokens[k].is_word and tokens[k].text == tokens[k].lower:
        k += 1
    if k == i + 1 or k >= len(tokens) or not tokens[k].capitalised:
        return None
    if not tokens[k - 1].lower.endswith(lx.MOOD_ENDINGS) or tokens[k - 1].lower in lx.NOT_VERBS:
        return None
    phrase = parse_phrase(tokens, k, orgs)
    if phrase is None or phrase.kind != "person":
        return None
    return phrase._replace(first=i)


def described_by_place(tokens: list[Token], first: int, last: int) -> bool:
    """A place and a common word describe a person, never name a body: "the Ohio Democrat",
    "the Texas billionaire"."""
    if last - first < 2 or not evidence.is_common_word(tokens[last - 1].lower):
        return False
    return is_place_name(" ".join(t.base for t in tokens[first : last - 1]))


OFFICE_JOINS = ("of", "for", "the", "to", "on")


def office_before_name(
    tokens: list[Token], names: list[int], orgs: Organisations
) -> tuple[list[int], list[int]]:
    """After "of", an office or body comes before the name: "Secretary of State Jane Roe",
    "the chief of the Courier"; the name follows a body the article names ("director of Rights Now
    Jo Ferro"), else it is the last two words (the last one when only two follow)."""
    joins = [k for k, p in enumerate(names) if tokens[p].lower in OFFICE_JOINS]
    if not joins:
        return [], names
    if joins[0] > 0 and tokens[names[joins[0]]].lower == "of":
        return [], names[: joins[0]]  # "Rep. Jane Roe of Ohio": the name stops at "of"
    rest = names[joins[-1] + 1 :]
    if not rest:
        return [], names[: joins[-1]]  # "a spokeswoman for Ms. Ryan": nothing after "for"
    words = [tokens[p].text for p in rest]
    known = next((n for n in range(len(words), 0, -1) if orgs.find(" ".join(words[:n]))), 0)
    if known:
        named = rest[known:]
        while len(named) > 2 and not evidence.is_first_name(tokens[named[0]].text):
            named = named[1:]  # "of the Board Representative Jo Ferro": a title between
        return rest[:known], named
    opened = joins[-1] + 1
    if joins[0] == 0:  # "of State for Foreign Affairs": every complement is the office's
        opened = next(k for k, p in enumerate(names) if tokens[p].lower not in OFFICE_JOINS)
    run = [tokens[p].text for p in names[opened:]]  # "Freedom of Expression Jo Ferro"
    place = words[-1].casefold() in lx.PLACE_NOUNS or is_place_name(" ".join(words))
    if place or organisation_in_run(run) or all(tokens[p].acronym for p in rest):
        return [p for p in names if tokens[p].lower not in OFFICE_JOINS], []
    start = len(rest) - 2 if len(rest) >= 3 else 1
    given = next(
        (k for k in range(1, start) if is_given_name(words[k]) and not is_place_name(words[k])),
        start,
    )  # "for Europe and Central Asia Oksana Melnyk": "Asia" is a place here
    start = min(start, given)  # "Minister of Works Ana María Petrova Santos"
    common = all(
        evidence.is_common_word(w) and not evidence.is_first_name(w) for w in words[start:]
    )
    if common and not name_after_proper_word(words, start):
        start = len(rest)  # "director of Clean Water Watch": common words name no one
    if start < len(rest) and orgs.find(" ".join(words[start:])) is not None:
        start = len(rest)  # "head of Veldia Red Cross": a body the article names
    return names[opened : joins[-1] + 1 + start], rest[start:]


def name_after_proper_word(words: list[str], start: int) -> bool:
    """Two words after a place or a word that is no everyday word ("Veldia", "Kerala") are a
    name, however common they are in English text (famous people's names are: "Minister of
    Veldia Golden Brown"); "Clean Water Watch" is a body's."""
    if start == 0 or len(words) - start != 2:
        return False
    return is_place_name(" ".join(words[:start])) or is_name_frequent(words[start - 1], RARE_ZIPF)


def is_given_name(word: str) -> bool:
    """A first name of one sex, where an office after "of" ends: "Ana", "Grace"; portfolios
    are none ("Health") or of both ("Justice")."""
    return evidence.first_name_gender(word) != ""


def is_nationality(prefix: str) -> bool:
    """A country or nationality before a title: "Turkish President", "US envoy"."""
    return is_country(prefix) or all(w in lx.DEMONYMS or is_country(w) for w in prefix.split())


def organisation_named(prefix: str, orgs: Organisations) -> tuple[str, str]:
    """The body a title belongs to, when the words before it name one ("Foreign Ministry"
    Spokesperson), and the words left for the title: "Senate Majority" Leader is the Senate's
    "Majority Leader". A nationality ("Turkish President") names none."""
    if not prefix or is_nationality(prefix):
        return "", prefix
    found = orgs.find(prefix)
    if found is not None:
        return found.name, ""
    words = prefix.split()
    span = organisation_in_run(words)
    if span is not None:
        rest = words[1:]
        common = all(evidence.is_common_word(w) and not is_place_name(w) for w in rest)
        if rest and common and strip_possessive(words[0]) in bw.ORGANISATION_NOUNS:
            return words[0], " ".join(rest)
        return prefix, ""
    if ACRONYM.match(prefix):
        return prefix, ""
    return acronym_before_title_words(words, orgs), prefix


def acronym_before_title_words(words: list[str], orgs: Organisations) -> str:
    """A body's acronym, or a body the article names, then common words that open the title:
    "WHO Regional" Director is WHO's "Regional Director"; the whole prefix stays in the title.
    A country's short name ("US Special Envoy") names no body."""
    if len(words) < 2 or not all(evidence.is_common_word(w) for w in words[1:]):
        return ""
    head = strip_possessive(words[0])
    found = orgs.find(head)
    if found is not None:
        return found.name
    return head if ACRONYM.match(head) and not is_country(head) else ""

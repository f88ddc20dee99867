"""Bodies named by what the words around them say they are: a kind before the name ("airline
Baobab Air"), an aside after it (", a Kenyan airline,"), who speaks or fights for it ("Taliban
spokesperson"), a lowercase head ("the Zarqun movement") or a member's title ("Labour MP")."""

from __future__ import annotations

from articles.extraction import body_words as bw
from articles.extraction import evidence
from articles.extraction import lexicon as lx
from articles.extraction.bodies import MEMBER_TITLES, Organisations, looks_like_a_name, owner_before
from articles.extraction.body_runs import (
    and_name_opening,
    everyday_word,
    kind_then_aside,
    run_text,
)
from articles.extraction.tokens import KIND_CUE, Token, is_place_name, marked

NO_PARTY_WORDS = (
    lx.TITLE_MODIFIERS
    | bw.PARTY_ADJECTIVES
    | lx.words("""
    state city county federal provincial regional national local junior senior independent
    backbench crossbench
    """)
)
"""Words before a member's title that say which seat or standing, not which party: "State
Senator", "Independent MP"."""


def party_of_a_member(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A party named by one common word before an elected member's title and a name or seat:
    "Labour MP Jane Roe", "Harvest senator (member of the upper house) Tomas Ek", "the Harvest
    MP for Kolda". An adjective ("Democratic Senator", "Republican lawmaker", "Independent
    MP") is left alone: the party's name is not written; so are a place ("Ohio Senator"), a
    nationality, a portfolio or a standing ("State Senator")."""
    for start, end in runs:
        k = start
        while k < end and tokens[k].lower in NO_PARTY_WORDS:
            k += 1
        if k + 1 >= len(tokens) or tokens[k + 1].lower not in MEMBER_TITLES:
            continue
        after = k + 2
        if after < len(tokens) and tokens[after].text == "(":
            after = next((m + 1 for m in range(after, len(tokens)) if tokens[m].text == ")"), 0)
        name_next = 0 < after < len(tokens) and (
            tokens[after].capitalised or tokens[after].lower == "for"  # "Harvest MP for Kolda"
        )
        if not name_next or k + 1 > end or tokens[k].lower in NO_PARTY_WORDS:
            continue
        party = tokens[k]
        if (
            party.base in lx.DEMONYMS
            or is_place_name(party.base)
            or is_adjective(party)
            or party.lower.endswith(("an", "ent", "ant"))  # "Independent MP": no party
            or evidence.is_first_name(party.base)
            or evidence.is_title_like(party.lower)
            or not evidence.is_common_word(party.base)
        ):
            continue  # an unknown word before "MP" is as often the seat: "Kibra MP"
        found.add(party.base, party.start)


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
        if token.base in bw.SINGLE_WORD_BODIES and names_the_body(tokens, i, run_starting):
            found.add(token.base, token.start)
        if token.lower in bw.ORGANISATION_KINDS_PLURAL:
            listing = not closes_a_lead_in(tokens, i, run_starting)
            continue
        if token.text in {".", ";"}:
            listing = False
        if token.lower.endswith(bw.WEBSITE_ENDINGS) and token.is_word:
            found.add(domain_name(tokens, i), token.start)  # "Kropka.com", wherever it stands
        if i not in run_starting:
            continue
        if described_after(tokens, run_starting[i], ASIDE_KINDS):
            name = run_text(tokens, i, run_starting[i])
            if not (is_place_name(name) or names_a_person(name)):
                found.add(name, token.start)  # "Kropka, a news site,"
        elif described_after(tokens, run_starting[i], ASIDE_KINDS_FOR_NO_PERSON, closed=True):
            name = run_text(tokens, i, run_starting[i])
            if not (is_place_name(name) or shaped_like_a_person(tokens[i : run_starting[i]])):
                found.add(name, token.start)  # "Voskar, the aircraft maker,"
        if i == 0:
            continue
        before = tokens[i - 1].text  # "airline Baobab Air"; "Broadcaster Jo Ferro" is a person
        if (
            before in bw.ORGANISATION_KINDS
            or before in bw.PARTY_ADJECTIVES
            or (listing and before in {",", "including", "and"})
            or kind_then_aside(tokens, i, run_starting[i])  # "the charity, Bread for All,"
        ):
            name = run_text(tokens, i, run_starting[i])
            if names_a_person(name):
                continue  # "its operator Jo Ferro", "opposition Jo Ferro", "the group Jo founded"
            after = run_starting[i] + 1
            if after in run_starting and 0 <= and_name_opening(tokens, after) <= i:
                continue  # "the ruling Justice and Development Party": a longer name opens
            if place_and_its_state(name) or name in found.not_organisations or names_a_model(name):
                continue
            found.add(name, token.start)


def closes_a_lead_in(tokens: list[Token], i: int, run_starting: dict[int, int]) -> bool:
    """Does the plural kind at ``i`` close a phrase before a comma and a clause's subject: "For
    each of these parties, Roe is the running mate"? A list goes on past its first name: "the
    parties, Labour and the Greens,"."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "," or i + 2 not in run_starting:
        return False
    end = run_starting[i + 2]
    return end < len(tokens) and tokens[end].is_word and tokens[end].lower not in LIST_JOINS


LIST_JOINS = frozenset({"and", "or"})


def place_and_its_state(name: str) -> bool:
    """A place, or a place and its state's or district's dotted initials: "Lagos D.C.",
    "Kelso, N.H."."""
    place, _, last = name.rpartition(" ")
    if place and "." in last and last.replace(".", "").isupper():
        name = place.removesuffix(",")
    return is_place_name(name)


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
    for kind in bw.ORGANISATION_KINDS - bw.SERVICE_KINDS
    if not (evidence.is_occupation(kind) or is_agent_noun(kind))
)
"""Kinds that say, in an aside, that a name is a body's: not a service ("an app"), nor a word
for a person too ("Jo Ferro, an operator at the plant", "a broadcaster")."""


ASIDE_KINDS_FOR_NO_PERSON = (bw.ORGANISATION_KINDS - ASIDE_KINDS - bw.SERVICE_KINDS) | lx.words(
    "website site"
)
"""Kinds that say, in an aside, that a name no first name opens is a body's: "Voskar, the
aircraft maker,", "Navilog, a ship-tracking website,"."""


def described_after(
    tokens: list[Token], end: int, kinds: frozenset[str], closed: bool = False
) -> bool:
    """Is a name followed by an aside that says, by one of ``kinds``, it is a body: ", a
    Kenyan airline,", ", the national airline," or ", an aid group based in"? In ", a party
    official" the kind only describes the head, and ", a messaging app" is a service. A
    ``closed`` aside ends with its kind: ", the aircraft maker," (", an operator at the
    plant," is a person's job)."""
    if (
        end + 2 >= len(tokens)
        or tokens[end].text != ","
        or tokens[end + 1].lower not in {"a", "an", "the"}
    ):
        return False
    k = end + 2
    while k < len(tokens) and k - end < 6 and tokens[k].is_word:
        token = tokens[k]
        if token.lower in lx.NOT_VERBS or token.lower in lx.DETERMINERS:
            break
        if token.lower in kinds:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or not after.is_word:
                return True
            return not closed and (
                after.text != after.lower
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
    ("Member of Parliament"), and so is a body it opens ("the Senate Rivers Committee")."""
    end = run_starting.get(i, i + 1)
    if end > i + 1 and tokens[end - 1].base in bw.ORGANISATION_NOUNS:
        return False
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


def names_a_person(name: str) -> bool:
    """Two or three words that open with a first name: "Jo Ferro", "Ana Ruiz Diaz"."""
    words = name.split()
    return 2 <= len(words) <= 3 and evidence.is_first_name(words[0])


def shaped_like_a_person(words: list[Token], person=None) -> bool:
    """Does anything say a name is a person's? A first name, a title or a fuller name the
    article gives ("Eze" after "Tobenna Eze"), or, for two words or more, a last word that is
    no common one ("Tobenna Eze"; "Sundara Lines" ends with one). The people module reads
    "Orvina said" as a person's words, so being read as one is no evidence."""
    if evidence.is_first_name(words[0].base):
        return True
    if person is not None and (person.title or len(person.name.split()) > len(words)):
        return True
    return len(words) > 1 and not evidence.is_common_word(words[-1].base)


def common_before_a_head(tokens: list[Token], start: int) -> bool:
    """A word before "group" that English uses as a word: an everyday one ("a Church group",
    "the Labour party"), or a common one that opens a sentence ("Prayer group members met");
    a rarer word capitalised inside a sentence is a name ("the far-left Zorvan group")."""
    word = tokens[start]
    if everyday_word(word.lower):
        return True
    opens = start == 0 or tokens[start - 1].text in SENTENCE_ENDS
    return opens and evidence.is_common_word(word.base)


def group_with_lowercase_head(
    tokens: list[Token], runs: list[tuple[int, int]], found: Organisations
) -> None:
    """A proper name before "movement", "group" or "network" names a body, and the whole is
    its other name: "the Zarqun movement", "the Ansar Mirzan network", even when named after a
    person ("the Gulen movement"). A common word ("a Facebook group"), a place or an owner
    ("Jo Ferro's party") is none, but for a party (see party_with_lowercase_noun)."""
    for start, end in runs:
        if end >= len(tokens) or tokens[end].lower not in bw.GROUP_HEADS:
            continue
        if tokens[end - 1].possessive:
            continue
        name = run_text(tokens, start, end)
        if is_place_name(name) or name in found.not_organisations:
            continue
        words = tokens[start:end]
        if any(w.base in lx.DEMONYMS or w.lower in lx.TITLE_WORDS for w in words):
            continue
        whole = f"{name} {tokens[end].text}"
        if len(words) == 1 and common_before_a_head(tokens, start):
            if party_with_lowercase_noun(tokens, start, end):
                found.add(whole, tokens[start].start)
            continue
        found.add_alias(found.add(name, tokens[start].start), whole)


def party_with_lowercase_noun(tokens: list[Token], start: int, end: int) -> bool:
    """ "the Democratic party", "the Green party": a capitalised common word after "the" and
    before a lowercase "party" is the party's name, written as some papers do; "a Christmas
    party" is none."""
    return (
        tokens[end].lower == "party"
        and start > 0
        and tokens[start - 1].lower == "the"
        and tokens[start].base not in lx.CALENDAR_WORDS
    )


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
            if tokens[k].lower in bw.LOWERCASE_INSTITUTIONS:
                if not all(is_common_adjective(t) for t in tokens[start:end]):
                    name = " ".join(t.text for t in tokens[start : k + 1])
                    found.add(name, tokens[start].start)
                break
            if tokens[k].lower in NO_INSTITUTION_WORDS:
                break  # "Kyiv via news agency": a place and a preposition
            k += 1


NO_INSTITUTION_WORDS = (
    lx.DETERMINERS | lx.SPEECH_VERBS | lx.PLACE_PREPOSITIONS | lx.NOUN_AFTER_SPEECH_WORD
)
"""Lowercase words that end the adjectives between a proper name and an institution."""


def names_a_people(word: str) -> bool:
    """A people's adjective: a demonym, or a country's name in the plural made singular
    ("Comoro" officials of the Comoros)."""
    return word in lx.DEMONYMS or is_place_name(word + "s")


def is_adjective(token: Token) -> bool:
    """A nationality, or a common English word with an adjective's ending: "Presidential"."""
    if names_a_people(token.base):
        return True
    return token.lower.endswith(lx.ADJECTIVE_ENDINGS) and evidence.is_common_word(token.lower)


def is_common_adjective(token: Token) -> bool:
    """A nationality or a common word, no proper name: "Republican" in "Republican committee"."""
    if token.base in lx.DEMONYMS:
        return True
    return evidence.is_common_word(token.base) and not is_place_name(token.base)


WORDS_AFTER_A_BODY = bw.MEMBER_WORDS | lx.BRANCH_WORDS


BODY_KINDS = (bw.ORGANISATION_KINDS | lx.DEFINITE_ORG_WORDS) - {"militia"}
"""Lowercase nouns that say a body is meant: "agency", "group"; a people's "militia" ("the
Fulani militia") is a description."""


PRODUCT_WORDS = frozenset({"app", "apps"})
"""Nouns after a name that say a product is meant, not the body that makes it: "the Zentra
app" ("messaging app Zentra" before the name still says a company)."""


INSTITUTIONS_OF_A_PLACE = (bw.LOWERCASE_INSTITUTIONS - {"agency"}) | {"legislature"}
"""Lowercase institutions after a name, which say whose town, state or country they serve
("the Marsby council"): the institution is the body (institution_with_lowercase_head), the
name before it no body alone. A name before "agency" is a news agency's own ("the Kelso
agency")."""


def spokesperson_of(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """A body named by who speaks or fights for it, by what it runs, or by what it is: "Taliban
    spokesperson", "Wagner fighters" (after a people's name too: "Kurdish Kordavi fighters"),
    "a Tesco store", "a Chirper post", "spokesman for the
    Blues", "the Tehreek-e-Nafs group" (a word that is no common English one: "the Labour
    party" is left alone)."""
    for start, end in runs:
        if spoken_for(tokens, start, end):
            found.add(run_text(tokens, start, end), tokens[start].start)
        start += end - start == 2 and people_before_a_name(tokens, start)  # "Kurdish Kordavi"
        if end - start != 1 or end >= len(tokens):
            continue
        follower = tokens[end].text
        if follower not in WORDS_AFTER_A_BODY and follower not in BODY_KINDS:
            continue
        if follower.title() in bw.FORCES:
            continue  # "the Kalvan army": a country's or a people's army, named by its place
        if follower in PRODUCT_WORDS:
            continue  # "the Zentra app said": the product speaks, no body
        if follower in INSTITUTIONS_OF_A_PLACE:
            continue  # "the Marsby council", "the Kelso legislature": the town is a place
        name = run_text(tokens, start, end)
        if (
            is_place_name(name)
            or is_adjective(tokens[start])
            or tokens[start].base.casefold() in lx.TITLE_WORDS
        ):
            continue  # "the Secretary-General's spokesperson": an office's, not a body's
        if follower in WORDS_AFTER_A_BODY or not (
            tokens[start].possessive or evidence.is_common_word(tokens[start].base)
        ):
            found.add(name, tokens[start].start)


def people_before_a_name(tokens: list[Token], start: int) -> bool:
    """A people's adjective before a word that no English is: "Kurdish Kordavi"; "Syrian
    Army" is one name."""
    return names_a_people(tokens[start].base) and not evidence.is_common_word(
        tokens[start + 1].base
    )


NOT_THE_BODY_AFTER = lx.words("campaign campaigns administration government family team camp")
"""Lowercase nouns after a name that say what of that person's or place's speaks."""


def spoken_for(tokens: list[Token], start: int, end: int) -> bool:
    """A name after "spokesman for (the)" is a body's, unless it is a person's, a place's or an
    office's ("spokesman for the Foreign Minister")."""
    before = start - 1 - (start > 0 and tokens[start - 1].lower == "the")
    if before < 1 or tokens[before].lower not in {"for", "of"}:
        return False
    if tokens[before - 1].lower not in lx.SPOKESPEOPLE:
        return False
    if end < len(tokens) and tokens[end].lower in NOT_THE_BODY_AFTER:
        return False  # "spokesman for the Trump campaign": the campaign speaks (companies.py)
    name = run_text(tokens, start, end)
    office = any(
        t.lower in lx.TITLE_WORDS or t.lower in lx.HONORIFICS or t.base in lx.DEMONYMS
        for t in tokens[start:end]
    )  # "spokeswoman for Ms. Ryan": an honorific says a person
    words = name.split()
    return not (office or is_place_name(name) or names_a_person(name) or given_and_surname(words))


def given_and_surname(words: list[str]) -> bool:
    """Words shaped like a given name no list knows and a surname: the first no English word,
    the last a name or no English word either ("Abimbola Tang", "Chidinma Okonkwo"); "Harbour
    Logistics" and "Kolda Rising" open or end with words English writes."""
    return (
        len(words) in (2, 3)
        and looks_like_a_name(words)
        and not evidence.is_common_word(words[0].casefold())
        and (evidence.is_first_name(words[-1]) or not evidence.is_common_word(words[-1].casefold()))
    )


SEAT_HEADS = lx.words("House Palace")
"""Last words of a building that stands for those who work in it: "the Blue House said"."""

SEAT_FOLLOWERS = bw.MEMBER_WORDS | lx.words("statement press aides staff")


def seat_that_acts(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """A building's name that speaks or acts stands for the office inside, as "the Kremlin"
    does: "the Elm Palace released a statement", "a Blue House spokesman"; a visit to it ("at
    the Elm Palace on Monday") names a place."""
    for start, end in runs:
        if end - start < 2 or tokens[end - 1].base not in SEAT_HEADS or end >= len(tokens):
            continue
        k = end
        while k < len(tokens) and tokens[k].lower in lx.AUXILIARIES:
            k += 1
        after = tokens[k] if k < len(tokens) else None
        if after is None or not after.is_word or after.text != after.lower:
            continue
        word = after.lower
        acts = word.endswith("ed") and evidence.is_inflected(word)  # "released", "denied"
        if acts or word in lx.SPEECH_VERBS or word in SEAT_FOLLOWERS:
            owned = owner_before([t.text for t in tokens[start:end]])
            body = found.add(run_text(tokens, start + owned, end), tokens[start + owned].start)
            if owned:
                found.add_alias(body, run_text(tokens, start, end))


GROUP_NOUNS = bw.ORGANISATION_KINDS | bw.ORGANISATION_KINDS_PLURAL | bw.GROUP_HEADS
FIGHTERS = lx.words("rebels insurgents militants fighters forces troops militiamen gunmen")


def group_known_as(tokens: list[Token], runs: list[tuple[int, int]], found: Organisations) -> None:
    """A group named by what it is called ("rebels known as the Kolda Tigers", "a group
    called Free Hands") or by whom its fighters serve ("fighters loyal to the Kolda Tigers");
    a person or a place is none ("loyal to Jo Ferro")."""
    for start, end in runs:
        k = start - (start > 0 and tokens[start - 1].lower == "the")
        if k < 2:
            continue
        named = tokens[k - 1].lower == "called" or (
            tokens[k - 1].lower == "as" and tokens[k - 2].lower == "known"
        )
        before = tokens[max(0, k - 5) : k - 1]
        if named and not any(t.lower in GROUP_NOUNS or t.lower in FIGHTERS for t in before):
            continue
        loyal = tokens[k - 1].lower == "to" and tokens[k - 2].lower == "loyal"
        if not (named or (loyal and k > 2 and tokens[k - 3].lower in FIGHTERS)):
            continue
        name = run_text(tokens, start, end)
        if is_place_name(name) or names_a_person(name) or tokens[start].lower in lx.TITLE_WORDS:
            continue
        found.add(name, tokens[start].start)


QUOTED_BODY_KINDS = BODY_KINDS | {"campaign"}
"""Nouns before a name in quotation marks that make it a body's: 'the charity "Give a hand"'."""


def quoted_body_name(tokens: list[Token], k: int, text: str) -> bool:
    """A body's name in quotation marks, which nobody says: 'the charity "Give a hand"',
    'Anna Nowak of "Give a hand", an aid charity,', 'the campaign "Stop the guns now"'; words
    told to a body are said: 'she told the agency "We are ready"'."""
    words = text.split()
    if not text[:1].isupper() or not 0 < len(words) <= 6 or text.rstrip()[-1] in ".!?,;:":
        return False
    if k > 0 and tokens[k - 1].lower in QUOTED_BODY_KINDS:
        return not any(t.lower in lx.SPEECH_VERBS for t in tokens[max(0, k - 4) : k - 1])
    if k + 2 >= len(tokens) or tokens[k + 1].text != "," or tokens[k + 2].lower not in ("a", "an"):
        return False
    for token in tokens[k + 3 : k + 10]:
        if not token.is_word or token.quote >= 0:
            return False
        if token.lower in QUOTED_BODY_KINDS:
            return True  # ', an abuse victim support charity,'
    return False

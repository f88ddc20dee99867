"""Article text in, ExtractedArticle out: the steps in order, each in its own module."""

from __future__ import annotations

import gc
from bisect import bisect_left
from functools import wraps
from itertools import chain
from operator import attrgetter

from articles.extraction import body_words as bw
from articles.extraction import lexicon as lx
from articles.extraction.attribution import Attributor
from articles.extraction.bodies import Organisations
from articles.extraction.body_lists import bodies_listed_together
from articles.extraction.companies import companies_by_deed
from articles.extraction.kinds import quoted_body_name
from articles.extraction.model import (
    ExtractedArticle,
    ExtractedOrganisation,
    ExtractedQuote,
    ExtractedSpeaker,
)
from articles.extraction.organisations import drop_named_things, find_organisations
from articles.extraction.outlets import outlets
from articles.extraction.people import find_people
from articles.extraction.phrases import PhraseReader
from articles.extraction.quotes import QuoteSpan, find_quotes, is_one_word, looks_like_a_title
from articles.extraction.reference import NOBODY, Attribution, Sentence, Voice
from articles.extraction.text import (
    find_dateline,
    sentence_spans,
    split_article,
    story_paragraph,
)
from articles.extraction.tokens import Token, capitalised_runs, is_country, tokenize

OBJECTS = frozenset({"him", "her", "them", "it"})
CHANTING = frozenset({"chanting", "chanted", "chant", "chants"})
CHANTS = frozenset({"chant", "chants", "cries", "cry", "shouts", "shout", "roars"})


def without_cycle_collection(function):
    """Runs ``function`` with the cycle collector paused: an article's tokens, phrases and
    people live until its extraction ends, and the collector would walk them again and again
    (some 4% of the time) to find almost no cycles; it runs once the article is done."""

    @wraps(function)
    def paused(*args, **kwargs):
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@without_cycle_collection
def extract(text: str) -> ExtractedArticle:
    """Quotes, who said them, and the organisations an article names."""
    article = split_article(text)
    body = article.body
    if not article.paragraphs:
        return ExtractedArticle(title=article.title, body=body)
    first = story_paragraph(article)
    dateline, story_start = find_dateline(body[first.start : first.end])
    story_start += first.start
    scan = find_quotes(body, article.paragraphs)
    quotes = scan.quotes
    paragraph_tokens = [tokenize(body, p.start, p.end) for p in article.paragraphs]
    sentences = split_sentences(body, quotes, story_start, paragraph_tokens)
    paragraph_runs = [capitalised_runs(tokens) for tokens in paragraph_tokens]
    orgs = find_organisations(paragraph_tokens, story_start, paragraph_runs)
    phrases = PhraseReader(orgs)
    people = find_people([s.tokens for s in sentences], phrases)
    for tokens, runs in zip(paragraph_tokens, paragraph_runs, strict=True):
        outlets(tokens, runs, orgs, people.match)
        companies_by_deed(tokens, runs, orgs, people.match)
        bodies_listed_together(tokens, runs, orgs, people.match)
    orgs.drop_people(people.surname)
    orgs.fold_short_names()
    orgs.drop_list_fragments()
    orgs.fold_name_tails()
    drop_named_things(paragraph_tokens, orgs)
    attributor = Attributor(sentences, phrases, people)
    found: list[Attribution] = [Attribution(None, "", "")] * len(quotes)
    works: set[int] = set()
    for index, sentence in enumerate(sentences):
        attributor.read_subject_pronoun(index)
        attributor.read_reported_speech(index)
        for k, token in enumerate(sentence.tokens):
            if token.quote >= 0:
                if chanted(sentence.tokens, k):
                    found[token.quote] = NOBODY
                else:
                    found[token.quote] = attributor.attribute(index, k)
                    if found[token.quote].voice is None:
                        found[token.quote] = repeated(body, quotes, found, token.quote)
                span = quotes[token.quote]
                if quoted_body_name(sentence.tokens, k, body[span.start : span.end]):
                    orgs.add(body[span.start : span.end], span.start)  # 'the charity "X"'
                    works.add(token.quote)
                elif names_a_work(body, span, found[token.quote], sentence, k):
                    works.add(token.quote)
    return ExtractedArticle(
        title=article.title,
        body=body,
        dateline=dateline,
        quotes=tuple(
            quote_of(body, q, a)
            for n, (q, a) in enumerate(zip(quotes, found, strict=True))
            if n not in works
        ),
        speakers=speakers_of([a for n, a in enumerate(found) if n not in works], orgs),
        organisations=tuple(
            ExtractedOrganisation(o.name, o.acronym, tuple(o.aliases)) for o in orgs.ordered()
        ),
        problems=scan.problems,
    )


def repeated(
    body: str, quotes: tuple[QuoteSpan, ...], found: list[Attribution], n: int
) -> Attribution:
    """A quote with no speaker of its own that repeats words quoted earlier is theirs who said
    them first: 'Roe called them “cowards”.' … 'Ferro attacked Roe for the “cowards”
    remark.'"""
    words = quoted_words(body, quotes[n])
    for earlier in range(n - 1, -1, -1):
        said = found[earlier]
        if said.voice is not None and quoted_words(body, quotes[earlier]) == words:
            return Attribution(said.voice, "", "repeated")
    return found[n]


def quoted_words(body: str, span: QuoteSpan) -> str:
    return " ".join(body[span.start : span.end].casefold().strip(" ,.;:!?").split())


def names_a_work(
    body: str, span: QuoteSpan, found: Attribution, sentence: Sentence, k: int
) -> bool:
    """A quoted name or gloss that nobody says: a title in a sentence with no speech verb
    ('ruled in the case "Lena Holm vs. Brondel Media Limited"'), a title after "called",
    "known as", "on" or an outlet's name ('said on KTV's "Morning Show"'), or a gloss in brackets
    ('Grexit ("Greek exit")'), a nickname set before a name ('"Harbour Queen" Ana Ruiz'), or
    single words glossed one by one with no one speaking ('"A" is for "alpha," and "7" for
    the year')."""
    tokens = sentence.tokens
    if 0 < k < len(tokens) - 1 and tokens[k - 1].text == "(" and tokens[k + 1].text == ")":
        return True
    if found.voice is not None and found.voice.person is not None and labelled(tokens, k):
        return False  # 'Roe referred to the vote as "The Big Lie"': her words for it
    named = k + 1 < len(tokens) and tokens[k + 1].capitalised and tokens[k + 1].is_word
    if named and looks_like_a_title(body[span.start : span.end]):
        return True  # a nickname before the name: '"Harbour Queen" Ana Petrova'
    if found.voice is None and is_one_word(body[span.start : span.end]):
        return sum(t.quote >= 0 and is_one_word(t.text) for t in tokens) > 1
    named = k > 0 and (
        given_a_name(tokens, k)
        or tokens[k - 1].lower in ("on", "in")
        or (tokens[k - 1].possessive and tokens[k - 1].capitalised)
    )  # 'a site known as "Open Door"', 'said on "Face the Vote"', 'told KTV\'s "Morning Show"'
    if not named and found.voice is not None:
        return False
    text = body[span.start : span.end]
    if not looks_like_a_title(text.rstrip(",.") if named else text):  # "Face the Vote."
        return False
    return named or not any(t.quote < 0 and t.text in lx.SPEECH_VERBS for t in tokens)


def given_a_name(tokens: list[Token], k: int) -> bool:
    """Whether the quote at ``k`` follows a verb of naming, past an article or whoever is
    named: 'known as "X"', 'nicknamed the "Lion"', 'called Ferro "Lyin' Jo"', 'dubbed him
    "Little Ade"'."""
    j = k - 1 - (k > 1 and tokens[k - 1].lower in lx.ARTICLES)
    named = j
    while (
        named > 0
        and k - named <= 3
        and (tokens[named].capitalised or tokens[named].lower in OBJECTS)
    ):
        named -= 1  # past the one who is named: 'called Jo Ferro "..."'
    return any(naming(tokens[i]) for i in {j, named} if i >= 0)


LABELLING_VERBS = lx.words(
    "referred refers referring described describes describing branded brands labelled labeled"
    " labels characterised characterized characterizes characterises derided derides"
)
"""Verbs by which a speaker gives something a name of their own: 'referred to the vote as'."""


def labelled(tokens: list[Token], k: int) -> bool:
    """Whether the quote at ``k`` follows "as" after a verb by which a speaker labels
    something: 'referred to the vote as "The Big Lie"', 'described the plan as "Project Fear"';
    a place "known as" a name is no one's words."""
    j = k - 1 - (k > 1 and tokens[k - 1].lower in lx.ARTICLES)
    if j < 1 or tokens[j].lower != "as":
        return False
    return any(t.lower in LABELLING_VERBS for t in tokens[max(0, j - 6) : j])


def naming(token: Token) -> bool:
    return token.lower in lx.NAMING_WORDS or token.lower.endswith("named")


def chanted(tokens: list[Token], k: int) -> bool:
    """A quote a crowd chants or shouts is nobody's: 'responded with chants of "Go home!"',
    'the crowd chanting "Free them"'."""
    before = [t.lower for t in tokens[max(0, k - 2) : k]]
    if before and before[-1] in CHANTING:
        return True
    return len(before) == 2 and before[1] == "of" and before[0] in CHANTS


def mask(body: str, quotes: tuple[QuoteSpan, ...]) -> str:
    """The body with quoted words blanked out, so that a full stop inside a quote ends no
    sentence; a quote that ends with one still ends its sentence: “We won.” They...; so does a
    question or an exclamation introduced by a comma or colon, before a capital: 'Roe said,
    “Why?” Ferro said, ...', never '“Why?” Roe said.'"""
    pieces, cursor = [], 0
    for quote in quotes:
        blank = quote.end - quote.opening - 1
        said = body[quote.start : quote.end].rstrip(")]")
        after = body[quote.end + 1 : quote.end + 4].lstrip()
        introduced = body[max(0, quote.opening - 3) : quote.opening].rstrip().endswith((",", ":"))
        asked = said.endswith(("?", "!")) and introduced and after[:1].isupper()
        ends = said.endswith(".") or asked
        pieces += [body[cursor : quote.opening + 1], "x" * (blank - ends), "." * ends]
        cursor = quote.end
    pieces.append(body[cursor:])
    return "".join(pieces)


def split_sentences(
    body: str,
    quotes: tuple[QuoteSpan, ...],
    story_start: int,
    paragraph_tokens: list[list[Token]],
) -> list[Sentence]:
    """Sentences of the body, each a list of tokens in which a quote is one token; the dateline
    belongs to no sentence. Words are taken from the paragraphs' tokens, not tokenized again."""
    masked = mask(body, quotes)
    words = list(chain.from_iterable(paragraph_tokens))
    starts = list(map(attrgetter("start"), words))
    sentences: list[Sentence] = []
    next_quote = 0
    paragraph, start = 0, 0
    while start <= len(masked):
        end = masked.find("\n\n", start)
        end = len(masked) if end < 0 else end
        for s, e in sentence_spans(masked, max(start, story_start), end):
            tokens: list[Token] = []
            cursor = s
            while next_quote < len(quotes) and quotes[next_quote].opening < e:
                quote = quotes[next_quote]
                tokens += words[bisect_left(starts, cursor) : bisect_left(starts, quote.opening)]
                tokens.append(
                    Token.of(
                        body[quote.opening : quote.closing],
                        quote.opening,
                        quote.closing,
                        next_quote,
                    )
                )
                cursor = quote.closing
                next_quote += 1
            tokens += words[bisect_left(starts, cursor) : bisect_left(starts, e)]
            if tokens:
                sentences.append(Sentence(s, e, paragraph, tokens))
        paragraph += 1
        start = end + 2
    return sentences


def quote_of(body: str, span: QuoteSpan, found: Attribution) -> ExtractedQuote:
    return ExtractedQuote(
        text=body[span.start : span.end],
        start=span.start,
        end=span.end,
        speaker=found.voice.name if found.voice else None,
        verb=found.verb,
        partial=span.partial,
        rule=found.rule,
        confidence=found.confidence(span.partial),
    )


def full_body(name: str, orgs: Organisations) -> str:
    """A speaker's body as the article's list names it: read short of its "of" it is the one
    body named in full that goes on with it ("Ana Brill of Varna University School of Law"
    gives "Varna University School of Law", never "Varna University School"); read with a
    country's possessive before it or a word of the title after it, it is the body found
    inside ("Veldia's National Crime Agency", "Eighth Fleet Logistics" for "Eighth Fleet
    Logistics Chief Ana Roe" when "Eighth Fleet" is the body); an alias is the list's name."""
    if not name:
        return name
    if (found := orgs.find(name)) is not None:
        return found.name  # "UK's National Crime Agency": the list's "National Crime Agency"
    longer = [o.name for o in orgs.items if o.name.startswith(name + " of ")]
    if len(longer) == 1:
        return longer[0]
    owner, _, rest = name.partition("'s ")
    if rest and is_country(owner) and orgs.find(rest) is not None:
        return rest
    shorter, _, last = name.rpartition(" ")
    if shorter and last not in bw.ORGANISATION_NOUNS and orgs.find(shorter) is not None:
        return shorter
    return name


def speakers_of(found: list[Attribution], orgs: Organisations) -> tuple[ExtractedSpeaker, ...]:
    """Each voice that speaks in a quote, once, in order of first quote."""
    voices: dict[str, Voice] = {}
    for attribution in found:
        if attribution.voice is not None:
            voices.setdefault(attribution.voice.name, attribution.voice)
    speakers = []
    for voice in voices.values():
        if voice.person is not None:
            person = voice.person
            speakers.append(
                ExtractedSpeaker(
                    person.name,
                    person.title,
                    full_body(person.organisation, orgs),
                    tuple(person.forms),
                )
            )
            continue
        org = orgs.find(voice.name)
        aliases = (org.acronym, *org.aliases) if org else ()
        speakers.append(
            ExtractedSpeaker(
                voice.name,
                aliases=tuple(a for a in aliases if a and a != voice.name),
                is_organisation=voice.is_organisation,
            )
        )
    return tuple(speakers)

"""Normalisation, headline, body, dateline and sentences: articles/extraction/text.py."""

import pytest

from articles.extraction import evidence, extract
from articles.extraction.text import find_dateline, normalise, sentence_spans, split_article


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_normalise_makes_odd_spaces_plain_and_composes_accents():
    assert normalise("Ays\u0327e\u00a0said\u202fno\u200b.") == "Ayşe said no."


def test_apostrophes_inside_words_take_one_form_but_quotation_marks_stay():
    assert normalise("the council’s ‘plan’") == "the council's ‘plan’"


def test_headline_is_first_non_empty_line_and_body_paragraphs_are_joined_by_a_blank_line():
    article = split_article(
        "\n\n  Floods hit the delta \n\nFirst line\nwrapped here.\n\n\n\nSecond.\n"
    )
    assert article.title == "Floods hit the delta"
    assert article.body == "First line wrapped here.\n\nSecond."
    assert [article.body[p.start : p.end] for p in article.paragraphs] == [
        "First line wrapped here.",
        "Second.",
    ]
    assert [p.line for p in article.paragraphs] == [5, 10]


def test_extract_keeps_the_dateline_inside_the_body():
    article = extract("Headline\n\nKHARTOUM — Fighting resumed on Friday.")
    assert article.dateline == "KHARTOUM"
    assert article.body == "KHARTOUM — Fighting resumed on Friday."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("NAIROBI - Rains fell.", "NAIROBI"),
        ("KYIV — Sirens sounded.", "KYIV"),
        ("SAN JUAN, PUERTO RICO — Power failed.", "SAN JUAN, PUERTO RICO"),
        ("Nairobi/Kampala (UNHCR) – Aid arrived.", "Nairobi/Kampala (UNHCR)"),
        ("BAGHDAD, Oct 3 (Reuters) - Protests grew.", "BAGHDAD, Oct 3 (Reuters)"),
        ("NEW YORK, 12 March (UN News) — Aid arrived.", "NEW YORK, 12 March (UN News)"),
        ("GENEVA (12 March 2026) — Experts spoke.", "GENEVA (12 March 2026)"),
        ("DAKAR, March 12, 2026 — Rains fell.", "DAKAR, March 12, 2026"),
    ],
)
def test_dateline_shapes(opening, place):
    assert find_dateline(opening)[0] == place


@pytest.mark.parametrize(
    "opening",
    [
        "The Army — whose chief resigned — moved north.",
        "Late on Sunday, rebels advanced.",
        "Officials - speaking anonymously - said little.",
    ],
)
def test_no_dateline_in_an_ordinary_first_sentence(opening):
    assert find_dateline(opening) == ("", 0)


def test_sentences_survive_abbreviations():
    text = (
        "Mr. Okafor met Gen. Lindqvist on Sept. 4 at No. 10 Main Road. "
        "The U.N. envoy was late. Dr. Reyes said so."
    )
    assert sentences(text) == [
        "Mr. Okafor met Gen. Lindqvist on Sept. 4 at No. 10 Main Road.",
        "The U.N. envoy was late.",
        "Dr. Reyes said so.",
    ]


@pytest.mark.parametrize(
    ("town", "state"), [("Sacramento", "Calif."), ("Macon", "Ga."), ("Concord", "N.H.")]
)
@pytest.mark.parametrize("name", ["Rep. Olamide Adewale", "Rep. Zhou Lan", "Rep. Dariusz Nowak"])
def test_a_states_short_form_after_a_town_ends_no_sentence(name, town, state):
    """ "Sacramento, Calif. Democrats": the short form goes on as "U.S." does, and ends the
    sentence only before a word that usually opens one; the town and state before the verb
    are where the speaker comes from, never the speaker."""
    said = f"{name} of {town}, {state} said: “We will win.”"
    assert sentences(said) == [said]
    for text in (said, f"“We will win,” {name} of {town}, {state} said."):
        quotes = extract(f"Vote\n\n{text}").quotes
        assert [q.speaker for q in quotes] == [name.removeprefix("Rep. ")]
    going_on = f"In {town}, {state} Republicans lost the vote."
    assert sentences(going_on) == [going_on]
    assert sentences(f"She moved to {town}, {state} The town grew.") == [
        f"She moved to {town}, {state}",
        "The town grew.",
    ]


def test_a_sentence_may_end_with_an_abbreviation_of_a_country():
    assert sentences("Troops left the U.S. The base closed.") == [
        "Troops left the U.S.",
        "The base closed.",
    ]


@pytest.mark.parametrize("word", ["Calif", "Tenn", "Ala", "Ga", "Md", "Pa", "Fla", "Wyo"])
def test_a_state_shortened_as_news_shortens_it(word):
    assert evidence.is_state_abbreviation(word)


@pytest.mark.parametrize("word", ["Mia", "Ana", "Ida", "Lin", "Al", "Ian", "New", "Tex"])
def test_a_first_name_made_of_a_states_letters_is_no_state(word):
    assert not evidence.is_state_abbreviation(word)

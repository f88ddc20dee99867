"""Quotation spans, partial quotes and unbalanced marks: articles/extraction/quotes.py."""

import pytest

from articles.extraction import extract
from tests.made_up import read


def quote_texts(text: str) -> list[str]:
    return [q.text for q in extract(text).quotes]


def test_curly_and_straight_quotes():
    text = 'H\n\n“We will stay,” Amara Diallo said. Later she said "we may leave".'
    assert quote_texts(text) == ["We will stay,", "we may leave"]


def test_offsets_point_into_the_body():
    article = extract("H\n\nThe mayor said: “Roads are closed.”")
    (quote,) = article.quotes
    assert article.body[quote.start : quote.end] == quote.text == "Roads are closed."


def test_single_quotes_nested_in_a_double_quote_are_part_of_it():
    text = "H\n\n“They shouted ‘go home’ at us,” Lena Brandt said."
    assert quote_texts(text) == ["They shouted ‘go home’ at us,"]


def test_apostrophes_are_no_quotation_marks():
    text = "H\n\n“The village’s well is dry and we can't wait 'til spring,” a farmer said."
    assert quote_texts(text) == ["The village's well is dry and we can't wait 'til spring,"]


def test_single_quotes_are_quotes_in_an_article_without_double_ones():
    text = "H\n\n‘We are not afraid,’ said Tomas Berg. The students' union didn't agree."
    assert quote_texts(text) == ["We are not afraid,"]


def test_a_quote_running_over_paragraphs_is_one_quote_and_no_problem():
    text = "H\n\n“First we lost the harvest.\n\n“Then we lost the house,” said Idris Musa."
    article = extract(text)
    assert [q.text for q in article.quotes] == [
        "First we lost the harvest.\n\n“Then we lost the house,"
    ]
    assert article.quotes[0].speaker == "Idris Musa"
    assert article.problems == ()


def test_partial_quote_woven_into_a_sentence():
    article = extract("H\n\nThe council urged both sides to show “maximum restraint” at once.")
    assert article.quotes[0].partial is True


def test_full_quote_after_a_speech_verb_is_not_partial():
    article = extract('H\n\nThe colonel said "We have retaken the bridge."')
    assert article.quotes[0].partial is False


def test_an_unclosed_quote_is_reported_with_its_line_and_only_its_span_left_out():
    article = extract(
        "H\n\n“We held,” a guard said.\n\n“We never left, said a guard.\n\nThe end.\n\n"
        "“It is over,” he said."
    )
    assert len(article.problems) == 1
    assert article.problems[0].startswith("line 5:")
    assert [q.text for q in article.quotes] == ["We held,", "It is over,"]


def test_a_stray_closing_mark_is_reported():
    article = extract("H\n\nNothing opened” here.")
    assert article.problems and "closing quotation mark" in article.problems[0]
    assert article.quotes == ()


def test_a_quoted_case_name_nobody_says_is_no_quote():
    text = (
        "H\n\nThe court ruled on “Marta Kowal vs. Baltic Shipping Limited” on Tuesday. "
        "“The ruling is final,” judge Ewa Nowak said."
    )
    assert quote_texts(text) == ["The ruling is final,"]


def test_a_quoted_title_of_a_work_is_no_quote():
    assert quote_texts("H\n\nThe ministry published “A Plan for the Coast” in June.") == []


def test_a_title_case_quote_with_a_speaker_stays():
    assert quote_texts("H\n\n“Stop The War,” Tarek Sy said.") == ["Stop The War,"]


def test_a_title_case_quote_beside_a_speech_verb_stays():
    text = "H\n\nThe banner said “Bread And Water” in red letters."
    assert quote_texts(text) == ["Bread And Water"]


def test_a_short_lowercase_partial_quote_stays():
    text = "H\n\nThe envoy called the plan “unhelpful” on Monday."
    assert quote_texts(text) == ["unhelpful"]


def test_a_body_named_in_quotation_marks_is_no_quote_but_an_organisation():
    article = extract(
        'H\n\nThe charity "Hands for Hope" said it would help. Ngozi Eze of "Give a hand", an aid '
        'charity, told reporters "it is too late." The campaign "Stop the guns now" marched. '
        'Wu Jian told the group "We are ready" and left.'
    )
    assert [q.text for q in article.quotes] == ["it is too late.", "We are ready"]
    assert {"Hands for Hope", "Give a hand", "Stop the guns now"} <= {
        o.name for o in article.organisations
    }


def test_letters_and_words_glossed_one_by_one_with_no_speaker_are_no_quotes():
    glossed = read('The name is short. "K" is for "Kilo," and "9" for the year of the outbreak.')
    assert glossed.quotes == ()
    said = read('Ana Lopez called the plan "reckless" and "cruel".')
    assert [(q.text, q.speaker) for q in said.quotes] == [
        ("reckless", "Ana Lopez"),
        ("cruel", "Ana Lopez"),
    ]


@pytest.mark.parametrize("question", ["will I get out?", "am I going to live?", "why us?"])
@pytest.mark.parametrize("after", [".", ",", ";"])
def test_a_straight_mark_after_a_space_closes_before_punctuation(question, after):
    """'"it felt like 'will I get out?' ".': a space before the closing mark, which a nested
    question leaves, makes it no opening mark when punctuation follows."""
    article = read(f"Amina said “everyone screamed”, and \"it felt like '{question}' \"{after}")
    assert [q.text for q in article.quotes] == ["everyone screamed", f"it felt like '{question}'"]
    assert article.problems == ()


@pytest.mark.parametrize("nickname", ["Harbour Queen", "The Iron Judge", "Lion of Tamberlo"])
@pytest.mark.parametrize("name", ["Ana Petrova", "Kwame Mensah", "Zhao Lei"])
def test_a_nickname_in_marks_before_a_name_is_no_quote(nickname, name):
    """'"Harbour Queen" Ana Petrova, a former broadcaster, …': Title Case words in marks
    right before a name call the person so, and nobody says them."""
    text = f"The party nominated “{nickname}” {name}, a former broadcaster. “We won,” she said."
    assert [q.text for q in read(text).quotes] == ["We won,"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'Tamar Eshel said: "My mother told me, "Keep walking," and I did."',
            'My mother told me, "Keep walking," and I did.',
        ),
        (
            '"They keep saying "tomorrow", but we cannot wait," said Bui Thi Lan, the director.',
            'They keep saying "tomorrow", but we cannot wait,',
        ),
        (
            "“The sign read “Road closed” so we turned back,” said Osagie Eweka.",
            "The sign read “Road closed” so we turned back,",
        ),
    ],
)
def test_a_quote_in_double_marks_inside_another_is_part_of_it(text, quoted):
    """A quote the speaker repeats, in the same marks as the outer one, stays inside it: the
    outer speaker keeps the whole quote, and nothing is off balance."""
    article = extract("H\n\n" + text)
    assert [q.text for q in article.quotes] == [quoted]
    assert article.quotes[0].speaker in {"Tamar Eshel", "Bui Thi Lan", "Osagie Eweka"}
    assert article.problems == ()


def test_a_quote_that_never_closes_leaves_the_ones_inside_it_standing():
    article = extract('H\n\n"We stay, said Farid Karimi. "We have nowhere else," he added.')
    assert [q.text for q in article.quotes] == ["We have nowhere else,"]
    assert len(article.problems) == 1


def test_one_mark_that_ends_the_paragraph_closes_both_quotes():
    article = extract('H\n\nIvana Ruso said: "They told us "leave now".\n\n"We stayed," she said.')
    assert [q.speaker for q in article.quotes] == ["Ivana Ruso", "Ivana Ruso"]
    assert article.quotes[1].text == "We stayed,"

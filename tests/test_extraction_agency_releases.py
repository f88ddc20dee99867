"""Who said each quote in the habits of UN and aid-agency releases (issue 9); every sentence is
made up, with names of several origins."""

import pytest

from tests.made_up import speakers

ACRONYM_SPEAKS = [
    "“Cases have doubled,” WHO said.",
    "“Cases have doubled,” said WHO.",
    "WHO said: “Cases have doubled.”",
    "“Cases have doubled,” WHO said in a statement.",
]


@pytest.mark.parametrize("sentence", ACRONYM_SPEAKS)
def test_an_acronym_spelling_a_pronoun_names_the_body(sentence):
    """ "WHO" in capitals is the body the article defined, never the relative pronoun."""
    introduction = "The World Health Organization (WHO) counted new cases. "
    assert speakers(introduction + sentence) == ["World Health Organization"]


def test_the_relative_pronoun_still_reads_as_one():
    text = "“Cases have doubled,” said Dr Amina Diallo, who leads the clinic."
    assert speakers(text) == ["Amina Diallo"]

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


OFFICES = [
    ("Prime Minister Sergei Volkov", "the premier"),
    ("Foreign Minister Kenji Watanabe", "the top diplomat"),
    ("Foreign Minister Kenji Watanabe", "the country's top diplomat"),
    ("The Special Rapporteur on torture, Amara Okafor,", "the UN expert"),
    ("Special Rapporteur Amara Okafor", "the rapporteur"),
    ("Special Envoy Martin Kowalczyk", "the envoy"),
    ("WFP Executive Director Li Wei", "the agency chief"),
    ("WFP Executive Director Li Wei", "the head of the agency"),
]


@pytest.mark.parametrize(("introduction", "description"), OFFICES)
def test_a_description_names_the_office_in_other_words(introduction, description):
    """Releases refer back to an office without its title: "the premier", "the top diplomat",
    "the UN expert", "the agency chief"."""
    name = " ".join(introduction.split()[-2:]).strip(",")
    text = f"{introduction} arrived on Monday. “Talks were frank,” {description} said."
    assert speakers(text) == [name]
    text = f"{introduction} arrived on Monday. “Talks were frank,” said {description}."
    assert speakers(text) == [name]


def test_a_body_s_chief_is_whoever_was_named_heading_a_body():
    """ "The agency chief" is the director named with the agency, not a police chief named
    since."""
    text = (
        "WFP Executive Director Li Wei arrived. Police chief Ivan Petrov met her. "
        "“Rations will be cut,” the agency chief said."
    )
    assert speakers(text) == ["Li Wei"]


def test_an_office_nobody_holds_names_no_one():
    text = "Interior Minister Sergei Volkov arrived. “Talks were frank,” the premier said."
    assert speakers(text) == [None]

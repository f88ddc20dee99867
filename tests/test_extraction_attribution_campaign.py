"""Who said each quote in the styles of US campaign coverage and agency releases (issue 9):
long titles, unnamed sources and quotes that open their sentence; every sentence is made up,
with names of several origins."""

import pytest

from tests.made_up import speakers

EARLIER = (
    "Jo Lam, the campaign chairman, said the team was calm. “We are in good shape,” Lam said. "
)


@pytest.mark.parametrize(
    "trailer",
    [
        "one senior Republican strategist said",
        "a person familiar with the talks said",
        "two people close to the campaign told reporters",
        "another aide told the Courier",
    ],
)
def test_a_quote_whose_own_verb_has_an_unnamed_subject_is_nobodys(trailer):
    """ "“…,” one aide said" names no one: the quote does not continue the speaker before."""
    assert speakers(f"{EARLIER}“It is a disaster,” {trailer}.")[1] is None


@pytest.mark.parametrize(
    ("trailer", "name"),
    [
        ("2nd Division's Press Office head Li Wei told the Herald", "Li Wei"),
        ("the mission's deputy chief Oksana Melnyk told reporters", "Oksana Melnyk"),
    ],
)
def test_a_quote_then_a_long_title_and_a_name_with_a_verb(trailer, name):
    """A possessive chain before the title does not hide the name before the verb."""
    assert speakers(f"{EARLIER}“We found no survivors,” {trailer}.")[1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rafael Ortiz spoke first. Ortiz's deputy, Hana Kobayashi, was blunter: “No.”",
            "Hana Kobayashi",
        ),
        (
            "Rafael Ortiz spoke first. The mayor's spokeswoman, Ines Varga, was clear: “No.”",
            "Ines Varga",
        ),
    ],
)
def test_a_name_set_beside_the_subject_before_a_colon_speaks(text, name):
    assert speakers(text) == [name]


def test_a_sentence_with_its_own_speech_verb_before_a_colon_borrows_no_speaker():
    """ "the agencies said: “…”" names no one, and is not the speaker of the sentence before."""
    text = (
        "“The window is closing,” Najat Rochdi said. "
        "In a joint statement, the agencies said: “Enough is enough.”"
    )
    assert speakers(text) == ["Najat Rochdi", None]

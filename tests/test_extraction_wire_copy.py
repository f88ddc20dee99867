"""Wire and newspaper copy (issue 9): bylines, quotation marks typed in other ways, quoted
nicknames and chants, and media that report; every sentence is made up, with names of several
origins."""

import pytest

from articles.extraction import extract
from tests.made_up import read, speakers

BYLINES = [
    "By OLUWASEUN ADEBAYO, Associated Press",
    "By Jo Lam and Ana Ferro",
    "By DARIUSZ NOWAK | Wire Service",
    "By Priya Raman, Hamid Karimi and Chen Wei, The Daily Ledger",
    "By Jo Lam and Ana Ferro March 1 at 5:00 PM",
    "Story by Svetlana Morozova",
    "Oluwaseun Adebayo, Associated Press",
]


@pytest.mark.parametrize("byline", BYLINES)
def test_a_byline_hides_no_dateline_and_names_no_body(byline):
    """The writers and their agency are no one in the story, and the dateline after them stays
    a place."""
    article = extract(
        f"Talks stall\n\n{byline}\n\nKAMPALA — Senator Kwame Mensah spoke.\n\n"
        "“We are far apart,” Mensah said."
    )
    assert article.dateline == "KAMPALA"
    assert "KAMPALA" not in [o.name for o in article.organisations]
    assert [s.name for s in article.speakers] == ["Kwame Mensah"]


@pytest.mark.parametrize("opening", ["By Monday, Jo Lam had left.", "By then the roads were shut."])
def test_a_first_sentence_opening_with_by_is_no_byline(opening):
    article = extract(f"H\n\n{opening}\n\nKAMPALA — Kwame Mensah spoke.")
    assert article.dateline == ""


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Dariusz Nowak spoke.\n\nNowak wrote. " We lost . " He left.', "We lost ."),
        ('Amara Diallo said: " It is over, " and left.', "It is over,"),
        ("Priya Raman said, ``We will not give in.'' She left.", "We will not give in."),
        ("''We will not give in,'' Priya Raman said.", "We will not give in,"),
        ('Nadia Farouk said:"We are done."', "We are done."),
        ('Chukwuma Obi left. Obi said."Let them come."', "Let them come."),
    ],
)
def test_quotes_typed_with_spaces_inside_or_with_doubled_marks(text, quote):
    """A straight mark with spaces on both sides opens a quote when none is open; ``...'' are
    quotation marks."""
    article = read(text)
    assert [q.text for q in article.quotes] == [quote]
    assert article.quotes[0].speaker is not None


@pytest.mark.parametrize(
    "sentence",
    [
        'Ibrahim Haddad, nicknamed the "Lion of the Valley", said he would run.',
        'The raid, dubbed "Operation Sand Storm", failed, Olga Ivanova said.',
        'The camp, known as "Blue Hill", is closed, Zhou Lan said.',
        'The mission, codenamed "Red Dawn", ended, Juan Morales said.',
        'Kofi Mensah called Ferro "Lyin\' Jo." Olga Ivanova agreed.',
        'Li Wei dubbed him "Little Marek." Aisha Bello laughed.',
    ],
)
def test_a_quoted_nickname_or_code_name_is_no_quote_and_gives_no_speaker(sentence):
    article = read(sentence)
    assert article.quotes == ()
    assert article.speakers == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Kofi Boateng spoke to a crowd, which responded with chants of “Lock them up!”",
        "Mei Chen spoke as the crowd, chanting “Free them all”, marched past.",
        "Sergei Pavlov waved; cries of “Shame!” rose from the square.",
    ],
)
def test_a_chant_of_a_crowd_is_nobodys(sentence):
    assert speakers(sentence) == [None]


@pytest.mark.parametrize(
    ("body", "medium", "description"),
    [
        ("The Okonkwo Foundation", "The Daily Ledger reported", "the group"),
        ("The Sharma Trust", "Kanvo News first reported", "the organization"),
        ("The Lindqvist Institute", "Radio Zolna quoted staff who", "the group"),
    ],
)
def test_the_group_said_passes_over_a_medium_that_reported_to_the_body_before(
    body, medium, description
):
    text = (
        f"{body} closed its offices on Monday. {medium} said they were told by email. "
        f"“We are done,” {description} said."
    )
    assert speakers(text) == [body.removeprefix("The ")]


def test_a_medium_that_reports_is_no_group_said_later():
    """ "the group" means a body that acts in the story, not the medium that reported it."""
    text = (
        "The Daily Ledger reported on Monday that the clinic had closed. "
        "“We are done,” the group said."
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize("name", ["Jo Lam", "Oluwaseun Adebayo", "Svetlana Morozova", "Arjun Rao"])
def test_an_interview_answer_is_the_interviewees_and_the_question_nobodys(name):
    article = read(
        f"In an interview with the Courier, {name} discussed the plan.\n\n"
        "Q: “What will you do?”\n\nA: “We will build it.”"
    )
    assert [(q.speaker, q.confidence) for q in article.quotes] == [(None, ""), (name, "low")]


def test_an_answer_label_with_no_interview_named_gives_no_one():
    text = "Jo Lam met Kwame Asante.\n\nQ: “What will you do?”\n\nA: “We will build it.”"
    assert speakers(text) == [None, None]


@pytest.mark.parametrize(
    "dateline", ["GENEVA (12 March 2026)", "NEW YORK, 12 March (UN News)", "DAKAR, March 12, 2026"]
)
def test_a_release_dated_after_its_place_makes_neither_place_nor_date_a_body(dateline):
    article = extract(f"H\n\n{dateline} — Experts urged restraint.")
    assert article.dateline == dateline
    names = [o.name for o in article.organisations]
    assert not any(word in " ".join(names) for word in ("GENEVA", "NEW YORK", "DAKAR", "March"))


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back"])
def test_a_reply_with_back_after_a_run_of_another_speaker_is_the_one_named(verb):
    text = (
        "Rep. Kwame Asante spoke first.\n\nBut Sen. Olga Ivanova disagreed.\n\n"
        f"“It was the right call,” she said.\n\n“She's wrong,” Asante {verb}."
    )
    assert speakers(text) == ["Olga Ivanova", "Kwame Asante"]


@pytest.mark.parametrize("verb", ["shouted", "yelled", "cried"])
def test_a_person_who_shouts_a_quote_said_it(verb):
    assert speakers(f"Kofi Boateng {verb}, “Get out!”") == ["Kofi Boateng"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A statement from the Kamara campaign said the talks had failed.",
        "Wang Jun told the Osei team that the talks had failed.",
        "A spokesman told the Diallo campaign that the talks had failed.",
    ],
)
def test_a_name_that_says_whose_campaign_or_team_is_no_body(sentence):
    names = [o.name for o in read(sentence).organisations]
    assert not any(name in ("Kamara", "Osei", "Diallo") for name in names)


@pytest.mark.parametrize(("country", "acronym"), [("South Sudan", "UNMIKA"), ("Mali", "MINOSA")])
def test_the_mission_said_is_the_mission_named_before(country, acronym):
    """A UN release names its mission once, then calls it "the mission"."""
    text = (
        f"The UN Mission in {country} ({acronym}) sent patrols on Monday. "
        "“Civilians must be protected,” the mission said."
    )
    assert speakers(text) == [f"UN Mission in {country}"]


@pytest.mark.parametrize("office", ["Secretary-General", "President", "Minister"])
def test_an_office_whose_spokesperson_speaks_is_no_body(office):
    """UN releases quote "the Secretary-General's spokesperson": an office, not an organisation."""
    article = read(
        f"The fighting went on. “We are alarmed,” the {office}'s spokesperson, Jo Lam, said. "
        f"A statement from the {office}'s spokesperson said: “All parties must stop.”"
    )
    assert article.quotes[0].speaker == "Jo Lam"
    assert [o.name for o in article.organisations] == []


@pytest.mark.parametrize("name", ["Kwabena Owusu", "Marisol Quintero", "Arjun Mehra"])
@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("on social media referred to the vote as", "The Great Swindle"),
        ("described the plan as", "Project Fear"),
        ("referred to the talks as", "The Long Goodbye"),
    ],
)
def test_a_name_a_speaker_gives_something_is_their_quote(name, said, label):
    """ "Roe referred to the vote as “The Great Swindle”": Title Case words after a verb of
    labelling are the subject's, not the name of a work or a place "known as" one."""
    article = read(f"{name} {said} “{label}”.")
    assert [(q.text, q.speaker) for q in article.quotes] == [(label, name)]

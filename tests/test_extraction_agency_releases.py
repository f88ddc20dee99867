"""Who said each quote in the habits of UN and aid-agency releases (issue 9); every sentence is
made up, with names of several origins."""

import pytest

from articles.extraction import extract
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


OFFICE_SPEAKS = [
    ("President Kwame Mensah", "“Civilians must be protected,” Mensah's office said."),
    ("President Kwame Mensah", "“Civilians must be protected,” said Mensah's office."),
    ("Ana Lucía Ferreira", "Ferreira's office said: “Civilians must be protected.”"),
    ("Ana Lucía Ferreira", "“Civilians must be protected,” her office said."),
    ("President Zhang Wei", "“Civilians must be protected,” his office said."),
    (
        "High Commissioner Dmitri Sokolov",
        "“Civilians must be protected,” the office of the High Commissioner said.",
    ),
    (
        "President Kwame Mensah",
        "“Civilians must be protected,” said the office of President Mensah.",
    ),
]


@pytest.mark.parametrize(("introduction", "sentence"), OFFICE_SPEAKS)
def test_an_office_speaks_for_whoever_holds_it(introduction, sentence):
    """An office speaks as a document does, for whoever issued it: the owner before "'s",
    after "of", or whom "her" stands for."""
    name = introduction.removeprefix("President ").removeprefix("High Commissioner ")
    assert speakers(f"{introduction} condemned the attack. {sentence}") == [name]


def test_a_possessive_name_before_office_is_the_holder():
    assert speakers("“Civilians must be protected,” President Kwame Mensah's office said.") == [
        "Kwame Mensah"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We face impossible choices,” the agency said in a statement.",
        "In a statement, the agency said: “We face impossible choices.”",
        "“We face impossible choices,” it said.",
    ],
)
def test_a_body_described_before_its_acronym_is_the_agency_that_speaks(sentence):
    """ "The UN refugee agency (UNHCR)" opens the sentence with "UN", but the subject is the
    body whose acronym is in brackets: "the agency" refers back to it."""
    introduction = "The UN migration agency (IOM) warned that funding had fallen. "
    assert speakers(introduction + sentence) == ["IOM"]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("the UN's humanitarian coordinator in Yemen", "Kwame Mensah"),
        ("the agency's representative in Sudan", "Ji-woo Park"),
        ("the head of delegation in Haiti", "Lucía Fernández"),
    ],
)
def test_a_title_with_its_place_then_the_name_after_the_verb(title, name):
    """ "said the UN's humanitarian coordinator in Yemen, Kwame Mensah": the name after the
    title's place is the speaker."""
    assert speakers(f"Aid stopped. “Children are starving,” said {title}, {name}.") == [name]


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("OCHA", "Office for the Coordination of Humanitarian Affairs"),
        ("Dr Amina Diallo", "Amina Diallo"),
    ],
)
def test_a_lone_quote_after_a_sourced_sentence_is_the_source_s(source, name):
    """ "According to OCHA, 300,000 people have fled." then a quote on its own: the source
    goes on speaking, as after "OCHA said ..."."""
    text = (
        "The Office for the Coordination of Humanitarian Affairs (OCHA) counts the displaced. "
        f"According to {source}, 300,000 people have fled. “The situation is dire.”"
    )
    assert speakers(text) == [name]


def test_a_lone_quote_after_an_unnamed_source_names_no_one():
    assert speakers("According to police, 30 people died. “It was terrible.”") == [None]


@pytest.mark.parametrize(
    ("introduction", "description", "name"),
    [
        ("The Coastal Relief Network warned of famine.", "the aid group", "Coastal Relief Network"),
        (
            "The Open Borders Alliance documented abuses.",
            "the rights group",
            "Open Borders Alliance",
        ),
        ("The United Nations warned of famine.", "the world body", "United Nations"),
        (
            "The Regional Atomic Safety Agency (RASA) inspected the plant.",
            "the watchdog",
            "Regional Atomic Safety Agency",
        ),
    ],
)
def test_a_body_s_kind_with_a_word_before_it_refers_back(introduction, description, name):
    """ "the rights group", "the world body", "the watchdog" refer back to the body that was
    the latest subject, as "the group" does."""
    assert speakers(f"{introduction} “Time is running out,” {description} said.") == [name]


def test_a_body_s_kind_with_no_body_before_names_no_one():
    assert speakers("Villagers fled. “Time is running out,” the rights group said.") == [None]


@pytest.mark.parametrize(
    "speaker",
    ["Amadou Diallo", "Amadou Diallo, a camp officer", "Oksana Melnyk of the Kestrel Fund"],
)
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_speaker_named_after_a_clause_and_the_verb_is_the_later_pronoun(speaker, pronoun):
    """ "Heavy fighting went on, said Amadou Diallo. “…,” he said.": the one named after the
    verb is who the pronoun refers back to."""
    text = (
        f"Headline\n\nHeavy fighting went on, said {speaker}. “Tents were flooded,” {pronoun} said."
    )
    assert [q.speaker for q in extract(text).quotes] == [speaker.split(",")[0].split(" of ")[0]]


@pytest.mark.parametrize("outlet", ["Vela News", "Kestrel Radio", "Kora TV"])
def test_an_outlet_run_into_a_known_surname_is_no_part_of_the_name(outlet):
    text = f"Headline\n\nNgozi Okafor spoke. On {outlet} Okafor said, “I am healthy.”"
    article = extract(text)
    assert [q.speaker for q in article.quotes] == ["Ngozi Okafor"]
    assert all("Okafor" not in o.name for o in article.organisations)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "UN Under-Secretary-General for Humanitarian Affairs Tomasz Nowak said, “Go.”",
            "Tomasz Nowak",
            "Under-Secretary-General",
        ),
        ("WHO Director-General Dr Ngozi Eze said, “Go.”", "Ngozi Eze", "Director-General"),
        ("Health Minister Dr. Li Wei said, “Go.”", "Li Wei", "Health Minister"),
        ("EU Commissioner Prof. Ana Ruiz said, “Go.”", "Ana Ruiz", "Commissioner"),
    ],
)
def test_an_acronym_and_an_honorific_around_a_title_stay_out_of_the_name(text, name, title):
    """ "UN" is no first name before a title, and "Dr" between a title and the name is the
    person's honorific."""
    article = extract("Headline\n\n" + text)
    assert [q.speaker for q in article.quotes] == [name]
    assert title in article.speakers[0].title


@pytest.mark.parametrize(
    "lead_in",
    [
        "The following is attributable to {}, spokesperson for the Tarvel Food Council:",
        "The following statement is attributable to {}:",
        "In a statement, the Tarvel Food Council's director, {}, said:",
        "{}, Regional Director of the Tarvel Food Council, said in a statement on Monday.",
    ],
)
@pytest.mark.parametrize("name", ["Nomvula Dube", "Jaroslav Novak", "Hu Min"])
def test_a_release_names_its_speaker_in_the_paragraph_before_the_quote(lead_in, name):
    """A release introduces its speaker ("The following is attributable to …:") and gives the
    quote its own paragraph."""
    text = f"{lead_in.format(name)}\n\n“Stocks will run out by June. We need access now.”"
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Stocks are low,” according to a statement by the Tarvel Food Council.",
            "Tarvel Food Council",
        ),
        (
            "“Stocks are low,” according to a statement by Ines Ferraz, the council's head.",
            "Ines Ferraz",
        ),
        (
            "The Tarvel Food Council (TFC) said in a statement: “Stocks are low.”",
            "Tarvel Food Council",
        ),
        (
            "The Tarvel Food Council warned of hunger.\n\n“Stocks are low,” it said.",
            "Tarvel Food Council",
        ),
        ("“Stocks are low,” the ministry said in a statement.", None),
    ],
)
def test_a_statement_speaks_for_whoever_issued_it(text, speaker):
    """A body speaks where no person is named; "the ministry" with none named is no one."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "In a joint statement, the Tarvel Food Council and the Orsk Red Cross said: “We need "
        "access.”",
        "“We need access,” the Tarvel Food Council and the Orsk Red Cross said.",
    ],
)
def test_two_bodies_joined_by_and_speak_as_the_first_named(text):
    """As "Roe and Jo Ferro said" is Roe, a joint statement of two bodies is the first one's."""
    assert speakers(text) == ["Tarvel Food Council"]

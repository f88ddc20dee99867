"""Who speaks in agency and broadcaster conflict news (issue 9): witnesses told in a
feature's narration, bodies speaking through a statement, and words an outlet only relays.
Every sentence is made up, with names of several origins."""

import pytest

from articles.extraction.tokens import capitalised_runs, tokenize
from tests.made_up import read, speakers


@pytest.mark.parametrize("name", ["Ines Varga", "Nikola Petrov", "Oluwaseun Adeyemi"])
def test_a_described_witness_after_an_opening_clause_is_the_subject(name):
    """ "Sitting on a bench, third-year student Ines Varga says she ...": the hyphenated
    adjective belongs to her description, so she is the subject a later "she" means, even
    when her first name suggests a man."""
    text = (
        f"Sitting on a bench in the yard, third-year student {name} says she woke early.\n\n"
        "“I heard shots and I hid,” she said."
    )
    article = read(text)
    assert [q.speaker for q in article.quotes] == [name]
    assert "student" in next(s for s in article.speakers if s.name == name).title


def test_a_witness_s_quotes_run_on_past_a_paragraph_of_her_story():
    """A quote paragraph alone, after a paragraph that tells only what the last speaker did,
    goes on with her."""
    text = (
        "Refugee Mira Osei reached the camp on Sunday.\n\n"
        "“I ran with my sister,” Osei said.\n\n"
        "Hiding under a bed, Osei held her breath. They waited for hours.\n\n"
        "“Only silence, then boots.”"
    )
    assert speakers(text) == ["Mira Osei", "Mira Osei"]


@pytest.mark.parametrize(
    "between",
    [
        "Her neighbour, Tomas Rek, hid in the barn.",
        "Police said the gunmen left at noon.",
        "The Velmar Relief Agency sent trucks.",
        "A soldier opened the door.",
    ],
)
def test_a_paragraph_that_brings_in_another_voice_ends_the_run(between):
    text = (
        "Refugee Mira Osei reached the camp on Sunday.\n\n"
        "“I ran with my sister,” Osei said.\n\n"
        f"{between}\n\n"
        "“Only silence, then boots.”"
    )
    assert speakers(text)[1] != "Mira Osei"


@pytest.mark.parametrize(
    "sentence",
    [
        "“We stand firm,” the VRA Statement said.",
        "“We stand firm,” the Velmar Relief Agency Statement said.",
        "The VRA Statement said: “We stand firm.”",
        "“We stand firm,” the VRA statement said.",
    ],
)
def test_a_body_speaks_through_its_statement_capitalised_or_not(sentence):
    """No body's name ends in "Statement": "the VRA Statement said" is the body speaking."""
    article = read(f"The Velmar Relief Agency (VRA) sent trucks on Monday.\n\n{sentence}")
    assert [q.speaker for q in article.quotes] == ["Velmar Relief Agency"]
    assert [s.name for s in article.speakers] == ["Velmar Relief Agency"]


def test_a_document_noun_ending_a_run_of_capitals_is_no_part_of_the_body_name():
    text = "“We stand firm,” the Kolda Relief Agency Communique said."
    tokens = tokenize(text, 0, len(text))
    runs = [" ".join(t.text for t in tokens[a:b]) for a, b in capitalised_runs(tokens)]
    assert "Kolda Relief Agency" in runs
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Kolda Relief Agency"]
    assert {o.name for o in article.organisations} == {"Kolda Relief Agency"}


def test_a_paper_whose_name_ends_in_a_document_word_still_speaks():
    assert speakers("“We stand firm,” the Dunmore Post said.") == ["Dunmore Post"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawyers for the two men say they face “the worst abuse,” according to Quillpost.",
        "Villagers said they were “terrified,” according to Quillpost.",
        "According to Quillpost, several aides say the plan was “dead on arrival.”",
    ],
)
def test_an_outlet_that_relays_unnamed_speakers_is_not_the_speaker(sentence):
    """ "according to Quillpost" names the speaker only when the sentence has none of its own;
    "lawyers say" and "villagers said" are speakers, though unnamed."""
    assert speakers(f"Quillpost is a weekly paper.\n\n{sentence}") == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The camp was “overrun,” according to Quillpost.", "Quillpost"),
        ("Jo Lam said the camp was “overrun,” according to Quillpost.", "Jo Lam"),
    ],
)
def test_an_outlet_is_the_source_when_nothing_else_is(sentence, speaker):
    assert speakers(f"Quillpost is a weekly paper.\n\n{sentence}") == [speaker]


# --- organisations in agency and defence news -----------------------------------------------


def organisations(text: str) -> set[str]:
    return {o.name for o in read(text).organisations}


def test_a_state_and_a_body_joined_by_and_are_two():
    """ "The United Kingdom and European Union" lists a state and a body; "the Law and Justice
    Party" is one name."""
    text = "The United Kingdom and European Union signed. The Law and Justice Party won."
    assert organisations(text) == {"European Union", "Law and Justice Party"}


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish Kordavi fighters are vowing to retake the town.",
        "Syrian Kordavi fighters are vowing to retake the town.",
    ],
)
def test_a_force_named_after_a_people_s_adjective_is_a_body(text):
    assert organisations(text) == {"Kordavi"}


def test_a_people_s_adjective_before_a_common_word_makes_no_body_of_the_word():
    text = "Kurdish Women fighters vowed to stay. Syrian Army fighters came."
    assert organisations(text) == {"Syrian Army"}


@pytest.mark.parametrize(
    "text",
    [
        "Ministry Press Secretary Air Force Brig. Gen. Tomas Vale said talks went well.",
        "Velmar Agency Communications Director Navy Capt. Ama Roe said talks went well.",
    ],
)
def test_a_two_word_title_inside_a_run_ends_the_body_before_it(text):
    """A body, a title such as "Press Secretary", then a service and a rank: the title is no
    part of either body."""
    found = organisations(text)
    assert not any("Secretary" in name or "Director" in name for name in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ana Roe, commander of U.S. Army North, spoke.", "U.S. Army North"),
        ("The Kolda Border Police South sent trucks.", "Kolda Border Police South"),
    ],
)
def test_a_compass_word_after_a_body_s_head_names_its_regional_command(text, body):
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Sgt. Bo Lin, from the Ninth Army General Staff, said so.", "Ninth Army General Staff"),
        (
            "The General Staff of the Kolda Armed Forces said so.",
            "General Staff of the Kolda Armed Forces",
        ),
        ("Chief of Staff Jo Lam said so.", None),
    ],
)
def test_a_general_staff_is_a_body_but_a_chief_of_staff_is_a_title(text, body):
    found = organisations(text)
    assert found == ({body} if body else set())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Chief of the Kolda Police Service Jo Lam said so.", "Kolda Police Service"),
        ("Head of the Kolda Relief Agency Ama Roe said so.", "Kolda Relief Agency"),
        ("Chief of the General Staff Ivan Dorov said so.", "General Staff"),
    ],
)
def test_a_title_of_a_body_then_a_name_leaves_the_name_out_of_the_body(text, body):
    """ "Head of the Kolda Relief Agency Ama Roe": the body ends at its head noun, and the
    person named after it is no part of it."""
    assert organisations(text) == {body}


# --- groups named for a cause, and who speaks through a document or a quoting agency --------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Doctors Without Borders said, “Hospitals are overwhelmed.”", "Doctors Without Borders"),
        ("“Hospitals are overwhelmed,” said Doctors Without Borders.", "Doctors Without Borders"),
        ("Mothers Against Hunger said, “Hospitals are overwhelmed.”", "Mothers Against Hunger"),
    ],
)
def test_a_group_named_for_a_cause_after_an_occupation_is_a_body_that_speaks(sentence, name):
    """ "Doctors Without Borders": the occupation opens the group's name and is no title of a
    person called "Without Borders"."""
    article = read(sentence)
    assert [q.speaker for q in article.quotes] == [name]
    assert {o.name for o in article.organisations} == {name}


@pytest.mark.parametrize(
    ("sentence", "run"),
    [
        ("“Wards are full,” Nurses for Peace said.", "Nurses for Peace"),
        ("Farmers Against Drought said wells were dry.", "Farmers Against Drought"),
        ("Lawyers Without Fees told the court nothing.", "Lawyers Without Fees"),
    ],
)
def test_a_plural_occupation_opens_the_run_of_a_cause_it_names(sentence, run):
    tokens = tokenize(sentence, 0, len(sentence))
    runs = [" ".join(t.text for t in tokens[a:b]) for a, b in capitalised_runs(tokens)]
    assert run in runs


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The statement quoted Kolda's defense minister, Ivo Banek, as saying, “We respond.”",
            "Ivo Banek",
        ),
        (
            "State media quoted a ministry spokesman, Jo Lam, as saying the army would “respond.”",
            "Jo Lam",
        ),
    ],
)
def test_a_person_named_after_a_description_is_the_one_quoted_as_saying(sentence, speaker):
    assert speakers(sentence) == [speaker]


def test_a_statement_from_an_office_is_its_holder_s():
    text = (
        "Envoy Ana Ruiz arrived on Monday. Minister Jo Lam greeted her. "
        "“This must stop,” said a statement from the office of the envoy."
    )
    assert speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Nahda claimed responsibility. “We killed 40 soldiers,” the group said in a statement.",
        "Al-Nahda has said it will fight on. The group said, “We fight.”",
        "Earlier, al-Nahda said, “We fight.”",
    ],
)
def test_a_name_with_an_arabic_article_that_acts_alone_is_a_group(text):
    article = read(text)
    assert [q.speaker for q in article.quotes] == [article.organisations[0].name]
    assert article.organisations[0].name.casefold() == "al-nahda"


def test_a_surname_with_an_arabic_article_stays_the_person_named_in_full():
    text = "Omar al-Rashid spoke. Al-Rashid said the war was over. “We won,” al-Rashid said."
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Omar al-Rashid"]
    assert not article.organisations


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Jo Lam told the BBC's Persian Service, “We hold.”", "BBC Persian Service"),
        ("The BBC's World Service said so.", "BBC World Service"),
        ("The UN's Mine Action Service said so.", "UN Mine Action Service"),
    ],
)
def test_a_part_of_a_body_named_after_it_in_the_possessive_keeps_its_name(text, part):
    """ "VOA's Kurdish Service" is no body called "Kurdish Service"."""
    found = organisations(text)
    assert part in found
    assert part.partition(" ")[2] not in found


@pytest.mark.parametrize(
    "text",
    [
        "A statement from the office of the Kolda High Commissioner for Health said: “We act.”",
        "The office of the Kolda High Commissioner for Health said: “We act.”",
        "“We act,” the office of the Kolda High Commissioner for Health said.",
    ],
)
def test_the_office_of_a_high_office_no_one_holds_in_the_article_is_a_body(text):
    """ "the office of the Kolda High Commissioner for Health", with no holder named, speaks as
    the Office of the Kolda High Commissioner for Health."""
    assert speakers(text) == ["Office of the Kolda High Commissioner for Health"]


def test_the_office_of_a_holder_named_before_is_still_the_holder():
    text = (
        "High Commissioner for Health Ana Brill visited the camp.\n\n"
        "“We act,” the office of the High Commissioner said."
    )
    assert speakers(text) == ["Ana Brill"]

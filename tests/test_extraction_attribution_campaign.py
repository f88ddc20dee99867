"""Who said each quote in the styles of US campaign coverage and agency releases (issue 9):
long titles, unnamed sources and quotes that open their sentence; every sentence is made up,
with names of several origins."""

import pytest

from tests.made_up import read, speaker_named, speakers

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
        "a Democratic operative in Ohio said",
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


@pytest.mark.parametrize(
    "text",
    [
        "Kwame Mensah died on Friday. Mensah's family said in a statement: “He was kind.”",
        "Ama Owusu died. Owusu's relatives told reporters: “She was kind.”",
    ],
)
def test_someone_a_name_owns_speaks_unnamed(text):
    """ "Roe's family said" is the family speaking, whom the article does not name."""
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("An official from the Port Authority stated: “All vessels stay.”", "Port Authority"),
        ("“We are fine,” a spokesman for the Defence Ministry said.", "Defence Ministry"),
        ("“No,” said an official at the Water Board.", "Water Board"),
        ("A spokesperson of the Red Crescent said: “Help is coming.”", "Red Crescent"),
        ("A Tamberlo Police spokeswoman said “Crews arrived at nine.”", "Tamberlo Police"),
        ("“All vessels stay,” a Port Authority spokesman stated.", "Port Authority"),
    ],
)
def test_an_unnamed_official_from_a_body_speaks_for_it(text, body):
    """ "a spokesman for the Port Authority" and "a Port Authority spokesman" alike."""
    assert speakers(text) == [body]


@pytest.mark.parametrize("body", ["Tamberlo Police", "Port Authority", "Volta River Authority"])
def test_the_spokesperson_goes_on_for_the_body_of_the_one_before(body):
    """ "A Port Authority spokesperson stated “…”. The spokesperson added they “…”": the
    definite "the spokesperson", with no one named so, speaks for the same body."""
    text = (
        f"The charter bars “any intervention,” a {body} spokesperson stated. The spokesperson "
        "added regarding the request, they “would not consider requests of this kind”."
    )
    assert speakers(text) == [body, body]
    assert speakers("“We will act,” the spokesperson said.") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "A source in the Interior Ministry said: “Yes.”",
        "“Maybe,” a spokeswoman for Jane Roe said.",
        "“Maybe,” a senior official said.",
        "“No,” said an official at the Water Board, who spoke on condition of anonymity.",
        "An official from the Port Authority, who asked not to be named, said: “No.”",
    ],
)
def test_a_source_or_a_spokesperson_for_a_person_names_no_body(text):
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "name", ["Abimbola Tang", "Chidinma Okonkwo", "Wojciech Brzezinski", "Xochitl Ibarguen"]
)
def test_a_spokesperson_speaks_unnamed_for_a_person_no_list_knows(name):
    """A given name no list knows and a surname, neither an English word nor a body's noun,
    are a person's: her spokeswoman speaks unnamed, and no body is found."""
    article = read(f"“Maybe,” a spokeswoman for {name} said.")
    assert [q.speaker for q in article.quotes] == [None]
    assert article.organisations == ()


@pytest.mark.parametrize("body", ["Harbour Logistics", "Sahel Freight", "Kolda Rising"])
def test_a_spokesperson_for_a_body_named_with_english_words_speaks_for_it(body):
    assert speakers(f"“Maybe,” a spokesman for {body} said.") == [body]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Jo Lam arrived. The ruling of the Tribunal read in part: “The accused is guilty.”",
            "Tribunal",
        ),
        (
            "Jo Lam spoke. The warning issued by the Weather Office said winds would rise. "
            "“Stay indoors,” read the warning.",
            "Weather Office",
        ),
        ("The Coast Guard issued an advisory. “Stay in port,” the advisory said.", "Coast Guard"),
    ],
)
def test_a_body_s_document_speaks_for_the_body(text, source):
    assert speakers(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ana Ruiz noted a pattern described by the Harbour Gazette as “systematic abuse”.",
            "Harbour Gazette",
        ),
        ("The plan was described by Bilal Haddad as “reckless”.", "Bilal Haddad"),
    ],
)
def test_the_agent_after_described_by_speaks(text, source):
    assert speakers(text) == [source]


def test_as_reported_by_an_outlet_leaves_the_speaker():
    text = "President Deniz Kaya said — as reported by the Harbour Gazette — “We will rebuild.”"
    assert speakers(text) == ["Deniz Kaya"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to eyewitness Tomasz Nowicki, “There was fire everywhere.”", "Tomasz Nowicki"),
        ("According to local resident Chen Hao, “We had no warning.”", "Chen Hao"),
    ],
)
def test_according_to_a_description_and_a_name_gives_the_name(text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Per the request of Governor Amara Okafor, the order “takes effect at once.”",
        "Per request of Prime Minister Ousmane Diallo, the talks were moved “for now.”",
    ],
)
def test_a_common_word_opening_the_sentence_is_no_speaker(text):
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Marco Ibáñez, on Fox News:\n\n“I am not going to do it.”", "Marco Ibáñez"),
        (
            "Jo Lam spoke to reporters on Monday. The message was clear:\n\n“We are leaving.”",
            "Jo Lam",
        ),
    ],
)
def test_a_paragraph_that_ends_with_a_colon_leads_into_the_quote_after_it(text, name):
    assert speakers(text) == [name]


def test_an_interview_s_letters_are_no_speakers():
    text = "Mayor Lucia Fernández spoke to the Courier.\n\nQ: “Why did you veto the budget?”"
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "owner",
    [
        "His neighbour, Fatima Khalil,",
        "Ahmed's neighbour, Fatima Khalil,",
        "Ahmed's sister, Fatima Khalil,",
    ],
)
def test_a_name_beside_a_description_that_reports_speech_is_whom_she_means(owner):
    text = (
        "“It is bad,” said Abu Ahmed, a resident. "
        f"{owner} said her house was destroyed. “We have lost everything,” she said."
    )
    assert speakers(text) == ["Abu Ahmed", "Fatima Khalil"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Water Board said in a statement that the dam held. “No one was hurt,” the "
            "statement said.",
            "Water Board",
        ),
        (
            "Amina Yusuf spoke first. The governor's office said in a statement that a curfew "
            "was imposed. “Anyone outside will be arrested,” the statement said.",
            None,
        ),
        (
            "Amina Yusuf spoke first. The rebels, in a message posted online, said they would "
            "fight on. “We will never surrender,” the message said.",
            None,
        ),
    ],
)
def test_a_document_speaks_for_the_subject_that_issued_it_in_the_sentence_before(text, source):
    assert speakers(text) == [source]


def test_a_body_named_after_its_kind_between_commas_speaks():
    text = "The UN peacekeeping mission, MINUSKA, said it was “deeply concerned”."
    assert speakers(text) == ["MINUSKA"]


@pytest.mark.parametrize(
    "lead",
    ["In Kovács's words,", "In the words of Kovács,"],
)
def test_in_someone_s_words_gives_that_speaker(lead):
    assert speakers(f"Ilona Kovács spoke first. {lead} “it is theft.”") == ["Ilona Kovács"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Hillary Okafor spoke in Ohio. She was joined by her husband, Bill Okafor. "
            "“We will win Ohio,” Okafor said.",
            ["Hillary Okafor"],
        ),
        (
            "Hillary Okafor spoke in Ohio. Her husband, Bill Okafor, campaigned in Florida. "
            "“We will win Ohio,” Mrs. Okafor said. “We will win Florida,” Mr. Okafor said.",
            ["Hillary Okafor", "Bill Okafor"],
        ),
        (
            "Jeb Wiśniewski spoke. His brother, George Wiśniewski, stayed home. "
            "“I am my own man,” Wiśniewski said.",
            ["Jeb Wiśniewski"],
        ),
    ],
)
def test_a_shared_surname_is_the_first_introduced_unless_an_honorific_shows_the_other(text, names):
    assert speakers(text) == names


def test_a_body_the_phrases_cut_short_is_read_whole_and_a_description_of_it_is_its_it():
    """ "Save the Children" opens with a verb the phrase reader takes for a name; "The
    organisation … It said" is the body named before, not the body that spoke before."""
    text = (
        "The Houthis said the strikes hit a market. “This is a massacre,” they said. "
        "Save the Children said eight children died. The organisation called for an inquiry. "
        "It said: “The killing must stop.”"
    )
    assert speakers(text) == ["Houthis", "Save the Children"]


@pytest.mark.parametrize("verb", ["scoffed", "retorted", "fumed", "griped"])
def test_any_past_verb_before_the_name_after_a_quote_reports_it(verb):
    text = f"Jo Lam and Ana Ferro met. “We lost,” {verb} Ferro, the mayor."
    assert speakers(text) == ["Ana Ferro"]


@pytest.mark.parametrize("verb", ["opines", "muses", "quips", "reckons"])
@pytest.mark.parametrize("name", ["Kwame Mensah", "Dragana Ilić", "Xu Ming"])
def test_a_verb_in_the_present_splits_a_quote_between_its_halves(verb, name):
    """'“A,” Mensah opines, “B.”': a rarer verb in the present reports both halves, which are
    never the speaker's of the sentence before."""
    surname = name.split()[-1]
    text = f"{name} wrote a column. Jo Lam said “No.” “She may rest,” {surname} {verb}, “for now.”"
    assert speakers(text) == ["Jo Lam", name, name]


@pytest.mark.parametrize(
    "trailer",
    [
        "state media quoted President Kwame Mensah as saying",
        "Reuters quoted Mensah as saying",
        "the statement said, quoting Kwame Mensah",
    ],
)
def test_the_one_quoted_in_the_clause_after_a_quote_speaks(trailer):
    assert speakers(f"Kwame Mensah arrived. “We will win,” {trailer}.") == ["Kwame Mensah"]


def test_an_unnamed_source_quoted_after_a_quote_names_no_one():
    text = "Jo Lam arrived. “We will win,” state media quoted a military source as saying."
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Interfax cited Jo Lam as saying: “We will win.”", "Jo Lam"),
        ("Jo Lam arrived. Interfax cited him as saying: “We will win.”", "Jo Lam"),
        ("Jo Lam arrived. “We will win,” Interfax quoted her as saying.", "Jo Lam"),
        ("The Water Board met on Monday. Interfax quoted it as saying: “No.”", "Water Board"),
    ],
)
def test_cited_as_saying_and_an_object_pronoun_quoted_name_the_one_quoted(text, name):
    assert speakers(text) == [name]


def test_a_country_still_speaks_through_a_body_it_owns():
    assert speakers("Peru's foreign ministry said it was “deeply concerned”.") == ["Peru"]


@pytest.mark.parametrize(
    ("party", "description", "name"),
    [
        ("Republican", "the Republican front-runner", "Tomasz Wójcik"),
        ("GOP", "the GOP front-runner", "Tomasz Wójcik"),
        ("Republican", "the Democratic front-runner", None),
    ],
)
def test_a_description_with_a_body_s_word_before_its_noun_refers_back(party, description, name):
    text = (
        f"{party} front-runner Tomasz Wójcik spoke in Ohio. Vermont Sen. Ama Mensah spoke in "
        f"Iowa. “We will win,” {description} said."
    )
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Jo Lam, a spokeswoman for Ms. Okafor, said so. “We lost,” she said.",
        "Ana Ferro met donors. “We lost,” said Jo Lam, a spokeswoman for Mr. Okafor.",
    ],
)
def test_a_spokesperson_for_a_person_speaks_and_the_person_is_no_body(text):
    """ "a spokeswoman for Ms. Okafor" ends the title at a person; an honorific names no body."""
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Jo Lam"]
    assert [o.name for o in article.organisations] == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ana Ruiz spoke in Ohio. “We will win,” Ruiz spokeswoman Hope Okafor said.",
            "Hope Okafor",
            "spokeswoman",
        ),
        (
            "Kwame Mensah toured Iowa. “It is false,” Mensah spokesman Jo Lam said.",
            "Jo Lam",
            "spokesman",
        ),
        ("Dmitri Volkov spoke. “No,” Volkov aide Chen Jie told reporters.", "Chen Jie", "aide"),
        (
            "“We are ready,” Priya Sharma spokeswoman Fatima Zahra said.",
            "Fatima Zahra",
            "spokeswoman",
        ),
        ("Mrs. Okafor spoke. “No,” Okafor spokesman Jo Lam said.", "Jo Lam", "spokesman"),
        ("Ms Volkova spoke. Volkova spokeswoman Li Na said, “No.”", "Li Na", "spokeswoman"),
    ],
)
def test_a_person_named_before_a_spokesperson_is_no_body(text, name, title):
    """ "Ruiz spokeswoman Hope Okafor" after "Ana Ruiz": Hope Okafor speaks for a person, and
    neither the surname nor the full name is an organisation."""
    article = read(text)
    speaker = speaker_named(article, name)
    assert (speaker.organisation, title in speaker.title) == ("", True)
    assert article.organisations == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rep. Musa King spoke on Monday. “It is a disgrace,” King said.", "Musa King"),
        ("Sen. Olena Bishop spoke. “We will not vote,” Bishop told reporters.", "Olena Bishop"),
        ("Gov. Rahul Major arrived. “We are ready,” Major said.", "Rahul Major"),
        ("Mayor Chen Marshal spoke. Marshal said, “The roads are open.”", "Chen Marshal"),
    ],
)
def test_a_surname_that_is_also_a_title_word_names_the_person(text, name):
    """ "King said" after "Rep. Musa King" is his, not an unnamed king's."""
    assert speakers(text)[-1] == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("At a rally", "Ana Ruiz"),
        ("In an interview on Sunday", "Kwame Mensah"),
        ("At a rally in Tampa", "Ngozi Okafor"),
        ("Speaking at a town hall in Des Moines", "Oksana Melnyk"),
        ("At a forum in Lagos", "Priya Sharma"),
    ],
)
def test_an_opening_phrase_without_a_comma_before_the_speaker(opening, name):
    """ "At a rally in Tampa Ngozi Okafor said, “…”": the first comma is the verb's, and the
    place the opening phrase ends with is not part of the name."""
    assert speakers(f"{opening} {name} said, “We will build it.”") == [name]


@pytest.mark.parametrize(
    ("setting", "name"),
    [
        ("in Tampa", "Ngozi Okafor"),
        ("with WNBC", "Dmitri Volkov"),
        ("in Des Moines", "Amadou Diallo"),
    ],
)
def test_a_place_run_into_a_known_surname_is_that_person(setting, name):
    surname = name.split()[-1]
    text = f"{name} toured the state. At a rally {setting} {surname} said, “We will win.”"
    article = read(text)
    assert [q.speaker for q in article.quotes] == [name]
    assert all(surname not in o.name for o in article.organisations)


@pytest.mark.parametrize(
    "opening", ["Told of the poll", "Asked about the vote", "Speaking in Lagos", "Told about it,"]
)
@pytest.mark.parametrize("full", ["Ngozi Okafor", "Dmitri Volkov", "Mei Lin"])
def test_a_participle_that_opens_the_sentence_is_never_the_speaker(opening, full):
    """ "Told of the poll Okafor said, “…”": the participle opens a phrase before the subject."""
    surname = full.split()[-1]
    assert speakers(f"{full} spoke. {opening} {surname} said, “We will win.”") == [full]


@pytest.mark.parametrize("standing", ["R-N.Y.", "D-Texas", "I-Vt."])
@pytest.mark.parametrize(("name", "pronoun"), [("Ngozi Okafor", "she"), ("Dmitri Volkov", "he")])
def test_a_party_and_state_aside_shows_a_person_for_a_later_pronoun(standing, name, pronoun):
    """ "Ngozi Okafor, R-N.Y., spoke. “…,” she said.": the aside shows a person."""
    assert speakers(f"{name}, {standing}, spoke. “We will win,” {pronoun} said.") == [name]


@pytest.mark.parametrize(
    ("aside", "description"),
    [
        ("the former secretary of state", "the former secretary of state"),
        ("the chairman of the board", "the chairman of the board"),
        ("the minister of health", "the minister of health"),
    ],
)
@pytest.mark.parametrize("name", ["Ngozi Okafor", "Dmitri Volkov", "Aarav Khatri"])
def test_a_definite_title_with_a_lowercase_office_refers_back(aside, description, name):
    """ "“…,” the former secretary of state said" is the person introduced as such; "of state"
    ends before the verb ("state" is a speech verb too)."""
    assert speakers(f"{name}, {aside}, spoke. “We will win,” {description} said.") == [name]

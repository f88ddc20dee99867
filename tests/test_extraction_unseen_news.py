"""The error classes measured on news the engine had never seen (issue 9), one test each, every
sentence made up: a rule that only fits an eval article fails here."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction import evidence
from articles.extraction.people import subject_start
from articles.extraction.tokens import tokenize
from bench.renamed import FIRST, LAST
from tests.made_up import read, speaker_named, speakers

# --- sentence openers and common words ------------------------------------------------------


def test_an_inflected_word_that_opens_a_sentence_is_no_speaker():
    article = read("Continued shelling was reported overnight. “We cannot sleep,” he said.")
    assert article.quotes[0].speaker is None
    assert not article.speakers


@pytest.mark.parametrize(
    "text",
    [
        "Unrest continued in Marsby overnight.  “Law and order” was the theme of the rally.",
        "Violence continued in the port.  “We cannot sleep.”",
    ],
)
def test_a_common_word_alone_that_only_opens_sentences_is_no_speaker(text):
    assert speakers(text) == [None]


@pytest.mark.parametrize("surname", ["Hope", "Rice", "Bell"])
def test_a_surname_that_is_a_common_word_speaks_where_a_sentence_shows_it_is_a_name(surname):
    """ "Hope continued" names someone when the article writes Hope inside a sentence too, or
    gives the full name; "Zoe said" does as a first name."""
    text = (
        f"{surname} continued in Marsby.  “We stay,” {surname} said.  Residents thanked {surname}."
    )
    assert speakers(text) == [surname]
    assert speakers(f"Jo {surname} spoke.  {surname} continued.  “We stay.”") == [f"Jo {surname}"]
    assert speakers("Zoe continued in Marsby.  “We stay.”") == ["Zoe"]


def test_a_sentence_opening_participle_clause_is_skipped_to_find_the_subject():
    text = "Refusing to resign, Oskar Brandt was blunt: “I have done nothing wrong.”"
    assert speakers(text) == ["Oskar Brandt"]


# --- quoted names that nobody says ---------------------------------------------------------


def test_a_quoted_title_after_called_or_known_as_is_no_quote():
    article = read(
        "Jane Roe runs a charity called “Open Door”. She said it hosts a site known as "
        "“Safe Harbour Online” and “helps everyone.”"
    )
    assert [q.text for q in article.quotes] == ["helps everyone."]


def test_a_gloss_in_brackets_is_no_quote():
    article = read("Crowds marched against Grexit (“Greek exit”) on Monday.")
    assert not article.quotes


# --- name boundaries --------------------------------------------------------------------------


def test_a_name_stops_at_of_and_a_place():
    article = read("Senator Jane Roe of Ohio said: “The vote is lost.”")
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert not article.organisations


def test_a_name_stops_at_of_the_and_the_body_is_its_organisation():
    article = read("Jane Roe of The Courier said, “The vote is lost.”")
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert speaker_named(article, "Jane Roe").organisation == "Courier"
    assert [o.name for o in article.organisations] == ["Courier"]


def test_a_leading_occupation_is_a_title_not_part_of_the_name():
    article = read("Broadcaster Jane Roe told listeners: “The vote is lost.”")
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert speaker_named(article, "Jane Roe").title.casefold() == "broadcaster"


def test_a_name_starts_after_a_place_before_it():
    text = "Envoy to Peru Tadeusz Wilk said: “Talks resume on Monday.”"
    assert speakers(text) == ["Tadeusz Wilk"]


# --- a title in front of or beside the name ---------------------------------------------------


def test_a_long_title_set_before_the_name_is_the_title_never_the_speaker():
    article = read(
        "The Special Envoy of the Commission on Water, Jane Roe, said: “The wells are dry.”"
    )
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert speaker_named(article, "Jane Roe").title == "Special Envoy of the Commission on Water"


def test_a_title_by_its_initials_refers_back_to_the_person():
    article = read(
        "Director-General Jane Roe opened the meeting. “We are out of funds,” DG Roe said."
    )
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert not article.organisations


def test_an_occupation_in_an_aside_is_the_title():
    article = read("Jo Ferro, a Lisbon lawyer representing the family, said: “We will appeal.”")
    assert [q.speaker for q in article.quotes] == ["Jo Ferro"]
    assert speaker_named(article, "Jo Ferro").title == "Lisbon lawyer"


def test_a_bracketed_gloss_between_title_and_name_is_skipped():
    article = read("Green MP (Member of Parliament) Jo Ferro said: “We will appeal.”")
    assert [q.speaker for q in article.quotes] == ["Jo Ferro"]
    assert "MP" in speaker_named(article, "Jo Ferro").title


def test_a_speech_verb_after_a_name_and_comma_is_no_title():
    article = read("Asked about Jo Ferro, said the minister, the court was silent. Jo Ferro left.")
    assert all("said" not in s.title for s in article.speakers)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"Aid is late," said Jane Roe, Coastal Aid Executive Director.', "Executive Director"),
        ('"Aid is late," said Jane Roe, Deputy Director of the Water Board.', "Deputy Director"),
        ('"Aid is late," said Jane Roe, the Water Board\'s country director.', "country director"),
        ('"Aid is late," said Jane Roe, 34, a farmer from Tamberlo.', "farmer"),
        (
            'The Special Rapporteur on the right to water, Jane Roe, said: "Aid is late."',
            "Rapporteur",
        ),
    ],
)
def test_the_title_in_an_aside_is_the_whole_title_after_its_owner_or_an_age(text, title):
    assert title in speaker_named(read(text), "Jane Roe").title


def test_a_portfolio_after_a_title_before_the_name_belongs_to_it_and_a_place_does_not():
    text = (
        "The government's Minister of Information, Efua Boateng, said the army “will win.” "
        "The governor of Lagos, Ada Okoye, said “schools reopen.”"
    )
    article = read(text)
    assert speaker_named(article, "Efua Boateng").title == "Minister of Information"
    assert speaker_named(article, "Ada Okoye").title == "governor"


# --- definite descriptions --------------------------------------------------------------------


def test_the_title_alone_refers_back_to_the_person_introduced_with_it():
    text = (
        "President Jane Roe arrived on Monday with Minister Olu Bakare. "
        "“We will rebuild,” the president said. "
        "Commissioner Ana Lutz spoke later. “We have the money,” the commissioner added."
    )
    assert speakers(text) == ["Jane Roe", "Ana Lutz"]


def test_one_mp_said_is_not_the_mp_named_earlier():
    text = "Green MP Jo Ferro spoke first. One MP told the Courier: “We lost.”"
    assert speakers(text) == [None]


def test_the_archbishop_said_is_the_archbishop_named_earlier():
    text = "Archbishop Tomas Vilk led the service. “Pray for them,” the archbishop said."
    article = read(text)
    assert [(q.speaker, q.rule) for q in article.quotes] == [("Tomas Vilk", "description")]


@pytest.mark.parametrize(
    "body", ["The Mekong Relief Organization (MRO)", "The Sahel Food Programme"]
)
def test_the_agency_said_is_the_body_named_before_whatever_its_name_calls_it(body):
    text = f"{body} counted the arrivals. “Numbers have tripled,” the agency said."
    assert speakers(text) == [body.removeprefix("The ").removesuffix(" (MRO)")]


def test_the_network_said_is_the_body_that_was_the_subject_before():
    text = "Kopa TV was ordered off the air. “We will appeal,” the network said in a statement."
    assert speakers(text) == ["Kopa TV"]


# --- people introduced by a first name only ---------------------------------------------------


def test_a_first_name_and_an_age_make_a_speaker():
    assert speakers("Amina, 14, fled the town last year. “We walked for days,” Amina said.") == [
        "Amina"
    ]


# --- attribution in a neighbouring sentence ---------------------------------------------------


def test_a_speaker_who_said_something_in_the_sentence_before_the_quote():
    assert speakers("Jane Roe spoke on Monday. “The vote is lost.”") == ["Jane Roe"]


def test_the_source_named_in_the_sentence_after_the_quote():
    article = read("“The vote is lost.” The statement came from Jane Roe.")
    assert [(q.speaker, q.rule) for q in article.quotes] == [("Jane Roe", "source-after")]


def test_the_speaker_and_verb_that_open_the_sentence_after_a_lone_quote():
    article = read("Jane Roe arrived. “We lost.” Roe said so in a statement on Tuesday.")
    assert [(q.speaker, q.rule) for q in article.quotes] == [("Jane Roe", "next-sentence")]


def test_a_conjunction_and_an_aside_do_not_hide_the_subject():
    assert speakers("But Roe, a farmer from Tamberlo, said “We lost.”") == ["Roe"]


def test_a_legislators_party_and_state_is_no_name():
    text = "Rep. Jo Ferro, R-Texas, said “We lost.” Sen. Ana Ruiz (D-Ohio) said “We won.”"
    assert speakers(text) == ["Jo Ferro", "Ana Ruiz"]


def test_a_run_of_quotes_continues_its_speaker_until_another_person_is_named():
    text = (
        "Jane Roe spoke first. “The vote is lost,” she said. “We go on.”\n\n"
        "Minister Olu Bakare disagreed. “We won.”"
    )
    assert speakers(text) == ["Jane Roe", "Jane Roe", "Olu Bakare"]


# --- US political news: a name beside the quote, asides, long titles ------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Roe wrote.",
        "Roe wrote on Facebook on Monday.",
        "In a letter to colleagues, Roe said:",
        "Roe said she would vote no.\n\n",
    ],
)
def test_a_speaker_in_the_sentence_just_before_a_quote_speaks_it(lead):
    text = f'Rep. Jane Roe opposed the bill. {lead} "We will not back down."'
    assert speakers(text) == ["Jane Roe"]


def test_an_aside_with_party_and_state_between_the_name_and_the_verb():
    text = (
        "Rep. Jane Roe opposed the bill. "
        '"We will not back down," Roe, a Democrat from Ohio, said in a statement.'
    )
    assert speakers(text) == ["Jane Roe"]


def test_said_and_a_name_with_a_who_clause():
    text = 'Jane Roe spoke last. "We will not back down," said Roe, who chairs the committee.'
    assert speakers(text) == ["Jane Roe"]


@pytest.mark.parametrize(
    ("title", "expected_title"),
    [
        ("Senate Majority Leader", "Majority Leader"),
        ("former Secretary of State", "Secretary of State"),
        ("Republican presidential nominee", ""),
        ("Ohio Democrat", ""),
        ("Republican", ""),
    ],
)
def test_capitalised_words_before_a_name_are_its_title_not_part_of_it(title, expected_title):
    for text in (
        f'"We have the votes," {title} Jane Roe said.',
        f'"We have the votes," said {title} Jane Roe.',
    ):
        article = read(text)
        assert [q.speaker for q in article.quotes] == ["Jane Roe"], text
        assert expected_title in speaker_named(article, "Jane Roe").title


@pytest.mark.parametrize(
    ("titled", "description"),
    [("Sen.", "the senator"), ("Gov.", "the governor"), ("Rep.", "the congresswoman")],
)
def test_a_title_written_short_is_the_one_a_description_refers_back_to(titled, description):
    text = f'{titled} Jane Roe opposed the bill. "It is a disgrace," {description} said.'
    assert speakers(text) == ["Jane Roe"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," Jane Roe, 45, of Tamberlo, Ohio, said.',
        'House Speaker Jane Roe (D-Calif.) said, "We will win."',
        '"We will win," Jane Roe (R-Texas) told reporters.',
        '"We will win," said the Special Envoy for Water, Jane Roe.',
    ],
)
def test_asides_and_brackets_between_the_name_and_the_verb_or_after_a_title(text):
    assert speakers(text) == ["Jane Roe"]


def test_a_description_then_a_name_between_commas_speaks_by_the_name():
    text = 'Jane Roe denied it. "These are lies," her lawyer, Ann Doe, said.'
    assert speakers(text) == ["Ann Doe"]


def test_an_adverb_and_a_comma_open_no_subject():
    text = "Specifically, she said so."
    tokens = tokenize(text, 0, len(text))
    assert tokens[subject_start(tokens)].text == "she"


def test_adverbs_in_ly_are_inflected_words_and_a_name_in_ing_is_no_participle():
    assert evidence.is_inflected("specifically") and evidence.is_inflected("happily")
    assert not evidence.is_participle("buoing")  # "buy" is common, but no stem of it
    assert not evidence.is_inflected("kelly")  # nor is "key" of Kelly


def test_a_mood_set_before_a_name_names_the_person_and_a_medium_after_by_is_none():
    text = (
        '"We did it together," a beaming Roe told supporters. "Now we work," an emotional '
        "Ann Doe said. An investigation by Kopa found nothing."
    )
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Roe", "Ann Doe"]
    assert [o.name for o in article.organisations] == ["Kopa"]


def test_a_surname_with_an_honorific_is_called_by_the_surname():
    article = read('"We will win," Ms. Roe said.')
    assert [q.speaker for q in article.quotes] == ["Roe"]
    assert speaker_named(article, "Roe").aliases == ("Ms. Roe",)


def test_a_place_and_a_common_word_after_the_describe_a_person_not_a_body():
    article = read('Jane Roe voted no. "It is a disgrace," the Ohio Democrat said.')
    assert not article.organisations
    assert [q.speaker for q in article.quotes] == [None]


def test_a_quote_that_runs_across_paragraphs_is_one_quote_of_one_speaker():
    article = read(
        '"We will win," Jane Roe said. "The voters are with us.\n\n'
        '"And they will show it in November."'
    )
    assert [q.speaker for q in article.quotes] == ["Jane Roe", "Jane Roe"]
    assert article.quotes[1].text.endswith("in November.")


# --- outlets are seldom the speaker -----------------------------------------------------------


def test_a_person_who_tells_an_outlet_speaks_not_the_outlet():
    article = read("Jane Roe told the Daily Courier: “The vote is lost.”")
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert [o.name for o in article.organisations] == ["Daily Courier"]


def test_according_to_an_outlet_yields_to_the_person_who_speaks():
    text = "Jane Roe called the vote a “disgrace,” according to the Daily Courier."
    assert speakers(text) == ["Jane Roe"]


def test_according_to_an_outlet_with_no_person_is_the_outlet():
    assert speakers("“The vote is lost,” according to the Daily Courier.") == ["Daily Courier"]


# --- organisations ----------------------------------------------------------------------------


def test_a_medium_is_known_by_how_it_is_used():
    article = read(
        "Jane Roe posted on Chirper that the vote was lost. In an interview with Radio Koper, "
        "Olu Bakare said the count was fair."
    )
    assert {o.name for o in article.organisations} == {"Chirper", "Radio Koper"}


def test_according_to_a_lone_surname_names_no_medium():
    article = read("According to Ferro, the move was “unlawful.” Jo Ferro spoke to Kopa on Monday.")
    assert [o.name for o in article.organisations] == ["Kopa"]


def test_a_spokesperson_for_a_place_is_unnamed():
    assert speakers("A spokesperson for Tamberlo Street said: “We will win.”") == [None]


def test_letters_after_a_name_are_no_part_of_it_and_no_organisation():
    article = read("Ana Ruiz QC, who led the case, said: “The law is clear.”")
    assert [q.speaker for q in article.quotes] == ["Ana Ruiz"]
    assert not article.organisations


def test_a_company_known_by_its_kind_its_shops_or_its_work():
    article = read(
        "Shots were fired at a Grindel store. The Dutch gas producer Vantor said the study by "
        "Scopewatch was wrong. Jo Ferro said via Chirper that she had left."
    )
    assert {o.name for o in article.organisations} == {
        "Grindel",
        "Vantor",
        "Scopewatch",
        "Chirper",
    }


def test_an_acronym_with_small_letters_defined_in_brackets():
    article = read("The Coastal Free Trade Area (CoFTA) opened. CoFTA members met.")
    assert [(o.name, o.acronym) for o in article.organisations] == [
        ("Coastal Free Trade Area", "CoFTA")
    ]


def test_a_kind_word_that_may_be_a_person_before_a_first_name_names_a_person():
    article = read(
        "The site and its operator Mei Lin Wu were named. The developer Vantor Homes sued."
    )
    assert [o.name for o in article.organisations] == ["Vantor Homes"]


def test_a_person_told_inside_a_quote_and_an_adjective_before_spokesperson_are_no_bodies():
    article = read(
        "Presidential spokesperson Ana Ruiz wrote, “I told Jo Ferro last night that he must go.”"
    )
    assert not article.organisations


def test_a_place_or_a_dateline_is_no_organisation():
    article = read("LAGOS - Jane Roe of Lagos said, “The vote is lost,” in Ohio.")
    assert not article.organisations


def test_a_country_after_the_head_noun_belongs_to_the_name():
    article = read("Olu Bakare, director of Youth Network Ghana, said: “We march.”")
    assert "Youth Network Ghana" in [o.name for o in article.organisations]


def test_a_law_a_common_adjective_or_a_numeral_is_no_organisation():
    article = read(
        "The Water Board Act was passed in the XIX century. The Liberal committee met. "
        "The Green committee and the Tamberlo provincial council agreed."
    )
    assert [o.name for o in article.organisations] == ["Tamberlo provincial council"]


def test_a_body_named_with_a_number_or_a_dashed_compound():
    article = read("The G20 met the Coastal Export–Import Bank in Lagos.")
    assert [o.name for o in article.organisations] == ["G20", "Coastal Export–Import Bank"]


def test_an_organisation_name_stops_before_in_and_a_place():
    article = read("The Court of Appeal in Lagos ruled on Monday.")
    assert [o.name for o in article.organisations] == ["Court of Appeal"]


def test_an_acronym_alone_is_the_longer_name_it_opens():
    article = read("KTV reported the vote. Jane Roe told KTV News: “The vote is lost.”")
    assert [(o.name, o.aliases) for o in article.organisations] == [("KTV News", ("KTV",))]


def test_a_name_and_its_longer_form_with_of_are_one_body():
    article = read("The Free Army of the North claimed it. Free Army fighters fled.")
    assert [(o.name, o.aliases) for o in article.organisations] == [
        ("Free Army of the North", ("Free Army",))
    ]


def test_the_house_of_a_name_is_one_body():
    article = read("The bill went to the House of Elders on Monday.")
    assert [o.name for o in article.organisations] == ["House of Elders"]


def test_one_organisation_per_body_when_an_acronym_in_brackets_shows_it():
    article = read(
        "The Water Relief Agency (WRA) sent trucks. “We are here,” the WRA said. "
        "Later the agency said more would come."
    )
    assert [(o.name, o.acronym) for o in article.organisations] == [("Water Relief Agency", "WRA")]


def test_an_acronym_in_brackets_after_a_lowercase_kind_of_body_is_one():
    article = read(
        "The coastal aid agency (CAA) sent trucks. Improvised explosive devices (IEDs) "
        "were found. CAA staff left."
    )
    assert [(o.name, o.acronym) for o in article.organisations] == [("CAA", "CAA")]


def test_a_name_that_is_no_english_word_before_a_kind_of_body_is_one():
    article = read(
        "The Tehreek-e-Nafs group claimed it. The Labour party and Jo Ferro's party won."
    )
    assert [o.name for o in article.organisations] == ["Tehreek-e-Nafs", "Labour party"]


def test_a_body_with_a_number_before_or_after_its_name():
    article = read("The 3rd Coastal Brigade met the Sanctions Committee 1267 on Monday.")
    assert [o.name for o in article.organisations] == [
        "3rd Coastal Brigade",
        "Sanctions Committee 1267",
    ]


def test_the_agency_in_brackets_in_a_dateline_is_a_body_and_the_place_is_none():
    article = read("TAMBERLO (Coastal Aid) - Aid arrived on Monday.")
    assert [o.name for o in article.organisations] == ["Coastal Aid"]


def test_a_us_dateline_with_its_state_and_agency_names_no_body_but_the_agency():
    article = read("TAMBERLO, Ohio (AP) — Jane Roe won the primary on Tuesday.")
    assert article.dateline == "TAMBERLO, Ohio (AP)"
    assert [o.name for o in article.organisations] == ["Associated Press"]


def test_a_one_word_body_that_is_the_surname_of_a_person_named_in_full_is_that_person():
    text = (
        "Nominee Tom Baxter attacked Roe. Baxter's spokeswoman, Kay Lund, agreed. "
        '"Roe has failed," Baxter said.'
    )
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Tom Baxter"]
    assert not article.organisations


def test_a_newspaper_is_known_by_its_head_word():
    article = read("In an interview with The Tamberlo Dispatch, Jane Roe said she would run.")
    assert [o.name for o in article.organisations] == ["Tamberlo Dispatch"]


def test_an_acronym_between_commas_after_a_body_is_its_own_and_a_list_is_not():
    article = read(
        "GENEVA (CRA) - The Coastal Relief Agency, CRA, is alarmed. "
        "The Water Bank, IMF and WTO met."
    )
    assert [(o.name, o.acronym) for o in article.organisations] == [
        ("Coastal Relief Agency", "CRA"),
        ("Water Bank", ""),
        ("International Monetary Fund", "IMF"),
        ("WTO", "WTO"),
    ]


# --- the same person in another spelling ------------------------------------------------------


def test_accents_and_their_absence_are_one_speaker_with_an_alias():
    article = read("Ayşe Çelik spoke. “We stay,” Celik said.")
    assert [q.speaker for q in article.quotes] == ["Ayşe Çelik"]
    assert speaker_named(article, "Ayşe Çelik").aliases == ("Celik",)


# --- how sure --------------------------------------------------------------------------------


def test_each_attributed_quote_says_how_sure_its_rule_is():
    article = read(
        "“We won,” Jane Roe said. “We stay,” she added. "
        "Kofi spoke later. “We go,” Kofi said. “No comment.”"
    )
    assert [(q.speaker, q.confidence) for q in article.quotes] == [
        ("Jane Roe", "high"),
        ("Jane Roe", "medium"),
        ("Kofi", "low"),
        ("Kofi", "low"),
    ]


@pytest.mark.parametrize(
    ("text", "rule", "confidence"),
    [
        ("“The pier is closed,” Chidi Okafor said.", "quote-then-speaker-verb", "high"),
        ("Mayor Chidi Okafor called the pier “a quiet ruin.”", "speaker-verb-quote", "medium"),
        ("The Tamberlo Port Board called the pier “a quiet ruin.”", "speaker-verb-quote", "medium"),
        ("Chidi Okafor called the pier “a quiet ruin.”", "speaker-verb-quote", "low"),
        ("Princess Wang Lihua pointed out she had “given up the pier.”", "woven-subject", "medium"),
    ],
)
def test_words_woven_into_the_writers_sentence_are_less_sure_than_a_whole_quote(
    text, rule, confidence
):
    """On news no rule had seen, a woven fragment's speaker was wrong far more often than a
    whole quote's, and for a person with no title (no second clue that the name is a person's
    and ends where read) about one time in two: that goes to review."""
    article = read(text)
    assert [(q.rule, q.confidence) for q in article.quotes] == [(rule, confidence)]


def test_a_quote_without_a_speaker_has_no_confidence():
    article = read("Shops were closed. “The vote is lost.”")
    assert [(q.speaker, q.confidence) for q in article.quotes] == [(None, "")]


# --- names nobody tuned on -------------------------------------------------------------------


FIRST_NAMES = st.sampled_from(FIRST)
SURNAMES = st.sampled_from(LAST)
TEMPLATES = (
    '{name} opposed the bill. {surname} wrote. "We will not back down."',
    '"We will not back down," {surname}, a Democrat from Ohio, said in a statement.',
    '"We will not back down," said {surname}, who chairs the committee.',
    '"We have the votes," Senate Majority Leader {name} said.',
    '"We have the votes," former Secretary of State {name} said.',
    '"We have the votes," Republican presidential nominee {name} said.',
    '"We have the votes," Ohio Democrat {name} said.',
    '"We have the votes," said Republican {name}.',
    'Sen. {name} opposed the bill. "It is a disgrace," the senator said.',
    '"We will win," {name}, 45, of Tamberlo, Ohio, said.',
    'House Speaker {name} (D-Calif.) said, "We will win."',
    '"Aid is late," said the Special Envoy for Water, {name}.',
    "Broadcaster {name} told listeners: “The vote is lost.”",
    "The Special Envoy of the Commission on Water, {name}, said: “The wells are dry.”",
    "Director-General {name} opened the meeting. “We are out of funds,” DG {surname} said.",
)


@settings(max_examples=60, deadline=None)
@given(template=st.sampled_from(TEMPLATES), first=FIRST_NAMES, surname=SURNAMES)
def test_the_rules_for_each_class_hold_for_names_of_any_origin(template, first, surname):
    name = f"{first} {surname}"
    text = template.format(name=name, surname=surname)
    expected = name if "{name}" in template else surname
    assert speakers(text)[-1] == expected


# --- attribution classes measured on a fresh unseen set (issue 9) -----------------------------


def test_a_time_between_an_aside_and_the_verb_hides_no_speaker():
    text = (
        "One activist, Jane Roe, on Sunday told the Courier arson has been used "
        '"as a weapon against tenants" by developers.'
    )
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert speaker_named(article, "Jane Roe").title == "activist"


@pytest.mark.parametrize("time", ["yesterday", "last week", "on Monday morning"])
def test_a_time_between_a_name_and_the_verb(time):
    assert speakers(f'Jane Roe, a farmer, {time} told reporters: "We lost."') == ["Jane Roe"]


def test_he_said_after_a_name_set_beside_the_subjects_title_is_that_name():
    text = (
        "Following the vote, a Coastal Department of State spokesperson, Jane Roe, indicated "
        'the board was unhappy: "While we wait," she said, "we urge calm."'
    )
    assert speakers(text) == ["Jane Roe", "Jane Roe"]


@pytest.mark.parametrize("comma", ["", ","])
def test_who_said_after_a_name_that_follows_a_preposition(comma):
    text = f'The bill was drafted by Jane Roe{comma} who said on the floor, "It took years."'
    assert speakers(text) == ["Jane Roe"]


@pytest.mark.parametrize(
    ("spelled", "short"),
    [("Member of parliament (MP)", "MP"), ("Chief executive officer (CEO)", "CEO")],
)
def test_a_title_spelled_out_with_its_initials_in_brackets_before_a_name(spelled, short):
    article = read(f'{spelled} Jane Roe said the law marked a "sad day for Ohio".')
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert speaker_named(article, "Jane Roe").title == short


FRESH_TEMPLATES = (
    'One activist, {name}, on Sunday told the Courier arson was used "as a weapon" by owners.',
    'A spokesperson for the Water Board, {name}, indicated unease: "We wait," {pronoun} said.',
    'The bill was drafted by {name} who said on the floor, "It took years."',
    'Member of parliament (MP) {name} said the law marked a "sad day for Ohio".',
    '"It is dead," Rep. {name} of Ohio said.',
    '"We have nothing," said one resident, {name}.',
    'Among them is {name}, 14. "We walked for days," {pronoun} said.',
    '{name} issued a statement. "We move on," the statement said.',
    'The Courier revealed that in May, {name} of Ohio accepted blame. "It is mine," {pronoun} said.',
)


@settings(max_examples=40, deadline=None)
@given(template=st.sampled_from(FRESH_TEMPLATES), first=FIRST_NAMES, surname=SURNAMES)
def test_the_fresh_classes_hold_for_names_of_any_origin(template, first, surname):
    name = f"{first} {surname}"
    pronoun = "she" if evidence.first_name_gender(first) == "f" else "he"
    assert speakers(template.format(name=name, pronoun=pronoun)) == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Judge Jane Roe ruled. Part of the judge\'s statement reads "the law is void."',
            "Jane Roe",
        ),
        ('Jane Roe wrote to the board. Roe\'s letter said: "We are leaving."', "Jane Roe"),
        ('The Water Court ruled. The court\'s ruling read: "The law is void."', "Water Court"),
        (
            'The Water Court of Tamberlo met. The summary of the decision read: "It is void."',
            "Water Court of Tamberlo",
        ),
    ],
)
def test_a_document_that_speaks_speaks_for_its_author(text, speaker):
    article = read(text)
    assert [(q.speaker, q.rule, q.confidence) for q in article.quotes] == [
        (speaker, "document", "medium")
    ]


def test_comments_before_a_quote_are_a_noun_not_the_speech_verb():
    text = (
        "Chief Jo Ferro met Ana Ruiz. The chief of the network, Jane Roe, called the comments "
        '"unfortunate."'
    )
    assert speakers(text) == ["Jane Roe"]


def test_an_earlier_unattributed_quote_does_not_hide_the_subject_before_a_colon():
    text = (
        "In a statement released after the raid, the Coastal Department of Defence justified "
        'the raid, which was approved by President Jane Roe, as "needed" in nature: '
        '"We had no choice."'
    )
    assert speakers(text) == ["Coastal Department of Defence"] * 2


def test_a_body_whose_name_runs_past_and_speaks_by_its_whole_name():
    text = (
        "The High Court of Erland and Wales also ruled, finding the closure lawful: "
        '"In our view, the decision is not ours."'
    )
    assert speakers(text) == ["High Court of Erland and Wales"]


@pytest.mark.parametrize(
    "subject", ["The head of the unit told the court", "A witness told the court"]
)
def test_she_after_an_unnamed_subject_is_nobody_met_earlier(subject):
    text = f'Jane Roe spoke first. {subject} "Nothing was done." She also said "I regret it."'
    assert speakers(text) == [None, None]


def test_a_description_that_refers_back_puts_its_person_in_focus():
    text = (
        "President Jane Roe arrived. The president told the court "
        '"Nothing was done." She also said "I regret it."'
    )
    assert speakers(text) == ["Jane Roe", "Jane Roe"]


def test_the_subject_of_a_that_clause_after_a_time_and_a_place_is_in_focus():
    text = (
        "Jo Ferro was killed in May. The Courier revealed that in December, Crown Prince Ali Saud "
        "of Saudi Arabia accepted blame for the death of Jo Ferro. Speaking to the Courier, he "
        'said, "It happened under my watch."'
    )
    assert speakers(text) == ["Ali Saud"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"It is dead," Rep. Jane Roe of Ohio said.', "Representative"),
        ('"It is dead," Republican Jane Roe of Ohio said.', "republican"),
        ('"It is dead," Broadcaster Jane Roe of the Courier said.', "Broadcaster"),
    ],
)
def test_a_name_after_a_title_stops_at_of_and_its_place_or_body(text, title):
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert speaker_named(article, "Jane Roe").title == title


@pytest.mark.parametrize(
    "text",
    [
        '"It is dead," Jane Roe said on KTV\'s "Face the Vote."',
        'Jane Roe appeared on "Face the Vote," where she said "It is dead."',
    ],
)
def test_a_show_named_in_quotes_after_on_or_an_outlet_is_no_quote(text):
    article = read(text)
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert article.quotes[0].text.startswith("It is dead")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Jane Roe issued a statement. "We move on," the statement said.', "Jane Roe"),
        ('Jane Roe wrote to him. "We move on," Roe\'s letter read.', "Jane Roe"),
        ('The Water Board met. "We move on," the board\'s statement said.', "Water Board"),
    ],
)
def test_a_document_after_the_quote_speaks_for_its_author_or_the_latest_subject(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    ['"It is dead," Jane Roe Jr. said.', '"It is dead," Jane Roe Tuesday told reporters.'],
)
def test_a_suffix_or_a_weekday_between_the_name_and_the_verb(text):
    assert speakers(text) == ["Jane Roe"]


@pytest.mark.parametrize(
    "text",
    [
        'The Water Office issued a report. "Children are dying," the report states.',
        '"Children are dying," said the statement, issued by the Water Office.',
        'Jane Roe met the press. "Children are dying," read a statement from the Water Office.',
    ],
)
def test_a_report_or_statement_after_the_quote_speaks_for_its_issuer(text):
    article = read(text)
    assert [(q.speaker, q.rule) for q in article.quotes] == [("Water Office", "document")]


# --- people introduced by a first name, or by an age --------------------------------------


def test_a_clause_after_an_age_is_no_title():
    article = read('Amina, 14, fled with her mother. "We walked for days," said Amina.')
    assert [q.speaker for q in article.quotes] == ["Amina"]
    assert speaker_named(article, "Amina").title == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Among them is Amina, 14. "We walked for days," she said.', "Amina"),
        (
            'Mother of three Amina Yusuf, 32, lives here. "We have nothing," she said.',
            "Amina Yusuf",
        ),
    ],
)
def test_a_person_introduced_with_an_age_is_who_she_refers_to(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("description", ["one resident", "a resident", "another resident"])
def test_said_a_description_then_a_name_is_the_name(description):
    assert speakers(f'"We have nothing," said {description}, Jane Roe.') == ["Jane Roe"]


def test_said_one_woman_names_no_one():
    assert speakers('Residents were angry. "We have nothing," said one woman.') == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Local media quoted Jane Roe as saying: "Two died."', "Jane Roe"),
        ('The Courier quoted the Water Board as saying "two died."', "Water Board"),
        ('The Courier quoted a police source as saying "two died."', None),
    ],
)
def test_the_one_quoted_as_saying_speaks_not_who_quotes(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("age", ["", ", 24"])
def test_a_colon_after_a_who_clause_is_the_person_it_describes(age):
    text = (
        f"Two men held him down. Another was tour guide Jane Roe{age}, who cited only her "
        'training: "I did what anyone would do."'
    )
    assert speakers(text) == ["Jane Roe"]


@pytest.mark.parametrize("verb", ["underscored", "retorted", "testified"])
def test_a_speaker_and_any_past_verb_that_close_the_sentence_after_a_quote(verb):
    article = read(f"Jane Roe visited the camp. “Wells are dry,” Roe {verb}.")
    assert [(q.speaker, q.rule, q.confidence) for q in article.quotes] == [
        ("Jane Roe", "quote-then-any-verb", "medium")
    ]


def test_a_past_verb_that_does_not_close_the_clause_reports_nothing():
    assert speakers("Jo Ferro visited. “Wells are dry,” he noticed the others wanted.") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A statement from the Water Board said: "Never."', "Water Board"),
        ('A statement issued by the Water Board on Monday said: "Never."', "Water Board"),
        ('Jo Ferro spoke. The decree signed by Jane Roe read: "Never."', "Jane Roe"),
        ('A letter from Jane Roe to the council said the plan was "dead."', "Jane Roe"),
    ],
)
def test_a_document_that_opens_the_sentence_speaks_for_its_author_after_by_or_from(text, speaker):
    assert speakers(text) == [speaker]


def test_a_weekday_after_on_is_no_part_of_a_speaking_bodys_name():
    assert speakers('"Never," the Water Board on Monday said.') == ["Water Board"]


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        ("Jane Roe, who is president of the club, arrived.", "the president"),
        ("Jane Roe was elected president in May.", "the president"),
        ("Jane Roe became the new mayor.", "the mayor"),
    ],
)
def test_a_title_given_in_a_predicate_is_the_one_a_description_refers_back_to(
    introduction, description
):
    article = read(f'{introduction} "We won," {description} said.')
    assert [q.speaker for q in article.quotes] == ["Jane Roe"]
    assert speaker_named(article, "Jane Roe").title == description.split()[-1]


def test_a_title_word_owning_something_in_a_predicate_is_no_title():
    assert speakers('Jane Roe is a mayor\'s aide. "We won," the mayor said.') == [None]


@pytest.mark.parametrize(
    "lead",
    [
        "The quake was confirmed by the Water Agency.",
        "Shelling was reported, according to the Water Agency.",
    ],
)
def test_it_said_after_a_body_that_acted_as_agent_or_source(lead):
    assert speakers(f'{lead} "Two died," it said.') == ["Water Agency"]


def test_it_said_after_a_body_that_was_only_an_object_names_none():
    assert speakers('Jo Ferro met the Water Agency on Monday. "Two died," it said.') == [None]

"""Who said each quote: the rules of articles/extraction/attribution.py, on sentences of our own."""

import pytest

from articles.extraction import extract


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, rule) of each quote in a one-line headline plus ``text``."""
    return [(q.speaker, q.rule) for q in extract("Headline\n\n" + text).quotes]


def speakers(text: str) -> list[str | None]:
    return [speaker for speaker, _ in said(text)]


def test_quote_then_speaker_verb():
    assert said("“The bridge is gone,” Nadia Haddad said.") == [
        ("Nadia Haddad", "quote-then-speaker-verb")
    ]


def test_quote_verb_speaker_with_title_after_the_name():
    article = extract(
        "H\n\n“We counted forty trucks,” said Pieter Vos, a spokesman for the World Food Programme."
    )
    assert article.quotes[0].speaker == "Pieter Vos"
    assert article.quotes[0].rule == "quote-verb-speaker"
    (speaker,) = article.speakers
    assert speaker.title == "spokesman"
    assert speaker.organisation == "World Food Programme"


def test_title_name_verb_colon_quote():
    article = extract("H\n\nDefence Minister Ana Ruiz said: “No soldier will be left behind.”")
    assert [q.speaker for q in article.quotes] == ["Ana Ruiz"]
    assert article.speakers[0].title == "Defence Minister"


def test_organisation_title_name_gives_both():
    article = extract("H\n\nWorld Bank Vice President Tarek Sy warned “the debt is unpayable”.")
    assert article.quotes[0].speaker == "Tarek Sy"
    assert article.speakers[0].title == "Vice President"
    assert article.speakers[0].organisation == "World Bank"


@pytest.mark.parametrize(
    "verb", ["told reporters", "added", "stressed", "vowed", "warned", "wrote", "insisted"]
)
def test_speech_verbs_beyond_said(verb):
    assert said(f"“It is over,” Kofi Mensah {verb}.")[0][0] == "Kofi Mensah"


def test_verb_is_reported_as_written():
    assert extract("H\n\n“Go,” Rita Gomes urged.").quotes[0].verb == "urged"


def test_according_to():
    assert said("“Prices doubled,” according to Halima Bello.") == [
        ("Halima Bello", "according-to")
    ]


def test_statement_by_an_organisation_uses_its_full_name():
    text = (
        "The Sudan Liberation Movement (SLM) held the town. "
        "In a statement, the SLM said, “We will not withdraw.”"
    )
    article = extract("H\n\n" + text)
    assert article.quotes[0].speaker == "Sudan Liberation Movement"
    assert article.speakers[0].is_organisation is True


def test_surname_and_honorific_resolve_to_the_full_name():
    text = (
        "Aid chief Sanna Lind arrived on Monday.\n\n"
        "“We are too late,” Lind said.\n\n"
        "“Far too late,” Ms. Lind added."
    )
    article = extract("H\n\n" + text)
    assert [q.speaker for q in article.quotes] == ["Sanna Lind", "Sanna Lind"]
    assert set(article.speakers[0].aliases) == {"Lind", "Ms. Lind"}


def test_pronoun_resolves_to_the_last_person_who_spoke_not_an_organisation():
    text = (
        "Colonel Idris Kamau of the Border Guard Force spoke after the raid.\n\n"
        "The Border Guard Force said it lost two vehicles.\n\n"
        "“We pushed them back,” he said."
    )
    assert speakers(text) == ["Idris Kamau"]


def test_it_said_resolves_to_an_organisation():
    text = "The Norwegian Refugee Council appealed for funds. “Winter is coming,” it said."
    assert speakers(text) == ["Norwegian Refugee Council"]


def test_they_said_names_no_one():
    assert speakers("“We want peace,” they said.") == [None]


def test_quote_split_by_its_attribution():
    assert said("“We tried,” Juma Otieno said. “We failed.”") == [
        ("Juma Otieno", "quote-then-speaker-verb"),
        ("Juma Otieno", "continuation"),
    ]


def test_unattributed_paragraph_continues_the_previous_speaker():
    text = "“The well is poisoned,” said Farah Idris.\n\n“Nobody can drink from it.”"
    assert said(text)[1] == ("Farah Idris", "continuation")


def test_speaker_introduced_in_the_sentence_before():
    text = "Engineer Tariq Nasser says the dam is cracking.\n\n“It could break any day.”"
    assert said(text) == [("Tariq Nasser", "previous-sentence")]


def test_unnamed_sources_are_nobody():
    assert speakers(
        "“The convoy was hit,” a ministry source said. Farmers say “the soldiers left at night”."
    ) == [None, None]


def test_a_name_mentioned_but_not_speaking_is_no_speaker():
    text = "“We did not invite Pedro Alves,” said Julia Kern."
    article = extract("H\n\n" + text)
    assert [q.speaker for q in article.quotes] == ["Julia Kern"]
    assert [s.name for s in article.speakers] == ["Julia Kern"]


def test_the_object_of_a_preposition_is_not_the_speaker():
    text = "A guard at the Central Prison Authority said “nobody escaped”."
    assert speakers(text) == [None]


def test_an_aside_between_name_and_verb():
    text = "“Water first,” Amina Idris, who runs the camp clinic, said."
    assert speakers(text) == ["Amina Idris"]


def test_attribution_closing_the_sentence():
    text = "The road is “beyond repair” for now, surveyor Ole Dahl added."
    assert said(text) == [("Ole Dahl", "sentence-final")]


def test_a_pronoun_finds_a_sentence_subject_introduced_by_an_occupation():
    text = "Surveyor Ole Dahl saw the damage. The road is “beyond repair”, he added."
    assert speakers(text) == ["Ole Dahl"]


def test_scare_quote_without_a_speech_verb_has_no_speaker():
    assert speakers("The rebels held a so-called “people's court” in the square.") == [None]


def test_name_between_commas_before_the_verb_speaks():
    text = "The deputy mayor, Ola Berg, said the bridge was “beyond repair”."
    assert speakers(text) == ["Ola Berg"]


def test_object_after_a_comma_is_no_aside():
    text = "Chancellor Lina Moss thanked Berg, saying, “we owe him much.”"
    assert speakers(text) == ["Lina Moss"]


def test_title_with_of_and_an_office_before_the_name():
    article = extract("H\n\nUS Secretary of Commerce Dana Holt said: “Tariffs stay.”")
    assert article.quotes[0].speaker == "Dana Holt"
    assert "Secretary of Commerce" in article.speakers[0].title


def test_person_of_an_organisation_is_no_organisation():
    article = extract(
        "H\n\n“Aid is late,” said Noor Haddad of the Sahel Relief Council, which runs camps."
    )
    assert article.quotes[0].speaker == "Noor Haddad"
    assert [o.name for o in article.organisations] == ["Sahel Relief Council"]


def test_passive_agent_after_by_speaks():
    text = "The minister was told by Fire Chief Karim Nasser of “at least ten trapped”."
    assert speakers(text) == ["Karim Nasser"]


def test_according_to_a_statement_by_its_author():
    text = "“Nobody was hurt,” according to a statement on Friday by Police Chief Anna Weiss."
    assert speakers(text) == ["Anna Weiss"]


def test_speech_word_used_as_a_noun_is_no_verb():
    text = (
        "Security Minister Idris Amin wrote a letter, describing VOA reports in the region "
        "as “negative”."
    )
    assert speakers(text) == ["Idris Amin"]


def test_capitalised_speech_word_in_a_name_is_no_verb():
    text = "The Vice President, Kara Lind, said the United States is “in a crisis.”"
    assert speakers(text) == ["Kara Lind"]


def test_he_after_a_clause_with_its_own_speaker():
    text = (
        "President Ivo Marek said the deaths were “a tragedy” while Interior Minister "
        "Pavel Dusek wrote he had ordered checks. He tweeted, “I ordered checks today.”"
    )
    assert speakers(text) == ["Ivo Marek", "Pavel Dusek"]


def test_with_x_saying_names_x():
    text = "Rescue was halted, with Yana Orlov describing the “real threat of collapse”."
    assert speakers(text) == ["Yana Orlov"]


def test_object_of_a_preposition_still_does_not_speak():
    text = "A source within the central Health Ministry reportedly said “we were told to lie.”"
    assert speakers(text) == [None]


def test_two_people_joined_by_and_are_not_one_name():
    text = (
        "Party Whip Ola Reed and deputy chair of the Water Committee Ana Lutz "
        "questioned it. Reed said “it is unlawful”."
    )
    assert speakers(text) == ["Ola Reed"]


# --- "he" and "she": the gender the article shows, never an organisation --------------------


def test_she_skips_a_later_man_shown_by_his_honorific():
    text = (
        "Ilse Brandt chaired the session. Mr. Otto Vries said the vote was delayed. "
        "“We will try again in May,” she said."
    )
    assert speakers(text) == ["Ilse Brandt"]


def test_he_skips_a_later_woman_shown_by_her_title():
    text = (
        "Karel Novak opened the hearing. Spokeswoman Dana Wirth said the file was incomplete. "
        "“Nothing is settled,” he said."
    )
    assert speakers(text) == ["Karel Novak"]


def test_she_skips_a_man_known_by_a_common_first_name():
    text = (
        "Senator Lotte Aalberg left the chamber. Luca Ortiz said the bill had failed. "
        "“This is not the end,” she said."
    )
    assert speakers(text) == ["Lotte Aalberg"]


def test_a_gendered_title_in_an_aside_counts():
    text = (
        "Aida Ferreira visited the camp. Ruben Osei, the chairman of the relief board, "
        "described the shelters. “They are full,” she said."
    )
    assert speakers(text) == ["Aida Ferreira"]


def test_an_earlier_pronoun_shows_the_gender_for_later_ones():
    text = (
        "Mirela Costa toured the port. She said the cranes were idle. Anselm Drey inspected "
        "the ships. “The port is closed,” he said. “We need fuel,” she added."
    )
    assert speakers(text) == ["Anselm Drey", "Mirela Costa"]


def test_a_person_of_unknown_gender_is_not_skipped():
    text = (
        "Mrs. Hanna Kessler arrived first. Then Dominique Marceau said the road was cut. "
        "“We turned back,” she said."
    )
    assert speakers(text) == ["Dominique Marceau"]


def test_when_every_earlier_person_clashes_the_nearest_is_kept():
    text = "Mr. Goran Ilic said the border was closed. “We wait,” she said."
    assert speakers(text) == ["Goran Ilic"]


def test_a_surname_that_is_an_honorific_shows_no_gender():
    text = (
        "Oriana Marsh met the press. Helen Lord said talks had stalled. "
        "“We are not giving up,” she said."
    )
    assert speakers(text) == ["Helen Lord"]


def test_she_never_goes_to_an_organisation():
    text = (
        "Anke Wolters spoke in Geneva. The World Health Organization said cases were rising. "
        "“Hospitals are full,” she said."
    )
    assert speakers(text) == ["Anke Wolters"]


def test_it_never_goes_to_a_person():
    text = "Edda Lunde said the shelter was full. “Nobody else fits,” it said."
    assert speakers(text) == [None]


def test_they_goes_to_an_organisation_that_opened_the_sentence_before():
    text = "The Red Cross said its convoy was stopped. “We were turned back,” they said."
    assert speakers(text) == ["Red Cross"]


def test_they_never_goes_to_a_person():
    text = "Karim Haddad said the convoy was stopped. “We were turned back,” they said."
    assert speakers(text) == [None]


def test_they_after_a_person_who_followed_the_organisation_names_no_one():
    text = (
        "The Red Cross said its convoy was stopped. Karim Haddad drove the first truck. "
        "“We were turned back,” they said."
    )
    assert speakers(text) == [None]


def test_she_opening_a_sentence_without_quotes_shows_the_gender():
    text = (
        "Anselm Drey inspected the ships. Mirela Costa toured the port. She said the cranes "
        "were idle. “The port is closed,” he said."
    )
    assert speakers(text) == ["Anselm Drey"]


# --- titles set before a name ------------------------------------------------------------------


def title_of(text: str) -> dict[str, str]:
    return {s.name: s.title for s in extract("H\n\n" + text).speakers}


def test_title_in_an_apposition_before_the_name():
    text = "The governor of Lagos, Ada Okoye, said: “Schools reopen on Monday.”"
    assert title_of(text) == {"Ada Okoye": "governor"}


def test_an_owner_before_the_apposed_title_is_left_out():
    text = "The agency's chief negotiator, Ravi Menon, said “no deal is close”."
    assert title_of(text) == {"Ravi Menon": "chief negotiator"}


def test_a_place_set_off_by_commas_gives_no_title():
    text = "In Lagos, Ada Okoye, 41, said “the water is back”."
    assert title_of(text) == {"Ada Okoye": ""}


def test_lowercase_words_that_lead_to_a_title_belong_to_it():
    text = "“The suspects fled north,” said police chief Tunde Bakare."
    assert said(text) == [("Tunde Bakare", "quote-verb-speaker")]
    assert title_of(text) == {"Tunde Bakare": "police chief"}


def test_up_to_two_lowercase_words_lead_to_a_title_after_a_comma():
    text = "On Monday, former army chief Kofi Boateng said “we will act”."
    assert title_of(text) == {"Kofi Boateng": "former army chief"}


def test_quote_then_title_with_the_name_in_an_aside():
    text = "“Stay home,” the city's deputy mayor, Lina Berg, said."
    assert said(text) == [("Lina Berg", "quote-then-speaker-verb")]


def test_quote_then_title_with_a_clause_in_the_aside_names_no_one():
    assert speakers("“Stay home,” the mayor, who was re-elected, said.") == [None]


# --- a colon lead-in and a second quote added by the same speaker -------------------------------


def test_a_colon_after_a_pronoun_subject_with_no_speech_verb():
    text = "Tarek Sy spoke to reporters on Monday. He was blunt: “The army is not ready.”"
    assert said(text) == [("Tarek Sy", "pronoun")]


def test_a_colon_after_a_person_subject_with_no_speech_verb():
    assert said("Tarek Sy was blunt: “The army is not ready.”") == [("Tarek Sy", "colon-lead-in")]


def test_a_colon_after_a_description_takes_the_speaker_of_the_sentence_before():
    text = "Tarek Sy spoke to reporters on Monday. The message was blunt: “The army is not ready.”"
    assert said(text) == [("Tarek Sy", "colon-lead-in")]


def test_a_colon_after_a_description_needs_speech_in_the_sentence_before():
    text = "Tarek Sy arrived on Monday. The message was blunt: “The army is not ready.”"
    assert speakers(text) == [None]


def test_a_second_quote_after_adding_has_the_same_speaker():
    text = "“We are ready,” said Tarek Sy, adding: “The army is not.”"
    assert speakers(text) == ["Tarek Sy", "Tarek Sy"]


def test_a_phrase_never_starts_with_and_before_a_title():
    text = "The “main difference” was clear, and police chief Tarek Sy agreed."
    assert speakers(text) == [None]
    assert title_of(text) == {}

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
    article = extract("H\n\nWorld Bank Vice President Omar Sy warned “the debt is unpayable”.")
    assert article.quotes[0].speaker == "Omar Sy"
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
        "Aid chief Maria Lind arrived on Monday.\n\n"
        "“We are too late,” Lind said.\n\n"
        "“Far too late,” Ms. Lind added."
    )
    article = extract("H\n\n" + text)
    assert [q.speaker for q in article.quotes] == ["Maria Lind", "Maria Lind"]
    assert set(article.speakers[0].aliases) == {"Lind", "Ms. Lind"}


def test_pronoun_resolves_to_the_last_person_who_spoke_not_an_organisation():
    text = (
        "Colonel Samir Aziz of the Border Guard Force spoke after the raid.\n\n"
        "The Border Guard Force said it lost two vehicles.\n\n"
        "“We pushed them back,” he said."
    )
    assert speakers(text) == ["Samir Aziz"]


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
    text = "“The well is poisoned,” said Farah Omar.\n\n“Nobody can drink from it.”"
    assert said(text)[1] == ("Farah Omar", "continuation")


def test_speaker_introduced_in_the_sentence_before():
    text = "Engineer Tariq Nasser says the dam is cracking.\n\n“It could break any day.”"
    assert said(text) == [("Tariq Nasser", "previous-sentence")]


def test_unnamed_sources_are_nobody():
    assert speakers(
        "“The convoy was hit,” a ministry source said. Villagers say “the soldiers left at night”."
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
    text = "“Water first,” Amina Yusuf, who runs the camp clinic, said."
    assert speakers(text) == ["Amina Yusuf"]


def test_attribution_closing_the_sentence():
    text = "The road is “beyond repair” for now, surveyor Ole Dahl added."
    assert said(text) == [("Ole Dahl", "sentence-final")]


def test_a_pronoun_finds_a_sentence_subject_introduced_by_an_occupation():
    text = "Surveyor Ole Dahl saw the damage. The road is “beyond repair”, he added."
    assert speakers(text) == ["Ole Dahl"]


def test_scare_quote_without_a_speech_verb_has_no_speaker():
    assert speakers("The rebels held a so-called “people's court” in the square.") == [None]

"""Organisations an article names: articles/extraction/organisations.py."""

from articles.extraction import extract


def organisations(text: str) -> dict[str, str]:
    return {o.name: o.acronym for o in extract("Headline\n\n" + text).organisations}


def test_full_name_with_acronym_and_later_acronym_alone():
    found = organisations(
        "The Mali-based Coordination of Azawad Movements (CMA) met. The CMA's leaders left."
    )
    assert found == {"Coordination of Azawad Movements": "CMA"}


def test_acronym_first_then_full_name_in_brackets():
    assert organisations("Fighters of the RSF (Rapid Support Forces) advanced.") == {
        "Rapid Support Forces": "RSF"
    }


def test_acronym_expansion_in_lower_case_is_no_organisation():
    assert organisations("The exclusive fishing zone (EFZ) was closed. The EFZ is large.") == {}


def test_names_built_on_organisation_nouns_are_cut_after_the_noun():
    found = organisations(
        "The Ministry of Public Health said so. The Security Council Resolution 12 passed. "
        "The Northern Alliance and the Arakan Army fought."
    )
    assert set(found) == {
        "Ministry of Public Health",
        "Security Council",
        "Northern Alliance",
        "Arakan Army",
    }


def test_modifiers_before_a_name_are_dropped():
    assert set(organisations("The Kenya-backed Jubaland Forces (JF) advanced.")) == {
        "Jubaland Forces"
    }


def test_possessive_of_an_acronym():
    found = organisations("The World Food Programme (WFP) warned. The WFP's trucks stopped.")
    assert found == {"World Food Programme": "WFP"}


def test_media_outlets_that_are_told_things_but_not_people():
    text = "Lena Holm, a nurse, spoke. “It is bad,” Holm told Dagsavisen. Holm also told Lena."
    assert set(organisations(text)) == {"Dagsavisen"}


def test_common_bodies_from_the_lexicon():
    found = organisations("NATO and the EU met; Reuters reported that the UN disagreed.")
    assert set(found) == {"NATO", "European Union", "Reuters", "United Nations"}


def test_a_body_named_by_its_spokesperson():
    assert set(organisations("Wagner spokesperson Pavel Petrov declined to comment.")) == {"Wagner"}


def test_institution_with_a_lowercase_head():
    assert set(organisations("Members of the Kasai provincial assembly voted.")) == {
        "Kasai provincial assembly"
    }


def test_places_countries_and_people_are_no_organisations():
    assert organisations("In Kano International Airport, Nigeria, Karim Haddad waited.") == {}


def test_person_of_a_body_gives_the_body_alone():
    from articles.extraction import extract

    article = extract("H\n\nAnalyst Hal Cole of the Atlantic Policy Council told VOA more.")
    names = [o.name for o in article.organisations]
    assert "Atlantic Policy Council" in names
    assert not any("Hal Cole" in n for n in names)


def test_news_site_named_by_its_domain_is_one_word():
    from articles.extraction.tokens import tokenize

    text = "One news site, Ostro.com, claims it."
    assert "Ostro.com" in [t.text for t in tokenize(text, 0, len(text))]


def test_body_named_after_its_kind_and_in_a_list_of_firms():
    from articles.extraction import extract

    article = extract(
        "H\n\nThe regulator fined Danish airline Nordsky Air on Monday. Retail firms including "
        "Halden Foods, Ostmark and Veltra left. The bill was approved by the Senate. Frank "
        "Olsen and Greta Lund were absent."
    )
    names = {o.name for o in article.organisations}
    assert {"Nordsky Air", "Halden Foods", "Ostmark", "Veltra", "Senate"} <= names
    assert not names & {"Frank Olsen", "Greta Lund", "Danish"}

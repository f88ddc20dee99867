"""Organisations of the kinds the hidden sets hold (issue 9): US political news and agency
releases. Every sentence is made up, with names of many origins."""

import pytest

from articles.extraction import extract


def organisations(text: str) -> dict[str, tuple[str, ...]]:
    """Each organisation found, by name, with its acronym and aliases."""
    found = extract("Headline\n\n" + text).organisations
    return {o.name: tuple(filter(None, (o.acronym, *o.aliases))) for o in found}


# --- two bodies joined by "and" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Senate and House of Representatives will hold hearings on Monday.",
            {"Senate", "House of Representatives"},
        ),
        (
            "Politico and BuzzFeed News reported that Tomasz Nowak had resigned.",
            {"BuzzFeed News"},
        ),
        ("House Democrats and Senate Republicans clashed over the bill.", {"Senate"}),
    ],
)
def test_a_legislature_or_a_brand_before_and_opens_no_longer_name(text, expected):
    assert set(organisations(text)) == expected


# --- services and companies named without an organisation noun ----------------------------


def test_hospitals_in_a_list_and_a_metro_system_are_bodies_but_a_street_is_none():
    found = organisations(
        "The injured were taken to Lakeside Hospital, Hillview Hospital, and Saint Anne "
        "Hospital. The Riverside Underground closed, and Hospital Street was shut. Medina "
        "Hospital and Kolda Hospital were full."
    )
    assert set(found) == {
        "Lakeside Hospital",
        "Hillview Hospital",
        "Saint Anne Hospital",
        "Riverside Underground",
        "Medina Hospital",
        "Kolda Hospital",
    }


def test_a_name_a_comma_and_a_legal_form_is_a_company_with_the_name_alone_its_alias():
    found = organisations(
        "A spokesperson for Bluewater Marine, Inc. said the boat had passed inspection. "
        "Okafor Shipping, LLC declined to comment."
    )
    assert found == {
        "Bluewater Marine, Inc.": ("Bluewater Marine",),
        "Okafor Shipping, LLC": ("Okafor Shipping",),
    }


def test_a_party_named_with_a_lowercase_noun_after_the():
    found = organisations("Ines Duarte left the Democratic party and joined the Green party.")
    assert set(found) == {"Democratic party", "Green party"}


# --- one body, two forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The Health Ministry said the Ministry of Health had sent doctors to Kolda.",
            "Health Ministry",
            "Ministry of Health",
        ),
        (
            "A Department of Justice spokesman said the Justice Department would not comment.",
            "Department of Justice",
            "Justice Department",
        ),
        (
            "The Ministry of Foreign Affairs summoned the envoy. The Foreign Ministry said so.",
            "Ministry of Foreign Affairs",
            "Foreign Ministry",
        ),
        (
            "The Ministry of the Interior banned the march, Aziz Haddad said. The Interior Ministry agreed.",
            "Ministry of the Interior",
            "Interior Ministry",
        ),
    ],
)
def test_a_body_named_head_first_and_head_last_is_one_body(text, name, alias):
    assert organisations(text) == {name: (alias,)}


# --- US political news ----------------------------------------------------------------------


def test_a_candidates_campaign_is_a_body_and_a_place_or_a_cause_before_campaign_is_none():
    found = organisations(
        "Chinedu Okafor won the primary in March. The Okafor campaign said it had raised "
        "$5 million, and a spokesman for the Okafor campaign agreed. The Raqqa campaign ended "
        "in 2017."
    )
    assert set(found) == {"Okafor campaign"}


def test_a_state_abbreviated_with_full_stops_is_no_acronym():
    found = organisations(
        "Rep. Jane Roe, D-N.Y., said the vote was close. Wang Fang spoke in Trenton, N.J., "
        "on Monday, and the NAACP backed her."
    )
    assert set(found) == {"NAACP"}


# --- companies and media with no organisation noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ship-tracking websites MarineRadar and VesselWatch showed the ferry turning.",
            {"MarineRadar", "VesselWatch"},
        ),
        ("Lagos-based Kestrel Air said it would send a plane.", {"Kestrel Air"}),
        ("Orvina said in a statement that its engines were safe.", {"Orvina"}),
        ("The insurer Pemberg issued a statement on its losses.", {"Pemberg"}),
        ("The ferry was operated by Sundara Lines, the coast guard said.", {"Sundara Lines"}),
        ("Voskar, the aircraft maker, said it was investigating.", {"Voskar"}),
        ("Navilog, a ship-tracking website, showed the route.", {"Navilog"}),
    ],
)
def test_a_company_or_medium_is_named_by_what_only_a_body_does_or_is(text, expected):
    assert set(organisations(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tobenna Eze left Kolda. Eze said in a statement that he was innocent.",
        "Zhang Wei said in a statement that she was innocent.",
        "Amara Little said in a statement on Monday.",
        "Farmaajo issued a statement on Monday, and Hemedti said in a statement he had won.",
        "Kovrin said in a statement that his forces had taken the airport.",
        "The boat was operated by Jane Roe and owned by the Okoro family.",
        "Kwame Asante, the boat operator, said so. Jo Ferro, an operator at the plant, agreed.",
        "Dutch-based Anneke Visser said so. Telegram, a messaging app, was blocked.",
    ],
)
def test_a_person_who_issues_a_statement_or_runs_a_boat_is_no_company(text):
    assert organisations(text) == {}


def test_an_acronym_of_a_kind_of_body_names_none():
    found = organisations(
        "A super PAC backing Amara Diallo spent $5 million, and two NGOs and the RNC objected."
    )
    assert set(found) == {"RNC"}


# --- agency releases ----------------------------------------------------------------------


def test_a_mission_in_a_country_keeps_the_country_and_its_acronym():
    found = organisations(
        "Ana Petrova heads the UN Stabilization Mission in the Central African Republic "
        "(UNSMC). The Veldic Embassy in Nigeria (VEN) said so."
    )
    assert found == {
        "United Nations": ("UN",),
        "UN Stabilization Mission in the Central African Republic": ("UNSMC",),
        "Veldic Embassy in Nigeria": ("VEN",),
    }


def test_a_news_site_named_online_is_a_body():
    found = organisations("Kolda Online reported that the toll could rise.")
    assert set(found) == {"Kolda Online"}


# --- fragments, adjectives and clock words --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The House Committee on Oversight and Reform will meet at 10 a.m. ET on Tuesday.",
            {"House Committee on Oversight and Reform"},
        ),
        (
            "Crews of the Clark County Fire and Rescue Agency took him to the Harborview Level 1 "
            "Trauma Center.",
            {"Clark County Fire and Rescue Agency", "Harborview Level 1 Trauma Center"},
        ),
        (
            "The Department of Labour and the Centers for Disease Control and Prevention (CDC) "
            "issued guidance.",
            {"Department of Labour", "Centers for Disease Control and Prevention"},
        ),
        ("The Academy Award-winning director Kwame Mensah arrived.", set()),
        ("Board Member Li Wei and Former Navy Secretary Ray Okafor spoke.", set()),
        ("The Select Subcommittee on Water met on Monday.", {"Select Subcommittee on Water"}),
    ],
)
def test_a_body_is_named_whole_and_no_fragment_adjective_or_title_is_one(text, expected):
    assert set(organisations(text)) == expected


# --- media in US political news -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe wrote in The Atlantic that the race was over.", {"Atlantic": ()}),
        ("Jane Roe wrote in Lagos that the race was over.", {}),
        ("Axios first reported the memo on Monday.", {"Axios": ()}),
        (
            "The Kolda Post endorsed Li Wei. On Friday the Post said it had erred.",
            {"Kolda Post": ("Post",)},
        ),
        ("The Times has said so, and the Post office closed.", {"Times": ()}),
        ('Appearing on the "State of the Union," Jane Roe spoke.', {}),
        (
            "Jane Roe flew on Air Force One to the Council of the European Union.",
            {"Council of the European Union": ()},
        ),
    ],
)
def test_a_medium_named_by_how_us_papers_cite_it(text, expected):
    assert organisations(text) == expected


def test_an_outlets_edition_and_the_outlet_are_two_bodies():
    found = organisations("BBC Mundo and the BBC both carried the story.")
    assert set(found) == {"BBC Mundo", "BBC"}


def test_a_nations_government_names_no_body_by_its_adjective():
    found = organisations("The Fijian government said schools would close. The Tongan one agreed.")
    assert found == {}


def test_a_group_named_for_its_cause_is_a_body_and_a_law_with_an_acronym_is_none():
    found = organisations(
        "On Monday, Ghanaians for Safe Roads and Veterans for Peace marched. Republicans vowed to "
        "repeal the Affordable Care Act (ACA), and Nnamdi Obi said the ACA had failed."
    )
    assert set(found) == {"Ghanaians for Safe Roads", "Veterans for Peace"}


def test_a_name_before_a_job_and_a_persons_name_is_the_employer():
    found = organisations(
        "Port Radar analyst Jane Roe said the tanker had gone dark. Democratic strategist Ana "
        "Ruiz, Ohio analyst Li Wei and Wall Street analyst Tom Brown disagreed. Donald Trump "
        "spoke, and Trump supporter Kwame Mensah cheered."
    )
    assert set(found) == {"Port Radar"}


def test_an_untranslated_accented_name_that_acts_is_a_body_and_a_persons_surnames_are_not():
    found = organisations(
        "Météo Norvège issued a red warning on Sunday. Protección Civil said 300 people left. "
        "Enrique Peña Nieto visited, and Peña Nieto said the army would help. José Pérez agreed. "
        "President Ramírez said so. Ambassador to Peru Bartolomé Arrieta said no."
    )
    assert set(found) == {"Météo Norvège", "Protección Civil"}


def test_a_transcripts_speaker_and_an_everyday_word_in_capitals_are_no_acronyms():
    found = organisations(
        "MENSAH: We are ready to talk. OKORO: So are we. The UPDATE came late, and the UNDP and "
        "MSNBC were told."
    )
    assert set(found) == {"UNDP", "MSNBC"}


def test_a_delegates_name_in_capitals_before_a_country_in_brackets_is_no_acronym():
    found = organisations(
        "OKONKWO ADEBAYO (Nigeria) said the sanctions had failed. LINDA KOWALSKA (Poland) "
        "disagreed, and ZHANG JUN (China) urged restraint. NATO (North Atlantic Treaty "
        "Organization) was mentioned."
    )
    assert found == {"North Atlantic Treaty Organization": ("NATO",)}


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ('"It went dark," said Li Wei of Harbour Logistics.', "Li Wei", {"Harbour Logistics"}),
        ('"It sailed," said Ana Petrova of ShipTrack.', "Ana Petrova", {"ShipTrack"}),
        ('"It sank," said Kwame Mensah of Kolda Valley.', None, set()),
        ('"It left," said Jane Roe of Lagos State.', None, set()),
    ],
)
def test_a_firm_after_a_persons_of_is_a_body_and_a_place_is_none(text, speaker, expected):
    article = extract("Headline\n\n" + text)
    assert {o.name for o in article.organisations} == expected
    if speaker:
        assert article.quotes[0].speaker == speaker


def test_a_name_after_a_kind_acronym_is_a_body():
    found = organisations(
        "The super PAC Priorities Ohio Action spent $5 million, and the NGO Kolda Relief helped."
    )
    assert set(found) == {"Priorities Ohio Action", "Kolda Relief"}


def test_a_bodys_other_name_given_after_it_is_its_acronym_or_alias():
    found = organisations(
        "Jabhat al-Nasr, also known as JAN, took the town, and JAN fighters advanced. The Free "
        "Lions Brigade, formerly known as the Lion Battalion, retreated. Jane Roe, known as the "
        "Iron Lady, spoke."
    )
    assert found == {"Jabhat al-Nasr": ("JAN",), "Free Lions Brigade": ("Lion Battalion",)}


def test_a_name_the_next_sentence_calls_by_its_kind_is_a_company():
    found = organisations(
        "Voskar has built jets since 1960. The planemaker said it would help. Jane Roe founded "
        "a firm. The company grew. Kolda was shelled on Monday. The company said so."
    )
    assert set(found) == {"Voskar"}


def test_a_pollster_is_named_by_its_poll_and_an_adjective_place_or_person_is_none():
    found = organisations(
        "A Gallup poll, a Florida poll and a Republican poll agreed. Donald Trump said so, and "
        "a Trump poll too."
    )
    assert set(found) == {"Gallup"}


def test_a_plan_or_an_overview_shortened_in_brackets_is_no_body():
    found = organisations(
        "The Humanitarian Response Plan (HRP) is 20 percent funded, and the HRP needs more. "
        "The Global Humanitarian Overview (GHO) was cited, and the Central Emergency Response "
        "Fund (CERF) released $10 million."
    )
    assert found == {"Central Emergency Response Fund": ("CERF",)}


def test_a_name_joined_by_and_before_its_acronym_and_a_name_going_on_in_a_place_are_whole():
    found = organisations(
        "The ruling Justice and Development Party (JDK) won, and the Organization for Security "
        "and Co-operation in Europe (OSCE) sent observers."
    )
    assert found == {
        "Justice and Development Party": ("JDK",),
        "Organization for Security and Co-operation in Europe": (
            "OSCE",
            "Organization for Security and Co-operation",
        ),
    }

"""Organisations in news the engine had never seen (issue 9): one test per error class measured
on a held-out set, each sentence made up, so that a rule fitted to one eval article fails here."""

from articles.extraction import extract


def organisations(text: str) -> dict[str, tuple[str, ...]]:
    """Each organisation found, by name, with its acronym and aliases."""
    found = extract("Headline\n\n" + text).organisations
    return {o.name: tuple(filter(None, (o.acronym, *o.aliases))) for o in found}


# --- names cut short ----------------------------------------------------------------------


def test_a_name_goes_on_with_its_purpose_after_to():
    found = organisations("Members of the Northern Alliance to Protect Rivers met on Monday.")
    assert set(found) == {"Northern Alliance to Protect Rivers"}


def test_a_purpose_that_is_a_place_ends_the_name():
    found = organisations("The Lorian Council to Brazil was on its way.")
    assert "Lorian Council to Brazil" not in found


def test_an_embassy_name_goes_on_with_the_place_it_sits_in():
    found = organisations("Protesters gathered outside the Veldic Embassy in Nairobi on Friday.")
    assert set(found) == {"Veldic Embassy in Nairobi"}


def test_a_department_with_a_complement_that_is_a_place_noun_is_a_body():
    found = organisations("A Tarsian Department of State official spoke on Monday.")
    assert set(found) == {"Tarsian Department of State"}


def test_a_system_after_a_body_noun_belongs_to_the_name():
    found = organisations("Men must register with the Civil Defence Service System by June.")
    assert set(found) == {"Civil Defence Service System"}


def test_a_body_named_after_an_acronym_in_brackets_keeps_the_full_name():
    found = organisations(
        "Leaders met at the Orvan Trade Union (OTU) General Assembly in Lagos on Monday."
    )
    assert found["Orvan Trade Union General Assembly"] == ("OTU General Assembly",)
    assert "General Assembly" not in found


# --- colleges and universities --------------------------------------------------------------


def test_a_college_is_a_body():
    found = organisations("A recent poll by Marlow College put her in the lead.")
    assert set(found) == {"Marlow College"}


# --- false positives ----------------------------------------------------------------------


def test_a_document_after_of_is_no_body():
    found = organisations("The ruling cited the Equal Terms Clause of the Tarsian Constitution.")
    assert found == {}


def test_a_hospital_named_after_an_army_is_a_place_not_the_army():
    found = organisations("He was treated at the Pelmo Voss Army Hospital overnight.")
    assert found == {}


def test_a_designation_after_a_is_no_body():
    found = organisations(
        "The Red Hand Brigades, a US-designated Foreign Terrorist Organization, denied it."
    )
    assert set(found) == {"Red Hand Brigades"}

"""One speaker or organisation per person or body across articles, however each article
spells it: accents, transliterations, "U.S."/"United States", the forms of a ministry's name, a
generic noun or a plural, an acronym; and rows an earlier import kept apart merged once a name
shows them to be one. Every name here is made up."""

import pytest

from articles.models import Organisation, Speaker
from articles.spellings import organisation_key, person_key
from tests.conftest import make_article, make_organisation, make_quote, make_speaker
from tests.test_importer import run_import, write_article

pytestmark = pytest.mark.django_db

SAME_PERSON = [
    ("Yevgeny Sokolovskiy", "Yevgeny Sokolovsky"),  # -iy, -y
    ("Oleksiy Hrytsenkyy", "Oleksiy Hrytsenky"),  # doubled final letter
    ("Sergey Volkovich", "Sergei Volkovich"),  # y, i beside a vowel
    ("Mikhail Dorokhov", "Mihail Dorohov"),  # kh, h
    ("Aleksei Marchenko", "Alexei Marchenko"),  # ks, x
    ("Youssef Benali", "Yusef Benali"),  # ou, u
    ("Mohammed al-Rashidi", "Mohamed Rashidi"),  # doubled letter, the Arabic article
    ("Abdel-Karim el-Tayeb", "Abdel Karim Tayeb"),  # hyphens
    ("Abdoulaye Koné", "Abdulaye Kone"),  # ou, u and an accent
    ("Ayşe Yıldız", "Ayse Yildiz"),  # a dotless i, which has no accent to strip
    ("Erick Mwangi", "Erik Mwangi"),  # ck, k
    ("Ismael Tarzoun", "Ismail Tarzoun"),  # ae, ai
]

OTHER_PEOPLE = [
    ("Amina Okafor", "Amaka Okafor"),  # one surname, two first names
    ("Jon Smyth", "Jon Smith"),  # y between consonants: English spells two names
    ("Li Wei", "Li Wen"),
    ("Al Musa", "Musa"),  # a first name that is also the Arabic article
    ("Carlos Ruiz", "Carla Ruiz"),
]


@pytest.mark.parametrize(("one", "other"), SAME_PERSON)
def test_spellings_of_one_person_share_a_key(one, other):
    assert person_key(one) == person_key(other)


@pytest.mark.parametrize(("one", "other"), OTHER_PEOPLE)
def test_names_of_two_people_keep_two_keys(one, other):
    assert person_key(one) != person_key(other)


SAME_BODY = [
    ("U.S. Coast Guard", "United States Coast Guard"),
    ("US Coast Guard", "USA Coast Guard"),
    ("UK Home Office", "United Kingdom Home Office"),
    ("UN Development Programme", "United Nations Development Programme"),
    ("U.N. Security Council", "UN Security Council"),
    ("UN", "United Nations"),
    ("UN-Habitat", "United Nations Habitat"),
    ("Al-Shabab", "al Shabab"),
    ("Kenyan Interior Ministry", "Kenya's Ministry of Interior"),
    ("Kenyan Interior Ministry", "Ministry of the Interior of Kenya"),
    ("Turkmen Foreign Ministry", "Ministry of Foreign Affairs of Turkmenistan"),
    ("Ghanaian Defense Ministry", "Ghana Ministry of Defence"),
    ("South African Ministry of Health", "Ministry of Health of South Africa"),
    ("Peruvian Ministry for Foreign Affairs", "Foreign Ministry of Peru"),
    ("US Labor Department", "United States Department of Labor"),
    ("U.S. Treasury Department", "Department of the Treasury of the United States"),
    ("Ansar al-Faedin", "Ansar al-Faidin"),  # ae, ai
    ("Tarvo Liberation Front", "Tarvo Liberation Front group"),  # a trailing generic noun
    ("Zarqun Party", "Zarqun"),
    ("Sentinel Guard", "Sentinel Guards"),  # a plural
    ("Sentinel Guard Corps", "Sentinel Guards"),
    ("Young Zarqunists", "Young Zarqunist"),
    ("the Tarvo Front", "Tarvo Front"),
]

OTHER_BODIES = [
    ("Nigerian Interior Ministry", "Niger Interior Ministry"),
    ("Malian Defence Ministry", "Maltese Defence Ministry"),
    ("Kenyan Interior Ministry", "Interior Ministry"),
    ("Kenyan Interior Ministry", "Kenyan Interior Department"),
    ("US Labor Department", "Labor Department"),
    ("Ministry of Foreign Affairs and Trade", "Ministry of Foreign Trade"),
    ("Nigerian House of Representatives", "House of Representatives"),
    ("US Coast Guard", "us coast guard society"),
    ("Kenyan Party", "Kenya"),  # a generic noun stays after a people's name
    ("Zarqun Party", "Zarqun Congress"),
    ("Tarvo Front", "Tarvo Frontier"),
    ("Time", "Times"),  # one word: two papers
]


@pytest.mark.parametrize(("one", "other"), SAME_BODY)
def test_names_of_one_body_share_a_key(one, other):
    assert organisation_key(one) == organisation_key(other)


@pytest.mark.parametrize(("one", "other"), OTHER_BODIES)
def test_names_of_two_bodies_keep_two_keys(one, other):
    assert organisation_key(one) != organisation_key(other)


def import_two(tmp_path, first: str, second: str, one_run: bool) -> None:
    """Import two made-up articles, together or one run each."""
    write_article(tmp_path, "a.txt", f"First story\n\n{first}\n")
    write_article(tmp_path, "b.txt", f"Second story\n\n{second}\n")
    if one_run:
        run_import(tmp_path)
    else:
        run_import(tmp_path / "a.txt")
        run_import(tmp_path / "b.txt")


@pytest.mark.parametrize("one_run", [True, False])
@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Yevgeny Sokolovskiy", "Yevgeny Sokolovsky"),
        ("Youssef Benali", "Yusef Benali"),
        ("Ayşe Yıldız", "Ayse Yildiz"),
    ],
)
def test_a_transliterated_name_is_the_same_speaker_with_the_other_spelling_as_alias(
    tmp_path, one, other, one_run
):
    import_two(
        tmp_path,
        f"KYIV - “We will not wait,” said {one}, the mayor.",
        f"KYIV - “We are ready,” said {other}, the mayor.",
        one_run,
    )

    speaker = Speaker.objects.get()
    assert speaker.name == one
    assert other in speaker.alias_list
    assert speaker.quote_count == 2


@pytest.mark.parametrize("one_run", [True, False])
def test_two_people_who_share_a_surname_stay_two_speakers(tmp_path, one_run):
    import_two(
        tmp_path,
        "LAGOS - “We will not wait,” said Amina Okafor, the mayor.",
        "LAGOS - “We are ready,” said Amaka Okafor, the governor.",
        one_run,
    )

    assert sorted(Speaker.objects.values_list("name", flat=True)) == [
        "Amaka Okafor",
        "Amina Okafor",
    ]


@pytest.mark.parametrize("one_run", [True, False])
@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The U.S. Coast Guard", "The United States Coast Guard"),
        ("The UN Development Programme", "The United Nations Development Programme"),
        ("The UK Home Office", "The United Kingdom Home Office"),
        ("The Kenyan Interior Ministry", "The Ministry of the Interior of Kenya"),
        # with and without a generic noun, or a plural
        ("The Tarvo Liberation Front", "The Tarvo Liberation Front group"),
        ("The Sentinel Guards", "The Sentinel Guard Corps"),
    ],
)
def test_a_body_spelt_two_ways_is_one_organisation_with_the_other_name_as_alias(
    tmp_path, one, other, one_run
):
    import_two(
        tmp_path,
        f"NAIROBI - {one} sent help. “We will search,” said Captain Maria Delgado.",
        f"NAIROBI - {other} sent help. “We are ready,” said Captain Maria Delgado.",
        one_run,
    )

    name, alias = one.removeprefix("The "), other.removeprefix("The ")
    body = Organisation.objects.get(name=name)
    assert alias in body.alias_list
    assert not Organisation.objects.filter(name=alias).exists()
    assert body.article_count == 2


@pytest.mark.parametrize("one_run", [True, False])
def test_ministries_of_two_states_stay_two_organisations(tmp_path, one_run):
    import_two(
        tmp_path,
        "ABUJA - The Nigerian Interior Ministry banned the march. "
        "“We will act,” said spokeswoman Ngozi Eze.",
        "NIAMEY - The Niger Interior Ministry banned the march. "
        "“We will act,” said spokesman Moussa Issoufou.",
        one_run,
    )

    assert Organisation.objects.get(name="Nigerian Interior Ministry").article_count == 1
    assert Organisation.objects.get(name="Niger Interior Ministry").article_count == 1


@pytest.mark.parametrize("one_run", [True, False])
def test_a_ministry_speaking_under_two_names_is_one_speaker(tmp_path, one_run):
    import_two(
        tmp_path,
        "NAIROBI - “We will act,” the Kenyan Interior Ministry said in a statement.",
        "NAIROBI - “We will act,” the Ministry of the Interior of Kenya said in a statement.",
        one_run,
    )

    speaker = Speaker.objects.get()
    assert speaker.name == "Kenyan Interior Ministry"
    assert "Ministry of the Interior of Kenya" in speaker.alias_list
    assert speaker.quote_count == 2


@pytest.mark.parametrize("one_run", [True, False])
def test_a_name_opening_another_with_one_acronym_is_one_organisation(tmp_path, one_run):
    import_two(
        tmp_path,
        "NAIROBI - The Zarqun Front group (ZF) attacked a town. “We will go,” said Maria Delgado.",
        "NAIROBI - The Zarqun Front of Tarvo (ZF) attacked a town. “We go,” said Maria Delgado.",
        one_run,
    )

    body = Organisation.objects.get()
    assert (body.name, body.acronym) == ("Zarqun Front", "ZF")
    assert {"Zarqun Front group", "Zarqun Front of Tarvo"} <= set(body.alias_list)
    assert body.article_count == 2


@pytest.mark.parametrize("one_run", [True, False])
def test_two_bodies_sharing_an_acronym_by_chance_stay_two(tmp_path, one_run):
    import_two(
        tmp_path,
        "NAIROBI - The Tarvo People's Party (TPP) won. “We will go,” said Maria Delgado.",
        "NAIROBI - The Tamsin Progress Party (TPP) won. “We go,” said Maria Delgado.",
        one_run,
    )

    assert Organisation.objects.filter(acronym="TPP").count() == 2


def test_rows_an_earlier_import_kept_apart_are_merged_when_a_name_joins_them(tmp_path):
    plural = make_organisation("Sentinel Guards", article_count=1)
    plural.articles.add(make_article("Earlier story"))
    corps = make_organisation("Sentinel Guard Corps", acronym="SGC")
    commander = make_speaker("Kofi Mensah", organisation=corps)
    make_quote(make_article("Older story"), "We hold the line.", commander)

    write_article(
        tmp_path,
        "a.txt",
        "Story\n\nNAIROBI - The Sentinel Guard sent help. “We go,” said Ana Ruiz.\n",
    )
    run_import(tmp_path)

    body = Organisation.objects.get()
    assert body.acronym == "SGC"
    names = {body.name, *body.alias_list}
    assert {"Sentinel Guards", "Sentinel Guard Corps", "Sentinel Guard"} <= names
    assert body.article_count == 2
    commander.refresh_from_db()
    assert commander.organisation == body


def test_speakers_an_earlier_import_kept_apart_are_merged_with_their_quotes(tmp_path):
    one, other = make_speaker("Ismael Tarzoun"), make_speaker("Ismail Tarzoun")
    make_quote(make_article("Earlier story"), "We hold the line.", one)
    make_quote(make_article("Older story"), "We will not leave.", other)

    write_article(tmp_path, "a.txt", "Story\n\nTUNIS - “We go,” said Ismail Tarzoun.\n")
    out = run_import(tmp_path)

    speaker = Speaker.objects.get()
    assert speaker.name == "Ismail Tarzoun"
    assert "Ismael Tarzoun" in speaker.alias_list
    assert speaker.quote_count == 3
    assert "earlier duplicates merged: 1" in out


def test_speakers_who_share_only_a_surname_are_not_merged(tmp_path):
    make_speaker("Jana Tarzoun", aliases="Tarzoun")
    make_speaker("Omar Tarzoun", aliases="Tarzoun")

    write_article(tmp_path, "a.txt", "Story\n\nTUNIS - “We go,” said Tarzoun.\n")
    run_import(tmp_path)

    assert Speaker.objects.filter(name__endswith="Tarzoun").count() == 2


@pytest.mark.parametrize("one_run", [True, False])
def test_a_shorter_name_an_article_gave_a_body_joins_no_other(tmp_path, one_run):
    import_two(
        tmp_path,
        "TARVO - The Supreme Court ruled. “We go,” said Maria Delgado.",
        "ZARQUN - The Supreme Court of Zarqun ruled on Monday, and the Supreme Court "
        "later said it would not meet. “We go,” said Maria Delgado.",
        one_run,
    )

    assert Organisation.objects.count() == 2


def test_a_row_that_shares_both_the_spelling_and_the_acronym_is_merged_once(tmp_path):
    make_organisation("Sentinel Guards", acronym="SG").articles.add(make_article("Earlier"))
    make_organisation("Sentinel Guard Corps", acronym="SG").articles.add(make_article("Older"))

    write_article(
        tmp_path,
        "a.txt",
        "Story\n\nNAIROBI - The Sentinel Guards (SG) sent help. “We go,” said Ana Ruiz.\n",
    )
    out = run_import(tmp_path)

    assert "earlier duplicates merged: 1" in out
    assert Organisation.objects.get().article_count == 3

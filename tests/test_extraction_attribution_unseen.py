"""Who said each quote, for classes of sentence measured as missed on unseen news (issue 9);
every sentence is made up, with names of several origins."""

import pytest

from tests.made_up import read, speaker_named, speakers

DESCRIBED = [
    ("Dr Anil Mehta treated the wounded.", "the doctor", "Anil Mehta"),
    ("Zhou Lan, a surgeon at the city hospital, treated the wounded.", "the surgeon", "Zhou Lan"),
    ("Ewa Nowak, a nurse, stayed behind.", "the nurse", "Ewa Nowak"),
    ("Ngozi Adeyemi, 45, lost her home.", "the 45-year-old", "Ngozi Adeyemi"),
    ("Sen. Milena Petrova (R-Ohio) spoke first.", "the Ohio Republican", "Milena Petrova"),
    ("Juan Morales, a Republican from Ohio, spoke.", "the Republican from Ohio", "Juan Morales"),
    ("Rep. Kwame Asante, D-Calif., spoke first.", "the California Democrat", "Kwame Asante"),
    ("UN Secretary-General Ravi Menon visited.", "the UN chief", "Ravi Menon"),
    ("WHO Director-General Li Na visited.", "the WHO chief", "Li Na"),
    ("Aisha Bello, the Democratic nominee, spoke.", "the Democrat", "Aisha Bello"),
    ("Pablo Ruiz, a career diplomat, spoke.", "the diplomat", "Pablo Ruiz"),
    ("Boris Ilyin is the Republican nominee.", "the nominee", "Boris Ilyin"),
    ("Adaeze Nwosu was a nurse before the war.", "the nurse", "Adaeze Nwosu"),
]


@pytest.mark.parametrize(("introduction", "description", "name"), DESCRIBED)
def test_a_definite_description_repeats_words_said_of_a_person(introduction, description, name):
    """ "the surgeon", "the Republican", "the 45-year-old" refer back to the person last named
    with that word beside the name, after an honorific, or as head of the body ("the UN
    chief")."""
    assert speakers(f"{introduction} “We ran out of time,” {description} said.") == [name]
    opening = description[0].upper() + description[1:]
    assert speakers(f"{introduction} {opening} said: “We ran out.”") == [name]


def test_a_description_nobody_was_given_names_no_one():
    text = "Ewa Nowak, a nurse, stayed behind. “We ran out of time,” the surgeon said."
    assert speakers(text) == [None]


def test_a_description_means_the_latest_person_given_it():
    text = (
        "Tomasz Wójcik, a surgeon, left in May. Li Wei, also a surgeon, stayed. "
        "“We ran out of time,” the surgeon said."
    )
    assert speakers(text) == ["Li Wei"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivana Horvat and Chidi Eze said: “We will appeal.”",
        "“We will appeal,” Ivana Horvat and Chidi Eze said.",
        "“We will appeal,” Ivana Horvat and her lawyer said.",
        "Ivana Horvat and her husband told reporters: “We will appeal.”",
    ],
)
def test_two_speakers_joined_by_and_give_the_first_named(text):
    assert speakers(text) == ["Ivana Horvat"]


def test_and_between_clauses_joins_no_speakers():
    text = "Tomasz Wójcik met the envoy and Chidi Eze said: “We will appeal.”"
    assert speakers(text) == ["Chidi Eze"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Said Carmen Ortega: “The talks failed.”", "Carmen Ortega"),
        ("Said Wang Fang, the mayor, “The talks failed.”", "Wang Fang"),
        ("Added Oluwaseun Bakare: “Nobody came.”", "Oluwaseun Bakare"),
    ],
)
def test_a_sentence_that_opens_with_the_speech_verb(text, name):
    assert speakers(text) == [name]


def test_said_as_a_first_name_keeps_its_place():
    assert speakers("Said Haddad said: “The talks failed.”") == ["Said Haddad"]


@pytest.mark.parametrize(
    "description",
    ["human rights lawyer", "a veteran campaigner", "the family lawyer", "rights activist"],
)
def test_said_then_a_lowercase_description_and_the_name(description):
    assert speakers(f"“It is a crime,” said {description} Adaeze Okafor.") == ["Adaeze Okafor"]
    assert speakers(f"“It is a crime,” said {description} Piotr Zielinski, who left.") == [
        "Piotr Zielinski"
    ]


def test_a_name_after_of_is_not_the_one_who_said_it():
    assert speakers("“It is a crime,” said the mother of Adaeze Okafor.") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” said a spokesman for Rahul Verma.",
        "A spokeswoman for Ohio Gov. Dmitri Sokolov said: “We are ready.”",
        "“We are ready,” according to a spokesman for Rahul Verma.",
    ],
)
def test_someone_who_speaks_for_a_named_person_is_not_that_person(text):
    assert speakers(text) == [None]


def test_the_spokesman_named_beside_the_one_he_speaks_for_speaks():
    assert speakers("“We are ready,” said a spokesman for Rahul Verma, Li Qiang.") == ["Li Qiang"]


@pytest.mark.parametrize(
    ("first", "pronoun", "name"),
    [
        ("Police arrested Amina Yusuf on Monday.", "she", "Amina Yusuf"),
        ("Rahul Verma met Amina Yusuf on Monday.", "she", "Amina Yusuf"),
        ("Lucía Fernández met Mamadou Diop on Monday.", "he", "Mamadou Diop"),
        ("Lucía Fernández met Mamadou Diop on Monday.", "she", "Lucía Fernández"),
    ],
)
def test_a_pronoun_may_mean_a_person_named_as_object_whose_first_name_fits(first, pronoun, name):
    assert speakers(f"{first} “I did nothing,” {pronoun} said.") == [name]


def test_a_group_that_speaks_stops_a_pronoun_reaching_back_across_it():
    text = (
        "Rahul Verma spoke to reporters. Several aides said later: “We are ready.” "
        "“We always were,” he said."
    )
    assert speakers(text) == [None, None]


def test_a_plural_subject_that_does_not_speak_leaves_the_source_in_place():
    text = (
        "Zanele Dlamini runs the clinic. According to Dlamini, many people stay away from "
        "clinics. “They fear us,” she told the press."
    )
    assert speakers(text) == ["Zanele Dlamini"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Xu Ming called the decision “a disgrace to the nation.”", "Xu Ming"),
        (
            "Amadou Diallo arrived. He was urging the committees to “finish the work.”",
            "Amadou Diallo",
        ),
        ("Princess Ama Owusu pointed out she had “given up my titles.”", "Ama Owusu"),
        ("Rosa Delgado described the attack as “barbaric.”", "Rosa Delgado"),
        (
            "In a statement, the Sudan Relief Agency justified the move as “urgent” in nature.",
            "Sudan Relief Agency",
        ),
    ],
)
def test_a_quote_woven_into_a_sentence_is_its_subjects(text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Olena Kravets suffered “two deep wounds” in the attack, according to a nurse.",
        "Olena Kravets suffered “two deep wounds”, a hospital spokesperson said.",
    ],
)
def test_a_woven_quote_with_a_source_of_its_own_is_not_the_subjects(text):
    assert speakers(text) != ["Olena Kravets"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Novak said: “I was there.” Then he paused. “It was chaos.”", ["Novak", "Novak"]),
        ("Tomasz Wójcik was blunt in his response. “This bill is a disaster.”", ["Tomasz Wójcik"]),
        ("Novak said: “I was there.” Officials said otherwise. “It was chaos.”", ["Novak", None]),
    ],
)
def test_a_quote_alone_after_a_sentence_on_a_person_in_its_paragraph_is_theirs(text, names):
    assert speakers(text) == names


def test_a_quote_alone_in_its_paragraph_takes_no_subject_from_the_paragraph_before():
    assert speakers("Tomasz Wójcik arrived on Monday.\n\n“This bill is a disaster.”") == [None]


@pytest.mark.parametrize(
    "title",
    ["the UN envoy in Yemen", "the ICRC's head of delegation in Aden", "the head of delegation"],
)
def test_a_title_with_its_complement_then_the_name_between_commas(title):
    assert speakers(f"“The wounded cannot leave,” {title}, Mei Lin, said.") == ["Mei Lin"]


@pytest.mark.parametrize("modifier", ["45-year-old", "embattled", "veteran"])
def test_the_and_a_word_of_description_before_the_name(modifier):
    assert speakers(f"“We will not yield,” the {modifier} Ngozi Adeyemi said.") == ["Ngozi Adeyemi"]


def test_a_description_means_someone_unnamed_introduced_with_it_since():
    text = (
        "Ewa Nowak, a nurse, left in May. A nurse at the clinic said the wards were full. "
        "“We are exhausted,” the nurse said."
    )
    assert speakers(text) == [None]


def test_the_one_quoted_in_a_passive_after_the_quote_speaks():
    assert speakers("“The plan is dead,” Marta Kowal was quoted as saying by Reuters.") == [
        "Marta Kowal"
    ]


def test_a_document_signed_by_a_title_speaks_for_the_person_with_that_title():
    text = (
        "President Amara Kone spoke on Monday. "
        "The decree signed by the president read “All prisoners are free.”"
    )
    assert speakers(text) == ["Amara Kone"]
    assert speakers("The decree signed by the president read “All prisoners are free.”") == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "King Oleg Mirov spoke on Monday. The palace issued the following statement from "
            "the king: “All prisoners are free.”",
            "Oleg Mirov",
        ),
        ("The office released a letter by Nnamdi Okoro: “We resign.”", "Nnamdi Okoro"),
    ],
)
def test_a_document_and_its_author_before_the_colon(text, name):
    assert speakers(text) == [name]


def test_informed_is_a_speech_verb():
    assert speakers("“We comply,” Hana Novakova informed the press.") == ["Hana Novakova"]


@pytest.mark.parametrize(
    "text",
    [
        "The government of Tonga said: “We will not accept this.”",
        "The government of New Zealand issued a statement agreeing the matter should be settled "
        "by the Assembly and not by the courts: “We will not accept this.”",
    ],
)
def test_the_government_of_a_country_speaks_as_the_country(text):
    """A body named inside the reporting clause ("settled by the Assembly") does not speak."""
    assert speakers(text)[0] in {"government of Tonga", "government of New Zealand"}


def test_their_statement_continues_the_government_that_issued_it():
    text = (
        "The government of Fiji issued a statement agreeing the matter is for the Assembly: "
        "“Forcing this on us ignores our customs.” Their statement also read “This ruling "
        "violates the principle of consent.”"
    )
    assert speakers(text) == ["government of Fiji", "government of Fiji"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to a statement released by Chen Jie's office, “restoring the water "
            "supply” is the first aim.",
            "Chen Jie",
        ),
        (
            "Army spokesman Kwame Mensah said it had carried out the raid. According to him, it "
            "was done with help from “brave people inside the city”.",
            "Kwame Mensah",
        ),
        (
            "Ana Petrova said the talks failed. According to her, the delay was “a deliberate "
            "choice”.",
            "Ana Petrova",
        ),
    ],
)
def test_according_to_a_document_or_a_pronoun_names_its_author(text, name):
    assert speakers(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Senator Amara Okafor told Radio Sur that Li Wei “was a fine colleague,” while "
            "Governor Kwame Mensah noted his “courage and care” in a post.",
            "Kwame Mensah",
        ),
        (
            "Republicans attacked the plan, with Ana Petrova of Ohio calling it “a disgrace” and "
            "Tomasz Wójcik of Utah calling the plan “a plain theft”.",
            "Tomasz Wójcik",
        ),
        ("“We lost,” Chen Jie said, and Ngozi Adeyemi added: “We will be back.”", "Ngozi Adeyemi"),
    ],
)
def test_a_second_speaker_in_one_sentence_takes_the_second_quote(text, second):
    assert speakers(text)[1] == second


@pytest.mark.parametrize(
    "text",
    [
        "Carmen Ortega said the plan was “dead” and “buried”.",
        "“We lost,” Carmen Ortega said, adding: “We will be back.”",
        "“We lost,” Carmen Ortega told the Courier, saying “We will be back.”",
    ],
)
def test_a_second_quote_with_no_new_speaker_stays_with_the_first(text):
    assert speakers(text) == ["Carmen Ortega", "Carmen Ortega"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One of these groups, the Northern Farmers Front (NFF), opposed the plan and said it "
            "was given “firm promises that no troops would come.”",
            "Northern Farmers Front",
        ),
        ("One of the doctors, Ravi Menon, stayed and said: “We ran out of blood.”", "Ravi Menon"),
    ],
)
def test_one_of_a_group_then_a_name_between_commas_speaks_by_that_name(text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a recording, someone, seemingly Oleksandr Bondar, audibly says Chen Jie “does "
            "not understand the budget.”",
            "Oleksandr Bondar",
        ),
        ("Aisha Bello angrily said: “This is a disgrace.”", "Aisha Bello"),
        ("“This is a disgrace,” Aisha Bello angrily said.", "Aisha Bello"),
    ],
)
def test_an_adverb_before_the_verb_and_a_hedged_name_keep_the_subject(text, name):
    """The name after "says" is its object, never the speaker."""
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Many Lagosians voted. Eastern University political scientist Li Fan said the turnout "
        "was high. He noted, “The council has always claimed public support.”",
        "Westfield College political scientist Kwame Asante said prices were up. He added, "
        "“We are exhausted.”",
    ],
)
def test_a_person_named_behind_their_body_who_reports_speech_is_whom_a_pronoun_means(text):
    assert speakers(text)[0] in {"Li Fan", "Kwame Asante"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Fijian government declared an emergency. Fiji reported 30 new cases. An "
            "official government account made the following announcement: “Schools will close.”",
            "Fijian government",
        ),
        (
            "Tonga's government declared an emergency. The government made the following "
            "announcement: “Schools will close.”",
            "government of Tonga",
        ),
    ],
)
def test_the_government_before_a_colon_is_the_one_named_with_its_country(text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize("name", ["Kwame Mensah", "Dmitri Volkov", "Priya Raman", "Lucía Ortega"])
@pytest.mark.parametrize(
    "opening", ["When asked whether the fees swayed the vote,", "Asked about the payments,"]
)
def test_a_speech_verb_in_the_opening_phrase_bars_no_woven_quote(name, opening):
    """ "When asked …, Mensah gave a terse “no.”": "asked" is no speech of another voice."""
    surname = name.split()[-1]
    text = f"{name} spoke on Monday. {opening} {surname} gave a terse “no.” Others did not reply."
    assert speakers(text) == [name]


@pytest.mark.parametrize("name", ["Kwame Mensah", "Dmitri Volkov", "Priya Raman"])
def test_a_participle_after_a_woven_quote_shares_its_subject(name):
    """ "Mensah referred to the strikes as “terror” and stressed keeping “order”": the later
    participle is the subject's, so the first quote is woven into the subject's sentence."""
    surname = name.split()[-1]
    text = (
        f"{name} toured the port. {surname} referred to the strikes as acts of “sabotage” and "
        "placed emphasis on maintaining “calm and order.”"
    )
    assert speakers(text) == [name, name]


def test_a_finite_speech_verb_after_a_woven_quote_still_bars_it():
    text = "Ana Petrova was treated. Petrova suffered “two wounds”, a doctor said."
    assert speakers(text) == [None]


@pytest.mark.parametrize("name", ["Kwame Mensah", "Dmitri Volkov", "Zhou Lan", "Mensah"])
@pytest.mark.parametrize("description", ["Her rival", "His longtime opponent", "The challenger"])
def test_a_name_apposed_to_a_description_is_the_subject_past_an_aside(name, description):
    """ "Her rival, Mensah, in a message to donors, accused …": the name between commas after
    a description speaks, however long the aside before the verb."""
    full = "Kwame Mensah" if name == "Mensah" else name
    text = (
        f"{full} and Ana Petrova met on Monday. {description}, {name}, in a message to donors, "
        "accused Petrova of “trying to scare everyone.”"
    )
    assert speakers(text) == [full]


@pytest.mark.parametrize("country", ["Lakeland", "Ghana", "Peru", "Vietnam"])
@pytest.mark.parametrize("participle", ["adding", "noting", "saying"])
def test_a_participle_after_a_quote_opens_its_speakers_clause(country, participle):
    """'… must face “murder charges”, adding Lakeland will appeal': the name after the
    participle is the subject of the words reported, never the speaker."""
    text = (
        "The chief prosecutor, Dragan Petrović, said the men must face “murder charges”, "
        f"{participle} {country} will pursue the case."
    )
    assert speakers(text) == ["Dragan Petrović"]


@pytest.mark.parametrize("opener", ["First", "Next", "Then", "Secondly"])
@pytest.mark.parametrize("name", ["Kwame Mensah", "Ivana Horvat", "Sun Li", "Mateo Rojas"])
def test_a_sequence_word_and_the_phrase_after_it_open_no_speaker(opener, name):
    """ "First, after a reporter questioned …, Mensah alleged …": the word that numbers the
    step and the phrase after it (whose own speech verb lies far from its comma) come before
    the subject."""
    text = (
        f"{opener}, after a reporter questioned whether the visit was the result of a stroke, "
        f"{name} alleged the press was claiming he had suffered from “mini-strokes.”"
    )
    assert speakers(text) == [name]


@pytest.mark.parametrize("place", ["Concord, N.H.", "Dayton, Ohio", "Hilo, Hawaii"])
@pytest.mark.parametrize("name", ["Ana Petrova", "Chinedu Eze", "Hoang Minh"])
def test_a_state_after_its_town_is_no_speaker_of_a_participle(place, name):
    """ "… at her club outside Concord, N.H. saying, “…”": the state closes a place after a
    preposition, and the one who issued the statement speaks."""
    text = f"{name} issued a statement at a club outside {place} saying, “This is far from over.”"
    assert speakers(text) == [name]


@pytest.mark.parametrize("source", ["Forbes", "the Harbour Gazette", "Ana Petrova", "Reyes"])
@pytest.mark.parametrize("name", ["Kwame Mensah", "Olga Sokolova", "Arjun Nair"])
def test_a_speaker_after_according_to_speaks_whoever_reports_it(source, name):
    """ "According to Forbes, Mensah claimed to be in touch with her “almost daily.”": the
    source only reports the words, whether it reads as an outlet or as a surname."""
    text = f"According to {source}, {name} claimed to be in touch with her aide “almost daily.”"
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "name", ["the Harbour Gazette", "Kwame Mensah", "Marisol Vega", "Liu Yang"]
)
def test_the_subject_of_a_free_relative_after_a_preposition_speaks(name):
    """ "met with what the Harbour Gazette called “fury”": "what" opens a clause whose subject
    is the speaker, though a preposition stands before it."""
    text = f"The move was met with what {name} called “fury” from local tourism chiefs."
    assert speakers(text) == [name.removeprefix("the ")]


@pytest.mark.parametrize(
    ("higher", "lower"), [("President", "Vice President"), ("Minister", "Deputy Minister")]
)
@pytest.mark.parametrize(
    ("holder", "rival"), [("Ana Petrova", "Kwame Mensah"), ("Li Na", "Raúl Soto")]
)
def test_the_title_refers_back_to_its_holder_not_to_a_deputy(higher, lower, holder, rival):
    """ "The president called it a “waste of time”" after "President Petrova" and, nearer,
    "former Vice President Mensah": the vice president holds another office."""
    head = higher.casefold()
    text = (
        f"{higher} {holder} spoke first. Later, {holder} debated former {lower} {rival}. "
        f"The {head} called the notion a “waste of time”."
    )
    assert speakers(text) == [holder]


@pytest.mark.parametrize("name", ["Kwame Mensah", "Sofía Ramos", "Bui Thanh"])
def test_a_verb_before_a_dated_title_is_no_part_of_it(name):
    """ "President Ana Petrova met former Vice President Kwame Mensah": "former" leads to the
    title, "met" does not."""
    surname = name.split()[-1]
    text = f"President Ana Petrova met former Vice President {name}. “No,” {surname} said."
    assert speaker_named(read(text), name).title == "former Vice President"


@pytest.mark.parametrize(
    "lead",
    ["Retired general", "Former adviser and retired general", "Former Nowak aide and general"],
)
@pytest.mark.parametrize("name", ["Kwame Mensah", "Emeka Obi", "Jarosław Wiśniewski"])
def test_a_description_that_leads_to_the_title_keeps_the_name_the_subject(lead, name):
    """ "Retired general Kwame Mensah was on stage. He said “…”": words of description before
    the title open the subject, so the name is the one "he" refers back to."""
    text = (
        f"President Tomasz Nowak flew above the rally. {lead} {name} was on stage. "
        "He said “That is pretty cool.”"
    )
    assert speakers(text) == [name]


@pytest.mark.parametrize("before", ["", "Jo Lam led the raid. "])
@pytest.mark.parametrize("name", ["general Kwame Mensah", "Chukwudi Eze", "Bui Thanh Long"])
def test_he_after_a_person_named_as_no_subject_is_that_person(before, name):
    """ "Police arrested general Kwame Mensah. He said “…”": the one person the sentence before
    names, though not its subject, is whom "he" means, ahead of a subject before it whose
    gender nothing shows; a subject shown to be a woman keeps "she"."""
    text = f"{before}Police arrested {name} on Monday. He said: “I am innocent.”"
    assert speakers(text) == [name.removeprefix("general ")]
    text = f"Ana Petrova led the raid. Police arrested {name}. She said: “I am innocent.”"
    assert speakers(text) == ["Ana Petrova"]


@pytest.mark.parametrize("subject", ["Mensah", "He"])
@pytest.mark.parametrize("name", ["Kwame Mensah", "Dmitri Mensah", "Hiroshi Mensah"])
def test_a_woven_quote_in_the_next_sentence_goes_on_with_the_argument(subject, name):
    """ "He holds that if they were “residents” she qualifies. If they were only “visitors”,
    she does not.": the second sentence names no one and reports no speech."""
    text = (
        f"{name} wrote an essay. {subject} holds that if they were “lawful residents” then she "
        "qualifies. If they were only “temporary visitors” on student visas, she does not."
    )
    assert speakers(text) == [name, name]


def test_a_next_sentence_that_names_someone_does_not_go_on():
    text = (
        "Kwame Mensah wrote an essay. He holds that they were “lawful residents”. "
        "Ana Petrova saw only “temporary visitors” there."
    )
    assert speakers(text)[1] != "Kwame Mensah"


@pytest.mark.parametrize("name", ["Kwame Mensah", "Nadia Haddad", "Wang Fang", "Sergei Orlov"])
def test_referring_to_something_as_a_quoted_word_reports_speech(name):
    """ "Mensah referred to the soldiers as “cowards”": "referred to … as" names, as "called"
    does; "referred the case to a court" is no speech."""
    assert speakers(f"{name} referred to the strikes as “a disgrace”.") == [name]
    text = f"{name} met the press. The clerk referred the case to a court that called it “moot”."
    assert speakers(text)[0] != name


@pytest.mark.parametrize("opener", ["Next", "First"])
@pytest.mark.parametrize("name", ["Kwame Mensah", "Nadia Haddad", "Sergei Orlov"])
def test_a_verb_after_and_has_the_subject_of_the_verb_before(opener, name):
    """ "The Gazette claimed that during a trip, Mensah refused to visit a cemetery and
    referred to the soldiers buried there as “cowards” and “thieves.”": the words reported
    are Mensah's, the subject of both verbs, however far the first is."""
    surname = name.split()[-1]
    text = (
        f"{name} spoke. {opener}, the Harbour Gazette claimed that during a 2018 trip to "
        f"Lakeland, {surname} refused to visit a cemetery of soldiers killed during the Great "
        "War and referred to the soldiers buried there as “cowards” and “thieves.”"
    )
    assert speakers(text) == [name, name]


@pytest.mark.parametrize("opener", ["Next", "First", "Then"])
def test_a_word_that_numbers_a_step_is_no_person(opener):
    """ "Next, The Harbour called the vote “a disgrace”": "Next" before its comma names no one,
    though the subject after it reads as no person either; "First Minister" still may."""
    text = f"Kwame Mensah spoke. {opener}, The Harbour called the vote “a disgrace”."
    assert opener not in speakers(text)


@pytest.mark.parametrize("name", ["Ana Petrova", "Yuki Tanaka", "Folake Adeyemi"])
@pytest.mark.parametrize(
    "owned", ["Her final post was a photo", "{surname}'s last post showed a lake"]
)
def test_words_written_on_what_the_subject_owns_are_the_owners(name, owned):
    """ "Her final post was a photo with “goodbye” written as the caption": the one whose post
    it is wrote the caption; a banner nobody owns names no one."""
    subject = owned.format(surname=name.split()[-1])
    text = f"{name}, a singer, has died. {subject} with “goodbye” written as the caption."
    assert speakers(text) == [name]
    text = f"{name}, a singer, has died. A banner with “goodbye” written on it hung outside."
    assert speakers(text) == [None]


@pytest.mark.parametrize("name", ["Nkechi Obi", "Radosław Kowal", "Priya Raghavan", "Xu Ming"])
def test_a_party_member_from_a_place_is_the_person_named_from_there(name):
    """ "the Oregon Democrat" after "Sen. Nkechi Obi of Oregon", whom nothing called a
    Democrat: the place names her; a place no one came from names no one."""
    before = f"Rep. Jo Ferro of Ohio spoke. Sen. {name} of Oregon joined the protest. "
    assert speakers(before + "“We stay,” the Oregon Democrat said.") == [name]
    assert speakers(before + "“We stay,” the Ohio Republican said.") == ["Jo Ferro"]
    assert speakers(before + "“We stay,” the Texas Democrat said.") == [None]


@pytest.mark.parametrize("name", ["Oluwaseun Bakare", "Marta Kowalczyk", "Li Wen", "Diego Salas"])
@pytest.mark.parametrize(
    "introduction", ["{} spent the day in Dayton.", "Venture capitalist {} toured the plant."]
)
@pytest.mark.parametrize("noun", ["millionaire", "candidate", "entrepreneur"])
def test_a_one_word_description_is_the_one_person_just_named(name, introduction, noun):
    """ "the millionaire said" repeats nothing said of anyone: it is the one person named in
    full in that sentence or the one before, with low confidence."""
    article = read(f"{introduction.format(name)} “I pay my own way,” the {noun} said.")
    assert [q.speaker for q in article.quotes] == [name]
    assert article.quotes[0].rule == "description-in-focus"
    assert article.quotes[0].confidence == "low"


@pytest.mark.parametrize(
    "text",
    [
        "Oluwaseun Bakare met Marta Kowalczyk in Dayton. “We agree,” the entrepreneur said.",
        "Oluwaseun Bakare was charged on Monday. “He is innocent,” the lawyer said.",
        "Sen. Oluwaseun Bakare spoke in Dayton. “We agree,” the entrepreneur said.",
        "Marta Kowalczyk, a nurse, stayed behind. “We ran out,” the surgeon said.",
        "Li Wen spoke in Dayton. The hall emptied. “We agree,” the entrepreneur said.",
        "Li Wen spoke in Dayton. The clerk referred the case to a court that called it “moot”.",
    ],
)
def test_a_one_word_description_names_no_one_when_the_person_may_be_another(text):
    """Two people named, one acted upon (whose lawyer speaks), one who holds an office or an
    occupation of another kind, or named two sentences back: no one."""
    assert speakers(text) == [None]


@pytest.mark.parametrize("name", ["Kwame Mensah", "Radka Horvathova", "Zhang Wei"])
def test_words_quoted_again_with_no_speaker_are_theirs_who_said_them(name):
    """ "After Petrova attacked Mensah for the alleged “cowards” comment, …": a quote that
    names no speaker of its own and repeats words quoted earlier is the first speaker's."""
    surname = name.split()[-1]
    text = (
        f"{name} called the inspectors “cowards” and “thieves.” After Ana Petrova attacked "
        f"{surname} for the alleged “cowards” and “thieves” comment reported in The Harbour, "
        f"{surname} brought up her son."
    )
    article = read(text)
    assert [q.speaker for q in article.quotes] == [name] * 4
    assert article.quotes[2].rule == "repeated"


@pytest.mark.parametrize("first", ["Darcy", "Kim", "Ashley"])
def test_a_pronoun_may_mean_the_last_subject_whose_first_name_only_leans_the_other_way(first):
    """ "Darcy Dorn … Dorn had his say. He wrote": a first name mostly given to women is a
    guess, and the subject of the sentence just before is whom "he" means; a name given only
    to women still sends "he" on to the man named before."""
    text = (
        f"The party named Ivo Marsh and Pat Quill. Its nominee, {first} Dorn, was dropped for "
        "Quill.\n\nIn Ohio, Quill stands in Dorn's place.  Dorn had his own view.  He wrote to "
        "the chairman: “I will withdraw.”"
    )
    assert speakers(text) == [f"{first} Dorn"]
    assert speakers(text.replace(first, "Ingrid")) == ["Pat Quill"]


def test_a_chant_that_repeats_a_speakers_words_stays_nobodys():
    text = "Kofi Boateng said: “Free them all.” Later the crowd, chanting “Free them all”, left."
    assert speakers(text) == ["Kofi Boateng", None]

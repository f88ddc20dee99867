"""Every word list the engine uses, in one place, so a reader can see what it knows."""

from __future__ import annotations

from calendar import day_name, month_abbr, month_name


def words(text: str) -> frozenset[str]:
    """A word list written as one string: easier to read and extend than a list of strings."""
    return frozenset(text.split())


def _inflect(*lemmas: str) -> frozenset[str]:
    """Regular English verb forms: warn -> warn, warns, warned, warning."""
    forms = set()
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
        past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            past, third = lemma[:-1] + "ied", lemma[:-1] + "ies"
        elif lemma.endswith(("s", "sh", "ch", "x", "z")):
            third = lemma + "es"
        else:
            third = lemma + "s"
        forms |= {lemma, third, past, stem + "ing"}
    return frozenset(forms)


SPEECH_VERBS = _inflect(
    *words("""
    add accuse acknowledge affirm agree allege disagree announce answer argue ask assert assure boast
    call caution charge claim comment complain concede conclude condemn confirm contend
    continue counter cry declare demand denounce deny describe elaborate emphasise emphasize
    exclaim explain highlight inform insist joke lament maintain mention note observe plead pledge
    post predict proclaim promise protest question recall recount reaffirm reiterate remark
    reply report respond reveal shout state stress suggest threaten tweet underline urge vow
    warn wonder
    """)
) | words("""
    say says said saying tell tells told telling write writes wrote writing written admit
    admits admitted admitting spoke speaks speaking quipped quipping tweeted tweeting posted
    characterise characterised characterising characterize characterized characterizing termed
    labelled labeled read reads
    """)
"""Verbs that report speech (PRIOR_ART.md); "address", "believe", "provide" and "show" are
left out, as they misfire elsewhere."""

AUXILIARIES = words(
    "has have had was were is are will would could can may might must should did does do "
    "not also later earlier then further again once previously separately publicly privately "
    "repeatedly recently reportedly allegedly still already just only"
)
"""Words that may stand between a speaker and the speech verb: "Roe also said"."""

VERBS_AFTER_A_SUBJECT = SPEECH_VERBS | AUXILIARIES
"""What follows a subject that speaks: "Roe said", "Roe has"."""

SPOKESPEOPLE = words("spokesperson spokesman spokeswoman")

PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUN_GENDER = {"he": "m", "she": "f"}
PRONOUNS_ORGANISATION = frozenset({"it"})
PRONOUNS_GROUP = frozenset({"they", "we", "i", "you", "one", "who"})

ARTICLES = words("the a an")
DETERMINERS = ARTICLES | words("his her its their our this that these those")
DEFINITE_DETERMINERS = words("the this that")
ISSUED_NOUNS = words("statement communique communiqué release memo letter announcement")
"""Documents that no body's name ends in ("the Post", "the Order of Malta" are bodies), so a
body's name capitalised before one is the body speaking through it: "the VRA Statement said"."""

NAME_PARTICLES = words(
    "al el al- el- bin ibn bint ben abu abou de da di del della der den du dos das van von "
    "la le y ould los las"
)
"""Lowercase words that may sit inside a person's name: "Nabil al-Rami", "Ursula von der
Leyen"."""

NAME_CONNECTORS = words("of for and the on de du des del los las al la le et y pour para por")
"""Lowercase words that may sit inside an organisation's name: "Court of Justice"."""

HONORIFICS = words("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady")
"""Words before a surname that make an alias, not a title: "Mr. Vos"."""

TITLE_WORDS = words("""
    president vice vice-president president-elect premier chancellor minister prime
    secretary secretary-general under-secretary-general director director-general
    spokesperson spokesman spokeswoman spokespeople commander commander-in-chief chief head
    leader chairman chairwoman chair chairperson ambassador envoy governor mayor senator
    congressman congresswoman lawmaker legislator mp king queen prince princess sheikh emir
    sultan ayatollah pope cardinal archbishop bishop imam rabbi pastor general gen. colonel
    col. lieutenant lt. major maj. captain capt. sergeant sgt. admiral adm. brigadier marshal
    commissioner coordinator representative rep. sen. gov. judge prosecutor attorney
    counsellor counselor adviser advisor aide negotiator mediator rapporteur delegate deputy
    dr. dr professor prof. officer administrator superintendent inspector
    executive ceo founder co-founder manager researcher whip speaker candidate nominee mate
    agent trustee sens. reps. brig. cmdr. cpl. sheriff councilman councilwoman councillor
    councilor councilmember alderman alderwoman assemblyman assemblywoman assemblymember
    supervisor treasurer comptroller detective magistrate warden constable monsignor commodore
    corporal ensign reverend rev. commandant
    """)
"""Words that end a title before a name: "Spokesperson Jane Roe", "foreign minister
Tariq Nasser"."""

TITLES_BEFORE_NAMES = words("justice member")
"""Common nouns that are a title only before a full name: "Justice Ana Ruiz", "Member Li Wei";
"Justice Ministry" is a body."""

TITLE_NOUNS = words("press media communications petty warrant master lance rear first")
"""Words that make one title with the title after them, though "Press" and "Media" also end
outlets' names: "White House Press Secretary", "Coast Guard Petty Officer"."""

TITLE_MODIFIERS = words(
    "former then ex acting interim incoming outgoing late retired current onetime longtime deputy"
)
"""Lowercase words that may lead a capitalised title: "former Secretary of State Jane Roe"."""

SPELLED_TITLES = dict(
    pair.split("=")
    for pair in words("""
    sen.=Senator sens.=Senators rep.=Representative reps.=Representatives gov.=Governor
    lt.=Lieutenant gen.=General brig.=Brigadier col.=Colonel maj.=Major capt.=Captain
    cmdr.=Commander sgt.=Sergeant cpl.=Corporal adm.=Admiral prof.=Professor rev.=Reverend
    """)
)
"""Titles written short, spelled out for the speaker's title: "Sen." is "Senator"."""

SHORT_TITLES = {
    **{short: title.casefold() for short, title in SPELLED_TITLES.items()},
    **dict.fromkeys(("sen.", "sen", "sens."), "senator lawmaker"),
    **dict.fromkeys(("rep.", "rep", "reps."), "representative congressman congresswoman lawmaker"),
    **dict.fromkeys(("senator", "congressman", "congresswoman"), "lawmaker"),
    "representative": "congressman congresswoman lawmaker",
    "gov": "governor",
}
"""What a title written short, or a narrower one, is called when the article refers back to
the person by it: "Sen. Jane Roe" ... "the senator said"."""

TITLE_ABBREVIATIONS = frozenset(
    "".join(part[0] for part in title.split("-")).upper()
    for title in TITLE_WORDS
    if title.count("-") == 1
)
"""Titles by their initials before a name: "DG Roe" is Director-General Roe."""


ROLE_WORDS = words("""
    resident counterpart source sources witness witnesses eyewitness villager farmer official
    analyst observer protester critic local authorities survivor parent mourner son daughter wife
    husband refugee colleague citizen worker fighter man woman people person expert trader
    driver shopkeeper elder volunteer student mechanic fisherman shepherd surveyor grandmother
    grandfather widow widower
    """)
"""Roles that may precede a name ("Lunga resident Ama Boateng") or make a speaker unnamed ("a
source said"), and their plurals ("residents"); occupations ("lawyer", "teacher") come from
nameparser (evidence.occupations)."""

DESCRIPTIONS = words("""
    resident counterpart source sources witness witnesses eyewitness eyewitnesses villager
    observer protester local authorities survivor parent mourner son daughter wife husband
    refugee colleague citizen fighter man woman people person elder grandmother grandfather
    widow widower
    """)
"""Role words that say what someone is, not what they do for a living, so no title: "resident
Ama Boateng"; "analyst Li Wei" and "worker Ali Doe" are titled by their work."""

OCCUPATION_TITLES = words("""
    sheriff surgeon nurse pilot coach clerk critic poet playwright architect diplomat scholar
    chaplain priest monk deacon magistrate detective missionary warden bailiff entrepreneur host
    """)
"""Occupations among nameparser's titles that end in no agent suffix ("-er", "-ist"), so that
evidence.occupations would miss them: "Riverside Hospital surgeon Ana Petrova"."""

NOT_OCCUPATIONS = words("""
    banner business computer excellent her prior senior superior soccer theater warrant
    highness holiness master mister
    """)
"""Words among nameparser's titles that name no occupation."""

NOT_TITLES = words(
    "man woman men women person people boy girl child children source sources mother father"
)
"""Role words that describe but make no title beside a name: "a man, Jo Ferro,", "a mother of
three"."""


DEFINITE_ORG_WORDS = words("""
    ministry army council committee commission department agency office court party mission
    coalition alliance movement group organisation organization militia union observatory monitor
    fund programme program directorate company firm network broadcaster airline newspaper
    channel carrier manufacturer
    """)
"""Heads of a definite description that refers back to a named organisation: "the ministry
said"."""


GENERIC_ORG_WORDS = words("""
    group organisation organization militia movement monitor body company firm network agency
    broadcaster airline newspaper channel carrier manufacturer watchdog charity
    """)
"""Heads of a definite description that may refer back to any body: "the group said"."""

MEDIA_VERBS_TOLD = frozenset({"told", "tells", "tell", "telling"})

OUTLET_CUES = frozenset(
    (verb, preposition)
    for verbs, preposition in (
        ("spoke speaking talked talking", "to"),
        ("spoke speaking talked talking interview interviews interviewed", "with"),
        ("according", "to"),
        ("reported quoted published broadcast aired interviewed", "by"),
        ("investigation report poll survey study analysis", "by"),
        ("measured conducted commissioned compiled", "by"),
        ("posted posting wrote writing said saying tweeted published", "on"),
        ("trended trending viral", "on"),
        ("posted posting wrote writing said saying announced", "via"),
    )
    for verb in verbs.split()
)
"""Two words before a medium's name: "spoke to VOA", "according to Kyodo", "posted on X",
"went viral on X"."""

BRANCH_WORDS = words("""
    store stores shop shops supermarket plant factory factories branch branches outlet
    outlets restaurant post posts account feed page channel app website spokesperson
    spokesman spokeswoman bio profile video videos
    """)
"""Nouns after a one-word name that show a company or a medium: "a Tesco store", "a Chirper
post", "her Chirper video"."""

SOURCE_CUES = frozenset(
    {("came", "from"), ("comes", "from"), ("attributed", "to"), ("credited", "to")}
)
"""Words after a quote that name its source: "The statement came from Jane Roe."."""

OUTLET_SUBJECT_VERBS = words("reported reports reporting quoted quotes")
"""Verbs whose subject, when it is no person, is a medium: "Kyodo reported", "Kyodo quoted"."""

OUTLET_WORDS = MEDIA_VERBS_TOLD | {verb for verb, _ in OUTLET_CUES} | OUTLET_SUBJECT_VERBS
"""Words that may cue a medium's name after them, or before them: "Kyodo reported"."""


SUFFIX_MODIFIERS = (
    "-led",
    "-backed",
    "-based",
    "-run",
    "-allied",
    "-linked",
    "-controlled",
    "-funded",
    "-sponsored",
    "-affiliated",
    "-aligned",
    "-held",
    "-born",
    "-designated",
    "-listed",
)
"""Hyphenated modifiers before a name that belong to no name: "US-backed", "army-led"."""

SENTENCE_CONJUNCTIONS = words("but and so yet then")
"""Words that may open a sentence before its subject or adverbial: "But Roe said"."""

INTRO_WORDS = words("""
    in on at during despite after before since following regarding late early also
    meanwhile however when while as although though if last earlier later speaking
    asked told separately elsewhere still now today yesterday overall instead moreover
    furthermore besides under amid amidst throughout over within without for with through
    unlike like once upon by from addressing responding writing talking
    """)
"""Words that open an adverbial phrase before a sentence's subject: "In a statement, ..."."""

SENTENCE_OPENERS = INTRO_WORDS - words("addressing responding writing talking") | words("""
    a an he her his i it its one our she that the their these they this those we who you about
    according across against all among and another between beyond both but each eight even
    every five four hence here how indeed into just many more most my near nevertheless nine
    no nonetheless not only or other seven several six so some such ten then there three thus
    to toward towards two until what where why yet your
    """)
"""Capitalised words at a sentence start that begin no name: "During", "Despite", "He"."""

SEQUENCE_WORDS = words("first second third fourth fifth next then again lastly secondly thirdly")
"""Words that number the steps of a story, alone before a comma: "First, …", "Next, …"."""

CALENDAR_WORDS = frozenset([*day_name, *month_name[1:], *month_abbr[1:], "Sept"])
"""Days and months, and months written short, from the standard library's English names."""

TIME_WORDS = words(
    "week weekend month year morning afternoon evening night spring summer autumn winter"
)
"""Nouns that make a time with "this", "last" or "next": "Last week the minister said"."""

SENTENCE_STARTERS = words(
    "The A An He She It They We I In On At But And This That There His Her Its Their"
)
"""Words that open a sentence after "U.S." or an initial: "... in the U.S. The army ..."."""

ABBREVIATIONS = words("""
    mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st mt ft jr sr inc ltd
    co corp vs no nos jan feb mar apr jun jul aug sep sept oct nov dec approx est dept fig
    pres amb hon sens reps govs brig cpl
    """)
"""Words whose trailing full stop ends no sentence: "Mr.", "Gen.", "Sept.", "No."."""

STATE_SHORT_NAMES = words("US U.S. USA UK U.K. Britain America Türkiye Palestine")
"""Short names of states that no place data spells: "the UK said"."""

DEMONYMS = words("""
    Afghan Albanian Algerian American Angolan Arab Argentine Armenian Australian Austrian
    Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bosnian Brazilian British Bulgarian
    Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian
    Congolese Croatian Cuban Cypriot Czech Danish Dutch Egyptian Emirati Eritrean Estonian
    Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek Guinean Haitian
    Hungarian Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese
    Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Lebanese Liberian Libyan
    Lithuanian Malian Malaysian Mauritanian Mexican Moldovan Mongolian Moroccan Mozambican
    Nepalese Nigerian Nigerien Norwegian Omani Pakistani Palestinian Peruvian Polish
    Portuguese Qatari Romanian Russian Rwandan Saudi Senegalese Serbian Somali Spanish
    Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turkish Turkmen
    Ugandan Ukrainian Uzbek Venezuelan Vietnamese Western Yemeni Zambian Zimbabwean Sunni
    Shia Shiite Christian Muslim Islamist Jihadist Iranian-backed Western-backed
    """)
"""Adjectives of nationality that open a title, not a name: "Turkish President Demir"."""

NOT_VERBS = words(
    "and or but nor the a an of for in at to from on by with yesterday today tomorrow last next "
    "this that these those who which whose whom where when while as than"
)
"""Lowercase words after a name that show no verb: "Kfar Luna yesterday", "Wadi Salam and"."""

PLACE_PREPOSITIONS = words("in at to from near into across towards toward outside inside via")
"""Prepositions after which a capitalised word is most likely a place: "transported to Lagos"."""

PLACE_NOUNS = words("""
    gulf bay sea ocean island islands strait cape lake river mount mountains valley province
    region state states county city republic kingdom emirate sultanate territory district
    museum cathedral church mosque temple palace square street bridge port airport station
    hospital clinic prison jail camp base
    """)
"""Nouns that head a place's name before "of": "Gulf of Aden", "Republic of Korea"."""

COMPASS_WORDS = words("""
    North South East West Northern Southern Eastern Western Central Northeast Northwest
    Southeast Southwest North-East North-West South-East South-West Sub-Saharan
    """)
"""Words before a place that name a region of it: "North Africa", "Southeast Asia"."""

EASTS_AND_WESTS = words("Middle Far Near")
"""Words before "East" that name a region: "the Middle East"."""

MOOD_ENDINGS = ("ing", "ed", "ful", "ous", "ive", "ant", "ent", "al", "y", "ic", "less")
"""Endings of the adjectives a writer sets before a name: "a beaming Roe", "Embattled Jane
Roe", "presumptive nominee Jane Roe"."""

ADJECTIVE_ENDINGS = ("al", "ial", "ic", "ical", "ive", "ary", "ous", "ish", "ful", "less")
"""Endings of English adjectives: "Presidential spokesperson" names no body."""

PLURAL_COMMON_ENDINGS = ("ers", "ists", "ants", "ents", "ians", "als", "ors", "ies", "ics", "ees")
"""Endings of plural nouns that open a sentence without naming anyone: "Farmers say"."""


NOUN_AFTER_SPEECH_WORD = words("in of on from about by for to at with")
"""A speech word followed by one of these is a noun: "describing VOA reports in the region"."""

FEMALE_TITLES = words("""
    mrs mrs. ms ms. miss dame lady queen princess spokeswoman chairwoman congresswoman
    businesswoman countess duchess empress sister mother daughter wife
    """)
MALE_TITLES = words("""
    mr mr. sir lord king prince spokesman chairman congressman businessman sheikh emir
    sultan ayatollah pope cardinal archbishop bishop imam rabbi father son husband brother
    """)
"""Words before or after a name that show the person's sex, for "she" and "he"."""

TITLE_CASE_CONNECTORS = words(
    "of the and for on in at to a an vs vs. v v. de la le du des von van der den al el"
)
"""Lowercase words inside a title of a work or a case name: "Holm vs. Brondel Media Limited",
"War and Peace"."""

NAMING_WORDS = words("called named titled entitled dubbed as")
"""Words before a quoted name that nobody says: 'a programme called "Open Door"'."""

CLAUSE_OPENERS = words("while and but whereas as when after before because since although")
"""Words before a name that opens a clause of its own: "while Minister X wrote", for "he"."""

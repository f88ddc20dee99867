"""The words that make a capitalised run a body's name: head nouns, kinds, bodies known by
one word, and the common words that end no body's name."""

from __future__ import annotations

from articles.extraction.lexicon import words

ORGANISATION_NOUNS = words("""
    Forces Force Army Armies Navy Police Guard Guards Brigade Brigades Battalion Corps Militia
    Council Department Ministry Observatory Committee Agency Office Commission Party Front
    Units Unit Coalition Union Programme Program Fund Court Tribunal Organisation Organization
    Movement Authority Administration Bank Institute Foundation Network Association
    Federation League Alliance Assembly Parliament Senate Congress Cabinet Directorate
    Service Services Bureau Secretariat Mission Group Society Centre Center Trust
    Company Corporation Corp LLC LLP PLC GmbH Inc Ltd University Academy Caucus Legion Commandos Regiment Division
    Command Headquarters Embassy Consulate Board Panel Initiative Institution Syndicate
    Chamber Charity Ministries
    News Times Post Mail Herald Journal Tribune Gazette Telegraph Independent Chronicle
    Reporter Observer Express Monitor Radio TV Television Press Broadcasting Media Dispatch
    Inquirer Enquirer Courier Examiner Sentinel Advertiser Ledger
    Airlines Airways Holdings Forum Archive Exchange Institute Laboratory Laboratories
    College Polytechnic Seminary School Studios
    """)
"""Capitalised heads of organisation names: "Coastal Defence Forces", "State Department",
and of newspapers' and companies' names: "Daily Star", "Air Lanka Airlines"."""


LEGAL_FORMS = words(
    "Inc LLC LLP LP Ltd PLC plc Corp Co GmbH AG KG SA NV BV SpA AS ASA Oy Oyj Pty SARL Srl"
)
"""Company legal forms, written with or without full stops ("Kelso A.G.", "Varden NV"): they
end a company's name and name no company alone."""


def is_legal_form(word: str) -> bool:
    """ "A.G.", "S.A.", "N.V.", "Co.", "Inc." and the like (see LEGAL_FORMS)."""
    return word.replace(".", "") in LEGAL_FORMS


NOT_ORGANISATION_ENDINGS = words("""
    Act Bill Law Laws Treaty Accord Accords Agreement Protocol Doctrine Prize Cup Games
    Festival Day Week Constitution Charter Clause Amendment Convention Declaration Code
    Statute Directive Regulation Ordinance Decree
    """)
"""Last words of a law's, a prize's or an event's name, which is no body: "Freedom of
Information Act", "Peace Prize". A body's "Resolution" or "Report" still names the body."""


FORCES = words("Police Army Navy Gendarmerie Militia Guard")
"""Forces, which English names after the place they serve ("Kolda Police", "Orvan Army"),
never after a person."""


ORGANISATION_NOUNS_AFTER_OF = frozenset({"House"})
"""Heads that make an organisation only with a complement: "House of Representatives"."""


ORGANISATION_NOUNS_AFTER_HEAD = words("System Systems")
"""Heads that make an organisation only right after another: "Civil Defence Service System"
(a "Positioning System" is a thing)."""


LOCATED_BODIES = words("Embassy Embassies Consulate Mission Delegation")
"""Bodies whose name goes on with "in" and the place they sit in: "Embassy in Nairobi"."""


LOWERCASE_INSTITUTIONS = words(
    "council ministry committee commission court parliament assembly department agency directorate"
)
"""Lowercase heads after a proper name that still make an institution: "Tamberlo
provincial council". Generic ones (army, government, forces) are left out on purpose."""


COMMON_ORGANISATIONS: dict[str, str] = {
    "UN": "United Nations",
    "U.N.": "United Nations",
    "UNSC": "United Nations Security Council",
    "NATO": "NATO",
    "EU": "European Union",
    "AU": "African Union",
    "ICRC": "International Committee of the Red Cross",
    "WHO": "World Health Organization",
    "UNHCR": "UNHCR",
    "UNICEF": "UNICEF",
    "WFP": "World Food Programme",
    "OCHA": "OCHA",
    "UNRWA": "UNRWA",
    "IAEA": "International Atomic Energy Agency",
    "OPCW": "Organisation for the Prohibition of Chemical Weapons",
    "ICC": "International Criminal Court",
    "ICJ": "International Court of Justice",
    "IMF": "International Monetary Fund",
    "OSCE": "OSCE",
    "ASEAN": "ASEAN",
    "ECOWAS": "ECOWAS",
    "MSF": "Médecins Sans Frontières",
    "HRW": "Human Rights Watch",
    "ISIS": "Islamic State",
    "ISIL": "Islamic State",
    "Reuters": "Reuters",
    "AFP": "Agence France-Presse",
    "AP": "Associated Press",
    "BBC": "BBC",
    "CNN": "CNN",
    "VOA": "Voice of America",
    "Xinhua": "Xinhua",
    "Anadolu": "Anadolu Agency",
    "Bloomberg": "Bloomberg",
    "Oxfam": "Oxfam",
    "Caritas": "Caritas",
    "Taliban": "Taliban",
    "Hamas": "Hamas",
    "Hezbollah": "Hezbollah",
}
"""Very common bodies of conflict news, by the short name an article may use alone."""


COMMON_ORGANISATION_NAMES = frozenset(
    {
        "United Nations",
        "European Union",
        "African Union",
        "Arab League",
        "World Bank",
        "Red Cross",
        "Red Crescent",
        "Amnesty International",
        "Human Rights Watch",
        "Islamic State",
        "Al Jazeera",
        "Associated Press",
        "Agence France-Presse",
        "Voice of America",
        "Médecins Sans Frontières",
        "Doctors Without Borders",
        "Boko Haram",
        "Save the Children",
        "UN Women",
        "UN-Habitat",
        "World Vision",
        "Islamic Relief",
        "al-Qaeda",
        "al-Qaida",
        "Al-Qaeda",
        "Al Qaeda",
        "al-Shabaab",
        "al-Shabab",
    }
)
"""Full names of common bodies that carry no organisation noun."""


NOT_ORGANISATION_ACRONYMS = words("""
    US USA UK UAE DRC GDP TV AM PM DC COVID HIV AIDS IED IEDS CEO NGO NGOS MP MPS ID
    IDP IDPS SUV GMT UTC OK PhD AK RPG UAV UAVS SMS PR CT II III IV VI VII VIII IX XI XII
    USD EUR GBP KM AD BC BCE CE FAQ PDF URL U.S. U.K. A.M. P.M. D.C. FM IT LGBT LGBTQ
    AIS GPS SIM ATM VIP LLC LLP PLC
    """)
"""All-capital words that are no organisation."""


MEMBER_WORDS = words(
    "spokesperson spokesman spokeswoman commander commanders official officials fighters "
    "militants militiamen"
)
"""Nouns after a body's name that show it is a body: "Taliban spokesperson"."""


SINGLE_WORD_BODIES = words("Congress Senate Parliament Knesset Duma Bundestag Pentagon Kremlin")
"""Institutions named by one capitalised word: "approved by the Senate", "Congress voted"."""


GROUP_HEADS = words("movement group network organisation organization party")
"""Lowercase nouns after a proper name that make it a body's name: "Zarqun movement",
"Tarvo group"; the name alone is the body, the whole an alias. "militia" is left out: after a
people's name it describes ("a Fulani militia")."""


TRANSLITERATED_ORGANISATION_NOUNS = words("""
    Harakat Harakah Jabhat Jaish Hizb Liwa Saraya Asaib Ansar Tanzim Tehreek Tehrik Tahrik
    Lashkar Sipah Majlis Hayat Hay'at Jund Jamiat Jamiyat Ittehad Ittihad Tahrir
    Jamaat Jama'at Jamaah Katiba Katibat Kataib Kata'ib Faylaq Quwat Jaysh Hezb Sepah Firqat
    """)
"""Arabic, Persian and Urdu words for a movement, front, army, party, brigade or council that
open a body's transliterated name: "Jabhat al-Nasr", "Lashkar-e-Khalid"."""


ORGANISATION_KINDS = words("""
    airline company firm newspaper broadcaster agency channel outlet website site bank party
    group network carrier manufacturer charity daily tabloid magazine app platform insurer
    operator retailer publisher producer maker supplier provider giant conglomerate chain
    startup exporter lender miner developer organization organisation promotion legislature
    chamber studio pollster
    """)
"""Lowercase nouns that introduce a body's name: "Kenyan airline Baobab Air", "news site
Kropka.com"."""


PARTY_ADJECTIVES = words("ruling governing opposition")
"""Words before a party's or a coalition's name: "the ruling Unity Front"."""


SERVICE_KINDS = words("app platform network site website channel")
"""Kinds that name a service as often as the body that runs it: "Telegram, a messaging app"
says no body is meant."""


ORGANISATION_KINDS_PLURAL = words("""
    firms companies groups outlets agencies organisations organizations parties banks airlines
    broadcasters newspapers networks carriers charities militias
    """)
"""Plural nouns whose list names bodies: "Dutch firms including Vexa Rail, Brondel"."""


WEBSITE_ENDINGS = (".com", ".org", ".net", ".info", ".news", ".at", ".de", ".ru", ".ua", ".fr")
"""Web-domain endings that make a word a site's name: "Kropka.com"."""


THING_HEADS = words("""
    fighter fighters bomber bombers warplane warplanes gunship gunships tank tanks rifle rifles
    missile missiles pipeline pipelines
    """)
"""Common nouns after a maker's mark that make it a kind of machine or works, no body: "a MiG
fighter", "the EastMed pipeline"."""

"""The word pools the synthetic corpus draws from: names, titles, places, sentences.

Kept apart from the generator so that either reads at a glance.
"""

import datetime

from articles.extraction.lexicon import words


def pool(text: str) -> list[str]:
    """``lexicon.words`` in a fixed order: a seed's draws must not hang on string hashing."""
    return sorted(words(text))


FEMALE_NAMES = pool(
    """Amira Leila Nadia Rana Huda Samira Dalia Yasmin Farah Layla Mariam Noor Salma Zainab
Hana Rasha Aisha Dina Lina Maha Reem Sana Tala Widad Amal Basma Ghada Iman Jamila Kholoud Lubna
Mona Nawal Rima Suha Wafa Zeina Anna Clara Elena Helena Ingrid Julia Katrin Lena Marta Nina Olga
Petra Sofia Tanja Ursula Vera Greta Ines Alice Beatrice Camille Delphine Emma Fiona Gloria Irene
Joanna Karen Laura Monica Natalie Paula Rachel Sarah Teresa Valerie Wendy Agnes Bridget Carmen
Esther Frances Harriet Isabel Judith Louise Miriam Nora Priya Ruth Simone Thea Yvonne Zora Ayesha
Fatima Gulnara Shirin Parisa Roya Leyla Dilan Berivan Rojin Hevin Sakina Grace Mercy Joy Faith Esi
Abena Adwoa Nkechi Chiamaka Wanjiru Achieng Nyokabi Adaeze Folake"""
)

MALE_NAMES = pool(
    """Omar Karim Tariq Yusuf Hassan Khalid Samir Walid Nabil Fadi Ziad Bilal Jamal Rami
Hadi Issa Majid Nasser Rashid Sami Adnan Bassam Ghassan Imad Jihad Kamal Marwan Munir Riad Salah
Anton Boris Daniel Erik Felix Georg Hans Ivan Jonas Lukas Martin Nikolai Oskar Pavel Stefan Tomas
Viktor Andrew Benjamin Charles David Edward Francis Gerald Henry Jonathan Kenneth Lawrence Michael
Nicholas Patrick Richard Samuel Thomas Vincent William Adrian Dominic Gregory Hugo Julian Leon
Matthias Oliver Philippe Raymond Simon Tobias Alexander Ahmad Farhad Dariush Reza Kaveh Arash Azad
Baran Dilshad Hoshyar Rebwar Shwan Kwame Kofi Yaw Chinedu Emeka Obinna Tunde Kamau Otieno Mwangi
Baraka Juma Salim Idris Musa Ibrahim Suleiman Abdullah Mustafa Mahmoud Youssef Hamza"""
)

SURNAMES = pool(
    """Haddad Khoury Mansour Nasser Saleh Qasim Farouk Hamdan Jaber Karam Laham Matar Najjar
Rahal Sabbagh Tannous Yazbek Zein Aoun Bitar Chami Daher Eid Fakhoury Ghanem Hakim Issa Jabbour
Kassab Lutfi Maalouf Nahas Obeid Rizk Sarkis Toma Wehbe Azar Barakat Darwish Fares Habib Homsi
Kanaan Makdisi Nader Rahme Shaheen Suleiman Abboud Andersen Bauer Carlsson Dietrich Eriksen Falk
Gruber Hartmann Jansen Keller Lindqvist Meyer Nielsen Olsen Petersen Richter Schmid Vogel Weber
Zimmermann Novak Horvat Kovac Petrov Ivanova Sokolov Volkov Morozov Lebedev Orlov Popescu Ionescu
Dumont Lefebvre Moreau Girard Bonnet Renaud Mercier Rousseau Fontaine Chevalier Ashford Blackwood
Caldwell Donovan Fairbanks Gallagher Hastings Kendrick Lancaster Mitchell Northcott Pemberton
Ramsey Sinclair Thornton Whitaker Ahmadi Karimi Hosseini Rahimi Moradi Jafari Tehrani Sadeghi
Barzani Talabani Zebari Rashid Mahmoud Osman Hawrami Shwani Mensah Owusu Boateng Asante Okafor
Adeyemi Nwosu Balogun Eze Kariuki Omondi Njoroge Wambua Mutua Achebe Diallo Traore Keita Coulibaly
Toure Sylla Kamara Bangura Conteh Sesay Yilmaz Kaya Demir Celik Aydin Ozturk Arslan Dogan Kilic
Aslan Cetin Kurt Ozdemir Hashimi Stanekzai Wardak Durrani Popal Noorzai Barakzai Alizai Rahmani
Sultani Amiri Nazari Hakimi Qaderi Baheer Lado Deng Garang Machar Kiir Nyandeng Akol Malual Chol
Ajak Okello Lokeris"""
)

TITLES = pool(
    """spokesperson spokesman spokeswoman commander director minister ambassador envoy chief
adviser coordinator representative negotiator secretary-general chairman official"""
)

TITLES_BEFORE_NAME = [
    "Foreign Minister",
    "Defence Minister",
    "Interior Minister",
    "General",
    "Colonel",
    "Major General",
    "Commander",
    "Ambassador",
    "Prime Minister",
    "President",
    "Governor",
    "Spokesperson",
    "Special Envoy",
    "Senator",
    "Deputy Minister",
]

ORGANISATION_ADJECTIVES = pool(
    """National Democratic Popular United Northern Southern Eastern Western
Central Federal Independent Revolutionary Islamic Free Patriotic Republican Regional Civil Joint
Autonomous Provisional Supreme Humanitarian International Continental Progressive Liberation
Unified Syrian Kurdish Arab Sahel Coastal Highland Riverine Desert Valley"""
)

ORGANISATION_QUALIFIERS = pool(
    """Defence Security Resistance Reconstruction Relief Unity Salvation
Reform Justice Peace Development Protection Transition Dialogue Recovery Monitoring Border Health
Migration Emergency Mine Action Water Food Energy Media Human Rights Electoral"""
)

ORGANISATION_NOUNS = pool(
    """Forces Council Agency Front Movement Alliance Committee Army Brigades Authority
Commission Office Ministry Party Coalition Union Mission Network Observatory Assembly Directorate
Foundation Institute Guard Tribunal"""
)

PLACES = pool(
    """Kavar Abyad Qamishli Afrin Manbij Kobani Deir Hafer Raqqa Hasakah Idlib Sarmada
Jarablus Tabqa Palmyra Homs Hama Daraa Suwayda Quneitra Latakia Tartus Baniyas Amuda Derik Sinjar
Mosul Kirkuk Tikrit Fallujah Ramadi Zakho Duhok Halabja Ghazni Kunduz Herat Kandahar Jalalabad
Bamyan Helmand Wardak Juba Malakal Bentiu Bor Wau Aweil Renk Yei Misrata Sirte Benghazi Derna Sabha
Ajdabiya Zintan Gharyan Marib Taiz Hodeidah Aden Saada Gao Timbuktu Mopti Kidal Menaka"""
)

DATELINES = [
    "WASHINGTON DC",
    "GENEVA",
    "NEW YORK",
    "BEIRUT",
    "DAMASCUS",
    "ERBIL",
    "BAGHDAD",
    "KABUL",
    "JUBA",
    "TRIPOLI",
    "CAIRO",
    "ANKARA",
    "AMMAN",
    "BRUSSELS",
    "PARIS",
    "LONDON",
    "NAIROBI",
    "ADDIS ABABA",
    "BAMAKO",
    "SANAA",
    "ADEN",
    "TEHRAN",
    "MOSCOW",
    "DOHA",
    "ISTANBUL",
    "KHARTOUM",
    "QAMISHLI",
    "SULAIMANI",
    "KANDAHAR",
    "BENGHAZI",
]

SOURCES = {
    "Frontline Herald": "frontline-herald.example.org",
    "Daily Dispatch": "dailydispatch.example.com",
    "Regional Wire": "regionalwire.example.net",
    "Voice of the Valley": "votv.example.org",
    "The Observer Post": "observerpost.example.com",
    "Crisis Monitor": "crisismonitor.example.org",
}

CITIES = [d.title() for d in DATELINES if " DC" not in d] + ["Washington"]

WEEKDAYS = pool("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

# Quote sentences, with slots; two are often joined so that texts vary across a million quotes.
QUOTE_SENTENCES = [
    "We will not accept any agreement that ignores the rights of civilians in {place}",
    "Our forces remain committed to the ceasefire, but we will respond to any attack",
    "The humanitarian situation in {place} is deteriorating by the hour",
    "More than {number} families have fled their homes since the fighting began",
    "We call on all parties to open safe corridors for the wounded",
    "There can be no military solution to this conflict",
    "The shelling of {place} must stop immediately",
    "We have documented {number} violations in the past week alone",
    "Aid convoys have been blocked at the checkpoint outside {place} for {days} days",
    "Nobody should be forced to choose between hunger and the front line",
    "The talks in {city} were difficult, but they were not a failure",
    "We are ready to return to the negotiating table without preconditions",
    "Hospitals in {place} are running out of fuel and medicine",
    "Those responsible for the attack on {place} will be held accountable",
    "We have asked the international community to act before it is too late",
    "The situation on the ground has changed dramatically since {weekday}",
    "Every day without a ceasefire costs lives",
    "Our teams reached {place} this morning and found the market destroyed",
    "We reject these accusations completely",
    "The water station serving {number} people was hit twice this month",
    "Children are paying the highest price for this war",
    "We will defend our people with every means at our disposal",
    "The election must go ahead on schedule despite the violence",
    "No one has claimed responsibility, and we are still investigating",
    "The roads to {place} are mined and our engineers are clearing them",
    "We expect the first families to return to {place} within weeks",
    "This is a clear violation of international humanitarian law",
    "We have received no guarantees from the other side",
    "The prisoners exchanged on {weekday} were in poor health",
    "Reconstruction cannot begin while the fighting continues",
    "Winter is coming and thousands of displaced people still live in tents",
    "The border crossing at {place} must remain open for aid",
    "We are deeply concerned by reports of mass arrests in {place}",
    "Our delegation will travel to {city} next week for another round of talks",
    "The economy has collapsed and salaries have not been paid for {days} months",
    "We urge restraint from all sides",
    "Journalists must be allowed to work freely and safely",
    "The drone strike near {place} killed {number} people, including women and children",
    "Farmers around {place} cannot reach their fields because of the fighting",
    "We will not abandon the people of {place}",
    "The agreement signed in {city} is a first step, not the last one",
    "Our patience is running out",
    "The court will examine every piece of evidence presented to it",
    "Security has improved, but the threat has not disappeared",
    "We need at least {number} tonnes of food aid every month",
]

PARTIAL_PHRASES = [
    "deeply alarming",
    "a clear violation of international law",
    "unacceptable",
    "a step in the right direction",
    "a catastrophe in the making",
    "irresponsible and dangerous",
    "premature",
    "an act of aggression",
    "a humanitarian emergency",
    "long overdue",
    "a serious escalation",
    "politically motivated",
]

PARTIAL_SUBJECTS = [
    "the attack",
    "the decision",
    "the latest offensive",
    "the agreement",
    "the blockade of {place}",
    "the closure of the border",
    "the strike on {place}",
    "the vote",
]

FILLER_SENTENCES = [
    "Fighting has intensified around {place} since {weekday}, according to local residents.",
    "The {organisation} took control of several villages near {place} last month.",
    "Thousands of people have been displaced from {place} and the surrounding countryside.",
    "The {organisation} has been accused of blocking aid deliveries to {place}.",
    "Negotiations in {city} stalled over the question of prisoner releases.",
    "The town of {place} lies on a strategic road linking the region to the border.",
    "At least {number} people were killed in clashes near {place} over the weekend.",
    "Local officials said the power station in {place} had been out of service for weeks.",
    "The conflict has left much of {place} in ruins and its economy in tatters.",
    "The {organisation} denied any involvement in the attack.",
    "Aid agencies estimate that {number} people in the area depend on food assistance.",
    "Talks between the two sides are expected to resume in {city} next month.",
    "The road between {place} and {other_place} was reopened on {weekday} after repairs.",
    "Residents of {place} reported heavy artillery fire throughout the night.",
    "The {organisation} was formed in {year} and controls parts of the province.",
    "Schools in {place} have been closed since the start of the offensive.",
    "A curfew remains in force in {place} and the neighbouring districts.",
    "The ceasefire agreed in {city} in {year} has been repeatedly violated.",
]

HEADLINES = [
    "{Organisation} accuses rivals of shelling {place}",
    "Thousands flee as fighting spreads to {place}",
    "Talks in {city} end without agreement on {place}",
    "{Organisation} calls for ceasefire in {place}",
    "Aid convoy reaches {place} after weeks of delays",
    "Civilians killed in strike near {place}, officials say",
    "{Organisation} rejects proposal for buffer zone around {place}",
    "Prisoner exchange raises hopes for peace in {place}",
    "Displaced families return to {place} as front line shifts",
    "UN warns of famine risk in {place}",
    "{Organisation} announces withdrawal from {place}",
    "Clashes erupt near {place} despite truce",
]

FIRST_DAY = datetime.date(2015, 1, 1)
DAYS_SPANNED = 3652  # ten years of publication dates

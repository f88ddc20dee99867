"""A battery of constructions common in conflict news and in UN, agency, NGO and military
releases (issue 9): who speaks, with what title, for which body, and which bodies an article
names. Every case is a made-up mini-article; people, places and most bodies are invented, of
many origins; real international bodies appear as they do in all news.

Expectations follow the annotation guide: a speaker is the fullest name the article gives (for a
body speaking, its full name or its acronym, or None where nobody is named); a title must contain
the expected words; an organisation is found when its name, acronym or an alias matches.
The tables are grouped by class; ``BLIND`` was written with the others and kept out of sight
while rules were written, to measure how far they carry.
"""

from dataclasses import dataclass, field

import pytest

from tests.made_up import read


@dataclass(frozen=True)
class Case:
    text: str
    speakers: tuple = ()
    titles: dict = field(default_factory=dict)
    affiliations: dict = field(default_factory=dict)
    organisations: tuple[str, ...] = ()
    not_organisations: tuple[str, ...] = ()
    same_body: tuple[str, ...] = ()


def norm(name: str | None) -> str:
    name = " ".join((name or "").casefold().split()).strip(" .,'’")
    return name.removeprefix("the ")


def body_keys(article) -> list[set[str]]:
    return [
        {norm(o.name), norm(o.acronym), *map(norm, o.aliases)} - {""} for o in article.organisations
    ]


def check(case: Case) -> None:
    article = read(case.text)
    if case.speakers:
        found = [q.speaker for q in article.quotes]
        assert len(found) == len(case.speakers), found
        for got, expected in zip(found, case.speakers, strict=True):
            accepted = expected if isinstance(expected, tuple) else (expected,)
            assert norm(got) in {norm(a) for a in accepted}, (found, case.speakers)
    people = {norm(s.name): s for s in article.speakers}
    for name, title in case.titles.items():
        assert norm(name) in people, sorted(people)
        assert norm(title) in norm(people[norm(name)].title), people[norm(name)].title
    keys = body_keys(article)
    for name, body in case.affiliations.items():
        assert norm(name) in people, sorted(people)
        given = norm(people[norm(name)].organisation)
        same = next((k for k in keys if given in k), {given})  # the body by any of its names
        assert norm(body) in same, given
    for body in case.organisations:
        assert any(norm(body) in k for k in keys), keys
    for body in case.not_organisations:
        assert not any(norm(body) in k for k in keys), keys
    if case.same_body:
        assert any({norm(b) for b in case.same_body} <= k for k in keys), keys


UN_RELEASES = [
    Case(
        "“Children in the camps are wasting away,” said UNICEF Executive Director Halima "
        "Osei-Bonsu.",
        speakers=("Halima Osei-Bonsu",),
        titles={"Halima Osei-Bonsu": "Executive Director"},
        affiliations={"Halima Osei-Bonsu": "UNICEF"},
        organisations=("UNICEF",),
    ),
    Case(
        "The UN Special Rapporteur on the right to food, Ines Valdivia, said the siege “amounts "
        "to the use of starvation as a weapon of war.”",
        speakers=("Ines Valdivia",),
        titles={"Ines Valdivia": "Special Rapporteur"},
    ),
    Case(
        "The UN Special Envoy for Marovia, Kenji Arakawa, arrived in the capital on Tuesday for "
        "talks with both sides.\n\n“Both parties must return to the table,” the Special Envoy "
        "said.",
        speakers=("Kenji Arakawa",),
        titles={"Kenji Arakawa": "Special Envoy"},
    ),
    Case(
        "OCHA spokesperson Tomasz Wieczorek told reporters in Geneva that “aid is simply not "
        "getting through.”",
        speakers=("Tomasz Wieczorek",),
        titles={"Tomasz Wieczorek": "spokesperson"},
        affiliations={"Tomasz Wieczorek": "OCHA"},
        organisations=("OCHA",),
        not_organisations=("Geneva",),
    ),
    Case(
        "According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), “more "
        "than 40,000 people have fled their homes since Friday.”",
        speakers=(
            (
                "UN Office for the Coordination of Humanitarian Affairs",
                "Office for the Coordination of Humanitarian Affairs",
                "OCHA",
            ),
        ),
        organisations=("OCHA",),
        same_body=("OCHA", "Office for the Coordination of Humanitarian Affairs"),
    ),
    Case(
        "In a statement attributed to the spokesperson for the Secretary-General, the UN said it "
        "was “deeply alarmed” by the shelling of Veldora.",
        not_organisations=("Secretary-General", "Veldora"),
    ),
    Case(
        "WFP's country director in Kalvaria, Oumar Sissoko, said food stocks “will run out by "
        "the end of March.”",
        speakers=("Oumar Sissoko",),
        titles={"Oumar Sissoko": "country director"},
        affiliations={"Oumar Sissoko": "WFP"},
        not_organisations=("Kalvaria",),
    ),
    Case(
        "The World Food Programme (WFP) has cut rations in the north.\n\n“We are running out of "
        "time and money,” the agency said.",
        speakers=(("World Food Programme", "WFP"),),
        same_body=("World Food Programme", "WFP"),
    ),
    Case(
        "“Hospitals in the south are overwhelmed,” said Dr Priya Raghunathan, the WHO "
        "Representative in Dastavia.",
        speakers=("Priya Raghunathan",),
        titles={"Priya Raghunathan": "Representative"},
        affiliations={"Priya Raghunathan": "WHO"},
    ),
    Case(
        "UNHCR, the UN refugee agency, said in a statement: “Borders must remain open to those "
        "fleeing.”",
        speakers=(("UNHCR", "UN refugee agency"),),
        organisations=("UNHCR",),
    ),
    Case(
        "The UN refugee agency (UNHCR) said 3,000 people crossed on Sunday alone.\n\n“Borders "
        "must remain open to those fleeing,” UNHCR said.",
        speakers=(("UNHCR", "UN refugee agency"),),
        same_body=("UNHCR", "UN refugee agency"),
    ),
    Case(
        "UN High Commissioner for Human Rights Adaeze Nwosu said: “Those responsible must be "
        "held to account.”",
        speakers=("Adaeze Nwosu",),
        titles={"Adaeze Nwosu": "High Commissioner"},
    ),
    Case(
        "UN High Commissioner for Human Rights Adaeze Nwosu visited the camp on Monday.\n\n"
        "“Those responsible must be held to account,” the UN human rights chief said.",
        speakers=("Adaeze Nwosu",),
    ),
    Case(
        "Deputy Special Representative of the Secretary-General Mikkel Halvorsen told the "
        "Security Council: “The ceasefire is holding, but only just.”",
        speakers=("Mikkel Halvorsen",),
        titles={"Mikkel Halvorsen": "Special Representative"},
        organisations=("Security Council",),
    ),
    Case(
        "In a statement, the UN Children's Fund (UNICEF) said “at least 12 children” were "
        "killed in the strike.",
        speakers=(("UN Children's Fund", "UNICEF"),),
        same_body=("UNICEF", "UN Children's Fund"),
    ),
    Case(
        "“Every day of delay costs lives,” the UN Resident and Humanitarian Coordinator for "
        "Teronia, Sofía Bermúdez, said in a statement.",
        speakers=("Sofía Bermúdez",),
        titles={"Sofía Bermúdez": "Coordinator"},
    ),
    Case(
        "IOM Director General Akosua Mensah-Ampofo said: “Migrants are being pushed back into "
        "the desert.”",
        speakers=("Akosua Mensah-Ampofo",),
        titles={"Akosua Mensah-Ampofo": "Director General"},
        affiliations={"Akosua Mensah-Ampofo": "IOM"},
    ),
    Case(
        "Rafael Quintana, a spokesman for the UN Office of the High Commissioner for Human "
        "Rights (OHCHR), said: “We have documented at least 40 executions.”",
        speakers=("Rafael Quintana",),
        titles={"Rafael Quintana": "spokesman"},
        organisations=("OHCHR",),
    ),
    Case(
        "“Every field we clear is a field that can be farmed,” said Jens Lindqvist, head of the "
        "UN Mine Action Service in Beronia.",
        speakers=("Jens Lindqvist",),
        titles={"Jens Lindqvist": "head"},
        organisations=("UN Mine Action Service",),
        not_organisations=("Beronia",),
    ),
    Case(
        "UNICEF spokesperson Marisol Ortega said the convoy had been turned back.\n\n“We were "
        "ready to go,” Ortega said. “The trucks are still waiting.”",
        speakers=("Marisol Ortega", "Marisol Ortega"),
        titles={"Marisol Ortega": "spokesperson"},
    ),
    Case(
        "The International Committee of the Red Cross (ICRC) said in a statement: “The wounded "
        "must be allowed to leave.”",
        speakers=(("International Committee of the Red Cross", "ICRC"),),
        same_body=("ICRC", "International Committee of the Red Cross"),
    ),
    Case(
        "“The council cannot look away,” said Ambassador Lena Vogt of Norway, who holds the "
        "council presidency this month.",
        speakers=("Lena Vogt",),
        titles={"Lena Vogt": "Ambassador"},
        not_organisations=("Norway",),
    ),
    Case(
        "“We will stay and deliver,” said the head of the UN mission, Abdoulaye Keïta.",
        speakers=("Abdoulaye Keïta",),
        titles={"Abdoulaye Keïta": "head"},
    ),
    Case(
        "Speaking to journalists in New York, UN spokesman Marco Bellandi said the convoy was "
        "“looted within hours.”",
        speakers=("Marco Bellandi",),
        titles={"Marco Bellandi": "spokesman"},
        not_organisations=("New York",),
    ),
    Case(
        "UNRWA Commissioner-General Kofi Agyeman-Boateng said: “Our staff are exhausted.”",
        speakers=("Kofi Agyeman-Boateng",),
        titles={"Kofi Agyeman-Boateng": "Commissioner-General"},
        organisations=("UNRWA",),
    ),
    Case(
        "The Special Rapporteur on torture, Anneke de Vries, visited three prisons.\n\nThe "
        "rapporteur said conditions were “beyond anything I have seen.”",
        speakers=("Anneke de Vries",),
        titles={"Anneke de Vries": "Special Rapporteur"},
    ),
    Case(
        "The Secretary-General's Special Envoy for the Lakes Region, Haruto Kimura, said: “A "
        "political solution is still possible.”",
        speakers=("Haruto Kimura",),
        titles={"Haruto Kimura": "Special Envoy"},
        not_organisations=("Secretary-General", "Lakes Region"),
    ),
]

MILITARY = [
    Case(
        "Military spokesman Col. Rustam Nazarov said: “We struck only military targets.”",
        speakers=("Rustam Nazarov",),
        titles={"Rustam Nazarov": "spokesman"},
    ),
    Case(
        "The Marovian National Army (MNA) said it had retaken the bridge.\n\n“The enemy "
        "suffered heavy losses,” the army said in a statement.",
        speakers=(("Marovian National Army", "MNA"),),
        same_body=("Marovian National Army", "MNA"),
    ),
    Case(
        "The Qaraz Observatory for Human Rights, a war monitor, said the strikes were “the "
        "deadliest this year.”",
        speakers=("Qaraz Observatory for Human Rights",),
        organisations=("Qaraz Observatory for Human Rights",),
    ),
    Case(
        "“At least 30 fighters died,” said Faris Haddad, head of the Qaraz Observatory for Human "
        "Rights, a war monitor.",
        speakers=("Faris Haddad",),
        titles={"Faris Haddad": "head"},
        organisations=("Qaraz Observatory for Human Rights",),
    ),
    Case(
        "Harakat al-Nasr al-Jadid said in a statement: “Our fighters will not withdraw.”",
        speakers=("Harakat al-Nasr al-Jadid",),
        organisations=("Harakat al-Nasr al-Jadid",),
    ),
    Case(
        "Lashkar-e-Sabir claimed responsibility for the attack.\n\n“This is only the start,” "
        "the group said.",
        speakers=("Lashkar-e-Sabir",),
        organisations=("Lashkar-e-Sabir",),
    ),
    Case(
        "Brig. Gen. Olumide Adeyemi, the army's chief spokesman, said: “The town is secure.”",
        speakers=("Olumide Adeyemi",),
        titles={"Olumide Adeyemi": "spokesman"},
    ),
    Case(
        "Lt. Col. Dmitri Orlov, a spokesman for the Southern Command, told reporters: “We "
        "expect more attacks.”",
        speakers=("Dmitri Orlov",),
        titles={"Dmitri Orlov": "spokesman"},
        organisations=("Southern Command",),
    ),
    Case(
        "“We will hold the line,” said Major Tariq Bakhsh, commander of the 12th Mechanised "
        "Brigade.",
        speakers=("Tariq Bakhsh",),
        titles={"Tariq Bakhsh": "commander"},
    ),
    Case(
        "A spokesman for the rebel Free Sarmak Front, Idris Kamau, said: “We accept the truce.”",
        speakers=("Idris Kamau",),
        titles={"Idris Kamau": "spokesman"},
        organisations=("Free Sarmak Front",),
    ),
    Case(
        "“Our positions were shelled all night,” said Gen. Aleksander Wróbel, the chief of the "
        "general staff.",
        speakers=("Aleksander Wróbel",),
        titles={"Aleksander Wróbel": "chief"},
    ),
    Case(
        "The Rapid Defence Corps (RDC) said it had taken the airport.\n\n“The airport is under "
        "our full control,” the paramilitary group said.",
        speakers=(("Rapid Defence Corps", "RDC"),),
        same_body=("Rapid Defence Corps", "RDC"),
    ),
    Case(
        "An army officer, who asked not to be named, said: “We lost two tanks.”",
        speakers=(None,),
        not_organisations=("An",),
    ),
    Case(
        "Military spokesperson Maj. Gen. Chen Jianguo said the drills were “routine.”",
        speakers=("Chen Jianguo",),
        titles={"Chen Jianguo": "spokesperson"},
    ),
    Case(
        "The National Liberation Movement of Kordesh (NLMK) said in a statement: “We did not "
        "fire first.”",
        speakers=(("National Liberation Movement of Kordesh", "NLMK"),),
        same_body=("National Liberation Movement of Kordesh", "NLMK"),
    ),
    Case(
        "Capt. Ayodele Ogunleye of the Joint Task Force told reporters: “Twelve hostages were "
        "freed.”",
        speakers=("Ayodele Ogunleye",),
        affiliations={"Ayodele Ogunleye": "Joint Task Force"},
        organisations=("Joint Task Force",),
    ),
    Case(
        "The militia's leader, Commander Baraka Ochieng, said: “We are defending our villages.”",
        speakers=("Baraka Ochieng",),
        titles={"Baraka Ochieng": "Commander"},
    ),
    Case(
        "Hizb-e-Sadat spokesman Naweed Karimi said: “We did not target civilians.”",
        speakers=("Naweed Karimi",),
        titles={"Naweed Karimi": "spokesman"},
        affiliations={"Naweed Karimi": "Hizb-e-Sadat"},
        organisations=("Hizb-e-Sadat",),
    ),
    Case(
        "Colonel Mamadou Traoré, spokesman for the ruling junta, said on state television: "
        "“Elections will be held next year.”",
        speakers=("Mamadou Traoré",),
        titles={"Mamadou Traoré": "spokesman"},
    ),
    Case(
        "The Qaraz Observatory for Human Rights counted 41 dead.\n\nThe monitor, which relies "
        "on sources on the ground, said the toll was “likely to rise.”",
        speakers=("Qaraz Observatory for Human Rights",),
    ),
    Case(
        "The Ministry of Defence said in a statement: “Two drones were shot down overnight.”",
        speakers=("Ministry of Defence",),
        organisations=("Ministry of Defence",),
    ),
    Case(
        "Jaish al-Qudra, an armed group active in the east, said: “We will defend the valley.”",
        speakers=("Jaish al-Qudra",),
        organisations=("Jaish al-Qudra",),
    ),
    Case(
        "“The convoy was ambushed at dawn,” said Lt. Col. Eitan Shapira, an army spokesman.",
        speakers=("Eitan Shapira",),
        titles={"Eitan Shapira": "spokesman"},
    ),
    Case(
        "A statement from the Coastal Defence Forces (CDF) said: “The port is open again.”\n\n"
        "CDF commander Gen. Ruslan Tairov told reporters: “We will not leave.”",
        speakers=(("Coastal Defence Forces", "CDF"), "Ruslan Tairov"),
        titles={"Ruslan Tairov": "commander"},
        affiliations={"Ruslan Tairov": "CDF"},
    ),
]

WITNESSES = [
    Case(
        "Amina, 14, said: “We walked for three days without water.”",
        speakers=("Amina",),
    ),
    Case(
        "A resident who gave only his first name, Karim, said: “The shelling went on all night.”",
        speakers=("Karim",),
    ),
    Case(
        "“We had nothing left to eat,” said Abu Karim, a father of five.",
        speakers=("Abu Karim",),
        not_organisations=("Abu Karim",),
    ),
    Case(
        "Leyla (not her real name) said: “They took my brother at the checkpoint.”",
        speakers=("Leyla",),
    ),
    Case(
        "Umm Yusuf, 45, who fled Qaraz with her four children, said: “We sleep on the ground.”",
        speakers=("Umm Yusuf",),
        not_organisations=("Qaraz",),
    ),
    Case(
        "“The water is dirty and the children are sick,” said Goran, a farmer who did not want "
        "his surname used.",
        speakers=("Goran",),
    ),
    Case(
        "Nadia, a 29-year-old nurse, said: “We have no anaesthetic left.”",
        speakers=("Nadia",),
    ),
    Case(
        "One woman, Fatuma, said: “My house is gone.”",
        speakers=("Fatuma",),
    ),
    Case(
        "“I have lost everything,” said Mehmet, 60, standing outside his ruined shop.",
        speakers=("Mehmet",),
    ),
    Case(
        "Another refugee, who asked to be identified only as Samir, said: “The smugglers took "
        "all our money.”",
        speakers=("Samir",),
    ),
    Case(
        "“We are afraid to go back,” said a mother of three who asked not to be named.",
        speakers=(None,),
    ),
    Case(
        "Mariam's husband, Yusuf, said: “We will rebuild.”",
        speakers=("Yusuf",),
    ),
    Case(
        "“We ran when we heard the planes,” said Amina, 14. Her brother Hassan, 9, added: “I "
        "lost my shoes.”",
        speakers=("Amina", "Hassan"),
    ),
    Case(
        "Residents said: “There is no one left to bury the dead.”",
        speakers=(None,),
    ),
    Case(
        "Kwabena (a pseudonym) said: “The guards beat us every morning.”",
        speakers=("Kwabena",),
    ),
    Case(
        "Through an interpreter, Thandiwe said: “I want my children to go to school.”",
        speakers=("Thandiwe",),
    ),
    Case(
        "“I was born in this village and I will die here,” Oksana, 71, told the agency.",
        speakers=("Oksana",),
    ),
    Case(
        "Jamal, a displaced father of four living in a tent outside Orbek, said: “Winter will "
        "kill us.”",
        speakers=("Jamal",),
        not_organisations=("Orbek",),
    ),
    Case(
        "Zahra Ahmadi, 19, said: “I want to finish my studies.”",
        speakers=("Zahra Ahmadi",),
    ),
    Case(
        "Blessing, 16, said: “They came at night and took the girls.”",
        speakers=("Blessing",),
    ),
    Case(
        "Aziz, a 38-year-old teacher, said the school “has been closed for a year.”\n\n“The "
        "children have forgotten how to read,” Aziz said.",
        speakers=("Aziz", "Aziz"),
    ),
    Case(
        "Hope, 12, said: “I miss my friends.”",
        speakers=("Hope",),
    ),
    Case(
        "Speaking by phone from the besieged town, a doctor who asked to be identified only as "
        "Dr. Rami said: “We are operating by torchlight.”",
        speakers=("Rami",),
    ),
]

TITLES = [
    Case(
        "Lt. Col. Ivana Petrović, deputy head of mission, said: “The monitors saw the shelling.”",
        speakers=("Ivana Petrović",),
        titles={"Ivana Petrović": "deputy head of mission"},
    ),
    Case(
        "“Our soldiers were attacked first,” said Brig. Gen. Kwesi Appiah.",
        speakers=("Kwesi Appiah",),
        titles={"Kwesi Appiah": "Brigadier General"},
    ),
    Case(
        "Dr. Fatima Benali, medical director of the Nour Hospital, said: “We treated 200 wounded.”",
        speakers=("Fatima Benali",),
        titles={"Fatima Benali": "medical director"},
    ),
    Case(
        "Foreign Minister Ana Duarte Lopes said: “We condemn the attack.”",
        speakers=("Ana Duarte Lopes",),
        titles={"Ana Duarte Lopes": "Foreign Minister"},
    ),
    Case(
        "The country's foreign minister, Yaw Boateng, said: “We want calm.”",
        speakers=("Yaw Boateng",),
        titles={"Yaw Boateng": "foreign minister"},
    ),
    Case(
        "Chief of staff Sunita Varma said: “The president is safe.”",
        speakers=("Sunita Varma",),
        titles={"Sunita Varma": "chief of staff"},
    ),
    Case(
        "Editor-in-Chief Olga Mirzoyan said: “We will keep publishing.”",
        speakers=("Olga Mirzoyan",),
        titles={"Olga Mirzoyan": "Editor-in-Chief"},
    ),
    Case(
        "Vice-President Teodoro Alvarenga said: “The talks were productive.”",
        speakers=("Teodoro Alvarenga",),
        titles={"Teodoro Alvarenga": "Vice-President"},
    ),
    Case(
        "“Sanctions are long overdue,” said Senator Maria Kowalski of Ohio.",
        speakers=("Maria Kowalski",),
        titles={"Maria Kowalski": "Senator"},
        not_organisations=("Ohio",),
    ),
    Case(
        "“The camps are full,” said Andrés Quispe of the Andean Rights Network.",
        speakers=("Andrés Quispe",),
        affiliations={"Andrés Quispe": "Andean Rights Network"},
        organisations=("Andean Rights Network",),
    ),
    Case(
        "Broadcaster Nkechi Obi said: “Journalists are being hunted.”",
        speakers=("Nkechi Obi",),
        titles={"Nkechi Obi": "broadcaster"},
    ),
    Case(
        "Lawyer Hamid Rezaei said: “My client was tortured.”",
        speakers=("Hamid Rezaei",),
        titles={"Hamid Rezaei": "lawyer"},
    ),
    Case(
        "“We saw the bodies,” said Liang Qiu of The Meridian Herald.",
        speakers=("Liang Qiu",),
        organisations=("The Meridian Herald",),
    ),
    Case(
        "Deputy Foreign Minister Aigerim Bekova said: “Our embassy remains open.”",
        speakers=("Aigerim Bekova",),
        titles={"Aigerim Bekova": "Deputy Foreign Minister"},
    ),
    Case(
        "Foreign Ministry spokesperson Ji-woo Park said: “We call for restraint.”",
        speakers=("Ji-woo Park",),
        titles={"Ji-woo Park": "spokesperson"},
        organisations=("Foreign Ministry",),
    ),
    Case(
        "Health Minister Dr. Chinedu Eze said: “Cholera is spreading.”",
        speakers=("Chinedu Eze",),
        titles={"Chinedu Eze": "Health Minister"},
    ),
    Case(
        "The minister of state for refugees, Ruth Achieng, said: “We cannot take more.”",
        speakers=("Ruth Achieng",),
        titles={"Ruth Achieng": "minister of state"},
    ),
    Case(
        "The Secretary-General of the Coastal States Forum, Yusuf Demir, said: “Dialogue is the "
        "only way.”",
        speakers=("Yusuf Demir",),
        titles={"Yusuf Demir": "Secretary-General"},
        organisations=("Coastal States Forum",),
    ),
    Case(
        "Human rights lawyer Sana Qureshi said: “The trial was a sham.”",
        speakers=("Sana Qureshi",),
        titles={"Sana Qureshi": "lawyer"},
    ),
    Case(
        "Inspector-General of Police Musa Lawal said: “Twelve suspects are in custody.”",
        speakers=("Musa Lawal",),
        titles={"Musa Lawal": "Inspector-General"},
    ),
    Case(
        "The former prime minister, Aleksandra Nowicka, said: “This is a dark day.”",
        speakers=("Aleksandra Nowicka",),
        titles={"Aleksandra Nowicka": "former prime minister"},
    ),
    Case(
        "“The talks will go on,” said Foreign Minister Kenji Watanabe of Japan.",
        speakers=("Kenji Watanabe",),
        titles={"Kenji Watanabe": "Foreign Minister"},
        not_organisations=("Japan",),
    ),
    Case(
        "“We were shot at,” Amira Haddad told Radio Sahel Libre.",
        speakers=("Amira Haddad",),
        organisations=("Radio Sahel Libre",),
    ),
    Case(
        "“We operate in tents,” said Dr. Rahul Menon, a surgeon with Médecins Sans Frontières "
        "(MSF).",
        speakers=("Rahul Menon",),
        titles={"Rahul Menon": "surgeon"},
        affiliations={"Rahul Menon": "MSF"},
        same_body=("Médecins Sans Frontières", "MSF"),
    ),
    Case(
        "Ambassador Pavel Dragan, the permanent representative of Lestavia to the UN, said: “We "
        "reject the report.”",
        speakers=("Pavel Dragan",),
        titles={"Pavel Dragan": "representative"},
        not_organisations=("Lestavia",),
    ),
    Case(
        "“There is no military solution,” said Ngozi Okonjo-Bello, the bloc's chief of staff.",
        speakers=("Ngozi Okonjo-Bello",),
        titles={"Ngozi Okonjo-Bello": "chief of staff"},
    ),
]

ORGANISATIONS = [
    Case(
        "The aid group Mercy Bridge said in a statement: “Our warehouse was looted.”",
        speakers=("Mercy Bridge",),
        organisations=("Mercy Bridge",),
    ),
    Case(
        "Save the Children said: “Schools must never be targets.”",
        speakers=("Save the Children",),
        organisations=("Save the Children",),
    ),
    Case(
        "Tehreek-e-Naujawan, a banned militant group, said it carried out the attack.",
        organisations=("Tehreek-e-Naujawan",),
    ),
    Case(
        "Fighters from Liwa al-Sahil al-Gharbi took the port, residents said.",
        organisations=("Liwa al-Sahil al-Gharbi",),
    ),
    Case(
        "Orvanta Mining Ltd said the mine would stay closed. Its chief executive, Pieter "
        "Koekemoer, said: “Our workers come first.”",
        speakers=("Pieter Koekemoer",),
        titles={"Pieter Koekemoer": "chief executive"},
        organisations=("Orvanta Mining Ltd",),
    ),
    Case(
        "The Meridian Herald reported that at least 20 people died.",
        organisations=("The Meridian Herald",),
    ),
    Case(
        "The 2291 Sanctions Committee will meet on Monday, diplomats said.",
        organisations=("2291 Sanctions Committee",),
    ),
    Case(
        "The Kalvarian Red Crescent Society (KRCS) sent 12 ambulances.\n\n“Our volunteers are "
        "working around the clock,” KRCS said.",
        speakers=(("Kalvarian Red Crescent Society", "KRCS"),),
        same_body=("Kalvarian Red Crescent Society", "KRCS"),
    ),
    Case(
        "The UN refugee agency (UNHCR) opened a new camp near the border.",
        same_body=("UN refugee agency", "UNHCR"),
        not_organisations=("UN refugee",),
    ),
    Case(
        "NAIROBI – Aid workers said on Monday that the road to Orbek had reopened.",
        not_organisations=("NAIROBI", "Orbek"),
    ),
    Case(
        "By HALIMA OSEI-BONSU\n\nAid workers said on Monday that the road had reopened.",
        not_organisations=("HALIMA OSEI-BONSU",),
    ),
    Case(
        "The Office of the UN High Commissioner for Refugees said the camps were full.",
        not_organisations=("High Commissioner for Refugees", "High Commissioner"),
    ),
    Case(
        "Both sides signed the Geneva Conventions and the Rome Statute, and Norway offered to "
        "mediate.",
        not_organisations=("Geneva Conventions", "Rome Statute", "Norway"),
    ),
    Case(
        "The International Criminal Court opened an inquiry into the killings.",
        organisations=("International Criminal Court",),
    ),
    Case(
        "Médecins Sans Frontières (MSF) said: “Our clinic was hit twice.”",
        speakers=(("Médecins Sans Frontières", "MSF"),),
        same_body=("Médecins Sans Frontières", "MSF"),
    ),
    Case(
        "The Ministry of Health in Qaraz said 61 people had died.",
        organisations=("Ministry of Health",),
        not_organisations=("Qaraz",),
    ),
    Case(
        "Human Rights Watch (HRW) said in a report: “The evidence points to war crimes.”",
        speakers=(("Human Rights Watch", "HRW"),),
        same_body=("Human Rights Watch", "HRW"),
    ),
    Case(
        "The African Union Commission called for a ceasefire.",
        organisations=("African Union Commission",),
        not_organisations=("Union Commission",),
    ),
    Case(
        "The Supreme Court of Lestavia ruled the vote invalid.",
        organisations=("Supreme Court of Lestavia",),
        not_organisations=("Lestavia",),
    ),
    Case(
        "The Ministry of Interior said 14 people were arrested.\n\n“Order has been restored,” "
        "the ministry said.",
        speakers=("Ministry of Interior",),
        organisations=("Ministry of Interior",),
    ),
    Case(
        "State news agency KNA said: “The president met the envoy.”",
        speakers=("KNA",),
        organisations=("KNA",),
    ),
    Case(
        "The Norwegian Refugee Council (NRC) said in a statement that “aid has been weaponised.”",
        speakers=(("Norwegian Refugee Council", "NRC"),),
        same_body=("Norwegian Refugee Council", "NRC"),
        not_organisations=("Norwegian",),
    ),
    Case(
        "QARAZ, Dastavia (AP) – Shelling resumed on Monday, residents said.",
        not_organisations=("QARAZ", "Dastavia"),
    ),
    Case(
        "Amnesty International called the verdict “a travesty of justice.”",
        speakers=("Amnesty International",),
        organisations=("Amnesty International",),
    ),
    Case(
        "The Paris Agreement and the Arms Trade Treaty came up at the summit, and France and "
        "Ghana signed a pact.",
        not_organisations=("Paris Agreement", "Arms Trade Treaty", "France", "Ghana"),
    ),
    Case(
        "Volkov Freight and Kessler & Okoro LLP were fined by the regulator.",
        organisations=("Kessler & Okoro LLP",),
    ),
]

BLIND = [
    # UN release styles
    Case(
        "“We need safe access now,” said WHO Regional Director Dr Marguerite Ndiaye-Fall.",
        speakers=("Marguerite Ndiaye-Fall",),
        titles={"Marguerite Ndiaye-Fall": "Regional Director"},
        affiliations={"Marguerite Ndiaye-Fall": "WHO"},
    ),
    Case(
        "The UN Special Rapporteur on the rights of internally displaced persons, Bogdan "
        "Iliescu, said: “Camps are not a solution.”\n\n“People must be able to go home,” the "
        "Special Rapporteur said.",
        speakers=("Bogdan Iliescu", "Bogdan Iliescu"),
        titles={"Bogdan Iliescu": "Special Rapporteur"},
    ),
    Case(
        "UNHCR spokesperson Amadou Diallo told reporters in Geneva: “The numbers are "
        "unprecedented.”",
        speakers=("Amadou Diallo",),
        titles={"Amadou Diallo": "spokesperson"},
        affiliations={"Amadou Diallo": "UNHCR"},
        not_organisations=("Geneva",),
    ),
    Case(
        "According to the UN Population Fund (UNFPA), “some 4,000 women will give birth this "
        "month” in the camps.",
        speakers=(("UN Population Fund", "UNFPA"),),
        same_body=("UN Population Fund", "UNFPA"),
    ),
    Case(
        "UNICEF's representative in Marovia, Camila Restrepo, said: “Every school here has been "
        "damaged.”",
        speakers=("Camila Restrepo",),
        titles={"Camila Restrepo": "representative"},
        affiliations={"Camila Restrepo": "UNICEF"},
    ),
    Case(
        "The World Health Organization (WHO) reported 300 new cases.\n\n“The outbreak is "
        "accelerating,” the agency said.",
        speakers=(("World Health Organization", "WHO"),),
    ),
    # military and armed groups
    Case(
        "Army spokesman Lt. Col. Ahmed Shaukat said: “The operation will continue.”",
        speakers=("Ahmed Shaukat",),
        titles={"Ahmed Shaukat": "spokesman"},
    ),
    Case(
        "Ansar al-Mizan said on its channel: “We hold the crossing.”",
        speakers=("Ansar al-Mizan",),
        organisations=("Ansar al-Mizan",),
    ),
    Case(
        "The Northern Command said in a statement: “Three soldiers were wounded.”",
        speakers=("Northern Command",),
        organisations=("Northern Command",),
    ),
    Case(
        "“The raid killed 19 militants,” said Maj. Gen. Halvard Berg, the commander of the "
        "task force.",
        speakers=("Halvard Berg",),
        titles={"Halvard Berg": "commander"},
    ),
    Case(
        "Jaish-e-Rahman, an outlawed group, claimed the bombing.\n\n“More will follow,” the "
        "group said.",
        speakers=("Jaish-e-Rahman",),
        organisations=("Jaish-e-Rahman",),
    ),
    Case(
        "The Sarmak Observatory for Human Rights, a monitoring group, said: “The toll is 54.”",
        speakers=("Sarmak Observatory for Human Rights",),
    ),
    # witnesses
    Case(
        "Rahima, 11, said: “The bombs fell on our school.”",
        speakers=("Rahima",),
    ),
    Case(
        "“They burned our fields,” said Abu Hamza, a grandfather of nine.",
        speakers=("Abu Hamza",),
    ),
    Case(
        "A man who gave only his first name, Dawit, said: “My shop is gone.”",
        speakers=("Dawit",),
    ),
    Case(
        "Sara (not her real name), 24, said: “I was held for six weeks.”",
        speakers=("Sara",),
    ),
    Case(
        "“There is no bread,” said Ionela, a mother of two sheltering in a school.",
        speakers=("Ionela",),
    ),
    Case(
        "Precious, 15, said: “I want to go home.”",
        speakers=("Precious",),
    ),
    # titles
    Case(
        "Lt. Gen. Sipho Dlamini, the force commander, said: “We are stretched thin.”",
        speakers=("Sipho Dlamini",),
        titles={"Sipho Dlamini": "commander"},
    ),
    Case(
        "Interior Minister Dr. Leila Farahani said: “The curfew will be lifted.”",
        speakers=("Leila Farahani",),
        titles={"Leila Farahani": "Interior Minister"},
    ),
    Case(
        "The country's defence minister, Arturo Benítez, said: “We are ready.”",
        speakers=("Arturo Benítez",),
        titles={"Arturo Benítez": "defence minister"},
    ),
    Case(
        "Deputy chief of staff Hana Novák said: “The plan is on track.”",
        speakers=("Hana Novák",),
        titles={"Hana Novák": "chief of staff"},
    ),
    Case(
        "“The evidence is clear,” said Prosecutor Ama Owusu of Ghana.",
        speakers=("Ama Owusu",),
        titles={"Ama Owusu": "Prosecutor"},
        not_organisations=("Ghana",),
    ),
    Case(
        "Journalist Farid Nazari said: “We are watched every day.”",
        speakers=("Farid Nazari",),
        titles={"Farid Nazari": "journalist"},
    ),
    # organisations
    Case(
        "The charity Open Hands said: “Our staff are safe.”",
        speakers=("Open Hands",),
        organisations=("Open Hands",),
    ),
    Case(
        "The Lestavian Civil Defence (LCD) pulled 30 people from the rubble.\n\n“We dig with "
        "our hands,” LCD said.",
        speakers=(("Lestavian Civil Defence", "LCD"),),
        same_body=("Lestavian Civil Defence", "LCD"),
    ),
    Case(
        "KIGALI – The talks opened on Monday, officials said.",
        not_organisations=("KIGALI",),
    ),
    Case(
        "Both parties invoked the Chemical Weapons Convention, and Chile abstained.",
        not_organisations=("Chemical Weapons Convention", "Chile"),
    ),
    Case(
        "Brennhaug Shipping AS said two of its tankers were seized.",
        organisations=("Brennhaug Shipping AS",),
    ),
    Case(
        "The Committee of 24 adopted the text on Friday.",
        organisations=("Committee of 24",),
    ),
    Case(
        "The Global Alliance for Civilian Protection (GACP) said its director, Oleksandr "
        "Hrytsenko, would travel to the front.",
        same_body=("Global Alliance for Civilian Protection", "GACP"),
        not_organisations=("Oleksandr Hrytsenko",),
    ),
]

FOLLOW_UPS = [
    # written with the rules, after the battery's first run: other forms of a class it failed
    Case(
        "The deputy head of mission, Ivana Petrović, said: “The monitors saw the shelling.”",
        speakers=("Ivana Petrović",),
        titles={"Ivana Petrović": "deputy head of mission"},
    ),
    Case(
        "The bloc's chief of staff, Ngozi Okonjo-Bello, said: “There is no military solution.”",
        speakers=("Ngozi Okonjo-Bello",),
        titles={"Ngozi Okonjo-Bello": "chief of staff"},
    ),
    Case(
        "“Twelve suspects are in custody,” said Commissioner of Police Ngozi Adeyemi.",
        speakers=("Ngozi Adeyemi",),
        titles={"Ngozi Adeyemi": "Commissioner of Police"},
        not_organisations=("Commissioner of Police", "Police Ngozi Adeyemi"),
    ),
    Case(
        "Blessing, 16, lost her home in the raid. “They came at night,” she said.",
        speakers=("Blessing",),
    ),
    Case(
        "A woman, who gave her name as Halima, said: “The smugglers took all our money.”",
        speakers=("Halima",),
    ),
    Case(
        "Marrow & Finch Ltd was fined, and the 1977 Arms Embargo Committee met.",
        organisations=("Marrow & Finch Ltd", "1977 Arms Embargo Committee"),
        not_organisations=("Finch Ltd", "Arms Embargo Committee"),
    ),
    Case(
        "The army's spokesman, Col. Ilya Petrenko, said: “No civilians were hit.”",
        speakers=("Ilya Petrenko",),
        titles={"Ilya Petrenko": "spokesman"},
    ),
    Case(
        "UN Women Executive Director Thandiwe Mokoena said: “Women pay the highest price.”",
        speakers=("Thandiwe Mokoena",),
        titles={"Thandiwe Mokoena": "Executive Director"},
        organisations=("UN Women",),
        not_organisations=("United Nations",),
    ),
    Case(
        "Jamaat Ansar al-Fajr said it had attacked the base, which Katiba Saif al-Haqq denied.",
        organisations=("Jamaat Ansar al-Fajr", "Katiba Saif al-Haqq"),
    ),
    Case(
        "The Lower Valley Security Forces repelled an attack. “We killed 12 fighters,” said LVSF "
        "spokesman Abdi Warsame.",
        speakers=("Abdi Warsame",),
        same_body=("Lower Valley Security Forces", "LVSF"),
    ),
    Case(
        "The Northern Alliance for Democracy and the Kalvan People's Party signed the accord.",
        organisations=("Northern Alliance for Democracy", "Kalvan People's Party"),
    ),
    Case(
        "The Orvan Relief Agency's country director, Oumar Sissoko, said: “Stocks are gone.”",
        speakers=("Oumar Sissoko",),
        titles={"Oumar Sissoko": "country director"},
        affiliations={"Oumar Sissoko": "Orvan Relief Agency"},
    ),
    Case(
        "The journalist was detained, the Network to Defend Reporters (NDR) said.",
        same_body=("Network to Defend Reporters", "NDR"),
        not_organisations=("Defend Reporters",),
    ),
    Case(
        "“We will rebuild,” said OLENA KOVALCHUK, the mayor.",
        speakers=("Olena Kovalchuk",),
        titles={"Olena Kovalchuk": "mayor"},
        not_organisations=("OLENA KOVALCHUK",),
    ),
    Case(
        "The Director-General of the Orvan Migration Office, Halvard Moen, spoke on Monday. "
        "The DG said routes were closing.",
        organisations=("Orvan Migration Office",),
        not_organisations=("DG",),
    ),
    Case(
        "Grandmother Halima, 70, said: “I have seen three wars.” A widow said: “Nobody helps.”",
        speakers=("Halima", None),
    ),
    Case(
        "Volunteers from Harbour International arrived, and Mercy International sent doctors.",
        organisations=("Harbour International", "Mercy International"),
    ),
    Case(
        "The Kalvan army said it had retaken the ridge.",
        not_organisations=("Kalvan",),
    ),
    Case(
        "“The needs are immense,” said Mirela Popescu, IOM Chief of Mission in Orbek.",
        speakers=("Mirela Popescu",),
        titles={"Mirela Popescu": "Chief of Mission"},
        affiliations={"Mirela Popescu": "IOM"},
        not_organisations=("Mission",),
    ),
    Case(
        "“The needs are immense,” said Ivo Marić, Orvan Refugee Council Country Director.",
        speakers=("Ivo Marić",),
        titles={"Ivo Marić": "Country Director"},
    ),
    Case(
        "The local charity, Bread for All, said: “We fed 5,000 people.”",
        speakers=("Bread for All",),
        organisations=("Bread for All",),
    ),
    Case(
        "The Committee of 19 met, and the Group of 41 objected.",
        organisations=("Committee of 19", "Group of 41"),
    ),
]

TABLES = {
    "un": UN_RELEASES,
    "military": MILITARY,
    "witness": WITNESSES,
    "title": TITLES,
    "organisation": ORGANISATIONS,
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=f"{kind}-{i}")
        for kind, table in TABLES.items()
        for i, case in enumerate(table)
    ],
)
def test_release_construction(case):
    check(case)


@pytest.mark.parametrize("case", BLIND, ids=[f"blind-{i}" for i in range(len(BLIND))])
def test_release_construction_blind(case):
    check(case)


@pytest.mark.parametrize(
    "case", [pytest.param(case, id=f"follow-up-{i}") for i, case in enumerate(FOLLOW_UPS)]
)
def test_release_construction_follow_up(case):
    check(case)

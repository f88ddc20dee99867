"""Attribution must not hang on whose names the engine has seen: every person who speaks in the
dev articles renamed, with names of other origins (of the same sex), gives the same speakers,
renamed."""

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction import extract
from articles.extraction import lexicon as lx
from articles.extraction.evidence import first_name_gender

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"

FIRST_NAMES = {  # women's names, then men's
    "Slavic": ("Bogdana Radoslava Ljubica Milena", "Zdravko Miroslav Svetomir Wiesław"),
    "West African": ("Adaeze Folasade Abimbola Ngozi", "Chukwuemeka Kwabena Oluwaseun Yaw"),
    "South Asian": ("Tejaswini Lakshmi Priyanka Anjali", "Venkatesh Anirudh Suryakant Sunil"),
    "Chinese": ("Meiling Huiling Jiahui Xiaoling", "Zhiwei Jianguo Guowei Liang"),
    "Spanish": ("Ximena Itzel Inmaculada Milagros", "Joaquín Rodrigo Bartolomé Cayetano"),
}
SURNAMES = {
    "Slavic": "Wiśniewski Dragomirov Kowalczyk Petrović Obradović",
    "West African": "Okonkwo Adebayo Mensah Boateng Nwachukwu Oyelaran Ekwueme",
    "South Asian": "Raghunathan Chatterjee Deshpande Bhattacharya Ramaswamy",
    "Chinese": "Zhou Guo Tang Xu Lin",
    "Spanish": "Etxeberria Quintanilla Echeverría Lozano Arrieta Urrutia Zubiri",
}
WOMEN = sorted({n for women, _ in FIRST_NAMES.values() for n in women.split()})
MEN = sorted({n for _, men in FIRST_NAMES.values() for n in men.split()})
FIRST = WOMEN + MEN
LAST = sorted({n for names in SURNAMES.values() for n in names.split()})


def test_the_new_names_are_in_no_word_list_of_the_lexicon():
    known = set()
    for value in vars(lx).values():
        if isinstance(value, frozenset | dict):
            known |= {str(word).casefold() for word in value}
    assert not {n.casefold() for n in FIRST + LAST} & known


def people_speaking(gold: dict) -> list[str]:
    bodies = {o["name"] for o in gold["organisations_required"]}
    bodies |= {o.get("acronym") for o in gold["organisations_required"]}
    return [s["name"] for s in gold["speakers"] if s["name"] not in bodies]


def strip_accents(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c))


def articles() -> list[tuple[str, list[str]]]:
    if not DEV_SET.exists():
        pytest.skip(f"{DEV_SET} is not there")
    found = []
    for path in sorted(DEV_SET.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        found.append((path.read_text(encoding="utf-8"), people_speaking(gold)))
    return found


def renaming(people: list[str], draw) -> dict[str, str]:
    """Each capitalised word of each name (and its spelling without accents) to a new word:
    surnames to surnames, the other words to first names of the same sex where the first name
    shows one ("she" must still mean her), never two words to one."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for name in people:
        words = [w.split("-")[-1] for w in name.split() if w[:1].isupper() or "-" in w]
        sex = first_name_gender(words[0]) if len(words) > 1 else ""
        given = {"f": WOMEN, "m": MEN}.get(sex, FIRST)
        for position, word in enumerate(words):
            if word in mapping:
                continue
            pool = LAST if position == len(words) - 1 else given
            new = draw(st.sampled_from([n for n in pool if n not in used]))
            used.add(new)
            mapping[word] = mapping[strip_accents(word)] = new
    return mapping


def rename(text: str | None, mapping: dict[str, str]) -> str | None:
    if text is None:
        return None
    pattern = (
        r"\b(" + "|".join(re.escape(w) for w in sorted(mapping, key=len, reverse=True)) + r")\b"
    )
    return re.sub(pattern, lambda m: mapping[m[1]], text)


@pytest.fixture(scope="module")
def dev_articles():
    return [(text, people, extract(text)) for text, people in articles()]


@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_renaming_every_person_leaves_the_attribution_unchanged(dev_articles, data):
    for text, people, before in dev_articles:
        mapping = renaming(people, data.draw)
        after = extract(rename(text, mapping))
        assert [rename(q.speaker, mapping) for q in before.quotes] == [
            q.speaker for q in after.quotes
        ], mapping

"""A copy of an annotated set with every person who speaks renamed, to score the engine on names
it has never seen (issue 9: the hidden sets are also scored renamed).

    .venv/bin/python -m bench.renamed SOURCE TARGET [--seed 1] [--pool wide]
    .venv/bin/python ../shared/eval/score.py TARGET

Each capitalised word of a speaking person's name, with and without accents, becomes a name of
another origin, in the text and in the gold file alike. The default pool is small and fixed; the
wide one draws from gender-guesser's first names of every country and surnames of many shapes,
so that a score is not tuned to the small one.
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from gender_guesser.detector import Detector
from nameparser.config import CONSTANTS as NAME_CONSTANTS

from articles.extraction.evidence import first_name_gender

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

WORD_SURNAMES = "Lin Long Bell Young Said Hope King Rice Page Strong Love Little Wood May Price"
"""Surnames that are English words or first names elsewhere."""
PARTICLES = ("al-", "el-", "van der ", "de la ", "Ould ", "bin ", "dos ", "von ")
"""Particles a surname may start with: "al-Nasser", "van der Berg", "Ould Daddah"."""


class Pool(NamedTuple):
    women: list[str]
    men: list[str]
    either: list[str]
    """First names that show no sex, for a first name that shows none: a reader cannot tell
    whether "she" means her, and neither can the engine."""
    last: list[str]


@cache
def small_pool() -> Pool:
    return Pool(WOMEN, MEN, [n for n in FIRST if not first_name_gender(n)], LAST)


@cache
def wide_pool() -> Pool:
    """gender-guesser's first names of one sex (tens of thousands, of every country) beside the
    small pool's; as surnames, those names too, English words, double-barrelled and particle
    forms, all drawn in a fixed order so that a seed gives the same copy."""
    small = small_pool()
    sexes = {"f": set(small.women), "m": set(small.men), "": set(small.either)}
    for name, genders in Detector(case_sensitive=False).names.items():
        if len(genders) == 1 and name.replace("-", "").isalpha() and len(name) > 2:
            sex = {"female": "f", "male": "m", "andy": ""}.get(next(iter(genders)))
            if sex is not None:
                sexes[sex].add("-".join(part.capitalize() for part in name.split("-")))
    women, men = sorted(sexes["f"]), sorted(sexes["m"])
    plain = sorted(set(LAST) | set(WORD_SURNAMES.split()) | set(women[::50]) | set(men[::50]))
    # Each shaped surname from names of its own, so that "Zahir" and "bin Zahir" are not two
    # people's surnames in one copy.
    shaped = [f"{a}-{b}" for a, b in zip(women[10::100], men[20::100], strict=False)]
    shaped += [p + n for p, n in zip(PARTICLES * len(men), men[30::50], strict=False)]
    return Pool(women, men, sorted(sexes[""]), plain + shaped)


POOLS = {"small": small_pool, "wide": wide_pool}


def people_speaking(gold: dict) -> list[str]:
    """The speakers that are people: organisations, and bodies named by a common noun
    ("government of Samoa"), keep their names."""
    bodies = {o["name"] for o in gold["organisations_required"]}
    bodies |= {o.get("acronym") for o in gold["organisations_required"]}
    return [
        s["name"] for s in gold["speakers"] if s["name"] not in bodies and s["name"][:1].isupper()
    ]


def strip_accents(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c))


def name_words(name: str) -> list[str]:
    """The words of a name to rename: a title in front ("Pope", "Judge") stays."""
    words = [w.split("-")[-1] for w in name.split() if w[:1].isupper() or "-" in w]
    while len(words) > 1 and words[0].casefold().rstrip(".") in NAME_CONSTANTS.titles:
        words.pop(0)
    return words


def renaming(
    people: list[str], choose: Callable[[Sequence[str]], str], pool: Pool | None = None
) -> dict[str, str]:
    """Each capitalised word of each name (and its spelling without accents) to a new word: the
    first of several to a first name of the same sex, or of none where it shows none ("she" must
    still mean her), the others to surnames ("Rosselló Nevares" is two), never two words to one."""
    pool = pool or small_pool()
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for name in people:
        words = name_words(name)
        sex = first_name_gender(words[0]) if len(words) > 1 else ""
        given = {"f": pool.women, "m": pool.men}.get(sex, pool.either)
        for position, word in enumerate(words):
            if word in mapping:
                continue
            names = given if position == 0 and len(words) > 1 else pool.last
            if f"-{word}" in name:  # "al-Assad" keeps its "al-": the new word is one plain word
                names = [n for n in names if n.isalpha()]
            new = choose([n for n in names if n not in used])
            used.add(new)
            mapping[word] = mapping[strip_accents(word)] = new
    return mapping


def rename(text: str | None, mapping: dict[str, str]) -> str | None:
    if text is None or not mapping:
        return text
    words = sorted(mapping, key=len, reverse=True)
    pattern = r"\b(" + "|".join(re.escape(w) for w in words) + r")\b"
    return re.sub(pattern, lambda m: mapping[m[1]], text)


def renamed_gold(gold: dict, mapping: dict[str, str]) -> dict:
    """The gold file with the same renaming in every string it holds."""
    if isinstance(gold, dict):
        return {key: renamed_gold(value, mapping) for key, value in gold.items()}
    if isinstance(gold, list):
        return [renamed_gold(value, mapping) for value in gold]
    if isinstance(gold, str):
        return rename(gold, mapping)
    return gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pool", choices=POOLS, default="small")
    args = parser.parse_args()
    chooser = random.Random(args.seed)
    gold_files = sorted(args.source.glob("*.gold.json"))
    if not gold_files:
        sys.stderr.write(f"no annotated articles (*.gold.json) in {args.source}\n")
        return 2
    args.target.mkdir(parents=True, exist_ok=True)
    for gold_path in gold_files:
        path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        mapping = renaming(people_speaking(gold), chooser.choice, POOLS[args.pool]())
        text = rename(path.read_text(encoding="utf-8"), mapping)
        (args.target / path.name).write_text(text, encoding="utf-8")
        renamed = json.dumps(renamed_gold(gold, mapping), ensure_ascii=False, indent=1)
        (args.target / gold_path.name).write_text(renamed + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(gold_files)} articles renamed into {args.target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

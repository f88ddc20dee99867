"""A copy of an annotated set with every person who speaks renamed, to score the engine on names
it has never seen (issue 9: the hidden sets are also scored renamed).

    .venv/bin/python -m bench.renamed SOURCE TARGET [--seed 1]
    .venv/bin/python ../shared/eval/score.py TARGET

Each capitalised word of a speaking person's name, with and without accents, becomes a name of
another origin, in the text and in the gold file alike.
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

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


def people_speaking(gold: dict) -> list[str]:
    """The speakers that are people: organisations keep their names."""
    bodies = {o["name"] for o in gold["organisations_required"]}
    bodies |= {o.get("acronym") for o in gold["organisations_required"]}
    return [s["name"] for s in gold["speakers"] if s["name"] not in bodies]


def strip_accents(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c))


def renaming(people: list[str], choose: Callable[[Sequence[str]], str]) -> dict[str, str]:
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
            new = choose([n for n in pool if n not in used])
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
        mapping = renaming(people_speaking(gold), chooser.choice)
        text = rename(path.read_text(encoding="utf-8"), mapping)
        (args.target / path.name).write_text(text, encoding="utf-8")
        renamed = json.dumps(renamed_gold(gold, mapping), ensure_ascii=False, indent=1)
        (args.target / gold_path.name).write_text(renamed + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(gold_files)} articles renamed into {args.target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

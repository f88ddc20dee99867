"""Untranslated titles and bodies' heads ("Monseñor", "Institut") come from cognates.json, found
once over wordfreq's French, Spanish, Portuguese, Italian and German lists: extracting never
loads those lists, which took 18 MB in each of the importer's two processes."""

import json
import subprocess
import sys

from articles.extraction import cognates
from tests.conftest import PROJECT_DIR


def test_the_shipped_cognates_are_what_wordfreq_and_the_lexicon_give_today():
    shipped = json.loads(cognates.SHIPPED.read_text(encoding="utf-8"))
    assert shipped == cognates.from_wordfreq(), "stale: python -m articles.extraction.cognates"


EXTRACT_AND_COUNT_WORD_LISTS = """
import wordfreq
from articles.extraction import extract
article = extract(
    "Headline\\n\\nMonseñor Kwame Mensah of the Institut Wolof de Recherche said: “We pray.” "
    "Presidente Luiz Ferreira said: “We wait.”"
)
print(sorted(s.title for s in article.speakers), len(article.organisations))
print(wordfreq.get_frequency_dict.cache_info().currsize)
"""


def test_extracting_foreign_titles_and_bodies_loads_only_the_english_word_list():
    result = subprocess.run(
        [sys.executable, "-c", EXTRACT_AND_COUNT_WORD_LISTS],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    found, word_lists = result.stdout.split("\n")[:2]
    assert found == "['Monseñor', 'Presidente'] 1"
    assert word_lists == "1"

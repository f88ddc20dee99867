"""A body's name left untranslated acts as a subject ("Météo Tarvène warned"): that its words
are common in one foreign language is read from ``common_words.txt``, shipped with the engine,
never from wordfreq's five foreign lists, which took 9 to 18 MB in each extracting process."""

import subprocess
import sys

from articles.extraction import cognates
from tests.conftest import PROJECT_DIR

EXTRACT_AND_COUNT_WORD_LISTS = """
import wordfreq
from articles.extraction import extract
found = extract("Storm\\n\\nOSLO - Météo Côtière warned of storms on Monday.\\n")
print([o.name for o in found.organisations])
print(wordfreq.get_frequency_dict.cache_info().currsize)
"""


def test_an_untranslated_body_that_acts_is_found_with_only_the_english_word_list():
    result = subprocess.run(
        [sys.executable, "-c", EXTRACT_AND_COUNT_WORD_LISTS],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    found, word_lists = result.stdout.split("\n")[:2]
    assert found == "['Météo Côtière']"
    assert word_lists == "1"


def test_words_common_in_one_language_but_not_in_one_same_language_are_not():
    assert cognates.common_in_one_language(["météo", "côtière"])  # French
    assert cognates.common_in_one_language(["protección", "civil"])  # Spanish
    assert not cognates.common_in_one_language(["zarqunève", "tarvo"])
    assert not cognates.common_in_one_language(["météo", "ciudadanos"])  # French, Spanish

"""Untranslated titles and bodies' heads ("Monseñor", "Institut") come from cognates.json, and the
words common in each language ("Météo Côtière") from common_words.txt, both found once over
wordfreq's French, Spanish, Portuguese, Italian and German lists: telling them never loads those
lists, which took 9 to 18 MB in each of the importer's two processes."""

import subprocess
import sys
from io import StringIO

from django.core.management import call_command

from articles.extraction import cognates
from tests.conftest import PROJECT_DIR


def test_make_cognates_writes_again_what_is_shipped(tmp_path, monkeypatch):
    shipped = [cognates.SHIPPED.read_text(encoding="utf-8")]
    shipped += [cognates.SHIPPED_COMMON_WORDS.read_text(encoding="utf-8")]
    monkeypatch.setattr(cognates, "SHIPPED", tmp_path / "cognates.json")
    monkeypatch.setattr(cognates, "SHIPPED_COMMON_WORDS", tmp_path / "common_words.txt")
    out = StringIO()
    call_command("make_cognates", stdout=out)
    assert "Wrote" in out.getvalue()
    written = [cognates.SHIPPED.read_text(encoding="utf-8")]
    written += [cognates.SHIPPED_COMMON_WORDS.read_text(encoding="utf-8")]
    assert written == shipped, "stale: manage.py make_cognates"


def answers_and_word_lists_loaded(script: str) -> tuple[str, str]:
    """What a fresh process prints on its first line, and how many of wordfreq's lists it has
    loaded by then: a test in this process would see lists that other tests loaded."""
    counted = f"import wordfreq\n{script}\nprint(wordfreq.get_frequency_dict.cache_info().currsize)"
    result = subprocess.run(
        [sys.executable, "-c", counted],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    answers, word_lists = result.stdout.split("\n")[:2]
    return answers, word_lists


def test_foreign_titles_and_bodies_heads_are_told_with_only_the_english_word_list():
    answers = answers_and_word_lists_loaded(
        "from articles.extraction import evidence\n"
        "titles = [evidence.is_foreign_title(w) for w in ('Monseñor', 'Presidente', 'Bouchard')]\n"
        "heads = [evidence.is_foreign_organisation_noun(w) for w in ('Institut', 'Fundación', 'Kwame')]\n"
        "print(titles, heads)"
    )
    assert answers == ("[True, True, False] [True, True, False]", "1")


def test_an_untranslated_body_that_acts_is_found_with_only_the_english_word_list():
    """Its words being common in one foreign language is read from ``common_words.txt``."""
    answers = answers_and_word_lists_loaded(
        "from articles.extraction import extract\n"
        "found = extract('Storm\\n\\nOSLO - Météo Côtière warned of storms on Monday.\\n')\n"
        "print([o.name for o in found.organisations])"
    )
    assert answers == ("['Météo Côtière']", "1")


def test_words_common_in_one_language_but_not_in_one_same_language_are_not():
    assert cognates.common_in_one_language(["météo", "côtière"])  # French
    assert cognates.common_in_one_language(["protección", "civil"])  # Spanish
    assert not cognates.common_in_one_language(["zarqunève", "tarvo"])
    assert not cognates.common_in_one_language(["météo", "ciudadanos"])  # French, Spanish

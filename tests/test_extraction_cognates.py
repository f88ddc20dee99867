"""Untranslated titles and bodies' heads ("Monseñor", "Institut") come from cognates.json, found
once over wordfreq's French, Spanish, Portuguese, Italian and German lists: telling them never
loads those lists, which took 18 MB in each of the importer's two processes."""

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


ASK_AND_COUNT_WORD_LISTS = """
import wordfreq
from articles.extraction import evidence
titles = [evidence.is_foreign_title(w) for w in ("Monseñor", "Presidente", "Bouchard")]
heads = [evidence.is_foreign_organisation_noun(w) for w in ("Institut", "Fundación", "Kwame")]
print(titles, heads)
print(wordfreq.get_frequency_dict.cache_info().currsize)
"""


def test_foreign_titles_and_bodies_heads_are_told_with_only_the_english_word_list():
    result = subprocess.run(
        [sys.executable, "-c", ASK_AND_COUNT_WORD_LISTS],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    found, word_lists = result.stdout.split("\n")[:2]
    assert found == "[True, True, False] [True, True, False]"
    assert word_lists == "1"

"""Attribution must not hang on whose names the engine has seen: every person who speaks in the
dev articles renamed, with names of other origins (of the same sex), gives the same speakers,
renamed."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction import extract
from articles.extraction import lexicon as lx
from bench.renamed import FIRST, LAST, people_speaking, rename, renaming

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def test_the_new_names_are_in_no_word_list_of_the_lexicon():
    known = set()
    for value in vars(lx).values():
        if isinstance(value, frozenset | dict):
            known |= {str(word).casefold() for word in value}
    assert not {n.casefold() for n in FIRST + LAST} & known


def articles() -> list[tuple[str, list[str]]]:
    if not DEV_SET.exists():
        pytest.skip(f"{DEV_SET} is not there")
    found = []
    for path in sorted(DEV_SET.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        found.append((path.read_text(encoding="utf-8"), people_speaking(gold)))
    return found


@pytest.fixture(scope="module")
def dev_articles():
    return [(text, people, extract(text)) for text, people in articles()]


@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_renaming_every_person_leaves_the_attribution_unchanged(dev_articles, data):
    for text, people, before in dev_articles:
        mapping = renaming(people, lambda pool: data.draw(st.sampled_from(pool)))
        after = extract(rename(text, mapping))
        assert [rename(q.speaker, mapping) for q in before.quotes] == [
            q.speaker for q in after.quotes
        ], mapping

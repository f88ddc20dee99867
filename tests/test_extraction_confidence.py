"""The calibration of the quotes' confidence (``python -m bench.confidence``), on a made-up
article and gold: each quote judged as score.py judges it, tallied by level and rule, and the
wrong ones the "Needs review" filter would show."""

import json

import pytest

from bench.confidence import SCORER, calibrate, needs_review, scorer, table, verdicts

ARTICLE = """Harbour works

“The pier is closed,” Chidi Okafor said.

Mayor Ivana Petrova called the plan “a quiet ruin.”

Chidi Okafor called the harbour “a lost cause.”

Shops were closed. “The boats are gone.”

Ivana Petrova spoke on. “Nobody asked us,” she said.
"""
GOLD = {
    "quotes": [
        {"text": "The pier is closed", "speaker": ["Amara Diallo"]},
        {"text": "a quiet ruin", "speaker": ["Ivana Petrova"]},
        {"text": "a lost cause", "speaker": ["Chidi Okafor"]},
        {"text": "The boats are gone", "speaker": ["Wang Lihua"]},
    ]
}
"""The first quote's speaker is wrong at high confidence, the fourth has none, the last is not
in the gold."""


@pytest.fixture
def score():
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is not there")
    return scorer()


@pytest.fixture
def calibration(score, tmp_path):
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "harbour.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return calibrate([tmp_path])


def test_each_quote_is_tallied_under_its_level_and_rule(calibration):
    counts = {level: dict(tally.counts) for level, tally in calibration.by_level.items()}
    assert counts["high"] == {"wrong": 1, "wrong reviewed": 0}
    assert counts["medium"] == {"right": 1, "right reviewed": 0, "extra": 1, "extra reviewed": 0}
    assert counts["low"] == {"right": 1, "right reviewed": 1}
    assert counts[""] == {"wrong": 1, "wrong reviewed": 1}
    assert calibration.by_rule["medium", "pronoun"].counts["extra"] == 1
    assert calibration.by_level["medium"].precision == 1.0
    assert calibration.by_level["high"].precision == 0.0


def test_the_table_says_how_many_wrong_speakers_review_catches(calibration):
    assert (
        "wrong speakers caught by review: 1/2; with quotes not in the gold: 1/3; "
        "quotes sent to review: 2/5"
    ) in table(calibration)


def test_a_quote_matching_an_optional_gold_quote_counts_neither_way(score):
    gold = {"quotes": [{"text": "the long pier", "speaker": "Chidi Okafor", "optional": True}]}
    pred = {"quotes": [{"text": "the long pier", "speaker": None}, {"text": "we stay"}]}
    assert verdicts(gold, pred, score) == [None, "extra"]


@pytest.mark.parametrize(
    ("speaker", "is_organisation", "confidence", "review"),
    [
        ("Ivana Petrova", False, "high", False),
        ("Ivana Petrova", False, "low", True),
        ("Okafor", False, "medium", True),  # one word: looks like no name
        ("Interpol", True, "medium", False),
        (None, None, "", True),
    ],
)
def test_review_is_the_admin_filters_reading(speaker, is_organisation, confidence, review):
    speakers = {speaker: {"name": speaker, "is_organisation": is_organisation}} if speaker else {}
    quote = {"speaker": speaker, "confidence": confidence}
    assert needs_review(quote, speakers) is review

"""The engine against the hand-annotated dev set, through ../shared/eval/score.py and the extract
command, under the floors the project promises."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
SCORER = PROJECT_DIR.parent / "shared" / "eval" / "score.py"

EVAL_SET = PROJECT_DIR / "tests" / "eval"
FLOORS = {"attribution": 0.95, "quotes": 0.97, "orgs_recall": 0.90, "orgs_precision": 0.85}
EVAL_FLOORS = {"attribution": 0.95, "quotes": 0.97, "orgs_recall": 0.85, "orgs_precision": 0.90}
"""tests/eval/ holds real articles annotated before the engine saw them (see its README);
its floors sit a little under the figures reached, so a rule that helps one article but
hurts others shows."""


def score(*folder: str) -> dict[str, float]:
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is not there")
    command = [
        sys.executable,
        str(SCORER),
        *folder,
        "--cmd",
        f"{sys.executable} manage.py extract --format jsonl",
    ]
    env = os.environ | {"DEBUG": os.environ.get("DEBUG", "1")}
    run = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    quotes = re.search(
        r"quotes P \S+ R \S+ F1 (\S+); organisations R (\S+) P (\S+); titles (\d+)/(\d+)",
        run.stdout,
    )
    attribution = re.search(r"attribution F1 (\S+)", run.stdout)
    assert quotes and attribution, run.stdout
    return {
        "quotes": float(quotes[1]),
        "orgs_recall": float(quotes[2]),
        "orgs_precision": float(quotes[3]),
        "titles_found": int(quotes[4]),
        "titles": int(quotes[5]),
        "attribution": float(attribution[1]),
    }


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    return score()


@pytest.fixture(scope="module")
def eval_summary() -> dict[str, float]:
    return score(str(EVAL_SET))


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_dev_set_score_is_above_its_floor(summary, measure):
    assert summary[measure] >= FLOORS[measure]


@pytest.mark.parametrize("measure", sorted(EVAL_FLOORS))
def test_real_article_set_score_is_above_its_floor(eval_summary, measure):
    assert eval_summary[measure] >= EVAL_FLOORS[measure]


def test_every_annotated_title_is_found(summary):
    assert summary["titles_found"] == summary["titles"]

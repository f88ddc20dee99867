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
FRESH_SET = EVAL_SET / "fresh"
FRESH2_SET = EVAL_SET / "fresh2"
FRESH3_SET = EVAL_SET / "fresh3"
FRESH4_SET = EVAL_SET / "fresh4"
FRESH5_SET = EVAL_SET / "fresh5"
FRESH6_SET = EVAL_SET / "fresh6"
FRESH7_SET = EVAL_SET / "fresh7"
FRESH8_SET = EVAL_SET / "fresh8"
FRESH9_SET = EVAL_SET / "fresh9"
FRESH10_SET = EVAL_SET / "fresh10"
WIKINEWS_SET = SCORER.parent / "wikinews"
BLIND_FOLD = PROJECT_DIR / "tests" / "eval" / "wikinews_blind.txt"
FLOORS = {"attribution": 0.95, "quotes": 0.97, "orgs_recall": 0.90, "orgs_precision": 0.85}
EVAL_FLOORS = {"attribution": 0.95, "quotes": 0.97, "orgs_recall": 0.85, "orgs_precision": 0.90}
"""tests/eval/ holds real articles annotated before the engine saw them (see its README);
its floors sit a little under the figures reached, so a rule that helps one article but
hurts others shows."""
WIKINEWS_FLOORS = {"attribution": 0.90, "quotes": 0.97, "orgs_recall": 0.91, "orgs_precision": 0.93}
BLIND_FLOORS = {"attribution": 0.78, "quotes": 0.97, "orgs_recall": 0.84, "orgs_precision": 0.90}
"""The 24 Wikinews articles, 16 of them developed on (0.936 reached); and their blind third
alone (tests/eval/wikinews_blind.txt), which no rule was written against (0.820 reached, under
the 0.85 issue 9 asks for: the floor guards against falling further, not the target)."""
FRESH_FLOORS = {"attribution": 0.94, "quotes": 0.97, "orgs_recall": 0.71, "orgs_precision": 0.77}
"""tests/eval/fresh/: twelve more real articles, scored once before any rule saw them (attribution
0.737, organisations R 0.745 / P 0.807). Since tuned on: organisations, then attribution (0.974
with the general rules of issue 9 written while reading its misses); the attribution floor sits
0.03 under that, so that losing one of those rules shows."""
FRESH2_FLOORS = {"attribution": 0.89, "quotes": 0.97, "orgs_recall": 0.86, "orgs_precision": 0.87}
"""tests/eval/fresh2/: fifteen more, annotated before the engine ran on them and scored once
(attribution 0.643, quotes F1 0.991, organisations R 0.867 / P 0.885). Since tuned on, for names
(0.922 with the general rules written while reading its misses); the floors sit about 0.03
under, so that losing one of those rules shows."""
FRESH3_FLOORS = {"attribution": 0.95, "quotes": 0.95, "orgs_recall": 0.89, "orgs_precision": 0.94}
"""tests/eval/fresh3/: fifteen more (conflict, agency statements, elections, US politics),
annotated before the engine ran on them and scored once at 2ad7ae4 (attribution 0.712, quotes F1
0.942, organisations R 0.883 / P 0.898), then 0.750 held out after the afternoon's rules. Since
tuned on (0.980, organisations R 0.922 / P 0.976); the floors sit about 0.03 under that."""
FRESH4_FLOORS = {"attribution": 0.90, "quotes": 0.95, "orgs_recall": 0.84, "orgs_precision": 0.93}
"""tests/eval/fresh4/: twelve more (US politics, agency, police and navy statements), annotated
before the engine ran on them and scored once at e418048 (attribution 0.667, quotes F1 0.980,
organisations R 0.738 / P 0.875). Its text and gold were never read by whoever wrote rules, but
the classes its README lists (made-up examples) were written for: 0.911, organisations R 0.862 /
P 0.985 on 1 Dec, and 0.950, R 0.892 / P 0.986 after the rules written for fresh6 that night. The
floors sit about 0.05 under that."""
FRESH5_FLOORS = {"attribution": 0.74, "quotes": 0.94, "orgs_recall": 0.61, "orgs_precision": 0.77}
"""tests/eval/fresh5/: twelve more (US campaign and White House news, WHO, agency, company and
church statements), annotated before the engine ran on them and scored once at 910c63e
(attribution 0.793, quotes F1 0.992, organisations R 0.660 / P 0.824), 0.810 after the rules
written that evening from made-up sentences, none from it, and 0.843 (P 0.786) after those
written for fresh6. Held out: no rule is written while reading its misses; the floors sit about
0.05 under the first score."""
FRESH6_FLOORS = {"attribution": 0.97, "quotes": 0.96, "orgs_recall": 0.89, "orgs_precision": 0.97}
"""tests/eval/fresh6/: twelve more (two US campaign round-ups, a debate, election statements,
an arrest warrant, police, agency and tribute statements), annotated before the engine ran on them
and scored once at 9b25544 (attribution 0.745, quotes F1 0.982, organisations R 0.626 / P 0.874).
Since tuned on: the rules written while reading its misses reached 0.973 (organisations R 0.919 /
P 1.000), and 1.000 with the next session's; the floors sit about 0.03 under that."""
FRESH7_FLOORS = {"attribution": 0.97, "quotes": 0.97, "orgs_recall": 0.97, "orgs_precision": 0.97}
"""tests/eval/fresh7/: twelve public-domain stories (Voice of America conflict news, US defence
and State Department news), annotated before the engine ran on them and scored once at 1500029
(attribution 0.884, quotes F1 1.000, organisations R 0.875 / P 0.868). Since developed on: the
rules written while reading its misses reached 1.000 (organisations R 1.000 / P 1.000); the
floors sit about 0.03 under that."""
FRESH8_FLOORS = {"attribution": 0.87, "quotes": 0.95, "orgs_recall": 0.82, "orgs_precision": 0.81}
"""tests/eval/fresh8/: the held-out twin of fresh7, eleven stories, scored once at 1500029
(attribution 0.920, quotes F1 1.000, organisations R 0.879 / P 0.864). Held out: no rule is
written while reading its misses; the floors sit about 0.05 under the first score."""
FRESH9_FLOORS = {"attribution": 0.83, "quotes": 0.95, "orgs_recall": 0.54, "orgs_precision": 0.66}
"""tests/eval/fresh9/: nine more Voice of America conflict stories, held out like fresh8, scored
first at 1500029 (attribution 0.882, quotes F1 1.000, organisations R 0.593 / P 0.714); the
floors sit about 0.05 under that."""
FRESH10_FLOORS = {"attribution": 0.85, "quotes": 0.95, "orgs_recall": 0.83, "orgs_precision": 0.80}
"""tests/eval/fresh10/: eleven Voice of America stories on US politics, held out, scored first
at 25bcfb8 (attribution 0.900, quotes F1 1.000, organisations R 0.882 / P 0.857); the floors sit
about 0.05 under that."""


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


SETS = {  # what each test scores (no folder: the scorer's own dev set) and under which floors
    "dev": ((), FLOORS),
    "tests/eval": ((EVAL_SET,), EVAL_FLOORS),
    "wikinews": ((WIKINEWS_SET,), WIKINEWS_FLOORS),
    "wikinews blind third": (None, BLIND_FLOORS),
    "fresh": ((FRESH_SET,), FRESH_FLOORS),
    "fresh2": ((FRESH2_SET,), FRESH2_FLOORS),
    "fresh3": ((FRESH3_SET,), FRESH3_FLOORS),
    "fresh4": ((FRESH4_SET,), FRESH4_FLOORS),
    "fresh5": ((FRESH5_SET,), FRESH5_FLOORS),
    "fresh6": ((FRESH6_SET,), FRESH6_FLOORS),
    "fresh7": ((FRESH7_SET,), FRESH7_FLOORS),
    "fresh8": ((FRESH8_SET,), FRESH8_FLOORS),
    "fresh9": ((FRESH9_SET,), FRESH9_FLOORS),
    "fresh10": ((FRESH10_SET,), FRESH10_FLOORS),
}


def blind_third(folder: Path) -> Path:
    """The blind third in a folder of its own, as links to the articles and their gold."""
    names = [line for line in BLIND_FOLD.read_text().splitlines() if line and line[0] != "#"]
    for name in names:
        for suffix in (".txt", ".gold.json"):
            source = WIKINEWS_SET / f"{name}{suffix}"
            if not source.exists():
                pytest.skip(f"{source} is not there")
            (folder / source.name).symlink_to(source)
    return folder


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """Each set's scores by its name in SETS, run once for the module."""
    found: dict[str, dict[str, float]] = {}

    def of(name: str) -> dict[str, float]:
        if name not in found:
            folders = SETS[name][0]
            if folders is None:
                folders = (blind_third(tmp_path_factory.mktemp("wikinews_blind")),)
            found[name] = score(*map(str, folders))
        return found[name]

    return of


@pytest.mark.parametrize(
    ("name", "measure"), [(name, m) for name, (_, floors) in SETS.items() for m in sorted(floors)]
)
def test_each_set_scores_above_its_floor(scores, name, measure):
    assert scores(name)[measure] >= SETS[name][1][measure]


def test_every_annotated_title_of_the_dev_set_is_found(scores):
    assert scores("dev")["titles_found"] == scores("dev")["titles"]

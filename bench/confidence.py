"""How far each quote's confidence can be trusted, on annotated sets: per level and per rule,
the quotes given a speaker rightly and wrongly, and how many wrong ones the admin's "Needs
review" filter would show.

    .venv/bin/python -m bench.confidence [--cmd EXTRACTOR] [FOLDER...]
        (default: ../shared/eval/dev and ``manage.py extract --format jsonl``)

Quotes are matched to the gold ones and their speakers judged by ../shared/eval/score.py's own
functions; "Needs review" is ``Quote.review_reasons``, the model's reading of
``QuoteQuerySet.needs_review``. A benchmark, not a test: it prints a table, and only counts,
never a quote, so it may run on a set held out from reading.
"""

import argparse
import importlib.util
import json
import os
import shlex
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
SCORER = PROJECT_DIR.parent / "shared" / "eval" / "score.py"
EXTRACT = [sys.executable, str(PROJECT_DIR / "manage.py"), "extract", "--format", "jsonl"]
LEVELS = ("high", "medium", "low", "")
"""The confidence levels, "" for a quote given no speaker."""


def scorer():
    """../shared/eval/score.py as a module: one judge of a match for the scores and for this."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Tally:
    """Extracted quotes: matched to a gold one with its speaker ("right") or another
    ("wrong"), or matching none ("extra"); and how many of each the review filter shows."""

    counts: Counter = field(default_factory=Counter)

    def add(self, verdict: str, review: bool) -> None:
        self.counts[verdict] += 1
        self.counts[f"{verdict} reviewed"] += review

    @property
    def quotes(self) -> int:
        return self.counts["right"] + self.counts["wrong"] + self.counts["extra"]

    @property
    def precision(self) -> float | None:
        """Of the quotes the gold has, the share given the right speaker."""
        judged = self.counts["right"] + self.counts["wrong"]
        return self.counts["right"] / judged if judged else None

    @property
    def reviewed(self) -> int:
        return sum(self.counts[f"{v} reviewed"] for v in ("right", "wrong", "extra"))


@dataclass
class Calibration:
    by_level: dict[str, Tally] = field(default_factory=dict)
    by_rule: dict[tuple[str, str], Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)

    def add(self, level: str, rule: str, verdict: str, review: bool) -> None:
        for tally in (
            self.by_level.setdefault(level, Tally()),
            self.by_rule.setdefault((level, rule), Tally()),
            self.total,
        ):
            tally.add(verdict, review)


def verdicts(gold: dict, pred: dict, score) -> list[str | None]:
    """For each extracted quote, as score.py's ``score_article`` judges it: "right", "wrong" or
    "extra"; None for one that matches a gold quote marked optional (counted neither way)."""
    gold_quotes, found = gold["quotes"], pred["quotes"]
    optional = {
        p for g, p in score.match_quotes(gold_quotes, found) if gold_quotes[g].get("optional")
    }
    kept_gold = [g for g in gold_quotes if not g.get("optional")]
    kept = [p for p in range(len(found)) if p not in optional]
    matched = dict((kept[p], g) for g, p in score.match_quotes(kept_gold, [found[p] for p in kept]))
    result: list[str | None] = [None] * len(found)
    for p in kept:
        if p not in matched:
            result[p] = "extra"
            continue
        names = {score.norm_name(n) for n in score.as_names(kept_gold[matched[p]]["speaker"])}
        result[p] = "right" if score.norm_name(score.speaker_name(found[p])) in names else "wrong"
    return result


def needs_review(quote: dict, speakers: dict[str, dict]) -> bool:
    """Whether the admin's "Needs review" filter shows this extracted quote once imported."""
    from articles.models import Quote, Speaker

    speaker = speakers.get(quote["speaker"])
    row = Quote(
        confidence=quote["confidence"],
        speaker=speaker
        and Speaker(name=speaker["name"], is_organisation=speaker["is_organisation"]),
    )
    return bool(row.review_reasons())


def extracted(articles: list[Path], command: list[str]) -> list[dict]:
    """What the extractor prints for the articles, one record each, as score.py runs it."""
    run = subprocess.run(command + list(map(str, articles)), capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"the extractor failed:\n{run.stderr[-3000:]}")
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def calibrate(folders: list[Path], command: list[str] = EXTRACT) -> Calibration:
    """Extract every annotated article of the folders and tally its quotes."""
    score, calibration = scorer(), Calibration()
    golds = [path for folder in folders for path in sorted(folder.glob("*.gold.json"))]
    articles = [g.with_name(g.name.removesuffix(".gold.json") + ".txt") for g in golds]
    for gold_path, pred in zip(golds, extracted(articles, command), strict=True):
        speakers = {s["name"]: s for s in pred["speakers"]}
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for quote, verdict in zip(pred["quotes"], verdicts(gold, pred, score), strict=True):
            if verdict is not None:
                review = needs_review(quote, speakers)
                calibration.add(quote["confidence"], quote["rule"], verdict, review)
    return calibration


def row(name: str, tally: Tally) -> str:
    c = tally.counts
    precision = "-" if tally.precision is None else f"{tally.precision:.3f}"
    return (
        f"{name:32} {tally.quotes:>6} {c['right']:>6} {c['wrong']:>6} {c['extra']:>6} "
        f"{precision:>9} {tally.reviewed:>7} {c['wrong reviewed']:>8}"
    )


def table(calibration: Calibration) -> str:
    """Per level, then per rule within each level, then the totals and the review figures."""
    header = (
        f"{'level / rule':32} {'quotes':>6} {'right':>6} {'wrong':>6} {'extra':>6} "
        f"{'precision':>9} {'review':>7} {'wrong in':>8}"
    )
    lines = [header, "-" * len(header)]
    for level in LEVELS:
        if level not in calibration.by_level:
            continue
        lines.append(row(level or "(no speaker)", calibration.by_level[level]))
        for (rule_level, rule), tally in sorted(calibration.by_rule.items()):
            if rule_level == level and level:
                lines.append(row(f"  {rule or '(none)'}", tally))
    total = calibration.total
    lines += ["-" * len(header), row("all", total)]
    wrong = total.counts["wrong"] + total.counts["extra"]
    caught = total.counts["wrong reviewed"] + total.counts["extra reviewed"]
    lines.append(
        f"wrong speakers caught by review: {total.counts['wrong reviewed']}/{total.counts['wrong']}"
        f"; with quotes not in the gold: {caught}/{wrong}; quotes sent to review: "
        f"{total.reviewed}/{total.quotes}"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path, default=[SCORER.with_name("dev")])
    parser.add_argument("--cmd", help="extractor command, as score.py's; article paths appended")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    command = shlex.split(args.cmd) if args.cmd else EXTRACT
    sys.stdout.write(table(calibrate(args.folders, command)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

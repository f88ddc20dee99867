"""Extraction throughput on one core: MB of article text per second over the dev articles.

    .venv/bin/python -m bench.extraction [--repeat 40] [FOLDER]
    .venv/bin/python -m bench.extraction --generated 300 [--repeat 1]

A benchmark, not a test: it prints one figure. The project's floor is 1 MB/s. ``--generated``
times generated articles (seed 2, as ``make bench`` extracts them) instead of a folder.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

from articles.extraction import extract
from bench.corpus import Corpus
from bench.identity import SEED, importer_text

DEV_SET = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
FLOOR_MB_S = 1.0
ROUNDS = 5
"""The best round is the figure, as timeit does: other load on the machine only slows."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, help="passes per round (40 for a folder, else 1)")
    parser.add_argument("--generated", type=int, default=0, help="generated articles to time")
    parser.add_argument("folder", nargs="?", type=Path, default=DEV_SET)
    args = parser.parse_args()
    if args.generated:
        texts = [importer_text(a.file_text()) for a in Corpus(SEED).articles(args.generated)]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    args.repeat = args.repeat or (1 if args.generated else 40)
    if not texts:
        sys.stderr.write(f"no .txt articles in {args.folder}\n")
        return 2
    size = sum(len(t.encode("utf-8")) for t in texts) * args.repeat
    rounds = []
    for _ in range(ROUNDS):
        started = time.process_time()
        for _ in range(args.repeat):
            for text in texts:
                extract(text)
        rounds.append(size / 1e6 / (time.process_time() - started))
    mb_s, median = max(rounds), statistics.median(rounds)
    sys.stdout.write(
        f"extraction: {size / 1e6:.1f} MB ({len(texts)} articles x {args.repeat}) per round, "
        f"best of {ROUNDS} rounds {mb_s:.2f} MB/s of CPU, median {median:.2f} MB/s "
        f"(floor {FLOOR_MB_S} MB/s)\n"
    )
    return 0 if mb_s >= FLOOR_MB_S else 1


if __name__ == "__main__":
    sys.exit(main())

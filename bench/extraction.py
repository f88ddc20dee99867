"""Extraction throughput on one core: MB of article text per second over the dev articles.

    .venv/bin/python -m bench.extraction [--repeat 200]

A benchmark, not a test: it prints one figure. The project's floor is 1 MB/s.
"""

import argparse
import sys
import time
from pathlib import Path

from articles.extraction import extract

DEV_SET = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
FLOOR_MB_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200, help="passes over the articles")
    parser.add_argument("folder", nargs="?", type=Path, default=DEV_SET)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    if not texts:
        sys.stderr.write(f"no .txt articles in {args.folder}\n")
        return 2
    size = sum(len(t.encode("utf-8")) for t in texts) * args.repeat
    started = time.process_time()
    for _ in range(args.repeat):
        for text in texts:
            extract(text)
    seconds = time.process_time() - started
    mb_s = size / 1e6 / seconds
    sys.stdout.write(
        f"extraction: {size / 1e6:.1f} MB ({len(texts)} articles x {args.repeat}) "
        f"in {seconds:.2f} s of CPU = {mb_s:.2f} MB/s (floor {FLOOR_MB_S} MB/s)\n"
    )
    return 0 if mb_s >= FLOOR_MB_S else 1


if __name__ == "__main__":
    sys.exit(main())

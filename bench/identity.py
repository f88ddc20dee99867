"""What ``extract()`` returns for every tuned article and for generated ones, one JSON line per
article, so that a change meant to be only faster can be shown to change no output.

    .venv/bin/python -m bench.identity OUT.jsonl [--generated 1000]
    .venv/bin/python -m bench.identity --compare BASE.jsonl OTHER.jsonl

Reads the dev set, tests/eval and its folders fresh to fresh3 (texts), fresh4 (its outputs are
compared, its texts never shown), /work/split/dev16, and generated articles of seed 2, as
``make bench`` extracts them. Never fresh5 nor the rest of the Wikinews folder.
"""

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from articles.extraction import extract
from bench.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (
    ROOT.parent / "shared" / "eval" / "dev",
    ROOT / "tests" / "eval",
    ROOT / "tests" / "eval" / "fresh",
    ROOT / "tests" / "eval" / "fresh2",
    ROOT / "tests" / "eval" / "fresh3",
    ROOT / "tests" / "eval" / "fresh4",
    Path("/work/split/dev16"),
)
SEED = 2


def importer_text(file_text: str) -> str:
    """The text the importer extracts from a generated file: its front matter fence lines become
    blank lines (``article_files.split_front_matter``), with no Django needed here."""
    lines = file_text.split("\n")
    closing = lines.index("---", 1)
    return "\n" * (closing + 1) + "\n".join(lines[closing + 1 :])


def articles(generated: int) -> Iterator[tuple[str, str]]:
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            yield f"{folder.name}/{path.name}", path.read_text(encoding="utf-8")
    for article in Corpus(SEED).articles(generated):
        yield f"generated/{article.number}", importer_text(article.file_text())


def dump(out: Path, generated: int) -> None:
    with out.open("w", encoding="utf-8") as lines:
        for name, text in articles(generated):
            record = {"article": name, "extracted": extract(text).to_dict()}
            lines.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def compare(base: Path, other: Path) -> int:
    """Names the articles whose output differs; 0 when none does."""
    read = [base.read_text(encoding="utf-8").splitlines(), other.read_text().splitlines()]
    if len(read[0]) != len(read[1]):
        sys.stdout.write(f"{len(read[0])} articles against {len(read[1])}\n")
        return 1
    differing = [json.loads(a)["article"] for a, b in zip(*read, strict=True) if a != b]
    for name in differing:
        sys.stdout.write(f"differs: {name}\n")
    sys.stdout.write(f"{len(read[0]) - len(differing)} of {len(read[0])} articles identical\n")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--generated", type=int, default=1000)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BASE", "OTHER"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("give OUT.jsonl or --compare BASE OTHER")
    dump(args.out, args.generated)
    return 0


if __name__ == "__main__":
    sys.exit(main())

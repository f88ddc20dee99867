"""Extraction and import throughput on generated article files."""

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from articles.article_files import article_paths, read_article_file
from articles.extraction import extract

SEED = 2
EXTRACTED = 2000  # files per extraction round


@dataclass
class ImportResult:
    files: int
    seconds: float
    peak_rss_mb: float

    @property
    def per_second(self) -> float:
        return self.files / self.seconds


def write_files(folder: Path, count: int) -> None:
    call_command("generate_corpus", articles=count, seed=SEED, out=folder, verbosity=0)


def extraction_mb_per_second(folder: Path, rounds: int = 5) -> float:
    """CPU time of ``extract()`` in this one process, best of ``rounds`` as bench/extraction.py
    measures it (other load on the machine only slows a round)."""
    texts = [read_article_file(path).text for path in article_paths([folder])][:EXTRACTED]
    size = sum(len(text.encode()) for text in texts)
    best = 0.0
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            extract(text)
        best = max(best, size / 1e6 / (time.process_time() - started))
    return best


def time_import(folder: Path) -> ImportResult:
    """``import_articles`` end to end in a child process, timed; its peak memory is the
    largest sum of the resident sets of it and its read-ahead worker, sampled every 0.1 s."""
    files = sum(1 for _ in article_paths([folder]))
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", "--verbosity", "0", str(folder)],
        cwd=settings.BASE_DIR,
        env=os.environ.copy(),
    )
    peak_kb = 0
    while child.poll() is None:
        peak_kb = max(peak_kb, sum(map(resident_kb, process_tree(child.pid))))
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit("import_articles failed; see its messages above")
    return ImportResult(files=files, seconds=seconds, peak_rss_mb=peak_kb / 1024)


def process_tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid, *(p for child in children for p in process_tree(int(child)))]


def resident_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next(
        (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
    )

"""The importer's read-ahead: the next chunk of files read and extracted in a second process
while the importer writes the last one. The worker imports this module before Django is set up,
so it holds no model."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context, parent_process
from multiprocessing.connection import wait
from pathlib import Path

import django

from articles.article_files import ArticleFileError, extract_article, read_article_file


def read_and_extract(files: list[tuple[Path, str | None]]) -> dict:
    """For each (path, hash of its article's last import): the file read and extracted, only
    read when unchanged, or the ArticleFileError; run in the read-ahead process."""
    done = {}
    for path, imported_hash in files:
        try:
            source = read_article_file(path)
            unchanged = source.content_hash == imported_hash
            done[path] = source, None if unchanged else extract_article(source)
        except ArticleFileError as error:
            done[path] = error
    return done


def start_worker() -> None:
    """In the worker: set Django up, and end the process when the importer ends, however it
    ends. A SIGKILLed importer closes no queue; its end of a pipe closing is all there is."""
    django.setup()
    threading.Thread(target=exit_with_parent, daemon=True).start()


def exit_with_parent() -> None:
    wait([parent_process().sentinel])
    os._exit(1)


class ReadAhead:
    """Reads and extracts the next chunk in a second process while this one writes the last.

    Extraction is a third of an import's time and needs no database; on two cores it overlaps
    the writing. Started at the second chunk, so a small import never pays for the process.
    """

    def __init__(self, imported_hashes: Callable[[list[Path]], dict[Path, str]]):
        self.imported_hashes = imported_hashes
        self.pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.pool:
            self.pool.shutdown(cancel_futures=True)

    def chunks(self, chunks: Iterator[list[Path]]) -> Iterator[tuple[list[Path], dict | None]]:
        """The first chunk alone, then each with what was read of it ahead, while the worker
        reads the one after."""
        first = next(chunks, None)
        if first is None:
            return
        yield first, None
        waiting = None
        for chunk in chunks:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=get_context("spawn"), initializer=start_worker
                )
            hashes = self.imported_hashes(chunk)
            future = self.pool.submit(read_and_extract, [(p, hashes.get(p)) for p in chunk])
            if waiting:
                yield waiting[0], waiting[1].result()
            waiting = chunk, future
        if waiting:
            yield waiting[0], waiting[1].result()

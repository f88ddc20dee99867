from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bench.corpus import Corpus
from bench.corpus_loader import CorpusLoader

PROGRESS_EVERY = 10_000


class Command(BaseCommand):
    help = (
        "Generate synthetic conflict-news articles, the same ones for the same --seed: as text "
        "files for import_articles (--out DIR), or straight into the database (--db)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="how many")
        parser.add_argument("--seed", type=int, default=1, help="the same seed, the same articles")
        parser.add_argument("--start", type=int, default=0, help="number of the first article")
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--out", type=Path, help="write .txt files under this folder")
        target.add_argument(
            "--db", action="store_true", help="write rows directly, without extraction"
        )

    def handle(self, *args, articles, seed, start, out, db, verbosity, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1")
        corpus = Corpus(seed)
        if db:
            report = CorpusLoader(corpus).load(
                articles, start=start, on_batch=self.progress if verbosity >= 1 else None
            )
            summary = report.summary()
        else:
            quotes = 0
            for article in corpus.articles(articles, start=start):
                path = out / article.file_name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(article.file_text(), encoding="utf-8")
                quotes += len(article.quotes)
            summary = f"{articles} article files, {quotes} quotes, under {out}"
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(summary))

    def progress(self, report):
        done = report.articles + report.skipped
        if done % PROGRESS_EVERY == 0:
            self.stdout.write(self.style.NOTICE(f"… {done} articles"))

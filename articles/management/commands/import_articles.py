import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importer import ArticleImporter, Outcome

PROGRESS_EVERY = 500


def iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be a date like 2024-12-02, got {value!r}") from None


class Command(BaseCommand):
    help = (
        "Import every .txt article file under the given paths (default: seeds/), extracting "
        "quotes, speakers and organisations. Re-importing unchanged files changes nothing; a "
        "file that cannot be imported fails alone, and the exit status is then 1."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="files or folders")
        parser.add_argument(
            "--source",
            default="",
            help="the outlet of files whose front matter and dateline do not name one",
        )
        parser.add_argument(
            "--published",
            type=iso_date,
            help="the date (YYYY-MM-DD) of files that give none; its year completes a "
            "dateline's date such as 'Dec 2'",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="re-import even unchanged files, replacing edits made in the admin",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="read and extract, but write nothing"
        )

    def handle(self, *args, paths, source, published, force, dry_run, verbosity, **options):
        paths = paths or [Path(settings.BASE_DIR) / "seeds"]
        importer = ArticleImporter(
            force=force, dry_run=dry_run, defaults={"source": source, "published": published}
        )

        def on_file(path, result):
            if result.outcome is Outcome.FAILED:
                self.stderr.write(self.style.ERROR(result.message))
            elif result.outcome is Outcome.DUPLICATE and verbosity >= 1:
                self.stdout.write(self.style.NOTICE(result.message))
            elif verbosity >= 2:
                self.stdout.write(f"{result.outcome.value:>9}  {path}")
            for warning in result.warnings:
                self.stderr.write(self.style.WARNING(f"warning: {warning}"))
            done = importer.report.files
            if verbosity >= 1 and done % PROGRESS_EVERY == 0:
                self.stdout.write(self.style.NOTICE(f"… {done} files"))

        report = importer.import_paths(paths, on_file=on_file)
        prefix = "Dry run: " if dry_run else ""
        if report.failed:
            raise CommandError(f"{prefix}{report.summary()}")
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"{prefix}{report.summary()}"))

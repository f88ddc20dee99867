from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importer import ArticleImporter, Outcome

PROGRESS_EVERY = 500


class Command(BaseCommand):
    help = (
        "Import every .txt article file under the given paths (default: seeds/), extracting "
        "quotes, speakers and organisations. Re-importing unchanged files changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="files or folders")
        parser.add_argument(
            "--force",
            action="store_true",
            help="re-import even unchanged files, replacing edits made in the admin",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="read and extract, but write nothing"
        )

    def handle(self, *args, paths, force, dry_run, verbosity, **options):
        paths = paths or [Path(settings.BASE_DIR) / "seeds"]
        for path in paths:
            if not path.exists():
                raise CommandError(f"{path}: no such file or folder")
        importer = ArticleImporter(force=force, dry_run=dry_run)

        def on_file(path, outcome, message):
            if outcome is Outcome.FAILED:
                self.stderr.write(self.style.ERROR(message))
            elif verbosity >= 2:
                self.stdout.write(f"{outcome.value:>9}  {path}")
            done = importer.report.files
            if verbosity >= 1 and done % PROGRESS_EVERY == 0:
                self.stdout.write(self.style.NOTICE(f"… {done} files"))

        report = importer.import_paths(paths, on_file=on_file)
        prefix = "Dry run: " if dry_run else ""
        if report.failed:
            raise CommandError(f"{prefix}{report.summary()}")
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"{prefix}{report.summary()}"))

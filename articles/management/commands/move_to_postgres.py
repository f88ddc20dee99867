"""Move everything from the database in use (the SQLite default, say) into an empty PostgreSQL.

The target is migrated, every row is copied with its primary key (so every link into the site
still works), and the rows of every table are counted on both sides afterwards.
"""

import tempfile
from pathlib import Path

import dj_database_url
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

TARGET = "move_target"
# The target's migrate creates these itself, with its own primary keys; rows that point at
# them are written with natural keys instead.
RECREATED_BY_MIGRATE = ["contenttypes", "auth.permission"]


def moved_models():
    """Every table the move copies, many-to-many tables included."""
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.label_lower
        if model._meta.app_label in RECREATED_BY_MIGRATE or label in RECREATED_BY_MIGRATE:
            continue
        if model._meta.managed and not model._meta.proxy:
            yield model


def row_counts(alias: str) -> dict[str, int]:
    return {m._meta.label: m._base_manager.using(alias).count() for m in moved_models()}


class Command(BaseCommand):
    help = (
        "Copy every row of the current database (DATABASE_URL; SQLite by default) into an "
        "empty PostgreSQL database, then check that each table holds as many rows on both sides."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "target", help="the PostgreSQL database to move to: postgres://USER@HOST:5432/NAME"
        )

    def handle(self, *args, target, verbosity, **options):
        config = dj_database_url.parse(target)
        if "postgresql" not in config["ENGINE"]:
            raise CommandError(f"{target}: not a PostgreSQL URL (postgres://USER@HOST:PORT/NAME)")
        source = connections[DEFAULT_DB_ALIAS].settings_dict
        if (source["ENGINE"], source["NAME"], source.get("HOST")) == (
            config["ENGINE"],
            config["NAME"],
            config.get("HOST"),
        ):
            raise CommandError("The target is the database in use; name another one.")
        connections.settings[TARGET] = connections.configure_settings({DEFAULT_DB_ALIAS: config})[
            DEFAULT_DB_ALIAS
        ]

        say = self.stdout.write if verbosity >= 1 else lambda message: None
        say(f"Migrating {config['NAME']} on {config.get('HOST') or 'localhost'} …")
        call_command("migrate", database=TARGET, interactive=False, verbosity=0)
        occupied = {label: n for label, n in row_counts(TARGET).items() if n}
        if occupied:
            raise CommandError(
                "The target already holds data ("
                + ", ".join(f"{n} {label}" for label, n in occupied.items())
                + "); move into an empty database."
            )

        before = row_counts(DEFAULT_DB_ALIAS)
        say(f"Copying {sum(before.values()):,} rows …")
        with tempfile.TemporaryDirectory() as folder:
            dump = Path(folder) / "newsroom.json"
            call_command(
                "dumpdata",
                exclude=RECREATED_BY_MIGRATE,
                natural_foreign=True,
                output=str(dump),
                verbosity=0,
            )
            # One transaction: the target ends with all of it or none of it.
            call_command("loaddata", str(dump), database=TARGET, verbosity=0)

        after = row_counts(TARGET)
        for label, count in before.items():
            if count or verbosity >= 2:
                say(f"  {label:<32} {count:>9,} → {after[label]:,}")
        differing = [label for label in before if before[label] != after[label]]
        if differing:
            raise CommandError(f"Row counts differ after the move: {', '.join(differing)}")
        say(
            self.style.SUCCESS(
                f"Moved {sum(after.values()):,} rows; every table counts the same on both sides. "
                f"Now set DATABASE_URL={target}"
            )
        )

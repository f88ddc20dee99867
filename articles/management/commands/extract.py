import json

from django.core.management.base import BaseCommand, CommandError

from articles.article_files import ArticleFileError, read_article_file
from articles.extraction import extract


class Command(BaseCommand):
    requires_system_checks = []  # reads files, prints; needs neither database nor secret key
    help = (
        "Print the quotes, speakers and organisations the extraction engine finds in article "
        "files, without touching the database. --format jsonl is what ../shared/eval/score.py "
        "reads."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="article files (.txt)")
        parser.add_argument(
            "--format",
            choices=["text", "json", "jsonl"],
            default="text",
            help="text for a person (default), json for an indented array, jsonl for one "
            "object a line",
        )

    def handle(self, *args, files, format, **options):
        found, failed = [], 0
        for name in files:
            try:
                source = read_article_file(name)
            except ArticleFileError as error:
                self.stderr.write(self.style.ERROR(str(error)))
                failed += 1
                continue
            record = {"file": name} | extract(source.text).to_dict()
            if format == "jsonl":
                self.stdout.write(json.dumps(record, ensure_ascii=False))
            elif format == "text":
                self.stdout.write(as_text(record))
            found.append(record)
        if format == "json":
            self.stdout.write(json.dumps(found, ensure_ascii=False, indent=2))
        if failed:
            raise CommandError(f"{failed} of {len(files)} files could not be read")


def as_text(record: dict) -> str:
    """One article as a person reads it: headline, dateline, quotes with who said them and by
    which rule, then the speakers and organisations."""
    speakers = {s["name"]: s for s in record["speakers"]}
    lines = [f"== {record['file']}", record["title"], f"Dateline: {record['dateline'] or '-'}"]
    lines.append(f"\nQuotes ({len(record['quotes'])}):")
    for number, quote in enumerate(record["quotes"], start=1):
        partial = " (partial)" if quote["partial"] else ""
        lines.append(f"{number:>4}. “{quote['text']}”{partial}")
        who = quote["speaker"] or "(no named speaker)"
        title = (speakers.get(quote["speaker"]) or {}).get("title")
        who += f", {title}" if title else ""
        rule = quote["rule"] and f"rule {quote['rule']}"
        sure = quote["confidence"] and f"{quote['confidence']} confidence"
        how = " · ".join(filter(None, [quote["verb"], rule, sure]))
        lines.append(f"      — {who}" + (f"  [{how}]" if how else ""))
    lines.append(f"\nSpeakers ({len(record['speakers'])}):")
    for speaker in record["speakers"]:
        details = ", ".join(filter(None, [speaker["title"], speaker["organisation"]]))
        aliases = ", ".join(speaker["aliases"])
        kind = " (organisation)" if speaker["is_organisation"] else ""
        lines.append(
            f"  {speaker['name']}{kind}"
            + (f" — {details}" if details else "")
            + (f"; also {aliases}" if aliases else "")
        )
    lines.append(f"\nOrganisations ({len(record['organisations'])}):")
    for organisation in record["organisations"]:
        acronym = organisation["acronym"]
        acronym = f" ({acronym})" if acronym and acronym != organisation["name"] else ""
        lines.append(f"  {organisation['name']}{acronym}")
    for problem in record["problems"]:
        lines.append(f"Problem: {problem}")
    return "\n".join(lines) + "\n"

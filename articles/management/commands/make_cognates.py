from django.core.management.base import BaseCommand

from articles.extraction import cognates


class Command(BaseCommand):
    requires_system_checks = []  # writes one file of the engine; needs no database
    help = (
        "Find the foreign titles and bodies' heads ('Presidente', 'Institut') and the common words "
        "again in wordfreq's French, Spanish, Portuguese, Italian and German lists and write "
        "articles/extraction/cognates.json and common_words.txt: after changing the engine's "
        "titles or organisation nouns, or upgrading wordfreq."
    )

    def handle(self, *args, **options):
        cognates.write()
        written = f"{cognates.SHIPPED} and {cognates.SHIPPED_COMMON_WORDS}"
        self.stdout.write(self.style.SUCCESS(f"Wrote {written}"))

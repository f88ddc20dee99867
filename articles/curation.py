"""Corrections an admin makes across records, beyond editing one row: organisations merged, a
speaker found to be an organisation, quotes given another speaker.

Each keeps the stored counts true and stamps the articles it touches as edited in the admin, so
that a re-import of a changed file keeps the correction unless told otherwise (``--force``).
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article, Organisation, Quote, Speaker
from articles.page_cache import data_changed


def stamp_edited(article_ids) -> None:
    Article.objects.filter(pk__in=article_ids).update(edited_in_admin=timezone.now())
    data_changed()  # updates in bulk send no signals; cached pages must not outlive them


def recount(article_ids=(), speaker_ids=(), organisation_ids=()) -> None:
    Article.objects.filter(pk__in=article_ids).refresh_counts()
    Speaker.objects.filter(pk__in=speaker_ids).refresh_counts()
    Organisation.objects.filter(pk__in=organisation_ids).refresh_counts()


def articles_quoting(speakers) -> set[int]:
    return set(Quote.objects.filter(speaker__in=speakers).values_list("article_id", flat=True))


def mention(organisation: Organisation, article_ids) -> None:
    """Add ``organisation`` to these articles' organisations, where it is not yet."""
    Through = Article.organisations.through
    Through.objects.bulk_create(
        [Through(article_id=pk, organisation_id=organisation.pk) for pk in article_ids],
        ignore_conflicts=True,
    )


@transaction.atomic
def merge_organisations(kept: Organisation, others: list[Organisation]) -> int:
    """Make ``others`` one with ``kept``: their names, acronyms and aliases become its aliases
    (or its acronym, when it has none), and their articles and speakers point to it."""
    others = [o for o in others if o.pk != kept.pk]
    articles = Organisation.objects.filter(pk__in=[o.pk for o in others]).merge_into(kept)
    stamp_edited(articles)
    return len(others)


@transaction.atomic
def speakers_are_organisations(speakers: list[Speaker]) -> list[Organisation]:
    """Each speaker becomes an organisation speaking as one ("the SDF said"), linked to the
    organisation of that name, acronym or alias (created when there is none); its quotes stay,
    and the articles quoting it mention the organisation."""
    organisations = []
    for speaker in speakers:
        organisation = Organisation.objects.filter(
            Q(name__iexact=speaker.name) | Q(acronym=speaker.name)
        ).first() or next(
            (
                o
                for o in Organisation.objects.matching(speaker.name)
                if speaker.name in o.alias_list
            ),
            None,
        )
        if organisation is None:
            organisation = Organisation.objects.create(name=speaker.name, aliases=speaker.aliases)
        speaker.is_organisation = True
        speaker.organisation = organisation
        speaker.save(update_fields=["is_organisation", "organisation", "updated"])
        articles = articles_quoting([speaker])
        mention(organisation, articles)
        recount(organisation_ids=[organisation.pk])
        stamp_edited(articles)
        organisations.append(organisation)
    return organisations


@transaction.atomic
def reassign_quotes(quotes, speaker: Speaker) -> int:
    """Give these quotes to ``speaker``; their articles and all the speakers involved are
    recounted."""
    touched = list(quotes.values_list("article_id", "speaker_id"))
    changed = Quote.objects.filter(pk__in=quotes.values("pk")).update(speaker=speaker)
    articles = {article for article, _ in touched}
    recount(articles, {s for _, s in touched} - {None} | {speaker.pk})
    stamp_edited(articles)
    return changed

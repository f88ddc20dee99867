"""Generated articles straight into the database, without the extraction engine.

For page benchmarks at archive size: the generator already knows each article's quotes,
speakers and organisations, so they are written in batches with ``bulk_create``, as an import
of the same files would have written them, only a hundred times faster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify

from articles.models import Article, Quote, Speaker
from articles.models import Organisation as OrganisationRow
from articles.naming import SLUG_LENGTH
from articles.page_cache import data_changed
from bench.corpus import Corpus, GeneratedArticle, Organisation, Person

BATCH_SIZE = 1000


@dataclass
class LoadReport:
    articles: int = 0
    skipped: int = 0
    quotes: int = 0
    speakers: int = 0
    organisations: int = 0

    def summary(self) -> str:
        return (
            f"{self.articles} articles ({self.skipped} already there), {self.quotes} quotes, "
            f"{self.speakers} new speakers, {self.organisations} new organisations"
        )


def origin_of(seed: int, article: GeneratedArticle) -> str:
    return f"generated/seed-{seed}/{article.file_name}"


class CorpusLoader:
    """Writes ``corpus`` articles in batches, one transaction each; rerunning skips what is there."""

    def __init__(self, corpus: Corpus, batch_size: int = BATCH_SIZE):
        self.corpus = corpus
        self.batch_size = batch_size
        self.report = LoadReport()
        self.organisation_ids = dict(OrganisationRow.objects.values_list("name", "pk"))
        self.speaker_ids = dict(Speaker.objects.values_list("name", "pk"))
        self.slugs = {
            model: set(model.objects.values_list("slug", flat=True))
            for model in (OrganisationRow, Speaker)
        }

    def load(
        self, count: int, start: int = 0, on_batch: Callable[[LoadReport], None] | None = None
    ) -> LoadReport:
        for first in range(start, start + count, self.batch_size):
            size = min(self.batch_size, start + count - first)
            with transaction.atomic():
                self.load_batch(list(self.corpus.articles(size, start=first)))
            if on_batch:
                on_batch(self.report)
        Speaker.objects.filter(pk__in=self.speaker_ids.values()).refresh_counts()
        OrganisationRow.objects.filter(pk__in=self.organisation_ids.values()).refresh_counts()
        data_changed()  # bulk writes send no signals
        return self.report

    def load_batch(self, generated: list[GeneratedArticle]) -> None:
        seed = self.corpus.seed
        there = set(
            Article.objects.filter(origin__in=[origin_of(seed, a) for a in generated]).values_list(
                "origin", flat=True
            )
        )
        generated = [a for a in generated if origin_of(seed, a) not in there]
        self.report.skipped += len(there)
        self.add_organisations(
            {o for a in generated for o in a.organisations}
            | {p.organisation for a in generated for p in a.people}
        )
        self.add_speakers({p for a in generated for p in a.people}, generated)
        articles = Article.objects.bulk_create(
            [self.article_row(a) for a in generated], batch_size=self.batch_size
        )
        Quote.objects.bulk_create(
            (
                Quote(
                    article_id=row.pk,
                    speaker_id=self.speaker_ids[quote.speaker],
                    published=row.published,
                    text=quote.text,
                    start=quote.start,
                    end=quote.end,
                    partial=quote.partial,
                    verb=quote.verb,
                    position=position,
                )
                for row, article in zip(articles, generated, strict=True)
                for position, quote in enumerate(article.quotes)
            ),
            batch_size=5 * self.batch_size,
        )
        Through = Article.organisations.through
        Through.objects.bulk_create(
            (
                Through(article_id=row.pk, organisation_id=self.organisation_ids[o.name])
                for row, article in zip(articles, generated, strict=True)
                for o in article.organisations
            ),
            batch_size=5 * self.batch_size,
        )
        self.report.articles += len(articles)
        self.report.quotes += sum(len(a.quotes) for a in generated)

    def article_row(self, article: GeneratedArticle) -> Article:
        return Article(
            title=article.title,
            slug=f"{slugify(article.title)[: SLUG_LENGTH - 20]}-{self.corpus.seed}-{article.number}",
            body=article.body,
            dateline=article.dateline,
            published=article.published,
            source=article.source,
            url=article.url,
            origin=origin_of(self.corpus.seed, article),
            content_hash=hashlib.sha256(article.file_text().encode()).hexdigest(),
            quote_count=len(article.quotes),
        )

    def add_organisations(self, organisations: set[Organisation]) -> None:
        new = sorted(
            (o for o in organisations if o.name not in self.organisation_ids),
            key=lambda o: o.name,
        )
        rows = OrganisationRow.objects.bulk_create(
            OrganisationRow(
                name=o.name, acronym=o.acronym, slug=self.slug_for(OrganisationRow, o.name)
            )
            for o in new
        )
        self.organisation_ids |= {row.name: row.pk for row in rows}
        self.report.organisations += len(rows)

    def add_speakers(self, people: set[Person], generated: list[GeneratedArticle]) -> None:
        """People by full name, and organisations speaking for themselves by theirs."""
        speaking = {o for a in generated for o in a.speaking_organisations}
        new = [
            Speaker(
                name=p.name,
                slug=self.slug_for(Speaker, p.name),
                title=p.title,
                organisation_id=self.organisation_ids[p.organisation.name],
                aliases=p.surname,
            )
            for p in sorted(people, key=lambda p: p.name)
            if p.name not in self.speaker_ids
        ] + [
            Speaker(
                name=o.name,
                slug=self.slug_for(Speaker, o.name),
                organisation_id=self.organisation_ids[o.name],
                aliases=o.acronym,
                is_organisation=True,
            )
            for o in sorted(speaking, key=lambda o: o.name)
            if o.name not in self.speaker_ids
        ]
        rows = Speaker.objects.bulk_create(new)
        self.speaker_ids |= {row.name: row.pk for row in rows}
        self.report.speakers += len(rows)

    def slug_for(self, model, name: str) -> str:
        """Like ``unique_slug()``, against the slugs loaded once rather than a query per row."""
        taken = self.slugs[model]
        base = slugify(name)[: SLUG_LENGTH - 8].strip("-")
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        return slug

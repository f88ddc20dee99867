"""Articles, the organisations they mention, and who is quoted saying what."""

from django.db import models
from django.db.models import Count, Exists, F, FloatField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Lower, TruncMonth

from articles.links import page_url
from articles.naming import NamedRecord, SluggedModel, join_aliases
from articles.search import (
    article_search_vector,
    first_ranked,
    folded_names,
    is_postgresql,
    matches_terms,
    names_matching,
    quote_search_vector,
    search_document,
    search_query,
    search_rank,
)


def ids_of(queryset: models.QuerySet) -> list:
    """Primary keys fetched now, for filters by name: given constants, the planner sees that a
    speaker's few articles are best joined from, rather than probing every article in turn."""
    return list(queryset.order_by().values_list("pk", flat=True))


def count_of(related: models.QuerySet, field: str) -> Coalesce:
    """A correlated COUNT over ``related`` rows whose ``field`` is the outer row."""
    counted = (
        related.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted), Value(0))


class MonthOf(TruncMonth):
    """The first day of a date's month. PostgreSQL's DATE_TRUNC takes a date as a timestamp
    with time zone, a zone conversion for each row; as a plain timestamp the 15,000 quotes of
    the most quoted speaker are grouped by month in 7.7 ms instead of 10.7."""

    def as_postgresql(self, compiler, connection):
        sql, params = compiler.compile(self.lhs)
        return f"DATE_TRUNC('month', ({sql})::timestamp)::date", params


def organisation_matches(text: str) -> Q:
    """By name, acronym or alias, blind to case and accents."""
    return names_matching(text) | Q(acronym__iexact=text)


class OrganisationQuerySet(models.QuerySet):
    def matching(self, text: str):
        """By name, acronym or alias, blind to case and accents."""
        return self.filter(organisation_matches(text))

    def named(self, text: str):
        """What a filter box means: the one with this slug or this very name, or else those
        matching ``text`` ("United Nations" is not also the United Nations Security Council)."""
        exactly = Q(slug=text) | Q(name__iexact=text)
        return self.filter(
            exactly | (organisation_matches(text) & ~Exists(Organisation.objects.filter(exactly)))
        )

    def exactly_named(self, text: str):
        """The one a link (its slug) or its full name points at, if any."""
        return self.filter(Q(slug=text) | Q(name__iexact=text)).first()

    def most_mentioned(self):
        return self.filter(article_count__gt=0).most_mentioned_first()

    def most_mentioned_first(self):
        return self.order_by("-article_count", "name")

    def alphabetical(self):
        return self.order_by("name")

    def most_mentioned_with(self, speaker, quotes_read: int):
        """Those most often mentioned in the articles of the speaker's latest ``quotes_read``
        quotes, with ``mentions``: bounded, since all the articles of a speaker quoted 15,000
        times took 65 ms to count. Each article is counted once without DISTINCT (a mention is
        unique, the articles a set), which hashes the 2,000 mentions instead of sorting them;
        with only the columns a link needs, as every column made the hash 15% slower."""
        return (
            self.filter(articles__in=speaker.quotes.latest_articles(quotes_read))
            .only("name", "slug")
            .annotate(mentions=Count("articles"))
            .order_by("-mentions", "name")
        )

    def refresh_counts(self) -> int:
        return self.update(
            article_count=count_of(Article.organisations.through.objects, "organisation")
        )

    def merge_into(self, target: "Organisation") -> set[int]:
        """Make these organisations one body: ``target`` takes their names, acronyms and aliases
        (an acronym as its own when it has none), their articles and their speakers; the ids of
        the articles that mentioned them or quoted their speakers."""
        others = list(self.exclude(pk=target.pk))
        Through = Article.organisations.through
        mentions = Through.objects.filter(organisation__in=others)
        mentioning = set(mentions.values_list("article_id", flat=True))
        speakers = Speaker.objects.filter(organisation__in=others)
        quoting = set(Quote.objects.filter(speaker__in=speakers).values_list("article", flat=True))
        Through.objects.bulk_create(
            [Through(article_id=pk, organisation_id=target.pk) for pk in mentioning],
            ignore_conflicts=True,
        )
        mentions.delete()
        speakers.update(organisation=target)
        names = []
        for other in others:
            target.acronym = target.acronym or other.acronym
            names += [other.name, other.acronym, *other.alias_list]
        target.aliases = join_aliases(target.aliases, names, target.name, target.acronym)
        Organisation.objects.filter(pk__in=[other.pk for other in others]).delete()
        target.save()
        Organisation.objects.filter(pk=target.pk).refresh_counts()
        return mentioning | quoting


class Organisation(NamedRecord):
    name = models.CharField(max_length=300)
    acronym = models.CharField(max_length=30, blank=True)
    aliases = models.TextField(blank=True, help_text="Other names it goes by, one per line.")
    article_count = models.PositiveIntegerField(default=0, editable=False)
    folded_names = folded_names("name", "acronym", "aliases")

    objects = OrganisationQuerySet.as_manager()

    class Meta(NamedRecord.Meta):
        indexes = [
            models.Index(fields=["acronym"], name="organisation_acronym_idx"),
            models.Index(fields=["-article_count", "name"], name="organisation_mentions_idx"),
        ]

    def __str__(self):
        return f"{self.name} ({self.shown_acronym})" if self.shown_acronym else self.name

    @property
    def shown_acronym(self) -> str:
        """The acronym to show beside the name: none when the name is the acronym ("FBI")."""
        return "" if self.acronym == self.name else self.acronym


class SpeakerQuerySet(models.QuerySet):
    def matching(self, text: str):
        """By full name or alias, blind to case and accents: "Miller" finds Matthew Miller,
        "Erdogan" Recep Tayyip Erdoğan. As a subquery: SQLite would otherwise test every name
        while walking the index of the order asked for."""
        found = Speaker.objects.filter(names_matching(text)).order_by().values("pk")
        return self.filter(pk__in=found)

    def ids_matching(self, text: str) -> list:
        """The keys of those ``matching(text)``, fetched now (see ``ids_of``)."""
        return ids_of(self.matching(text))

    def speaking_in(self, articles: list) -> dict:
        """``{article key: its named speakers}``, each speaker once, in the order they first
        speak; only their name and slug loaded. Read as plain rows: a prefetch of every quote
        with its speaker built 500 instances for a page of 25 articles (12 ms)."""
        rows = (
            Quote.objects.filter(article__in=articles, speaker__isnull=False)
            .order_by("article", "position")
            .values_list("article", "speaker", "speaker__slug", "speaker__name")
        )
        speaking = {}
        for article, *speaker in rows:  # the speaker's values in the order of its fields
            named = speaking.setdefault(article, {})
            if speaker[0] not in named:
                named[speaker[0]] = self.model.from_db(self.db, ["id", "slug", "name"], speaker)
        return {article: list(named.values()) for article, named in speaking.items()}

    def for_organisation_named(self, text: str):
        """Who speaks for an organisation found by slug, name, acronym or alias."""
        return self.filter(organisation__in=Organisation.objects.named(text))

    def most_quoted(self):
        return self.filter(quote_count__gt=0).most_quoted_first()

    def most_quoted_first(self):
        return self.order_by("-quote_count", "name")

    def alphabetical(self):
        return self.order_by("name")

    def refresh_counts(self) -> int:
        return self.update(quote_count=count_of(Quote.objects, "speaker"))

    def merge_into(self, target: "Speaker") -> int:
        """Make these speakers one person: ``target`` takes their quotes, names and blanks."""
        others = list(self.exclude(pk=target.pk))
        names = []
        for other in others:
            names += [other.name, *other.alias_list]
            target.title = target.title or other.title
            target.organisation_id = target.organisation_id or other.organisation_id
        Quote.objects.filter(speaker__in=others).update(speaker=target)
        Speaker.objects.filter(pk__in=[other.pk for other in others]).delete()
        target.aliases = join_aliases(target.aliases, names, target.name)
        target.save()
        Speaker.objects.filter(pk=target.pk).refresh_counts()
        return len(others)


class Speaker(NamedRecord):
    """A person quoted in articles, or an organisation speaking as one ("the SDF said")."""

    name = models.CharField(max_length=300, help_text="The fullest name: “Matthew Miller”.")
    title = models.CharField(max_length=300, blank=True, help_text="Their role: “Spokesperson”.")
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="speakers",
        help_text="The organisation they speak for.",
    )
    aliases = models.TextField(
        blank=True, help_text="Other names the articles use (“Miller”), one per line."
    )
    is_organisation = models.BooleanField(
        default=False, help_text="An organisation speaking for itself."
    )
    quote_count = models.PositiveIntegerField(default=0, editable=False)
    folded_names = folded_names("name", "aliases")

    objects = SpeakerQuerySet.as_manager()

    class Meta(NamedRecord.Meta):
        indexes = [
            models.Index(fields=["-quote_count", "name"], name="speaker_quotes_idx"),
        ]

    def __str__(self):
        return self.name

    @property
    def speaks_for(self) -> Organisation | None:
        """The organisation to show beside the name: none for a body speaking as itself, which
        would only repeat its name."""
        if self.is_organisation and self.organisation and self.organisation.name == self.name:
            return None
        return self.organisation


class ArticleQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-created", "-pk")

    def mentioning(self, organisation):
        return self.filter(organisations=organisation)

    def for_organisation_named(self, text: str):
        """Articles mentioning an organisation found by slug, name, acronym or alias, once each."""
        mentions = Article.organisations.through.objects.filter(
            article=OuterRef("pk"), organisation__in=ids_of(Organisation.objects.named(text))
        )
        return self.filter(Exists(mentions))

    def quoting_speaker_named(self, text: str):
        """Articles quoting a speaker found by name or alias, without duplicate rows."""
        speakers = Speaker.objects.matching(text)
        return self.filter(
            Exists(Quote.objects.filter(article=OuterRef("pk"), speaker__in=speakers))
        )

    def with_quotes(self):
        return self.filter(quote_count__gt=0)

    def without_quotes(self):
        return self.filter(quote_count=0)

    def oldest_first(self):
        return self.order_by(F("published").asc(nulls_last=True), "created", "pk")

    def most_quoted_first(self):
        return self.order_by("-quote_count", F("published").desc(nulls_last=True), "-pk")

    def best_match_first(self):
        """After ``search()``: the first RANKED of its matches found, by rank, then newest.
        Ranking reads a match's whole search document: all 11,000 matches of a broad search
        took 170 ms, the first RANKED found a tenth of that. Sorting by date lists every match."""
        return first_ranked(self, "-rank", F("published").desc(nulls_last=True), "-pk")

    def search(self, text: str):
        """Headline and body matching ``text`` (websearch syntax), with a ``rank`` to order by
        (computed only where an ordering needs it) and the
        ``searched_body``, which the template cuts around the matched words for the rows it
        shows: ts_headline on every match took seconds."""
        if not is_postgresql():
            return (
                self.filter(matches_terms(text))
                .alias(rank=Value(0.0, output_field=FloatField()))
                .annotate(searched_body=F("body"))
            )
        query = search_query(text)
        return (
            self.filter(search_document=query)
            .alias(rank=search_rank(query))
            .annotate(searched_body=F("body"))
        )

    def datelines_quoting(self, speaker, quotes_read: int):
        """``{"dateline", "articles"}`` rows: the places the articles of the speaker's latest
        ``quotes_read`` quotes were filed from, the most frequent first (bounded as
        ``Organisation.objects.most_mentioned_with`` is)."""
        return (
            self.filter(pk__in=speaker.quotes.latest_articles(quotes_read))
            .exclude(dateline="")
            .values("dateline")
            .annotate(articles=Count("pk"))
            .order_by("-articles", "dateline")
        )

    def refresh_counts(self) -> int:
        return self.update(quote_count=count_of(Quote.objects, "article"))


class Article(SluggedModel):
    title = models.CharField(max_length=500)
    body = models.TextField(help_text="Normalised text, paragraphs separated by a blank line.")
    dateline = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=200, blank=True, help_text="The outlet.")
    url = models.URLField(max_length=1000, blank=True)
    origin = models.CharField(max_length=1000, help_text="The file it was imported from.")
    content_hash = models.CharField(max_length=64, editable=False)
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="articles")
    quote_count = models.PositiveIntegerField(default=0, editable=False)
    edited_in_admin = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When an admin last changed it or its quotes; a changed file then needs --force.",
    )
    search_document = search_document(article_search_vector(), "title", "body")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()
    slug_source = "title"

    class Meta:
        ordering = [F("published").desc(nulls_last=True), "-created"]
        constraints = [
            models.UniqueConstraint(fields=["origin"], name="article_unique_origin"),
        ]
        indexes = [
            models.Index(fields=["-published", "-created"], name="article_published_idx"),
            models.Index(fields=["source"], name="article_source_idx"),
            models.Index(fields=["dateline"], name="article_dateline_idx"),
            models.Index(fields=["-quote_count"], name="article_quotes_idx"),
            models.Index(fields=["content_hash"], name="article_content_hash_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_url("articles:article-detail", "slug", self.slug)

    def save(self, *args, **kwargs):
        """Keeps its quotes' copy of its publication date (``Quote.published``) in step."""
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding and "published" in kwargs.get("update_fields", ["published"]):
            self.quotes.exclude(published=self.published).update(published=self.published)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


class ArticleOrigin(models.Model):
    """Another file with the same content as an article's own: a copy imported from elsewhere,
    recorded so that re-importing it is "unchanged" rather than a second article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="other_origins")
    origin = models.CharField(max_length=1000, help_text="The copy's path.")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["origin"], name="article_origin_unique_origin"),
        ]

    def __str__(self):
        return self.origin


SHORT_QUOTE_WORDS = 3
"""Quotes of this many words or fewer are scare quotes ("so-called “safe zone”"), not statements."""
SHORT_QUOTE_PATTERN = rf"^\s*\S+(\s+\S+){{0,{SHORT_QUOTE_WORDS - 1}}}\s*$"


class QuoteQuerySet(models.QuerySet):
    def statements(self):
        """Without the short, scare quotes."""
        return self.exclude(text__regex=SHORT_QUOTE_PATTERN)

    def with_context(self):
        """What a quote card shows: its speaker, their organisation and the article."""
        return self.select_related("speaker", "speaker__organisation", "article")

    def by_speaker_name(self, text: str):
        """ "Miller" finds Matthew Miller's quotes, by full name or alias."""
        return self.filter(speaker__in=Speaker.objects.ids_matching(text))

    def for_organisation(self, organisation):
        return self.filter(speaker__organisation=organisation)

    def for_organisation_named(self, text: str):
        """Quotes of whoever speaks for an organisation found by slug, name, acronym or alias."""
        return self.filter(speaker__organisation__in=Organisation.objects.named(text))

    def newest_first(self):
        """By the article's publication date (copied onto the quote, so the sort needs no join
        and an index serves it), the latest imported first, then as in the article."""
        return self.order_by(F("published").desc(nulls_last=True), "-article_id", "position")

    def oldest_first(self):
        return self.order_by(F("published").asc(nulls_last=True), "article_id", "position")

    def latest_articles(self, count: int):
        """The articles (keys, as a subquery) of the latest ``count`` quotes."""
        return self.newest_first().values("article")[:count]

    def top(self, count: int):
        """The first ``count`` in this order, their keys found first (in an index alone), then
        their rows: joining the 15,000 quotes of an organisation's speakers to their articles
        before the sort took 80 ms."""
        return self.filter(pk__in=list(self.values_list("pk", flat=True)[:count]))

    def best_match_first(self):
        """After ``search()``: the first RANKED of its matches found, by rank, then the latest
        imported."""
        return first_ranked(self, "-rank", "-article_id", "position")

    def per_month(self):
        """``{"month": date, "n": quotes}`` rows, by the articles' publication month."""
        return (
            self.exclude(published=None)
            .annotate(month=MonthOf("published"))
            .order_by("month")
            .values("month")
            .annotate(n=Count("pk"))
        )

    def needs_review(self):
        """Quotes an admin should check: attributed with low confidence, to nobody, or to a
        person whose name looks like no name (one word, all lower case, or no letters)."""
        return self.filter(
            Q(confidence=Quote.Confidence.LOW)
            | Q(speaker=None)
            | Q(speaker__is_organisation=False)
            & (~Q(speaker__name__contains=" ") | Q(speaker__name=Lower("speaker__name")))
        )

    def alongside(self, quote: "Quote"):
        """The same speaker's other quotes in the same article or on the same day."""
        if quote.speaker_id is None:
            return self.none()
        same_place = Q(article=quote.article_id)
        if quote.published:
            same_place |= Q(published=quote.published)
        return self.filter(same_place, speaker=quote.speaker_id).exclude(pk=quote.pk)

    def in_articles_mentioning(self, text: str):
        """In articles that mention an organisation found by slug, name, acronym or alias."""
        return self.filter(article__in=Article.objects.for_organisation_named(text).values("pk"))

    def in_article_matching(self, text: str):
        """In the article with this slug, or any whose headline contains ``text``."""
        return self.filter(Q(article__slug=text) | Q(article__title__icontains=text))

    def search(self, text: str):
        """Quotes whose words match ``text`` (websearch syntax), with a ``rank`` to order by."""
        if not is_postgresql():
            return self.filter(matches_terms(text)).alias(
                rank=Value(0.0, output_field=FloatField())
            )
        query = search_query(text)
        return self.filter(search_document=query).alias(rank=search_rank(query))


class Quote(models.Model):
    class Confidence(models.TextChoices):
        HIGH = "high"
        MEDIUM = "medium"
        LOW = "low"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        help_text="Empty when the article does not say who spoke.",
    )
    text = models.TextField(help_text="The words between the quotation marks.")
    start = models.PositiveIntegerField(
        help_text="Offset of the first quoted character in the body."
    )
    end = models.PositiveIntegerField(help_text="Offset just past the last quoted character.")
    partial = models.BooleanField(
        default=False, help_text="Embedded in a sentence of the writer's."
    )
    verb = models.CharField(max_length=40, blank=True, help_text="The speech verb: said, told…")
    position = models.PositiveIntegerField(help_text="Its order in the article, from 0.")
    rule = models.CharField(
        max_length=40, blank=True, help_text="The extraction rule that chose the speaker."
    )
    confidence = models.CharField(
        max_length=6,
        blank=True,
        choices=Confidence.choices,
        help_text="How sure that rule is; empty when no speaker was found.",
    )
    published = models.DateField(
        null=True, editable=False, help_text="Its article's publication date, copied on save."
    )
    search_document = search_document(quote_search_vector(), "text")

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="quote_unique_position"),
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="quote_start_before_end"),
        ]
        indexes = [
            models.Index(fields=["speaker", "article"], name="quote_speaker_idx"),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else f"{self.text[:79]}…"

    def save(self, *args, **kwargs):
        self.published = self.article.published
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_url("articles:quote-detail", "pk", self.pk)

    @property
    def is_short(self) -> bool:
        return len(self.text.split()) <= SHORT_QUOTE_WORDS

    def review_reasons(self) -> list[str]:
        """Why ``QuoteQuerySet.needs_review`` picks it, as an admin reads it (from the speaker
        the list has fetched already)."""
        reasons = []
        if self.speaker is None:
            reasons.append("no speaker")
        elif not self.speaker.is_organisation and (
            " " not in self.speaker.name or self.speaker.name == self.speaker.name.lower()
        ):
            reasons.append("speaker looks like no name")
        if self.confidence == Quote.Confidence.LOW:
            reasons.append("low confidence")
        return reasons

    def get_place_url(self):
        """Where it stands in its article."""
        return f"{self.article.get_absolute_url()}#quote-{self.position}"

    def passage(self) -> tuple[str, str, str]:
        """The paragraphs it stands in, as (text before it, the quote, text after it)."""
        body = self.article.body
        start = body.rfind("\n\n", 0, self.start)
        start = 0 if start < 0 else start + 2
        end = body.find("\n\n", self.end)
        end = len(body) if end < 0 else end
        return body[start : self.start], body[self.start : self.end], body[self.end : end]

"""Admin for every record, so that people can correct what the extractor got wrong.

Any change to an article or its quotes stamps ``Article.edited_in_admin``: a later import of a
changed file then refuses to overwrite the correction unless told to with ``--force``.
"""

from django.contrib import admin, messages
from django.db import models, transaction
from django.db.models import Q
from django.forms.models import BaseInlineFormSet
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from articles.models import Article, Organisation, Quote, Speaker

SPEAKER_QUOTES_SHOWN = 50


def stamp_edited(article_ids) -> None:
    Article.objects.filter(pk__in=article_ids).update(edited_in_admin=timezone.now())


def recount(article_ids=(), speaker_ids=()) -> None:
    Article.objects.filter(pk__in=article_ids).refresh_counts()
    Speaker.objects.filter(pk__in=speaker_ids).refresh_counts()


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["position", "text", "speaker", "verb", "partial", "start", "end"]
    autocomplete_fields = ["speaker"]
    ordering = ["position"]


class LatestQuotesFormSet(BaseInlineFormSet):
    def get_queryset(self):
        return super().get_queryset()[:SPEAKER_QUOTES_SHOWN]


class SpeakerQuoteInline(admin.TabularInline):
    """A speaker's latest quotes, read only; all of them are one click away."""

    model = Quote
    formset = LatestQuotesFormSet
    fields = ["text", "article", "verb"]
    readonly_fields = fields
    ordering = ["-article__published", "-pk"]
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = f"Latest quotes (up to {SPEAKER_QUOTES_SHOWN})"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "published", "dateline", "source", "quote_count", "edited_in_admin"]
    list_filter = ["source", "published"]
    search_fields = ["title", "origin", "dateline"]
    date_hierarchy = "published"
    readonly_fields = ["slug", "origin", "content_hash", "edited_in_admin", "created", "updated"]
    autocomplete_fields = ["organisations"]
    inlines = [QuoteInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    show_facets = admin.ShowFacets.NEVER

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        speakers = set()
        for formset in formsets:
            for inline_form in formset.forms:
                speakers |= {inline_form.instance.speaker_id, inline_form.initial.get("speaker")}
        recount([form.instance.pk], speakers - {None})
        if change:
            stamp_edited([form.instance.pk])


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "speaker", "article", "position", "verb", "partial"]
    list_select_related = ["speaker", "article"]
    list_filter = ["partial", "verb"]
    search_fields = ["text", "speaker__name", "speaker__aliases"]
    autocomplete_fields = ["speaker", "article"]
    show_facets = admin.ShowFacets.NEVER

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        previous = [form.initial.get("speaker"), form.initial.get("article")]
        recount({obj.article_id, previous[1]} - {None}, {obj.speaker_id, previous[0]} - {None})
        stamp_edited({obj.article_id, previous[1]} - {None})

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        recount([obj.article_id], [obj.speaker_id])
        stamp_edited([obj.article_id])

    def delete_queryset(self, request, queryset):
        touched = list(queryset.values_list("article_id", "speaker_id"))
        super().delete_queryset(request, queryset)
        recount({a for a, _ in touched}, {s for _, s in touched} - {None})
        stamp_edited({a for a, _ in touched})


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "organisation", "quote_count", "is_organisation"]
    list_select_related = ["organisation"]
    list_filter = ["is_organisation"]
    search_fields = ["name", "aliases", "title"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["slug", "quote_count", "all_quotes", "created", "updated"]
    inlines = [SpeakerQuoteInline]
    actions = ["merge_speakers"]
    show_facets = admin.ShowFacets.NEVER

    @admin.display(description="All quotes")
    def all_quotes(self, speaker):
        url = reverse("admin:articles_quote_changelist") + f"?speaker__id__exact={speaker.pk}"
        return format_html('<a href="{}">{} quotes</a>', url, speaker.quote_count)

    @admin.action(description="Merge selected speakers (the same person) into one")
    def merge_speakers(self, request, queryset):
        speakers = list(queryset.most_quoted_first())
        if len(speakers) < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        target_id = request.POST.get("merge_into")
        target = next((s for s in speakers if str(s.pk) == target_id), None)
        if target is None:
            return TemplateResponse(
                request,
                "admin/articles/speaker/merge.html",
                {
                    **self.admin_site.each_context(request),
                    "title": "Merge speakers",
                    "opts": self.model._meta,
                    "speakers": speakers,
                    "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                },
            )
        with transaction.atomic():
            others = Speaker.objects.filter(pk__in=[s.pk for s in speakers if s != target])
            articles = set(
                Quote.objects.filter(speaker__in=others).values_list("article_id", flat=True)
            )
            merged = others.merge_into(target)
            stamp_edited(articles)
        self.message_user(
            request,
            f"Merged {merged} speaker{pluralize(merged)} into {target.name}.",
            messages.SUCCESS,
        )
        return None


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "article_count"]
    search_fields = ["name", "acronym", "aliases"]
    readonly_fields = ["slug", "article_count", "created", "updated"]
    show_facets = admin.ShowFacets.NEVER

    def get_search_results(self, request, queryset, search_term):
        """An acronym typed in full finds its organisation first (autocomplete fields)."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term:
            results = results | queryset.filter(Q(acronym__iexact=search_term.strip()))
        return results, may_have_duplicates

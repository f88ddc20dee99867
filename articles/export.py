"""CSV export of any filtered list: the API's records flattened to columns, streamed row by
row from a database cursor, so a million quotes take the memory of one chunk.

The columns come from the API's serializer, but the rows do not go through it: each column
reads one database value (``speaker__organisation__name``) with ``values_list()`` and renders
it with the serializer's own field, which is ten times faster than building and serializing
model instances."""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from types import SimpleNamespace

from django.db import transaction
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.views import View
from rest_framework import serializers

from articles.api import LinkField
from articles.naming import split_aliases

# A spreadsheet runs a cell starting with one of these as a formula (OWASP's list).
FORMULA_STARTS = frozenset("=+-@\t\r")
CHUNK = 2000
# Serializer sources that are model properties, as (the column they read, how they read it).
PROPERTIES = {"alias_list": ("aliases", split_aliases)}


@dataclass(frozen=True)
class Column:
    """One leaf of the API record: its dotted name (``speaker.organisation.name``), the
    database value it reads and how the API renders that value."""

    name: str
    lookup: str
    render: Callable


def columns(serializer: serializers.Serializer, prefix: str = "", path=()) -> list[Column]:
    """The leaf fields of ``serializer``, nested serializers flattened, in the API's order."""
    found = []
    for name, field in serializer.fields.items():
        source = (*path, *field.source_attrs)
        if isinstance(field, serializers.Serializer):
            found += columns(field, f"{prefix}{name}.", source)
        else:
            found.append(column(f"{prefix}{name}", source, field))
    return found


def column(name: str, source: tuple[str, ...], field: serializers.Field) -> Column:
    if isinstance(field, LinkField):
        return Column(name, "__".join((*source, field.lookup_field)), link(field))
    if source[-1] in PROPERTIES:
        attribute, read = PROPERTIES[source[-1]]
        return Column(
            name,
            "__".join((*source[:-1], attribute)),
            lambda value: field.to_representation(read(value)),
        )
    return Column(name, "__".join(source), field.to_representation)


def link(field: LinkField) -> Callable:
    """A record's URL from its key: the field's URL reversed once, the key put in per row."""
    stand_in = field.STAND_IN
    template = field.to_representation(SimpleNamespace(**{field.lookup_field: stand_in}))
    return lambda key: template.replace(stand_in, str(key))


def cell(value) -> str:
    """A value as spreadsheet text that is never run as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    text = str(value)
    return f"'{text}" if text[:1] in FORMULA_STARTS else text


def csv_lines(queryset, serializer: serializers.Serializer):
    """The header, then the rows, read from the database and sent on ``CHUNK`` rows at a time
    as UTF-8 bytes: a response chunk per row cost as much as the row itself."""
    found = columns(serializer)
    renders = [found_column.render for found_column in found]

    def cells(values) -> list[str]:
        return [
            "" if value is None else cell(render(value))
            for render, value in zip(renders, values, strict=True)
        ]

    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow([found_column.name for found_column in found])
    yield taken(text)
    rows = queryset.values_list(*(found_column.lookup for found_column in found))
    # Outside a transaction Django declares the cursor WITH HOLD, and PostgreSQL computes every
    # row (sorting a million quotes) before handing over the first.
    with transaction.atomic(using=rows.db):
        read = rows.iterator(chunk_size=CHUNK)
        while chunk := list(islice(read, CHUNK)):
            writer.writerows(map(cells, chunk))
            yield taken(text)


def taken(text: io.StringIO) -> bytes:
    """What was written to ``text`` since the last call, as UTF-8."""
    written = text.getvalue()
    text.seek(0)
    text.truncate()
    return written.encode()


class CsvExportView(View):
    """``<list>/export.csv?<the page's filters>``: the whole filtered list, in the page's order,
    with the columns of the API view ``viewset``."""

    viewset = None
    filename = "export"

    def get(self, request):
        filterset = self.viewset.filterset_class(
            request.GET, queryset=self.viewset.queryset.all(), request=request
        )
        if not filterset.is_valid():
            errors = "; ".join(
                f"{name}: {' '.join(messages)}" for name, messages in filterset.errors.items()
            )
            return HttpResponseBadRequest(f"Bad filter. {errors}", content_type="text/plain")
        serializer = self.viewset.serializer_class(context={"request": request})
        response = StreamingHttpResponse(
            csv_lines(filterset.qs, serializer), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.filename}.csv"'
        return response

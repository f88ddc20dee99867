"""CSV export of any filtered list: the API's records flattened to columns, streamed row by
row from a database cursor, so a million quotes take the memory of one chunk."""

import csv

from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.views import View
from rest_framework import serializers

# A spreadsheet runs a cell starting with one of these as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 2000


def columns(serializer: serializers.Serializer, prefix: str = "") -> list[str]:
    """Dotted names of the leaf fields: ``speaker.organisation.name``."""
    names = []
    for name, field in serializer.fields.items():
        if isinstance(field, serializers.Serializer):
            names += columns(field, f"{prefix}{name}.")
        else:
            names.append(f"{prefix}{name}")
    return names


def flatten(record, prefix: str = "", into: dict | None = None) -> dict:
    into = {} if into is None else into
    for name, value in (record or {}).items():
        if isinstance(value, dict):
            flatten(value, f"{prefix}{name}.", into)
        else:
            into[f"{prefix}{name}"] = value
    return into


def cell(value) -> str:
    """A value as spreadsheet text that is never run as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class Line:
    """A file whose ``write`` hands back the line csv.writer made."""

    def write(self, line: str) -> str:
        return line


def csv_lines(queryset, serializer: serializers.Serializer):
    """The header, then one line per row, read from the database in chunks."""
    header = columns(serializer)
    writer = csv.writer(Line())
    yield writer.writerow(header)
    for row in queryset.iterator(chunk_size=CHUNK):
        record = flatten(serializer.to_representation(row))
        yield writer.writerow([cell(record.get(name)) for name in header])


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

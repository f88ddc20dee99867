"""The app's URLs plus a floor: the cheapest page Django can serve through the same middleware.

Bench-only, so the floor view never ships in the app's own urls.
"""

from django.template import engines
from django.template.response import TemplateResponse
from django.urls import include, path

FLOOR_TEMPLATE = engines["django"].from_string("<p>{{ request.path }}</p>\n")


def floor(request):
    return TemplateResponse(request, FLOOR_TEMPLATE)


urlpatterns = [
    path("bench/floor/", floor, name="bench-floor"),
    path("", include("newsroom.urls")),
]

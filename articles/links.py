"""Record page URLs, without walking the URL patterns again for every row.

reverse() resolves a view's pattern on each call: the 25 cards of a quote list linked 100
times, a tenth of the page's time. ``page_url()`` reverses each view once (per URLconf and
script prefix) with a stand-in key and then puts each record's key in its place, which gives
what reverse() gives for keys made of letters, digits, hyphens and underscores (slugs, ids):
those need no quoting. Any other key goes through reverse() itself. ``fixed_url()`` is the
same for a page of no key (the site's sections, linked from every page's header).
"""

import functools
import re

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

STAND_IN = "1234567890987654321"  # a key that both the slug and the int converters accept
PLAIN_KEY = re.compile(r"[-a-zA-Z0-9_]+")


@functools.lru_cache(maxsize=64)
def url_around_key(view_name: str, lookup: str, urlconf: str, prefix: str) -> tuple[str, str]:
    """The URL of ``view_name`` before and after its ``lookup`` key."""
    before, after = reverse(view_name, kwargs={lookup: STAND_IN}).split(STAND_IN)
    return before, after


def page_url(view_name: str, lookup: str, key) -> str:
    """``reverse(view_name, kwargs={lookup: key})``, by the once-reversed URL when it can."""
    text = str(key)
    if key is None or not PLAIN_KEY.fullmatch(text):
        return reverse(view_name, kwargs={lookup: key})
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    before, after = url_around_key(view_name, lookup, urlconf, get_script_prefix())
    return f"{before}{text}{after}"


@functools.lru_cache(maxsize=64)
def reversed_once(view_name: str, urlconf: str, prefix: str) -> str:
    return reverse(view_name)


def fixed_url(view_name: str) -> str:
    """``reverse(view_name)`` for a view that takes no arguments, reversed once."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return reversed_once(view_name, urlconf, get_script_prefix())

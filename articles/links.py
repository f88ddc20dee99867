"""Record page URLs, without walking the URL patterns again for every row.

reverse() resolves a view's pattern on each call: the 25 cards of a quote list linked 100
times, a tenth of the page's time. ``page_url()`` reverses each view once (per URLconf and
script prefix) with a stand-in key, then puts each record's key in its place. That is what
reverse() gives for a key the pattern takes that is made of letters, digits, hyphens and
underscores (slugs, ids): it needs no quoting. Any other key goes through reverse() itself.
``fixed_url()`` does the same for a page of no key (the site's sections, in every header).
"""

import functools
import re

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse

STAND_IN = "1234567890987654321"  # a key that both the slug and the int converters accept
PLAIN_KEY = re.compile(r"[-a-zA-Z0-9_]+")
NUMBER = re.compile(r"[0-9]+")


@functools.lru_cache(maxsize=64)
def url_around_key(
    view_name: str, lookup: str, urlconf: str, prefix: str
) -> tuple[str, str, re.Pattern]:
    """The URL of ``view_name`` before and after its ``lookup`` key, and the plain keys its
    pattern takes: any (a slug), or numbers only."""
    before, after = reverse(view_name, kwargs={lookup: STAND_IN}).split(STAND_IN)
    try:
        reverse(view_name, kwargs={lookup: "a-z_0"})
    except NoReverseMatch:
        return before, after, NUMBER
    return before, after, PLAIN_KEY


def page_url(view_name: str, lookup: str, key) -> str:
    """``reverse(view_name, kwargs={lookup: key})``, by the once-reversed URL when it can."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    before, after, plain = url_around_key(view_name, lookup, urlconf, get_script_prefix())
    text = str(key)
    if key is None or not plain.fullmatch(text):
        return reverse(view_name, kwargs={lookup: key})
    return f"{before}{text}{after}"


@functools.lru_cache(maxsize=64)
def reversed_once(view_name: str, urlconf: str, prefix: str) -> str:
    return reverse(view_name)


def fixed_url(view_name: str) -> str:
    """``reverse(view_name)`` for a view that takes no arguments, reversed once."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return reversed_once(view_name, urlconf, get_script_prefix())

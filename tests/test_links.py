"""Record page URLs reversed once a view: the same URLs reverse() gives, on any script prefix."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from articles.links import fixed_url, page_url


@pytest.mark.parametrize(
    ("view_name", "lookup", "key"),
    [
        ("articles:article-detail", "slug", "talks-resume-2"),
        ("articles:speaker-detail", "slug", "tarin_vell"),
        ("articles:organisation-detail", "slug", "fpp"),
        ("articles:quote-detail", "pk", 40213),
    ],
)
def test_a_page_url_is_what_reverse_gives(view_name, lookup, key):
    assert page_url(view_name, lookup, key) == reverse(view_name, kwargs={lookup: key})


def test_page_urls_follow_the_script_prefix_the_site_is_served_under():
    try:
        set_script_prefix("/newsroom/")
        assert page_url("articles:quote-detail", "pk", 7) == "/newsroom/quotes/7/"
        assert fixed_url("articles:quote-list") == "/newsroom/quotes/"
    finally:
        set_script_prefix("/")
    assert page_url("articles:quote-detail", "pk", 7) == "/quotes/7/"
    assert fixed_url("articles:quote-list") == "/quotes/"


def test_a_key_the_pattern_refuses_is_refused_as_reverse_refuses_it():
    for key in ("two words", "", "ünïcode"):
        with pytest.raises(NoReverseMatch):
            page_url("articles:speaker-detail", "slug", key)
    for key in ("not-a-number", "12a", -3):
        with pytest.raises(NoReverseMatch):
            page_url("articles:quote-detail", "pk", key)

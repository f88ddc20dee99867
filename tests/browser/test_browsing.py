"""What a reader does in a real browser, at desktop and phone widths: search quotes by
speaker from the home page, read the quote in its article, filter articles by organisation,
page through them."""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from articles.models import Organisation
from tests.conftest import make_article, make_quote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newsroom(transactional_db, world):
    """The shared browsing data, with an unattributed quote and 30 more SDF articles to page
    through."""
    make_quote(world["washington"], "everything possible", None, partial=True)
    for n in range(30):
        article = make_article(
            f"Front line report {n + 1}",
            body=f"QAMISHLI - Day {n + 1} of the offensive.",
            dateline="QAMISHLI",
            source="VOA",
            published=datetime.date(2024, 11, 30) - datetime.timedelta(days=n),
        )
        article.organisations.add(world["sdf"])
        make_quote(article, f"Our forces are holding position number {n + 1}", world["abdi"])
    Organisation.objects.refresh_counts()
    return world


def show_filters(page: Page):
    """Phones start with the filters folded under their summary."""
    panel = page.locator("details.filter-panel")
    if not panel.evaluate("details => details.open"):
        panel.locator("summary").click()


def fits_the_screen(page: Page) -> bool:
    """Nothing is wider than the screen. Against the page's own width, not the window's: a
    phone's browser widens its window to show a page that overflows."""
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_search_quotes_by_speaker_from_home_and_read_one_marked_in_its_article(
    live_server, page, screenshot, newsroom
):
    page.goto(live_server.url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Who said what")
    screenshot("home")

    page.get_by_label("Search quotes, speakers and articles").fill("Miller")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Speakers")).to_be_visible()
    screenshot("home-search")

    page.get_by_role("link", name="2 quotes by Matthew Miller").click()
    expect(page).to_have_url(re.compile(r"/quotes/\?speaker=Matthew"))
    cards = page.locator(".quote-card")
    expect(cards).to_have_count(2)
    expect(cards.first).to_contain_text("Spokesperson")
    expect(page.get_by_label("Speaker", exact=True)).to_have_value("Matthew Miller")
    assert fits_the_screen(page)
    screenshot("quote-search")

    cards.filter(has_text="Nothing has changed").get_by_role(
        "link", name=re.compile("US urges")
    ).click()
    expect(page).to_have_url(re.compile(r"/articles/us-urges-protection[^#]*#quote-1$"))
    marked = page.locator(":target")
    expect(marked).to_have_class("quote")
    expect(marked).to_contain_text("Nothing has changed with respect to our policy")
    expect(marked).to_have_attribute("title", "Matthew Miller, Spokesperson")
    expect(marked).to_have_attribute("href", newsroom["miller"].get_absolute_url())
    expect(marked).to_be_in_viewport()
    expect(page.locator("a.quote")).to_have_count(2)
    expect(page.locator(".quote-unattributed")).to_have_count(1)
    assert fits_the_screen(page)
    screenshot("article")

    marked.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Matthew Miller")
    expect(page.locator(".chart svg rect")).to_have_count(12)  # a year of months
    screenshot("speaker")

    page.get_by_role("link", name="WASHINGTON DC", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("datelined WASHINGTON DC")
    expect(page.locator(".quote-card")).to_have_count(2)


def test_filter_articles_by_organisation_and_page_through_them(
    live_server, page, screenshot, newsroom
):
    page.goto(f"{live_server.url}/articles/")
    expect(page.locator(".result-count")).to_contain_text("of 33 articles")

    show_filters(page)
    page.get_by_label("Organisation").fill("SDF")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"/articles/\?organisation=SDF$"))
    expect(page.locator(".result-count")).to_contain_text("1–25 of 31 articles")
    expect(page.locator(".article-row")).to_have_count(25)
    expect(page.locator(".article-row").first).to_contain_text("Front line report 1")
    assert fits_the_screen(page)
    screenshot("articles-by-organisation")

    page.get_by_role("link", name="Next ›").click()
    expect(page).to_have_url(re.compile(r"organisation=SDF&page=2"))
    expect(page.locator(".result-count")).to_contain_text("26–31 of 31 articles")
    expect(page.locator("details.filter-panel summary")).to_contain_text("1 active")
    expect(page.locator(".article-row")).to_have_count(6)
    expect(page.get_by_label("Organisation")).to_have_value("SDF")
    screenshot("articles-page-2")

    page.go_back()
    expect(page.locator(".result-count")).to_contain_text("1–25 of 31 articles")


def test_a_bad_date_shows_a_form_error_not_a_crash(live_server, page, screenshot, newsroom):
    page.goto(f"{live_server.url}/articles/?published_after=2024-13-45")
    expect(page.locator(".field-errors")).to_contain_text("Enter a valid date")
    expect(page.get_by_label("Published from")).to_have_value("2024-13-45")  # as typed
    expect(page.locator(".article-row")).to_have_count(0)
    screenshot("articles-bad-date")


@pytest.mark.parametrize(
    "path",
    ["/speakers/", "/organisations/", "/organisations/syrian-democratic-forces/", "/quotes/"],
)
def test_the_other_pages_fit_the_screen(live_server, page, screenshot, newsroom, path):
    page.goto(f"{live_server.url}{path}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert fits_the_screen(page)
    screenshot(path.strip("/").replace("/", "-"))

"""What a reader does in a real browser, at desktop and phone widths: search quotes by
speaker from the home page, read the quote in its article, filter articles by organisation,
page through them."""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from articles.models import Organisation
from tests.conftest import make_article, make_organisation, make_quote, make_speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BRIEFING = (
    "WASHINGTON DC - The United States on Monday called on the parties engaged in the "
    "conflict in Syria to do “everything possible” to protect civilians."
    "\n\n“We’re going to continue to make clear to every party and every country who engages "
    "with parties inside Syria that they do everything possible to protect civilians,” US "
    "State Department Spokesperson Matthew Miller told Rudaw during a press briefing."
    "\n\nThe Syrian Democratic Forces (SDF) said it is working with relevant parties."
    "\n\n“Nothing has changed with respect to our policy,” Miller said."
)


@pytest.fixture
def newsroom(transactional_db):
    state = make_organisation("US State Department", aliases="State Department")
    sdf = make_organisation("Syrian Democratic Forces", acronym="SDF")
    miller = make_speaker(
        "Matthew Miller", title="Spokesperson", organisation=state, aliases="Miller"
    )
    abdi = make_speaker("Mazloum Abdi", title="Commander-in-chief", organisation=sdf)
    briefing = make_article(
        "US urges protection of civilians amid Syria's escalating conflict",
        body=BRIEFING,
        dateline="WASHINGTON DC",
        source="Rudaw",
        published=datetime.date(2024, 12, 2),
    )
    briefing.organisations.add(state, sdf)
    make_quote(briefing, "everything possible", None, partial=True)
    make_quote(briefing, BRIEFING.split("“")[2].split("”")[0], miller)
    make_quote(briefing, "Nothing has changed with respect to our policy,", miller)
    for n in range(30):
        article = make_article(
            f"Front line report {n + 1}",
            body=f"QAMISHLI - Day {n + 1} of the offensive.",
            dateline="QAMISHLI",
            source="VOA",
            published=datetime.date(2024, 11, 30) - datetime.timedelta(days=n),
        )
        article.organisations.add(sdf)
        make_quote(article, f"Our forces are holding position number {n + 1}", abdi)
    for n in range(5):
        make_article(f"Unrelated story {n + 1}", published=datetime.date(2023, 1, 1 + n))
    Organisation.objects.refresh_counts()
    return {"briefing": briefing, "sdf": sdf, "miller": miller}


def show_filters(page: Page):
    """Phones start with the filters folded under their summary."""
    panel = page.locator("details.filter-panel")
    if not panel.evaluate("details => details.open"):
        panel.locator("summary").click()


def fits_the_screen(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


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
    expect(page).to_have_url(re.compile(r"/articles/us-urges-protection[^#]*#quote-2$"))
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


def test_filter_articles_by_organisation_and_page_through_them(
    live_server, page, screenshot, newsroom
):
    page.goto(f"{live_server.url}/articles/")
    expect(page.locator(".result-count")).to_contain_text("of 36 articles")

    show_filters(page)
    page.get_by_label("Organisation").fill("SDF")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"/articles/\?organisation=SDF$"))
    expect(page.locator(".result-count")).to_contain_text("1–25 of 31 articles")
    expect(page.locator(".article-row")).to_have_count(25)
    expect(page.locator(".article-row").first).to_contain_text("US urges protection")
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

"""What an editor does in the admin in a real browser, at desktop and phone widths: merge two
spellings of one speaker from the list, and correct an article's quotes on its page."""

import pytest
from playwright.sync_api import Page, expect

from articles.models import Quote, Speaker
from tests.conftest import make_article, make_organisation, make_quote, make_speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-browser-test-password"


@pytest.fixture
def editor_page(page: Page, live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("Site administration")).to_be_visible()
    return page


@pytest.fixture
def briefing(transactional_db):
    state = make_organisation("US State Department")
    miller = make_speaker("Matthew Miller", title="Spokesperson", organisation=state)
    misspelt = make_speaker("Mathew Miller", aliases="Miller")
    article = make_article(
        "US urges protection of civilians amid Syria's escalating conflict",
        body="WASHINGTON DC - The United States called on the parties to protect civilians.",
    )
    make_quote(
        article,
        "We’re going to continue to make clear to every party that they do "
        "everything possible to protect civilians,",
        miller,
        verb="told",
        rule="title-name",
        confidence="high",
    )
    make_quote(
        article,
        "Nothing has changed with respect to our policy,",
        misspelt,
        verb="said",
        rule="surname",
        confidence="medium",
    )
    make_quote(article, "We will keep talking to every party,", misspelt, verb="said")
    make_quote(article, "everything possible", None, partial=True)
    return article


def fits_the_width(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_editor_merges_two_spellings_of_a_speaker(
    editor_page: Page, live_server, briefing, screenshot
):
    page = editor_page
    page.goto(f"{live_server.url}/admin/articles/speaker/")
    for name in ("Matthew Miller", "Mathew Miller"):
        page.get_by_role("row").filter(has_text=name).get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option("merge_speakers")
    page.get_by_role("button", name="Go").click()

    expect(page.get_by_role("heading", name="Merge speakers")).to_be_visible()
    expect(page.get_by_text("of US State Department")).to_be_visible()
    expect(page.get_by_text("“We will keep talking to every party,”")).to_be_visible()
    expect(page.locator(".breadcrumbs").get_by_role("link", name="Speakers")).to_be_visible()
    assert fits_the_width(page)
    screenshot("admin-merge-speakers")

    page.get_by_label("Matthew Miller").check()
    page.get_by_role("button", name="Merge").click()

    expect(page.get_by_text("Merged 1 speaker into Matthew Miller.")).to_be_visible()
    assert list(Speaker.objects.values_list("name", flat=True)) == ["Matthew Miller"]


def test_editor_reads_and_corrects_quotes_on_the_article_page(
    editor_page: Page, live_server, briefing, screenshot
):
    page = editor_page
    page.goto(f"{live_server.url}/admin/articles/article/{briefing.pk}/change/")

    first_text = page.locator("textarea[name=quotes-0-text]")
    expect(first_text).to_be_visible()
    expect(page.locator("#quotes-0 .select2-selection__rendered")).to_have_attribute(
        "title", "Matthew Miller"
    )
    expect(page.locator("input[name=quotes-0-start]")).to_be_hidden()
    assert fits_the_width(page)
    screenshot("admin-article-quotes")

    page.locator("#quotes-0 summary").click()
    expect(page.locator("input[name=quotes-0-start]")).to_be_visible()


def test_editor_fixes_a_quote_that_needs_review_from_the_list(
    editor_page: Page, live_server, briefing, screenshot
):
    page = editor_page
    page.goto(f"{live_server.url}/admin/articles/quote/")
    page.get_by_role("link", name="Needs review").click()
    row = page.get_by_role("row").filter(has_text="everything possible")
    expect(page.get_by_role("row").filter(has_text="Nothing has changed")).to_have_count(0)
    assert fits_the_width(page)
    screenshot("admin-quotes-needing-review")

    row.locator(".select2-selection").click()
    page.locator(".select2-search__field").fill("Matthew")
    page.get_by_role("option", name="Matthew Miller").click()
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_text("was changed successfully")).to_be_visible()
    assert Quote.objects.get(text="everything possible").speaker.name == "Matthew Miller"

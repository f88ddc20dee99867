"""A researcher's tools in a real browser, at desktop and phone widths, over the real dev
articles: cite a quote from its own page, and analyse a pasted article."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from articles.extraction import extract
from articles.models import Quote
from tests.browser.conftest import VIEWPORTS
from tests.browser.test_browsing import fits_the_screen
from tests.conftest import DEV_SET_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SYRIA = DEV_SET_DIR / "02_syria-kurds-deal-turkey-offensive.txt"


@pytest.fixture
def dev_articles(transactional_db):
    call_command("import_articles", str(DEV_SET_DIR), stdout=io.StringIO())


def policy_violations(page: Page) -> list[str]:
    """Console errors the Content-Security-Policy raises, gathered as the page runs."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_cite_a_quote_from_its_own_page(live_server, page, viewport, screenshot, dev_articles):
    quote = (
        Quote.objects.filter(speaker__name="Matthew Miller", speaker__organisation__isnull=False)
        .order_by("position")
        .first()
    )
    violations = policy_violations(page)
    page.goto(f"{live_server.url}/quotes/?speaker=Matthew+Miller")
    screenshot("quote-search", full_page=False)
    page.locator(".quote-card").filter(has_text=quote.text[:40]).get_by_role(
        "link", name="Cite"
    ).click()
    expect(page).to_have_url(re.compile(rf"/quotes/{quote.pk}/$"))
    expect(page.locator(".quote-full")).to_contain_text(quote.text[:40])
    expect(page.locator(".quote-header__who")).to_contain_text("Matthew Miller, Spokesperson")
    citation = page.locator("#citation")
    expect(citation).to_contain_text("Matthew Miller (Spokesperson")
    expect(citation).to_contain_text(f"{live_server.url}/quotes/{quote.pk}/")
    expect(page.locator("mark.quote")).to_contain_text(quote.text[:40])
    markup = page.locator('script[type="application/ld+json"]').text_content()
    assert '"@type": "Quotation"' in markup
    assert fits_the_screen(page)
    screenshot("quote-page")

    page.get_by_role("link", name="Read it in the article ›").click()
    expect(page).to_have_url(re.compile(rf"#quote-{quote.position}$"))
    expect(page.locator(":target")).to_contain_text(quote.text[:40])
    who = page.locator(":target .quote__who")
    expect(who).to_contain_text("Matthew Miller")
    shown_width = who.bounding_box()["width"]
    if viewport == "phone":  # no hover: the speaker stands in the text
        assert shown_width > 50
    else:  # a tooltip on hover, and for screen readers
        assert shown_width <= 1
    page.goto(f"{live_server.url}{quote.article.get_absolute_url()}")
    screenshot("article-page", full_page=False)
    assert violations == []


def test_analyse_a_pasted_article(live_server, page, screenshot, dev_articles):
    text = SYRIA.read_text()
    expected = extract(text)
    page.goto(f"{live_server.url}/analyse/")
    page.get_by_role("button", name="Analyse").click()  # empty: the browser asks for text
    expect(page.get_by_role("heading", name="What Newsroom found")).to_have_count(0)
    page.get_by_label("Article text").fill(text)
    page.get_by_role("button", name="Analyse").click()
    expect(page.get_by_role("heading", name="What Newsroom found")).to_be_visible()
    rows = page.locator("table.found-quotes tbody tr")
    expect(rows).to_have_count(len(expected.quotes))
    first_named = next(n for n, q in enumerate(expected.quotes, 1) if q.speaker)
    reference = page.locator(f'a.found-ref[href="#found-{first_named}"]')
    expect(reference).to_be_visible()  # the speaker reads in the text, no hover needed
    expect(reference).to_contain_text(expected.quotes[first_named - 1].speaker)
    confidences = [quote.confidence for quote in expected.quotes if quote.confidence]
    assert confidences  # each attributed quote says how sure its rule is
    expect(page.locator("table.found-quotes .confidence")).to_have_text(confidences)
    expect(page.get_by_label("Article text")).to_have_value(re.compile("Kurds announce deal"))
    assert fits_the_screen(page)
    screenshot("analyser")
    reference.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#found-{first_named}")).to_contain_text(
        expected.quotes[first_named - 1].rule
    )


def test_the_api_docs_render_under_the_sites_policy(live_server, browser, dev_articles):
    """Swagger UI from the site's own files; its setup script is a file too, not inline."""
    context = browser.new_context(**VIEWPORTS["desktop"])
    page = context.new_page()
    violations = policy_violations(page)
    page.goto(f"{live_server.url}/api/docs/")
    expect(page.get_by_text("Newsroom API").first).to_be_visible()
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    paths = page.locator(".opblock-summary-path").all_text_contents()
    assert "/api/quotes/" in paths and "/api/speakers/{slug}/" in paths
    # Only the page's one inline <style> is refused (cosmetic); no script is.
    assert [v for v in violations if "script" in v] == []
    context.close()

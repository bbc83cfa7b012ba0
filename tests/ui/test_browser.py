"""A real browser (Debian Chromium via Playwright): ask, see answer and sources, open a citation, no injected code."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def page(server):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make system-deps)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server["url"], timeout=60_000)
        page.wait_for_selector("#question textarea", timeout=60_000)
        yield page
        browser.close()


def _ask(page, question):
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#ask").click()


def test_ask_see_sources_open_citation(page):
    SHOTS.mkdir(exist_ok=True)
    _ask(page, "How much did the crime-prevention funding protection cost?")
    page.wait_for_selector("#conversation .a", timeout=60_000)
    assert "£1,118,248" in page.locator("#conversation").inner_text()
    assert "para 22" in page.locator("#sources").inner_text()
    page.locator("#citations label").first.click()
    highlight = page.locator("#viewer #highlight")
    highlight.wait_for(timeout=30_000)
    assert "£1,118,248" in highlight.inner_text()
    page.screenshot(path=str(SHOTS / "citation_open.png"), full_page=True)


def test_script_in_question_and_document_never_runs(page):
    _ask(page, '<img src=x onerror="window.__pwned = 3"><script>window.__pwned = 4</script> burglary attack paragraph')
    page.wait_for_function("document.querySelectorAll('#conversation .q').length >= 2", timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.evaluate("window.__pwned === undefined")
    assert page.title() != "pwned"
    assert "<script>" in page.locator("#conversation").inner_text()  # shown as text, not run
    page.screenshot(path=str(SHOTS / "attack.png"), full_page=True)


def test_a_weak_match_is_badged_and_a_clear_one_is_not(page):
    _ask(page, "What was the thinking behind setting up a unit dedicated to cutting violence?")
    page.wait_for_function("document.querySelectorAll('#conversation .q').length >= 3", timeout=60_000)
    last = page.locator("#conversation .a").last
    last.wait_for(timeout=60_000)
    assert "Weak match: check the quoted passages" in last.inner_text()
    # the letter opened for the first answer is closed, not left beside this one as if it were its source
    page.wait_for_function("document.querySelector('#viewer').innerText.includes('Click a citation')", timeout=30_000)
    page.screenshot(path=str(SHOTS / "weak_match.png"), full_page=True)
    first = page.locator("#conversation .a").first  # the funding question asked first: a clear match
    assert "£1,118,248" in first.inner_text() and "Weak match" not in first.inner_text()

"""Real Chromium (Debian, via Playwright) at desktop and phone sizes: citations, layout, filters, feedback, a11y."""

import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
AXE = Path(__file__).resolve().parent / ".node" / "node_modules" / "axe-core" / "axe.min.js"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
FUNDING = "How much did the crime-prevention funding protection cost?"
WAIT = 60_000


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make system-deps)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(params=list(SIZES))
def page(request, browser, server):
    """A fresh page (its own session) at one of the two sizes staff tested at."""
    width, height = SIZES[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.size_name = request.param
    page.goto(server["url"], timeout=WAIT)
    page.wait_for_selector("#question textarea", timeout=WAIT)
    page.wait_for_function("typeof window.__ragClick === 'function'", timeout=WAIT)
    yield page
    context.close()


def shot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}_{page.size_name}.png"))


def ask(page, question, turns_before=None):
    """Type and press Enter; wait for the answer (a new turn) or a refusal message."""
    n = page.locator("#conversation .turn:not(.draft-turn)").count() if turns_before is None else turns_before
    before = page.evaluate("(document.querySelector('#message .refusal') || {}).innerText || ''")
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    page.wait_for_function(
        "([n, before]) => document.querySelectorAll('#conversation .turn:not(.draft-turn)').length > n || "
        "(document.querySelector('#message .refusal') || {}).innerText > '' && "
        "document.querySelector('#message .refusal').innerText !== before",
        arg=[n, before], timeout=WAIT)


def in_viewport(page, selector):
    box = page.locator(selector).bounding_box()
    vp = page.viewport_size
    return box is not None and box["y"] >= -1 and box["y"] + min(box["height"], 40) <= vp["height"] + 1


def open_and_check(page, locator, expect):
    locator.click()
    page.wait_for_function(
        "(t) => { const h = document.querySelector('#viewer #highlight'); return h && h.innerText.includes(t); }",
        arg=expect, timeout=30_000)
    page.wait_for_timeout(300)  # the scroll to the highlight runs on the next animation frame
    assert in_viewport(page, "#viewer #highlight")
    if page.size_name == "phone":  # the letter is an overlay at the top of the screen, not 1,500 px below
        assert page.locator("#viewer").bounding_box()["y"] <= 1


def close_letter(page):
    page.locator("#viewer .close-letter").click()
    page.wait_for_selector("#viewer .viewer-empty", state="attached", timeout=10_000)


# ---- 1. citations one click away, conversation top to bottom -----------------------------------------------


def test_each_marker_source_card_and_related_item_opens_the_highlighted_paragraph(page):
    ask(page, FUNDING)
    answer = page.locator("#conversation .turn").last
    assert "£1,118,248" in answer.inner_text() and "para 22" in answer.locator(".sources").inner_text()
    open_and_check(page, answer.locator("button.cite").first, "£1,118,248")
    shot(page, "citation_open")
    assert "##" not in page.locator("#viewer").inner_text()
    close_letter(page)
    open_and_check(page, answer.locator(".source blockquote").first, "£1,118,248")  # the card itself, one click
    close_letter(page)
    ask(page, "What is the budget for the London Fire Brigade pension fund?")
    related = page.locator("#conversation .turn").last.locator("button.related-open").first
    expect = related.inner_text().split(", ")[-1]
    related.click()
    page.wait_for_selector("#viewer #highlight", timeout=30_000)
    assert expect.split()[0] in page.locator("#viewer #highlight .label").inner_text()
    shot(page, "related_open")


def test_conversation_reads_top_to_bottom_and_each_answer_keeps_its_sources(page):
    questions = [FUNDING, "When was the Violence Reduction Unit announced?",
                 "What are the aims of the street triage pilot?",
                 "Who signed the letter about mental health and policing?",
                 "What are the components of the Mayor's Knife Crime strategy?"]
    for n, q in enumerate(questions):
        ask(page, q, turns_before=n)
    turns = page.locator("#conversation .turn")
    assert turns.count() == 5
    assert [turns.nth(i).locator(".q").inner_text().split("You asked")[-1].strip() for i in range(5)] == questions
    page.wait_for_timeout(300)
    pane, last = page.locator("#conversation").bounding_box(), turns.nth(4).bounding_box()
    assert pane["y"] - 1 <= last["y"] <= pane["y"] + pane["height"] - 20  # the newest answer is scrolled into view
    assert in_viewport(page, "#question textarea")  # and the box is still on screen, below it
    assert turns.nth(0).locator(".sources").count() == 1  # the first answer still has its own sources
    shot(page, "five_questions")
    open_and_check(page, turns.nth(0).locator("button.cite").first, "£1,118,248")  # an earlier answer, checked


# ---- 2. filters -----------------------------------------------------------------------------------------------


def _open_filters(page):
    page.locator("#filters button").first.click()
    page.wait_for_selector("#date-from input, #date-from textarea", timeout=10_000)


def _date(page, which, value):
    box = page.locator(f"#{which} input, #{which} textarea").first
    box.fill(value)
    box.press("Tab")


def test_filters_refuse_bad_dates_show_chips_and_reset(page):
    _open_filters(page)
    _date(page, "date-from", "01/01/2019")
    page.wait_for_selector("#filter-note .bad", timeout=10_000)
    assert "YYYY-MM-DD" in page.locator("#filter-note").inner_text()
    ask(page, FUNDING)
    assert "YYYY-MM-DD" in page.locator("#message").inner_text()
    assert page.locator("#question textarea").input_value() == FUNDING  # the question stays in the box
    _date(page, "date-from", "2019-02-30")
    page.wait_for_function("document.querySelector('#filter-note').innerText.includes('not a real date')")
    _date(page, "date-from", "2030-01-01")
    page.wait_for_selector("#chip-date-from", timeout=10_000)
    assert "From 2030-01-01" in page.locator("#chip-date-from").inner_text()
    assert "No letters match" in page.locator("#filter-note").inner_text()
    assert "1 on" in page.locator("#filters").inner_text()  # a collapsed panel still says a filter is on
    ask(page, FUNDING)
    assert "No letters match these filters" in page.locator("#message").inner_text()
    assert page.locator("#conversation .turn").count() == 0  # not "the documents don't say"
    shot(page, "filters_no_match")
    page.locator("#chip-date-from").click()
    page.wait_for_selector("#chip-date-from", state="detached", timeout=10_000)
    _date(page, "date-to", "2019-01-01")
    page.wait_for_selector("#chip-date-to", timeout=10_000)
    page.locator("#new-conversation").click()
    page.wait_for_selector("#chip-date-to", state="detached", timeout=10_000)
    assert page.locator("#date-to input, #date-to textarea").first.input_value() == ""


# ---- 3. home and browse ---------------------------------------------------------------------------------------


def test_home_says_what_the_collection_holds_and_examples_ask(page):
    home = page.locator("#conversation .home").inner_text()
    assert "6 letters" in home and "MOPAC" in home and "2009-11-16" in home and "Last indexed" in home
    assert "embedding model" not in page.locator("body").inner_text()  # internals only under "About"
    shot(page, "home")
    page.locator("#examples button").first.click()
    page.wait_for_selector("#conversation .turn .a", timeout=WAIT)
    assert "£1,118,248" in page.locator("#conversation .turn").last.inner_text()


def test_browse_table_opens_a_readable_letter(page):
    page.get_by_role("tab", name="Browse letters").click()
    rows = page.locator("#browse tbody tr")
    rows.first.wait_for(timeout=10_000)
    assert rows.count() == 6
    assert page.locator("#viewer .letter").count() == 0  # nothing pre-selected that shows nothing
    row = page.locator("#browse tbody tr", has_text="Police and Crime Plan")
    row.locator("button.browse-open").click()
    page.wait_for_selector("#viewer .letter .para", timeout=30_000)
    text = page.locator("#viewer .letter").inner_text()
    assert "17th March 2017" in text and "MAYOR OF LONDON" in text
    assert "##" not in text and "<sup>" not in text and "**" not in text
    shot(page, "browse_letter")


# ---- 5. feedback ----------------------------------------------------------------------------------------------


def _rows(server, answer_id):
    path = server["feedback"]
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [r for r in map(json.loads, lines) if r.get("answer_id") == answer_id]


def test_one_rating_per_answer_changeable_with_a_comment(page, server):
    ask(page, FUNDING)
    fb = page.locator("#conversation .feedback").last
    answer_id = fb.get_attribute("data-answer")
    fb.locator("button[data-rate=up]").click()
    page.wait_for_function("document.querySelector('#conversation .fb-note').innerText.includes('Saved')")
    fb.locator("button[data-rate=down]").click()
    page.wait_for_function("document.querySelector('#conversation button[data-rate=down]')"
                           ".getAttribute('aria-pressed') === 'true'")
    fb.locator("textarea.comment").fill("Cites the right paragraph, but say which budget.")
    fb.locator("button.save-comment").click()
    page.wait_for_function("document.querySelector('#conversation .fb-note').innerText.includes('Comment saved')")
    rows = _rows(server, answer_id)
    assert [(r["rating"], r["comment"]) for r in rows] == [("down", "Cites the right paragraph, but say which budget.")]
    shot(page, "feedback")
    ask(page, "When was the Violence Reduction Unit announced?")
    notes = page.locator("#conversation .fb-note")
    assert all(notes.nth(i).inner_text() == "" for i in range(notes.count()))  # no lingering "saved"
    first = page.locator("#conversation .feedback").first
    assert first.locator("button[data-rate=down]").get_attribute("aria-pressed") == "true"


# ---- 7. refused input -----------------------------------------------------------------------------------------


def test_refused_input_stays_in_the_box_with_the_actual_problem(page):
    long = "What did the letters say about knife crime? " * 50
    ask(page, long)
    assert "2,000" in page.locator("#message").inner_text()
    assert page.locator("#question textarea").input_value() == long
    ask(page, '<img src=x onerror="window.__pwned = 3"> burglary')
    message = page.locator("#message").inner_text()
    assert "<img>" in message and "script" not in message
    ask(page, "ما هي ميزانية الشرطة في لندن؟")
    assert "The letters are in English; please ask in English" in page.locator("#message").inner_text()
    shot(page, "refused")


def test_script_in_question_and_document_never_runs(page):
    ask(page, '<img src=x onerror="window.__pwned = 3"><script>window.__pwned = 4</script> burglary attack')
    assert "<script>" in page.locator("#message").inner_text()  # named as text, not run
    page.locator("#question textarea").fill("")
    ask(page, "What does the planted attack paragraph say about burglary?")
    cites = page.locator("#conversation .turn").last.locator("button.cite")
    if cites.count():  # the answer cites the planted letter: open it the way staff would
        cites.first.click()
    else:
        page.get_by_role("tab", name="Browse letters").click()
        page.locator("#browse tbody tr", has_text="Planted attack").locator("button").click()
    page.wait_for_selector("#viewer .letter .para", timeout=30_000)
    page.wait_for_timeout(1000)
    assert "The attack paragraph says" in page.locator("#viewer").inner_text()
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("#viewer img, #viewer script, #conversation img, #conversation script").count() == 0
    assert page.title() != "pwned"
    shot(page, "attack")


def test_a_weak_match_is_badged_with_a_visible_explanation_and_a_clear_one_is_not(page):
    ask(page, FUNDING)
    ask(page, "What was the thinking behind setting up a unit dedicated to cutting violence?")
    last = page.locator("#conversation .turn .a").last
    assert "Weak match: check the quoted passages" in last.inner_text()
    assert last.locator(".weak-note").is_visible()
    first = page.locator("#conversation .turn .a").first
    assert "£1,118,248" in first.inner_text() and "Weak match" not in first.inner_text()
    assert "mode:" not in first.inner_text()  # internals stay inside the closed "Details"
    first.locator("details.details summary").click()
    assert "mode: extractive" in first.inner_text()
    assert "answered by:" not in first.inner_text()  # the trace stays inside the closed "Why this answer"
    first.locator("details.why summary").click()
    assert "answered by:" in first.inner_text()
    shot(page, "weak_match")


# ---- 8. accessibility -------------------------------------------------------------------------------------------


def axe_serious(page):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (bash scripts/install_system_deps.sh)")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations"
        ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
    return violations


def test_no_serious_axe_violations_on_chat_letter_and_browse(page):
    assert page.locator("h1").count() == 1
    assert axe_serious(page) == []
    ask(page, FUNDING)
    live = page.locator("[aria-live=polite]", has_text="£1,118,248")
    assert live.count() >= 1  # the answer is announced by a polite live region
    page.locator("#conversation button.cite").first.click()
    page.wait_for_selector("#viewer #highlight", timeout=30_000)
    assert axe_serious(page) == []
    page.locator("#viewer .close-letter").click()
    page.get_by_role("tab", name="Browse letters").click()
    page.wait_for_selector("#browse tbody tr")
    assert axe_serious(page) == []


def _contrast(rgb_a, rgb_b):
    def lum(rgb):
        c = [v / 255 for v in rgb]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    hi, lo = sorted((lum(rgb_a), lum(rgb_b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _focus_ring(page):
    """The focused control's outline colour, as RGB, and its width in px."""
    style = page.evaluate("() => { const s = getComputedStyle(document.activeElement); "
                          "return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }")
    rgb = [int(v) for v in style[2][style[2].index("(") + 1:style[2].index(")")].split(",")[:3]]
    return style[0], float(style[1].rstrip("px")), rgb


def _tab_to(page, selector, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement && document.activeElement.matches({json.dumps(selector)})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only_ask_and_open_a_citation_with_a_visible_focus_ring(page):
    page.locator("h1").click()
    _tab_to(page, "#question textarea")
    ring = _focus_ring(page)
    assert ring[0] != "none" and ring[1] >= 2 and _contrast(ring[2], (255, 255, 255)) >= 3
    page.keyboard.type(FUNDING)
    page.keyboard.press("Enter")
    page.wait_for_selector("#conversation .turn .a", timeout=WAIT)
    page.locator("h1").click()
    _tab_to(page, "#conversation button.cite")
    ring = _focus_ring(page)
    assert ring[0] != "none" and ring[1] >= 2 and _contrast(ring[2], (255, 255, 255)) >= 3
    shot(page, "keyboard_focus")
    page.keyboard.press("Enter")
    page.wait_for_selector("#viewer #highlight", timeout=30_000)
    assert "£1,118,248" in page.locator("#viewer #highlight").inner_text()

"""The chat's HTML: badges, per-answer sources and citations, readable letters, nothing user-made run as markup."""

from rag.types import WEAK_MATCH_NOTE, Answer, DocumentMeta, Paragraph, Passage, Quote
from rag.ui.render import NO_LETTER, browse_html, coverage, document_html, plain_text, readable, turn_html

P = Passage(text="It will cost £1,118,248.", doc_id="d.txt", title="Crime and Policing", date="2018-12-04",
            paragraph="para 22", start=100, end=124, author="Doug Flight")


def _answer(**fields) -> Answer:
    return Answer(question="q", text="It cost £1 [1].", citations=[], abstained=False, **fields)


def test_a_weak_match_carries_its_badge_and_visible_explanation_and_a_strong_one_none():
    html = turn_html("q", _answer(weak=True, confidence=0.26))
    assert "Weak match: check the quoted passages" in html
    assert f'<p class="weak-note">{WEAK_MATCH_NOTE}</p>' in html  # shown, not only a hover tooltip
    assert "badge" not in turn_html("q", _answer(confidence=0.9))


def test_the_copied_text_keeps_the_weak_match_warning():
    assert WEAK_MATCH_NOTE in plain_text(_answer(weak=True))
    assert WEAK_MATCH_NOTE not in plain_text(_answer())


def test_an_abstention_says_not_in_the_documents_and_related_reading_opens_letters():
    answer = Answer(question="q", text="The documents don't say.", citations=[], abstained=True, related=[P])
    html = turn_html("q", answer)
    assert "Not in the documents" in html and "Weak match" not in html
    assert 'class="related-open" data-doc="d.txt" data-start="100" data-end="124"' in html


def test_each_marker_and_source_card_opens_its_paragraph():
    answer = Answer(question="q", text="It cost £1,118,248 [1].", citations=[P], abstained=False,
                    quotes=[Quote("It will cost £1,118,248.", 1, 100, 124)])
    html = turn_html("q", answer, answer_id="abc")
    assert '<button type="button" class="cite" data-doc="d.txt" data-start="100" data-end="124"' in html
    assert 'class="source-open" data-doc="d.txt" data-start="100" data-end="124"' in html
    assert "<mark>It will cost £1,118,248.</mark>" in html
    assert 'data-answer="abc"' in html and 'aria-pressed="false"' in html
    assert "<details" in html and "mode: extractive" in html  # internals behind a disclosure


def test_a_rating_already_given_shows_as_pressed():
    html = turn_html("q", _answer(), answer_id="abc", rating={"rating": "down", "comment": "<b>x</b>"})
    assert 'data-rate="down" aria-pressed="true"' in html and 'data-rate="up" aria-pressed="false"' in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_the_question_is_escaped():
    html = turn_html("<img src=x onerror=alert(1)>", _answer())
    assert "<img" not in html and "&lt;img" in html


def test_readable_strips_conversion_markup_only():
    assert readable("## MAYOR OF LONDON") == "MAYOR OF LONDON"
    assert readable("17<sup>th</sup> March") == "17th March"
    assert readable("- **Keeping children safe** Like you") == "- Keeping children safe Like you"
    assert readable("M O P A C**MAYOR OF LONDON**") == "M O P A C MAYOR OF LONDON"
    assert readable("a <script>x</script> b") == "a <script>x</script> b"  # shown (escaped), not hidden


def test_the_letter_is_labelled_paragraphs_with_the_cited_one_highlighted_and_everything_escaped():
    meta = DocumentMeta("d.txt", "Title <i>", "2018-12-04", "Doug Flight")
    paras = [Paragraph("header", 0, 20, "## Crime and Policing", kind="header"),
             Paragraph("para 21", 22, 98, "Before <img src=x onerror=alert(1)>."),
             Paragraph("para 22", 100, 160, "Following ... It will cost £1,118,248."),
             Paragraph("para 23", 162, 200, "After, 17<sup>th</sup> March.")]
    html = document_html(meta, paras, 100, 124, span_text="It will cost £1,118,248.")
    assert '<p class="para hit" id="highlight"><span class="label">para 22</span>' in html
    assert "<mark>It will cost £1,118,248.</mark>" in html
    assert "para 21" in html and "para 23" in html and "17th March" in html  # neighbours, readable
    assert "##" not in html and "<sup>" not in html
    assert "<img" not in html and "&lt;img" in html and "Title &lt;i&gt;" in html


def test_a_letter_no_longer_in_the_collection_says_so():
    assert NO_LETTER in document_html(None, [])


def test_home_facts_and_browse_table_come_from_the_metadata():
    docs = {"a.txt": DocumentMeta("a.txt", "A <b>", "2019-02-01", "X", organisation="MOPAC", recipient="R",
                                  reference="REF1"),
            "b.txt": DocumentMeta("b.txt", "B", "2015-06-12", organisation="MPA")}
    cov = coverage(docs, "2026-01-01 10:00")
    assert cov == {"letters": 2, "bodies": ["MOPAC", "MPA"], "first": "2015-06-12", "last": "2019-02-01",
                   "indexed": "2026-01-01 10:00"}
    table = browse_html(docs)
    assert table.index("a.txt") < table.index("b.txt")  # newest first
    assert "A &lt;b&gt;" in table and "REF1" in table and "<th scope=\"col\">Reference</th>" in table


def test_a_planted_script_in_a_letter_is_shown_as_text():
    meta = DocumentMeta("x.txt", "Planted")
    text = 'Says <script>window.__pwned = 1</script> and <img onerror="x">'
    html = document_html(meta, [Paragraph("¶1", 0, 60, text)])
    assert "<script>" not in html and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<img" not in html


def test_why_this_answer_shows_the_trace_escaped_and_only_when_there_is_one():
    traced = _answer(trace={"analysis": {"answer_type": "MONEY", "terms": ["<b>LCPF</b>"]}, "strategy": "table_cell",
                            "tried": ["no_evidence"], "checks": [], "dropped": []})
    html = turn_html("How much?", traced, answer_id="a1")
    assert "Why this answer" in html and "table_cell" in html
    assert "<b>LCPF</b>" not in html and "&lt;b&gt;LCPF&lt;/b&gt;" in html
    assert "Why this answer" not in turn_html("How much?", _answer(), answer_id="a2")

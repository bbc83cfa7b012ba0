"""The chat's HTML: badges for abstentions and weak matches, and nothing from the user rendered as markup."""

from rag.types import WEAK_MATCH_NOTE, Answer
from rag.ui.render import plain_text, turn_html


def _answer(**fields) -> Answer:
    return Answer(question="q", text="It cost £1 [1].", citations=[], abstained=False, **fields)


def test_a_weak_match_carries_its_badge_and_a_strong_one_none():
    assert "Weak match: check the quoted passages" in turn_html("q", _answer(weak=True, confidence=0.26))
    assert "badge" not in turn_html("q", _answer(confidence=0.9))


def test_the_copied_text_keeps_the_weak_match_warning():
    assert WEAK_MATCH_NOTE in plain_text(_answer(weak=True))
    assert WEAK_MATCH_NOTE not in plain_text(_answer())


def test_an_abstention_says_not_in_the_documents():
    html = turn_html("q", Answer(question="q", text="The documents don't say.", citations=[], abstained=True))
    assert "Not in the documents" in html and "Weak match" not in html


def test_the_question_is_escaped():
    html = turn_html("<img src=x onerror=alert(1)>", _answer())
    assert "<img" not in html and "&lt;img" in html

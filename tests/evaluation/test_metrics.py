"""Scoring primitives (rag.evaluation.metrics)."""


def test_evidence_is_found_across_a_line_break():
    from rag.evaluation.metrics import evidence_spans

    text = "the council said that a Public Spaces\nProtection Order consultation would open in June."
    spans = evidence_spans(["d"], ["Public Spaces Protection Order consultation"], lambda d: text)
    assert spans == [("d", text.index("Public"), text.index(" would"))]


def test_evidence_is_found_through_markdown_emphasis_but_not_other_words():
    from rag.evaluation.metrics import evidence_spans

    text = "# Minutes\n\n**Chair:** Idris Vanterpool-Nash\n**Clerk:** Ann Lee"
    assert evidence_spans(["d"], ["Chair: Idris Vanterpool-Nash"], lambda d: text) == [
        ("d", text.index("Chair"), text.index("\n**Clerk"))]
    assert evidence_spans(["d"], ["Chair: Ann Lee"], lambda d: text) == []
    inside = "**Chair**: Idris Nash"
    assert evidence_spans(["d"], ["Chair: Idris Nash"], lambda d: inside) == [("d", 2, len(inside))]


def test_answer_accuracy_counts_facts_in_the_first_300_characters_only() -> None:
    from rag.evaluation.metrics import ANSWER_CHARS, contains_all, has_key_facts

    early = "£250,000. " + "x" * 400
    late = "y" * ANSWER_CHARS + " £250,000."
    assert has_key_facts(early, ["£250,000"])
    assert not has_key_facts(late, ["£250,000"]) and contains_all(late, ["£250,000"])

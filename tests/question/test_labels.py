"""Paragraphs a question names by label: parsing the label, finding its rows, and the retriever pinning them."""

import pytest

from rag.question.labels import ParagraphMentions, named_labels
from rag.types import Chunk


@pytest.mark.parametrize("question, labels", [
    ("What does para 22 say?", {"para 22": 0, "¶22": 1}),
    ("What does ¶3 say?", {"para 3": 1, "¶3": 0}),
    ("Summarise paragraph 16(a) of the report", {"para 16(a)": 0, "¶16(a)": 0}),  # either scheme may be meant
    ("What did Recommendation 2 propose?", {"recommendation 2": 0}),
    ("In response to the 2 key recommendations, what was said?", {}),  # a count, not a label
    ("How much did the protection cost?", {}),
])
def test_named_labels(question, labels):
    assert named_labels(question) == labels


def _chunk(row: int, label: str, text: str, doc: str = "d.txt") -> Chunk:
    return Chunk(f"{doc}#{row}", doc, label, row * 10, row * 10 + 5, text, text)


def test_find_covers_items_of_a_paragraph_and_points_a_paragraph_opens_with():
    chunks = [
        _chunk(0, "para 25", "The potential benefits include:"),
        _chunk(1, "para 25, item 1", "A seat at the table."),
        _chunk(2, "¶4", "Recommendation 2: The MPS should include an indicator"),
        _chunk(3, "¶25", "Another letter's own count.", doc="e.txt"),
    ]
    mentions = ParagraphMentions(chunks)
    assert mentions.find("What does para 25 say?") == {0: 0, 1: 0, 3: 1}
    assert mentions.find("What did recommendation 2 propose?") == {2: 0}
    assert mentions.find("What did Recommendation 7 propose?") == {}


def test_search_puts_the_named_paragraph_first_whatever_its_words(tmp_path, fake_embedder):
    from rag.retrieval.retriever import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.md").write_text(
        "# Knife crime report\n\n1. Knife crime fell in every borough last year.\n\n"
        "2. Funding for youth projects continues.\n\n3. Knife crime funding protects youth projects.\n",
        encoding="utf-8")
    retriever = Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder)
    top = retriever.search("What does para 2 say about knife crime?", k=3)[0]
    assert top.paragraph == "para 2"
    assert retriever.named_paragraphs("What does para 2 say?") == {top.chunk_id}
    assert retriever.named_paragraphs("What does para 9 say?") == set()

"""The letter part a question asks about (signature, header, opening) and the vote it gets in hybrid search."""

import pytest

import rag.retrieval.retriever
from rag.question.letter_parts import part_rows, requested_parts
from rag.retrieval.retriever import Retriever
from rag.types import Chunk


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Who signed the November 2020 letter?", ["signature"]),
        ("Which letters were written by Sophie Linden?", ["signature"]),
        ("To whom was the letter about collaboration addressed?", ["header"]),
        ("What reference number does the letter carry?", ["header"]),
        ("What is the March 2017 letter a reply to?", ["opening"]),
        ("Which committee is the letter replying to?", ["opening"]),
        ("Who signed the response to the committee's recommendations?", ["signature", "opening"]),
        ("How much did the crime-prevention funding protection cost?", []),
        ("Is the rise in knife crime significant?", []),  # "significant" is not "sign"
        ("How many written responses did the consultation receive?", []),
        ("Who signed the agreement on devolution?", []),  # about a document's content, not a letter's parts
        ("How did the Met respond to the rise in knife crime?", []),
    ],
)
def test_requested_parts(question, parts):
    assert requested_parts(question) == parts


def _chunk(doc_id: str, kind: str, n: int) -> Chunk:
    return Chunk(f"{doc_id}#{n}", doc_id, kind, n, n + 1, kind, kind, kind)


def test_part_rows_finds_each_documents_part_and_its_first_paragraph():
    chunks = [_chunk("a", "header", 0), _chunk("a", "body", 1), _chunk("a", "body", 2), _chunk("a", "signature", 3),
              _chunk("b", "list_item", 4), _chunk("b", "body", 5)]
    assert part_rows(chunks, "signature") == {"a": 3}
    assert part_rows(chunks, "header") == {"a": 0}
    assert part_rows(chunks, "opening") == {"a": 1, "b": 4}


def test_the_asked_for_part_gets_a_vote(tiny_corpus, tmp_path, fake_embedder, monkeypatch):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    question = "Who signed the knife crime funding letter?"
    monkeypatch.setattr(rag.retrieval.retriever, "PART_WEIGHT", 0.0)
    without = [p.paragraph for p in r.search(question, k=10)]
    monkeypatch.setattr(rag.retrieval.retriever, "PART_WEIGHT", 2.0)
    with_vote = [p.paragraph for p in r.search(question, k=10)]
    assert with_vote.index("signature") < without.index("signature")
    assert with_vote[0] == "signature"

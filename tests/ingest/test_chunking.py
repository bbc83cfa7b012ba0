"""Chunks: token limits, sub-spans nested in their paragraph, sentence splitting, embedding context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.ingest import chunk_document, clean_span, load_corpus, load_document, split_sentences
from rag.ingest.tokens import count_tokens
from rag.types import Chunk, Document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    loaded = load_corpus(CORPUS)
    assert not loaded.skipped
    return loaded.documents


def _spans_check(doc: Document, chunks: list[Chunk], max_tokens: int) -> None:
    paragraphs = {p.label: p for p in doc.paragraphs}
    listed = [c for c in chunks if c.kind == "list"]
    chunks = [c for c in chunks if c.kind != "list"]
    assert {c.label for c in chunks} == set(paragraphs)  # every paragraph is indexed
    for chunk in listed:  # a lead-in with its items: the members' texts, one a line, from the first to the last
        members = [p for p in doc.paragraphs if chunk.start <= p.start and p.end <= chunk.end]
        assert chunk.text == "\n".join(p.text for p in members) and len(members) >= 2
        assert (members[0].start, members[-1].end) == (chunk.start, chunk.end)
        assert chunk.label == f"{members[0].label}–{members[-1].label}"
        assert count_tokens(chunk.embed_text) <= max_tokens
    for chunk in chunks:
        paragraph = paragraphs[chunk.label]
        assert paragraph.start <= chunk.start < chunk.end <= paragraph.end
        assert clean_span(doc.text[chunk.start : chunk.end]) == chunk.text
        assert count_tokens(chunk.text) <= max_tokens
        assert chunk.chunk_id == f"{doc.doc_id}#{chunk.start}-{chunk.end}"
        assert (chunk.doc_id, chunk.kind, chunk.heading) == (doc.doc_id, paragraph.kind, paragraph.heading)
        assert chunk.text in chunk.embed_text and doc.meta.title in chunk.embed_text
    starts = [c.start for c in chunks]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


@pytest.mark.parametrize("max_tokens", [200, 60, 25])
def test_corpus_chunks_respect_limits_and_spans(documents: list[Document], max_tokens: int) -> None:
    for doc in documents:
        _spans_check(doc, chunk_document(doc, max_tokens=max_tokens), max_tokens)


def test_long_paragraph_splits_at_sentence_boundaries(tmp_path: Path) -> None:
    sentences = [
        f"Sentence number {n} says the borough partnership funded youth work this year." for n in range(30)
    ]
    path = tmp_path / "long.txt"
    path.write_text(
        "Dear Sir,\n\n" + " ".join(sentences) + "\n\nYours sincerely,\n\nJane Doe\n", encoding="utf-8"
    )
    doc = load_document(path)
    chunks = [c for c in chunk_document(doc, max_tokens=60) if c.kind == "body"]
    assert len(chunks) > 1 and {c.label for c in chunks} == {"¶1"}
    _spans_check(doc, chunk_document(doc, max_tokens=60), 60)
    for chunk in chunks:
        assert chunk.text.startswith("Sentence number") and chunk.text.endswith("this year.")
    assert " ".join(c.text for c in chunks) == " ".join(sentences)
    sizes = [count_tokens(c.text) for c in chunks]
    assert min(sizes) >= max(sizes) // 2  # evenly sized, no scrap at the end


def test_single_over_long_sentence_falls_back_to_word_boundaries(tmp_path: Path) -> None:
    path = tmp_path / "run_on.txt"
    path.write_text("word " * 400, encoding="utf-8")
    doc = load_document(path)
    chunks = chunk_document(doc, max_tokens=50)
    assert len(chunks) >= 8
    _spans_check(doc, chunks, 50)


def test_real_long_paragraph_pieces_share_the_label(documents: list[Document]) -> None:
    report = next(d for d in documents if d.doc_id.startswith("004"))
    pieces = [c for c in chunk_document(report, max_tokens=60) if c.label == "para 22"]
    assert len(pieces) == 2
    assert (
        pieces[1].text == "The protection will be funded at a cost of £1,118,248, from the remaining "
        "co-commissioning budget."
    )


def test_sentence_splitter_respects_abbreviations_and_amounts() -> None:
    text = (
        "Joint patrols i.e. Safer Transport Teams work. The cost was £1,118,248. "
        "Cllr. Peck and Ch. Supt. Bloomfield "
        'agreed, e.g. at No. 4 on 4 Dec. 2018. J. Smith said "Yes." Is that so? It is!'
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Joint patrols i.e. Safer Transport Teams work.",
        "The cost was £1,118,248.",
        "Cllr. Peck and Ch. Supt. Bloomfield agreed, e.g. at No. 4 on 4 Dec. 2018.",
        'J. Smith said "Yes."',
        "Is that so?",
        "It is!",
    ]


def test_list_number_does_not_end_a_sentence() -> None:
    raw = "- 21. Leading members agreed. The fund grew."
    assert [raw[s:e] for s, e in split_sentences(raw)] == ["- 21. Leading members agreed.", "The fund grew."]
    raw = "The board is asked to: 1. Note the plan. 2. Agree the budget. It rose by 4. Then it fell."
    assert [raw[s:e] for s, e in split_sentences(raw)] == [
        "The board is asked to: 1. Note the plan.", "2. Agree the budget.", "It rose by 4.", "Then it fell."
    ]


def test_short_items_embed_with_their_lead_in(documents: list[Document]) -> None:
    letter = next(d for d in documents if d.doc_id.startswith("003"))
    item = next(c for c in chunk_document(letter) if c.text.startswith("Reduce the number of detentions"))
    assert "street triage pilot" in item.embed_text and "street triage" not in item.text
    assert item.label == "¶11"
    report = next(d for d in documents if d.doc_id.startswith("004"))
    knife = next(c for c in chunk_document(report) if c.label == "para 3, item 4")
    assert "Knife Crime strategy" in knife.embed_text and "Serious Violence" in knife.embed_text
    long_one = next(c for c in chunk_document(report) if c.label == "para 21")
    assert long_one.embed_text == f"{report.meta.title}. Crime Reduction Funding. {long_one.text}"
    header = next(c for c in chunk_document(report) if c.kind == "header")
    assert header.embed_text.startswith(
        "Crime and Policing. This report from London Councils is dated 2018-12-04"
    )


def test_every_evaluation_evidence_string_lies_inside_one_chunk(documents: list[Document]) -> None:
    """Citations are judged by spans, so no chunk boundary may cut a gold evidence sentence in two."""
    by_id = {d.doc_id: (d, chunk_document(d)) for d in documents}
    rows = [
        json.loads(line) for line in (ROOT / "eval" / "qa.jsonl").read_text().splitlines() if line.strip()
    ]
    checked = 0
    for row in rows:
        docs = row["doc"] if isinstance(row["doc"], list) else [row["doc"]] if row["doc"] else []
        for evidence in row["evidence"]:
            found = False
            for doc_id in docs:
                doc, chunks = by_id[doc_id]
                at = doc.text.find(evidence)
                while at >= 0 and not found:
                    found = any(c.start <= at and at + len(evidence) <= c.end for c in chunks)
                    at = doc.text.find(evidence, at + 1)
            assert found, (row["id"], evidence)
            checked += 1
    assert checked > 200


def test_bad_limits_are_refused(documents: list[Document]) -> None:
    with pytest.raises(ValueError):
        chunk_document(documents[0], max_tokens=0)


def test_chunks_embed_with_the_acronyms_their_document_defines(documents: list[Document]) -> None:
    doc = next(d for d in documents if d.doc_id.startswith("003"))
    chunks = chunk_document(doc)
    bare = next(c for c in chunks if c.text.startswith("MOPAC will be playing a central role"))
    assert bare.embed_text.endswith("MOPAC: Mayor's Office for Policing And Crime.")
    assert "MOPAC:" not in bare.text  # the citation text stays the paragraph's own

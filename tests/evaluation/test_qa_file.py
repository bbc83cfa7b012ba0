"""The shipped question set eval/qa.jsonl (and its smoke subset) is well-formed and agrees with the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag.evaluation.qa import (
    DIFFICULTIES,
    MULTI_DOC_TYPES,
    QUESTION_TYPES,
    QAItem,
    _fold,
    is_paraphrase,
    load_qa,
    qa_stats,
    read_corpus_texts,
    source_sentences,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
QA_FILE = ROOT / "eval" / "qa.jsonl"
SMOKE_FILE = ROOT / "eval" / "smoke.jsonl"


@pytest.fixture(scope="module")
def items() -> list[QAItem]:
    # corpus_dir makes load_qa fail on any evidence string that is not an exact substring of its document.
    return load_qa(QA_FILE, corpus_dir=CORPUS)


@pytest.fixture(scope="module")
def texts(items: list[QAItem]) -> dict[str, str]:
    return read_corpus_texts(items, CORPUS)


def test_enough_questions_with_unique_ids(items: list[QAItem]) -> None:
    assert len(items) >= 120
    ids = [item.id for item in items]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"q\d{3}", i) for i in ids)


def test_fields_are_well_formed(items: list[QAItem]) -> None:
    for item in items:
        assert item.question.strip().endswith("?"), item.id
        assert item.answer.strip(), item.id
        assert item.type in QUESTION_TYPES and item.difficulty in DIFFICULTIES, item.id
        assert all(isinstance(a, str) and a.strip() for a in item.aliases), item.id
        if item.answerable:
            assert 1 <= len(item.must_contain) <= 3, item.id
            assert item.evidence, item.id
        else:
            assert item.must_contain == [] and item.evidence == [], item.id


def test_evidence_strings_are_short_single_paragraph_clauses(
    items: list[QAItem], texts: dict[str, str]
) -> None:
    whole_lines = {line.strip() for text in texts.values() for line in text.split("\n")}
    for item in items:
        for text in item.evidence:
            assert "\n" not in text and "\r" not in text, (item.id, text)
            assert len(text) <= 200, (item.id, text)
            # Short evidence is fine only for header/signature lines (a date, a name, a reference number).
            assert len(text) >= 20 or item.type == "metadata" or text in whole_lines, (item.id, text)
            assert not re.match(r"^(?:[-•·]|\d+\.|[a-z]\.)\s", text), (item.id, text)


def test_every_document_of_a_question_holds_some_of_its_evidence(
    items: list[QAItem], texts: dict[str, str]
) -> None:
    for item in items:
        for doc_id in item.docs:
            assert any(text in texts[doc_id] for text in item.evidence), (item.id, doc_id)


def test_key_strings_occur_in_the_sentences_that_answer(items: list[QAItem], texts: dict[str, str]) -> None:
    """An extractive answer quoting the evidence sentences can contain every must_contain string."""
    for item in items:
        if item.answerable:
            context = _fold(" ".join(source_sentences(item, texts)))
            for key in item.must_contain:
                assert _fold(key) in context, (item.id, key)


def test_at_least_forty_percent_of_questions_are_paraphrased(
    items: list[QAItem], texts: dict[str, str]
) -> None:
    stats = qa_stats(items, CORPUS)
    assert stats["paraphrase_basis"] == "source sentences"
    # Measured by word overlap with the answering sentences, not by label; the strict reading counts every
    # question (unanswerable and metadata ones included) in the denominator.
    assert stats["paraphrased"] / stats["total"] >= 0.40
    assert stats["paraphrase_share"] >= 0.40
    mislabelled = [item.id for item in items if item.type == "paraphrase" and not is_paraphrase(item, texts)]
    assert mislabelled == []


def test_unanswerable_questions(items: list[QAItem]) -> None:
    unanswerable = [item for item in items if item.doc is None]
    assert len(unanswerable) >= 15
    assert all(item.type == "unanswerable" and item.evidence == [] for item in unanswerable)


def test_multi_document_questions(items: list[QAItem]) -> None:
    multi = [item for item in items if isinstance(item.doc, list) and len(item.doc) >= 2]
    assert len(multi) >= 10
    assert all(item.type in MULTI_DOC_TYPES for item in multi)


def test_metadata_questions(items: list[QAItem]) -> None:
    assert sum(item.type == "metadata" for item in items) >= 10


def test_some_list_questions(items: list[QAItem]) -> None:
    assert sum(item.type == "list" for item in items) >= 5


def test_every_document_is_covered_start_to_end(items: list[QAItem], texts: dict[str, str]) -> None:
    corpus_files = sorted(p.name for p in CORPUS.iterdir() if p.is_file())
    assert sorted(texts) == corpus_files
    for doc_id, text in texts.items():
        evidence = [e for item in items if doc_id in item.docs for e in item.evidence]
        # Every substantive line (a prose paragraph or long list item) carries evidence for some question ...
        for line in text.split("\n"):
            if len(line.strip()) >= 100:
                assert any(e in line for e in evidence), (doc_id, line[:80])
        # ... and so does every substantive blank-line-separated block (hard-wrapped paragraphs included).
        for block in re.split(r"\n\s*\n", text):
            if len(block.strip()) >= 150:
                assert any(e in block for e in evidence), (doc_id, block[:80])


def test_smoke_set_is_a_valid_subset(items: list[QAItem]) -> None:
    smoke = load_qa(SMOKE_FILE, corpus_dir=CORPUS)
    assert 8 <= len(smoke) <= 15
    by_id = {item.id: item for item in items}
    for item in smoke:
        assert item._replace(line=0) == by_id[item.id]._replace(line=0), item.id
    assert any(not item.answerable for item in smoke)
    assert any(item.multi_doc for item in smoke)
    assert any(item.type == "metadata" for item in smoke)

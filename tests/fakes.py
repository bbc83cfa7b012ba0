"""Fakes for evaluation and CLI tests: a word-overlap retriever, a scripted assistant, a tiny question set."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from rag.evaluation.qa import QAItem, parse_qa_lines
from rag.types import Answer, DocumentMeta, Passage

_WORD = re.compile(r"[a-z0-9£,]+")
_STOP = {
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "is",
    "was",
    "what",
    "who",
    "how",
    "when",
    "which",
    "will",
    "by",
    "for",
    "on",
    "do",
    "does",
    "did",
    "much",
    "many",
    "about",
    "say",
    "this",
    "that",
    "from",
    "with",
}


def content(text: str) -> set[str]:
    return {w.strip(",") for w in _WORD.findall(text.lower())} - _STOP - {""}


class FakeRetriever:
    """Blank-line separated paragraphs ranked by shared words; 'dense' mode ranks worst first."""

    def __init__(self, texts: dict[str, str], model: str = "fake-hash"):
        self.texts = dict(texts)
        self.embedder = SimpleNamespace(name=model, dim=8)
        self.documents = {d: DocumentMeta(d, title=Path(d).stem.replace("_", " ")) for d in texts}
        self.index_version = f"fake-{model}"
        self.manifest = SimpleNamespace(corpus_dir="corpus")
        self.modes: list[str] = []
        self.all_passages: list[Passage] = []
        for doc_id, text in sorted(texts.items()):
            number = 0
            for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
                number += 1
                self.all_passages.append(
                    Passage(
                        text=match.group(),
                        doc_id=doc_id,
                        title=self.documents[doc_id].title,
                        date=None,
                        paragraph=f"¶{number}",
                        start=match.start(),
                        end=match.end(),
                        chunk_id=f"{doc_id}#{match.start()}-{match.end()}",
                    )
                )

    def document_text(self, doc_id: str) -> str:
        return self.texts[doc_id]

    def overlap(self, query: str, passage: Passage) -> int:
        return len(content(query) & content(passage.text))

    def search(self, query: str, k: int = 5, filters: Any = None, mode: str = "hybrid") -> list[Passage]:
        self.modes.append(mode)
        ranked = sorted(self.all_passages, key=lambda p: (-self.overlap(query, p), p.doc_id, p.start))
        if mode == "dense":
            ranked.reverse()
        return [p._replace(score=float(self.overlap(query, p))) for p in ranked[:k]]


class FakeAssistant:
    """Answers with the top passage; abstains when it shares fewer than two words with the question."""

    def __init__(self, retriever: Any, abstain: bool = True, **config: Any):
        self.retriever = retriever
        self.abstain = abstain
        self.config = {"mode": "extractive", "abstain": abstain}

    def ask(self, question: str, filters: Any = None) -> Answer:
        hits = self.retriever.search(question, k=3)
        if not hits or (self.abstain and hits[0].score < 2):
            return Answer(
                question=question,
                text="I could not find this in the documents.",
                citations=[],
                abstained=True,
            )
        return Answer(
            question=question,
            text=f"{hits[0].text} [1]",
            citations=hits[:1],
            abstained=False,
            short_answer=hits[0].text,
        )


TINY_QA = [
    {
        "id": "t1",
        "question": "How much will the knife crime fund cost?",
        "answer": "£250,000 over two years",
        "aliases": ["£250k"],
        "must_contain": ["£250,000"],
        "doc": "a_letter.txt",
        "evidence": ["The knife crime fund will cost £250,000 over two years."],
        "type": "date_number",
        "difficulty": "easy",
    },
    {
        "id": "t2",
        "question": "When was the violence reduction approach announced?",
        "answer": "5 May 2020",
        "aliases": [],
        "must_contain": ["5 May 2020"],
        "doc": "a_letter.txt",
        "evidence": ["announced on 5 May 2020"],
        "type": "date_number",
        "difficulty": "medium",
    },
    {
        "id": "t3",
        "question": "Who signed the letter to Jane Smith?",
        "answer": "Sophie Linden",
        "aliases": [],
        "must_contain": ["Sophie Linden"],
        "doc": "a_letter.txt",
        "evidence": ["Sophie Linden"],
        "type": "metadata",
        "difficulty": "easy",
    },
    {
        "id": "t4",
        "question": "In how many boroughs does the fireworks initiative run?",
        "answer": "all 32 boroughs",
        "aliases": ["32"],
        "must_contain": ["32 boroughs"],
        "doc": "b_briefing.txt",
        "evidence": ["The fireworks initiative runs every autumn across all 32 boroughs."],
        "type": "list",
        "difficulty": "medium",
    },
    {
        "id": "t5",
        "question": "What do the papers say about the knife crime fund and youth drinking patrols?",
        "answer": "£250,000 for knife crime; joint patrols on youth drinking",
        "aliases": [],
        "must_contain": ["£250,000", "joint patrols"],
        "doc": ["a_letter.txt", "b_briefing.txt"],
        "evidence": [
            "The knife crime fund will cost £250,000 over two years.",
            "anti-social behaviour and youth drinking through joint patrols",
        ],
        "type": "multi_doc",
        "difficulty": "hard",
    },
    {
        "id": "t6",
        "question": "What is the annual budget of the Paris gendarmerie?",
        "answer": "",
        "aliases": [],
        "must_contain": [],
        "doc": None,
        "evidence": [],
        "type": "unanswerable",
        "difficulty": "hard",
    },
]


@pytest.fixture
def tiny_qa() -> list[QAItem]:
    return parse_qa_lines([json.dumps(row, ensure_ascii=False) for row in TINY_QA], source="tiny.jsonl")


@pytest.fixture
def tiny_qa_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in TINY_QA) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def fake_retriever(tiny_letters: dict[str, str]) -> FakeRetriever:
    return FakeRetriever(tiny_letters)


@pytest.fixture
def fakes() -> SimpleNamespace:
    """The fake classes, for tests that build their own instances."""
    return SimpleNamespace(Retriever=FakeRetriever, Assistant=FakeAssistant)

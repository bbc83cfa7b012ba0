"""The Assistant facade: validate a question, run the answering chain, report the configuration used."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rag import settings
from rag.answer.chain import build_chain
from rag.answer.extractive import ExtractiveConfig
from rag.types import Answer, SearchFilters

MAX_QUESTION_CHARS = 2000
THRESHOLDS_FILE = Path(__file__).with_name("abstention.json")
THRESHOLDS_ENV = "RAG_THRESHOLDS"  # another calibration's thresholds file (e.g. one made on your own Q&A set)
MODES = ("extractive", "llm")


class QuestionError(ValueError):
    """A question that cannot be asked; the message is one sentence for the user."""


def validate_question(question: Any) -> str:
    """The question stripped of surrounding space and terminal control sequences, or QuestionError for empty,
    over-long, letter-less or HTML input."""
    if not isinstance(question, str) or not question.strip():
        raise QuestionError("Please type a question.")
    from rag.safe_text import strip_controls

    question = strip_controls(question).strip()
    if not question:
        raise QuestionError("Please type a question.")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"That question is {len(question):,} characters long; please keep it under {MAX_QUESTION_CHARS:,}."
        )
    if not re.search(r"[^\W_]", question):
        raise QuestionError("That question has no words in it; please ask in words.")
    if re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", question):
        raise QuestionError("Please ask in plain text: HTML tags such as <script> are not accepted.")
    return question


def thresholds_path() -> Path:
    """The thresholds file in use: $RAG_THRESHOLDS if set, else the one shipped with the package."""
    return Path(settings.get(THRESHOLDS_ENV) or THRESHOLDS_FILE)


def calibrated() -> dict[str, float]:
    """The settings chosen by `python -m rag.evaluation.calibrate` (threshold, typed_ratio, weak_below), if run."""
    try:
        data = json.loads(thresholds_path().read_text(encoding="utf-8"))
        return {k: float(data[k]) for k in ("threshold", "typed_ratio", "weak_below") if k in data}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def without_unquoted_short_answer(answer: Answer) -> Answer:
    """A short answer is never shown without the quote it was taken from: one with no quote is dropped, with its
    first line, and the answer says why in a note."""
    if answer.abstained or not answer.short_answer or answer.quotes:
        return answer
    lead = f"{answer.short_answer}."
    if answer.text.startswith(lead):
        answer.text = answer.text[len(lead):].lstrip("\n") or answer.text
    answer.short_answer = None
    answer.notes.append("no quote supports a short answer, so none is given")
    return answer


class Assistant:
    """Answers questions with verified paragraph citations. Default mode: extractive, offline, deterministic."""

    def __init__(self, retriever, mode: str = "extractive", **config: Any):
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        self.retriever = retriever
        self.mode = mode
        config = {**calibrated(), **config}  # explicit settings win over the calibrated ones
        settings = ExtractiveConfig(**{k: v for k, v in config.items() if k in ExtractiveConfig.__dataclass_fields__})
        self.settings = settings
        self.llm_config = {k: v for k, v in config.items() if k not in ExtractiveConfig.__dataclass_fields__}
        self.chain = build_chain(retriever, settings)
        self._llm = None

    def llm_model(self):
        """The configured chat model, built once (LLM mode only)."""
        if self._llm is None:
            from rag.answer.llm import make_chat_model

            self._llm = self.llm_config.get("chat_model") or make_chat_model(self.llm_config)
        return self._llm

    def warm_up(self) -> None:
        """Load everything a first question would (spaCy's tagger, the answer path), so it answers at full speed."""
        from rag.answer.extractive import load_entity_tagger

        load_entity_tagger()
        question = "Who signed the letter, and when?"  # the extractive chain only: an LLM is not called
        self.chain.invoke({"question": question, "query": question, "filters": None})

    @classmethod
    def load(cls, index_dir: str | Path = "index", mode: str = "extractive", **config: Any) -> Assistant:
        from rag.retrieval.retriever import Retriever

        return cls(Retriever.load(index_dir), mode=mode, **config)

    @property
    def config(self) -> dict[str, Any]:
        llm = {k: str(v) for k, v in self.llm_config.items() if "key" not in k and k != "chat_model"}
        return {"mode": self.mode, **asdict(self.settings), "embedding_model": self.retriever.embedder.name, **llm}

    def ask(self, question: str, filters: SearchFilters | dict | None = None,
            history: list[str] | None = None) -> Answer:
        """Answer one question. `history` (earlier questions) lets a follow-up borrow its subject for retrieval."""
        final = None
        for item in self.stream(question, filters, history):
            if isinstance(item, Answer):
                final = item
        return final

    def stream(self, question: str, filters: SearchFilters | dict | None = None,
               history: list[str] | None = None, early: bool = False) -> Iterator[str | Answer]:
        """Drafts (str) while an LLM writes, then the finished Answer; in extractive mode just the Answer.

        Drafts are the model's raw, unverified reply, for showing progress only; the Answer is verified. In LLM
        mode with `early`, the extractive Answer comes first (mode "extractive (LLM pending)") to show at once and
        replace by the last Answer. LLM mode never waits past RAG_LLM_TIMEOUT (RAG_LLM_FIRST_TOKEN_TIMEOUT for the
        first word): then the last Answer is the extractive one, mode "extractive (LLM fallback)".
        """
        started = time.perf_counter()
        question = validate_question(question)
        query = question
        if history:
            from rag.question.followup import contextual_query

            query = contextual_query(question, history)
        if self.mode == "llm":
            from rag.answer.llm import llm_answer_stream

            items = llm_answer_stream(self, question, query, filters, early=early)
        else:
            items = iter([self.chain.invoke({"question": question, "query": query, "filters": filters})])
        for item in items:
            if isinstance(item, Answer):
                if self.mode == "extractive":
                    item.mode = "extractive"
                item = without_unquoted_short_answer(item)
                item.weak = not item.abstained and item.confidence < self.settings.weak_below
                item.index_version = self.retriever.index_version
                item.config = self.config
                if query != question:
                    item.notes.append(f"searched as: {query}")
                item.timings["total_ms"] = (time.perf_counter() - started) * 1000
            yield item

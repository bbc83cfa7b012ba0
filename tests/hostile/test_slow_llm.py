"""A slow LLM server never holds a user: past the first-word budget the extractive answer comes, labelled, and
requests beyond the concurrency limit fall back without reaching the server."""

from __future__ import annotations

import threading
import time

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from slow_llm import slow_llm_server

from rag.answer.assistant import Assistant
from rag.answer.llm import Budget, LLMTimeout, stream_within
from rag.retrieval.retriever import Retriever

SLEEP = 30.0  # the server's delay: every answer must come well before it
Q = "What did the letter say about burglary?"


@pytest.fixture
def retriever(tiny_corpus, tmp_path, fake_embedder):
    return Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)


def test_a_sleeping_server_gives_the_labelled_extractive_answer(retriever, monkeypatch):
    with slow_llm_server(SLEEP) as server:
        monkeypatch.setenv("RAG_LLM_BASE_URL", server["url"])
        assistant = Assistant(retriever, mode="llm", first_token_timeout=0.5, timeout=2)
        started = time.monotonic()
        items = list(assistant.stream(Q, early=True))
        spent = time.monotonic() - started
        assert server["state"]["requests"] == 1  # the model was asked, and did not answer in time
    first, last = items[0], items[-1]
    assert first.mode == "extractive (LLM pending)"  # shown at once
    assert last.mode == "extractive (LLM fallback)"
    assert any("did not start answering" in note for note in last.notes)
    assert last.text == first.text and last.citations == first.citations
    assert spent < SLEEP / 3


def test_requests_beyond_the_limit_fall_back_without_reaching_the_server(retriever, monkeypatch):
    monkeypatch.setenv("RAG_LLM_CONCURRENCY", "1")
    answers = []
    with slow_llm_server(SLEEP) as server:
        monkeypatch.setenv("RAG_LLM_BASE_URL", server["url"])
        assistant = Assistant(retriever, mode="llm", first_token_timeout=0.5, timeout=3)
        users = [threading.Thread(target=lambda: answers.append(assistant.ask(Q))) for _ in range(4)]
        for user in users:
            user.start()
        for user in users:
            user.join(timeout=SLEEP / 2)
        reached = server["state"]["requests"]
    assert len(answers) == 4 and all(a.mode == "extractive (LLM fallback)" for a in answers)
    assert reached == 1  # one slot: the other three never reached the slow server
    assert sum("busy" in " ".join(a.notes) for a in answers) == 3


def test_stream_within_passes_a_quick_reply_through():
    model = GenericFakeChatModel(messages=iter([AIMessage(content="Quick answer here.")]))
    pieces = list(stream_within(model, [("human", "q")], Budget(first_token=5, total=5), limit=1))
    assert "".join(pieces) == "Quick answer here."


def test_stream_within_gives_up_on_a_model_that_stops_midway():
    class Stalling:
        def stream(self, messages):
            yield AIMessage(content="First words")
            time.sleep(SLEEP)

    pieces = []
    with pytest.raises(LLMTimeout, match="did not finish"):
        for piece in stream_within(Stalling(), [], Budget(first_token=2, total=0.5), limit=50):
            pieces.append(piece)
    assert pieces == ["First words"]

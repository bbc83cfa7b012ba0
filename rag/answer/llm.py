"""Optional generative mode: a LangChain chat model writes the answer from numbered paragraphs; every sentence is
then checked against the paragraphs it cites, and anything unsupported is dropped (extractive fallback if nothing
survives, or if the model is down, slow or returns garbage).

Configuration (environment or Assistant config):
    RAG_LLM_BASE_URL   OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 (Ollama, vLLM, llama.cpp, OpenAI)
    RAG_LLM_MODEL      model name on that server (default "local-model")
    RAG_LLM_API_KEY    key (OPENAI_API_KEY also read; local servers accept any)
    RAG_LLM_GGUF       path to a local GGUF file, run in-process with llama-cpp-python (optional extra)
    RAG_LLM_TIMEOUT    seconds for the whole answer (default 20)
    RAG_LLM_FIRST_TOKEN_TIMEOUT  seconds for a free slot and the first word (default 4)
    RAG_LLM_CONCURRENCY          requests to the model at once (default 2)

A slow model never holds a user: the reply is read from a worker thread against those deadlines, and past them
the user gets the extractive answer, labelled; at most RAG_LLM_CONCURRENCY requests are in flight (a semaphore),
so one slow backend cannot take every worker of the chat queue.
"""

from __future__ import annotations

import dataclasses
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from rag import settings
from rag.answer.verification import addresses, supported_citations
from rag.ingest.tokens import count_tokens, truncate_tokens
from rag.types import Answer, Quote

PROMPT_BUDGET_TOKENS = 1500
LLM_PASSAGES = 6  # paragraphs offered to the model
SIDE_PASSAGES = 3
# Longest wait for a free slot: when every slot is taken, the model is busy or slow (requests given up on keep
# their slot until the server answers), and waiting longer only queues users behind it.
SLOT_WAIT = 1.0  # for a comparison: the best paragraphs for each side, before the whole question's
SYSTEM = (
    "You answer questions about official London policing letters using ONLY the numbered paragraphs given. "
    "Answer in one to three short sentences. End every sentence with the number of the paragraph it comes from, "
    "like [2]. If the paragraphs do not contain the answer, reply exactly: NOT IN DOCUMENTS"
)


class LLMUnavailable(RuntimeError):
    """No chat model could be built from the configuration."""


class _NoEvidence(Exception):
    """Retrieval found nothing to offer the model."""


class LLMTimeout(RuntimeError):
    """The model was busy or too slow; the message says which, for the answer's note."""


class Budget:
    """How long LLM mode may wait: for a slot and the first word, and for the whole answer (seconds)."""

    def __init__(self, first_token: float | None = None, total: float | None = None):
        self.first_token = float(first_token if first_token is not None
                                 else settings.get("RAG_LLM_FIRST_TOKEN_TIMEOUT"))
        self.total = float(total if total is not None else settings.get("RAG_LLM_TIMEOUT"))


_SLOTS: dict[int, threading.BoundedSemaphore] = {}
_SLOTS_LOCK = threading.Lock()


def _slots(limit: int) -> threading.BoundedSemaphore:
    """The process-wide semaphore for `limit` concurrent requests (shared by every Assistant and user)."""
    with _SLOTS_LOCK:
        return _SLOTS.setdefault(limit, threading.BoundedSemaphore(max(1, limit)))


def stream_within(model, messages: list | Callable[[], list], budget: Budget,
                  limit: int | None = None) -> Iterator[str]:
    """The model's reply pieces, read from a worker thread; LLMTimeout when no slot comes within SLOT_WAIT, no
    first word within budget.first_token, or no finished reply within budget.total. A request given up on keeps its
    slot until the model returns (the HTTP client's own timeout ends it), so abandoned requests also count.
    `messages` may be a function, called once a slot is held: a busy model then costs the user no search."""
    started = time.monotonic()
    slots = _slots(int(limit if limit is not None else settings.get("RAG_LLM_CONCURRENCY")))
    wait = max(0.0, min(SLOT_WAIT, budget.first_token))
    if not slots.acquire(timeout=wait):
        raise LLMTimeout(f"the LLM was busy (no free slot within {wait:g} s)")
    try:
        if callable(messages):
            messages = messages()
    except BaseException:
        slots.release()
        raise
    replies: queue.Queue = queue.Queue()
    abandoned = threading.Event()

    def work() -> None:
        try:
            for chunk in model.stream(messages):
                if abandoned.is_set():
                    break
                replies.put(("piece", chunk.content if isinstance(chunk.content, str) else str(chunk.content)))
            replies.put(("done", None))
        except BaseException as exc:  # noqa: BLE001 - handed to the reader, which decides
            replies.put(("error", exc))
        finally:
            slots.release()

    threading.Thread(target=work, name="llm-request", daemon=True).start()
    first = True
    try:
        while True:
            limit_s = min(budget.first_token, budget.total) if first else budget.total
            remaining = started + limit_s - time.monotonic()
            if remaining <= 0:
                what = "start answering" if first else "finish"
                raise LLMTimeout(f"the LLM did not {what} within {limit_s:g} s")
            try:
                kind, value = replies.get(timeout=remaining)
            except queue.Empty:
                continue
            if kind == "done":
                return
            if kind == "error":
                raise value
            first = False
            yield value
    finally:
        abandoned.set()


def make_chat_model(config: dict[str, Any]):
    """A LangChain chat model from config/env: a local GGUF, else an OpenAI-compatible server."""
    gguf = config.get("gguf") or settings.get("RAG_LLM_GGUF")
    # The HTTP client gives up at the total budget too, so a request abandoned by stream_within frees its slot.
    timeout = float(config.get("timeout") or settings.get("RAG_LLM_TIMEOUT"))
    if gguf:
        try:
            from langchain_community.chat_models import ChatLlamaCpp
        except ImportError as exc:
            raise LLMUnavailable("a local GGUF needs llama-cpp-python: pip install 'rag-policing-letters[llm-local]'") \
                from exc
        return ChatLlamaCpp(model_path=str(gguf), n_ctx=4096, temperature=0.0, max_tokens=256, verbose=False)
    base_url = config.get("base_url") or settings.get("RAG_LLM_BASE_URL") or settings.get("OPENAI_BASE_URL")
    if not base_url and not settings.get("OPENAI_API_KEY"):
        raise LLMUnavailable("LLM mode needs RAG_LLM_BASE_URL (an OpenAI-compatible server) or RAG_LLM_GGUF")
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=base_url,
        model=config.get("model") or settings.get("RAG_LLM_MODEL"),
        api_key=config.get("api_key") or settings.get("RAG_LLM_API_KEY") or settings.get("OPENAI_API_KEY")
        or "not-needed",
        temperature=0.0,
        max_tokens=300,
        timeout=timeout,
        max_retries=0,
    )


def build_prompt(question: str, passages: list, budget: int = PROMPT_BUDGET_TOKENS) -> tuple[str, list]:
    """Numbered paragraphs within a token budget (tiktoken), then the question."""
    lines, used, kept = [], 0, []
    for passage in passages:
        entry = f"[{len(kept) + 1}] ({passage.title}, {passage.date or 'undated'}, {passage.paragraph}) {passage.text}"
        cost = count_tokens(entry)
        if used + cost > budget:
            if not kept:
                entry = truncate_tokens(entry, budget)
            else:
                break
        lines.append(entry)
        kept.append(passage)
        used += cost
    return "Paragraphs:\n" + "\n".join(lines) + f"\n\nQuestion: {question}\nAnswer:", kept


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+(?:\s*\[\d+\](?:\s*\[\d+\])*)?|$)")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def evidence_for(retriever, query: str, filters) -> list:
    """The paragraphs to offer the model. A question about two things ("Which came first: A or B?", "Who signed A
    and who signed B?") gets each part's best paragraphs, alternating, ahead of the whole question's: one search for
    both parts tends to find one."""
    from rag.question.parts import split_question

    hits = retriever.search(query, k=LLM_PASSAGES, filters=filters)
    parts = split_question(query)
    if parts is None:
        return hits
    sides = [retriever.search(q, k=SIDE_PASSAGES, filters=filters) for q in parts.questions]
    alternating = [side[rank] for rank in range(SIDE_PASSAGES) for side in sides if rank < len(side)]
    chosen = {}
    for passage in alternating + hits:
        chosen.setdefault(passage.chunk_id, passage)
    return list(chosen.values())[:LLM_PASSAGES]


def llm_answer_stream(assistant, question: str, query: str, filters, early: bool = False,
                      budget: Budget | None = None) -> Iterator[str | Answer]:
    """Yield the model's reply as it grows (an unverified draft, str), then the verified Answer, or the extractive
    answer (labelled "extractive (LLM fallback)") when the model is down, busy, slow or unsupported.

    With `early`, the extractive answer comes first (mode "extractive (LLM pending)"), so a user has an answer at
    once; the last Answer yielded is the one to keep.
    """
    retriever = assistant.retriever
    budget = budget or Budget(assistant.llm_config.get("first_token_timeout"), assistant.llm_config.get("timeout"))
    extractive: list[Answer] = []

    def extractive_answer() -> Answer:
        if not extractive:
            extractive.append(assistant.chain.invoke({"question": question, "query": query, "filters": filters}))
        # A copy: an Answer already yielded is the caller's, and notes differ between the two.
        return dataclasses.replace(extractive[0], notes=list(extractive[0].notes), timings=dict(extractive[0].timings))

    def fallback(note: str) -> Answer:
        answer = extractive_answer()
        answer.notes.append(note)
        answer.mode = "extractive (LLM fallback)"
        return answer

    if early:
        pending = extractive_answer()
        pending.mode = "extractive (LLM pending)"
        yield pending
    evidence: dict[str, list] = {}

    def messages() -> list:
        evidence["hits"] = evidence_for(retriever, query, filters)
        if not evidence["hits"]:
            raise _NoEvidence
        prompt, evidence["kept"] = build_prompt(question, evidence["hits"])
        return [("system", SYSTEM), ("human", prompt)]

    raw = ""
    try:
        model = assistant.llm_model()
        for piece in stream_within(model, messages, budget):
            if piece:
                raw += piece
                yield raw
    except _NoEvidence:
        yield fallback("no passages retrieved")
        return
    except LLMUnavailable as exc:
        yield fallback(f"LLM unavailable: {exc}")
        return
    except LLMTimeout as exc:
        yield fallback(f"{exc}; showing the extractive answer")
        return
    except Exception as exc:  # noqa: BLE001 - down, slow or broken servers all fall back the same way
        yield fallback(f"LLM failed ({type(exc).__name__}); showing the extractive answer")
        return
    if not raw.strip() or "NOT IN DOCUMENTS" in raw.upper():
        yield fallback("the LLM found no answer in the paragraphs")
        return
    yield _verified(question, raw, evidence["kept"], evidence["hits"], retriever, fallback)


def _verified(question: str, raw: str, kept: list, hits: list, retriever, fallback) -> Answer:
    """Keep only sentences whose cited paragraphs support them; renumber citations in order of use."""
    citations, quotes, out, notes = [], [], [], []
    claims_seen: set[str] = set()
    for sentence in _sentences(raw):
        cited = [int(n) for n in re.findall(r"\[(\d+)\]", sentence)]
        claim = re.sub(r"\s*\[\d+\]", "", sentence).strip()
        if not claim or claim.lower() in claims_seen:
            continue  # small models repeat themselves: a sentence is said once
        claims_seen.add(claim.lower())
        valid = [n for n in cited if 1 <= n <= len(kept)]
        good = supported_citations(claim, [kept[n - 1] for n in valid], retriever.embedder)
        good_numbers = [valid[i] for i in good]
        dropped = sorted(set(cited) - set(good_numbers))
        if dropped:
            notes.append(f"removed citation(s) {dropped} that do not support: {claim[:80]}")
        if not good_numbers:
            notes.append(f"dropped an unsupported sentence: {claim[:80]}")
            continue
        markers = []
        for n in good_numbers:
            passage = kept[n - 1]
            if passage.chunk_id not in [c.chunk_id for c in citations]:
                citations.append(passage)
            m = [c.chunk_id for c in citations].index(passage.chunk_id) + 1
            markers.append(f"[{m}]")
            quotes.append(Quote(passage.text, m, passage.start, passage.end))
        out.append(f"{claim} {' '.join(markers)}")
    if not out:
        answer = fallback("no generated sentence was supported by its cited paragraph")
        answer.notes.extend(notes)
        return answer
    if not addresses(question, " ".join(out)):
        # Supported is not the same as answering: "This is a great example of collaborative working by the MPS"
        # agrees with its paragraph and says nothing about "Does sharing the fire station save any money?".
        answer = fallback("the LLM's supported sentences do not address the question")
        answer.notes.extend(notes)
        return answer
    return Answer(question=question, text=" ".join(out), citations=citations, abstained=False, quotes=quotes,
                  related=[p for p in hits if p.chunk_id not in {c.chunk_id for c in citations}][:3],
                  confidence=1.0, mode="llm", notes=notes)

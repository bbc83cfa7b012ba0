"""Optional generative mode: a LangChain chat model writes the answer from numbered paragraphs; every sentence is
then checked against the paragraphs it cites, and anything unsupported is dropped (extractive fallback if nothing
survives, or if the model is down, slow or returns garbage).

Configuration (environment or Assistant config):
    RAG_LLM_BASE_URL   OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 (Ollama, vLLM, llama.cpp, OpenAI)
    RAG_LLM_MODEL      model name on that server (default "local-model")
    RAG_LLM_API_KEY    key (OPENAI_API_KEY also read; local servers accept any)
    RAG_LLM_GGUF       path to a local GGUF file, run in-process with llama-cpp-python (optional extra)
    RAG_LLM_TIMEOUT    seconds (default 60)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rag import settings
from rag.answer.verification import addresses, supported_citations
from rag.ingest.tokens import count_tokens, truncate_tokens
from rag.types import Answer, Quote

PROMPT_BUDGET_TOKENS = 1500
LLM_PASSAGES = 6  # paragraphs offered to the model
SIDE_PASSAGES = 3  # for a comparison: the best paragraphs for each side, before the whole question's
SYSTEM = (
    "You answer questions about official London policing letters using ONLY the numbered paragraphs given. "
    "Answer in one to three short sentences. End every sentence with the number of the paragraph it comes from, "
    "like [2]. If the paragraphs do not contain the answer, reply exactly: NOT IN DOCUMENTS"
)


class LLMUnavailable(RuntimeError):
    """No chat model could be built from the configuration."""


def make_chat_model(config: dict[str, Any]):
    """A LangChain chat model from config/env: a local GGUF, else an OpenAI-compatible server."""
    gguf = config.get("gguf") or settings.get("RAG_LLM_GGUF")
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
    """The paragraphs to offer the model. A comparison ("Which came first: A or B?") gets each side's best
    paragraphs, alternating, ahead of the whole question's: one search for both sides tends to find one."""
    from rag.answer.comparison import split_comparison

    hits = retriever.search(query, k=LLM_PASSAGES, filters=filters)
    comparison = split_comparison(query)
    if comparison is None:
        return hits
    sides = [retriever.search(q, k=SIDE_PASSAGES, filters=filters) for q in comparison.questions]
    alternating = [side[rank] for rank in range(SIDE_PASSAGES) for side in sides if rank < len(side)]
    chosen = {}
    for passage in alternating + hits:
        chosen.setdefault(passage.chunk_id, passage)
    return list(chosen.values())[:LLM_PASSAGES]


def llm_answer_stream(assistant, question: str, query: str, filters) -> Iterator[str | Answer]:
    """Yield the model's reply as it grows (an unverified draft, str), then the verified Answer."""
    retriever = assistant.retriever
    hits = evidence_for(retriever, query, filters)

    def fallback(note: str) -> Answer:
        answer = assistant.chain.invoke({"question": question, "query": query, "filters": filters})
        answer.notes.append(note)
        answer.mode = "extractive (LLM fallback)"
        return answer

    if not hits:
        yield fallback("no passages retrieved")
        return
    raw = ""
    try:
        model = assistant.llm_model()
        prompt, kept = build_prompt(question, hits)
        for chunk in model.stream([("system", SYSTEM), ("human", prompt)]):
            piece = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
            if piece:
                raw += piece
                yield raw
    except LLMUnavailable as exc:
        yield fallback(f"LLM unavailable: {exc}")
        return
    except Exception as exc:  # noqa: BLE001 - down, slow or broken servers all fall back the same way
        yield fallback(f"LLM failed ({type(exc).__name__}); showing the extractive answer")
        return
    if not raw.strip() or "NOT IN DOCUMENTS" in raw.upper():
        yield fallback("the LLM found no answer in the paragraphs")
        return
    yield _verified(question, raw, kept, hits, retriever, fallback)


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

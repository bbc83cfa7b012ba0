"""The answering pipeline as a LangChain Runnable: retrieve -> select evidence -> answer -> check citations."""

from __future__ import annotations

import time
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from rag.answer.comparison import comparison_answer, split_comparison
from rag.answer.extractive import ExtractiveConfig, extractive_answer
from rag.types import Answer


def check_citations(answer: Answer, retriever) -> Answer:
    """Every quote must be text of the passage it cites, at the span it claims; otherwise drop it."""
    text_of = retriever.document_text
    kept = []
    for quote in answer.quotes:
        if not 1 <= quote.citation <= len(answer.citations):
            continue
        passage = answer.citations[quote.citation - 1]
        inside = passage.start <= quote.start < quote.end <= passage.end
        if inside and quote.sentence in passage.text and text_of(passage.doc_id)[quote.start:quote.end].strip():
            kept.append(quote)
    if len(kept) != len(answer.quotes):
        answer.notes.append(f"{len(answer.quotes) - len(kept)} quote(s) failed the citation check and were removed")
        answer.quotes = kept
        if not kept and not answer.abstained:
            answer.abstained, answer.citations = True, []
            answer.text = "The documents don't say: no supporting sentence survived the citation check."
    return answer


def build_chain(retriever, config: ExtractiveConfig, k: int = 8) -> Runnable:
    """Input {"question", "filters"}; output an Answer with timings."""

    def retrieve(inputs: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        hits = retriever.search(inputs["query"], k=k, filters=inputs.get("filters"))
        return {**inputs, "hits": hits, "timings": {"retrieve_ms": (time.perf_counter() - started) * 1000}}

    def select_evidence(state: dict[str, Any]) -> dict[str, Any]:
        # Header and signature passages only help questions about the letter itself; drop empty hits.
        state["evidence"] = [p for p in state["hits"] if p.text.strip()]
        return state

    def answer(state: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        state["answer"] = extractive_answer(state["question"], state["evidence"], retriever, config)
        state["timings"]["answer_ms"] = (time.perf_counter() - started) * 1000
        return state

    def check(state: dict[str, Any]) -> Answer:
        result = check_citations(state["answer"], retriever)
        result.timings.update(state["timings"])
        return result

    def prepare(inputs: dict[str, Any]) -> dict[str, Any]:
        return {**inputs, "query": inputs.get("query") or inputs["question"]}

    single = (RunnableLambda(prepare) | RunnableLambda(retrieve) | RunnableLambda(select_evidence)
              | RunnableLambda(answer) | RunnableLambda(check)).with_config(run_name="rag_answer")

    def route(inputs: dict[str, Any]) -> Answer:
        # "Which came first: A or B?" is two questions: each side is searched and answered on its own (one search
        # for both finds one side's paragraph and not the other's), then the two answers are compared.
        comparison = split_comparison(inputs["question"])
        if comparison is None:
            return single.invoke(inputs)
        started = time.perf_counter()
        sides = tuple(single.invoke({**inputs, "question": q, "query": q}) for q in comparison.questions)
        # The sides were checked; the merged, renumbered answer is checked again like any other.
        result = check_citations(comparison_answer(inputs["question"], comparison, sides), retriever)
        if result.abstained and comparison.yes_no:
            # "Did the Mayor act before the review?" may not be two dated things at all: ask it as it stands.
            return single.invoke(inputs)
        result.notes.append("compared two answers: " + " / ".join(comparison.questions))
        result.timings.update({"retrieve_ms": sum(s.timings.get("retrieve_ms", 0.0) for s in sides),
                               "answer_ms": (time.perf_counter() - started) * 1000})
        return result

    return RunnableLambda(route).with_config(run_name="rag_answer")

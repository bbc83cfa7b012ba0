"""The answering pipeline as a LangChain Runnable: retrieve -> select evidence -> answer -> check citations."""

from __future__ import annotations

import time
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from rag.answer.checks import analysis_for
from rag.answer.extractive import ExtractiveConfig, extractive_answer
from rag.answer.parts import answer_in_parts, document_date_answer, named_document
from rag.answer.trace import Trace, tracing
from rag.question.parts import split_question
from rag.types import Answer, SearchFilters


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


NO_MATCH = "No letters match your filters: nothing was searched. Widen the date range or choose other documents."


def _filters(value: Any) -> SearchFilters | None:
    filters = SearchFilters.coerce(value)
    return None if filters is None or filters.is_empty() else filters


def filtered_out(filters: SearchFilters | None, retriever) -> bool:
    """Whether the filters exclude every document of the collection."""
    return filters is not None and not any(filters.accepts(d, meta.date) for d, meta in retriever.documents.items())


def respect_filters(answer: Answer, filters: SearchFilters | None, retriever) -> Answer:
    """An answer citing a document the filters exclude (a rule that looked across the collection) is refused:
    nothing from outside the filters is ever the answer."""
    if filters is None or answer.abstained:
        return answer
    outside = [c for c in answer.citations
               if not filters.accepts(c.doc_id, retriever.documents[c.doc_id].date if c.doc_id in retriever.documents
                                      else c.date)]
    if not outside:
        return answer
    answer.trace.setdefault("checks", []).append(
        {"check": "filters", "passed": False, "detail": f"cited {outside[0].title} ({outside[0].date}), outside"})
    topic = answer.question.strip().rstrip("?.!")
    return Answer(question=answer.question, abstained=True, citations=[], confidence=0.0, trace=answer.trace,
                  text=f"The letters within your filters don't say. The only answer found to “{topic}” comes from "
                       f"a letter your filters exclude ({outside[0].title}, {outside[0].date or 'undated'}).",
                  related=[p for p in answer.related if filters.accepts(p.doc_id, p.date)])


def build_chain(retriever, config: ExtractiveConfig, k: int = 8) -> Runnable:
    """Input {"question", "filters"}; output an Answer with timings."""

    def retrieve(inputs: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        # The analysis of the question serves the search too, unless a follow-up was rewritten into another query.
        hits = retriever.search(inputs["query"], k=k, filters=inputs.get("filters"), analysis=inputs.get("analysis"))
        return {**inputs, "hits": hits, "timings": {"retrieve_ms": (time.perf_counter() - started) * 1000}}

    def select_evidence(state: dict[str, Any]) -> dict[str, Any]:
        # Header and signature passages only help questions about the letter itself; drop empty hits.
        state["evidence"] = [p for p in state["hits"] if p.text.strip()]
        return state

    def answer(state: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        with tracing(Trace()) as trace:
            state["answer"] = extractive_answer(state["question"], state["evidence"], retriever, config,
                                                state.get("analysis"))
        state["answer"].trace = trace.to_dict()
        state["timings"]["answer_ms"] = (time.perf_counter() - started) * 1000
        return state

    def check(state: dict[str, Any]) -> Answer:
        result = check_citations(state["answer"], retriever)
        result = respect_filters(result, _filters(state.get("filters")), retriever)
        result.timings.update(state["timings"])
        return result

    def prepare(inputs: dict[str, Any]) -> dict[str, Any]:
        # The question is analysed once; every answering step reads the analysis.
        return {**inputs, "query": inputs.get("query") or inputs["question"],
                "analysis": analysis_for(inputs["question"], retriever)}

    single = (RunnableLambda(prepare) | RunnableLambda(retrieve) | RunnableLambda(select_evidence)
              | RunnableLambda(answer) | RunnableLambda(check)).with_config(run_name="rag_answer")

    def route(inputs: dict[str, Any]) -> Answer:
        if filtered_out(_filters(inputs.get("filters")), retriever):
            return Answer(question=inputs["question"], text=NO_MATCH, citations=[], abstained=True,
                          trace={"strategy": "filters", "checks": [
                              {"check": "filters", "passed": False, "detail": "no document matches"}]})
        # A question about two things is two questions ("Which came first: A or B?", "Who signed A and who signed
        # B?", "How many X in 2015 and in 2019?"): each part is searched and answered on its own (one search for
        # both finds one part's paragraph and not the other's), then the answers are combined.
        parts = split_question(inputs["question"])
        if parts is None:
            return single.invoke(inputs)
        started = time.perf_counter()
        filters = _filters(inputs.get("filters"))

        def ask(q: str) -> Answer:
            return single.invoke({**inputs, "question": q, "query": q})

        def dated(side: str) -> Answer | None:
            accepts = filters.accepts if filters is not None else None
            doc_id = named_document(side, retriever.documents, accepts)
            if doc_id is None:
                return None
            return document_date_answer(side, doc_id, retriever.documents[doc_id], retriever.passages(doc_id),
                                        retriever.document_text(doc_id))

        result = answer_in_parts(inputs["question"], parts, ask, lambda: single.invoke(inputs), dated)
        if result.abstained and (parts.yes_no or parts.kind == "parts"):
            # "Did the Mayor act before the review?" may not be two dated things at all, and two parts that find
            # nothing apart may be answered together: ask it as it stands.
            whole = single.invoke(inputs)
            if parts.yes_no or not whole.abstained:
                return whole
        if "parts" not in result.trace:
            return result  # the question as it stands answered it
        # The parts were checked; the merged, renumbered answer is checked again like any other.
        trace = {**result.trace, "analysis": {**analysis_for(inputs["question"], retriever).to_dict(),
                                              "parts": list(parts.questions)}}
        result = respect_filters(check_citations(result, retriever), filters, retriever)
        result.trace = trace
        result.notes.append("answered in parts: " + " / ".join(parts.questions))
        result.timings.update({"retrieve_ms": sum(p["retrieve_ms"] for p in trace["parts"]),
                               "answer_ms": (time.perf_counter() - started) * 1000})
        return result

    return RunnableLambda(route).with_config(run_name="rag_answer")

"""Run a question set through the assistant and the retriever, and score retrieval, answers and citations.

Long because the per-question record and the summary's every figure are computed in one pass over the results.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from rag.evaluation.metrics import (
    Span,
    best_f1,
    contains_all,
    covers,
    evidence_recall,
    evidence_spans,
    first_hit_rank,
    has_key_facts,
    percentile,
)
from rag.evaluation.qa import DIFFICULTIES, LAYOUTS, QUESTION_TYPES, QAFileError, QAItem
from rag.types import Answer, Passage

HIT_KS = (1, 3, 5, 10)
RETRIEVAL_DEPTH = max(HIT_KS)
EVIDENCE_RECALL_K = 5
SNIPPET_CHARS = 240  # passage text kept per retrieved/cited passage in the JSON results

# The figures a regression gate and the comparison table look at first.
HEADLINE = ("hit@5", "answer_accuracy", "abstention_rate", "citation_precision")


class Asker(Protocol):
    """Anything that answers a question: the Assistant, or a baseline with the same `ask`."""

    def ask(self, question: str, filters: Any = None) -> Answer: ...


Searcher = Callable[[str, int], Sequence[Passage]]  # (question, k) -> ranked passages
TextOf = Callable[[str], str]  # doc_id -> the full text passage offsets index


@dataclass
class PassageRecord:
    """A retrieved or cited passage as the report shows it: citation, span, short text, evidence hit."""

    citation: str
    doc_id: str
    paragraph: str
    start: int
    end: int
    text: str
    covers_evidence: bool

    @classmethod
    def of(cls, passage: Passage, spans: Sequence[Span]) -> PassageRecord:
        text = " ".join(passage.text.split())
        if len(text) > SNIPPET_CHARS:
            text = text[: SNIPPET_CHARS - 1].rstrip() + "…"
        return cls(passage.citation(), passage.doc_id, passage.paragraph, passage.start, passage.end, text,
                   covers(passage, spans))


@dataclass
class QuestionResult:
    """Everything measured for one question."""

    id: str
    question: str
    type: str
    difficulty: str
    docs: list[str]
    gold_answer: str
    aliases: list[str]
    must_contain: list[str]
    layout: str | None = None
    retrieved: list[PassageRecord] = field(default_factory=list)
    hit_rank: int | None = None  # 1-based rank of the first retrieved passage covering evidence (top 10)
    evidence_recall: float | None = None  # top-5, multi-document questions only
    answer: str = ""
    short_answer: str | None = None
    abstained: bool = False
    weak: bool = False  # answered, flagged as a weak match
    mode: str = ""  # how it was answered: "extractive", "llm", or "extractive (LLM fallback)"
    notes: list[str] = field(default_factory=list)  # the answer's own notes (why an LLM answer fell back, …)
    strategy: str = ""  # the answering strategy that gave the answer (Answer.trace), "" when not traced
    failed_checks: list[str] = field(default_factory=list)  # checks the answer's evidence failed (Answer.trace)
    correct: bool | None = None  # all must_contain in the first 300 characters; None for unanswerable questions
    correct_anywhere: bool | None = None  # all must_contain anywhere in the answer
    f1: float | None = None
    citations: list[PassageRecord] = field(default_factory=list)
    ask_ms: float = 0.0
    search_ms: float = 0.0
    error: str | None = None

    @property
    def answerable(self) -> bool:
        return bool(self.docs)

    @property
    def passed(self) -> bool:
        """Answerable: a correct, non-abstained answer. Unanswerable: an abstention."""
        if self.error:
            return False
        if self.answerable:
            return bool(self.correct) and not self.abstained
        return self.abstained

    @property
    def correct_citations(self) -> int:
        return sum(c.covers_evidence for c in self.citations)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["passed"] = self.passed
        return data


@dataclass
class EvalResult:
    """One evaluation run: its configuration, the summary figures, breakdowns and per-question results."""

    label: str
    config: dict[str, Any]
    summary: dict[str, Any]
    by_type: dict[str, dict[str, Any]]
    by_difficulty: dict[str, dict[str, Any]]
    results: list[QuestionResult]
    seconds: float = 0.0
    qa_path: str = ""
    index_version: str = ""
    by_layout: dict[str, dict[str, Any]] = field(default_factory=dict)  # when the question file gives layouts

    @property
    def failures(self) -> list[QuestionResult]:
        return [r for r in self.results if not r.passed]

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "config": self.config,
            "qa_path": self.qa_path,
            "index_version": self.index_version,
            "seconds": round(self.seconds, 2),
            "summary": self.summary,
            "by_type": self.by_type,
            "by_difficulty": self.by_difficulty,
            **({"by_layout": self.by_layout} if self.by_layout else {}),
            "results": [r.to_dict() for r in self.results],
        }


def check_items_against_index(items: Sequence[QAItem], known_docs: Sequence[str]) -> None:
    """Every document a question names must be in the index, or its evidence cannot be located."""
    known = set(known_docs)
    problems = [
        f"{item.id} (line {item.line}): document {doc!r} is not in the index"
        for item in items
        for doc in item.docs
        if doc not in known
    ]
    if problems:
        missing = sorted({doc for item in items for doc in item.docs if doc not in known})
        head = problems[0] if len(problems) == 1 else f"documents not in the index: {', '.join(missing)}"
        raise QAFileError(head, problems)


def evaluate_question(item: QAItem, assistant: Asker, search: Searcher, text_of: TextOf) -> QuestionResult:
    """Ask one question, retrieve for it, and score both against its evidence."""
    result = QuestionResult(
        id=item.id, question=item.question, type=item.type, difficulty=item.difficulty, docs=list(item.docs),
        layout=item.layout,
        gold_answer=item.answer, aliases=list(item.aliases), must_contain=list(item.must_contain),
    )
    spans = evidence_spans(item.docs, item.evidence, text_of)
    # Ask first, so the assistant pays for the query embedding as a new question would (search caches it).
    try:
        started = time.perf_counter()
        answer = assistant.ask(item.question)
        result.ask_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        passages = list(search(item.question, RETRIEVAL_DEPTH))[:RETRIEVAL_DEPTH]
        result.search_ms = (time.perf_counter() - started) * 1000
    except Exception as exc:  # one broken question must not hide the other results; it counts as failed
        result.error = f"{type(exc).__name__}: {exc}"
        if item.answerable:
            result.correct, result.f1 = False, 0.0
        return result

    result.retrieved = [PassageRecord.of(p, spans) for p in passages]
    result.answer, result.short_answer, result.abstained = answer.text, answer.short_answer, answer.abstained
    result.weak = answer.weak
    result.mode = str(getattr(answer, "mode", "") or "")
    result.notes = [str(note) for note in getattr(answer, "notes", None) or []]
    trace = getattr(answer, "trace", None) or {}
    result.strategy = str(trace.get("strategy") or "")
    result.failed_checks = [f"{c.get('check')}: {c.get('detail')}" for c in trace.get("checks") or []
                            if not c.get("passed")]
    result.citations = [PassageRecord.of(p, spans) for p in answer.citations]
    if item.answerable:
        result.hit_rank = first_hit_rank(passages, spans)
        if item.multi_doc:
            by_doc = {doc: [s for s in spans if s[0] == doc] for doc in item.docs}
            result.evidence_recall = evidence_recall(passages[:EVIDENCE_RECALL_K], by_doc)
        result.correct = not answer.abstained and has_key_facts(answer.text, item.must_contain)
        result.correct_anywhere = not answer.abstained and contains_all(answer.text, item.must_contain)
        predicted = answer.short_answer or answer.text
        result.f1 = 0.0 if answer.abstained else best_f1(predicted, [item.answer, *item.aliases])
    return result


def _share(flags: Sequence[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def summarise(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """Flat summary figures; a figure is None when no question it applies to is present."""
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    multi = [r for r in answerable if r.evidence_recall is not None]
    answered = [r for r in answerable if not r.abstained and not r.error]
    cited = sum(len(r.citations) for r in answered)
    ask_ms = [r.ask_ms for r in results if not r.error]
    search_ms = [r.search_ms for r in results if not r.error]
    summary: dict[str, Any] = {
        "questions": len(results),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "multi_doc": len(multi),
        "errors": sum(bool(r.error) for r in results),
    }
    for k in HIT_KS:
        summary[f"hit@{k}"] = _share([r.hit_rank is not None and r.hit_rank <= k for r in answerable])
    summary["mrr"] = _mean([1.0 / r.hit_rank if r.hit_rank else 0.0 for r in answerable])
    summary[f"evidence_recall@{EVIDENCE_RECALL_K}"] = _mean([r.evidence_recall for r in multi])
    summary["answer_accuracy"] = _share([bool(r.correct) for r in answerable])
    summary["answer_accuracy_anywhere"] = _share([bool(r.correct_anywhere) for r in answerable])
    summary["token_f1"] = _mean([r.f1 or 0.0 for r in answerable])
    summary["abstention_rate"] = _share([r.abstained for r in unanswerable])
    summary["false_abstention_rate"] = _share([r.abstained for r in answerable])
    # Micro-averaged: every citation of an answered, answerable question weighs the same.
    correct_cited = sum(r.correct_citations for r in answered)
    summary["citation_precision"] = round(correct_cited / cited, 4) if cited else None
    summary["citation_recall"] = _share([r.correct_citations > 0 for r in answerable])
    summary["overall_accuracy"] = _share([r.passed for r in results])
    # The weak-match flag is worth showing only if flagged answers are right clearly less often than the others.
    summary["weak_flagged"] = _share([r.weak for r in answered])
    summary["accuracy_when_weak"] = _share([bool(r.correct) for r in answered if r.weak])
    summary["accuracy_when_not_weak"] = _share([bool(r.correct) for r in answered if not r.weak])
    # LLM mode: the share the model answered itself; the rest fell back to the extractive answer (server down,
    # slow, or no generated sentence survived verification), so the figures above mix the two.
    llm_run = [r for r in results if not r.error and "llm" in r.mode.lower()]
    summary["llm_answered"] = _share([r.mode == "llm" for r in llm_run]) if llm_run else None
    summary["strategies"] = strategy_figures(results)
    summary["ask_p50_ms"] = round(percentile(ask_ms, 0.5), 1) if ask_ms else None
    summary["ask_p95_ms"] = round(percentile(ask_ms, 0.95), 1) if ask_ms else None
    summary["search_p50_ms"] = round(percentile(search_ms, 0.5), 1) if search_ms else None
    summary["search_p95_ms"] = round(percentile(search_ms, 0.95), 1) if search_ms else None
    return summary


def strategy_figures(results: Sequence[QuestionResult]) -> dict[str, dict[str, Any]]:
    """Per answering strategy: its share of the questions, how many answers it gave (not abstentions), and their
    precision: right on answerable questions, and an answer given to an unanswerable one counts as wrong."""
    groups: dict[str, list[QuestionResult]] = {}
    for r in results:
        if r.strategy:
            groups.setdefault(r.strategy, []).append(r)
    out = {}
    for name, group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        answered = [r for r in group if not r.abstained and not r.error]
        right = [r for r in answered if r.answerable and r.correct]
        out[name] = {"share": round(len(group) / len(results), 4), "questions": len(group),
                     "answered": len(answered),
                     "precision": round(len(right) / len(answered), 4) if answered else None}
    return out


def breakdown(results: Sequence[QuestionResult], key: str, order: Sequence[str]) -> dict[str, dict[str, Any]]:
    """summarise() per value of `key` ("type" or "difficulty"), known values first in their usual order."""
    groups: dict[str, list[QuestionResult]] = {}
    for result in results:
        groups.setdefault(getattr(result, key), []).append(result)
    ordered = [v for v in order if v in groups] + sorted(v for v in groups if v not in order)
    return {value: summarise(groups[value]) for value in ordered}


class EvalProgress:
    """A rich progress bar on stderr showing questions done, running pass rate, elapsed time and ETA."""

    def __init__(self, total: int, label: str = "eval", enabled: bool = True):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("pass {task.fields[passed]}"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), disable=not enabled, transient=False,
        )
        self.label = label
        self.total = total
        self.task: Any = None
        self.passed = 0
        self.done = 0

    def __enter__(self) -> EvalProgress:
        self.progress.__enter__()
        self.task = self.progress.add_task(self.label, total=max(self.total, 1), passed="-")
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.__exit__(*exc)

    def advance(self, result: QuestionResult) -> None:
        self.done += 1
        self.passed += result.passed
        self.progress.update(self.task, advance=1, passed=f"{self.passed / self.done:.0%}")


def run_evaluation(
    items: Sequence[QAItem],
    assistant: Asker,
    search: Searcher,
    text_of: TextOf,
    *,
    label: str = "default",
    config: dict[str, Any] | None = None,
    progress: bool = True,
    qa_path: str = "",
    index_version: str = "",
) -> EvalResult:
    """Ask every question, retrieve top-10 for it, and score everything (see summarise for the figures)."""
    started = time.perf_counter()
    results = []
    with EvalProgress(len(items), label, enabled=progress) as bar:
        for item in items:
            result = evaluate_question(item, assistant, search, text_of)
            results.append(result)
            bar.advance(result)
    return EvalResult(
        label=label,
        config=dict(config or {}),
        summary=summarise(results),
        by_type=breakdown(results, "type", QUESTION_TYPES),
        by_difficulty=breakdown(results, "difficulty", DIFFICULTIES),
        by_layout=breakdown([r for r in results if r.layout], "layout", LAYOUTS),
        results=results,
        seconds=time.perf_counter() - started,
        qa_path=qa_path,
        index_version=index_version,
    )


class FixedModeRetriever:
    """A Retriever view whose searches always use one mode, whatever mode the caller asks for."""

    def __init__(self, retriever: Any, mode: str):
        self._retriever = retriever
        self.mode = mode

    # Every other argument (filters, the question's analysis, …) passes through unchanged: a view that dropped one
    # would fail, or silently change the search, when the Retriever gains it.
    def search(self, query: str, k: int = 5, filters: Any = None, mode: str | None = None,
               **kwargs: Any) -> list[Passage]:
        return self._retriever.search(query, k=k, filters=filters, mode=self.mode, **kwargs)

    def search_scored(self, query: str, k: int = 5, filters: Any = None, mode: str | None = None,
                      **kwargs: Any) -> list[Any]:
        return self._retriever.search_scored(query, k=k, filters=filters, mode=self.mode, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._retriever, name)


def evaluate_retriever(
    items: Sequence[QAItem],
    retriever: Any,
    *,
    mode: str = "hybrid",
    assistant: Asker | None = None,
    assistant_config: dict[str, Any] | None = None,
    label: str = "default",
    progress: bool = True,
    qa_path: str = "",
) -> EvalResult:
    """Evaluate the Assistant over a loaded Retriever whose searches all use `mode`.

    `assistant` overrides the Assistant built from `assistant_config` (tests pass a fake one).
    """
    check_items_against_index(items, list(retriever.documents))
    view = retriever if mode == "hybrid" else FixedModeRetriever(retriever, mode)
    if assistant is None:
        assistant = build_assistant(view, assistant_config or {})
    config = {
        "embedder": getattr(retriever.embedder, "name", "?"),
        "search_mode": mode,
        **(assistant_config or {}),
        **_assistant_config(assistant),
    }
    return run_evaluation(
        items,
        assistant,
        lambda question, k: view.search(question, k=k, mode=mode),
        retriever.document_text,
        label=label,
        config=config,
        progress=progress,
        qa_path=qa_path,
        index_version=getattr(retriever, "index_version", ""),
    )


def build_assistant(retriever: Any, config: dict[str, Any]) -> Asker:
    """The real Assistant over `retriever` with `config` (one place, so tests can substitute a fake)."""
    from rag.answer import Assistant

    return Assistant(retriever, **config)


def _assistant_config(assistant: Any) -> dict[str, Any]:
    """The assistant's own description of its settings, when it offers one (JSON-safe values only)."""
    config = getattr(assistant, "config", None)
    if callable(config):
        config = config()
    if hasattr(config, "__dataclass_fields__"):
        config = asdict(config)
    if not isinstance(config, dict):
        return {}
    return {k: v for k, v in config.items() if isinstance(v, str | int | float | bool | type(None))}

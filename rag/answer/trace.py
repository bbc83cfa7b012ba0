"""How an answer was reached: the question analysis, the strategy that answered, the candidates considered, the checks
passed and failed, and why other candidates were dropped. Carried on `Answer.trace`; `rag ask --explain` prints it.

Answering steps record into the trace of the question being answered (a context variable, so steps need no extra
argument and concurrent questions in other threads keep their own).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

MAX_CANDIDATES = 5  # candidates kept in a trace: enough to see why the winner won


@dataclass
class Trace:
    """What happened while one question was answered."""

    analysis: dict[str, Any] = field(default_factory=dict)
    strategy: str = ""  # the named step that gave the answer (see rag.answer.strategies.STRATEGIES)
    tried: list[str] = field(default_factory=list)  # steps that ran and gave nothing, in order
    candidates: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)  # {"check", "passed", "detail"}
    dropped: list[dict[str, Any]] = field(default_factory=list)  # {"text", "reason"}

    def check(self, name: str, passed: bool, detail: str = "") -> None:
        self.checks.append({"check": name, "passed": passed, "detail": detail})

    def drop(self, text: str, reason: str) -> None:
        if len(self.dropped) < 3 * MAX_CANDIDATES:
            self.dropped.append({"text": text[:160], "reason": reason})

    def to_dict(self) -> dict[str, Any]:
        return {"analysis": self.analysis, "strategy": self.strategy, "tried": self.tried,
                "candidates": self.candidates[:MAX_CANDIDATES], "checks": self.checks, "dropped": self.dropped}


_CURRENT: ContextVar[Trace | None] = ContextVar("rag_answer_trace", default=None)


def current() -> Trace:
    """The trace of the question being answered; a throwaway one outside `tracing`."""
    trace = _CURRENT.get()
    return trace if trace is not None else Trace()


@contextmanager
def tracing(trace: Trace) -> Iterator[Trace]:
    """Record answering steps into `trace` while the block runs."""
    token = _CURRENT.set(trace)
    try:
        yield trace
    finally:
        _CURRENT.reset(token)


def explain(trace: dict[str, Any]) -> list[str]:
    """The trace as lines for a terminal."""
    lines = []
    analysis = trace.get("analysis") or {}
    if analysis:
        lines.append(f"question: answer type {analysis.get('answer_type') or 'open'}"
                     + (f", about the letter's {analysis['metadata']}" if analysis.get("metadata") else ""))
        for key in ("terms", "periods", "unknown", "parts", "labels"):
            if analysis.get(key):
                lines.append(f"  {key}: {'; '.join(map(str, analysis[key]))}")
    if trace.get("tried"):
        lines.append(f"tried: {', '.join(trace['tried'])}")
    lines.append(f"answered by: {trace.get('strategy') or 'nothing (abstained)'}")
    for i, part in enumerate(trace.get("parts") or [], start=1):
        # A question answered in parts: each part's own question, strategy and checks.
        outcome = "abstained" if part.get("abstained") else f"answered by {part.get('strategy') or '?'}"
        lines.append(f"  part {i}: {part.get('question', '')} -> {outcome}")
        lines += [f"    {line}" for line in explain(part.get("trace") or {})
                  if line.lstrip().startswith(("answered by", "tried"))]
    for c in trace.get("candidates") or []:
        lines.append(f"  candidate {c.get('score', 0):.3f}: {c.get('text', '')[:120]}")
    for c in trace.get("checks") or []:
        mark = "passed" if c.get("passed") else "FAILED"
        lines.append(f"  check {c.get('check')}: {mark}" + (f" ({c['detail']})" if c.get("detail") else ""))
    for d in trace.get("dropped") or []:
        lines.append(f"  dropped ({d.get('reason')}): {d.get('text', '')[:120]}")
    return lines

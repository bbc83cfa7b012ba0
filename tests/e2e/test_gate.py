"""The regression gate: threshold file validation, pass/fail decisions, and the real corpus passing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.evaluation.gate import check_gate, load_thresholds

ROOT = Path(__file__).resolve().parents[2]

COMMITTED = ROOT / "eval" / "gate.json"


@pytest.mark.e2e
def test_bundled_corpus_passes_the_committed_gate(real_retriever) -> None:
    """What CI runs: the full question set through the real assistant, against the committed thresholds."""
    from rag.evaluation.qa import load_qa
    from rag.evaluation.runner import evaluate_retriever

    items = load_qa(ROOT / "eval" / "qa.jsonl", corpus_dir=ROOT / "corpus")
    run = evaluate_retriever(items, real_retriever, progress=False)
    verdict = check_gate(run.summary, load_thresholds(COMMITTED))
    assert run.summary["errors"] == 0, [r.error for r in run.results if r.error][:3]
    assert verdict.passed, "\n".join(verdict.lines())

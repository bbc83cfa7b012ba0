"""The regression gate: threshold file validation, pass/fail decisions, and the real corpus passing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.evaluation.gate import GateFileError, check_gate, load_thresholds
from rag.evaluation.runner import HEADLINE

ROOT = Path(__file__).resolve().parents[2]

COMMITTED = ROOT / "eval" / "gate.json"

GOOD = {"hit@5": 0.8, "answer_accuracy": 0.7, "abstention_rate": 0.6, "citation_precision": 0.75}


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "thresholds.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_committed_thresholds_cover_every_headline_figure() -> None:
    thresholds = load_thresholds(COMMITTED)
    assert set(HEADLINE) <= set(thresholds)
    assert all(0 < value < 1 for value in thresholds.values())


def test_gate_passes_at_or_above_and_fails_below() -> None:
    measured = {"hit@5": 0.8, "answer_accuracy": 0.9, "abstention_rate": 0.7, "citation_precision": 0.8}
    assert check_gate(measured, GOOD).passed  # hit@5 exactly at its minimum passes
    verdict = check_gate({**measured, "answer_accuracy": 0.69}, GOOD)
    assert not verdict.passed
    assert [c.metric for c in verdict.failed] == ["answer_accuracy"]
    line = next(line for line in verdict.lines() if "answer_accuracy" in line)
    assert line.startswith("FAIL") and "0.690 < 0.700" in line


def test_a_missing_figure_fails_the_gate() -> None:
    verdict = check_gate(
        {"hit@5": 0.9, "answer_accuracy": 0.9, "citation_precision": 0.9, "abstention_rate": None}, GOOD
    )
    assert [c.metric for c in verdict.failed] == ["abstention_rate"]
    assert "n/a" in "\n".join(verdict.lines())


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "not found"),
        ("{not json", "not valid JSON"),
        ({"hit@5": 0.9}, '"minimum"'),
        ({"minimum": {**GOOD, "hit@5": 1.5}}, "in \\[0, 1\\]"),
        ({"minimum": {**GOOD, "hit@5": "high"}}, "in \\[0, 1\\]"),
        ({"minimum": {"hit@5": 0.8}}, "no threshold for answer_accuracy"),
    ],
)
def test_bad_threshold_files_are_explained(tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "absent.json" if content is None else write(tmp_path, content)
    with pytest.raises(GateFileError, match=message):
        load_thresholds(path)

"""`rag eval`: report files, gate exit codes, clear errors for bad input, feedback candidates; on fakes."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rag.cli import app
from rag.cli import eval as command
from rag.embedding.embedder import FakeEmbedder
from rag.evaluation import compare, runner

cli = CliRunner()


@pytest.fixture
def faked(monkeypatch, fake_retriever, fakes):
    """`rag eval` over the fake retriever and assistant instead of a real index and model."""
    fake_retriever.embedder = FakeEmbedder()
    monkeypatch.setattr(command, "open_index", lambda index, corpus: fake_retriever)
    monkeypatch.setattr(runner, "build_assistant", lambda view, config: fakes.Assistant(view, **config))
    return fake_retriever


def write_gate(tmp_path: Path, **minimum: float) -> Path:
    values = {
        "hit@5": 0.5,
        "answer_accuracy": 0.5,
        "abstention_rate": 0.5,
        "citation_precision": 0.5,
        **minimum,
    }
    path = tmp_path / "gate.json"
    path.write_text(json.dumps({"minimum": values}), encoding="utf-8")
    return path


def test_eval_writes_the_report_and_prints_figures(faked, tiny_qa_file, tmp_path) -> None:
    out = tmp_path / "out"
    result = cli.invoke(app, ["eval", "--qa", str(tiny_qa_file), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "6 questions (5 answerable)" in result.output
    assert "hit@5" in result.output and "0.800" in result.output
    assert {p.name for p in out.iterdir()} == {"eval.json", "report.md", "eval.png"}
    assert json.loads((out / "eval.json").read_text())["summary"]["questions"] == 6


def test_gate_pass_and_fail_exit_codes(faked, tiny_qa_file, tmp_path) -> None:
    args = ["eval", "--qa", str(tiny_qa_file), "--out", str(tmp_path / "o"), "-q", "--gate"]
    passed = cli.invoke(app, [*args, str(write_gate(tmp_path))])
    assert passed.exit_code == 0, passed.output
    assert "gate passed" in passed.output
    failed = cli.invoke(app, [*args, str(write_gate(tmp_path, answer_accuracy=0.95))])
    assert failed.exit_code != 0
    assert "FAIL  answer_accuracy" in failed.output
    assert "error: regression gate failed: answer_accuracy" in failed.output


def test_bad_gate_file_fails_before_evaluating(faked, tiny_qa_file, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = cli.invoke(
        app, ["eval", "--qa", str(tiny_qa_file), "--out", str(tmp_path / "o"), "--gate", str(bad)]
    )
    assert result.exit_code != 0
    assert result.output.strip().startswith("error:") and "not valid JSON" in result.output
    assert not faked.modes  # nothing was searched


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "contains no questions"),
        ('{"id": "x"\n', "line 1: not valid JSON"),
    ],
)
def test_bad_question_file_is_one_clear_line(faked, tmp_path, content, message) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text(content, encoding="utf-8")
    result = cli.invoke(app, ["eval", "--qa", str(qa), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0]
    assert "Traceback" not in result.output


def test_several_problems_are_listed_one_per_line(faked, tmp_path) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text("[1]\n{bad\n", encoding="utf-8")
    result = cli.invoke(app, ["eval", "--qa", str(qa), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("error:") and "2 problem(s)" in lines[0]
    assert "line 1" in lines[1] and "line 2" in lines[2]


def test_missing_question_file(faked, tmp_path) -> None:
    result = cli.invoke(app, ["eval", "--qa", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0 and "file not found" in result.output


def test_compare_adds_the_table(faked, tiny_qa_file, tmp_path, monkeypatch) -> None:
    variants = [
        compare.Variant("fake-hash", "hybrid"),
        compare.Variant("fake-hash", "dense"),
        compare.Variant("fake-hash", baseline=True),
    ]
    monkeypatch.setattr(compare, "default_variants", lambda model: variants)
    out = tmp_path / "out"
    result = cli.invoke(app, ["eval", "--qa", str(tiny_qa_file), "--out", str(out), "-q", "--compare"])
    assert result.exit_code == 0, result.output
    assert "| configuration |" in result.output and "LangChain tutorial baseline" in result.output
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Configurations compared" in report and "Best measured" in report
    verdict = json.loads((out / "eval.json").read_text())["comparison_verdict"]
    assert verdict["default"] == "hybrid · fake-hash · abstention" and len(verdict["rows"]) == 3


def test_from_feedback_writes_candidates_for_review(tmp_path, monkeypatch) -> None:
    calls = []

    def feedback_to_candidates(path):
        calls.append(Path(path))
        return [{"id": "fb1", "question": "Who signed it?", "answer": "", "type": "factoid"}]

    monkeypatch.setitem(
        sys.modules, "rag.evaluation.feedback", types.SimpleNamespace(feedback_to_candidates=feedback_to_candidates)
    )
    feedback = tmp_path / "feedback.jsonl"
    feedback.write_text("{}\n", encoding="utf-8")
    result = cli.invoke(app, ["eval", "--from-feedback", str(feedback), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert calls == [feedback]
    written = (tmp_path / "o" / "qa_candidates.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in written] == ["fb1"]
    assert "Wrote 1 candidate" in result.output


def test_from_feedback_bad_file_is_one_line(tmp_path, monkeypatch) -> None:
    def feedback_to_candidates(path):
        raise ValueError("line 3: not valid JSON")

    monkeypatch.setitem(
        sys.modules, "rag.evaluation.feedback", types.SimpleNamespace(feedback_to_candidates=feedback_to_candidates)
    )
    result = cli.invoke(app, ["eval", "--from-feedback", str(tmp_path / "f.jsonl"), "--out", str(tmp_path)])
    assert result.exit_code != 0
    assert result.output.strip().startswith("error:") and "line 3" in result.output


def test_eval_in_llm_mode_says_how_many_answers_the_model_gave(monkeypatch, fake_retriever, fakes, tiny_qa_file,
                                                               tmp_path) -> None:
    """`--mode llm` reaches the assistant; answers that fell back to the extractive one are counted and explained."""
    seen = {}

    class HalfFallingBack(fakes.Assistant):
        def __init__(self, retriever, mode="extractive", **config):
            super().__init__(retriever, **config)
            seen["mode"] = mode
            self.asked = 0

        def ask(self, question, filters=None):
            answer = super().ask(question, filters)
            self.asked += 1
            if self.asked % 2:
                answer.mode = "llm"
            else:
                answer.mode = "extractive (LLM fallback)"
                answer.notes.append("LLM unavailable: server down")
            return answer

    fake_retriever.embedder = FakeEmbedder()
    monkeypatch.setattr(command, "open_index", lambda index, corpus: fake_retriever)
    monkeypatch.setattr(runner, "build_assistant", lambda view, config: HalfFallingBack(view, **config))
    out = tmp_path / "out"
    result = cli.invoke(app, ["eval", "--qa", str(tiny_qa_file), "--out", str(out), "-q", "--mode", "llm"])
    assert result.exit_code == 0, result.output
    assert seen["mode"] == "llm"
    assert "answered by the LLM: 0.500" in result.output  # 3 of the 6 questions
    data = json.loads((out / "eval.json").read_text())
    assert data["summary"]["llm_answered"] == 0.5
    fell_back = [r for r in data["results"] if r["mode"] == "extractive (LLM fallback)"]
    assert len(fell_back) == 3 and all(r["notes"] == ["LLM unavailable: server down"] for r in fell_back)


def test_eval_refuses_an_unknown_mode(faked, tiny_qa_file, tmp_path) -> None:
    result = cli.invoke(app, ["eval", "--qa", str(tiny_qa_file), "--out", str(tmp_path / "o"), "--mode", "magic"])
    assert result.exit_code != 0
    assert "unknown mode 'magic'; choose extractive or llm" in result.output
    assert "Traceback" not in result.output

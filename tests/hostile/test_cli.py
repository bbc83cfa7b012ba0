"""Hostile CLI input: escape sequences never reach the terminal, progress is plain lines in a log, and XSS-shaped
questions are refused."""

from __future__ import annotations

import io

import pytest
from typer.testing import CliRunner

from rag.answer.assistant import QuestionError, validate_question
from rag.cli import app
from rag.cli.common import PlainProgress

runner = CliRunner()
ESCAPES = ["\x1b[2J\x1b[31m", "\x1b]0;pwned\x07", "\x1b]8;;http://evil/\x1b\\", "\x9b31m", "\x07\x08\x7f"]


@pytest.fixture
def index(tiny_corpus, tmp_path):
    folder = tmp_path / "index"
    result = runner.invoke(app, ["index", str(tiny_corpus), "--index", str(folder), "--model", "fake-hash", "-q"])
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("escape", ESCAPES)
def test_ask_never_echoes_escape_sequences(index, escape):
    result = runner.invoke(app, ["ask", f"How much did the {escape}knife crime fund cost?", "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output and "\x07" not in result.output


def test_search_and_errors_never_echo_escape_sequences(index, tmp_path):
    result = runner.invoke(app, ["search", "knife \x1b]0;pwned\x07 fund", "--index", str(index)])
    assert "\x1b" not in result.output
    result = runner.invoke(app, ["search", "knife", "--index", str(tmp_path / "\x1b[31mred")])
    assert result.exit_code == 1 and "\x1b" not in result.output


def test_a_file_name_with_escapes_is_printed_clean(tiny_corpus, tmp_path):
    (tiny_corpus / "evil\x1b[2Jname.bin").write_bytes(b"x")
    result = runner.invoke(app, ["index", str(tiny_corpus), "--index", str(tmp_path / "i"), "--model", "fake-hash"])
    assert result.exit_code == 0 and "evilname.bin: unsupported file type" in result.output
    assert "\x1b" not in result.output


def test_questions_lose_control_sequences_before_search():
    assert validate_question("What \x1b[31mred\x1b[0m flag?\x00") == "What red flag?"
    with pytest.raises(QuestionError):
        validate_question("\x1b[31m\x1b[0m")
    with pytest.raises(QuestionError, match="HTML"):
        validate_question("<script>alert(1)</script>")


def test_progress_without_a_terminal_is_plain_lines(tiny_corpus, tmp_path):
    result = runner.invoke(app, ["index", str(tiny_corpus), "--index", str(tmp_path / "i"), "--model", "fake-hash"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("parse: 0/2 files") for line in lines)
    assert any(line.startswith("parse: 2/2 files (100%)") for line in lines)
    assert any(line.startswith("embed: ") and "texts" in line for line in lines)
    assert "\r" not in result.output and "\x1b" not in result.output


def test_plain_progress_says_time_left_and_is_throttled(monkeypatch):
    import rag.cli.common as common

    clock = iter([0.0, 1.0, 6.0, 7.0, 20.0])
    monkeypatch.setattr(common.time, "monotonic", lambda: next(clock))
    out = io.StringIO()
    progress = PlainProgress(every=5.0, stream=out)
    for done in (0, 10, 50, 60, 100):
        progress("embed", done, 100)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("embed: 0/100 texts (0%)")
    assert lines[1].startswith("embed: 50/100 texts (50%), 6 s, about 6 s left")
    assert lines[2].startswith("embed: 100/100 texts (100%), 20 s")
    assert len(lines) == 3  # 10/100 and 60/100 came within 5 s of the line before

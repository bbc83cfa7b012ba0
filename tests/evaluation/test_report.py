"""The report: JSON with every figure, Markdown listing each failure readably, a PNG chart."""

from __future__ import annotations

import json

from rag.evaluation.report import fmt, md_text, render_markdown, write_report
from rag.evaluation.runner import evaluate_retriever

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def run_fake(tiny_qa, fake_retriever, fakes):
    return evaluate_retriever(
        tiny_qa,
        fake_retriever,
        assistant=fakes.Assistant(fake_retriever),
        progress=False,
        qa_path="tiny.jsonl",
    )


def test_write_report_writes_json_markdown_and_png(tiny_qa, fake_retriever, fakes, tmp_path) -> None:
    run = run_fake(tiny_qa, fake_retriever, fakes)
    paths = write_report(run, tmp_path / "out")
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data["summary"] == run.summary
    assert set(data["by_type"]) == set(run.by_type)
    assert [r["id"] for r in data["results"]] == [q.id for q in tiny_qa]
    assert paths["chart"].read_bytes()[:8] == PNG_MAGIC
    markdown = paths["markdown"].read_text(encoding="utf-8")
    assert "![evaluation chart](eval.png)" in markdown
    assert f"| hit@5 | {fmt(run.summary['hit@5'])} |" in markdown
    assert "## By question type" in markdown and "## By difficulty" in markdown


def test_every_failure_shows_gold_answer_retrieved_passages_and_given_answer(tiny_qa, fake_retriever, fakes):
    run = run_fake(tiny_qa, fake_retriever, fakes)
    failed = {r.id: r for r in run.failures}
    assert set(failed) == {"t3", "t5"}
    markdown = render_markdown(run)
    assert f"## Failed questions ({len(failed)} of 6)" in markdown
    section = markdown.split("### t3")[1].split("###")[0]
    assert "**gold answer:** Sophie Linden" in section
    assert "**given answer:**" in section and md_text(failed["t3"].answer)[:40] in section
    first = failed["t3"].retrieved[0]
    assert f"1. ✗ **{first.citation}** — {md_text(first.text)[:30]}" in section
    assert "no evidence in top 10" not in section  # the signature is found, just late (rank 10)
    assert "first evidence at rank 10" in section
    multi = markdown.split("### t5")[1].split("###")[0]
    assert "answer lacks “joint patrols”" in multi
    assert "### t1" not in markdown  # passed questions are not listed


def test_unanswered_abstention_and_wrong_answer_reasons(tiny_qa, fake_retriever, fakes) -> None:
    never = fakes.Assistant(fake_retriever, abstain=False)
    run = evaluate_retriever(tiny_qa, fake_retriever, assistant=never, progress=False)
    markdown = render_markdown(run)
    assert "answered an unanswerable question (no abstention)" in markdown.split("### t6")[1]


def test_untrusted_text_cannot_inject_html_or_break_tables() -> None:
    assert md_text("<script>alert(1)</script> a|b\nc") == "&lt;script&gt;alert(1)&lt;/script&gt; a\\|b c"


def test_fmt() -> None:
    assert fmt(None) == "–" and fmt(0.12345) == "0.123" and fmt(153.27) == "153.3" and fmt(7) == "7"


def test_comparison_adds_a_chart_panel_and_section(tiny_qa, fake_retriever, fakes, tmp_path) -> None:
    run = run_fake(tiny_qa, fake_retriever, fakes)
    paths = write_report(run, tmp_path, comparison=[run], comparison_md="## Configurations compared\n\nX")
    assert "## Configurations compared" in paths["markdown"].read_text(encoding="utf-8")
    assert json.loads(paths["json"].read_text())["comparison"][0]["summary"] == run.summary
    assert paths["chart"].read_bytes()[:8] == PNG_MAGIC

"""Write an evaluation run as JSON, a Markdown report with every failed question, and a PNG chart."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rag.evaluation.runner import HIT_KS, EvalResult, PassageRecord, QuestionResult

FAILED_RETRIEVED_SHOWN = 5  # retrieved passages listed under each failed question
ANSWER_CHARS = 500

# (summary key, label) in the order the report presents them.
RETRIEVAL_ROWS = [(f"hit@{k}", f"hit@{k}") for k in HIT_KS] + [
    ("mrr", "MRR"),
    ("evidence_recall@5", "evidence recall@5 (multi-document)"),
]
ANSWER_ROWS = [
    ("answer_accuracy", "answer accuracy (all must_contain in the first 300 characters)"),
    ("answer_accuracy_anywhere", "answer accuracy, must_contain anywhere in the answer"),
    ("token_f1", "token F1 (best of answer and aliases)"),
    ("abstention_rate", "abstention on unanswerable questions"),
    ("false_abstention_rate", "false abstention on answerable questions"),
    ("citation_precision", "citation precision"),
    ("citation_recall", "citation recall (answerable with a correct citation)"),
    ("overall_accuracy", "overall: questions handled correctly"),
    ("weak_flagged", "answered answerable questions flagged as a weak match"),
    ("accuracy_when_weak", "accuracy of answers flagged weak"),
    ("accuracy_when_not_weak", "accuracy of answers not flagged"),
]
LATENCY_ROWS = [
    ("ask_p50_ms", "ask p50 (ms)"),
    ("ask_p95_ms", "ask p95 (ms)"),
    ("search_p50_ms", "search p50 (ms)"),
    ("search_p95_ms", "search p95 (ms)"),
]
BREAKDOWN_COLUMNS = [
    ("questions", "n"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("answer_accuracy", "accuracy"),
    ("token_f1", "F1"),
    ("abstention_rate", "abstention"),
    ("false_abstention_rate", "false abst."),
    ("citation_precision", "cit. prec."),
    ("overall_accuracy", "overall"),
]


def md_text(text: Any) -> str:
    """Make untrusted text (questions, documents, answers) inert in Markdown: no raw HTML, no table breaks."""
    text = " ".join(str(text).split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def fmt(value: Any, key: str = "") -> str:
    """A figure for a table: 1 decimal for milliseconds (keys ending _ms), else 3; '–' when not applicable."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.1f}" if key.endswith("_ms") or abs(value) > 1 else f"{value:.3f}"
    return md_text(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _breakdown_table(groups: dict[str, dict[str, Any]], first: str) -> list[str]:
    header = [first] + [label for _, label in BREAKDOWN_COLUMNS]
    rows = []
    for name, figures in groups.items():
        rows.append([md_text(name)] + [fmt(figures.get(key), key) for key, _ in BREAKDOWN_COLUMNS])
    return _table(header, rows)


def _passage_line(record: PassageRecord | dict[str, Any], rank: int | None = None) -> str:
    rec = record if isinstance(record, dict) else record.__dict__
    mark = "✓" if rec["covers_evidence"] else "✗"
    where = f"{rank}. " if rank is not None else "- "
    return f"{where}{mark} **{md_text(rec['citation'])}** — {md_text(rec['text'])}"


def failure_section(result: QuestionResult) -> list[str]:
    """A failed question: what was asked, the gold answer, what was retrieved and what was answered."""
    if result.error:
        why = f"error: {result.error}"
    elif not result.answerable:
        why = "answered an unanswerable question (no abstention)"
    elif result.abstained:
        why = "abstained on an answerable question"
    else:
        missing = [m for m in result.must_contain if m.lower() not in result.answer.lower()]
        quoted = ", ".join(f"“{md_text(m)}”" for m in missing)
        why = f"answer lacks {quoted}" if missing else "answer judged wrong"
    rank = f"first evidence at rank {result.hit_rank}" if result.hit_rank else "no evidence in top 10"
    lines = [
        f"### {md_text(result.id)} · {result.type} · {result.difficulty}",
        "",
        f"**Q:** {md_text(result.question)}",
        "",
        f"- **why it failed:** {why}",
        f"- **gold answer:** {md_text(result.gold_answer) or '(not answerable from the corpus)'}",
    ]
    if result.must_contain:
        lines.append("- **must contain:** " + ", ".join(f"“{md_text(m)}”" for m in result.must_contain))
    if result.docs:
        lines.append(f"- **documents:** {', '.join(md_text(d) for d in result.docs)} ({rank})")
    given = result.answer if len(result.answer) <= ANSWER_CHARS else result.answer[: ANSWER_CHARS - 1] + "…"
    flag = " (abstained)" if result.abstained else ""
    lines.append(f"- **given answer{flag}:** {md_text(given) or '(none)'}")
    if result.strategy:
        lines.append(f"- **strategy:** {md_text(result.strategy)}"
                     + (f"; failed checks: {md_text('; '.join(result.failed_checks))}" if result.failed_checks else ""))
    if result.citations:
        lines.append("- **cited:** " + "; ".join(
            f"{'✓' if c.covers_evidence else '✗'} {md_text(c.citation)}" for c in result.citations
        ))
    if result.retrieved:
        lines += ["", "Retrieved:", ""]
        lines += [_passage_line(p, i) for i, p in enumerate(result.retrieved[:FAILED_RETRIEVED_SHOWN], 1)]
    lines.append("")
    return lines


def render_markdown(
    result: EvalResult, comparison_md: str | None = None, chart_name: str | None = None
) -> str:
    """The human report: headline figures, breakdowns, latency, (comparison), then every failure."""
    s = result.summary
    lines = [
        "# Evaluation report",
        "",
        f"- question file: `{md_text(result.qa_path)}` — {s['questions']} questions "
        f"({s['answerable']} answerable, {s['unanswerable']} unanswerable, {s['multi_doc']} multi-document)",
        f"- configuration: {md_text(', '.join(f'{k}={v}' for k, v in result.config.items()))}",
        f"- index version: `{md_text(result.index_version)}`; run time {result.seconds:.1f} s",
        "",
        "A retrieved or cited passage counts as correct when its [start, end) span covers evidence. "
        "Answer accuracy needs every `must_contain` string in the answer text; abstaining counts as wrong. "
        "Citation precision is over answered, answerable questions. Retrieval is measured on the top 10.",
        "",
    ]
    if s["errors"]:
        lines += [f"**{s['errors']} question(s) raised an error** and count as failed; see below.", ""]
    if chart_name:
        lines += [f"![evaluation chart]({chart_name})", ""]
    lines += ["## Retrieval", ""]
    lines += _table(["measure", "value"], [[label, fmt(s.get(key), key)] for key, label in RETRIEVAL_ROWS])
    lines += ["", "## Answers, abstention and citations", ""]
    lines += _table(["measure", "value"], [[label, fmt(s.get(key), key)] for key, label in ANSWER_ROWS])
    lines += ["", "## Latency", ""]
    lines += _table(["measure", "value"], [[label, fmt(s.get(key), key)] for key, label in LATENCY_ROWS])
    strategies = s.get("strategies") or {}
    if strategies:
        lines += ["", "## By answering strategy", "",
                  "Precision: answers right on answerable questions, over every answer the strategy gave "
                  "(an answer to an unanswerable question counts as wrong).", ""]
        lines += _table(["strategy", "share", "questions", "answered", "precision"],
                        [[md_text(name), fmt(f["share"], "share"), str(f["questions"]), str(f["answered"]),
                          fmt(f["precision"], "precision")] for name, f in strategies.items()])
    lines += ["", "## By question type", ""] + _breakdown_table(result.by_type, "type")
    lines += ["", "## By difficulty", ""] + _breakdown_table(result.by_difficulty, "difficulty")
    if result.by_layout:
        lines += ["", "## By layout of the evidence", ""] + _breakdown_table(result.by_layout, "layout")
    if comparison_md:
        lines += ["", comparison_md.strip()]
    failures = result.failures
    lines += ["", f"## Failed questions ({len(failures)} of {s['questions']})", ""]
    if not failures:
        lines.append("None.")
    for failure in failures:
        lines += failure_section(failure)
    return "\n".join(lines).rstrip() + "\n"


def render_chart(result: EvalResult, path: Path, comparison: Sequence[EvalResult] = ()) -> Path:
    """PNG: headline figures, accuracy/hit@5 per question type, and (with --compare) overall per variant."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed; must precede pyplot
    import matplotlib.pyplot as plt

    panels = 3 if comparison else 2
    fig, axes = plt.subplots(1, panels, figsize=(6.5 * panels, 4.8))
    s = result.summary
    keys = [k for k, _ in RETRIEVAL_ROWS + ANSWER_ROWS if s.get(k) is not None]
    ax = axes[0]
    ax.bar(range(len(keys)), [s[k] for k in keys], color="#3b6ea5")
    ax.set_xticks(range(len(keys)), [k.replace("_", " ") for k in keys], rotation=60, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Headline figures ({s['questions']} questions)")

    ax = axes[1]
    types = list(result.by_type)
    hit = [result.by_type[t].get("hit@5") or 0.0 for t in types]
    passed = [result.by_type[t].get("overall_accuracy") or 0.0 for t in types]
    xs = range(len(types))
    ax.bar([x - 0.2 for x in xs], hit, width=0.4, label="hit@5", color="#7aa6c2")
    ax.bar([x + 0.2 for x in xs], passed, width=0.4, label="handled correctly", color="#e07b39")
    ax.set_xticks(list(xs), [f"{t}\n(n={result.by_type[t]['questions']})" for t in types], rotation=45,
                  ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=8)
    ax.set_title("By question type")

    if comparison:
        ax = axes[2]
        labels = [run.label for run in comparison]
        ax.barh(range(len(labels)), [run.summary.get("overall_accuracy") or 0.0 for run in comparison],
                color="#5c9e6e")
        ax.set_yticks(range(len(labels)), labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, 1.0)
        ax.set_title("Compared configurations: handled correctly")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_report(
    result: EvalResult,
    out_dir: str | Path,
    comparison: Sequence[EvalResult] = (),
    comparison_md: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Path]:
    """Write eval.json, report.md and eval.png into out_dir; returns their paths by kind."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "eval.json", "markdown": out / "report.md", "chart": out / "eval.png"}
    data = result.to_dict()
    if comparison:
        data["comparison"] = [
            {"label": r.label, "config": r.config, "summary": r.summary} for r in comparison
        ]
    if extra:
        data.update(extra)
    paths["json"].write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    render_chart(result, paths["chart"], comparison)
    markdown = render_markdown(result, comparison_md, paths["chart"].name)
    paths["markdown"].write_text(markdown, encoding="utf-8")
    return paths

"""`rag eval`: load questions and index, run, compare, write the report, apply the gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer

from rag.cli.common import build_with_progress, command, default_corpus, default_index, fail, load_retriever, say
from rag.evaluation.metrics import evidence_spans
from rag.evaluation.qa import QAFileError
from rag.evaluation.report import ANSWER_ROWS, LATENCY_ROWS, RETRIEVAL_ROWS, fmt

MAX_PROBLEMS_SHOWN = 20
CANDIDATES_FILE = "qa_candidates.jsonl"


def write_feedback_candidates(feedback: Path, out: Path) -> tuple[Path, int]:
    """Turn chat feedback JSONL into candidate Q&A rows (for a human to review) at out/qa_candidates.jsonl."""
    from rag.evaluation.feedback import feedback_to_candidates

    candidates = feedback_to_candidates(feedback)
    out.mkdir(parents=True, exist_ok=True)
    target = out / CANDIDATES_FILE
    with target.open("w", encoding="utf-8") as handle:
        for row in candidates:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return target, len(candidates)


def fail_with_problems(exc: Exception) -> None:
    """A bad question file: 'error: <summary>' first, then each problem on its own line; exit 1."""
    problems = list(getattr(exc, "problems", []) or [str(exc)])
    if len(problems) == 1:
        fail(str(problems[0]).splitlines()[0])
    say(f"error: {str(exc).splitlines()[0]}")
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        say(f"  {problem}")
    if len(problems) > MAX_PROBLEMS_SHOWN:
        say(f"  … and {len(problems) - MAX_PROBLEMS_SHOWN} more")
    raise typer.Exit(1)


def load_questions(qa: Path, corpus: Path | None) -> list[Any]:
    """load_qa, evidence checked against the corpus when present; a bad file ends the command clearly."""
    from rag.evaluation.qa import QAFileError, load_qa

    try:
        return load_qa(qa, corpus_dir=corpus if corpus is not None and corpus.is_dir() else None)
    except QAFileError as exc:
        fail_with_problems(exc)
    raise AssertionError("unreachable")


def open_index(index: Path, corpus: Path | None) -> Any:
    """Load the index, building or updating it first when it is missing or older than the corpus."""
    from rag.index.build import corpus_status
    from rag.index.store import IndexLoadError, read_manifest

    try:
        manifest = read_manifest(index)
    except IndexLoadError:
        manifest = None
    if corpus is None:
        corpus = Path(manifest.corpus_dir) if manifest else default_corpus()
    if corpus.is_dir():
        status = corpus_status(corpus, index)
        if status != "current":
            say(f"{'building' if status == 'missing' else 'updating'} the index {index}/ from {corpus}/ …")
            model = manifest.embedding_model if manifest else None
            return build_with_progress(corpus, index, model)
    elif manifest is None:
        fail(f"no index at {index}/ and no corpus folder {corpus}/ to build one from")
    return load_retriever(index)


def _summary_lines(summary: dict[str, Any]) -> list[str]:
    rows = RETRIEVAL_ROWS + ANSWER_ROWS + LATENCY_ROWS
    width = max(len(label) for _, label in rows)
    return [f"  {label:<{width}}  {fmt(summary.get(key), key)}" for key, label in rows]


def eval_main(
    qa: Path,
    index: Path,
    corpus: Path | None,
    out: Path,
    compare: bool = False,
    gate: Path | None = None,
    from_feedback: Path | None = None,
    quiet: bool = False,
    mode: str = "extractive",
) -> None:
    """Everything `rag eval` does, in order; every expected failure is one clear line and a non-zero exit."""
    if mode not in ("extractive", "llm"):
        fail(f"unknown mode {mode!r}; choose extractive or llm")
    if from_feedback is not None:
        try:
            target, count = write_feedback_candidates(from_feedback, out)
        except ImportError:
            fail("feedback conversion is not available (rag.evaluation.feedback is missing)")
        except (OSError, ValueError) as exc:
            fail(f"could not read feedback from {from_feedback}: {exc}")
        typer.echo(f"Wrote {count} candidate Q&A pair(s) for review to {target}")
        return

    thresholds = None
    if gate is not None:
        from rag.evaluation.gate import GateFileError, load_thresholds

        try:
            thresholds = load_thresholds(gate)
        except GateFileError as exc:
            fail(str(exc))

    items = load_questions(qa, corpus)
    retriever = open_index(index, corpus)
    corpus_dir = corpus or Path(retriever.manifest.corpus_dir)

    from rag.evaluation.qa import QAFileError
    from rag.evaluation.report import write_report
    from rag.evaluation.runner import evaluate_retriever

    try:
        result = evaluate_retriever(items, retriever, label="default" if mode == "extractive" else mode,
                                    assistant_config={"mode": mode} if mode != "extractive" else None,
                                    progress=not quiet, qa_path=str(qa))
    except QAFileError as exc:
        fail_with_problems(exc)
    except ImportError as exc:
        fail(f"the assistant could not be loaded ({exc})")

    comparison = None
    if compare:
        from rag.embedding.embedder import EmbedderError
        from rag.evaluation.compare import run_comparison

        try:
            comparison = run_comparison(
                items, retriever, corpus_dir,
                default_result=result, progress=not quiet, log=say, qa_path=str(qa),
            )
        except EmbedderError as exc:
            fail(f"comparison needs another embedding model: {exc}")
    try:
        paths = write_report(
            result,
            out,
            comparison=comparison.results if comparison else (),
            comparison_md=comparison.markdown() if comparison else None,
            extra={"comparison_verdict": comparison.to_dict()} if comparison else None,
        )
    except OSError as exc:
        fail(f"could not write the report to {out}/: {exc.strerror or exc}")

    summary = result.summary
    counts = f"{summary['questions']} questions ({summary['answerable']} answerable)"
    typer.echo(f"{counts} in {result.seconds:.1f} s")
    for line in _summary_lines(summary):
        typer.echo(line)
    for name, figures in (summary.get("strategies") or {}).items():
        precision = "–" if figures["precision"] is None else f"{figures['precision']:.3f}"
        typer.echo(f"  strategy {name}: share {figures['share']:.3f}, answered {figures['answered']}, "
                   f"precision {precision}")
    if summary.get("llm_answered") is not None:
        typer.echo(f"  answered by the LLM: {summary['llm_answered']:.3f} (the rest fell back to the extractive "
                   "answer: see each answer's notes in eval.json)")
    if comparison is not None:
        typer.echo("")
        typer.echo(comparison.table())
        typer.echo(f"best: {comparison.best.label}; default: {comparison.default.label}")
    typer.echo(f"report: {paths['markdown']}  json: {paths['json']}  chart: {paths['chart']}")

    if thresholds is not None:
        from rag.evaluation.gate import check_gate

        verdict = check_gate(summary, thresholds)
        typer.echo(f"gate ({gate}):")
        for line in verdict.lines():
            typer.echo(f"  {line}")
        if not verdict.passed:
            failed = ", ".join(c.metric for c in verdict.failed)
            fail(f"regression gate failed: {failed} below the thresholds in {gate}")
        typer.echo("gate passed")


@command("eval")
def eval_command(
    qa: Path = typer.Option(Path("eval/qa.jsonl"), "--qa", help="Question file (eval/qa.jsonl format)."),
    index: Path = typer.Option(default_index(), "--index", help="Index folder (built first if missing)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder (default: the index's)."),
    out: Path = typer.Option(Path("reports"), "--out", help="Folder for eval.json, report.md, eval.png."),
    compare: bool = typer.Option(False, "--compare", help="Also compare configurations."),
    gate: Optional[Path] = typer.Option(None, "--gate", help="Thresholds JSON; exit non-zero below them."),
    from_feedback: Optional[Path] = typer.Option(
        None, "--from-feedback", help="Turn chat feedback JSONL into candidate Q&A pairs in --out, then stop."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    mode: str = typer.Option("extractive", "--mode", help="extractive (default) or llm (RAG_LLM_* settings)."),
    sets: Optional[Path] = typer.Option(
        None, "--sets", help="Run every set of a sets file (eval/sets.json: dev and sealed) side by side."
    ),
) -> None:
    """Evaluate retrieval, answers, abstention and citations on a question set; write a report."""
    if sets is not None:
        sets_main(sets, out, quiet, mode)
        return
    eval_main(qa, index, corpus, out, compare, gate, from_feedback, quiet, mode)


SETS_ROWS = [("hit@1", "hit@1"), ("hit@5", "hit@5"), ("answer_accuracy", "answer accuracy"),
             ("answer_accuracy_anywhere", "answer accuracy, facts anywhere"),
             ("abstention_rate", "abstention on unanswerable"), ("false_abstention_rate", "false abstention"),
             ("citation_precision", "citation precision"), ("citation_recall", "citation recall"),
             ("ask_p50_ms", "ask p50 (ms)")]


def sets_main(sets_file: Path, out: Path, quiet: bool = False, mode: str = "extractive") -> None:
    """`rag eval --sets`: each set over its own collection (built or reused), one table with every set's figures."""
    from rag.evaluation.report import write_report
    from rag.evaluation.runner import evaluate_retriever
    from rag.evaluation.sets import SetsFileError, collection_folder, index_folder, load_sets, side_by_side

    if mode not in ("extractive", "llm"):
        fail(f"unknown mode {mode!r}; choose extractive or llm")
    try:
        eval_sets = load_sets(sets_file)
    except SetsFileError as exc:
        fail(str(exc))
    rows, retrievers = [], {}
    for eval_set in eval_sets:
        items = load_questions(eval_set.qa, None)
        try:
            collection = collection_folder(eval_set.folders)
        except (SetsFileError, OSError) as exc:
            fail(str(exc))
        if collection not in retrievers:
            retrievers[collection] = open_index(index_folder(collection), collection)
        retriever = retrievers[collection]
        unfound = [i.id for i in items if i.docs and not evidence_spans(
            [d for d in i.docs if d in retriever.documents], i.evidence, retriever.document_text)]
        if unfound:
            say(f"{eval_set.name} ({eval_set.split}): evidence of {len(unfound)} question(s) not found in the "
                f"extracted text ({', '.join(unfound[:5])}{' …' if len(unfound) > 5 else ''}): they count as misses")
        label = f"{eval_set.name}-{eval_set.split}"
        try:
            result = evaluate_retriever(items, retriever, label=label, progress=not quiet, qa_path=str(eval_set.qa),
                                        assistant_config={"mode": mode} if mode != "extractive" else None)
        except QAFileError as exc:
            fail_with_problems(exc)
        try:
            write_report(result, out / label)
        except OSError as exc:
            fail(f"could not write the report to {out / label}/: {exc.strerror or exc}")
        rows.append((eval_set, result.summary))
        if result.by_layout:
            say(f"{label} hit@5 by layout: " + ", ".join(
                f"{layout} {figures['hit@5']:.3f} ({figures['answerable']})"
                for layout, figures in result.by_layout.items() if figures.get("hit@5") is not None))
    table = side_by_side(rows, SETS_ROWS)
    typer.echo(table)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sets.md").write_text(table + "\n", encoding="utf-8")
    (out / "sets.json").write_text(json.dumps(
        [{"name": s.name, "split": s.split, "qa": str(s.qa), "summary": summary} for s, summary in rows],
        indent=2), encoding="utf-8")
    typer.echo(f"reports: {out}/<set>-<split>/, table: {out / 'sets.md'}")

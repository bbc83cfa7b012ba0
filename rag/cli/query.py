"""`rag search` and `rag ask`: ranked passages, and answers with citations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from rag.cli.common import command, default_index, echo, fail, filters_from, load_retriever

_DOC = typer.Option(None, "--doc", help="Only this document (repeatable).")
_FROM = typer.Option(None, "--from", help="Only documents dated on/after (YYYY-MM-DD).")
_TO = typer.Option(None, "--to", help="Only documents dated on/before (YYYY-MM-DD).")


@command("search")
def search_command(
    query: str = typer.Argument(..., help="The question or keywords."),
    k: int = typer.Option(5, "-k", help="Number of passages."),
    index: Path = typer.Option(default_index(), "--index", help="Index folder."),
    mode: str = typer.Option("hybrid", "--mode", help="hybrid, dense or bm25."),
    document: Optional[list[str]] = _DOC,
    date_from: Optional[str] = _FROM,
    date_to: Optional[str] = _TO,
) -> None:
    """Print the ranked passages for a query, with their citations."""
    retriever = load_retriever(index)
    try:
        hits = retriever.search(query, k=k, filters=filters_from(document, date_from, date_to), mode=mode)
    except ValueError as exc:
        fail(str(exc))
    if not hits:
        echo("No passage matches.")
        return
    for rank, hit in enumerate(hits, start=1):
        echo(f"{rank}. [{hit.score:.4f}] {hit.citation()}  <{hit.doc_id} {hit.start}-{hit.end}>")
        echo(f"   {hit.text}\n")


@command("ask")
def ask_command(
    question: str = typer.Argument(..., help="Your question in plain English."),
    index: Path = typer.Option(default_index(), "--index", help="Index folder."),
    mode: str = typer.Option("extractive", "--mode", help="extractive (default, offline) or llm."),
    as_json: bool = typer.Option(False, "--json", help="Print the Answer as JSON."),
    explain: bool = typer.Option(False, "--explain", help="Also print how the answer was reached (its trace)."),
    document: Optional[list[str]] = _DOC,
    date_from: Optional[str] = _FROM,
    date_to: Optional[str] = _TO,
) -> None:
    """Answer a question with citations to the letter and paragraph."""
    from rag.answer.assistant import Assistant, QuestionError, validate_question
    from rag.types import WEAK_MATCH_NOTE

    try:
        validate_question(question)
    except QuestionError as exc:
        fail(str(exc))
    if mode not in ("extractive", "llm"):
        fail(f"unknown mode {mode!r}; choose extractive or llm")
    retriever = load_retriever(index)
    try:
        answer = Assistant(retriever, mode=mode).ask(question, filters=filters_from(document, date_from, date_to))
    except (QuestionError, ValueError) as exc:
        fail(str(exc))
    if as_json:
        echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    echo(answer.text)
    if answer.weak:
        echo(f"({WEAK_MATCH_NOTE})")
    if answer.abstained and answer.related:
        echo("\nRelated reading (not evidence):")
        for passage in answer.related:
            echo(f"  - {passage.citation()}")
    if answer.citations:
        echo("")
    for line in answer.citation_lines():
        echo(line)
    for note in answer.notes:
        echo(f"note: {note}")
    if explain:
        from rag.answer.trace import explain as explain_lines

        echo("\nHow this answer was reached:")
        for line in explain_lines(answer.trace):
            echo(f"  {line}")

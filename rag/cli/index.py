"""`rag index`: build or update an index from a corpus folder."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from rag.cli.common import build_with_progress, command, default_corpus, default_index, echo, fail, printable


@command("index")
def index_command(
    corpus: Path = typer.Argument(default_corpus(), help="Folder of .txt/.md/.pdf/.docx/.html documents."),
    index: Path = typer.Option(default_index(), "--index", help="Index folder to build or update."),
    model: Optional[str] = typer.Option(None, "--model", help="Embedding model (default all-MiniLM-L6-v2)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    details: Optional[bool] = typer.Option(
        None, "--details/--no-details", help="Per-document table of what was found (default: up to 50 documents)."
    ),
) -> None:
    """Build or update the index; only new or changed files are re-embedded."""
    retriever = build_with_progress(corpus, index, model, quiet)
    report = retriever.last_build
    if report.documents == 0:
        skipped = "; ".join(f"{n}: {r}" for n, r in report.skipped) or "none"
        fail(f"no document in {corpus}/ could be indexed (skipped: {skipped})")
    echo(
        f"Indexed {report.documents} documents, {report.paragraphs} paragraphs, {report.chunks} chunks "
        f"in {report.seconds:.1f} s ({report.embedded} embedded, {report.reused} reused; "
        f"{report.faiss_type} index {report.index_version}) -> {index}/"
    )
    if details or (details is None and len(report.found) <= 50):
        print_found(report.found)
    if report.removed_files:
        echo(f"Dropped {len(report.removed_files)} deleted file(s): {', '.join(report.removed_files)}")
    if report.skipped:
        echo(f"Skipped {len(report.skipped)} file(s):")
        for name, reason in report.skipped:
            echo(f"  {name}: {reason}")


def print_found(rows: list[dict]) -> None:
    """One line per document: format, paragraphs, table rows, chrome dropped, then each metadata field found
    ("-" where it could not be found), and a last line per document naming what is missing."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rag.index.build import REPORTED_FIELDS

    table = Table(title="What each document gave", show_lines=False)
    columns = ["document", "format", "paragraphs", "table rows", "chrome dropped", *REPORTED_FIELDS]
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        # Cells come from the documents: control sequences stripped and rich markup ("[bold]") shown as text.
        table.add_row(*[escape(printable(str(row[c]))) if row.get(c) not in (None, "") else "-" for c in columns])
    Console(width=max(160, 20 * len(columns))).print(table)
    for row in rows:
        missing = [name.replace("_", " ") for name in REPORTED_FIELDS if not row.get(name)]
        if missing:
            echo(f"  {row['document']}: not found: {', '.join(missing)}")

"""`rag index`: build or update an index from a corpus folder."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from rag.cli.common import build_with_progress, command, default_corpus, default_index, echo, fail


@command("index")
def index_command(
    corpus: Path = typer.Argument(default_corpus(), help="Folder of .txt/.md/.pdf/.docx/.html documents."),
    index: Path = typer.Option(default_index(), "--index", help="Index folder to build or update."),
    model: Optional[str] = typer.Option(None, "--model", help="Embedding model (default all-MiniLM-L6-v2)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
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
    if report.removed_files:
        echo(f"Dropped {len(report.removed_files)} deleted file(s): {', '.join(report.removed_files)}")
    if report.skipped:
        echo(f"Skipped {len(report.skipped)} file(s):")
        for name, reason in report.skipped:
            echo(f"  {name}: {reason}")

"""What every command shares: the Typer app, one-line errors, build progress, loading an index."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import typer

from rag import settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Question answering over London policing correspondence.",
)


def default_index() -> Path:
    return Path(settings.get("RAG_INDEX_DIR"))


def default_corpus() -> Path:
    return Path(settings.get("RAG_CORPUS_DIR"))


class CommandError(Exception):
    """A failure the user can act on: shown as one line on stderr with exit code 1, never a traceback."""

    exit_code = 1

    def show(self) -> None:
        typer.echo(f"error: {self}", err=True)


def fail(message: str) -> NoReturn:
    """Stop the command with one clear line (the library raises exceptions; only rag.cli turns them into this)."""
    raise CommandError(message)


def command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a `rag` sub-command whose CommandError becomes its one line on stderr and exit code 1."""

    def register(func: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> None:
            try:
                func(*args, **kwargs)
            except CommandError as exc:
                exc.show()
                raise typer.Exit(exc.exit_code) from None

        return app.command(name)(run)

    return register


def say(message: str) -> None:
    """A progress or status line on stderr (stdout stays for results)."""
    typer.echo(message, err=True)


class BuildProgress:
    """Progress bars for an index build (parse, embed), written to stderr."""

    def __init__(self, enabled: bool = True):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            disable=not enabled, transient=False,
        )
        self.tasks: dict[str, int] = {}

    def __enter__(self) -> BuildProgress:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=max(total, 1))
        self.progress.update(self.tasks[stage], completed=done if total else 1, total=max(total, 1))


def build_with_progress(corpus: Path, index: Path, model: str | None = None, quiet: bool = False):
    """Build or update an index showing progress; errors become one clear line."""
    from rag.embedding.embedder import EmbedderError
    from rag.index.store import IndexLoadError
    from rag.question.glossary import GlossaryError
    from rag.retrieval.retriever import Retriever

    if not corpus.is_dir():
        fail(f"corpus folder {corpus}/ does not exist")
    if not any(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith(".")):
        fail(f"corpus folder {corpus}/ is empty: add .txt, .md, .pdf, .docx or .html files")
    try:
        with BuildProgress(enabled=not quiet) as progress:
            return Retriever.build(corpus, index, embedder=model, progress=progress)
    except (EmbedderError, GlossaryError, IndexLoadError) as exc:  # IndexLoadError: e.g. RAG_STORE unreachable
        fail(str(exc))
    except OSError as exc:
        fail(f"could not write the index to {index}/: {exc.strerror or exc}")


def load_retriever(index: Path):
    """Load an index or stop with one clear line."""
    from rag.embedding.embedder import EmbedderError
    from rag.index.store import IndexLoadError
    from rag.question.glossary import GlossaryError
    from rag.retrieval.retriever import Retriever

    try:
        return Retriever.load(index)
    except (IndexLoadError, EmbedderError, GlossaryError) as exc:
        fail(str(exc))


def filters_from(document: list[str] | None, date_from: str | None, date_to: str | None) -> dict[str, Any]:
    """The --doc/--from/--to options as the filters mapping Retriever.search and Assistant.ask take."""
    return {"documents": document or (), "date_from": date_from, "date_to": date_to}

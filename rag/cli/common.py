"""What every command shares: the Typer app, one-line errors, build progress, loading an index."""

from __future__ import annotations

import functools
import sys
import time
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
        typer.echo(f"error: {printable(str(self))}", err=True)


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


def printable(text: str) -> str:
    """Text safe to print on a terminal: ANSI/OSC escape sequences and other control characters removed."""
    from rag.safe_text import strip_controls

    return strip_controls(text)


def echo(text: str = "") -> None:
    """A result line on stdout, with terminal control sequences removed."""
    typer.echo(printable(text))


class PlainProgress:
    """Progress as plain lines on stderr, for logs and pipes (no terminal to redraw a bar on): a line when a stage
    starts, then at most one every `every` seconds, with counts, rate and time left, and one when it ends."""

    def __init__(self, every: float = 5.0, stream: Any = None):
        self.every = every
        self.stream = stream
        self.started: dict[str, float] = {}
        self.last: dict[str, float] = {}

    def __enter__(self) -> PlainProgress:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        first = stage not in self.started
        if first:
            self.started[stage] = self.last[stage] = now
        finished = done >= total
        if not (first or finished or now - self.last[stage] >= self.every):
            return
        if finished and self.last.get(stage) == -1.0:
            return  # the end of a stage is said once
        self.last[stage] = -1.0 if finished else now
        elapsed = now - self.started[stage]
        unit = {"parse": "files", "embed": "texts"}.get(stage, "steps")
        line = f"{stage}: {done}/{total} {unit}"
        if total:
            line += f" ({100 * done // total}%)"
        line += f", {elapsed:.0f} s"
        if 0 < done < total and elapsed > 0:
            line += f", about {(total - done) * elapsed / done:.0f} s left"
        print(line, file=self.stream or sys.stderr, flush=True)


class BuildProgress:
    """Progress bars for an index build (parse, embed), written to stderr: done/total, time spent, time left."""

    def __init__(self, enabled: bool = True):
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("left"), TimeRemainingColumn(), disable=not enabled, transient=False,
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
    from rag.index.store import IndexBusyError, IndexLoadError
    from rag.question.glossary import GlossaryError
    from rag.retrieval.retriever import Retriever

    if not corpus.is_dir():
        fail(f"corpus folder {corpus}/ does not exist")
    if not any(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith(".")):
        fail(f"corpus folder {corpus}/ is empty: add .txt, .md, .pdf, .docx or .html files")
    # A bar redrawn in place means nothing in a log file or a service journal: there, plain lines.
    reporter = PlainProgress() if not quiet and not sys.stderr.isatty() else BuildProgress(enabled=not quiet)
    try:
        with reporter as progress:
            return Retriever.build(corpus, index, embedder=model, progress=progress)
    except (EmbedderError, GlossaryError, IndexBusyError, IndexLoadError) as exc:  # IndexLoadError: a bad RAG_STORE
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

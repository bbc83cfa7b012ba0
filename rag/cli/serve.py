"""`rag serve` and `python app.py`: build the index first if it is missing or stale, then serve the chat (a shared
PostgreSQL store, RAG_STORE, is only read: `rag index` updates it)."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

import typer

from rag import settings
from rag.cli.common import CommandError, build_with_progress, command, default_corpus, default_index, load_retriever


def _built_from(index: Path) -> Path | None:
    """The corpus folder the index records it was built from, or None (no index, or no folder recorded)."""
    from rag.index.store import IndexLoadError, read_manifest

    try:
        recorded = read_manifest(index).corpus_dir
    except IndexLoadError:
        return None
    return Path(recorded).resolve() if recorded else None


def start(host: str, port: int, index: Path, corpus: Path, mode: str) -> None:
    """Open (building or updating it first) the index, warm the models up and serve until stopped."""
    from rag.index.build import corpus_status

    # A shared database store is written by `rag index` alone: a chat replica that built from its own corpus folder
    # would replace the collection every replica reads (and parse every file at each start).
    shared_store = bool(settings.get("RAG_STORE"))
    status = corpus_status(corpus, index) if corpus.is_dir() and not shared_store else "current"
    built_from = _built_from(index) if status == "stale" else None  # read only when a rebuild is in question
    if built_from is not None and built_from != corpus.resolve():
        # An index of another collection (RAG_INDEX_DIR or --index naming it) is served as it is: rebuilding it from
        # this corpus folder would replace that collection with this folder's files.
        print(f"index {index} was built from {built_from}, not {corpus}: serving it as it is "
              f"(rag index {built_from} --index {index} updates it)", file=sys.stderr)
        status = "current"
    if status != "current":
        print(f"index is {status}: building it from {corpus}/ …", file=sys.stderr)
        retriever = build_with_progress(corpus, index)
    else:
        retriever = load_retriever(index)
    from rag.answer.assistant import Assistant
    from rag.ui.app import launch

    assistant = Assistant(retriever, mode=mode)
    # spaCy and the answer path load while the server starts and the page opens, not before: the first question
    # rarely comes sooner, and if it does it loads what it needs itself (the chat already answers concurrently).
    threading.Thread(target=assistant.warm_up, name="warm-up", daemon=True).start()
    print(f"serving on http://{host}:{port} (index {retriever.index_version}); loading the language models …",
          file=sys.stderr)
    launch(assistant, host=host, port=port)


def main(argv: list[str] | None = None) -> int:
    """app.py's entry point: `python app.py [--host H] [--port P] [--index DIR] [--corpus DIR] [--mode M]`."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=settings.get("RAG_HOST"))
    parser.add_argument("--port", type=int, default=int(settings.get("RAG_PORT")))
    parser.add_argument("--index", default=str(default_index()))
    parser.add_argument("--corpus", default=str(default_corpus()))
    parser.add_argument("--mode", default=settings.get("RAG_MODE"), choices=["extractive", "llm"])
    args = parser.parse_args(argv)
    try:
        start(args.host, args.port, Path(args.index), Path(args.corpus), args.mode)
    except CommandError as exc:
        exc.show()
        return exc.exit_code
    return 0


@command("serve")
def serve_command(
    host: str = typer.Option(settings.get("RAG_HOST"), "--host", help="Address to bind."),
    port: int = typer.Option(int(settings.get("RAG_PORT")), "--port", help="Port."),
    index: Path = typer.Option(default_index(), "--index", help="Index folder (built first if missing or stale)."),
    corpus: Path = typer.Option(default_corpus(), "--corpus", help="Corpus folder."),
    mode: str = typer.Option(settings.get("RAG_MODE"), "--mode", help="extractive or llm."),
) -> None:
    """Start the Gradio chat (same as app.py)."""
    start(host, port, index, corpus, mode)

"""Start the chat: build the index first if it is missing or stale, then serve on 127.0.0.1:7860."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=os.environ.get("RAG_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("RAG_PORT", "7860")))
    parser.add_argument("--index", default=os.environ.get("RAG_INDEX_DIR", "index"))
    parser.add_argument("--corpus", default=os.environ.get("RAG_CORPUS_DIR", "corpus"))
    parser.add_argument("--mode", default=os.environ.get("RAG_MODE", "extractive"), choices=["extractive", "llm"])
    args = parser.parse_args(argv)

    from rag.cli import build_with_progress
    from rag.indexing import corpus_status

    index, corpus = Path(args.index), Path(args.corpus)
    status = corpus_status(corpus, index) if corpus.is_dir() else "current"
    try:
        if status != "current":
            print(f"index is {status}: building it from {corpus}/ …", file=sys.stderr)
            retriever = build_with_progress(corpus, index)
        else:
            from rag.cli import load_retriever

            retriever = load_retriever(index)
    except SystemExit as exc:  # the CLI helpers print one clear line and exit
        return int(exc.code or 1)
    from rag.answer.assistant import Assistant
    from rag.ui.app import launch

    assistant = Assistant(retriever, mode=args.mode)
    print("loading the language models …", file=sys.stderr)
    assistant.warm_up()  # the first staff question should not wait ~2 s for spaCy to load
    print(f"serving on http://{args.host}:{args.port} (index {retriever.index_version})", file=sys.stderr)
    launch(assistant, host=args.host, port=args.port)
    return 0



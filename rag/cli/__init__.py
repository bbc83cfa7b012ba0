"""The `rag` command line: index, search, ask, eval, serve; library errors become one line and an exit code."""

from __future__ import annotations

import gc
import sys

import typer

from rag.cli import eval, index, query, serve  # noqa: F401  (each registers its commands on `app`)
from rag.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    finally:
        # torch, transformers and SciPy leave about a million objects that the cycle collector walks once more as
        # the interpreter exits (1.5-1.9 s of every `rag index`). The command's work is done and its files are
        # closed by now, so those objects are frozen out of that last pass.
        gc.freeze()

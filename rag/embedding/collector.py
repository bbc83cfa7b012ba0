"""Pausing Python's cycle collector while a million long-lived objects are made (a model's import, a large index's
reading), shared by threads that do both at once."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Importing torch, transformers and sentence-transformers allocates about a million long-lived objects; with
    the cycle collector on, each of its full passes walks all of them again (measured: the import took 7.4 s median
    with it, 6.1 s without). Reading a large index makes as many (rag.retrieval.retriever). Cyclic garbage made
    meanwhile is collected once it is back on. Pauses may overlap across threads (the model loads beside the index
    reading): the collector comes back on when the last one ends, if it was on before the first."""
    global _PAUSES, _WAS_ENABLED
    with _PAUSE_LOCK:
        if _PAUSES == 0:
            _WAS_ENABLED = gc.isenabled()
            gc.disable()
        _PAUSES += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _PAUSES -= 1
            if _PAUSES == 0 and _WAS_ENABLED:
                gc.enable()


_PAUSE_LOCK = threading.Lock()
_PAUSES = 0
_WAS_ENABLED = True

"""The cycle collector's pause: overlapping pauses (two threads) end with the collector as it was."""

from __future__ import annotations

import gc
import threading

from rag.embedding.collector import paused


def test_overlapping_pauses_restore_the_collector_when_the_last_ends():
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with paused():
        thread.start()
        inside.wait(5)
    assert not gc.isenabled()  # the other thread's pause still holds
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

"""A fake OpenAI-compatible chat server on 127.0.0.1 that sleeps before answering: the slow LLM backend."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REPLY = "NOT IN DOCUMENTS"


@contextlib.contextmanager
def slow_llm_server(delay: float, reply: str = REPLY) -> Iterator[dict]:
    """Yields {"url": base URL for RAG_LLM_BASE_URL, "requests": count so far}; each request waits `delay` seconds
    (cut short when the server stops, so a test's run time is bounded by its own budget, not by the delay)."""
    stopping = threading.Event()
    state = {"requests": 0}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            with lock:
                state["requests"] += 1
            if stopping.wait(delay):
                return
            body = json.dumps({
                "id": "fake", "object": "chat.completion", "created": 0, "model": "slow",
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": reply}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up first

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield {"url": f"http://127.0.0.1:{server.server_address[1]}/v1", "state": state}
    finally:
        stopping.set()
        server.shutdown()
        server.server_close()

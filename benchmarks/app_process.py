"""Start the chat (app.py) on a loopback port for a benchmark and wait until it answers HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(port: int | None = None, extra: tuple[str, ...] = (), env: dict[str, str] | None = None,
              quiet: bool = True, timeout: float = 300) -> tuple[subprocess.Popen, str]:
    """(the app's process, its URL) once the page answers; exits with one line when it dies or times out."""
    port = port or free_port()
    output = subprocess.DEVNULL if quiet else None
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port), *extra], cwd=ROOT, env=env,
                            stdout=output, stderr=output)
    url = f"http://127.0.0.1:{port}/"
    started = time.perf_counter()
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc, url
        except OSError:
            if proc.poll() is not None or time.perf_counter() - started > timeout:
                proc.kill()
                raise SystemExit(f"the chat did not start within {timeout:.0f} s") from None
            time.sleep(0.2)

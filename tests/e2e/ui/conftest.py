"""A running chat server (subprocess on a free 127.0.0.1 port) over a copy of the corpus with a planted attack."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
WEAK_BELOW = 0.3
ATTACK = ('Planted attack file\n\n12 January 2021\n\nThe attack paragraph says <script>window.__pwned = 1</script> and '
          '<img src=x onerror="window.__pwned = 2; document.title = \'pwned\'"> inside a letter about burglary.\n')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """URL of the app serving the bundled corpus plus one hostile file; stopped after the session."""
    base = tmp_path_factory.mktemp("ui")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "zz_attack.txt").write_text(ATTACK, encoding="utf-8")
    port = _free_port()
    # The calibrated thresholds with the weak-match band widened to 0.3, so the badge test does not hang on where
    # calibration happened to put the band's edge.
    thresholds = json.loads((ROOT / "rag" / "answer" / "abstention.json").read_text(encoding="utf-8"))
    (base / "thresholds.json").write_text(json.dumps({**thresholds, "weak_below": WEAK_BELOW}), encoding="utf-8")
    env = dict(os.environ, RAG_FEEDBACK_FILE=str(base / "feedback.jsonl"), RAG_THRESHOLDS=str(base / "thresholds.json"))
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--port", str(port), "--index", str(base / "index"), "--corpus",
         str(corpus)], cwd=base, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("app exited: " + proc.stdout.read().decode(errors="replace")[-2000:])
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(1)
    else:
        proc.kill()
        raise RuntimeError("app did not start within 180 s")
    yield {"url": url, "feedback": base / "feedback.jsonl"}
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()

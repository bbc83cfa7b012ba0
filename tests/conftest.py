"""Shared fixtures: a deterministic fake embedder and tiny corpus for fast tests; the real index for e2e tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rag.embedding.embedder import FakeEmbedder

pytest_plugins = ["fakes"]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

# Keep every cache inside the repo-local .cache so tests never touch the network or the user's home.
os.environ.setdefault("RAG_CACHE_DIR", str(ROOT / ".cache"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

TINY_LETTERS = {
    "a_letter.txt": """MAYOR OF LONDON

Jane Smith
Chair of the Example Committee
City Hall

3 March 2021

MOPAC01012021-X1

Dear Jane,

Knife crime funding

Thank you for your letter about knife crime. The knife crime fund will cost £250,000 over two years.

The new violence reduction approach was announced on 5 May 2020 by the Mayor.

Yours sincerely,

Sophie Linden
Deputy Mayor for Policing and Crime""",
    "b_briefing.txt": """Partnership working in boroughs

12 June 2015

Summary

Boroughs work with the police on anti-social behaviour and youth drinking through joint patrols.

The fireworks initiative runs every autumn across all 32 boroughs.

Author: Ch Supt Example""",
}


@pytest.fixture(scope="session")
def tiny_letters() -> dict[str, str]:
    return dict(TINY_LETTERS)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TINY_LETTERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the real corpus."""
    folder = tmp_path / "real_corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture(scope="session")
def real_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus indexed once per test session with the real default embedding model."""
    from rag.retrieval.retriever import Retriever

    index_dir = tmp_path_factory.mktemp("real") / "index"
    Retriever.build(CORPUS, index_dir)
    return index_dir


@pytest.fixture(scope="session")
def real_retriever(real_index_dir: Path):
    from rag.retrieval.retriever import Retriever

    return Retriever.load(real_index_dir)

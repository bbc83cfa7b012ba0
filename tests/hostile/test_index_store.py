"""Hostile index folders and concurrent builds: one writer at a time with a clear message, leftovers cleaned,
every damaged file one line naming the rebuild (from wherever it is run), nothing pickled ever loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from rag.cli import app
from rag.index.store import IndexBusyError, IndexCorruptError, build_lock, read_index
from rag.retrieval.retriever import Retriever

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def built(tiny_corpus, tmp_path, fake_embedder) -> Path:
    index = tmp_path / "index"
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    return index


def test_a_second_build_is_refused_naming_the_first(tiny_corpus, tmp_path, fake_embedder):
    index = tmp_path / "index"
    with build_lock(index):
        with pytest.raises(IndexBusyError, match=rf"another build of .* is running \(pid {os.getpid()}\)"):
            Retriever.build(tiny_corpus, index, embedder=fake_embedder)
        result = runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
        assert result.exit_code == 1 and result.output.startswith("error: another build")
        assert len(result.output.strip().splitlines()) == 1
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)  # released: the next build runs


def test_the_lock_is_held_across_processes(tiny_corpus, tmp_path, fake_embedder):
    index = tmp_path / "index"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from rag.index.store import build_lock
            with build_lock({str(index)!r}):
                print("locked", flush=True)
                sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexBusyError, match=f"pid {holder.pid}"):
            Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    finally:
        holder.communicate("\n", timeout=30)
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)


def test_leftovers_of_a_killed_build_are_removed_by_the_next(tiny_corpus, built, fake_embedder):
    leftover = built.with_name(f".{built.name}.tmp-99999")
    leftover.mkdir()
    (leftover / "vectors.npy").write_bytes(b"half written")
    Retriever.build(tiny_corpus, built, embedder=fake_embedder)
    assert not leftover.exists()


def test_a_build_killed_with_sigkill_leaves_the_old_index_and_its_leftovers_go(tiny_corpus, built, fake_embedder):
    before = read_index(built).manifest.index_version
    (tiny_corpus / "c_new.txt").write_text("A new letter\n\nAbout neighbourhood policing in Camden.\n")
    script = textwrap.dedent(f"""
        import os, signal
        import rag.index.store as store
        from rag.embedding.embedder import FakeEmbedder
        from rag.index.build import build_index
        def die(tmp, target):
            os.kill(os.getpid(), signal.SIGKILL)  # after writing the temporary folder, before the swap
        store.swap_into_place = die
        build_index({str(tiny_corpus)!r}, {str(built)!r}, FakeEmbedder())
    """)
    proc = subprocess.run([sys.executable, "-c", script], env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert proc.returncode == -9
    assert list(built.parent.glob(f".{built.name}.tmp-*"))  # what the killed build left
    assert read_index(built).manifest.index_version == before
    Retriever.build(tiny_corpus, built, embedder=fake_embedder)
    assert not list(built.parent.glob(f".{built.name}.tmp-*"))
    assert "c_new.txt" in read_index(built).documents


@pytest.mark.parametrize("files", [[1, 2], "abc", {"a_letter.txt": 5}, {"a_letter.txt": {"sha256": 3}}, None])
def test_a_manifest_with_wrong_types_is_one_line(built, tiny_corpus, fake_embedder, files):
    manifest = json.loads((built / "manifest.json").read_text())
    manifest["files"] = files
    (built / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match="wrong type for files"):
        read_index(built)
    result = runner.invoke(app, ["search", "knife", "--index", str(built)])
    assert result.exit_code == 1 and "Traceback" not in result.output and "rag index" in result.output
    Retriever.build(tiny_corpus, built, embedder=fake_embedder)  # and a rebuild mends it


@pytest.mark.parametrize("name", ["vector_chunks.npy", "token_vectors.npy", "token_scales.npy", "token_offsets.npy"])
def test_random_bytes_in_an_array_file_are_not_called_pickled(built, name):
    if not (built / name).exists():
        pytest.skip(f"this embedder writes no {name}")
    (built / name).write_bytes(os.urandom(2048).replace(b"\x80", b"\x81"))
    with pytest.raises(IndexCorruptError) as caught:
        read_index(built)
    assert f"{name} is not a NumPy array file" in str(caught.value) and "pickled" not in str(caught.value)


def test_a_pickled_array_file_is_refused_and_never_run(built, tmp_path):
    import pickle

    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (Path.touch, (marker,))

    (built / "token_scales.npy").write_bytes(pickle.dumps(Payload()))
    with pytest.raises(IndexCorruptError, match="pickled data, refused"):
        read_index(built)
    np.save(built / "vector_chunks.npy", np.array([Payload()], dtype=object), allow_pickle=True)
    with pytest.raises(IndexCorruptError):
        read_index(built)
    assert not marker.exists()


@pytest.mark.parametrize("damage", ["documents.jsonl", "chunks.jsonl", "vector_keys.json", "dense.faiss", "terms.json",
                                    "vector_chunks.npy", "manifest.json"])
def test_every_damaged_file_is_one_line_naming_the_rebuild(built, damage):
    (built / damage).write_text("{ damaged")
    result = runner.invoke(app, ["search", "knife", "--index", str(built)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "rag index" in result.output and "Traceback" not in result.output


def test_the_rebuild_hint_names_the_corpus_as_seen_from_here(tiny_corpus, tmp_path, fake_embedder, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Retriever.build(Path("corpus"), Path("index"), embedder=fake_embedder)  # built with a relative path
    (tmp_path / "index" / "chunks.jsonl").write_text("{ damaged")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with pytest.raises(IndexCorruptError) as caught:
        read_index(tmp_path / "index")
    assert f"rag index {tiny_corpus.resolve()} --index" in str(caught.value)  # not "rag index corpus"
    monkeypatch.chdir(tmp_path)
    with pytest.raises(IndexCorruptError, match="rag index corpus --index"):
        read_index(Path("index"))

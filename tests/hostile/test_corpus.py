"""Hostile corpus folders: reading never leaves the folder, every bad file is named once with its reason, and one
huge file is skipped at once instead of stalling the build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rag.cli import app
from rag.index.build import corpus_status
from rag.ingest import IngestError, corpus_files, load_corpus, load_document
from rag.retrieval.retriever import Retriever

runner = CliRunner()
SECRET = "Secret outside text: the launch code is 0451."


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(f"Private note\n\n{SECRET}\n", encoding="utf-8")
    return folder


def _index(corpus: Path, index: Path):
    return runner.invoke(app, ["index", str(corpus), "--index", str(index), "--model", "fake-hash", "-q"])


def test_symlinks_of_every_kind_are_skipped_and_named(tiny_corpus, tmp_path, outside, fake_embedder):
    (tiny_corpus / "passwd_link.txt").symlink_to(outside / "secret.txt")
    (tiny_corpus / "inside_link.txt").symlink_to(tiny_corpus / "a_letter.txt")  # even one that stays inside
    (tiny_corpus / "folder_link").symlink_to(outside, target_is_directory=True)
    (tiny_corpus / "dangling.txt").symlink_to(tmp_path / "nothing-here.txt")
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    skipped = dict(r.last_build.skipped)
    assert set(skipped) == {"passwd_link.txt", "inside_link.txt", "folder_link", "dangling.txt"}
    assert all("symbolic link" in reason for reason in skipped.values())
    assert set(r.documents) == {"a_letter.txt", "b_briefing.txt"}
    assert not any("launch code" in c.text for c in r.chunks)
    assert all("0451" not in hit.text for hit in r.search("launch code 0451", k=5))
    assert corpus_status(tiny_corpus, tmp_path / "index") == "current"  # skipped links do not make it stale


def test_the_cli_summary_names_the_link(tiny_corpus, tmp_path, outside):
    (tiny_corpus / "passwd_link.txt").symlink_to(outside / "secret.txt")
    result = _index(tiny_corpus, tmp_path / "index")
    assert result.exit_code == 0, result.output
    assert "passwd_link.txt: symbolic link" in result.output


def test_a_link_swapped_in_after_listing_is_refused_on_open(tmp_path, outside):
    link = tmp_path / "late.txt"
    link.symlink_to(outside / "secret.txt")
    with pytest.raises(IngestError, match="symbolic link"):
        load_document(link)


def test_a_fifo_is_skipped_without_blocking(tiny_corpus, tmp_path, fake_embedder):
    os.mkfifo(tiny_corpus / "pipe.txt")
    listing = corpus_files(tiny_corpus)
    assert dict(listing.skipped)["pipe.txt"].startswith("not a regular file")
    assert "pipe.txt" in dict(load_corpus(tiny_corpus).skipped)
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    assert "pipe.txt" in dict(r.last_build.skipped)


def test_a_corpus_folder_that_is_itself_a_link_is_read(tiny_corpus, tmp_path, fake_embedder):
    alias = tmp_path / "alias"
    alias.symlink_to(tiny_corpus, target_is_directory=True)  # the user named this folder: it is the corpus
    r = Retriever.build(alias, tmp_path / "index", embedder=fake_embedder)
    assert set(r.documents) == {"a_letter.txt", "b_briefing.txt"}


def test_a_huge_text_file_is_skipped_at_once(tiny_corpus, tmp_path, fake_embedder, monkeypatch):
    monkeypatch.setenv("RAG_MAX_FILE_CHARS", "10000")
    (tiny_corpus / "huge.txt").write_text("A sentence about policing in London. " * 2000, encoding="utf-8")
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    reason = dict(r.last_build.skipped)["huge.txt"]
    assert reason.startswith("too large to index") and "RAG_MAX_FILE_CHARS" in reason
    assert set(r.documents) == {"a_letter.txt", "b_briefing.txt"}


def test_the_parse_time_budget_skips_a_slow_file(tiny_corpus, tmp_path, fake_embedder, monkeypatch):
    monkeypatch.setenv("RAG_MAX_FILE_SECONDS", "0")
    with pytest.raises(IngestError, match="budget for one file"):
        load_document(tiny_corpus / "a_letter.txt")
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    assert all("budget for one file" in reason for _, reason in r.last_build.skipped)
    assert not r.documents


def test_skip_reasons_name_the_file_once(tiny_corpus, tmp_path):
    (tiny_corpus / "corrupt.pdf").write_bytes(b"%PDF-1.4 not really")
    (tiny_corpus / "junk.txt").write_bytes(bytes(range(256)) * 10)
    (tiny_corpus / "empty.md").write_text("")
    result = _index(tiny_corpus, tmp_path / "index")
    assert result.exit_code == 0, result.output
    for name in ("corrupt.pdf", "junk.txt", "empty.md"):
        assert f"{name}: {name}" not in result.output
        assert f"  {name}: " in result.output


def test_unreadable_file_is_named_and_the_rest_indexed(tiny_corpus, tmp_path, fake_embedder):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    locked = tiny_corpus / "locked.txt"
    locked.write_text("Private")
    locked.chmod(0)
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    assert "cannot read file" in dict(r.last_build.skipped)["locked.txt"]


@pytest.mark.parametrize("name,data,reason", [
    ("binary.txt", b"\x00\x01\x02" * 100, "binary"),
    ("encrypted.pdf", b"%PDF-1.4\n1 0 obj<</Encrypt 2 0 R>>endobj\n%%EOF", "PDF"),
    ("broken.docx", b"PK\x03\x04 not a zip", ".docx"),
    ("empty.txt", b"   \n\n", "empty"),
])
def test_bad_files_are_named_and_skipped(tiny_corpus, tmp_path, fake_embedder, name, data, reason):
    (tiny_corpus / name).write_bytes(data)
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    assert reason in dict(r.last_build.skipped)[name]
    assert set(r.documents) == {"a_letter.txt", "b_briefing.txt"}


def test_odd_encodings_are_read(tiny_corpus, tmp_path, fake_embedder):
    text = "Letter from the Mayor\n\nThe café budget rose to £5,000 this year.\n"
    (tiny_corpus / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tiny_corpus / "cp1252.txt").write_bytes(text.encode("cp1252"))
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    for name in ("utf16.txt", "cp1252.txt"):
        assert "café budget rose to £5,000" in r.document_text(name)

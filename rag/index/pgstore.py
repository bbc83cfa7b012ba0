"""Shared index in PostgreSQL + pgvector: documents, chunks, vectors (HNSW), BM25 postings and token vectors.

Chosen with RAG_STORE=postgresql://…; the embedded default (FAISS + bm25s files under index/) is unchanged.
What runs where: the database holds everything and answers the two searches (pgvector HNSW for dense, BM25 in SQL
over a postings table for lexical, the same tokenizer and the same Lucene BM25 formula as bm25s, so the fusion
sees the same lists); each reader process keeps only the chunk list and document metadata (to address passages)
and fetches token vectors for its 50-chunk shortlist per query. Writers update by file content hash inside one
transaction under an advisory lock: readers see the old index or the new one, never half of either.

Long because the schema, the writer and the two searches share one connection-handling path and one SQL vocabulary.

Needs psycopg (3) and the server's `vector` extension (pgvector >= 0.8). Imported only when RAG_STORE is a
PostgreSQL URL, so the default install does not need either.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from rag.index.store import (
    FORMAT_VERSION,
    IndexLoadError,
    IndexMissingError,
    Manifest,
    StoredIndex,
    document_from_json,
    document_to_json,
)
from rag.types import Chunk

EXTENSION = "vector"
SCHEMA_VERSION = 1
HNSW_M = 16
HNSW_EF_CONSTRUCTION = 64
HNSW_EF_SEARCH = 400  # >= the 200 candidates a search asks for, or HNSW returns fewer
BM25_K1, BM25_B = 1.5, 0.75  # bm25s's defaults (method "lucene")
RETRIES = 3  # attempts for a query whose connection was lost
WRITE_LOCK = 725_025  # advisory lock key: one writer at a time


class StoreError(IndexLoadError):
    """The PostgreSQL store cannot be used; the message is one line that says what to do."""


class StoreConnectionError(StoreError):
    pass


def is_database_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("postgresql://", "postgres://"))


def describe(url: str) -> str:
    """host:port/database of a URL, without the user or password (for messages)."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    if "host=" in (parts.query or ""):  # a Unix socket folder given as ?host=/path
        host = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p).get("host", host)
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}/{(parts.path or '/').lstrip('/') or 'postgres'}"


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise StoreError("RAG_STORE is a PostgreSQL URL but psycopg is not installed: pip install 'psycopg[binary]'") \
            from None
    return psycopg


class PgStore:
    """One PostgreSQL database holding one index. Connections are per thread; a lost one is reopened."""

    def __init__(self, url: str, connect_timeout: int = 5):
        self.url = url
        self.where = describe(url)
        self.connect_timeout = connect_timeout
        self._local = threading.local()

    # ---- connections ----------------------------------------------------------------------------------------

    def connect(self):
        """A new autocommit connection; an unreachable server or a bad URL is one StoreConnectionError."""
        psycopg = _psycopg()
        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=self.connect_timeout)
        except (psycopg.OperationalError, psycopg.ProgrammingError) as exc:
            # psycopg's first line names the failure ("... failed: Connection refused"); the rest are hints
            reason = str(exc).strip().splitlines()[0].split(": ")[-1] if str(exc).strip() else type(exc).__name__
            raise StoreConnectionError(
                f"cannot connect to PostgreSQL at {self.where} ({reason}): check RAG_STORE "
                f"(postgresql://user:password@host:port/database) and that the server is running"
            ) from None

    def _connection(self):
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = self._local.conn = self.connect()
            self._local.hnsw = self._tune_hnsw(conn)
        return conn

    def _tune_hnsw(self, conn) -> bool:
        """Set, once per connection, the HNSW scan settings every vector search uses, so a search is one round
        trip rather than a transaction of three statements (measured at 2,005 letters: about 10 ms a question).
        False when the server refuses them: searches then set them in their own transaction."""
        psycopg = _psycopg()
        try:
            conn.execute(f"SET hnsw.ef_search = {HNSW_EF_SEARCH}")
            conn.execute("SET hnsw.iterative_scan = strict_order")
            return True
        except psycopg.Error:
            return False

    def hnsw_tuned(self) -> bool:
        """Whether this thread's connection has the HNSW settings (see _tune_hnsw)."""
        self._connection()
        return bool(getattr(self._local, "hnsw", False))

    def query(self, sql: str, params: Any = None) -> list[tuple]:
        """Run a read query on this thread's connection; a dropped connection is reopened and the query retried."""
        psycopg = _psycopg()
        for attempt in range(RETRIES):
            try:
                with self._connection().cursor() as cur:
                    cur.execute(sql, params)
                    return cur.fetchall()
            except psycopg.OperationalError as exc:
                self.close()
                if attempt == RETRIES - 1:
                    raise StoreConnectionError(
                        f"lost the connection to PostgreSQL at {self.where} and could not get it back "
                        f"({str(exc).strip().splitlines()[0] if str(exc).strip() else 'closed'}): is the server up?"
                    ) from None
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            try:
                conn.close()
            finally:
                self._local.conn = None

    # ---- schema ---------------------------------------------------------------------------------------------

    def ensure_schema(self, conn, dim: int) -> None:
        """Create the extension and tables if missing (idempotent); dim fixes the vector column's size."""
        psycopg = _psycopg()
        try:
            conn.execute(f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}")
        except psycopg.Error as exc:
            reason = (getattr(exc.diag, "message_primary", None) or str(exc)).splitlines()[0]
            raise StoreError(
                f"PostgreSQL at {self.where} has no pgvector extension ({reason}): install pgvector on the server "
                f"(Debian: apt-get install postgresql-<version>-pgvector) or have an administrator run "
                f"CREATE EXTENSION vector"
            ) from None
        conn.execute(f"""
            CREATE TABLE IF NOT EXISTS rag_meta (key text PRIMARY KEY, value jsonb NOT NULL);
            CREATE TABLE IF NOT EXISTS rag_documents (
                doc_id text PRIMARY KEY, sha256 text NOT NULL, chunking jsonb NOT NULL, body jsonb NOT NULL);
            CREATE TABLE IF NOT EXISTS rag_chunks (
                chunk_id text PRIMARY KEY, doc_id text NOT NULL REFERENCES rag_documents ON DELETE CASCADE,
                position int NOT NULL, body jsonb NOT NULL, tokens bytea, scales bytea);
            CREATE INDEX IF NOT EXISTS rag_chunks_doc ON rag_chunks (doc_id, position);
            CREATE TABLE IF NOT EXISTS rag_vectors (
                id bigserial PRIMARY KEY, chunk_id text NOT NULL REFERENCES rag_chunks ON DELETE CASCADE,
                doc_id text NOT NULL, key text NOT NULL, embedding vector({int(dim)}) NOT NULL);
            CREATE INDEX IF NOT EXISTS rag_vectors_chunk ON rag_vectors (chunk_id);
            CREATE INDEX IF NOT EXISTS rag_vectors_hnsw ON rag_vectors USING hnsw (embedding vector_ip_ops)
                WITH (m = {HNSW_M}, ef_construction = {HNSW_EF_CONSTRUCTION});
            CREATE TABLE IF NOT EXISTS rag_postings (
                term text NOT NULL, chunk_id text NOT NULL REFERENCES rag_chunks ON DELETE CASCADE,
                doc_id text NOT NULL, tf int NOT NULL, length int NOT NULL);
            CREATE INDEX IF NOT EXISTS rag_postings_term ON rag_postings (term);
            CREATE INDEX IF NOT EXISTS rag_postings_chunk ON rag_postings (chunk_id);
            CREATE TABLE IF NOT EXISTS rag_terms (term text PRIMARY KEY, df int NOT NULL);
        """)

    def manifest(self) -> Manifest:
        """The stored manifest; a database without one is IndexMissingError with the command that builds it."""
        try:
            rows = self.query("SELECT value FROM rag_meta WHERE key = 'manifest'")
        except StoreConnectionError:
            raise
        except _psycopg().errors.UndefinedTable:
            rows = []
        if not rows:
            raise IndexMissingError(f"no index in PostgreSQL at {self.where}: build it with: "
                                    f"RAG_STORE=<url> rag index corpus")
        manifest = Manifest.from_json(rows[0][0])
        if manifest.format_version != FORMAT_VERSION:
            raise StoreError(f"the index in PostgreSQL at {self.where} has format {manifest.format_version}, "
                             f"this version reads {FORMAT_VERSION}: rebuild it with: RAG_STORE=<url> rag index corpus")
        return manifest

    # ---- reading --------------------------------------------------------------------------------------------

    def previous(self, embedder) -> StoredIndex | None:
        """The stored index with its vectors and token vectors, for a build to reuse by content hash; None when
        there is none or it was made with another model."""
        from rag.index.late_interaction import TokenVectors

        try:
            manifest = self.manifest()
        except IndexMissingError:
            return None
        if (manifest.embedding_model, manifest.dim) != (embedder.name, embedder.dim):
            return None
        documents, chunks = self._documents_and_chunks()
        row_of = {c.chunk_id: row for row, c in enumerate(chunks)}
        keys, vectors, owners = [], [], []
        for chunk_id, key, embedding in self.query(
                "SELECT chunk_id, key, embedding::text FROM rag_vectors ORDER BY id"):
            keys.append(key)
            vectors.append(np.asarray(json.loads(embedding), dtype=np.float32))
            owners.append(row_of[chunk_id])
        # The builder reads a chunk's own vector as the key at that chunk's row: put them first, in chunk order.
        own = {}
        for i, owner in enumerate(owners):
            own.setdefault(owner, i)
        order = [own[row] for row in range(len(chunks)) if row in own]
        order += [i for i in range(len(owners)) if own.get(owners[i]) != i]
        tokens = None
        if "token_vectors" in manifest.counts:
            pairs = self._token_pairs([c.chunk_id for c in chunks], manifest.dim)
            tokens = TokenVectors.from_arrays([pairs[c.chunk_id] for c in chunks], manifest.dim)
        return StoredIndex(
            manifest, documents, chunks,
            np.stack([vectors[i] for i in order]) if order else np.zeros((0, manifest.dim), np.float32),
            np.asarray([owners[i] for i in order], dtype=np.int64), [keys[i] for i in order], None, None, tokens,
            self._terms(),
        )

    def _terms(self) -> Any:
        """The collection's terms as the last build counted them; None when that build predates them."""
        from rag.ingest.collection_terms import CollectionTerms

        rows = self.query("SELECT value FROM rag_meta WHERE key = 'terms'")
        if not rows:
            return None
        try:
            value = rows[0][0]
            if not isinstance(value, dict) or not isinstance(value.get("json"), str):
                raise ValueError("collection terms are malformed")
            return CollectionTerms.from_json(json.loads(value["json"]))
        except ValueError as exc:
            raise StoreError(f"the index in PostgreSQL at {self.where} is damaged ({exc}): rebuild it with "
                             "RAG_STORE=<url> rag index <folder>") from None

    def _documents_and_chunks(self) -> tuple[dict, list[Chunk]]:
        documents = {}
        for (body,) in self.query("SELECT body FROM rag_documents ORDER BY doc_id"):
            doc = document_from_json(body)
            documents[doc.doc_id] = doc
        chunks = [Chunk(**body) for (body,) in self.query("SELECT body FROM rag_chunks ORDER BY doc_id, position")]
        return documents, chunks

    def _token_pairs(self, chunk_ids: list[str], dim: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        rows = self.query("SELECT chunk_id, tokens, scales FROM rag_chunks WHERE chunk_id = ANY(%s)", (chunk_ids,))
        return {
            chunk_id: (np.frombuffer(tokens or b"", dtype=np.int8).reshape(-1, dim),
                       np.frombuffer(scales or b"", dtype=np.float32))
            for chunk_id, tokens, scales in rows
        }

    def load(self) -> StoredIndex:
        """What a reader keeps: manifest, documents and chunks; searches and token vectors go to the database."""
        manifest = self.manifest()
        documents, chunks = self._documents_and_chunks()
        row_of = {c.chunk_id: row for row, c in enumerate(chunks)}
        tokens = PgTokens(self, row_of, chunks, manifest.dim) if "token_vectors" in manifest.counts else None
        return StoredIndex(
            manifest, documents, chunks, np.zeros((0, manifest.dim), np.float32), np.zeros(0, np.int64), [],
            PgDense(self, row_of, chunks), PgLexical(self, row_of, chunks), tokens, self._terms(),
        )

    # ---- writing --------------------------------------------------------------------------------------------

    def write(self, stored: StoredIndex) -> dict[str, int]:
        """Bring the database to `stored` in one transaction: documents whose content hash and chunking are
        unchanged are left as they are; changed and new ones are replaced; removed ones are deleted.
        Returns {"written": documents inserted, "kept": unchanged, "deleted": removed or replaced}."""
        from rag.index.build import lexical_text
        from rag.index.lexical import tokenize

        manifest = stored.manifest
        chunking = json.dumps(manifest.chunking, sort_keys=True)
        conn = self.connect()
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                self.ensure_schema(conn, manifest.dim)
                old = conn.execute("SELECT value FROM rag_meta WHERE key = 'manifest'").fetchone()
                if old and (old[0]["embedding_model"], old[0]["dim"]) != (manifest.embedding_model, manifest.dim):
                    conn.execute("TRUNCATE rag_documents, rag_chunks, rag_vectors, rag_postings, rag_terms")
                present = {doc_id: (sha, json.dumps(chunks_with, sort_keys=True)) for doc_id, sha, chunks_with in
                           conn.execute("SELECT doc_id, sha256, chunking FROM rag_documents").fetchall()}
                wanted = {doc_id: doc.sha256 for doc_id, doc in stored.documents.items()}
                stale = [d for d, (sha, chunked) in present.items() if wanted.get(d) != sha or chunked != chunking]
                if stale:
                    conn.execute("DELETE FROM rag_documents WHERE doc_id = ANY(%s)", (stale,))
                fresh = [d for d in wanted if d not in present or d in stale]
                self._insert(conn, stored, set(fresh), chunking, lexical_text, tokenize)
                conn.execute("DELETE FROM rag_terms")
                conn.execute("INSERT INTO rag_terms SELECT term, count(*) FROM rag_postings GROUP BY term")
                stats = conn.execute("SELECT count(*), coalesce(avg(length), 0) FROM "
                                     "(SELECT DISTINCT chunk_id, length FROM rag_postings) p").fetchone()
                total_chunks = conn.execute("SELECT count(*) FROM rag_chunks").fetchone()[0]
                conn.execute(
                    "INSERT INTO rag_meta VALUES ('manifest', %s), ('bm25', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (json.dumps(manifest.to_json()),
                     json.dumps({"chunks": int(total_chunks), "avgdl": float(stats[1]) or 1.0,
                                 "schema": SCHEMA_VERSION})),
                )
                if stored.terms is not None:
                    conn.execute("INSERT INTO rag_meta VALUES ('terms', %s) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                 # as a string inside jsonb: jsonb would reorder the keys, and which
                                 # document's definition comes first decides between two
                                 (json.dumps({"json": json.dumps(stored.terms.to_json())}),))
        except _psycopg().OperationalError as exc:
            raise StoreConnectionError(f"lost the connection to PostgreSQL at {self.where} while writing "
                                       f"({str(exc).strip().splitlines()[0]}): nothing was changed; run it again") \
                from None
        finally:
            conn.close()
        return {"written": len(fresh), "kept": len(wanted) - len(fresh), "deleted": len(stale)}

    def _insert(self, conn, stored: StoredIndex, doc_ids: set[str], chunking: str, lexical_text, tokenize) -> None:
        if not doc_ids:
            return
        chunk_rows = [row for row, chunk in enumerate(stored.chunks) if chunk.doc_id in doc_ids]
        with conn.cursor() as cur:
            with cur.copy("COPY rag_documents (doc_id, sha256, chunking, body) FROM STDIN") as copy:
                for doc_id in sorted(doc_ids):
                    doc = stored.documents[doc_id]
                    copy.write_row((doc_id, doc.sha256, chunking, json.dumps(document_to_json(doc))))
            positions: dict[str, int] = {}
            with cur.copy("COPY rag_chunks (chunk_id, doc_id, position, body, tokens, scales) FROM STDIN") as copy:
                for row in chunk_rows:
                    chunk = stored.chunks[row]
                    position = positions[chunk.doc_id] = positions.get(chunk.doc_id, -1) + 1
                    tokens = scales = None
                    if stored.tokens is not None:
                        q, s = stored.tokens.chunk_quantised(row)
                        tokens, scales = np.ascontiguousarray(q).tobytes(), np.ascontiguousarray(s).tobytes()
                    copy.write_row((chunk.chunk_id, chunk.doc_id, position, json.dumps(chunk._asdict()),
                                    tokens, scales))
            wanted_rows = set(chunk_rows)
            with cur.copy("COPY rag_vectors (chunk_id, doc_id, key, embedding) FROM STDIN") as copy:
                for vector_row, chunk_row in enumerate(stored.vector_chunks.tolist()):  # chunk's own vector first
                    if chunk_row in wanted_rows:
                        chunk = stored.chunks[chunk_row]
                        vector = "[" + ",".join(f"{x:.8g}" for x in stored.vectors[vector_row].tolist()) + "]"
                        copy.write_row((chunk.chunk_id, chunk.doc_id, stored.vector_keys[vector_row], vector))
            # Postings go in ordered by term, so that a term's rows share pages and a search reads a few hundred
            # pages, not one per row (2,005 letters: BM25 in SQL about 21 -> 7 ms). The sort is the server's,
            # through a temporary table: no lock on rag_postings beyond the inserts, so readers carry on.
            cur.execute("CREATE TEMP TABLE rag_postings_load (LIKE rag_postings) ON COMMIT DROP")
            with cur.copy("COPY rag_postings_load (term, chunk_id, doc_id, tf, length) FROM STDIN") as copy:
                for row in chunk_rows:
                    chunk = stored.chunks[row]
                    terms = tokenize(lexical_text(chunk))
                    length = max(len(terms), 1)  # bm25s indexes an empty text as one placeholder token
                    for term, tf in Counter(terms).items():
                        copy.write_row((term, chunk.chunk_id, chunk.doc_id, tf, length))
            cur.execute("INSERT INTO rag_postings (term, chunk_id, doc_id, tf, length) "
                        "SELECT term, chunk_id, doc_id, tf, length FROM rag_postings_load ORDER BY term, chunk_id")
            cur.execute("DROP TABLE rag_postings_load")


def _allowed_docs(allowed: np.ndarray | None, chunks: list[Chunk]) -> list[str] | None:
    if allowed is None:
        return None
    return sorted({chunks[row].doc_id for row in np.flatnonzero(allowed).tolist()})


class PgDense:
    """Dense search in pgvector (HNSW, inner product): chunks by their best vector, best first."""

    def __init__(self, store: PgStore, row_of: dict[str, int], chunks: list[Chunk]):
        self.store, self.row_of, self.chunks = store, row_of, chunks

    def search_chunks(self, vector: np.ndarray, depth: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        literal = "[" + ",".join(f"{x:.8g}" for x in np.asarray(vector, dtype=np.float32).ravel().tolist()) + "]"
        docs = _allowed_docs(allowed, self.chunks)
        rows = self._search(literal, depth, docs)
        best: dict[int, float] = {}
        for chunk_id, score in rows:
            row = self.row_of.get(chunk_id)  # a chunk written after this reader loaded is not addressable yet
            if row is not None and row not in best:
                best[row] = float(score)
        return sorted(best.items(), key=lambda item: -item[1])

    def _search(self, literal: str, depth: int, docs: list[str] | None) -> list:
        psycopg = _psycopg()
        where = "WHERE doc_id = ANY(%(docs)s)" if docs is not None else ""
        for attempt in range(RETRIES):
            try:
                conn = self.store._connection()
                if depth <= HNSW_EF_SEARCH and self.store.hnsw_tuned():
                    with conn.cursor() as cur:  # the connection's own settings serve: one statement
                        cur.execute(f"SELECT chunk_id, -(embedding <#> %(v)s::vector) FROM rag_vectors {where} "
                                    f"ORDER BY embedding <#> %(v)s::vector LIMIT %(k)s",
                                    {"v": literal, "k": depth, "docs": docs})
                        return cur.fetchall()
                with conn.transaction(), conn.cursor() as cur:
                    # ef_search >= the rows asked for, or HNSW returns fewer; with a filter, strict_order keeps
                    # scanning until enough rows pass it, still in distance order (pgvector >= 0.8).
                    cur.execute(f"SET LOCAL hnsw.ef_search = {min(1000, max(HNSW_EF_SEARCH, depth))}")
                    cur.execute("SET LOCAL hnsw.iterative_scan = strict_order")
                    cur.execute(f"SELECT chunk_id, -(embedding <#> %(v)s::vector) FROM rag_vectors {where} "
                                f"ORDER BY embedding <#> %(v)s::vector LIMIT %(k)s",
                                {"v": literal, "k": depth, "docs": docs})
                    return cur.fetchall()
            except psycopg.OperationalError:
                self.store.close()
                if attempt == RETRIES - 1:
                    raise StoreConnectionError(f"lost the connection to PostgreSQL at {self.store.where} and could "
                                               f"not get it back: is the server up?") from None
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def chunk_vector(self, row: int) -> np.ndarray:
        """The chunk's own vector (its first, inserted before its sentences')."""
        found = self.store.query("SELECT embedding::text FROM rag_vectors WHERE chunk_id = %s ORDER BY id LIMIT 1",
                                 (self.chunks[row].chunk_id,))
        return np.asarray(json.loads(found[0][0]), dtype=np.float32)


class PgLexical:
    """BM25 in SQL over the postings table: bm25s's Lucene formula and this project's tokenizer."""

    def __init__(self, store: PgStore, row_of: dict[str, int], chunks: list[Chunk]):
        self.store, self.row_of, self.chunks = store, row_of, chunks
        self.size = len(chunks)

    def document_frequencies(self) -> dict[str, int]:
        """How many chunks use each term (the rag_terms table the BM25 ranking reads)."""
        return {term: int(df) for term, df in self.store.query("SELECT term, df FROM rag_terms")}

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        from rag.index.lexical import tokenize

        terms = tokenize(query)
        if not terms or not self.size:
            return []
        docs = _allowed_docs(allowed, self.chunks)
        where = "AND p.doc_id = ANY(%(docs)s)" if docs is not None else ""
        rows = self.store.query(
            f"""
            WITH stats AS (SELECT (value->>'chunks')::float AS n, (value->>'avgdl')::float AS avgdl
                           FROM rag_meta WHERE key = 'bm25'),
                 q AS (SELECT unnest(%(terms)s::text[]) AS term)
            SELECT p.chunk_id,
                   sum(ln(1 + (s.n - t.df + 0.5) / (t.df + 0.5))
                       * p.tf / (p.tf + %(k1)s * (1 - %(b)s + %(b)s * p.length / s.avgdl))) AS score
            FROM q JOIN rag_terms t USING (term) JOIN rag_postings p USING (term) CROSS JOIN stats s
            WHERE true {where}
            GROUP BY p.chunk_id ORDER BY score DESC, p.chunk_id LIMIT %(k)s
            """,
            {"terms": terms, "k1": BM25_K1, "b": BM25_B, "k": k, "docs": docs},
        )
        return [(self.row_of[c], float(s)) for c, s in rows if c in self.row_of and s > 0]


class PgTokens:
    """Token vectors fetched from the database for the chunks a search reranks (about 50), never all of them."""

    def __init__(self, store: PgStore, row_of: dict[str, int], chunks: list[Chunk], dim: int):
        self.store, self.row_of, self.chunks, self.dim = store, row_of, chunks, dim

    def __len__(self) -> int:
        return len(self.chunks)

    def gather(self, rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
        pairs = self.store._token_pairs([self.chunks[r].chunk_id for r in rows], self.dim)
        empty = (np.zeros((0, self.dim), np.int8), np.zeros(0, np.float32))
        chosen = [pairs.get(self.chunks[r].chunk_id, empty) for r in rows]
        lengths = np.asarray([len(q) for q, _ in chosen], dtype=np.int64)
        if not lengths.sum():
            return np.zeros((0, self.dim), np.float32), lengths
        tokens = np.concatenate([q for q, _ in chosen]).astype(np.float32)
        tokens *= np.concatenate([s for _, s in chosen])[:, None]
        return tokens, lengths

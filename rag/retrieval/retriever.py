"""The Retriever facade: build or load an index and search it (hybrid dense + BM25, paragraph-addressed).

Long because the facade holds the one search path both stores share: fusion, votes, rerank and neighbours.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from rag.embedding.collector import paused as collector_paused
from rag.embedding.embedder import DEFAULT_MODEL, Embedder, canonical_model_name, load_embedder
from rag.index.build import BuildReport, Progress, build_index
from rag.index.lexical import tokenize
from rag.index.store import IndexMismatchError, StoredIndex, model_of, read_index, rebuild_hint
from rag.ingest.acronyms import likeliest_expansion
from rag.ingest.collection_terms import CollectionTerms, terms_of
from rag.ingest.lists import lead_ins
from rag.question.analysis import QuestionAnalysis, analyse
from rag.question.collection import by_date
from rag.question.glossary import Glossary, default_glossary
from rag.question.labels import ParagraphMentions
from rag.question.letter_parts import part_rows
from rag.question.mentions import DocumentMentions
from rag.question.named_document import DocumentResolver
from rag.retrieval.field_rows import PART_OF, asked_fields, field_rows
from rag.retrieval.fusion import add_neighbour_support, reciprocal_rank_fusion
from rag.retrieval.periods import by_period
from rag.retrieval.requests import requests_last
from rag.retrieval.rerank import RERANK_DEPTH, rerank
from rag.types import Chunk, DocumentMeta, Passage, SearchFilters

MODES = ("hybrid", "dense", "bm25")
MAX_QUERY_CHARS = 10_000
# Pseudo-relevance feedback stays light: heavier weights let the first passages' own words pull the query off its
# subject (the measurements are in docs/evaluation.md).
FEEDBACK_WEIGHT = 0.15
# A passage gains a little from its neighbours (an answer often sits next to the paragraph that names the subject);
# more would let a strong paragraph lift weak ones around it.
NEIGHBOUR_WEIGHT = 0.1
PART_WEIGHT = 2.0  # RRF weight of the vote for the letter part a question asks about (see letter_parts)


class Retriever:
    """Paragraph-level search over one index folder. Build once, load fast, search many times."""

    def __init__(self, stored: StoredIndex, embedder: Embedder, index_dir: Path | None = None):
        self._stored = stored
        self.embedder = embedder
        self.index_dir = index_dir
        self.manifest = stored.manifest
        # The fingerprint hashes every file's checksum: worked out once, not at each of a question's look-ups.
        self._index_version = stored.manifest.index_version
        self.documents: dict[str, DocumentMeta] = {d: doc.meta for d, doc in stored.documents.items()}
        self._mentions = DocumentMentions(self.documents)
        self._paragraph_mentions = ParagraphMentions(stored.chunks)
        # (doc_ids, chunk row -> its doc's number or -1, header and signature words -> their documents)
        self._row_documents: tuple[list[str], np.ndarray, dict[str, set[str]]] | None = None
        self._resolver = DocumentResolver(self.documents, self._headed_texts, self.learned_expansion,
                                          lambda: self.glossary,
                                          self._documents_using if hasattr(stored.bm25, "rows_with") else None)
        self._part_rows = {part: part_rows(stored.chunks, part) for part in ("signature", "header", "opening")}
        self._doc_rows: dict[str, np.ndarray] = {}
        for row, chunk in enumerate(stored.chunks):
            self._doc_rows.setdefault(chunk.doc_id, []).append(row)  # type: ignore[arg-type]
        self._doc_rows = {d: np.asarray(rows, dtype=np.int64) for d, rows in self._doc_rows.items()}
        self._neighbours = neighbour_rows(stored.chunks, self._doc_rows)
        self._chunk_vector: dict[int, int] = {}  # chunk row -> row of its own vector (the first one it owns)
        for vector_row, chunk_row in enumerate(stored.vector_chunks.tolist()):
            self._chunk_vector.setdefault(chunk_row, vector_row)
        self._embed_query = lru_cache(maxsize=256)(self._embed_query_uncached)
        self._glossary = default_glossary()  # everyday words -> the letters' own, added to each query
        self.late_interaction = True  # rerank the hybrid shortlist by MaxSim when the index has token vectors
        self.last_build: BuildReport | None = None
        self._frequencies: dict[str, int] | None = None

    @property
    def glossary(self) -> Glossary:
        """The glossary whose meanings are added to each query ("the health service" -> "NHS")."""
        return self._glossary

    @glossary.setter
    def glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self._embed_query.cache_clear()  # cached query vectors were made with the old glossary's meanings

    # ---- construction -------------------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        corpus_dir: str | Path = "corpus",
        index_dir: str | Path = "index",
        embedder: Embedder | str | None = None,
        progress: Progress | None = None,
        chunking: dict | None = None,
        faiss_type: str | None = None,
    ) -> Retriever:
        """Build or update the index at index_dir from corpus_dir and return it loaded.

        Unchanged files are not re-parsed and unchanged chunks are not re-embedded; deleted files are dropped.
        """
        model = _embedder(embedder)
        store = _database_store(index_dir)
        if store is not None:
            built, report = build_index(Path(corpus_dir), Path("."), model, chunking, progress, store=store)
            del built  # the writer's copy holds every vector; a reader keeps only what load() gives
            retriever = cls(store.load(), model, None)
            retriever.last_build = report
            return retriever
        stored, report = build_index(Path(corpus_dir), Path(index_dir), model, chunking, progress, faiss_type)
        retriever = cls(stored, model, Path(index_dir))
        retriever.last_build = report
        return retriever

    @classmethod
    def load(cls, index_dir: str | Path = "index", embedder: Embedder | str | None = None) -> Retriever:
        """Load a built index. Refuses (IndexMismatchError) an index built with another embedding model.

        With RAG_STORE set to a PostgreSQL URL (or index_dir given as one) the index is read from that database."""
        store = _database_store(index_dir)
        loading = _load_model_beside(index_dir) if store is None and embedder is None else None
        with collector_paused():  # a large index is a million long-lived objects: no collector passes over them
            stored = store.load() if store is not None else read_index(Path(index_dir))
            path = Path(index_dir) if store is None else None
            early = None
            if loading is not None:
                # The retriever's own tables are built while the model is still loading; it gets the model below.
                early = cls(stored, None, path)  # type: ignore[arg-type]
                early.warm()
                loading.join()
            # What was just loaded lives as long as the process: kept out of every later collection, which would
            # otherwise walk millions of objects in the middle of a question.
            gc.freeze()
        built_with = stored.manifest.embedding_model
        if embedder is None:
            model = load_embedder(built_with)
        else:
            model = _embedder(embedder)
        if (model.name, model.dim) != (built_with, stored.manifest.dim):
            where = f"{index_dir}/" if store is None else f"the index in PostgreSQL at {store.where}"
            hint = (rebuild_hint(Path(index_dir), stored.manifest.corpus_dir, model.name) if store is None
                    else f"rebuild it with: RAG_STORE=<url> rag index {stored.manifest.corpus_dir} "
                         f"--model {model.name}")
            raise IndexMismatchError(
                f"{where} was built with embedding model {built_with!r} ({stored.manifest.dim}-d), "
                f"not {model.name!r} ({model.dim}-d): {hint}"
            )
        if early is None:
            return cls(stored, model, path)
        early.embedder = model
        return early

    # ---- metadata -----------------------------------------------------------------------------------------

    @property
    def index_version(self) -> str:
        return self._index_version

    @property
    def chunks(self) -> list[Chunk]:
        return self._stored.chunks

    def document_text(self, doc_id: str) -> str:
        """The full text that Passage.start/end index (the original file text for .txt and .md)."""
        return self._stored.documents[doc_id].text

    def passages(self, doc_id: str) -> list[Passage]:
        """Every chunk of a document in reading order, header and signature included; not the extra "list" chunks
        (a lead-in with its items), whose members are here."""
        return [self._passage(row, 0.0) for row in self._passage_rows(doc_id)]

    def passage_texts(self, doc_id: str) -> list[str]:
        """The texts of passages(doc_id), without building the passages: for scans over many documents."""
        return [self.chunks[row].text for row in self._passage_rows(doc_id)]

    def _passage_rows(self, doc_id: str) -> list[int]:
        return [int(row) for row in self._doc_rows.get(doc_id, []) if self.chunks[int(row)].kind != "list"]

    def warm(self) -> None:
        """Work out now the collection-wide tables a first question would otherwise wait for (about 1.5 s on 20,000
        letters): the words' document frequencies and the documents' identities. Done while the model loads."""
        self._document_frequencies()
        self._resolver.prepare()
        if hasattr(self._stored.bm25, "rows_with"):
            self._row_tables()

    def document_frequency(self, stem: str) -> int:
        """How many passages use a (tokenized) term, from the BM25 index; a word of any document's metadata counts
        at least once. Used to tell specific words of a question from common ones, and unknown ones."""
        return self._document_frequencies().get(stem, 0)

    def _document_frequencies(self) -> dict[str, int]:
        if self._frequencies is None:
            frequencies = self._stored.bm25.document_frequencies()  # the file index's or the database's
            for meta in self.documents.values():
                for field in (meta.title, meta.author, meta.recipient, meta.organisation, meta.author_role):
                    for t in tokenize(field or ""):
                        frequencies[t] = max(frequencies.get(t, 0), 1)
            self._frequencies = frequencies
        return self._frequencies

    def paragraphs(self, doc_id: str):
        """The document's paragraphs (label, span, cleaned text, kind, heading)."""
        return list(self._stored.documents[doc_id].paragraphs)

    # ---- search -------------------------------------------------------------------------------------------

    def search(
        self, query: str, k: int = 5, filters: SearchFilters | dict | None = None, mode: str = "hybrid",
        analysis: QuestionAnalysis | None = None,
    ) -> list[Passage]:
        """The k best passages for `query`, best first. filters: documents and/or an ISO date range.
        analysis: the query already analysed (rag.question.analysis.analyse), so it is not parsed twice."""
        return [passage for passage, _ in self.search_scored(query, k, filters, mode, analysis)]

    def search_scored(
        self, query: str, k: int = 5, filters: SearchFilters | dict | None = None, mode: str = "hybrid",
        analysis: QuestionAnalysis | None = None,
    ) -> list[tuple[Passage, dict[str, Any]]]:
        """Like search(), with each passage's raw signals: dense cosine, BM25 score, fused score, ranks."""
        query = _check_query(query)
        if analysis is None or analysis.text != query.strip():
            analysis = analyse(query)
        if mode not in MODES:
            raise ValueError(f"unknown search mode {mode!r}; choose one of {', '.join(MODES)}")
        if k <= 0 or not self.chunks:
            return []
        allowed = self._allowed_rows(SearchFilters.coerce(filters))
        if allowed is not None and not allowed.any():
            return []
        depth = max(50, 10 * k)
        dense = self._dense_search(query, depth, allowed) if mode != "bm25" else []
        lexical = self._stored.bm25.search(self.glossary.expand(query), depth, allowed) if mode != "dense" else []
        dense_score = dict(dense)
        bm25_score = dict(lexical)
        if mode == "dense":
            ranked = dense
        elif mode == "bm25":
            ranked = lexical
        else:
            rankings = [[r for r, _ in dense], [r for r, _ in lexical]]
            weights = [1.0, 1.0]
            named = self.named_documents(query)
            if named:
                # The question names a letter ("the March 2017 letter"): its passages get a third vote, in the
                # order the other two lists agree on. A hint, not a filter: other letters can still win.
                rows = set(np.concatenate([self._doc_rows[d] for d in named if d in self._doc_rows]).tolist())
                rankings.append([r for r, _ in reciprocal_rank_fusion(rankings, weights) if r in rows])
                weights.append(1.0)
            fields = asked_fields(analysis.qtype.metadata, query)
            field_votes: list[int] = []
            if fields:
                # "Who wrote the hate crime briefing note?": the passage each letter's answer was read from
                # ("Report by: …", the sign-off, the address block) gets the vote the letter part would have, named
                # letters first.
                letters = dict.fromkeys([*named, *(self.chunks[r].doc_id for r, _ in
                                                   reciprocal_rank_fusion(rankings, weights))])
                field_votes = field_rows(fields, letters, self.documents, self._doc_rows, self.chunks,
                                         self._part_rows[PART_OF[fields[-1]]])
                if allowed is not None:
                    field_votes = [r for r in field_votes if allowed[r]]
            if field_votes:
                rankings.append(field_votes)
                weights.append(PART_WEIGHT)
            for part in () if field_votes else analysis.letter_parts:
                # "Who signed …", "what is it a reply to": that part of each letter gets a vote, letters in the
                # order of their best passage. The part shares few words with the question, and the header and
                # signature match any question that names a letter's author, so the cue counts double.
                letters = dict.fromkeys(self.chunks[r].doc_id for r, _ in reciprocal_rank_fusion(rankings, weights))
                rows = self._part_rows[part]
                rankings.append([rows[d] for d in letters if d in rows])
                weights.append(PART_WEIGHT)
            order = analysis.date_order
            if order and analysis.whole_collection:
                # "What are the oldest and newest letters?": headers (which carry the dates) in date order.
                headers = self._part_rows["header"]
                rows = [headers[d] for _, d in by_date(order, list(headers), self.documents)]
                rankings.append([r for r in rows if allowed is None or allowed[r]])
                weights.append(PART_WEIGHT)
            ranked = reciprocal_rank_fusion(rankings, weights)
            if ranked and FEEDBACK_WEIGHT:
                # Pseudo-relevance feedback: search again with the query vector nudged towards the passage both
                # lists put first, which carries the corpus's own wording for a paraphrased question.
                dense = self._dense_search(query, depth, allowed, towards=int(ranked[0][0]))
                dense_score = dict(dense)
                rankings[0] = [r for r, _ in dense]
                ranked = reciprocal_rank_fusion(rankings, weights)
            if self.late_interaction and self._stored.tokens is not None and ranked:
                # Late interaction re-orders the shortlist: each query token's best match inside the chunk.
                shortlist = [row for row, _ in ranked[:RERANK_DEPTH]]
                ranked = rerank(self._query_tokens(query), shortlist, self._stored.tokens) + ranked[RERANK_DEPTH:]
            if NEIGHBOUR_WEIGHT:
                ranked = add_neighbour_support(ranked, self._neighbours, NEIGHBOUR_WEIGHT)
            # "How many arrests in February 2023?": the table row of that month leads the rows of other months, which
            # share every other word with the question.
            ranked = by_period(ranked, analysis, self.chunks, self.documents)
            ranked = requests_last(ranked, self.chunks)  # an FOI reply's quoted request is not its answer
            labelled = self._labelled_rows(query, named, allowed)
            if labelled:
                # "What does para 22 say?", "What did Recommendation 2 propose?": a label is an address, not a
                # topic, so the paragraphs it names lead whatever words they share with the question: the label as
                # written first, then in the order found, all sharing the top score.
                order = {row: i for i, (row, _) in enumerate(ranked)}
                pinned = sorted(labelled, key=lambda row: (labelled[row], order.get(row, len(order) + row)))
                top = ranked[0][1] if ranked else 0.0
                ranked = [(row, top) for row in pinned] + [(row, sc) for row, sc in ranked if row not in labelled]
        dense_rank = {row: i + 1 for i, (row, _) in enumerate(dense)}
        bm25_rank = {row: i + 1 for i, (row, _) in enumerate(lexical)}
        results = []
        for row, score in _without_listed(ranked, self.chunks, k):
            signals = {
                "dense": dense_score.get(row),
                "bm25": bm25_score.get(row),
                "dense_rank": dense_rank.get(row),
                "bm25_rank": bm25_rank.get(row),
                "fused": score,
            }
            results.append((self._passage(row, score), signals))
        return results

    def named_documents(self, query: str) -> list[str]:
        """Documents the query names by date ("the March 2017 letter"), by their author's or recipient's name, or
        by what they are ("the CCTV decision", "the letter to the monitoring group")."""
        return self._mentions.find(query) or self._resolver.resolve(query)[1]

    def described_document(self, query: str) -> tuple[str | None, list[str], bool]:
        """(the phrase naming a document by what it is, [the document it names], whether no document matches
        it even roughly); (None, [], False) when the query names no document that way."""
        description, found = self._resolver.resolve(query)
        if description is None:
            return None, [], False
        return description.text, found, not found and self._resolver.unmatched(description)

    def documents_using(self, words: str) -> set[str] | None:
        """The documents whose passages use every word of `words` (tokenized as the lexical index does): a
        superset of those that use them as a phrase. None when the index cannot say (a database store, a figure,
        or only stopwords)."""
        # Figures are tokenized with what is around them ("2022/23" is one token), so "2022" is not a word to look
        # up: a phrase with a digit cannot be shortlisted.
        stems = set(tokenize(words))
        if not stems or any(c.isdigit() for c in words) or not hasattr(self._stored.bm25, "rows_with"):
            return None
        found: set[str] | None = None
        for stem in stems:
            found = self._documents_using(stem) if found is None else found & self._documents_using(stem)
            if not found:
                break
        return found

    def _documents_using(self, stem: str) -> set[str]:
        """The documents whose passages' text uses a tokenized term: read from the lexical index's postings, except
        for headers and signatures, which it indexes by their description ("dated …, written and signed by …"),
        not their text: those are tokenized here, once."""
        names, owner, own_words = self._row_tables()
        found = {names[i] for i in np.unique(owner[self._stored.bm25.rows_with(stem)]) if i >= 0}
        return found | own_words.get(stem, set())

    def _row_tables(self) -> tuple[list[str], np.ndarray, dict[str, set[str]]]:
        if self._row_documents is None:
            names = sorted(self._doc_rows)
            owner = np.zeros(len(self.chunks), dtype=np.int32)
            for i, doc_id in enumerate(names):
                owner[self._doc_rows[doc_id]] = i
            described = np.asarray([c.kind in ("header", "signature") for c in self.chunks], dtype=bool)
            owner[described] = -1
            own_words: dict[str, set[str]] = {}
            for row in np.flatnonzero(described).tolist():
                chunk = self.chunks[row]
                for word in set(tokenize(chunk.text)):
                    own_words.setdefault(word, set()).add(chunk.doc_id)  # type: ignore[arg-type]
            self._row_documents = (names, owner, own_words)
        return self._row_documents

    def _headed_texts(self, doc_id: str) -> list[tuple[str, str]]:
        return [(self.chunks[r].heading, self.chunks[r].text) for r in self._doc_rows.get(doc_id, ())]

    @property
    def collection_terms(self) -> CollectionTerms | None:
        """The acronym definitions, proper nouns and phrases the build counted over the collection; None for an
        index written before they were (terms_of counts them at the first question instead)."""
        return self._stored.terms

    def phrase_counts(self) -> dict[str, dict[str, int]]:
        """{initials: {capitalised phrase: times seen}} over every document (see rag.ingest.acronyms.phrase_acronyms
        and rag.ingest.collection_terms.terms_of)."""
        return terms_of(self).phrases

    def learned_expansion(self, acronym: str) -> str | None:
        """The capitalised phrase of the collection an acronym's letters most often spell, or None."""
        return likeliest_expansion(acronym, self.phrase_counts())

    def named_paragraphs(self, query: str) -> set[str]:
        """chunk_ids of the paragraphs the query names by label ("para 22", "Recommendation 2"), preferring the
        label as written and the letters it names; empty when it names none."""
        rows = self._labelled_rows(query, self._mentions.find(query), None)
        best = min(rows.values(), default=0)
        return {self.chunks[r].chunk_id for r, preference in rows.items() if preference == best}

    def _labelled_rows(self, query: str, named: list[str], allowed: np.ndarray | None) -> dict[int, int]:
        """Rows of the paragraphs the query names by label -> preference; only the named letters' when it names
        any."""
        rows = {r: p for r, p in self._paragraph_mentions.find(query).items() if allowed is None or allowed[r]}
        in_named = {r: p for r, p in rows.items() if self.chunks[r].doc_id in named}
        return in_named or rows

    def _embed_query_uncached(self, query: str) -> tuple[np.ndarray, np.ndarray | None]:
        """(query vector, its content-token vectors or None), from one forward pass when the embedder can."""
        query = self.glossary.expand(query)  # "the health service" -> "the health service (NHS)"
        embed_query_tokens = getattr(self.embedder, "embed_query_tokens", None)
        if embed_query_tokens is not None:
            return embed_query_tokens(query)
        return self.embedder.embed([query])[0], None

    def embed_query(self, query: str) -> tuple[np.ndarray, np.ndarray | None]:
        """(unit query vector, its content-token vectors or None); the last 256 queries are cached."""
        return self._embed_query(query)

    def _query_tokens(self, query: str) -> np.ndarray:
        tokens = self._embed_query(query)[1]
        return tokens if tokens is not None else np.zeros((0, self.embedder.dim), dtype=np.float32)

    def _dense_search(
        self, query: str, depth: int, allowed: np.ndarray | None, towards: int | None = None
    ) -> list[tuple[int, float]]:
        """Chunks by their best vector (the chunk's own or one of its sentences), best first.

        towards: a chunk row whose own vector is added to the query's (weight FEEDBACK_WEIGHT) before searching.
        """
        import faiss

        vector = self._embed_query(query)[0]
        in_database = getattr(self._stored.dense, "search_chunks", None)  # a database store searches itself
        if towards is not None:
            own = (self._stored.dense.chunk_vector(towards) if in_database
                   else self._stored.vectors[self._chunk_vector[towards]])
            vector = vector + FEEDBACK_WEIGHT * own
            vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
        if in_database:
            return in_database(vector.astype(np.float32), depth * 4, allowed)
        vector = vector.astype(np.float32)[None, :]
        owners = self._stored.vector_chunks
        depth = min(depth * 4, len(owners))
        params = None
        if allowed is not None:
            selected = np.flatnonzero(allowed[owners]).astype(np.int64)
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(selected))
        # One query gains nothing from FAISS's OpenMP threads, and their spin-waiting after the call slows the
        # next torch forward pass on a 2-core machine (measured: hybrid search p50 20 -> 14 ms). The setting is
        # per calling thread, and restored so index builds in this thread keep every core.
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            scores, ids = self._stored.dense.search(vector, depth, params=params)
        finally:
            faiss.omp_set_num_threads(threads)
        found = ids[0] >= 0
        chunks, scores = owners[ids[0][found]], scores[0][found]
        # Results arrive best first: each chunk keeps its first (best) vector's score, in that order.
        _, first = np.unique(chunks, return_index=True)
        first.sort()
        return list(zip(chunks[first].tolist(), scores[first].tolist()))

    def _allowed_rows(self, filters: SearchFilters | None) -> np.ndarray | None:
        if filters is None or filters.is_empty():
            return None
        mask = np.zeros(len(self.chunks), dtype=bool)
        for doc_id, meta in self.documents.items():
            if filters.accepts(doc_id, meta.date):
                mask[self._doc_rows.get(doc_id, [])] = True
        return mask

    def _passage(self, row: int, score: float) -> Passage:
        chunk = self.chunks[row]
        meta = self.documents[chunk.doc_id]
        return Passage(
            text=chunk.text,
            doc_id=chunk.doc_id,
            title=meta.title,
            date=meta.date,
            paragraph=chunk.label,
            start=chunk.start,
            end=chunk.end,
            score=float(score),
            author=meta.author,
            recipient=meta.recipient,
            reference=meta.reference,
            kind=chunk.kind,
            chunk_id=chunk.chunk_id,
            heading=chunk.heading,
        )

    # ---- integrations -------------------------------------------------------------------------------------

    def as_langchain_retriever(self, k: int = 5, filters: SearchFilters | dict | None = None, mode: str = "hybrid"):
        """A langchain_core BaseRetriever whose Documents carry the Passage fields in metadata."""
        from rag.retrieval.langchain import PassageRetriever

        return PassageRetriever(retriever=self, k=k, filters=filters, mode=mode)


def _load_model_beside(index_dir: str | Path) -> threading.Thread | None:
    """Start loading the index's embedding model in a thread, so importing it overlaps reading the index's files
    (measured on 20,000 letters: 7.2 s -> 6.0 s for the two). Any failure is left to load_embedder's own call."""
    import rag.index.dense  # noqa: F401 - the reader's imports are done first, so the two threads never
    import rag.index.late_interaction  # noqa: F401 - import the same module at once
    import rag.index.lexical  # noqa: F401

    name = model_of(Path(index_dir))
    if name is None or name.startswith("fake-hash"):
        return None

    def load() -> None:
        with contextlib.suppress(Exception):
            warm = getattr(load_embedder(name), "warm", None)
            if warm is not None:
                warm()

    thread = threading.Thread(target=load, name="load-embedder", daemon=True)
    thread.start()
    return thread


def neighbour_rows(chunks: list[Chunk], doc_rows: dict[str, np.ndarray]) -> np.ndarray:
    """row -> rows of the chunks before and after it in its document and, for a list item, of the lead-in its list
    hangs from ("This fund is intended to:"); -1 where there is none.

    The lead-in lends to every item, not only the first: it holds the question's words and the items hold the
    answer.
    """
    neighbours = np.full((len(chunks), 3), -1, dtype=np.int64)
    for rows in doc_rows.values():
        ordered = sorted((r for r in rows.tolist() if chunks[r].kind != "list"), key=lambda r: chunks[r].start)
        if not ordered:
            continue
        neighbours[ordered[1:], 0] = ordered[:-1]
        neighbours[ordered[:-1], 1] = ordered[1:]
        for row, lead_in in zip(ordered, lead_ins([(chunks[r].kind, chunks[r].text) for r in ordered])):
            if lead_in >= 0:
                neighbours[row, 2] = ordered[lead_in]
    return neighbours


def _without_listed(ranked: list[tuple[int, float]], chunks: list[Chunk], k: int) -> list[tuple[int, float]]:
    """The first k of `ranked`, leaving out a lead-in or list item ranked below a "list" chunk that holds it: the
    list passage already shows it, and copies of one list would crowd out other evidence."""
    out: list[tuple[int, float]] = []
    lists: list[Chunk] = []
    for row, score in ranked:
        if len(out) == k:
            break
        chunk = chunks[row]
        if any(c.doc_id == chunk.doc_id and c.start <= chunk.start and chunk.end <= c.end for c in lists):
            continue
        if chunk.kind == "list":
            lists.append(chunk)
        out.append((row, score))
    return out


def _database_store(index_dir: str | Path):
    """The PostgreSQL store named by index_dir (when it is a URL) or by RAG_STORE; None for the files."""
    from rag import settings

    url = str(index_dir) if str(index_dir).startswith(("postgresql://", "postgres://")) else settings.get("RAG_STORE")
    if not url:
        return None
    from rag.index.pgstore import PgStore, StoreError, is_database_url

    if not is_database_url(url):
        raise StoreError(f"RAG_STORE={url!r} is not a PostgreSQL URL: set it to postgresql://user:password@host:port/"
                         f"database, or unset it to use the index folder")
    return PgStore(url)


def _check_query(query: str) -> str:
    if not isinstance(query, str) or not query.strip():
        raise ValueError("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise ValueError(f"the query is {len(query):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    return query.strip()


def _embedder(embedder: Embedder | str | None) -> Embedder:
    if embedder is None:
        return load_embedder(DEFAULT_MODEL)
    if isinstance(embedder, str):
        return load_embedder(canonical_model_name(embedder))
    return embedder

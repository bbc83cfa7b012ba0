"""Late interaction: MaxSim scoring, the token-vector store, and the rerank stage inside the Retriever."""

import numpy as np
import pytest

from rag.embedding.embedder import FakeEmbedder
from rag.index import late_interaction
from rag.index.late_interaction import TokenVectors, maxsim, maxsim_each, maxsim_many, quantise
from rag.index.store import IndexCorruptError
from rag.retrieval.rerank import rerank
from rag.retrieval.retriever import Retriever


def _unit(rows):
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_maxsim_is_the_mean_of_each_query_tokens_best_match():
    query = _unit([[1, 0, 0], [0, 1, 0]])
    document = _unit([[1, 0, 0], [0, 0, 1]])
    assert maxsim(query, document) == pytest.approx(0.5)  # one token matched exactly, the other not at all
    assert maxsim(query, np.zeros((0, 3), dtype=np.float32)) == 0.0


def test_maxsim_many_equals_one_at_a_time_including_empty_chunks():
    rng = np.random.default_rng(0)
    arrays = [_unit(rng.standard_normal((n, 8))) if n else np.zeros((0, 8), np.float32) for n in (3, 0, 5, 1)]
    store = TokenVectors.from_arrays(arrays, 8)
    query = _unit(rng.standard_normal((4, 8)))
    rows = [2, 0, 1, 3]
    expected = [maxsim(query, store.chunk(r)) for r in rows]
    assert np.allclose(maxsim_many(query, rows, store), expected, atol=1e-5)


def test_maxsim_each_equals_one_at_a_time_including_empty_matrices():
    rng = np.random.default_rng(1)
    arrays = [_unit(rng.standard_normal((n, 8))) if n else np.zeros((0, 8), np.float32) for n in (2, 0, 6, 1)]
    query = _unit(rng.standard_normal((3, 8)))
    assert np.allclose(maxsim_each(query, arrays), [maxsim(query, a) for a in arrays], atol=1e-5)
    assert maxsim_each(np.zeros((0, 8), np.float32), arrays).tolist() == [0.0] * 4


def test_rerank_fuses_maxsim_order_with_the_shortlist_order():
    other, match = _unit([[0, 1, 0]]), _unit([[1, 0, 0]])
    query = _unit([[1, 0, 0]])
    store = TokenVectors.from_arrays([other, match, other, other], 3)
    assert [row for row, _ in rerank(query, [0, 1, 2, 3], store)][:2] == [1, 0]  # second place, best MaxSim: first
    store = TokenVectors.from_arrays([other, other, other, match], 3)
    assert [row for row, _ in rerank(query, [0, 1, 2, 3], store)][:2] == [0, 3]  # a fusion: last moves up, not top
    tie = TokenVectors.from_arrays([_unit([[0, 1, 0]])] * 3, 3)
    assert [row for row, _ in rerank(query, [1, 0, 2], tie)] == [1, 0, 2]


def test_token_vectors_round_trip_and_consistency(tmp_path):
    store = TokenVectors.from_arrays([_unit([[1, 2, 3]]), _unit([[3, 2, 1], [0, 0, 1]])], 3)
    store.save(tmp_path)
    again = TokenVectors.load(tmp_path)
    assert again.consistent_with(chunks=2, dim=3) and not again.consistent_with(chunks=3, dim=3)
    assert np.allclose(again.chunk(1), store.chunk(1))


def test_index_keeps_token_vectors_and_reuses_them_on_rebuild(tiny_corpus, tmp_path, fake_embedder):
    index = tmp_path / "index"
    first = Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    assert first.manifest.counts["token_vectors"] == len(first._stored.tokens.vectors) > 0
    second = Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    assert second.last_build.embedded == 0
    assert np.array_equal(np.asarray(second._stored.tokens.vectors), np.asarray(first._stored.tokens.vectors))


def test_search_with_and_without_late_interaction(tiny_corpus, tmp_path, fake_embedder):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    query = "When was the violence reduction approach announced?"
    with_rerank = r.search(query, k=3)
    r.late_interaction = False
    plain = r.search(query, k=3)
    assert "announced" in with_rerank[0].text
    assert {p.chunk_id for p in with_rerank} <= {p.chunk_id for p in r.search(query, k=50)}
    assert len(plain) == len(with_rerank) == 3


def test_missing_token_file_is_a_corrupt_index(tiny_corpus, tmp_path, fake_embedder):
    index = tmp_path / "index"
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    (index / "token_offsets.npy").unlink()
    with pytest.raises(IndexCorruptError, match="rag index"):
        Retriever.load(index, embedder=fake_embedder)


def test_an_embedder_without_token_vectors_builds_an_index_that_searches_without_rerank(tiny_corpus, tmp_path):
    class PlainEmbedder:
        """Only the Embedder protocol: no embed_with_tokens."""

        def __init__(self):
            self._inner = FakeEmbedder()
            self.name, self.dim = "plain", self._inner.dim

        def embed(self, texts):
            return self._inner.embed(texts)

    index = tmp_path / "index"
    built = Retriever.build(tiny_corpus, index, embedder=PlainEmbedder())
    assert built._stored.tokens is None and "token_vectors" not in built.manifest.counts
    assert not (index / "token_vectors.npy").exists()
    loaded = Retriever.load(index, embedder=PlainEmbedder())
    assert "announced" in loaded.search("When was the violence reduction approach announced?", k=1)[0].text


def test_quantise_keeps_each_component_within_half_a_step():
    rows = _unit(np.random.default_rng(3).normal(size=(50, 384)))
    q, scales = quantise(rows)
    assert q.dtype == np.int8 and scales.dtype == np.float32 and q.shape == rows.shape
    assert np.abs(q.astype(np.float32) * scales[:, None] - rows).max() <= scales.max() / 2 + 1e-7
    assert np.abs(q).max() == 127  # each row uses the full int8 range


def test_files_hold_int8_and_a_large_index_stays_int8_memory_mapped(tmp_path, monkeypatch):
    arrays = [_unit(np.random.default_rng(i).normal(size=(n, 8))) for i, n in enumerate((3, 0, 5, 2))]
    small = TokenVectors.from_arrays(arrays, 8)
    small.save(tmp_path)
    assert np.load(tmp_path / "token_vectors.npy").dtype == np.int8
    monkeypatch.setattr(late_interaction, "IN_MEMORY_BYTES", 0)
    large = TokenVectors.load(tmp_path)
    assert isinstance(large.vectors, np.memmap) and large.vectors.dtype == np.int8
    assert small.vectors.dtype == np.float32
    query = _unit(np.random.default_rng(9).normal(size=(4, 8)))
    rows = [3, 1, 0, 2]
    assert np.allclose(maxsim_many(query, rows, large), maxsim_many(query, rows, small), atol=1e-6)
    assert np.allclose(maxsim_many(query, rows, large), [maxsim(query, arrays[r]) for r in rows], atol=0.02)


def test_a_float16_token_file_is_refused(tmp_path):
    TokenVectors.from_arrays([_unit([[1, 2, 3]])], 3).save(tmp_path)
    np.save(tmp_path / "token_vectors.npy", np.ones((1, 3), dtype=np.float16))
    with pytest.raises(ValueError, match="int8"):
        TokenVectors.load(tmp_path)


def test_near_identical_repeats_of_a_word_piece_are_dropped_and_other_senses_kept():
    from rag.embedding.embedder import merge_token_repeats

    rows = _unit([[1, 0, 0], [0, 1, 0], [1, 0.1, 0], [0, 0, 1], [0, 0.2, 1]])
    # id 7 repeats at row 2 almost as at row 0 (dropped), and at row 4 in another sense (kept)
    merged = merge_token_repeats(rows, np.array([7, 3, 7, 9, 7]))
    assert np.array_equal(merged, rows[[0, 1, 3, 4]])
    assert merge_token_repeats(rows, np.array([1, 2, 3, 4, 5])) is rows


def test_an_index_stores_a_repeated_word_once_but_a_query_keeps_every_word(tmp_path, fake_embedder):
    from rag.index.store import read_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Dear Sir,\n\nFunding funding funding for the borough of Camden.\n\nYours faithfully,\nA. Person\n")
    Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder)
    stored = read_index(tmp_path / "index")
    for row in range(len(stored.chunks)):
        tokens = stored.tokens.chunk(row)
        assert len(np.unique(np.round(tokens, 3), axis=0)) == len(tokens)
    _, query = fake_embedder.embed_query_tokens("funding funding")
    assert len(query) == 2


def test_from_arrays_can_release_the_chunks_it_has_copied():
    rng = np.random.default_rng(3)
    arrays = [_unit(rng.standard_normal((n, 8))) if n else np.zeros((0, 8), np.float32) for n in (2, 0, 3)]
    kept = TokenVectors.from_arrays(list(arrays), 8)
    consumed = list(arrays)
    released = TokenVectors.from_arrays(consumed, 8, release=True)
    assert consumed == [None, None, None]
    assert np.array_equal(released.offsets, kept.offsets) and np.allclose(released.chunk(2), kept.chunk(2))


def test_spilled_rows_put_in_any_order_save_the_bytes_of_the_in_memory_matrix(tmp_path):
    from rag.index.late_interaction import TokenSpill

    rng = np.random.default_rng(3)
    arrays = [rng.normal(size=(n, 8)).astype(np.float32) for n in (3, 0, 5, 1)]
    pairs = [quantise(a / np.linalg.norm(a, axis=1, keepdims=True)) if len(a) else quantise(a) for a in arrays]
    spill = TokenSpill(tmp_path / "scratch.bin", 8, len(pairs))
    for chunk in (2, 0, 3, 1):  # a build embeds chunks by length, not in order
        spill.put(chunk, *pairs[chunk])
    # read back before any save (a database build reads them so), the last, still buffered, put included
    assert spill.count == 9 and all(np.array_equal(spill.chunk_quantised(i)[0], pairs[i][0]) for i in range(4))
    spill.put(1, *quantise(np.eye(8, dtype=np.float32)[:2]))
    assert spill.chunk_quantised(1)[0].shape == (2, 8)
    spill.put(1, *pairs[1])
    (tmp_path / "spilled").mkdir()
    (tmp_path / "held").mkdir()
    spill.save(tmp_path / "spilled")
    TokenVectors.from_arrays(list(pairs), 8).save(tmp_path / "held")
    for name in ("token_vectors.npy", "token_scales.npy", "token_offsets.npy"):
        assert (tmp_path / "spilled" / name).read_bytes() == (tmp_path / "held" / name).read_bytes(), name
    spill.close()
    assert not (tmp_path / "scratch.bin").exists()


def test_an_incremental_build_writes_the_token_rows_a_fresh_build_writes(tiny_corpus, tmp_path, fake_embedder):
    Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    (tiny_corpus / "c_new.txt").write_text("A new note about knife crime in Kelbrook.\n\nIt names officers.\n",
                                           encoding="utf-8")
    Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)  # reuses the first two letters' rows
    Retriever.build(tiny_corpus, tmp_path / "fresh", embedder=fake_embedder)
    for name in ("token_vectors.npy", "token_scales.npy", "token_offsets.npy"):
        assert (tmp_path / "index" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert not list(tmp_path.glob(".*scratch*"))  # the scratch folder goes with the build

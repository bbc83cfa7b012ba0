"""FAISS index types: build, search, save/load round trip, corrupt files, the size rule."""

import numpy as np
import pytest

from rag.index.dense import FLAT_LIMIT, IndexFileError, build_index, choose_index_type, load_index, save_index


def _clustered(n=3000, dim=32, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((30, dim))
    x = centres[rng.integers(0, 30, n)] + 0.3 * rng.standard_normal((n, dim))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf_sq8", "ivf_pq"])
def test_each_kind_finds_neighbours_and_round_trips(tmp_path, kind):
    data = _clustered()
    index = build_index(data, kind=kind)
    exact = build_index(data, kind="flat")
    queries = data[:50]
    _, truth = exact.search(queries, 10)
    scores, ids = index.search(queries, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ids, truth)])
    assert recall >= (1.0 if kind == "flat" else 0.9)
    save_index(index, tmp_path / "x.faiss")
    again = load_index(tmp_path / "x.faiss")
    assert np.array_equal(again.search(queries, 10)[1], ids)


def test_rule_boundaries():
    assert choose_index_type(136, 384) == "flat"
    assert choose_index_type(FLAT_LIMIT - 1, 384) == "flat"
    assert choose_index_type(FLAT_LIMIT, 384) == "hnsw"


def test_custom_ids_and_k_larger_than_index():
    data = _clustered(20)
    index = build_index(data, kind="flat", ids=np.arange(100, 120))
    _, ids = index.search(data[:1], 50)
    assert ids[0][0] == 100 and (ids[0] == -1).sum() == 30


def test_missing_corrupt_and_truncated_files(tmp_path):
    with pytest.raises(IndexFileError, match="missing"):
        load_index(tmp_path / "none.faiss")
    (tmp_path / "bad.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexFileError, match="corrupt"):
        load_index(tmp_path / "bad.faiss")
    save_index(build_index(_clustered(100)), tmp_path / "ok.faiss")
    data = (tmp_path / "ok.faiss").read_bytes()
    (tmp_path / "cut.faiss").write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexFileError):
        load_index(tmp_path / "cut.faiss")
    with pytest.raises(ValueError, match="unknown"):
        build_index(_clustered(10), kind="magic")


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_exact_kinds_are_the_only_copy_of_the_vectors_and_give_them_back(tmp_path, kind):
    from rag.index.dense import IndexVectors, exact_storage

    data = _clustered(300)
    save_index(build_index(data, kind=kind), tmp_path / "x.faiss")
    again = load_index(tmp_path / "x.faiss")  # memory-mapped
    assert exact_storage(again)
    rows = IndexVectors(again)
    tolerance = 0 if kind == "flat" else 1e-3  # HNSW keeps float16
    assert rows.shape == data.shape and np.allclose(rows[7], data[7], rtol=0, atol=tolerance)
    assert np.allclose(np.stack(list(rows)), data, rtol=0, atol=tolerance)
    assert np.allclose(rows.astype(np.float32), data, rtol=0, atol=tolerance)


@pytest.mark.parametrize("kind", ["ivf_sq8", "ivf_pq"])
def test_lossy_kinds_are_not_taken_for_a_copy_of_the_vectors(kind):
    from rag.index.dense import exact_storage

    assert not exact_storage(build_index(_clustered(), kind=kind))

"""Comparison of configurations and the LangChain baseline, with fakes and the FakeEmbedder."""

from __future__ import annotations

from rag.embedding.embedder import FakeEmbedder
from rag.evaluation.baseline import LangChainBaseline
from rag.evaluation.compare import NO_ABSTENTION, Variant, cache_index_dir, default_variants, run_comparison
from rag.evaluation.runner import evaluate_retriever


def test_baseline_cites_file_spans_that_match_the_text(tiny_letters) -> None:
    baseline = LangChainBaseline(tiny_letters, FakeEmbedder(), chunk_size=120, chunk_overlap=30)
    assert len(baseline.chunks) > len(tiny_letters)  # files were split
    hits = baseline.search("knife crime fund cost", k=3)
    assert len(hits) == 3
    for hit in hits:
        assert tiny_letters[hit.doc_id][hit.start : hit.end] == hit.text
        assert hit.paragraph == f"chars {hit.start}-{hit.end}"
    answer = baseline.ask("How much will the knife crime fund cost?")
    assert not answer.abstained
    assert answer.text == answer.citations[0].text
    assert "£250,000" in answer.text


def test_baseline_uses_the_tutorial_defaults(tiny_letters) -> None:
    baseline = LangChainBaseline(tiny_letters, FakeEmbedder())
    assert baseline.config["chunk_size"] == 1000 and baseline.config["chunk_overlap"] == 200
    assert len(baseline.chunks) == len(tiny_letters)  # both tiny files fit one 1000-character chunk


def test_default_variants_change_one_thing_at_a_time() -> None:
    variants = default_variants("all-MiniLM-L6-v2")
    assert variants[0] == Variant("all-MiniLM-L6-v2", "hybrid", abstain=True)
    assert {v.mode for v in variants if not v.baseline} == {"hybrid", "dense", "bm25"}
    assert {v.embedder for v in variants} == {"all-MiniLM-L6-v2", "all-mpnet-base-v2"}
    assert any(not v.abstain for v in variants) and any(v.baseline for v in variants)
    assert len({v.label for v in variants}) == len(variants)
    assert Variant(abstain=False).assistant_config() == NO_ABSTENTION


def test_comparison_table_best_and_default(tiny_qa, fake_retriever, fakes, tiny_letters) -> None:
    other = fakes.Retriever(tiny_letters, model="all-mpnet-base-v2")
    variants = [
        Variant("fake-hash", "hybrid"),
        Variant("fake-hash", "dense"),
        Variant("fake-hash", "bm25"),
        Variant("all-mpnet-base-v2", "hybrid"),
        Variant("fake-hash", "hybrid", abstain=False),
    ]
    comparison = run_comparison(
        tiny_qa,
        fake_retriever,
        "corpus",
        variants=variants,
        load_retriever=lambda model: other,
        make_assistant=lambda view, variant: fakes.Assistant(view, **variant.assistant_config()),
        progress=False,
    )
    assert [r.label for r in comparison.results] == [v.label for v in variants]
    by_label = {r.label: r for r in comparison.results}
    dense = by_label["dense · fake-hash · abstention"]
    assert dense.summary["hit@1"] < by_label["hybrid · fake-hash · abstention"].summary["hit@1"]
    assert by_label["hybrid · fake-hash · no abstention"].summary["abstention_rate"] == 0.0
    assert other.modes and set(other.modes) == {"hybrid"}  # the second model's index served its variant
    table = comparison.table()
    assert table.count("\n") == len(variants) + 1  # header, rule, one row each
    assert "hybrid · fake-hash · abstention (default)" in table
    assert comparison.best in (variants[0], variants[2], variants[3])  # dense and no-abstention measure worse
    assert f"**{comparison.best.label}" in table
    notes = "\n".join(comparison.notes)
    assert "Retrieval mode" in notes and "Embedding model" in notes and "Abstention" in notes
    assert comparison.to_dict()["default_is_best"] == (comparison.best == comparison.default)


def test_a_better_non_default_is_recommended(tiny_qa, fake_retriever, fakes) -> None:
    variants = [Variant("fake-hash", "dense"), Variant("fake-hash", "hybrid")]
    comparison = run_comparison(
        tiny_qa,
        fake_retriever,
        "corpus",
        variants=variants,
        make_assistant=lambda view, variant: fakes.Assistant(view),
        progress=False,
    )
    assert comparison.default == variants[0] and comparison.best == variants[1]
    assert "should become the default" in comparison.notes[-1]


def test_baseline_row_and_reused_default_run(tiny_qa, fake_retriever, fakes) -> None:
    fake_retriever.embedder = FakeEmbedder()
    default = evaluate_retriever(
        tiny_qa, fake_retriever, assistant=fakes.Assistant(fake_retriever), progress=False
    )
    variants = [Variant("fake-hash", "hybrid"), Variant("fake-hash", baseline=True)]
    comparison = run_comparison(
        tiny_qa, fake_retriever, "corpus", variants=variants, default_result=default, progress=False
    )
    assert comparison.results[0] is default
    baseline = comparison.results[1]
    assert baseline.label.startswith("LangChain tutorial baseline")
    assert baseline.summary["abstention_rate"] == 0.0  # the tutorial recipe never abstains
    assert comparison.best == variants[0]  # the baseline is never proposed as the default
    assert any("LangChain tutorial baseline" in n for n in comparison.notes)


def test_comparison_indexes_live_in_the_cache(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("RAG_CACHE_DIR", str(tmp_path))
    folder = cache_index_dir("corpus", "all-mpnet-base-v2")
    assert folder.parent == tmp_path / "eval-indexes" and folder.name.startswith("all-mpnet-base-v2-")
    assert cache_index_dir("other", "all-mpnet-base-v2") != folder


def test_a_configuration_that_errors_is_named_not_reported_as_zeros(tiny_qa, fake_retriever, fakes) -> None:
    class Broken:
        def ask(self, question, filters=None):
            raise TypeError("search() got an unexpected keyword argument 'analysis'")

    variants = [Variant("fake-hash", "hybrid"), Variant("fake-hash", "bm25")]
    comparison = run_comparison(
        tiny_qa, fake_retriever, "corpus", variants=variants, progress=False,
        make_assistant=lambda view, variant: Broken() if variant.mode == "bm25" else fakes.Assistant(view),
    )
    [note] = [n for n in comparison.notes if "raised an error" in n]
    assert "bm25" in note and f"{len(tiny_qa)} of {len(tiny_qa)}" in note and "analysis" in note
    assert comparison.best == variants[0]

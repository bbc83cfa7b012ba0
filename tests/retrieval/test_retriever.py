"""Tests for Retriever build/load/search on a tiny corpus with the fake embedder."""

import json

import numpy as np
import pytest

from rag.embedding.embedder import FakeEmbedder
from rag.index.store import IndexCorruptError, IndexMismatchError, IndexMissingError
from rag.retrieval.retriever import Retriever, neighbour_rows
from rag.types import Chunk, Passage


class CountingEmbedder(FakeEmbedder):
    """Counts how many texts were embedded, to prove unchanged text is not re-embedded."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    def embed(self, texts):
        self.calls += len(texts)
        return super().embed(texts)


def test_build_then_search_returns_cited_passages(tiny_corpus, tmp_path, fake_embedder):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    hits = r.search("How much will the knife crime fund cost?", k=3)
    assert hits and all(isinstance(h, Passage) for h in hits)
    top = hits[0]
    assert "£250,000" in top.text
    assert top.doc_id == "a_letter.txt"
    assert top.paragraph  # a citation label
    original = (tiny_corpus / top.doc_id).read_text(encoding="utf-8")
    assert "£250,000" in original[top.start : top.end]
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_load_gives_same_results(tiny_corpus, tmp_path, fake_embedder):
    built = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    loaded = Retriever.load(tmp_path / "index", embedder=fake_embedder)
    q = "fireworks initiative in the boroughs"
    assert built.search(q, k=4) == loaded.search(q, k=4)
    assert loaded.index_version == built.index_version


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_each_mode_finds_the_fireworks_paragraph(tiny_corpus, tmp_path, fake_embedder, mode):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    assert "fireworks" in r.search("fireworks initiative autumn", k=2, mode=mode)[0].text


def test_filters_by_document_and_date(tiny_corpus, tmp_path, fake_embedder):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    only_b = r.search("knife crime fund", k=10, filters={"documents": ["b_briefing.txt"]})
    assert only_b and {h.doc_id for h in only_b} == {"b_briefing.txt"}
    after_2020 = r.search("boroughs", k=10, filters={"date_from": "2020-01-01"})
    assert after_2020 and all(h.date >= "2020-01-01" for h in after_2020)
    assert r.search("boroughs", k=5, filters={"date_to": "1999-12-31"}) == []
    with pytest.raises(ValueError):
        r.search("boroughs", filters={"author": "x"})


def test_bad_queries_raise_clear_errors(tiny_corpus, tmp_path, fake_embedder):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    with pytest.raises(ValueError, match="empty"):
        r.search("   ")
    with pytest.raises(ValueError, match="limit"):
        r.search("x" * 20_000)
    with pytest.raises(ValueError, match="mode"):
        r.search("knife", mode="magic")


def test_incremental_rebuild_embeds_only_changed_and_drops_deleted(tiny_corpus, tmp_path):
    embedder = CountingEmbedder()
    index = tmp_path / "index"
    first = Retriever.build(tiny_corpus, index, embedder=embedder)
    total = first.manifest.counts["vectors"]  # one per chunk plus one per sentence of multi-sentence chunks
    assert embedder.calls == total >= len(first.chunks)

    embedder.calls = 0
    Retriever.build(tiny_corpus, index, embedder=embedder)
    assert embedder.calls == 0  # nothing changed: nothing re-embedded

    letter = tiny_corpus / "a_letter.txt"
    letter.write_text(letter.read_text() + "\n\nA new closing paragraph about custody healthcare.\n")
    (tiny_corpus / "b_briefing.txt").unlink()
    embedder.calls = 0
    third = Retriever.build(tiny_corpus, index, embedder=embedder)
    assert 0 < embedder.calls < total
    assert third.last_build.removed_files == ["b_briefing.txt"]
    assert set(third.documents) == {"a_letter.txt"}
    assert "custody" in third.search("custody healthcare", k=1)[0].text


def test_unreadable_file_is_skipped_and_reported(tiny_corpus, tmp_path, fake_embedder):
    (tiny_corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tiny_corpus / "notes.xyz").write_text("unsupported")
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    skipped = dict(r.last_build.skipped)
    assert "broken.pdf" in skipped and "notes.xyz" in skipped
    assert set(r.documents) == {"a_letter.txt", "b_briefing.txt"}


def test_missing_index_is_one_clear_error(tmp_path, fake_embedder):
    with pytest.raises(IndexMissingError, match="rag index"):
        Retriever.load(tmp_path / "nowhere", embedder=fake_embedder)


def test_corrupt_manifest_and_faiss_file_are_refused(tiny_corpus, tmp_path, fake_embedder):
    index = tmp_path / "index"
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    (index / "dense.faiss").write_bytes(b"garbage")
    with pytest.raises(IndexCorruptError, match="rag index"):
        Retriever.load(index, embedder=fake_embedder)
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    (index / "manifest.json").write_text("{not json")
    with pytest.raises(IndexCorruptError, match="manifest.json"):
        Retriever.load(index, embedder=fake_embedder)


def test_index_from_another_model_or_format_is_refused(tiny_corpus, tmp_path, fake_embedder):
    index = tmp_path / "index"
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    with pytest.raises(IndexMismatchError, match="rag index .* --model other"):
        Retriever.load(index, embedder=FakeEmbedder(name="other"))
    manifest = json.loads((index / "manifest.json").read_text())
    manifest["format_version"] = 999
    (index / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="format 999"):
        Retriever.load(index, embedder=fake_embedder)


def test_build_killed_before_swap_leaves_previous_index(tiny_corpus, tmp_path, fake_embedder, monkeypatch):
    index = tmp_path / "index"
    before = Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    (tiny_corpus / "c_new.txt").write_text("A brand new letter about traffic enforcement cameras.")

    import rag.index.store

    def killed(tmp, target):
        raise KeyboardInterrupt  # the process dies after writing the temporary folder, before the swap

    monkeypatch.setattr(rag.index.store, "swap_into_place", killed)
    with pytest.raises(KeyboardInterrupt):
        Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    after = Retriever.load(index, embedder=fake_embedder)
    assert after.index_version == before.index_version
    assert "c_new.txt" not in after.documents


def test_interrupted_swap_is_recovered(tiny_corpus, tmp_path, fake_embedder):
    index = tmp_path / "index"
    before = Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    index.rename(tmp_path / ".index.old")  # died between the two renames
    assert Retriever.load(index, embedder=fake_embedder).index_version == before.index_version


def test_passages_and_document_text(tiny_corpus, tmp_path, fake_embedder):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    passages = r.passages("a_letter.txt")
    assert [p.start for p in passages] == sorted(p.start for p in passages)
    text = r.document_text("a_letter.txt")
    assert text == (tiny_corpus / "a_letter.txt").read_text(encoding="utf-8")
    kinds = {p.kind for p in passages}
    assert "signature" in kinds and "header" in kinds


def test_corpus_status_sees_changed_files_and_older_ingest_versions(tiny_corpus, tmp_path, fake_embedder, monkeypatch):
    import rag.index.build
    from rag.index.build import corpus_status

    index = tmp_path / "index"
    assert corpus_status(tiny_corpus, index) == "missing"
    Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    assert corpus_status(tiny_corpus, index) == "current"
    monkeypatch.setattr(rag.index.build, "INGEST_VERSION", rag.index.build.INGEST_VERSION + 1)
    assert corpus_status(tiny_corpus, index) == "stale"  # built by an older parser: the chat rebuilds it
    monkeypatch.undo()
    (tiny_corpus / "b_briefing.txt").write_text("Changed.", encoding="utf-8")
    assert corpus_status(tiny_corpus, index) == "stale"


def test_list_items_hang_from_their_nearest_lead_in():
    def chunk(start: int, text: str, kind: str = "body") -> Chunk:
        return Chunk(f"a#{start}", "a", f"¶{start}", start, start + 1, text, text, kind)

    chunks = [chunk(0, "Intro."), chunk(1, "The fund is intended to:"), chunk(2, "Help.", "list_item"),
              chunk(3, "Thirdly, such as:", "list_item"), chunk(4, "how to.", "list_item"), chunk(5, "After."),
              chunk(6, "Stray item.", "list_item")]
    rows = neighbour_rows(chunks, {"a": np.arange(len(chunks))})
    assert rows[2].tolist() == [1, 3, 1]  # before, after, lead-in
    assert rows[3, 2] == 1 and rows[4, 2] == 3  # a nested lead-in leads the items after it
    assert rows[0, 2] == rows[1, 2] == rows[5, 2] == -1  # body paragraphs hang from nothing
    assert rows[6, 2] == -1  # an item after a plain paragraph has no lead-in


def test_the_build_counts_the_collections_terms_and_an_index_without_them_counts_the_same(tiny_corpus, tmp_path,
                                                                                          fake_embedder):
    from rag.answer.definitions import corpus_acronyms
    from rag.answer.proper_nouns import collection_forms

    (tiny_corpus / "c_note.txt").write_text(
        "Note for Calderbrook\n\nThe Violence Reduction Unit (VRU) met partners in Calderbrook on 4 May 2021.\n",
        encoding="utf-8")
    index = tmp_path / "index"
    built = Retriever.build(tiny_corpus, index, embedder=fake_embedder)
    assert (index / "terms.json").exists()
    assert built.collection_terms.acronyms["c_note.txt"] == {"VRU": "Violence Reduction Unit"}
    loaded = Retriever.load(index, embedder=fake_embedder)
    counted = (corpus_acronyms(loaded), collection_forms(loaded), loaded.phrase_counts())
    assert counted[0]["VRU"] == "Violence Reduction Unit" and counted[1]["calderbrook"] == "Calderbrook"
    # An index written before the build counted them: the first question counts them, with the same result.
    (index / "terms.json").unlink()
    older = Retriever.load(index, embedder=fake_embedder)
    older._stored.manifest.files["c_note.txt"]["sha256"] = "0" * 64  # another index version: no cached counts
    older._index_version = older._stored.manifest.index_version
    assert older.collection_terms is None
    assert (corpus_acronyms(older), collection_forms(older), older.phrase_counts()) == counted


def test_documents_using_a_word_are_those_whose_passages_write_it(tiny_corpus, tmp_path, fake_embedder):
    from rag.index.lexical import tokenize

    retriever = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    written: dict[str, set[str]] = {}
    for chunk in retriever.chunks:  # the passages' own text, headers and signatures included
        for word in tokenize(chunk.text):
            written.setdefault(word, set()).add(chunk.doc_id)
    assert written
    for word, docs in written.items():
        assert retriever._documents_using(word) == docs, word
    assert retriever._documents_using("dated") == written.get("dated", set())  # a header's description is not text

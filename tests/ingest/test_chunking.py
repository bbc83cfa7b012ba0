"""Token-sized, paragraph-aligned chunks with spans nested in their paragraph's span."""

from pathlib import Path

from rag.ingest import chunk_document, load_document, split_sentences
from rag.tokens import count_tokens

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_sentence_splitter_respects_abbreviations_and_amounts():
    text = "Joint patrols i.e. Safer Transport Teams work. The cost was £1,118,248. Cllr Peck agreed, e.g. on No. 4."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["Joint patrols i.e. Safer Transport Teams work.", "The cost was £1,118,248.",
                         "Cllr Peck agreed, e.g. on No. 4."]


def test_long_paragraph_splits_at_sentences_within_its_span(tmp_path):
    sentence = "The borough partnership funded a new youth programme across London this year. "
    path = tmp_path / "long.txt"
    path.write_text("Dear Sir,\n\n" + sentence * 30 + "\n\nYours sincerely,\n\nJane Doe\n", encoding="utf-8")
    doc = load_document(path)
    chunks = chunk_document(doc, max_tokens=60)
    body = [c for c in chunks if c.kind == "body"]
    para = next(p for p in doc.paragraphs if p.kind == "body")
    assert len(body) > 1 and {c.label for c in body} == {para.label}
    for c in body:
        assert count_tokens(c.text) <= 60
        assert para.start <= c.start < c.end <= para.end
        assert doc.text[c.start : c.end].strip().startswith("The borough")
    assert [c.start for c in body] == sorted(c.start for c in body)


def test_real_corpus_chunks_cover_every_paragraph():
    for path in sorted(CORPUS.iterdir()):
        doc = load_document(path)
        chunks = chunk_document(doc)
        assert {c.label for c in chunks} == {p.label for p in doc.paragraphs}
        for c in chunks:
            assert c.chunk_id == f"{doc.doc_id}#{c.start}-{c.end}"
            assert c.text in c.embed_text
            assert count_tokens(c.text) <= 200 or c.kind in ("header", "signature")


def test_list_items_embed_with_their_lead_in():
    doc = load_document(CORPUS / "003_130df966634c752b.txt")
    item = next(c for c in chunk_document(doc) if c.text.startswith("Reduce the number of detentions"))
    assert "street triage pilot" in item.embed_text
    assert "street triage" not in item.text

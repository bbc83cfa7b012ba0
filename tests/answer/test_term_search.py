"""'Which letters mention X?': the question form, the term's forms, and the first mention in each document."""

import pytest

from rag.answer.term_search import asked_term, first_mentions, term_patterns


@pytest.mark.parametrize("question, term", [
    ("Which letters mention the VRU?", "VRU"),
    ("Which documents talk about knife crime?", "knife crime"),
    ("What papers refer to “Halloween”?", "Halloween"),
    ("Which letters did Sophie Linden sign?", None),  # a question about people, answered elsewhere
    ("What does the letter say about the VRU?", None),
])
def test_asked_term(question, term):
    assert asked_term(question) == term


def test_term_patterns_match_whole_words_and_the_other_form_of_an_acronym():
    acronyms = {"VRU": "Violence Reduction Unit"}
    vru = term_patterns("VRU", acronyms)
    assert any(p.search("the VRUs met") for p in vru)
    assert any(p.search("a violence reduction unit was set up") for p in vru)
    assert not any(p.search("the vru met") for p in vru)  # an acronym keeps its case
    assert not any(p.search("VRUX") for p in vru)
    name = term_patterns("Violence Reduction Unit", acronyms)
    assert any(p.search("work by the VRU") for p in name)
    assert not any(p.search("knife crime") for p in term_patterns("crime prevention", {}))


def test_a_spelled_out_name_finds_its_acronym_as_written_not_its_lookup_key():
    acronyms = {"MPS": "Metropolitan Police Service"}  # as written; acronym_key("MPS") is "MP"
    name = term_patterns("Metropolitan Police Service", acronyms)
    assert any(p.search("the MPS made changes") for p in name)
    assert not any(p.search("two MPs wrote") for p in name)


def test_first_mentions_lists_each_document_once_with_its_first_sentence(tmp_path, fake_embedder):
    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Letter A\n\n1 May 2019\n\nNothing here.\n\nThe Violence Reduction Unit (VRU) "
                                  "was set up. The VRU met twice.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Letter B\n\n2 May 2020\n\nThe VRU met.\n\nThe VRU works with schools.\n",
                                  encoding="utf-8")
    (corpus / "c.txt").write_text("Letter C\n\n3 May 2021\n\nKnife crime fell.\n", encoding="utf-8")
    retriever = Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder)
    found, count = first_mentions("VRU", ["a.txt", "b.txt", "c.txt"], retriever)
    assert [(s.passage.doc_id, s.text) for s in found] == [
        ("a.txt", "The Violence Reduction Unit (VRU) was set up."), ("b.txt", "The VRU met.")] and count == 2
    # Past the limit, documents are counted, not quoted.
    found, count = first_mentions("VRU", ["a.txt", "b.txt", "c.txt"], retriever, limit=1)
    assert [s.passage.doc_id for s in found] == ["a.txt"] and count == 2
    # Only the documents the lexical index lists for the term's words are read.
    read = []
    text_of = retriever.document_text
    retriever.document_text = lambda doc_id: read.append(doc_id) or text_of(doc_id)
    assert first_mentions("VRU", ["a.txt", "b.txt", "c.txt"], retriever)[1] == 2 and "c.txt" not in read
    del retriever.document_text
    assert retriever.documents_using("Violence Reduction") == {"a.txt"}
    assert retriever.documents_using("2019") is None  # a figure: tokenized with its neighbours, not looked up
    later = [p for p in retriever.passages("b.txt") if "schools" in p.text]
    assert first_mentions("VRU", ["b.txt"], retriever, preferred=later)[0][0].passage == later[0]
    answer = Assistant(retriever).ask("Which letters mention the VRU?")
    assert answer.short_answer == "2" and [p.doc_id for p in answer.citations] == ["a.txt", "b.txt"]
    assert Assistant(retriever).ask("Which letters mention Brexit?").abstained

"""Acronym questions: which questions ask for a definition, and the sentence that gives it."""

import pytest

from rag.answer.definitions import asked_acronym, find_definition
from rag.question.constraints import names_body


@pytest.mark.parametrize("question, acronym", [
    ("What is the VRU?", "VRU"),
    ("what is MOPAC", "MOPAC"),
    ("What are JEMs?", "JEMs"),
    ("What does BCU stand for?", "BCU"),
    ("what is PMS in the audit report", "PMS"),  # where to look is not part of what is asked
    ("What does FVCS stand for in this decision?", "FVCS"),
    ("What is the VRU doing in the report?", None),
    ("And what is the LCPF?", "LCPF"),
    ("What is meant by ASB?", "ASB"),
    ("What is the VRU for?", None),  # asks for its purpose, not its name
    ("What is the budget?", None),
    ("What is A?", None),  # one capital is not an acronym
])
def test_asked_acronym(question, acronym):
    assert asked_acronym(question) == acronym


def test_definition_is_the_sentence_that_spells_it_out(tmp_path, fake_embedder):
    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text(
        "Violence briefing\n\n1 May 2019\n\nThe VRU met twice in April.\n\n"
        "The Mayor set up a Violence Reduction Unit (VRU) in 2018. It works with boroughs.\n", encoding="utf-8")
    retriever = Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder)
    expansion, sentence = find_definition("VRU", ["note.txt"], retriever)
    assert expansion == "Violence Reduction Unit"
    assert sentence.text == "The Mayor set up a Violence Reduction Unit (VRU) in 2018."
    assert retriever.document_text("note.txt")[sentence.start:sentence.end] == sentence.text
    assert find_definition("LCPF", ["note.txt"], retriever) is None

    answer = Assistant(retriever).ask("What is the VRU?")
    assert answer.short_answer == "Violence Reduction Unit" and not answer.abstained
    assert [q.sentence for q in answer.quotes] == [sentence.text]


@pytest.mark.parametrize("text, named", [
    ("the consultation on the VRU", True),
    ("two VRUs", True),  # plural
    ("the Violence  Reduction\nUnit", True),  # in full, any spacing and case
    ("the violence reduction unit", True),
    ("the VRUX programme", False),  # a word of its own
    ("violent crime in London", False),
])
def test_a_defined_body_is_named_by_its_acronym_or_in_full(text, named):
    assert names_body(("VRU", "Violence Reduction Unit"), text) is named

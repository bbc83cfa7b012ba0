"""Questions about the collection as a whole: letters by signatory or recipient, the oldest and newest."""

import pytest

from rag.question.collection import about_whole_collection, by_date, date_order, documents_by_person, subject_terms
from rag.types import DocumentMeta

DOCS = {
    "a.txt": DocumentMeta("a.txt", "Emergency services collaboration", "2020-11-17", "Sophie Linden",
                          recipient="Susan Hall, Chairman of the Budget and Performance Committee",
                          organisation="MOPAC"),
    "b.txt": DocumentMeta("b.txt", "Draft plan reply", "2017-03-17", "Sophie Linden",
                          recipient="Police and Crime Committee", organisation="MOPAC"),
    "c.txt": DocumentMeta("c.txt", "Mental Health and Policing", "2013-12-20", "Marie Snelling",
                          recipient="Joanne McCartney, Police and Crime Committee", organisation="MOPAC"),
    "d.txt": DocumentMeta("d.txt", "Joint working", "2009-11-16", "Ch Supt Bloomfield", organisation="MPA"),
    "e.txt": DocumentMeta("e.txt", "Undated note"),
}


@pytest.mark.parametrize(("question", "expected"), [
    ("Which letters did Sophie Linden sign?", ("author", ["a.txt", "b.txt"])),
    ("Which letters went to the Police and Crime Committee?", ("recipient", ["b.txt", "c.txt"])),
    ("Which letters were addressed to Susan Hall?", ("recipient", ["a.txt"])),
    ("Which papers did the MPA write?", ("author", ["d.txt"])),
    ("Which letters went to the Home Secretary?", ("recipient", [])),  # asked, and nobody matches
    ("Which letters did Boris Johnson sign?", ("author", [])),
    ("What did Sophie Linden sign in 2017?", ("", [])),  # not "which letters": an ordinary question
    ("Which letters mention knife crime?", ("", [])),
    # "Who wrote to X?": the letters addressed to X, whose signatories answer it
    ("who wrote to joanne mccartney", ("writer", ["c.txt"])),
    ("Who wrote to the Police and Crime Committee?", ("writer", ["b.txt", "c.txt"])),
    ("Who wrote to the Police and Crime Committee about mental health?", ("writer", ["c.txt"])),  # title narrows
    ("Who has written to Boris Johnson?", ("writer", [])),  # asked, and no letter is addressed to him
    ("Who wrote the plan?", ("", [])),  # no "to": an ordinary question
])
def test_documents_by_person(question, expected):
    assert documents_by_person(question, DOCS) == expected


@pytest.mark.parametrize(("question", "order"), [
    ("What are the oldest and the newest documents in the collection?", "both"),
    ("Which is the most recent letter?", "newest"),
    ("What is the earliest briefing paper?", "oldest"),
    ("What is the latest news on knife crime?", None),  # no document word: "latest" is about the content
    ("When was the first meeting held?", None),
])
def test_date_order(question, order):
    assert date_order(question) == order


def test_by_date_orders_dated_documents_and_works_inwards_for_both_ends():
    ids = list(DOCS)
    assert [d for _, d in by_date("oldest", ids, DOCS)] == ["d.txt", "c.txt", "b.txt", "a.txt"]
    assert [d for _, d in by_date("newest", ids, DOCS)] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert by_date("both", ids, DOCS) == [("oldest", "d.txt"), ("newest", "a.txt"), ("oldest", "c.txt"),
                                          ("newest", "b.txt")]
    assert by_date("both", ["a.txt"], DOCS) == [("oldest", "a.txt")]


def test_subject_of_a_collection_question():
    assert about_whole_collection("What are the oldest and the newest documents in the collection?")
    assert not about_whole_collection("What is the latest letter about mental health?")
    assert subject_terms("What is the latest letter about mental health?") == {"mental", "health"}


def test_oldest_and_newest_headers_lead_the_search_and_filters_still_hold(tiny_corpus, tmp_path, fake_embedder):
    from rag.retrieval.retriever import Retriever

    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    top = r.search("What are the oldest and the newest documents in the collection?", k=2)
    assert sorted((p.doc_id, p.paragraph) for p in top) == [("a_letter.txt", "header"), ("b_briefing.txt", "header")]
    only = r.search("What is the oldest document?", k=5, filters={"documents": ["a_letter.txt"]})
    assert only and {p.doc_id for p in only} == {"a_letter.txt"}

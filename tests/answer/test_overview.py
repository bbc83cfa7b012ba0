"""Overview questions: which ones ask for one, which document they mean, and what gets quoted."""

import pytest

from rag.answer.overview import asks_for_overview, document_meant, overview_sentences
from rag.types import DocumentMeta, Passage


@pytest.mark.parametrize("question, asks", [
    ("Summarise the 2017 letter", True),
    ("What is the London Councils report about?", True),
    ("Give me an overview of the MPA briefing", True),
    ("Can you sum up the letter to Joanne McCartney?", True),
    ("Summarise the letters", False),  # the collection, not one document
    ("What is the report's recommendation about funding?", False),
    ("How much did the protection cost?", False),
])
def test_asks_for_overview(question, asks):
    assert asks_for_overview(question) is asks


DOCS = {
    "a.txt": DocumentMeta("a.txt", "Crime and Policing", "2018-12-04", organisation="London Councils",
                          doc_type="report"),
    "b.txt": DocumentMeta("b.txt", "Mental Health and Policing", "2013-12-20", recipient="Joanne McCartney"),
}


def _passage(doc_id, label, text, kind="body", heading="", start=0):
    return Passage(text, doc_id, DOCS[doc_id].title, DOCS[doc_id].date, label, start, start + len(text), kind=kind,
                   heading=heading, chunk_id=f"{doc_id}#{start}")


def test_document_meant_prefers_a_named_document_then_matching_particulars_then_the_best_hit():
    hits = [_passage("b.txt", "¶1", "Text.")]
    assert document_meant("Summarise the 2018 report", ["a.txt"], DOCS, hits) == "a.txt"
    assert document_meant("Summarise the London Councils report", [], DOCS, hits) == "a.txt"
    assert document_meant("What is the letter to Joanne McCartney about?", [], DOCS, hits) == "b.txt"
    assert document_meant("Summarise the briefing", [], DOCS, hits) == "b.txt"  # nothing matches: the best hit


def test_overview_quotes_the_summary_when_there_is_one_else_each_paragraphs_opening():
    text = "Intro one. More intro. Second para opens. It goes on."
    plain = [_passage("b.txt", "header", "Header", kind="header"),
             _passage("b.txt", "¶1", "Intro one. More intro.", start=0),
             _passage("b.txt", "¶2", "Second para opens. It goes on.", start=23)]
    assert [s.text for s in overview_sentences(plain, text)] == ["Intro one.", "Second para opens."]
    summarised = plain + [_passage("b.txt", "summary", "Second para opens. It goes on.", start=23)]
    assert [s.text for s in overview_sentences(summarised, text)] == ["Second para opens.", "It goes on."]

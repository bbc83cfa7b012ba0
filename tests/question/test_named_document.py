"""Resolving "the <kind> about/on/to <topic>" to one document."""

from __future__ import annotations

from rag.question.named_document import DocumentResolver, describe
from rag.types import DocumentMeta

DOCS = {
    "a.docx": DocumentMeta("a.docx", "Upgrade of public space CCTV in three towns", "2021-08-19", doc_type="report"),
    "b.txt": DocumentMeta("b.txt", "Stop and search in Riverside", "2022-01-27", doc_type="letter",
                          recipient="Mrs Ada Byrne, Chair, Riverside Community Monitoring Group"),
    "c.md": DocumentMeta("c.md", "Recorded hate crime, 2016/17 to 2021/22", "2022-09-14", doc_type="briefing note"),
    "d.txt": DocumentMeta("d.txt", "Freedom of Information Request Reference No: 01/FOI/23/1", doc_type="letter"),
}
BODIES = {
    "a.docx": [("Decision", "The Deputy Mayor approved the CCTV decision for the three towns.")],
    "b.txt": [("", "Thank you for the group's report on searches.")],
    "c.md": [("Summary", "Hate crime rose by 38 per cent.")],
    "d.txt": [("", "Your request about body worn video cameras was received.")],
}


def _resolver() -> DocumentResolver:
    expansions = {"FOI": "Freedom of Information"}
    return DocumentResolver(DOCS, lambda d: BODIES[d], expansions.get)


def test_a_phrase_naming_a_kind_and_a_topic_is_a_description() -> None:
    assert describe("Who signed the CCTV decision?").stems == frozenset({"cctv"})
    assert describe("who signed the letter to the monitoring group?").text == "letter to the monitoring group"
    assert describe("Who signed the letter?") is None  # a kind alone names every letter
    assert describe("What was the target in the Police and Crime Plan?") is None  # a name, not a kind


def test_the_named_document_is_the_one_matching_title_recipient_kind_or_body() -> None:
    resolver = _resolver()
    assert resolver.resolve("Who signed the CCTV decision?")[1] == ["a.docx"]
    assert resolver.resolve("who signed the letter to the monitoring group?")[1] == ["b.txt"]
    assert resolver.resolve("who wrote the hate crime briefing note?")[1] == ["c.md"]
    assert resolver.resolve("Who signed the FOI reply on body-worn video?")[1] == ["d.txt"]


def test_a_description_no_document_matches_is_not_given_another_document() -> None:
    resolver = _resolver()
    description, found = resolver.resolve("Who signed the parking enforcement letter?")
    assert description is not None and found == []
    assert resolver.unmatched(description)


def test_an_acronym_names_a_kind_only_when_the_document_calls_itself_by_its_words() -> None:
    resolver = _resolver()
    assert resolver.resolve("whats the reference on the body worn video FOI")[1] == ["d.txt"]
    description, found = resolver.resolve("Who is the commander of the South West BCU")
    assert (description, found) == (None, [])  # "BCU" expands to nothing a document calls itself


def test_a_staff_word_names_the_document_written_in_the_glossary_s_words() -> None:
    from rag.question.glossary import Glossary, parse

    docs = {**DOCS, "e.md": DocumentMeta("e.md", "Shop theft in two boroughs", "2026-04-30", doc_type="briefing")}
    bodies = {**BODIES, "e.md": [("Summary", "Shop theft rose in one borough and fell in the other.")]}
    glossary = Glossary(parse("shoplifting = shop theft"))
    plain = DocumentResolver(docs, lambda d: bodies[d])
    assert plain.resolve("who put the shoplifting briefing together")[1] == []
    with_glossary = DocumentResolver(docs, lambda d: bodies[d], glossary=lambda: glossary)
    assert with_glossary.resolve("who put the shoplifting briefing together")[1] == ["e.md"]


def test_body_words_read_from_postings_resolve_as_body_words_tokenized_here() -> None:
    from rag.index.lexical import tokenize

    def postings(stem: str) -> set[str]:  # what the lexical index holds: each document's passages, tokenized
        return {d for d, passages in BODIES.items() if any(stem in tokenize(text) for _, text in passages)}

    questions = ["Who signed the CCTV decision?", "who signed the letter to the monitoring group?",
                 "who wrote the hate crime briefing note?", "Who signed the FOI reply on body-worn video?",
                 "Who signed the parking enforcement letter?", "who signed the letter about searches?",
                 "which report was about the three towns?"]
    expansions = {"FOI": "Freedom of Information"}
    read = DocumentResolver(DOCS, lambda d: BODIES[d], expansions.get, body_postings=postings)
    for question in questions:
        assert read.resolve(question) == _resolver().resolve(question), question
    assert read.resolve("who signed the letter about searches?")[1] == ["b.txt"]  # a body word, found by postings


def test_an_expansion_of_stopwords_only_is_held_by_every_document() -> None:
    resolver = DocumentResolver(DOCS, lambda d: BODIES[d], {"SAII": "Such As It Is"}.get)
    description, found = resolver.resolve("What did the SAII letter say?")  # no crash; names no one letter
    assert found == [] or found[0] in DOCS

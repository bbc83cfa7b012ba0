"""Tests for the domain glossary: parsing, expanding a question, and the words a sentence stands in for."""

import pytest

from rag.index.lexical import tokenize
from rag.question.glossary import DEFAULT_GLOSSARY, Glossary, GlossaryError, Term, default_glossary, parse
from rag.retrieval.retriever import Retriever

TERMS = [Term("health service", ("NHS",)), Term("city hall", ("Mayor", "MOPAC")),
         Term("web questionnaire", ("online survey",)), Term("questionnaire", ("survey",))]


def test_parse_reads_lines_and_skips_comments():
    terms = parse("# note\n\ncity hall = Mayor | MOPAC  # the building\nthe met = MPS\n")
    assert terms == [Term("city hall", ("Mayor", "MOPAC")), Term("the met", ("MPS",))]


@pytest.mark.parametrize("line", ["city hall", "= MOPAC", "city hall = ", "city hall = | "])
def test_parse_names_the_bad_line(line):
    with pytest.raises(GlossaryError, match="line 2"):
        parse(f"the met = MPS\n{line}\n", "my.txt")


def test_expand_adds_meanings_after_the_phrase():
    g = Glossary(TERMS)
    assert g.expand("What are the Met and the Health Service doing?") == \
        "What are the Met and the Health Service (NHS) doing?"
    assert g.expand("How will City Hall judge it?") == "How will City Hall (Mayor, MOPAC) judge it?"


def test_expand_prefers_the_longest_phrase_and_allows_plurals():
    g = Glossary(TERMS)
    assert g.expand("Who filled in the web questionnaires?") == "Who filled in the web questionnaires (online survey)?"


def test_expand_leaves_meanings_the_question_already_uses_and_unrelated_text():
    g = Glossary(TERMS)
    assert g.expand("Does the NHS fund the health service?") == "Does the NHS fund the health service?"
    assert g.expand("Did MOPAC meet at City Hall?") == "Did MOPAC meet at City Hall (Mayor)?"
    assert g.expand("How much did the pilot cost?") == "How much did the pilot cost?"
    assert g.expand("Is the healthy services plan new?") == "Is the healthy services plan new?"  # whole words only


def test_stand_ins_count_the_phrase_when_a_whole_meaning_is_there():
    g = Glossary(TERMS)
    question = "What are the Met and the health service solving?"
    assert g.stand_ins(question)(set(tokenize("The MPS and the NHS work together"))) == set(tokenize("health service"))
    assert g.stand_ins(question)(set(tokenize("The MPS works with the fire service"))) == set()
    survey = Glossary(TERMS).stand_ins("Who answered the web questionnaire?")
    assert survey(set(tokenize("530 responses to our online survey"))) == set(tokenize("web questionnaire"))
    assert survey(set(tokenize("an online form"))) == set()


def test_load_reads_a_file_the_environment_names_or_none(tmp_path, monkeypatch):
    path = tmp_path / "g.txt"
    path.write_text("bobbies = police officers\n", encoding="utf-8")
    monkeypatch.setenv("RAG_GLOSSARY", str(path))
    assert Glossary.load().expand("Where are the bobbies?") == "Where are the bobbies (police officers)?"
    monkeypatch.setenv("RAG_GLOSSARY", "")
    assert Glossary.load().terms == []
    with pytest.raises(GlossaryError, match="cannot read glossary"):
        Glossary.load(tmp_path / "missing.txt")


def test_shipped_glossary_parses_and_maps_city_hall():
    assert Glossary.load(DEFAULT_GLOSSARY).terms == default_glossary().terms
    assert "MOPAC" in default_glossary().expand("What does City Hall say?")


def test_retriever_searches_with_the_glossary_meanings(tiny_corpus, tmp_path, fake_embedder):
    # The tiny corpus says "fireworks initiative"; the question says "bonfire night" and shares no other word.
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    r.glossary = Glossary([])
    without = r.search("bonfire night", k=1, mode="bm25")
    r.glossary = Glossary([Term("bonfire night", ("fireworks",))])
    with_glossary = r.search("bonfire night", k=1, mode="bm25")
    assert not without
    assert "fireworks initiative" in with_glossary[0].text


def test_changing_the_glossary_drops_cached_query_vectors(tiny_corpus, tmp_path, fake_embedder):
    r = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    r.glossary = Glossary([])
    plain = r.embed_query("bonfire night")[0]
    r.glossary = Glossary([Term("bonfire night", ("fireworks",))])
    assert (r.embed_query("bonfire night")[0] != plain).any()


def test_a_meaning_counts_as_used_only_as_a_whole_word():
    g = Glossary([Term("the met", ("MPS",))])
    assert g.expand("Did the Met use the campsite?") == "Did the Met (MPS) use the campsite?"
    assert g.expand("Did the Met (MPS) agree?") == "Did the Met (MPS) agree?"

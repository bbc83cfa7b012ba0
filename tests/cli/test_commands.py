"""The `rag` CLI: index and search output, and one-line errors with a non-zero exit code."""

import gc

import pytest
from typer.testing import CliRunner

from rag.cli import app, main

runner = CliRunner()


def test_index_then_search(tiny_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_EMBEDDING_MODEL", "fake-hash")
    index = tmp_path / "index"
    result = runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    assert result.exit_code == 0, result.output
    assert "Indexed 2 documents" in result.output
    result = runner.invoke(app, ["search", "knife crime fund cost", "-k", "2", "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "£250,000" in result.output
    assert "a_letter.txt" in result.output


def test_index_prints_what_metadata_each_document_gave_and_what_it_did_not(tiny_corpus, tmp_path):
    args = ["index", str(tiny_corpus), "--index", str(tmp_path / "i"), "--model", "fake-hash", "-q", "--details"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "What each document gave" in result.output and "Sophie Linden" in result.output
    assert "a_letter.txt: not found:" in result.output and "contact officer" in result.output


def test_index_reports_skipped_files(tiny_corpus, tmp_path):
    (tiny_corpus / "bad.docx").write_bytes(b"not a zip")
    args = ["index", str(tiny_corpus), "--index", str(tmp_path / "i"), "--model", "fake-hash", "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Skipped 1 file" in result.output and "bad.docx" in result.output


def test_errors_are_one_line_and_non_zero(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for args in (
        ["index", str(empty), "--index", str(tmp_path / "i")],
        ["index", str(tmp_path / "nope"), "--index", str(tmp_path / "i")],
        ["search", "anything", "--index", str(tmp_path / "missing")],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code != 0
        assert result.output.strip().startswith("error:"), result.output
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_corrupt_manifest_is_one_line(tiny_corpus, tmp_path):
    index = tmp_path / "index"
    runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    (index / "manifest.json").write_text("garbage")
    result = runner.invoke(app, ["search", "knife", "--index", str(index)])
    assert result.exit_code != 0 and "corrupt" in result.output and "rag index" in result.output


def test_bad_glossary_file_is_one_line(tiny_corpus, tmp_path, monkeypatch):
    from rag.question.glossary import default_glossary

    index = tmp_path / "index"
    runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    bad = tmp_path / "glossary.txt"
    bad.write_text("city hall MOPAC\n", encoding="utf-8")
    monkeypatch.setenv("RAG_GLOSSARY", str(bad))
    default_glossary.cache_clear()
    try:
        result = runner.invoke(app, ["search", "knife", "--index", str(index)])
    finally:
        default_glossary.cache_clear()  # the next test reads the shipped glossary again
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [f"error: {bad}, line 1: expected 'phrase = word | word', got "
                                                  "'city hall MOPAC'"]


def test_ask_prints_the_answer_then_each_citation_with_its_quoted_sentences(tiny_corpus, tmp_path):
    index = tmp_path / "index"
    runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    result = runner.invoke(app, ["ask", "How much will the knife crime fund cost?", "--index", str(index)])
    assert result.exit_code == 0, result.output
    answer, citations = result.output.split("\n\n", 1)
    assert answer.startswith("£250,000.") and "[1]" in answer
    # [n] <title> (<date>), <paragraph label>: "<quoted sentence>"
    assert citations.splitlines()[0] == '[1] Knife crime funding (2021-03-03), ¶1: "The knife crime fund will cost '\
                                        '£250,000 over two years."'


def test_a_citation_line_quotes_every_sentence_taken_from_its_paragraph():
    from rag.types import Answer, Passage, Quote

    passage = Passage(text="One. Two. Three.", doc_id="d.txt", title="T", date="2020-01-02", paragraph="¶4",
                      start=0, end=16, score=1.0)
    answer = Answer(question="q", text="“One.” [1] “Two.” [1]", citations=[passage], abstained=False,
                    quotes=[Quote("One.", 1, 0, 4), Quote("Two.", 1, 5, 9)])
    assert answer.citation_lines() == ['[1] T (2020-01-02), ¶4: "One. Two."']


def test_ask_json_and_bad_questions(tiny_corpus, tmp_path):
    import json

    index = tmp_path / "index"
    runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    result = runner.invoke(app, ["ask", "How much will the knife crime fund cost?", "--index", str(index), "--json"])
    data = json.loads(result.output)
    assert data["short_answer"] == "£250,000" and data["citations"][0]["doc_id"] == "a_letter.txt"
    for question in ("   ", "?!", "x" * 2001):
        result = runner.invoke(app, ["ask", question, "--index", str(index)])
        assert result.exit_code != 0 and result.output.startswith("error:") and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_the_console_script_freezes_the_heap_before_exit(monkeypatch):

    monkeypatch.setattr("sys.argv", ["rag", "--help"])
    gc.unfreeze()
    try:
        with pytest.raises(SystemExit):
            main()
        assert gc.get_freeze_count() > 0  # the exit skips one more walk over every imported object
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("store, expected", [
    ("postgresql://rag:secret@127.0.0.1:1/letters", "cannot connect to PostgreSQL at 127.0.0.1:1/letters"),
    ("sqlite:///letters.db", "is not a PostgreSQL URL"),
])
def test_a_bad_rag_store_is_one_line(tiny_corpus, tmp_path, monkeypatch, store, expected):
    pytest.importorskip("psycopg")
    monkeypatch.setenv("RAG_STORE", store)
    for args in (["index", str(tiny_corpus), "--model", "fake-hash", "-q"], ["search", "knife crime"]):
        result = runner.invoke(app, [*args, "--index", str(tmp_path / "index")])
        assert result.exit_code == 1, result.output
        assert expected in result.output and "secret" not in result.output
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1

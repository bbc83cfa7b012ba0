"""Fuzzing with hypothesis (bounded: few examples, a deadline each): the question parser and the question analysis
never raise anything but QuestionError, and every loader turns any bytes into a Document or an IngestError."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag.answer.assistant import MAX_QUESTION_CHARS, QuestionError, validate_question
from rag.ingest import SUPPORTED_SUFFIXES, IngestError, load_document
from rag.question.collection import about_whole_collection, date_order, subject_terms
from rag.question.constraints import asked_event, asked_verb, event_subject, named_years
from rag.question.followup import contextual_query, needs_context
from rag.question.kinds import asks_about_several_documents, classify
from rag.question.labels import named_labels
from rag.question.letter_parts import requested_parts

BOUNDED = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
LOADER = settings(max_examples=40, deadline=5000,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Questions: any text, with the odd letters, numbers and policing words that steer the analysis mixed in.
WORDS = st.sampled_from(["who", "when", "what", "para 22", "letter", "2019", "MOPAC", "compare", "first", "or",
                         "signed", "£1,118,248", "\x1b[31m", "<b>", "?", "‮", "\u0000", "ﬁ", "İ", " ", "\n"])
QUESTIONS = st.one_of(st.text(max_size=300), st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40).map("".join))


@BOUNDED
@given(QUESTIONS)
def test_validate_question_accepts_or_explains(question):
    try:
        cleaned = validate_question(question)
    except QuestionError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert cleaned == cleaned.strip() and 0 < len(cleaned) <= MAX_QUESTION_CHARS
    assert "\x1b" not in cleaned and "\x00" not in cleaned


@BOUNDED
@given(st.one_of(st.none(), st.integers(), st.binary(max_size=20), st.lists(st.text(max_size=5), max_size=3)))
def test_validate_question_refuses_non_text(value):
    with pytest.raises(QuestionError):
        validate_question(value)


@BOUNDED
@given(QUESTIONS, st.lists(QUESTIONS, max_size=3))
def test_question_analysis_never_raises(question, history):
    try:
        question = validate_question(question)
    except QuestionError:
        return
    classify(question)
    asks_about_several_documents(question)
    named_years(question)
    asked_verb(question)
    asked_event(question)
    event_subject(question)
    named_labels(question)
    requested_parts(question)
    date_order(question)
    subject_terms(question)
    about_whole_collection(question)
    needs_context(question)
    assert isinstance(contextual_query(question, history), str)


def _fuzz_loader(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = load_document(path)
    except IngestError as exc:
        assert str(exc).startswith(f"{path.name}: ")
        return
    assert doc.text.strip() and doc.paragraphs
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= len(doc.text)


TEXTISH = st.one_of(st.binary(max_size=2000),
                    st.text(alphabet=string.printable + "£é–“”\x00\x1b", max_size=2000).map(lambda t: t.encode()))


@LOADER
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@given(data=TEXTISH)
def test_text_loaders_take_any_bytes(tmp_path, suffix, data):
    _fuzz_loader(tmp_path, suffix, data)


@LOADER
@given(data=st.binary(max_size=3000), head=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04"]))
def test_pdf_and_docx_loaders_take_any_bytes(tmp_path, data, head):
    for suffix in (".pdf", ".docx"):
        _fuzz_loader(tmp_path, suffix, head + data)


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory) -> dict[str, bytes]:
    """A valid PDF and .docx, to mutate: the damage parsers trip on is inside well-formed files."""
    import docx
    from ingest.conftest import write_pdf

    folder = tmp_path_factory.mktemp("valid")
    pdf = write_pdf(folder / "a.pdf", ["Letter from the Mayor", "", "The budget rose to 5,000 pounds."])
    document = docx.Document()
    document.add_heading("Letter from the Mayor", 1)
    document.add_paragraph("The budget rose to £5,000 this year.")
    document.save(folder / "a.docx")
    return {".pdf": pdf.read_bytes(), ".docx": (folder / "a.docx").read_bytes()}


@LOADER
@given(data=st.binary(min_size=1, max_size=200), where=st.floats(0, 1))
def test_mutated_valid_documents_load_or_are_refused(tmp_path, valid_files, data, where):
    for suffix, original in valid_files.items():
        raw = bytearray(original)
        at = int(where * (len(raw) - 1))
        raw[at : at + len(data)] = data
        _fuzz_loader(tmp_path, suffix, bytes(raw))


def test_the_unmutated_files_load(tmp_path, valid_files):
    for suffix, original in valid_files.items():
        (tmp_path / f"ok{suffix}").write_bytes(original)
        assert "5,000" in load_document(tmp_path / f"ok{suffix}").text


def test_every_supported_suffix_is_fuzzed():
    assert set(SUPPORTED_SUFFIXES) <= {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}

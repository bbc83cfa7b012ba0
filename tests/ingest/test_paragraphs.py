"""Paragraph labels, kinds and exact spans on the real corpus and small inline texts."""

from pathlib import Path

import pytest

from rag.ingest import clean_span, load_document
from rag.ingest.paragraphs import split_paragraphs

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FILES = sorted(CORPUS.iterdir())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_span_invariant_and_no_debris(path):
    doc = load_document(path)
    assert doc.text == path.read_text(encoding="utf-8")
    labels = [p.label for p in doc.paragraphs]
    assert len(labels) == len(set(labels)), "labels are unique within a document"
    for p in doc.paragraphs:
        assert 0 <= p.start < p.end <= len(doc.text)
        assert clean_span(doc.text[p.start : p.end], p.kind) == p.text
        for debris in ("**", "<sup>", "Send an e-mail", "handwritten signature", "Spue hinden", "\n"):
            assert debris not in p.text, (p.label, debris)
    starts = [p.start for p in doc.paragraphs]
    assert starts == sorted(starts)


def test_london_councils_report_uses_its_own_numbering():
    doc = load_document(CORPUS / "004_c782c35fb2deaf6a.txt")
    by_label = {p.label: p for p in doc.paragraphs}
    assert all(f"para {n}" in by_label for n in range(1, 29))
    assert "£1,118,248" in by_label["para 22"].text
    assert by_label["para 1"].text.startswith("The Deputy Mayor for Policing and Crime, Sophie Linden")
    assert by_label["para 16(a)"].text.startswith("Neighbourhoods")
    assert by_label["para 3, item 1"].text == "Targeting lawbreakers"
    assert by_label["para 11"].text.endswith("a long-term commitment to prevention. She went on to set out principles "
                                             "that should underline any new pan-London initiative to tackle violence:")
    assert "youth violence that would build" in by_label["para 11"].text  # joined across a blank line
    assert "powers and resources that will help" in by_label["para 24"].text
    assert by_label["para 22"].heading == "Crime Reduction Funding"


def test_letters_have_header_body_and_signature():
    doc = load_document(CORPUS / "000_c98e25e03050518d.txt")
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[0] == "header" and kinds[-1] == "signature"
    header = doc.paragraphs[0]
    assert "17 November 2020" in header.text and "MOPAC06102020-D3474" in header.text
    assert [p.label for p in doc.paragraphs if p.kind == "body"] == ["¶1", "¶2", "¶3", "¶4", "¶5"]
    assert doc.paragraphs[-1].text == "Yours sincerely, Sophie Linden, Deputy Mayor for Policing and Crime"


def test_wrapped_bullet_is_one_paragraph_and_bullets_stay_separate():
    doc = load_document(CORPUS / "001_cfb1a5488bea6ba1.txt")
    vawg = next(p for p in doc.paragraphs if "VAWG" in p.text)
    assert "tackle violence against women and girls in London" in vawg.text
    items = [p for p in doc.paragraphs if p.kind == "list_item"]
    assert len(items) == 12
    drugs = next(p for p in items if p.text.startswith("Tackling drug use"))
    assert "can be directed to appropriate support" in drugs.text
    assert doc.paragraphs[-1].text.endswith("Deputy Mayor for Policing And Crime")


def test_headings_label_following_paragraphs_and_are_not_paragraphs():
    paragraphs, _ = split_paragraphs(
        "Title of the paper\n\n1 May 2020\n\nSummary\n\nThis is the first real paragraph of the paper and it is long "
        "enough to count as body text.\n\nFunding\n\nThe fund pays for things that matter to boroughs across London.\n"
    )
    body = [p for p in paragraphs if p.kind == "body"]
    assert [p.heading for p in body] == ["Summary", "Funding"]
    assert all(p.text not in ("Summary", "Funding") for p in paragraphs)

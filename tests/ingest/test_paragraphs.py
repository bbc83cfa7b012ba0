"""Paragraph segmentation: exact spans, labels, kinds and headings on the real corpus and inline texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.ingest import clean_span, load_document
from rag.ingest.paragraphs import segment, split_paragraphs
from rag.types import Document

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FILES = sorted(CORPUS.glob("*.txt"))
DEBRIS = (
    "**",
    "<sup>",
    "<u>",
    "Send an e-mail",
    "handwritten signature",
    "Spue hinden",
    "Feedback",
    "\n",
    "##",
)


def _doc(prefix: str) -> Document:
    return load_document(next(CORPUS.glob(f"{prefix}_*.txt")))


def _by_label(doc: Document) -> dict:
    return {p.label: p for p in doc.paragraphs}


def test_corpus_has_five_documents() -> None:
    assert len(FILES) == 5


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:3])
def test_span_invariant_and_clean_text(path: Path) -> None:
    doc = load_document(path)
    assert doc.text == path.read_text(encoding="utf-8")  # spans index the original file text
    labels = [p.label for p in doc.paragraphs]
    assert len(labels) == len(set(labels))
    previous_end = 0
    for p in doc.paragraphs:
        assert previous_end <= p.start < p.end <= len(doc.text), p.label  # in order, never overlapping
        previous_end = p.end
        assert clean_span(doc.text[p.start : p.end]) == p.text
        assert p.text == p.text.strip() and p.text
        for debris in DEBRIS:
            assert debris not in p.text, (p.label, debris)
        assert not p.text.startswith(("- ", "• ", "· ")), p.label


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:3])
def test_headings_are_not_paragraphs(path: Path) -> None:
    doc = load_document(path)
    headings = {p.heading for p in doc.paragraphs if p.heading}
    assert not headings & {p.text for p in doc.paragraphs}


def test_london_councils_report_uses_its_own_numbering() -> None:
    doc = _doc("004")
    by_label = _by_label(doc)
    numbered = [p.label for p in doc.paragraphs if p.label.startswith("para ") and p.label[5:].isdigit()]
    assert numbered == [f"para {n}" for n in range(1, 29)]
    assert "£1,118,248" in by_label["para 22"].text
    assert by_label["para 22"].text.startswith("Following representations by leading members")
    assert by_label["para 22"].heading == "Crime Reduction Funding"
    # Paragraph 1 lost its number in conversion; it is inferred from the sequence that starts at 2.
    assert by_label["para 1"].text.startswith("The Deputy Mayor for Policing and Crime, Sophie Linden")
    assert by_label["para 1"].heading == "Introduction"
    # Lines broken across blank lines are joined back into their paragraph.
    assert "calling for an enhanced response to youth violence that would build" in by_label["para 11"].text
    assert by_label["para 11"].text.endswith("new pan-London initiative to tackle violence:")
    assert "levers, powers and resources that will help London deliver" in by_label["para 24"].text


def test_london_councils_sub_items_and_front_matter() -> None:
    by_label = _by_label(_doc("004"))
    assert by_label["para 16(a)"].text.startswith("Neighbourhoods Including of 2 Dedicated Ward Officers")
    assert by_label["para 16(d)"].text.startswith("Local Investigations")
    assert by_label["para 17(b)"].text == "Barking and Dagenham, Havering and Redbridge."
    assert by_label["para 3, item 1"].text == "Targeting lawbreakers"
    assert by_label["para 3, item 2"].text == "Offering ways out of crime"  # "- · Offering": both glyphs go
    assert by_label["para 5, item 5"].text == "how to involve and work with local communities."
    assert by_label["para 11, item 4"].text.endswith("protect those who are vulnerable to exploitation.")
    assert by_label["para 14, item 2"].text.startswith("A strategic needs assessment")
    assert by_label["para 28(1)"].text.startswith("Consider the issues set out in the report")
    assert all(by_label[k].kind == "list_item" for k in ("para 16(a)", "para 3, item 1", "para 28(2)"))
    # The recommendations at the top are not paragraphs 1 and 2 of the report.
    assert by_label["recommendation 1"].text == (
        "Consider the issues set out in the report, as a basis for discussion with the Deputy Mayor and "
        "Commissioner of the MPS."
    )
    assert by_label["recommendation 2"].text == "Note the work by London partners to tackle serious violence."
    summary = [p for p in _doc("004").paragraphs if p.heading == "Summary"]
    assert any(
        p.text.endswith("This report provides a background briefing on these issues.") for p in summary
    )
    assert by_label["financial implications for London Councils"].text == "None"


def test_letter_header_body_and_signature() -> None:
    doc = _doc("000")
    assert [p.label for p in doc.paragraphs] == ["header", "¶1", "¶2", "¶3", "¶4", "¶5", "signature"]
    header, signature = doc.paragraphs[0], doc.paragraphs[-1]
    assert header.kind == "header" and signature.kind == "signature"
    for needed in (
        "Susan Hall",
        "Chairman of the Budget and Performance Committee",
        "17 November 2020",
        "MOPAC06102020-D3474",
    ):
        assert needed in header.text
    assert signature.text == "Yours sincerely, Sophie Linden Deputy Mayor for Policing and Crime"
    # The signature's span still covers the image description, so evidence quoting it maps to this passage.
    assert "A handwritten signature in black ink" in doc.text[signature.start : signature.end]


def test_wrapped_bullets_join_and_items_stay_separate() -> None:
    doc = _doc("001")
    items = [p for p in doc.paragraphs if p.kind == "list_item"]
    assert len(items) == 12
    vawg = next(p for p in items if "VAWG" in p.text)
    assert vawg.text.startswith(
        "Violence against women and girls (VAWG) The Mayor is determined to tackle violence"
    )
    assert "refresh the London VAWG Strategy" in vawg.text
    assert "\n" in doc.text[vawg.start : vawg.end]  # the source was hard-wrapped
    drugs = next(p for p in items if p.text.startswith("Tackling drug use"))
    assert drugs.text.endswith("continuity of healthcare support as offenders transfer between services.")
    assert "people found to be using drugs can be directed to appropriate support" in drugs.text
    assert [p.label for p in doc.paragraphs][:3] == ["header", "¶1", "¶2"]
    assert "Dear Colleagues," in doc.paragraphs[0].text


def test_ocr_scribble_of_the_signature_is_left_out() -> None:
    doc = _doc("001")
    signature = doc.paragraphs[-1]
    assert signature.text == "Yours Sincerely, Sophie Linden Deputy Mayor for Policing And Crime"
    scribble = doc.text.index("Spue hinden.")
    assert all(not p.start <= scribble < p.end for p in doc.paragraphs)


def test_archive_banner_stays_in_the_header_and_web_chrome_is_dropped() -> None:
    doc = _doc("002")
    headers = [p for p in doc.paragraphs if p.kind == "header"]
    assert [p.label for p in headers] == ["header"]
    assert headers[0].text.startswith("Warning: This is archived material")
    assert headers[0].text.endswith("MPA briefing paper 31/2009 Author: Ch Supt Bloomfield")
    assert doc.paragraphs[1].text.startswith("This briefing paper has been prepared")
    chrome = doc.text.index("Send an e-mail linking to this page")
    assert doc.paragraphs[-1].end < chrome
    bullets = [p for p in doc.paragraphs if p.heading == "Pan London Examples of Partnership Working"]
    assert bullets[0].text.startswith("Not in my Neighbourhood week Has been run for the past")
    assert all(p.kind == "list_item" for p in bullets)


def test_subject_line_is_the_heading_of_the_letter_body() -> None:
    doc = _doc("003")
    body = [p for p in doc.paragraphs if p.kind in ("body", "list_item")]
    assert {p.heading for p in body} == {"Mental Health and Policing"}
    assert [p.label for p in body] == [f"¶{n}" for n in range(1, len(body) + 1)]
    assert doc.paragraphs[-1].text.endswith("Mayor's Office for Policing and Crime")


NUMBERED = """Example Committee

Item No 7

Report by: Jane Doe

2 May 2019

Introduction

This report explains the new fund and what it pays for across all the boroughs of London this year.

- 2. The fund has three parts:
 - a. prevention work in schools;
 - b. diversion schemes.
- 3. It also pays for:
 - youth workers
 - mentoring

Conclusion

- 4. The Committee is asked to note the report.

Financial implications

None
"""


def test_numbering_is_inferred_and_sub_items_labelled() -> None:
    paragraphs = split_paragraphs(NUMBERED)
    labels = [p.label for p in paragraphs]
    assert labels == [
        "header",
        "para 1",
        "para 2",
        "para 2(a)",
        "para 2(b)",
        "para 3",
        "para 3, item 1",
        "para 3, item 2",
        "para 4",
        "financial implications",
    ]
    by_label = {p.label: p for p in paragraphs}
    assert by_label["para 1"].heading == "Introduction" and by_label["para 4"].heading == "Conclusion"
    assert by_label["para 2(a)"].text == "prevention work in schools;"
    assert by_label["financial implications"].text == "None"


def test_unnumbered_document_counts_paragraphs_in_reading_order() -> None:
    text = (
        "Dear Jane,\n\nFirst paragraph of the letter.\n\nThe fund pays for:\n\n- apples\n- pears\n\n"
        "Last paragraph.\n\nYours sincerely,\n\nJohn Smith\nChief Executive\n"
    )
    labels = [(p.label, p.kind) for p in split_paragraphs(text)]
    assert labels == [
        ("header", "header"),
        ("¶1", "body"),
        ("¶2", "body"),
        ("¶3", "list_item"),
        ("¶4", "list_item"),
        ("¶5", "body"),
        ("signature", "signature"),
    ]


def test_sentence_broken_across_blank_line_joins_but_short_items_do_not() -> None:
    text = (
        "The plan was agreed by\n\nthe committee in May.\n\n- apples\n\n- oranges\n\nShort line\n\nNext one."
    )
    texts = [p.text for p in split_paragraphs(text)]
    assert texts[0] == "The plan was agreed by the committee in May."
    assert "apples" in texts and "oranges" in texts


def test_trailing_web_chrome_goes_but_a_mid_document_feedback_heading_stays() -> None:
    text = (
        "Feedback\n\nBoroughs said the pilot worked well for them.\n\n"
        "Send an e-mail linking to this page\n\nFeedback\n"
    )
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == ["Boroughs said the pilot worked well for them."]
    assert paragraphs[0].heading == "Feedback"


def test_layout_reports_salutation_subject_and_signatory() -> None:
    text = (
        "Jane Smith\nCity Hall\n\n1 June 2020\n\nDear Jane,\n\nKnife crime\n\nThank you.\n\n"
        "Yours sincerely,\n\nJo Bloggs"
    )
    layout = segment(text)
    assert layout.is_letter and layout.salutation == "Dear Jane,"
    assert layout.subject == "Knife crime" and layout.signatory == "Jo Bloggs"
    assert layout.header_lines == ["Jane Smith", "City Hall", "1 June 2020", "Dear Jane,"]


def test_text_without_paragraphs() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs("\n \n\t\n") == []


def test_a_short_lead_in_is_the_caption_of_the_table_under_it() -> None:
    text = ("Question 2\n\nRequests for footage received from the review body:\n\n"
            "    Calendar year     Requests received\n    2030              1,146\n    2031              1,309\n\n"
            "These figures count each request once.\n")
    rows = [p for p in segment(text).paragraphs if p.kind == "table_row"]
    assert rows and rows[1].text == "Calendar year: 2031; Requests received: 1,309"
    assert rows[1].heading == "Question 2: Requests for footage received from the review body:"


def test_a_sentence_pointing_down_to_the_table_is_its_caption_and_an_ordinary_one_is_not() -> None:
    table = ("    Financial year    Eastfold    Westmere\n    --------------    --------    --------\n"
             "    2030/31                 84          57\n    2031/32                 95          63\n")
    pointing = "Response 1\n\nThe table below shows the number of collisions involving fleet vehicles.\n\n" + table
    rows = [p for p in segment(pointing).paragraphs if p.kind == "table_row"]
    assert rows[0].heading == ("Response 1: The table below shows the number of collisions involving fleet "
                               "vehicles.")
    ordinary = "Response 1\n\nCollisions fell in both boroughs.\n\n" + table
    rows = [p for p in segment(ordinary).paragraphs if p.kind == "table_row"]
    assert rows[0].heading == "Response 1"  # a sentence that does not introduce the table leaves the heading


def test_a_table_carried_over_a_page_break_under_its_repeated_header_is_one_table() -> None:
    header = "    Month        Visits    Detainees\n"
    text = ("Visits by month:\n\n"
            f"{header}    January          14           96\n    February         13           88\n\n"
            f"{header}    March            12           79\n    April            13           84\n\n"
            "Issues raised:\n\n    Issue          Number\n    Heating             9\n    Call bells          8\n")
    rows = [p for p in segment(text).paragraphs if p.kind == "table_row"]
    assert [r.label for r in rows] == ["table 1, row January", "table 1, row February", "table 1, row March",
                                       "table 1, row April", "table 2, row Heating", "table 2, row Call bells"]
    assert rows[2].text == "Month: March; Visits: 12; Detainees: 79" and rows[2].heading == rows[0].heading

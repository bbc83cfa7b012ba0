"""Metadata of the five bundled documents and of small inline letters; ISO date parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.ingest import extract_metadata, load_document, parse_date, segment
from rag.types import DocumentMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

EXPECTED = {
    "000_c98e25e03050518d.txt": DocumentMeta(
        doc_id="000_c98e25e03050518d.txt",
        title="Letter from Sophie Linden (MOPAC) to the Budget and Performance Committee regarding the "
        "request for examples of collaboration between the emergency services and the savings",
        date="2020-11-17",
        author="Sophie Linden",
        author_role="Deputy Mayor for Policing and Crime",
        recipient="Susan Hall, Chairman of the Budget and Performance Committee",
        reference="MOPAC06102020-D3474",
        organisation="MOPAC",
        doc_type="letter",
        committee="Budget and Performance Committee",
    ),
    "001_cfb1a5488bea6ba1.txt": DocumentMeta(
        doc_id="001_cfb1a5488bea6ba1.txt",
        title="Letter from Sophie Linden (MOPAC) to the Police and Crime Committee "
        "on the draft Police and Crime Plan",
        date="2017-03-17",
        author="Sophie Linden",
        author_role="Deputy Mayor for Policing And Crime",
        recipient="Police and Crime Committee",
        reference=None,
        organisation="MOPAC",
        doc_type="letter",
        committee="Police and Crime Committee",
    ),
    "002_cab50ed4bfb86781.txt": DocumentMeta(
        doc_id="002_cab50ed4bfb86781.txt",
        title="MPS joint working with local authorities and the sharing of good practice",
        date="2009-11-16",
        author="Ch Supt Bloomfield",
        author_role=None,
        recipient=None,
        reference="MPA briefing paper 31/2009",
        organisation="MPA",
        doc_type="briefing paper",
        report_by="Ch Supt Bloomfield",
    ),
    "003_130df966634c752b.txt": DocumentMeta(
        doc_id="003_130df966634c752b.txt",
        title="Mental Health and Policing",
        date="2013-12-20",
        author="Marie Snelling",
        author_role="Director of Integrated Offender Management, Programmes and Neighbourhoods",
        recipient="Joanne McCartney, Police and Crime Committee",
        reference="MOPAC21112013MS",
        organisation="MOPAC",
        doc_type="letter",
        committee="Police and Crime Committee",
    ),
    "004_c782c35fb2deaf6a.txt": DocumentMeta(
        doc_id="004_c782c35fb2deaf6a.txt",
        title="Crime and Policing",
        date="2018-12-04",
        author="Doug Flight",
        author_role="Head of Strategic Policy",
        recipient="Leaders' Committee",
        reference="Item No 4",
        organisation="London Councils",
        doc_type="report",
        committee="Leaders' Committee",
        report_by="Doug Flight, Head of Strategic Policy",
        contact_officer="Doug Flight",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: n[:3])
def test_corpus_metadata(name: str) -> None:
    meta = load_document(CORPUS / name).meta
    assert meta._replace(spans=()) == EXPECTED[name]


def test_tiny_letters_from_the_shared_fixture(tiny_letters: dict[str, str]) -> None:
    letter = extract_metadata(
        "a_letter.txt", tiny_letters["a_letter.txt"], segment(tiny_letters["a_letter.txt"])
    )
    assert (letter.title, letter.date, letter.reference) == (
        "Knife crime funding",
        "2021-03-03",
        "MOPAC01012021-X1",
    )
    assert (letter.author, letter.author_role) == ("Sophie Linden", "Deputy Mayor for Policing and Crime")
    assert letter.recipient == "Jane Smith, Chair of the Example Committee"
    paper = extract_metadata(
        "b_briefing.txt", tiny_letters["b_briefing.txt"], segment(tiny_letters["b_briefing.txt"])
    )
    assert (paper.title, paper.date, paper.author) == (
        "Partnership working in boroughs",
        "2015-06-12",
        "Ch Supt Example",
    )


def _meta(text: str, hints: dict[str, str] | None = None) -> DocumentMeta:
    return extract_metadata("x.txt", text, segment(text), hints)


def test_body_dates_never_become_the_document_date() -> None:
    meta = _meta("Dear Sir,\n\nWe met on 5 May 2020 to agree the plan.\n\nYours sincerely,\n\nJane Doe\n")
    assert meta.date is None
    assert meta.doc_type == "letter" and meta.author == "Jane Doe"


def test_letter_without_subject_gets_a_descriptive_title() -> None:
    meta = _meta(
        "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME\n\n3 June 2021\n\nDear Colleagues,\n\n"
        "Thank you for your response to the draft Knife Crime Strategy.\n\nThe Transport Committee asked "
        "for more.\n\nYours sincerely,\n\nJohn Smith\nDirector of Strategy\n"
    )
    assert meta.recipient == "Transport Committee"
    assert (
        meta.title
        == "Letter from John Smith (MOPAC) to the Transport Committee on the draft Knife Crime Strategy"
    )
    assert meta.author_role == "Director of Strategy"


def test_a_labelled_date_is_the_documents_date_before_a_period_covered() -> None:
    meta = _meta("# Monitoring Group: Quarterly Summary\n\n**Chair:** Idris Nash\n"
                 "**Period covered:** 1 October to 31 December 2025\n**Meeting date:** 22 January 2026\n\n"
                 "## About the group\n\nThe group met in public.\n")
    assert meta.date == "2026-01-22"
    # a footer's "Last updated" is not the letter's date
    footer = _meta("1 July 2020\n\nDear Mr Jones,\n\nThank you.\n\nYours sincerely,\n\nJane Doe\n\n"
                   "Last updated: 30 June 2023\n")
    assert footer.date == "2020-07-01"


def test_labelled_reference_and_subject_field() -> None:
    meta = _meta("Our ref: ABC/123\n\n1 July 2020\n\nRe: Ward panels\n\nDear Mr Jones,\n\nThank you.\n")
    assert meta.reference == "ABC/123"
    assert meta.title == "Ward panels"
    assert meta.recipient == "Mr Jones"


def test_file_property_hints_are_only_fallbacks() -> None:
    meta = _meta(
        "Some text without any header at all, just one plain paragraph.", {"title": "Props", "author": "A"}
    )
    assert (meta.title, meta.author) == ("Props", "A")
    assert _meta("Just text here.").title == "x"  # the file stem when nothing else is known


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("17 November 2020", "2020-11-17"),
        ("17th March 2017", "2017-03-17"),
        ("17<sup>th</sup> March 2017", "2017-03-17"),  # as converted text writes it: its span is found there
        ("4 December 2018 Date:", "2018-12-04"),
        ("on 1st Sept 2019", "2019-09-01"),
        ("the 2nd of June, 2015", "2015-06-02"),
        ("March 5, 2016", "2016-03-05"),
        ("2020-11-17", "2020-11-17"),
        ("17/11/2020", "2020-11-17"),
        ("31 February 2020", None),
        ("MPA briefing paper 31/2009", None),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_parse_date_takes_the_first_date() -> None:
    assert parse_date("From 2 May 2019 to 1 April 2018") == "2019-05-02"


def test_sign_off_post_runs_to_the_cc_line_and_the_address_block_keeps_post_and_body() -> None:
    meta = _meta(
        "North Basic Command Unit\n\nMrs Ada Byrne\nChair\nRiverside Community Safety Forum\n12 Mill Lane\n"
        "London N1 1AA\n\n4 April 2022\n\nDear Mrs Byrne,\n\nThank you for your letter about ward panels and "
        "for the forum's report, which we discussed at length.\n\nYours sincerely,\n\nSam Okafor\n"
        "Chief Superintendent\nBorough Commander, North BCU\n\ncc: Cllr Bea Lane, Cabinet Member\n"
    )
    assert (meta.author, meta.author_role) == ("Sam Okafor", "Chief Superintendent, Borough Commander, North BCU")
    assert meta.recipient == "Mrs Ada Byrne, Chair, Riverside Community Safety Forum"


def test_each_field_keeps_the_span_it_was_read_from() -> None:
    text = ("Decision record\n\nDecision number: PCD 2020/001\nReport by: Ann Lee, Head of Estates\n"
            "Contact officer: Raj Patel, Estates Manager\nDate of decision: 2 March 2020\n\n1. The Deputy Mayor "
            "approved spending on station repairs across the county, as set out in this record.\n")
    meta = _meta(text)
    for field, value in (("reference", "PCD 2020/001"), ("date", "2 March 2020"),
                         ("report_by", "Ann Lee, Head of Estates"), ("contact_officer", "Raj Patel, Estates Manager")):
        start, end = meta.span(field)
        assert text[start:end] == value, field
    assert meta.span("recipient") is None


def test_a_date_written_with_superscript_markup_has_its_span() -> None:
    text = "## OFFICE FOR POLICING\n\n17<sup>th</sup> March 2031\n\nDear Colleagues,\n\nThank you.\n\nYours,\nAna Rey\n"
    meta = _meta(text)
    start, end = meta.span("date")
    assert meta.date == "2031-03-17" and text[start:end] == "17<sup>th</sup> March 2031"


def test_the_issuing_body_s_name_is_letterhead_and_a_title_may_wrap_after_a_colon() -> None:
    meta = _meta("Mayor's Office for Policing and Crime\n\nIndependent Custody Visiting Scheme - Northtown Panel:\n"
                 "Annual Report 2030\n\nReference: ICV/NT/AR/2030\n\nPublished: 26 February 2031\n\n"
                 "1. Introduction\n\nVisitors made 148 visits in 2030, against a target of 156.\n")
    assert meta.title == "Independent Custody Visiting Scheme - Northtown Panel: Annual Report 2030"


def test_a_heading_naming_only_the_form_gives_way_to_the_line_under_it() -> None:
    meta = _meta("# DMPC Decision - DMPCD 2030/118\n\nWelfare hubs in two town centres, 2030-2032\n\n"
                 "Decision reference: DMPCD 2030/118\n\n## Executive summary\n\nThis report asks for £742,000.\n")
    assert meta.title == "Welfare hubs in two town centres, 2030-2032"
    kept = _meta("# Welfare hubs in two town centres\n\nDecision reference: DMPCD 2030/118\n\nThis report asks.\n")
    assert kept.title == "Welfare hubs in two town centres"


def test_minutes_without_a_date_field_are_dated_by_the_meeting_under_their_title() -> None:
    meta = _meta("Riverside Partnership Board\n\nMinutes of the meeting held on Thursday 22 April 2031 at 10:00\n\n"
                 "Attendance\n\n1. Welcome\n\n1.1 The Chair welcomed members. The next meeting is on 8 July 2031.\n")
    assert meta.date == "2031-04-22"

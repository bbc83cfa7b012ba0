"""Metadata extracted for each of the five bundled documents, and date parsing."""

from pathlib import Path

import pytest

from rag.ingest import load_document, parse_date

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

EXPECTED = {
    "000_c98e25e03050518d.txt": dict(date="2020-11-17", author="Sophie Linden", reference="MOPAC06102020-D3474",
                                     organisation="MOPAC", doc_type="letter", recipient_has="Susan Hall"),
    "001_cfb1a5488bea6ba1.txt": dict(date="2017-03-17", author="Sophie Linden", reference=None,
                                     organisation="MOPAC", doc_type="letter",
                                     recipient_has="Police and Crime Committee"),
    "002_cab50ed4bfb86781.txt": dict(date="2009-11-16", author="Ch Supt Bloomfield",
                                     reference="MPA briefing paper 31/2009",
                                     organisation="Metropolitan Police Authority", doc_type="briefing paper",
                                     title="MPS joint working with local authorities and the sharing of good practice"),
    "003_130df966634c752b.txt": dict(date="2013-12-20", author="Marie Snelling", reference="MOPAC21112013MS",
                                     organisation="MOPAC", doc_type="letter", recipient_has="Joanne McCartney",
                                     title="Mental Health and Policing"),
    "004_c782c35fb2deaf6a.txt": dict(date="2018-12-04", author="Doug Flight", organisation="London Councils",
                                     doc_type="report", title="Crime and Policing", recipient_has="Leaders' Committee"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata(name):
    meta = load_document(CORPUS / name).meta
    want = EXPECTED[name]
    for field in ("date", "author", "reference", "organisation", "doc_type", "title"):
        if field in want:
            assert getattr(meta, field) == want[field], field
    if "recipient_has" in want:
        assert want["recipient_has"] in (meta.recipient or "")
    assert meta.title and meta.doc_id == name


@pytest.mark.parametrize(
    ("text", "iso"),
    [("17 November 2020", "2020-11-17"), ("17th March 2017", "2017-03-17"), ("4 December 2018 Date:", "2018-12-04"),
     ("on 1st Sept 2019", "2019-09-01"), ("31 February 2020", None), ("no date here", None)],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso

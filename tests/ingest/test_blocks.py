"""Typed blocks on layouts invented here: a sentence cut by a page footer, an annex after the sign-off, a sign-off
written as fields, field lines that are not headings."""

from __future__ import annotations

from pathlib import Path

from rag.ingest import load_document
from rag.ingest.cleaning import clean_span
from rag.ingest.paragraphs import segment

PAGED = """Kestrel Valley Fire Liaison Group

Notes for partners

Partners have agreed the following to cut false alarms:

- each site names a duty holder who answers calls within 15 minutes of the

Kestrel Valley liaison notes - OFFICIAL
Page 1 of 2


  alarm sounding;
- sites with three false alarms in a quarter get a visit.

The group meets again in the spring, when the first quarter's figures for every site are known.

Kestrel Valley liaison notes - OFFICIAL
Page 2 of 2
"""


def test_a_sentence_cut_by_a_page_footer_is_one_paragraph_with_an_exact_span(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(PAGED)
    doc = load_document(path)
    item = next(p for p in doc.paragraphs if "duty holder" in p.text)
    assert item.text.endswith("within 15 minutes of the alarm sounding;")
    assert "OFFICIAL" not in item.text and "Page 1" not in item.text
    assert clean_span(doc.text[item.start : item.end]) == item.text
    assert len(doc.text) == len(PAGED)  # chrome is blanked in place: offsets are the file's
    assert doc.notes["chrome"] >= 4


LETTER_WITH_ANNEX = """Dear Ms Quill

Thank you for your request about the number of drones the force flew over the last two years, which we received
on 3 May.

We flew drones on 412 occasions in the two years to 31 March.

Yours sincerely

Tobias Fenn
Disclosure Officer
Records Unit

ANNEX

Section 21 of the Act applies where information is already reasonably accessible to the applicant by other means.
"""


def test_the_signature_ends_where_an_annex_starts() -> None:
    layout = segment(LETTER_WITH_ANNEX)
    signature = next(p for p in layout.paragraphs if p.kind == "signature")
    assert signature.text == "Yours sincerely Tobias Fenn Disclosure Officer Records Unit"
    annex = next(p for p in layout.paragraphs if p.text.startswith("Section 21"))
    assert annex.kind == "body" and annex.heading == "ANNEX"
    assert layout.signatory == "Tobias Fenn"


RECORD = """Grant record GR-77

Purpose

This record approves a small grant to the Orchard Lane youth club for a summer programme of evening activities.

Signed: [signature]
Print name: Hollis Grey, Director of Grants
Date: 4 June 2029

Background

The club has run evening sessions since 2019 and asked for help with the cost of coaches.
"""


def test_a_sign_off_written_as_fields_is_a_signature_passage_not_headings(tmp_path: Path) -> None:
    layout = segment(RECORD)
    signature = [p for p in layout.paragraphs if p.kind == "signature"]
    assert len(signature) == 1 and "Hollis Grey, Director of Grants" in signature[0].text
    assert "Print name: Hollis Grey, Director of Grants" not in layout.headings
    path = tmp_path / "record.txt"
    path.write_text(RECORD)
    meta = load_document(path).meta
    assert (meta.author, meta.author_role) == ("Hollis Grey", "Director of Grants")
    labels = [p.label for p in layout.paragraphs]
    assert labels == sorted(labels, key=lambda label: [p.label for p in layout.paragraphs].index(label))
    assert [p.start for p in layout.paragraphs] == sorted(p.start for p in layout.paragraphs)


NOTICE = """# Parking enforcement review: summary of findings

- Reference: PER/2031/02
- Published: 2 March 2031
- Review lead: Imogen Tarrant, Head of Streets

## What we found

Most penalty notices were issued correctly, but signs at four sites were unclear and have been replaced.
"""


def test_fields_written_as_a_bulleted_list_are_header_fields(tmp_path: Path) -> None:
    path = tmp_path / "notice.md"
    path.write_text(NOTICE)
    doc = load_document(path)
    header = doc.paragraphs[0]
    assert header.kind == "header" and "Reference: PER/2031/02" in header.text and "Published" in header.text
    assert (doc.meta.reference, doc.meta.date) == ("PER/2031/02", "2031-03-02")
    assert not any(p.kind == "list_item" for p in doc.paragraphs)


def test_a_document_that_names_its_genre_in_its_header_gets_it_as_its_type() -> None:
    from rag.ingest.metadata import extract_metadata

    text = "RIVERSIDE WATCH GROUP\n\nBRIEFING NOTE\n\nDate: 1 May 2031\n\nThe group met twice this spring.\n"
    meta = extract_metadata("note.txt", text, segment(text))
    assert meta.doc_type == "briefing note"


def test_html_merged_cells_keep_their_columns_and_inline_images_cost_nothing(tmp_path: Path) -> None:
    image = "data:image/png;base64," + "iVBORw0KGgo" * 300_000  # ~3 MB of inline image
    page = f"""<html><head><title>Depot returns</title></head><body><main>
    <h1>Depot returns</h1><p>Returns by depot and quarter.</p><img src="{image}" alt="chart">
    <table><tr><th>Depot</th><th>Quarter</th><th>Returns</th></tr>
    <tr><td rowspan="2">Northgate</td><td>Q1</td><td>310</td></tr>
    <tr><td>Q2</td><td>295</td></tr>
    <tr><td>Southmoor</td><td colspan="2">closed for refit</td></tr></table>
    <table><tr><td>Opening hours</td><td>9am to 5pm</td></tr><tr><td>Closed on</td><td>Sundays</td></tr></table>
    </main></body></html>"""
    path = tmp_path / "depots.html"
    path.write_text(page)
    doc = load_document(path)
    assert "base64" not in doc.text
    rows = [p.text for p in doc.paragraphs if p.kind == "table_row"]
    assert "Depot: Northgate; Quarter: Q2; Returns: 295" in rows
    assert "Depot: Southmoor; Quarter: closed for refit; Returns: closed for refit" in rows
    assert any("Closed on" in row and "Sundays" in row for row in rows)  # no header row: cells read as they are


def test_a_numbered_list_under_a_lead_in_keeps_its_own_numbers(tmp_path: Path) -> None:
    page = """<html><body><main><h1>Report a lost dog</h1>
    <p>Dogs found in parks are taken to the council kennels within a day.</p>
    <p>To report a lost dog:</p>
    <ol><li>Check the kennels list first.</li><li>Call the dog warden on the number below.</li>
    <li>Send a photograph of the dog.</li></ol>
    <ul><li>Kennels close at 6pm.</li></ul>
    <p>Most dogs are back home within two days.</p><p>Microchipped dogs are usually home the same day.</p>
    <p>The warden also collects stray cats.</p><p>Fees are waived for a first collection.</p>
    <p>Kennels are inspected every year.</p></main></body></html>"""
    path = tmp_path / "dogs.html"
    path.write_text(page)
    labels = {p.text: p.label for p in load_document(path).paragraphs}
    assert labels["To report a lost dog:"] == "¶2"
    assert labels["Send a photograph of the dog."] == "¶2, item 3"
    assert labels["Kennels close at 6pm."] == "¶3" and labels["Most dogs are back home within two days."] == "¶4"


def test_a_one_line_sign_off_that_names_the_person_is_a_signature(tmp_path: Path) -> None:
    text = """# Harbour Watch Committee

Minutes of the meeting held on 3 March 2031

## Present

- Nadia Frost (Chair)
- Leon Marsh

## Moorings

1.1 The Committee agreed to extend the visitor moorings by twelve berths from the spring.

*Signed as a correct record: Nadia Frost, Chair*
"""
    path = tmp_path / "minutes.md"
    path.write_text(text)
    doc = load_document(path)
    assert doc.paragraphs[-1].kind == "signature"
    assert (doc.meta.author, doc.meta.author_role) == ("Nadia Frost", "Chair")


def test_a_pdf_table_without_ruling_lines_is_read_as_rows(tmp_path: Path, make_pdf) -> None:
    lines = ["Bridge inspections by year", "", "Year        Bridges      Defects", "2029        41           7",
             "2030        44           9", "", "Defects were repaired within a month."]
    doc = load_document(make_pdf(tmp_path / "bridges.pdf", lines))
    rows = [p.text for p in doc.paragraphs if p.kind == "table_row"]
    assert rows == ["Year: 2029; Bridges: 41; Defects: 7", "Year: 2030; Bridges: 44; Defects: 9"]
    assert doc.paragraphs[-1].text == "Defects were repaired within a month."


def test_tables_without_a_header_row_are_read_row_by_row(tmp_path: Path) -> None:
    markdown = tmp_path / "fees.md"
    markdown.write_text("# Fees\n\nFees for copies of records:\n\n| Photocopy | £0.10 |\n| Certified copy | £4.50 |\n")
    text = tmp_path / "depots.txt"
    text.write_text("Depot returns\n\nNorthgate      310      295\nSouthmoor      120      133\n\nReturns rose.\n")
    for path, wanted in ((markdown, "Certified copy"), (text, "Southmoor")):
        rows = [p for p in load_document(path).paragraphs if p.kind == "table_row"]
        assert len(rows) == 2, path.name
        assert any(wanted in row.text for row in rows) and all(":" not in row.text.split(";")[0] for row in rows)


def test_a_pdf_table_with_padded_rows_is_one_table(tmp_path: Path, make_pdf) -> None:
    # Row padding leaves a gap under each row as wide as a paragraph break: the rows still make one table.
    lines = ["Issues raised by visitors", "", "Issue raised        Number      Put right", "",
             "Heating             9           4", "", "Call bells          8           0", "",
             "Food and drink      7           7", "", "Most issues were put right on the day."]
    doc = load_document(make_pdf(tmp_path / "issues.pdf", lines))
    rows = [p.text for p in doc.paragraphs if p.kind == "table_row"]
    assert rows == ["Issue raised: Heating; Number: 9; Put right: 4",
                    "Issue raised: Call bells; Number: 8; Put right: 0",
                    "Issue raised: Food and drink; Number: 7; Put right: 7"]
    assert doc.paragraphs[-1].text == "Most issues were put right on the day."


def test_two_padded_pdf_tables_one_after_the_other_stay_two(tmp_path: Path, make_pdf) -> None:
    lines = ["Borough        Arrests      Stops", "", "North          41           7", "",
             "South          44           9", "", "Force          Officers     Staff", "",
             "Met            31           12", "", "City           8            3"]
    doc = load_document(make_pdf(tmp_path / "two.pdf", lines))
    rows = [(p.label, p.text) for p in doc.paragraphs if p.kind == "table_row"]
    assert rows[1] == ("table 1, row South", "Borough: South; Arrests: 44; Stops: 9")
    assert rows[2] == ("table 2, row Met", "Force: Met; Officers: 31; Staff: 12")

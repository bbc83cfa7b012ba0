"""Structure-aware ingestion on layouts made up here: docx body order, lists and tables; HTML chrome; Markdown
and plain-text tables; page chrome; metadata fields; bad files named with a reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from rag.ingest import IngestError, load_document
from rag.ingest.chrome import page_chrome
from rag.ingest.tables import aligned_tables, row_text, split_row


def _rows(doc) -> list:
    return [p for p in doc.paragraphs if p.kind == "table_row"]


@pytest.fixture
def record_docx(tmp_path: Path) -> Path:
    """A decision record: fields, a numbered list, bullets under a lead-in, a cost table with a merged cell."""
    document = docx.Document()
    document.core_properties.title = "Widget purchase"
    document.sections[0].header.paragraphs[0].text = "RESTRICTED - running header"
    document.sections[0].footer.paragraphs[0].text = "Page footer text"
    document.add_heading("Purchase of widgets for the control room", level=1)
    document.add_paragraph("Decision number: XD 2030/004")
    document.add_paragraph("Report by: Alex Morgan, Head of Procurement")
    document.add_paragraph("Contact officer: Sam Lee, Buyer")
    document.add_heading("Background", level=2)
    document.add_paragraph("The widgets in the control room are worn out and must be replaced this year.")
    document.add_paragraph("Under the plan, officers must:")
    document.add_paragraph("check every widget weekly;", style="List Bullet")
    document.add_paragraph("log faults the same day; and", style="List Bullet")
    document.add_paragraph("return broken widgets.", style="List Bullet")
    document.add_paragraph("First numbered step of the purchase.", style="List Number")
    document.add_paragraph("Second numbered step of the purchase.", style="List Number")
    document.add_heading("Costs", level=2)
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Item", "2030/31", "2031/32"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Widgets", "4,000", "5,500"]):
        cell.text = text
    merged = table.rows[2].cells[1].merge(table.rows[2].cells[2])
    table.rows[2].cells[0].text = "Spares"
    merged.text = "700"
    document.add_paragraph("Signature: [signed]")
    document.add_paragraph("Name: Robin Ash, Director of Operations")
    path = tmp_path / "record.docx"
    document.save(path)
    return path


def test_docx_body_order_lists_and_table_rows(record_docx: Path) -> None:
    doc = load_document(record_docx)
    assert "running header" not in doc.text and "Page footer text" not in doc.text
    assert doc.notes["chrome"] == 2 and doc.notes["tables"] == 1
    texts = [p.text for p in doc.paragraphs]
    # The lead-in and its three items stay apart and in order; "; and" does not glue items together.
    at = texts.index("Under the plan, officers must:")
    assert texts[at + 1 : at + 4] == ["check every widget weekly;", "log faults the same day; and",
                                      "return broken widgets."]
    assert "1. First numbered step of the purchase." in doc.text  # Word's numbering, as the reader sees it
    rows = _rows(doc)
    assert [r.label for r in rows] == ["table 1, row Widgets", "table 1, row Spares"]
    assert rows[0].text == "Item: Widgets; 2030/31: 4,000; 2031/32: 5,500"
    assert rows[1].text == "Item: Spares; 2030/31: 700; 2031/32: 700"  # a merged cell stands in both columns
    assert rows[0].heading == "Costs"
    assert doc.text[rows[0].start : rows[0].end].startswith("| Widgets |")
    # The table sits between the Costs heading and the signature, in body order.
    assert doc.text.index("Costs") < doc.text.index("| Item |") < doc.text.index("Signature:")


def test_docx_metadata_fields(record_docx: Path) -> None:
    meta = load_document(record_docx).meta
    assert meta.title == "Purchase of widgets for the control room"
    assert meta.reference == "XD 2030/004"
    assert meta.report_by == "Alex Morgan, Head of Procurement"
    assert meta.contact_officer == "Sam Lee, Buyer"
    assert (meta.author, meta.author_role) == ("Robin Ash", "Director of Operations")


HTML = """<!doctype html><html><head><title>Road safety week | Example Constabulary</title>
<meta name="author" content="Press Office"></head><body>
<div class="cookie-notice" id="consent"><p>We use cookies to improve this site.</p><button>OK</button></div>
<a class="skip-link" href="#c">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main id="c"><h1>Road safety week results</h1>
<p>Officers stopped drivers across the county during the week.</p>
<table><caption>Offences found, by day</caption>
<thead><tr><th>Day</th><th>Speeding</th><th>Phones</th></tr></thead>
<tbody><tr><td>Monday</td><td>31</td><td>9</td></tr><tr><td>Tuesday</td><td>27</td><td>14</td></tr></tbody></table>
<p>Drivers were told to:</p><ol><li>slow down near schools;</li><li>put phones away.</li></ol>
</main><aside><h2>Related</h2><ul><li>Older story</li></ul></aside>
<footer><p>Copyright Example Constabulary</p></footer></body></html>"""


def test_html_main_content_tables_and_chrome(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = load_document(path)
    for gone in ("cookies", "Skip to content", "Home", "Older story", "Copyright"):
        assert gone not in doc.text
    assert doc.notes["chrome"] >= 4
    rows = _rows(doc)
    assert [r.label for r in rows] == ["table 1, row Monday", "table 1, row Tuesday"]
    assert rows[1].text == "Day: Tuesday; Speeding: 27; Phones: 14" and rows[1].heading == "Offences found, by day"
    items = [p for p in doc.paragraphs if p.kind == "list_item"]
    assert [p.text for p in items] == ["slow down near schools;", "put phones away."]
    assert "1. slow down near schools;" in doc.text
    assert doc.meta.title == "Road safety week results"


def test_a_definition_list_gives_labelled_lines_and_a_section_heading_ends_the_header(tmp_path: Path) -> None:
    page = ("<html><body><main><h1>Town centre order: consultation results</h1>"
            "<p>Published 2 March 2031. Community Safety Service.</p>"
            "<p>We asked residents, businesses and visitors what they thought of our proposal for an order covering "
            "the town centre. This page sets out what you told us, what we changed and what happens next.</p>"
            "<h2>At a glance</h2><dl><dt>Responses received</dt><dd>1,486 in total</dd>"
            "<dt>Decision made by</dt><dd>Councillor Ada Strand</dd><dt>Order reference</dt><dd>TC/2031/02</dd>"
            "</dl><h2>What we proposed</h2><p>Five conditions.</p></main></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path)
    assert "- Responses received: 1,486 in total\n" in doc.text and "- Order reference: TC/2031/02" in doc.text
    header = next(p for p in doc.paragraphs if p.kind == "header")
    assert "We asked residents" not in header.text  # prose that says "this page" is no archive banner
    body = [p.text for p in doc.paragraphs if p.kind != "header"]
    assert body[0].startswith("We asked residents") and "Decision made by: Councillor Ada Strand" in body
    assert doc.meta.date == "2031-03-02"


def test_markdown_table_without_outer_pipes(tmp_path: Path) -> None:
    source = "# Arrests\n\nArrests by year are below.\n\nYear | Arrests\n---|---\n2016/17 | 412\n2017/18 | 398\n"
    path = tmp_path / "t.md"
    path.write_text(source, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == source
    rows = _rows(doc)
    assert [(r.label, r.text) for r in rows] == [
        ("table 1, row 2016/17", "Year: 2016/17; Arrests: 412"),
        ("table 1, row 2017/18", "Year: 2017/18; Arrests: 398"),
    ]
    assert source[rows[0].start : rows[0].end] == "2016/17 | 412"


def test_plain_text_table_in_columns_with_wrapped_header() -> None:
    lines = [
        "Financial   Cases       Cases",
        "year        opened      closed",
        "------------------------------",
        "2019/20     1,204       1,150",
        "2020/21     1,310       1,288",
    ]
    (table,) = aligned_tables(lines).values()
    assert table.header == ["Financial year", "Cases opened", "Cases closed"]
    assert [cells for _, cells in table] == [["2019/20", "1,204", "1,150"], ["2020/21", "1,310", "1,288"]]
    assert row_text(table.header, table[0][1]) == "Financial year: 2019/20; Cases opened: 1,204; Cases closed: 1,150"
    # Prose with a double space is not a table, nor is a two-line address block.
    assert aligned_tables(["The report was late.  It is now here.", "Nothing else follows here."]) == {}


def test_plain_text_table_becomes_cited_rows(tmp_path: Path) -> None:
    text = ("Requests by year\n\nThe figures are below.\n\n    Year      Requests\n    2021      1,146\n"
            "    2022      1,309\n\nThat is all.\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    rows = _rows(doc)
    assert [r.label for r in rows] == ["table 1, row 2021", "table 1, row 2022"]
    assert rows[1].text == "Year: 2022; Requests: 1,309"
    assert text[rows[1].start : rows[1].end] == "2022      1,309"


def test_running_headers_and_page_numbers_are_chrome() -> None:
    lines = ["ACME REPORT - OFFICIAL", "First page text.", "", "Footer of the report", "Page 1 of 2", "",
             "ACME REPORT - OFFICIAL", "Second page text.", "", "Footer of the report", "Page 2 of 2"]
    assert page_chrome(lines) == {0, 3, 4, 6, 9, 10}
    assert page_chrome(["A line", "A line", "Another"]) == set()  # repeats without page breaks are content


def test_split_row_keeps_escaped_pipes() -> None:
    assert split_row("| a \\| b | c |") == ["a | b", "c"]


def test_split_row_drops_markdown_emphasis_but_not_other_stars() -> None:
    assert split_row("| **Total** | **2,113** | *x* | `R3` | a_b_c | 2 * 3 |") == [
        "Total", "2,113", "x", "R3", "a_b_c", "2 * 3"]


def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_table_without_header_row_is_cells(tmp_path: Path) -> None:
    def build(document) -> None:
        document.add_paragraph("Names on the rota follow.")
        table = document.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Alpha team", "Monday"
        table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Bravo team", "Tuesday"

    path = tmp_path / "rota.docx"
    path.write_bytes(_docx_bytes(build))
    rows = _rows(load_document(path))
    assert [(r.label, r.text) for r in rows] == [("table 1, row Alpha team", "Alpha team; Monday"),
                                                  ("table 1, row Bravo team", "Bravo team; Tuesday")]


def test_bad_files_are_named_with_a_reason(tmp_path: Path) -> None:
    junk = tmp_path / "junk.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("random.bin", b"\x00\x01 not a word document")
    junk.write_bytes(buffer.getvalue())
    with pytest.raises(IngestError, match=r"junk\.docx: not a readable \.docx"):
        load_document(junk)

    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match=r"empty\.html: no text"):
        load_document(empty)


def test_pdf_without_text_layer_and_locked_pdf(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    blank = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with blank.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(IngestError, match=r"scan\.pdf: no text layer"):
        load_document(blank)

    locked = tmp_path / "locked.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner")
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(IngestError, match=r"locked\.pdf: encrypted PDF"):
        load_document(locked)


def test_acronyms_defined_in_lower_case_or_at_length() -> None:
    from rag.ingest.acronyms import defined_acronyms

    text = ("Officers wear body-worn video (BWV) cameras. Her Majesty's Office of the Widget Regulator and Fire & "
            "Safety Services (HMOWRFSS) wrote. At the end of the day (TED) nothing.")
    found = defined_acronyms(text)
    assert found["BWV"] == "body-worn video"
    assert found["HMOWRFSS"].startswith("Her Majesty's Office")  # ten words, with "&"
    assert "TED" not in found  # lower-case words must spell it exactly, with no word left over


def test_a_header_cell_spanning_columns_names_each_with_the_row_under_it(tmp_path: Path) -> None:
    # Word: "Grant" merged over two year columns, "Hub" merged down both header rows.
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    table.rows[0].cells[0].merge(table.rows[1].cells[0]).text = "Hub"
    table.rows[0].cells[1].merge(table.rows[0].cells[2]).text = "Grant"
    table.rows[1].cells[1].text, table.rows[1].cells[2].text = "2026/27", "2027/28"
    body = (["Mill Quarter", "£112,000", "£124,000"], ["Total", "£311,000", "£347,000"])
    for row, cells in zip(table.rows[2:], body):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(tmp_path / "grants.docx")
    rows = _rows(load_document(tmp_path / "grants.docx"))
    assert [r.text for r in rows] == ["Hub: Mill Quarter; Grant 2026/27: £112,000; Grant 2027/28: £124,000",
                                      "Hub: Total; Grant 2026/27: £311,000; Grant 2027/28: £347,000"]
    # HTML: the same with colspan and rowspan.
    (tmp_path / "grants.html").write_text(
        "<html><body><main><table><tr><th rowspan=2>Hub</th><th colspan=2>Grant</th></tr>"
        "<tr><th>2026/27</th><th>2027/28</th></tr><tr><td>Mill Quarter</td><td>£112,000</td><td>£124,000</td></tr>"
        "<tr><td>Total</td><td>£311,000</td><td>£347,000</td></tr></table></main></body></html>", encoding="utf-8")
    rows = _rows(load_document(tmp_path / "grants.html"))
    assert rows[0].text == "Hub: Mill Quarter; Grant 2026/27: £112,000; Grant 2027/28: £124,000"


def test_only_a_row_naming_the_columns_under_a_spanning_cell_joins_the_header() -> None:
    from rag.ingest.tables import merge_header_rows

    years = [["Borough", "Arrests", "Arrests"], ["Borough", "2022", "2023"], ["North", "41", "44"]]
    assert merge_header_rows(years) == [["Borough", "Arrests 2022", "Arrests 2023"], ["North", "41", "44"]]
    for rows in ([["Item", "Cost", "Cost"], ["Widgets", "4,000", "5,500"], ["Spares", "700", "700"]],  # figures
                 [["Officer", "Role", "Role"], ["Ann Lee", "Chair", "Secretary"], ["Bob Ray", "12", "13"]],  # data
                 [["Table 3", "Table 3", "Table 3"], ["Borough", "2022", "2023"], ["North", "41", "44"]]):  # title
        assert merge_header_rows(rows) == rows


def test_plain_text_table_with_figures_flush_right_and_a_rule_under_each_column() -> None:
    lines = [
        "  Financial year    Calderbrook    Wyvernmoor    Kingsmere BCU total",
        "  --------------    -----------    ----------    -------------------",
        "  2022/23                     84            57                    141",
        "  2023/24                     95            63                  1,158",
    ]
    (table,) = aligned_tables(lines).values()
    assert table.header == ["Financial year", "Calderbrook", "Wyvernmoor", "Kingsmere BCU total"]
    assert row_text(table.header, table[1][1]) == \
        "Financial year: 2023/24; Calderbrook: 95; Wyvernmoor: 63; Kingsmere BCU total: 1,158"


def test_a_row_with_a_blank_cell_keeps_its_pieces_under_their_columns() -> None:
    lines = ["  Item                        Number     Put right",
             "  Heating                          9             4",
             "  Food  (hot meals)                7",
             "  Call bells                       8             0"]
    (table,) = aligned_tables(lines).values()
    assert [cells for _, cells in table][1] == ["Food (hot meals)", "7", ""]

"""Every list item knows its lead-in (or parent item) and its nesting, whatever the file format; a short list is
also one retrievable chunk with its lead-in."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from rag.ingest import chunk_document, load_document
from rag.ingest.lists import Marker, levels, list_of, places_of, structure


def _items(path: Path) -> list[tuple[str, str, int]]:
    """(text, lead-in's text, level) of every list item."""
    doc = load_document(path)
    by_label = {p.label: p.text for p in doc.paragraphs}
    return [(p.text, by_label.get(p.lead_in, ""), p.level) for p in doc.paragraphs if p.kind == "list_item"]


NESTED = [
    ("check every widget weekly;", "Under the plan, officers must:", 0),
    ("log faults, which means:", "Under the plan, officers must:", 0),
    ("the time of the fault;", "log faults, which means:", 1),
    ("who found it;", "log faults, which means:", 1),
    ("return broken widgets.", "Under the plan, officers must:", 0),
]


def _pdf(lines: list[tuple[int, str]]) -> bytes:
    """A one-page PDF with a text layer: each (x, text) line drawn in Helvetica from the top down."""
    ops = []
    for n, (x, text) in enumerate(lines):
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /F1 11 Tf {x} {750 - 16 * n} Td ({safe}) Tj ET")
    stream = "\n".join(ops).encode("cp1252")  # WinAnsiEncoding
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_markdown_list_items_know_lead_in_and_nesting(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# Widget plan\n\nThe widgets are old and must be looked after.\n\n"
                    "Under the plan, officers must:\n\n"
                    "- check every widget weekly;\n- log faults, which means:\n  - the time of the fault;\n"
                    "  - who found it;\n- return broken widgets.\n\nThe plan starts in May.\n", encoding="utf-8")
    assert _items(path) == NESTED


def test_html_list_items_know_lead_in_and_nesting(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text("<html><body><main><h1>Widget plan</h1><p>The widgets are old and must be looked after.</p>"
                    "<p>Under the plan, officers must:</p><ul><li>check every widget weekly;</li>"
                    "<li>log faults, which means:<ul><li>the time of the fault;</li><li>who found it;</li></ul></li>"
                    "<li>return broken widgets.</li></ul><p>The plan starts in May.</p></main></body></html>",
                    encoding="utf-8")
    assert _items(path) == NESTED


def test_docx_list_items_know_lead_in_and_nesting(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Widget plan", level=1)
    document.add_paragraph("The widgets are old and must be looked after.")
    document.add_paragraph("Under the plan, officers must:")
    document.add_paragraph("check every widget weekly;", style="List Bullet")
    document.add_paragraph("log faults, which means:", style="List Bullet")
    document.add_paragraph("the time of the fault;", style="List Bullet 2")
    document.add_paragraph("who found it;", style="List Bullet 2")
    document.add_paragraph("return broken widgets.", style="List Bullet")
    document.add_paragraph("The plan starts in May.")
    path = tmp_path / "plan.docx"
    document.save(path)
    assert _items(path) == NESTED


def test_plain_text_lettered_items_under_a_numbered_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Widget report\n\n1. The widgets are old and must be looked after by the team.\n\n"
                    "2. The Committee is asked to:\n\n(a) note the plan;\n(b) agree the budget; and\n"
                    "(c) request a report in June.\n\n3. The plan starts in May and runs for a year.\n\n"
                    "4. Officers must also:\n\n- keep a log; and\n- report faults.\n", encoding="utf-8")
    items = _items(path)
    lead = "The Committee is asked to:"
    assert items[:3] == [("note the plan;", lead, 0), ("agree the budget; and", lead, 0),
                         ("request a report in June.", lead, 0)]
    assert [i[1:] for i in items[3:]] == [("Officers must also:", 0)] * 2


def test_pdf_list_items_know_lead_in_and_nesting(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(_pdf([(72, "Widget plan"), (72, ""), (72, "The widgets are old and must be looked after."),
                           (72, ""), (72, "Under the plan, officers must:"), (72, "• check every widget weekly;"),
                           (72, "• log faults, which means:"), (100, "- the time of the fault;"),
                           (100, "- who found it;"), (72, "• return broken widgets."), (72, ""),
                           (72, "The plan starts in May.")]))
    assert _items(path) == NESTED


def test_a_list_under_a_heading_hangs_from_no_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text("# Progress\n\nWe have made progress this year on several fronts.\n\n## Done so far\n\n"
                    "- Recruited twelve auditors.\n- Launched a course.\n", encoding="utf-8")
    assert _items(path) == [("Recruited twelve auditors.", "", 0), ("Launched a course.", "", 0)]


@pytest.mark.parametrize(("markers", "leads", "expected"), [
    ([Marker(0, "num."), Marker(0, "(alpha"), Marker(0, "(alpha"), Marker(0, "num.")], [True, False, False, False],
     [0, 1, 1, 0]),  # "1. Consider: (a) … (b) … 2. …"
    ([Marker(0, "bullet-"), Marker(2, "bullet-"), Marker(0, "bullet-")], [False] * 3, [0, 1, 0]),  # indentation
    ([Marker(0, "bullet-"), Marker(0, "num."), Marker(0, "bullet-")], [False] * 3, [0, 0, 0]),  # siblings restyled
])
def test_levels_from_indentation_marker_style_and_lead_ins(markers, leads, expected) -> None:
    assert levels(list(zip(markers, leads))) == expected


def test_list_of_gives_the_list_an_item_or_lead_in_belongs_to() -> None:
    parts = [("body", "We will:", "", None), ("list_item", "plan:", "", Marker(0, "num.")),
             ("list_item", "a", "", Marker(0, "(alpha")), ("list_item", "b", "", Marker(0, "(alpha")),
             ("list_item", "act.", "", Marker(0, "num.")), ("body", "After.", "", None)]
    places = structure(parts)
    assert list_of(places, 0) == (0, [1, 2, 3, 4])
    assert list_of(places, 4) == (0, [1, 2, 3, 4])
    assert list_of(places, 2) == (1, [2, 3])  # a nested item: its own sub-list under its parent item
    assert list_of(places, 1, own=True) == (1, [2, 3])  # the item leads into its sub-list
    assert list_of(places, 5) == (-1, [])


def test_a_short_list_is_also_one_chunk_with_its_lead_in(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# Widget plan\n\nThe widgets are old and must be looked after.\n\n"
                    "Under the plan, officers must:\n\n"
                    "- check every widget weekly;\n- log faults the same day; and\n- return broken widgets.\n",
                    encoding="utf-8")
    doc = load_document(path)
    chunks = chunk_document(doc)
    listed = [c for c in chunks if c.kind == "list"]
    assert len(listed) == 1
    lead = next(p for p in doc.paragraphs if p.text == "Under the plan, officers must:")
    assert listed[0].start == lead.start and listed[0].end == doc.paragraphs[-1].end
    assert listed[0].text.splitlines() == ["Under the plan, officers must:", "check every widget weekly;",
                                           "log faults the same day; and", "return broken widgets."]
    assert listed[0].label == f"{lead.label}–{doc.paragraphs[-1].label}"
    # The lead-in and the items keep their own chunks, cited by their own labels.
    assert [c.text for c in chunks if c.kind == "list_item"] == listed[0].text.splitlines()[1:]
    assert [p.parent for p in places_of(doc.paragraphs)][-3:] == [doc.paragraphs.index(lead)] * 3


def test_a_list_too_long_for_one_chunk_is_found_item_by_item(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    items = "".join(f"- item number {n} of the long list, which goes on for a good many words to fill it;\n"
                    for n in range(30))
    path.write_text(f"# Long\n\nThe list runs as follows:\n\n{items}", encoding="utf-8")
    chunks = chunk_document(load_document(path), max_tokens=200)
    assert not [c for c in chunks if c.kind == "list"]
    assert len([c for c in chunks if c.kind == "list_item"]) == 30

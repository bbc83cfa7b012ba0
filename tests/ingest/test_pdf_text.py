"""PDF text and tables (rag.ingest.pdf_text)."""

from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]


def _page(chars, rects=()):
    return SimpleNamespace(chars=list(chars), rects=list(rects))


def _row(top, bottom):
    return SimpleNamespace(bbox=(50.0, top, 500.0, bottom))


def _char(text, top, font="Helvetica"):
    return {"text": text, "x0": 60.0, "x1": 66.0, "top": top + 2, "bottom": top + 10, "fontname": font}


def test_a_first_row_set_apart_by_shading_or_bold_is_the_header():
    from rag.ingest.pdf_text import _styled_first_row

    table = SimpleNamespace(rows=[_row(100, 120), _row(120, 140), _row(140, 160)])
    shaded = {"x0": 50.0, "x1": 500.0, "top": 100.0, "bottom": 120.0, "fill": True, "non_stroking_color": (0.9,)}
    chars = [_char("R", 100), _char("R", 120), _char("R", 140)]
    assert _styled_first_row(_page(chars, [shaded]), table)
    bold = [_char("R", 100, "Helvetica-Bold"), _char("R", 120), _char("R", 140)]
    assert _styled_first_row(_page(bold), table)
    assert not _styled_first_row(_page(chars), table)  # nothing sets it apart
    every_row = [dict(shaded, top=t, bottom=t + 20) for t in (100, 120, 140)]
    assert not _styled_first_row(_page(chars, every_row), table)  # banded alike: no header
    bold_total = [_char("R", 100, "Helvetica-Bold"), _char("R", 120), _char("R", 140, "Helvetica-Bold")]
    assert _styled_first_row(_page(bold_total), table)  # a bold total row at the foot is no body
    per_cell = SimpleNamespace(rows=[SimpleNamespace(bbox=r.bbox, cells=[(50.0, r.bbox[1], 200.0, r.bbox[3]),
                                                                        (200.0, r.bbox[1], 500.0, r.bbox[3])])
                                     for r in table.rows])
    cell_fills = [dict(shaded, x0=x0, x1=x1) for x0, x1 in ((50.0, 200.0), (200.0, 500.0))]
    assert _styled_first_row(_page(chars, cell_fills), per_cell)  # Word shades each header cell


def test_a_word_table_with_a_shaded_header_row_gives_rows_with_their_column_names():
    from rag.ingest import chunk_document, load_document

    pdf = ROOT / "eval" / "documents4" / "dev" / "audit_panel_property_store_follow_up.pdf"
    rows = {c.label: c.text for c in chunk_document(load_document(pdf)) if c.kind == "table_row"}
    assert rows["table 2, row R3"].startswith("Ref: R3; Recommendation: Carry out a quarterly check")
    assert "table 2, row Ref" not in rows  # the header is not a row of its own

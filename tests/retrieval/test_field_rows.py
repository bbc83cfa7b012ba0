"""The passage each document's asked particular was read from, for "who wrote / signed / when …" questions."""

from __future__ import annotations

import numpy as np

from rag.retrieval.field_rows import asked_fields, field_rows
from rag.types import Chunk, DocumentMeta


def _chunk(doc: str, start: int, end: int, kind: str) -> Chunk:
    return Chunk(f"{doc}#{start}", doc, kind, start, end, "t", "t", kind=kind)


CHUNKS = [
    _chunk("a.docx", 0, 100, "header"),  # Report by: … at 40
    _chunk("a.docx", 100, 300, "body"),
    _chunk("a.docx", 300, 360, "signature"),  # signed at 310
    _chunk("b.txt", 0, 80, "header"),
    _chunk("b.txt", 80, 200, "signature"),  # no spans recorded for b
]
ROWS = {"a.docx": np.array([0, 1, 2]), "b.txt": np.array([3, 4])}
METAS = {"a.docx": DocumentMeta("a.docx", "A", spans=(("report_by", 40, 60), ("author", 310, 330))),
         "b.txt": DocumentMeta("b.txt", "B")}


def test_which_fields_a_question_asks_for() -> None:
    assert asked_fields("author", "Who wrote the fleet report?") == ("report_by", "author")
    assert asked_fields("author", "Who signed the fleet report?") == ("author",)
    assert asked_fields(None, "What did the report say?") == ()
    # As the metadata answer reads it: a question that also says "signed" asks for the signatory.
    assert asked_fields("author", "Who wrote and signed the fleet report?") == ("author",)
    assert asked_fields("date", "What date is on the fleet report?") == ("date",)


def test_the_row_holding_the_span_else_the_usual_part() -> None:
    signature = {"a.docx": 2, "b.txt": 4}
    assert field_rows(("report_by", "author"), ["a.docx", "b.txt"], METAS, ROWS, CHUNKS, signature) == [0, 4]
    assert field_rows(("author",), ["b.txt", "a.docx"], METAS, ROWS, CHUNKS, signature) == [4, 2]
    assert field_rows(("author",), ["c.md"], METAS, ROWS, CHUNKS, signature) == []  # unknown document

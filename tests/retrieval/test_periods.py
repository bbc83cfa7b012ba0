"""Period order of the first retrieved passages: table rows of the asked period lead, rows of another trail."""

from __future__ import annotations

from rag.question.analysis import analyse
from rag.retrieval.periods import OTHER, SHOWN, SILENT, by_period, period_tier
from rag.types import Chunk, DocumentMeta


def _chunk(text: str, kind: str = "table_row", doc: str = "b.md") -> Chunk:
    return Chunk(f"{doc}#{len(text)}", doc, "x", 0, len(text), text, text, kind=kind)


CHUNKS = [
    _chunk("Arrests rose in the spring, the unit said.", kind="body"),
    _chunk("Month: April 2031; Arrests: 53"),
    _chunk("Month: March 2031; Arrests: 68"),
    _chunk("Month: February 2031; Arrests: 52"),
]
DOCS = {"b.md": DocumentMeta("b.md", "Bikes", date="2031-05-03")}


def test_tiers() -> None:
    asked = analyse("How many arrests in February 2031?").periods
    assert period_tier(asked, CHUNKS[3], DOCS["b.md"]) == SHOWN
    assert period_tier(asked, CHUNKS[1], DOCS["b.md"]) == OTHER
    assert period_tier(asked, CHUNKS[0], DOCS["b.md"]) == SILENT  # no month named, letter dated May


def test_rows_of_the_asked_period_lead_and_paragraphs_keep_their_place() -> None:
    ranked = [(0, 0.9), (1, 0.8), (2, 0.7), (3, 0.6)]
    out = by_period(ranked, analyse("How many arrests in February 2031?"), CHUNKS, DOCS)
    assert [row for row, _ in out] == [3, 0, 1, 2]
    assert [score for _, score in out] == [0.9, 0.8, 0.7, 0.6]  # scores stay best-first
    # No period asked: nothing moves.
    assert by_period(ranked, analyse("How many arrests were made?"), CHUNKS, DOCS) == ranked
    # Only the first `depth` rows are looked at.
    assert [row for row, _ in by_period(ranked, analyse("Arrests in February 2031?"), CHUNKS, DOCS, depth=2)] == \
        [0, 1, 2, 3]

"""The passage a document's particular was read from: where "who signed the X report?" is answered in each letter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from rag.question.kinds import asks_who_wrote
from rag.types import Chunk, DocumentMeta

# Where a field is when the document gives no span for it.
PART_OF = {"author": "signature", "report_by": "header", "recipient": "header", "reference": "header",
           "date": "header", "title": "header"}


def asked_fields(metadata: str | None, question: str) -> tuple[str, ...]:
    """The DocumentMeta fields (in order of preference) a question about a document's particulars asks for: its
    "Report by:" before its signatory for who wrote it (rag.question.kinds.asks_who_wrote), else the one asked."""
    if metadata is None:
        return ()
    if metadata == "author" and asks_who_wrote(question):
        return ("report_by", "author")
    return (metadata,)


def field_rows(fields: Sequence[str], documents: Iterable[str], metas: dict[str, DocumentMeta],
               doc_rows: dict[str, np.ndarray], chunks: Sequence[Chunk], fallback: dict[str, int]) -> list[int]:
    """For each document in order, the row of the passage holding the first of `fields` it has a span for, else
    its `fallback` row (the letter part where such a field usually is)."""
    out: list[int] = []
    for doc_id in documents:
        meta = metas.get(doc_id)
        if meta is None or doc_id not in doc_rows:
            continue
        span = next((s for f in fields if (s := meta.span(f)) is not None), None)
        if span is None:
            if doc_id in fallback:
                out.append(fallback[doc_id])
            continue
        rows = doc_rows[doc_id].tolist()
        # The smallest passage holding the span: a list item before the list chunk that contains it.
        holding = [r for r in rows if chunks[r].start <= span[0] < chunks[r].end]
        if holding:
            out.append(min(holding, key=lambda r: chunks[r].end - chunks[r].start))
    return out


__all__ = ["PART_OF", "asked_fields", "field_rows"]

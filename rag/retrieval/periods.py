"""Period order: among the first passages, those whose own period is the one asked lead, those naming another trail."""

from __future__ import annotations

from collections.abc import Sequence

from rag.question.analysis import Period, QuestionAnalysis, periods_in
from rag.question.periods import dated_periods, own_verdict, period_matches
from rag.types import Chunk, DocumentMeta

# How far down the fused list the order looks: deep enough for the row of a long table ("how many … in 2020/21"
# when every row shares the question's words), shallow enough that a passage with little else in common with the
# question is not lifted by a year alone.
PERIOD_DEPTH = 10

SHOWN, SILENT, OTHER = 0, 1, 2


def period_tier(asked: Sequence[Period], chunk: Chunk, meta: DocumentMeta | None) -> int:
    """SHOWN when the passage (its heading, text or table row) names every asked period, or names none of an asked
    one's kind in a document dated in it; OTHER when it names a period of an asked kind but never the asked one
    ("Month: April 2023" for February 2023); SILENT otherwise."""
    own = periods_in(f"{chunk.heading}\n{chunk.text}")
    dated = dated_periods(meta.date if meta is not None else None)
    tier = SHOWN
    for period in asked:
        verdict = own_verdict(period, own)
        if verdict is False:
            return OTHER
        if verdict is None and not any(period_matches(period, p) for p in dated):
            tier = SILENT
    return tier


def by_period(ranked: list[tuple[int, float]], analysis: QuestionAnalysis, chunks: Sequence[Chunk],
              documents: dict[str, DocumentMeta], depth: int = PERIOD_DEPTH) -> list[tuple[int, float]]:
    """`ranked` with its first `depth` rows stably re-ordered by period tier; unchanged when no period is asked."""
    if not analysis.periods or not ranked:
        return ranked
    head = ranked[:depth]
    # A table row is labelled by its period ("Month: April 2023"); a paragraph's periods are often another event's
    # ("an earlier briefing in October 2017"), so only rows are moved.
    tiers = [period_tier(analysis.periods, chunks[row], documents.get(chunks[row].doc_id))
             if chunks[row].kind == "table_row" else SILENT for row, _ in head]
    if all(t == SILENT for t in tiers):
        return ranked
    order = sorted(range(len(head)), key=lambda i: tiers[i])
    # The scores stay with their rank, so the list still reads best-first to anything that compares them.
    return [(head[i][0], head[rank][1]) for rank, i in enumerate(order)] + ranked[depth:]


__all__ = ["PERIOD_DEPTH", "by_period", "period_tier"]

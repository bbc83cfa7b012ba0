"""Late-interaction reranking: the hybrid shortlist fused with its MaxSim order over the chunks' token vectors."""

from __future__ import annotations

import numpy as np

from rag.index.late_interaction import TokenVectors, maxsim_many
from rag.retrieval.fusion import reciprocal_rank_fusion

RERANK_DEPTH = 50  # hybrid candidates that MaxSim re-orders


def rerank(query_tokens: np.ndarray, rows: list[int], store: TokenVectors) -> list[tuple[int, float]]:
    """`rows` (best first) fused with their MaxSim order; MaxSim's list leads, so it wins ties."""
    if not rows or len(query_tokens) == 0:
        return [(row, 0.0) for row in rows]
    scores = maxsim_many(query_tokens, rows, store)
    by_maxsim = [rows[i] for i in np.argsort(-scores, kind="stable")]
    return reciprocal_rank_fusion([by_maxsim, rows])

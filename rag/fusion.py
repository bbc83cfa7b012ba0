"""Rank fusion of dense and lexical result lists."""

from __future__ import annotations

from collections.abc import Sequence

RRF_K = 60  # the constant from Cormack et al. (2009); damps the weight of top ranks


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[int]], weights: Sequence[float] | None = None, k: int = RRF_K
) -> list[tuple[int, float]]:
    """Fuse ranked id lists: score(id) = sum_i w_i / (k + rank_i(id)), best first; ties keep first-seen order."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])

"""Rank fusion of dense and lexical result lists."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

RRF_K = 5  # a few dozen candidates per list: a small k lets the top ranks decide (the customary 60 flattens them)


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[int]], weights: Sequence[float] | None = None, k: int = RRF_K
) -> list[tuple[int, float]]:
    """Fuse ranked id lists: score(id) = sum_i w_i / (k + rank_i(id)), best first.

    Ties (an item first in one list and second in the other, and vice versa) go to the better rank in the
    first list, so put the list to trust more first.
    """
    weights = weights or [1.0] * len(rankings)
    lists = [np.asarray(ranking, dtype=np.int64) for ranking in rankings]
    if not lists or not sum(len(ranking) for ranking in lists):
        return []
    # In numpy: the Python loop over every item of every list was most of a search's fusion time.
    items, slot = np.unique(np.concatenate(lists), return_inverse=True)
    scores = np.zeros(len(items))
    np.add.at(scores, slot, np.concatenate([weight / (k + np.arange(1, len(ranking) + 1))
                                            for ranking, weight in zip(lists, weights)]))
    first_rank = np.full(len(items), len(lists[0]))
    first_rank[slot[:len(lists[0])][::-1]] = np.arange(len(lists[0]))[::-1]  # reversed: a repeat keeps its first
    # best score first (rounded, so float noise can't break a tie), then the better rank in the first list
    order = np.lexsort((items, first_rank, -np.round(scores, 12)))
    return list(zip(items[order].tolist(), scores[order].tolist()))


def add_neighbour_support(
    ranked: Sequence[tuple[int, float]], neighbours: np.ndarray, weight: float
) -> list[tuple[int, float]]:
    """Each item gains `weight` times the best score among its neighbours, then all are re-sorted, best first.

    neighbours: one row per item id, the ids of its neighbours (-1 where there is none): the paragraphs before and
    after it, and the lead-in of the list it belongs to. Paragraphs next to a strong match often carry the answer
    the match leads into or follows from; items without a score (not in `ranked`) lend nothing.
    """
    if not ranked:
        return []
    items = np.fromiter((item for item, _ in ranked), dtype=np.int64, count=len(ranked))
    scores = np.fromiter((score for _, score in ranked), dtype=np.float64, count=len(ranked))
    lent = np.zeros(len(neighbours) + 1)  # the last slot, indexed by -1, is "no neighbour": it lends nothing
    lent[items] = scores
    boosted = scores + weight * lent[neighbours[items]].max(axis=1)
    order = np.argsort(-boosted, kind="stable")
    return list(zip(items[order].tolist(), boosted[order].tolist()))

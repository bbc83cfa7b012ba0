"""Tests for reciprocal rank fusion and neighbour support."""

import numpy as np
import pytest

from rag.retrieval.fusion import add_neighbour_support, reciprocal_rank_fusion


def test_item_in_both_lists_beats_item_top_of_one():
    fused = reciprocal_rank_fusion([[1, 2, 3], [2, 4]])
    assert fused[0][0] == 2
    assert {item for item, _ in fused} == {1, 2, 3, 4}


def test_weights_shift_the_order():
    assert reciprocal_rank_fusion([[1], [2]], weights=[1.0, 2.0])[0][0] == 2
    assert reciprocal_rank_fusion([[1], [2]], weights=[2.0, 1.0])[0][0] == 1


def test_neighbour_support_lifts_a_paragraph_next_to_a_strong_match():
    ranked = [(1, 0.5), (7, 0.3), (2, 0.28), (9, 0.0)]
    neighbours = np.full((11, 2), -1)  # items 0..10; each row: the item before and after, -1 for none
    neighbours[1] = (-1, 2)
    neighbours[2] = (1, 3)
    neighbours[9] = (-1, 10)
    out = add_neighbour_support(ranked, neighbours, 0.1)
    assert [item for item, _ in out] == [1, 2, 7, 9]  # 2 sits next to the best match and overtakes 7
    assert dict(out)[2] == pytest.approx(0.28 + 0.05)
    assert dict(out)[9] == 0.0  # a neighbour with no score (10) lends nothing
    assert add_neighbour_support(ranked, neighbours, 0.0) == sorted(ranked, key=lambda p: -p[1])
    assert add_neighbour_support([], neighbours, 0.1) == []


def test_neighbour_support_takes_the_best_of_any_number_of_neighbours():
    ranked = [(0, 0.5), (5, 0.2), (3, 0.19)]
    neighbours = np.full((6, 3), -1)  # before, after, and the lead-in of the list an item belongs to
    neighbours[3] = (2, 4, 0)  # item 3 hangs from lead-in 0, two paragraphs away
    out = add_neighbour_support(ranked, neighbours, 0.1)
    assert [item for item, _ in out] == [0, 3, 5]
    assert dict(out)[3] == pytest.approx(0.19 + 0.05)

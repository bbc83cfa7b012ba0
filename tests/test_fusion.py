"""Tests for reciprocal rank fusion."""

from rag.fusion import reciprocal_rank_fusion


def test_item_in_both_lists_beats_item_top_of_one():
    fused = reciprocal_rank_fusion([[1, 2, 3], [2, 4]])
    assert fused[0][0] == 2
    assert {item for item, _ in fused} == {1, 2, 3, 4}


def test_weights_shift_the_order():
    assert reciprocal_rank_fusion([[1], [2]], weights=[1.0, 2.0])[0][0] == 2
    assert reciprocal_rank_fusion([[1], [2]], weights=[2.0, 1.0])[0][0] == 1

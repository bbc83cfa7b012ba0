"""Tests for the BM25 tokenizer and index."""

import numpy as np

from rag.index.lexical import BM25Index, tokenize


def test_tokenize_keeps_amounts_references_and_years():
    tokens = tokenize("A cost of £1,118,248 in 2019/20, ref MOPAC06102020-D3474, s136 powers.")
    assert "£1,118,248" in tokens
    assert "2019/20" in tokens
    assert "mopac06102020-d3474" in tokens
    assert "s136" in tokens


def test_tokenize_drops_stopwords_and_stems():
    tokens = tokenize("How much did the boroughs spend on the partnerships")
    assert "the" not in tokens and "much" not in tokens
    assert "borough" in tokens and "partnership" in tokens


def test_hyphenated_words_split_into_parts_that_match_their_other_spellings():
    assert tokenize("anti-radicalisation")[-1] == tokenize("counter-radicalisation")[-1]
    assert tokenize("crime-prevention funding") == tokenize("crime prevention funding")
    assert tokenize("a co-designed plan") == tokenize("co designed plan")


def test_hyphen_split_finds_the_other_spelling():
    index = BM25Index.build(["counter-radicalisation work with the Home Office", "youth services"])
    assert index.search("anti-radicalisation partner", 2)[0][0] == 0


def test_search_ranks_matching_row_first_and_respects_mask(tmp_path):
    index = BM25Index.build(["knife crime strategy", "funding protection cost", "", "violence reduction unit"])
    assert index.search("protection cost", 3)[0][0] == 1
    assert index.search("violence unit", 3, allowed=np.array([1, 1, 1, 0], dtype=bool)) == []
    index.save(tmp_path)
    again = BM25Index.load(tmp_path, 4)
    assert again.search("knife", 2)[0][0] == 0


def test_search_with_only_unknown_words_is_empty():
    index = BM25Index.build(["knife crime strategy"])
    assert index.search("zebra", 5) == []

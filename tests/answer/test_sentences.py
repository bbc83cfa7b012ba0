"""Placing a sentence in the document text it was cleaned from."""

from __future__ import annotations

from rag.answer.sentences import locate


def test_a_sentence_written_as_it_stands_is_placed_where_it_is_written() -> None:
    raw = "Signed for and on behalf of the Council: A. Smith\n\nSigned for and on behalf of the Contractor: J. Bloggs"
    sentence = "Signed for and on behalf of the Contractor:"
    start, end = locate(raw, sentence)
    assert raw[start:end] == sentence  # not from the earlier line that opens alike


def test_a_sentence_broken_over_lines_is_placed_across_them() -> None:
    raw = "Intro.\n\nThe BCU model builds on the\nstrategic priorities of the Plan.\n"
    start, end = locate(raw, "The BCU model builds on the strategic priorities of the Plan.")
    assert raw[start:end] == "The BCU model builds on the\nstrategic priorities of the Plan."


def test_a_quoted_sentence_keeps_its_closing_mark_and_starts_at_its_first_word() -> None:
    raw = 'He said: “We will act now.” Then he left.'
    start, end = locate(raw, "“We will act now.”")
    assert raw[start:end] == "We will act now.”"
    assert locate(raw, "...") is None

"""Quoted requests trail their answers (rag.retrieval.requests)."""

from rag.retrieval.requests import only_asks, requests_last
from rag.types import Chunk


def _chunk(text: str) -> Chunk:
    return Chunk(f"d#{len(text)}", "d", "¶1", 0, len(text), text, text)


def test_a_passage_that_only_asks_moves_below_those_that_answer():
    chunks = [_chunk("What is the total value of the current BWV contract?"),
              _chunk("Quarter: Q3; Searches: 2,741"),
              _chunk("The total contract value is £8.4 million."),
              _chunk("How many cameras were lost?")]
    ranked = [(0, 0.9), (1, 0.8), (2, 0.7), (3, 0.6)]
    assert [row for row, _ in requests_last(ranked, chunks)] == [1, 2, 0, 3]
    assert dict(requests_last(ranked, chunks)) == dict(ranked)  # scores kept


def test_nothing_moves_when_all_or_none_only_ask():
    asks = [_chunk("What is it?"), _chunk("When did it start?")]
    assert requests_last([(0, 0.9), (1, 0.8)], asks) == [(0, 0.9), (1, 0.8)]
    answers = [_chunk("It started in 2021."), _chunk("It is a contract.")]
    assert requests_last([(0, 0.9), (1, 0.8)], answers) == [(0, 0.9), (1, 0.8)]


def test_only_a_short_question_is_a_request():
    assert only_asks(_chunk('He asked: "Will the counters close?"'))
    assert not only_asks(_chunk("Will the counters close? No: seven of them will stay open."))
    assert not only_asks(_chunk(" ".join(["word"] * 70) + "?"))  # a long paragraph ending in a question

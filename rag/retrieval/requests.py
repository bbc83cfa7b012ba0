"""Quoted requests trail their answers: a passage that only asks ("What is the total value of the contract?") is not
evidence for the same question asked of the assistant."""

from __future__ import annotations

from collections.abc import Sequence

from rag.types import Chunk

# An FOI reply quotes each request before answering it, minutes quote a member's question, a consultation lists the
# questions it asked: such a passage shares the most words with a question and holds none of its answer. Among the
# first passages, those that are nothing but a question move below those that are not, each group in its order.
REQUEST_DEPTH = 10
MAX_REQUEST_WORDS = 60
_CLOSING = " \"'”’)]"


def asks(text: str) -> bool:
    """Whether a text is a question: it ends with "?", closing quotes and brackets aside."""
    return text.strip().rstrip(_CLOSING).endswith("?")


def only_asks(chunk: Chunk) -> bool:
    """Whether a passage is a question and nothing else: it asks and is short."""
    return asks(chunk.text) and len(chunk.text.split()) <= MAX_REQUEST_WORDS


def requests_last(ranked: Sequence[tuple[int, float]], chunks: Sequence[Chunk]) -> list[tuple[int, float]]:
    """The ranking with the question-only passages among the first REQUEST_DEPTH moved below the others there
    (scores are kept: they say how well each matched). Unchanged when all or none of them only ask."""
    head = list(ranked[:REQUEST_DEPTH])
    asking = [only_asks(chunks[row]) for row, _ in head]
    if not any(asking) or all(asking):
        return list(ranked)
    return ([pair for pair, a in zip(head, asking) if not a] + [pair for pair, a in zip(head, asking) if a]
            + list(ranked[REQUEST_DEPTH:]))

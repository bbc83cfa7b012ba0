"""Sentences of retrieved passages, each with its [start, end) span in the document text for highlighting."""

from __future__ import annotations

import re
from typing import NamedTuple

from rag.ingest import split_sentences
from rag.types import Passage


class Sentence(NamedTuple):
    text: str
    passage: Passage
    start: int  # offsets into the document text
    end: int
    index: int  # position within the passage


def _words_pattern(words: list[str]) -> re.Pattern:
    return re.compile(r"\W*".join(re.escape(w) for w in words))


def locate(raw: str, sentence: str, from_at: int = 0) -> tuple[int, int] | None:
    """Span of `sentence` inside `raw` although markup, bullets and line breaks may sit between its words."""
    words = re.findall(r"\w+", sentence)
    if not words:
        return None
    at = raw.find(sentence, from_at)
    if at >= 0:  # written as it stands (most sentences): no pattern to compile, which costs more than the search
        first = re.search(r"\w", sentence).start()
        end = at + len(sentence.rstrip())
        while end > at and not raw[end - 1].isalnum() and raw[end - 1] != "_":
            end -= 1
        while end < len(raw) and raw[end] in ".;:!?\"'”’)":
            end += 1
        return at + first, end
    head = _words_pattern(words[:6]).search(raw, from_at)
    if not head:
        return None
    tail_words = words[-6:]
    tail = None
    for m in _words_pattern(tail_words).finditer(raw, head.start()):
        tail = m
        break
    end = tail.end() if tail else head.end()
    while end < len(raw) and raw[end] in ".;:!?\"'”’)":
        end += 1
    return head.start(), end


def passage_sentences(passage: Passage, document_text: str) -> list[Sentence]:
    """The passage's sentences; each span falls back to the whole passage when it cannot be placed exactly."""
    raw = document_text[passage.start:passage.end]
    out = []
    cursor = 0
    for i, (s, e) in enumerate(split_sentences(passage.text)):
        text = passage.text[s:e].strip()
        if not text:
            continue
        span = locate(raw, text, cursor)
        if span:
            cursor = span[1]
            out.append(Sentence(text, passage, passage.start + span[0], passage.start + span[1], i))
        else:
            out.append(Sentence(text, passage, passage.start, passage.end, i))
    return out

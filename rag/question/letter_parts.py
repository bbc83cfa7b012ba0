"""Which part of a letter a question is about: its signature, its header, or the opening that says what it answers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.types import Chunk

# Cues for the three parts every letter has in the same place. Who signed or wrote it lives in the signature; whom
# it is addressed to, its date and reference live in the header; what it replies to is in its first paragraph
# ("Thank you for your letter of 6 October …").
_CUES = {
    "signature": re.compile(r"\b(?:sign(?:ed|s|atory|atories|ing)?|signed\s+off|who\s+wrote|written\s+by|"
                            r"sent\s+by|authored?)\b", re.I),
    "header": re.compile(r"\b(?:addressed|to\s+whom|reference\s+(?:number|no)|what\s+date\s+is\s+on|"
                         r"date\s+of\s+the\s+(?:letter|reply|response)|dated)\b", re.I),
    "opening": re.compile(r"\b(?:(?:a\s+)?repl(?:y|ies|ied|ying)\s+to|respon(?:se|ses|ding|ded|d)\s+to|"
                          r"in\s+(?:reply|response)|answering)\b", re.I),
}
# A cue counts only in a question about a document ("who signed the agreement?" is about the agreement's content).
_DOCUMENT = re.compile(r"\b(?:letters?|repl(?:y|ies)|responses?|papers?|briefings?|reports?|correspondence|"
                       r"documents?|notes?|memo)\b", re.I)


def requested_parts(question: str) -> list[str]:
    """The letter parts the question asks about, in a fixed order; empty for a question about the content."""
    if not _DOCUMENT.search(question):
        return []
    return [part for part, cue in _CUES.items() if cue.search(question)]


def part_rows(chunks: Sequence[Chunk], part: str) -> dict[str, int]:
    """For each document, the row of its chunk that is `part` (the first body chunk for "opening")."""
    found: dict[str, int] = {}
    for row, chunk in enumerate(chunks):
        if chunk.doc_id in found:
            continue
        if part == "opening" and chunk.kind in ("body", "list_item") or chunk.kind == part:
            found[chunk.doc_id] = row
    return found

"""Paragraph-aligned chunks sized in tokens; long paragraphs split at sentence boundaries."""

from __future__ import annotations

import re

from rag.tokens import count_tokens, truncate_tokens
from rag.types import Chunk, Document, Paragraph

# A sentence ends at . ! ? followed by space and a capital/quote/digit, except after common abbreviations.
_ABBREVIATIONS = r"(?<!\be\.g)(?<!\bi\.e)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bNo)(?<!\bSt)(?<!\bvs)(?<!\betc)"
SENTENCE_END = re.compile(_ABBREVIATIONS + r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9£])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the sentences of `text`."""
    spans, at = [], 0
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        if text[at:end].strip():
            spans.append((at, len(text[:end].rstrip()) ))
        at = end
    if text[at:].strip():
        spans.append((at, len(text.rstrip())))
    return spans


def _locate(raw: str, piece: str, from_at: int) -> int | None:
    """Where `piece` begins in the raw span (markup and line breaks may sit between its words)."""
    words = re.findall(r"\w+", piece)[:6]
    if not words:
        return None
    pattern = r"\W*".join(re.escape(w) for w in words)
    m = re.compile(pattern).search(raw, from_at)
    return m.start() if m else None


def _pieces(paragraph: Paragraph, raw: str, max_tokens: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of the paragraph's chunks: itself, or sentence groups within max_tokens."""
    if count_tokens(paragraph.text) <= max_tokens or paragraph.kind in ("header", "signature"):
        return [(paragraph.start, paragraph.end, paragraph.text)]
    groups: list[str] = []
    current = ""
    for s, e in split_sentences(paragraph.text):
        sentence = paragraph.text[s:e]
        if current and count_tokens(current + " " + sentence) > max_tokens:
            groups.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        groups.append(current)
    starts: list[int] = []
    cursor = 0
    for group in groups:
        found = _locate(raw, group, cursor)
        if found is None:  # cannot place the piece exactly: keep the paragraph whole
            return [(paragraph.start, paragraph.end, paragraph.text)]
        starts.append(found)
        cursor = found + 1
    starts[0] = 0
    out = []
    for i, group in enumerate(groups):
        end = starts[i + 1] if i + 1 < len(groups) else len(raw)
        piece_raw = raw[starts[i]:end].rstrip()
        out.append((paragraph.start + starts[i], paragraph.start + starts[i] + len(piece_raw), group))
    return out


def _tail(text: str, max_tokens: int) -> str:
    """The last sentences of `text` within max_tokens: a list's lead-in ends with what the list is about."""
    out = ""
    for s, e in reversed(split_sentences(text)):
        candidate = f"{text[s:e]} {out}".strip()
        if out and count_tokens(candidate) > max_tokens:
            break
        out = candidate
    return out if count_tokens(out) <= max_tokens * 2 else truncate_tokens(out, max_tokens)


def _describe(meta) -> str:
    """A sentence about the document itself, so questions about a letter's date, author or recipient find it."""
    kind = meta.doc_type or "document"
    parts = [f"{meta.title}. This {kind}"]
    if meta.organisation:
        parts.append(f"from {meta.organisation}")
    if meta.date:
        parts.append(f"is dated {meta.date}")
    if meta.author:
        parts.append(f", written and signed by {meta.author}" + (f" ({meta.author_role})" if meta.author_role else ""))
    if meta.recipient:
        parts.append(f", addressed to {meta.recipient}")
    if meta.reference:
        parts.append(f", reference {meta.reference}")
    return " ".join(parts).replace(" ,", ",") + "."


def chunk_document(doc: Document, max_tokens: int = 200, min_tokens: int = 40) -> list[Chunk]:
    """Chunks of a document in reading order. Short paragraphs and list items embed with their lead-in."""
    meta = doc.meta
    chunks: list[Chunk] = []
    previous: Paragraph | None = None
    for para in doc.paragraphs:
        raw = doc.text[para.start:para.end]
        for start, end, text in _pieces(para, raw, max_tokens):
            if para.kind in ("header", "signature"):
                embed = f"{_describe(meta)} {text}"
            else:
                # A list item is embedded with its lead-in ("…has the following components:"), so the item
                # is found by what the list is about; its citation stays the item itself.
                context = ""
                if previous is not None and para.kind == "list_item" and count_tokens(text) < min_tokens * 2:
                    context = _tail(previous.text, 50) + " "
                heading = f"{para.heading}. " if para.heading and para.heading != meta.title else ""
                embed = f"{meta.title}. {heading}{context}{text}"
            chunks.append(Chunk(f"{doc.doc_id}#{start}-{end}", doc.doc_id, para.label, start, end, text,
                                embed, para.kind, para.heading))
        if para.kind == "body":
            previous = para
    return chunks

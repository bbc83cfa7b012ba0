"""Paragraph-aligned chunks sized in tokens; long paragraphs split at sentences with exact sub-spans."""

from __future__ import annotations

import math
import re

from rag.ingest.acronyms import defined_acronyms, glossary
from rag.ingest.cleaning import MARKER, clean_span
from rag.ingest.lists import document_lists
from rag.ingest.tokens import count_tokens, truncate_tokens
from rag.types import Chunk, Document, DocumentMeta, Paragraph

CONTEXT_TOKENS = 50  # how much of its lead-in a short paragraph or list item borrows for its embedding

# Words whose trailing full stop does not end a sentence ("e.g.", "Cllr.", "No. 4", initials).
_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "eg",
    "ie",
    "cf",
    "vs",
    "viz",
    "approx",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "cllr",
    "ch",
    "supt",
    "insp",
    "sgt",
    "det",
    "st",
    "no",
    "nos",
    "para",
    "paras",
    "fig",
    "figs",
    "p",
    "pp",
    "vol",
    "ref",
    "tel",
    "dept",
    "govt",
    "rt",
    "hon",
    "rev",
    "gen",
    "col",
    "capt",
    "lt",
    "jr",
    "sr",
    "op",
    "al",
    "est",
    "inc",
    "co",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
# A sentence ends at . ! or ? (plus closing quotes/brackets) before whitespace and a capital, digit or quote.
_BOUNDARY = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s+[-•·]?\s*[\"'‘“(£]?[A-Z0-9£])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_ENUMERATOR_ONLY = re.compile(r"\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,6})[.)]\s*$")
_AFTER_LEAD_IN = re.compile(r"[:;]\s+\(?(?:\d{1,3}|[a-z]|[ivx]{1,6})[.)]$")


def split_sentences(raw: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the sentences in `raw` (whitespace between sentences belongs to none)."""
    spans, cursor = [], 0
    lead = MARKER.match(raw).end()  # "22. Following": a list number's full stop ends no sentence
    for match in _BOUNDARY.finditer(raw):
        end = match.end()
        if match.start() < lead or _ENUMERATOR_ONLY.match(raw, cursor, match.end()):
            continue  # "... bracket. 2. Register": a list number is not a sentence of its own
        if _AFTER_LEAD_IN.search(raw, 0, match.end()):
            continue  # "asked to: 1. Consider": the lead-in runs on into its first item
        before = _WORD_BEFORE.search(raw[cursor : match.start() + 1])
        if before and match.group().startswith(".") and not match.group().startswith(".."):
            word = before.group(1).lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        start = _skip_space(raw, cursor)
        if start < end:
            spans.append((start, end))
        cursor = end
    start = _skip_space(raw, cursor)
    tail_end = len(raw.rstrip())
    if start < tail_end:
        spans.append((start, tail_end))
    return spans


def _skip_space(raw: str, at: int) -> int:
    while at < len(raw) and raw[at].isspace():
        at += 1
    return at


def _word_pieces(raw: str, start: int, end: int, max_tokens: int) -> list[tuple[int, int]]:
    """Split an over-long sentence at word boundaries into pieces of at most `max_tokens` tokens."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", raw[start:end])]
    pieces, first = [], 0
    while first < len(words):
        low, high = first + 1, len(words)  # largest `last` with the piece under the limit (at least one word)
        while low < high:
            mid = (low + high + 1) // 2
            if count_tokens(clean_span(raw[words[first][0] : words[mid - 1][1]])) <= max_tokens:
                low = mid
            else:
                high = mid - 1
        pieces.append((words[first][0], words[low - 1][1]))
        first = low
    return pieces


def split_span(raw: str, max_tokens: int) -> list[tuple[int, int]]:
    """Sentence-aligned [start, end) pieces of `raw`, each at most `max_tokens` tokens once cleaned."""
    total = count_tokens(clean_span(raw))
    if total <= max_tokens:
        return [(0, len(raw.rstrip()))]
    units: list[tuple[int, int, int]] = []
    for start, end in split_sentences(raw):
        tokens = count_tokens(clean_span(raw[start:end]))
        if tokens <= max_tokens:
            units.append((start, end, tokens))
        else:
            for s, e in _word_pieces(raw, start, end, max_tokens):
                units.append((s, e, count_tokens(clean_span(raw[s:e]))))
    # Aim for evenly sized pieces rather than full ones followed by a scrap.
    target = total / math.ceil(total / max_tokens)
    pieces: list[tuple[int, int]] = []
    piece_start, piece_tokens, piece_end = units[0][0], 0, units[0][0]
    for start, end, tokens in units:
        if piece_tokens and (piece_tokens + tokens > max_tokens or piece_tokens >= target):
            pieces.append((piece_start, piece_end))
            piece_start, piece_tokens = start, 0
        piece_tokens += tokens + 1
        piece_end = end
    pieces.append((piece_start, piece_end))
    # Joining sentences can add a token at a seam; re-split any piece that ended up over the limit.
    checked: list[tuple[int, int]] = []
    for start, end in pieces:
        if count_tokens(clean_span(raw[start:end])) <= max_tokens:
            checked.append((start, end))
        else:
            checked.extend(_word_pieces(raw, start, end, max_tokens))
    return checked


def _tail(text: str, max_tokens: int) -> str:
    """The last sentences of `text` within max_tokens: a list's lead-in ends with what the list is about."""
    out = ""
    for start, end in reversed(split_sentences(text)):
        candidate = f"{text[start:end]} {out}".strip()
        if out and count_tokens(candidate) > max_tokens:
            break
        out = candidate
    return out if count_tokens(out) <= max_tokens else truncate_tokens(out, max_tokens)


def _context(paragraphs: list[Paragraph], index: int, min_tokens: int) -> str:
    """What a short paragraph borrows for its embedding: a list item its lead-in, others their predecessor.

    Only paragraphs under the same heading count; the heading itself is always part of the embedded text.
    """
    paragraph = paragraphs[index]
    tokens = count_tokens(paragraph.text)
    if paragraph.kind == "list_item" and tokens < 2 * min_tokens:
        wanted = lambda p: p.kind == "body"  # noqa: E731 - the lead-in, skipping sibling items
    elif paragraph.kind == "body" and tokens < min_tokens:
        wanted = lambda p: p.kind in ("body", "list_item")  # noqa: E731
    else:
        return ""
    for earlier in reversed(paragraphs[:index]):
        if earlier.kind in ("header", "signature") or earlier.heading != paragraph.heading:
            return ""
        if wanted(earlier):
            return _tail(earlier.text, CONTEXT_TOKENS)
    return ""


def describe(meta: DocumentMeta) -> str:
    """A sentence about the document itself, so questions about its date, author or recipient find it."""
    parts = [f"{meta.title}. This {meta.doc_type or 'document'}"]
    if meta.organisation:
        parts.append(f" from {meta.organisation}")
    if meta.date:
        parts.append(f" is dated {meta.date}")
    if meta.author:
        role = f" ({meta.author_role})" if meta.author_role else ""
        parts.append(f", written and signed by {meta.author}{role}")
    if meta.recipient:
        parts.append(f", addressed to {meta.recipient}")
    if meta.reference:
        parts.append(f", reference {meta.reference}")
    return "".join(parts) + "."


def _embed_text(doc: Document, paragraph: Paragraph, context: str, text: str, notes: str = "") -> str:
    if paragraph.kind in ("header", "signature"):
        return f"{describe(doc.meta)} {text}"
    heading = f"{paragraph.heading}. " if paragraph.heading and paragraph.heading != doc.meta.title else ""
    return f"{doc.meta.title}. {heading}{context + ' ' if context else ''}{text}{' ' + notes if notes else ''}"


def chunk_document(doc: Document, max_tokens: int = 200, min_tokens: int = 40) -> list[Chunk]:
    """Chunks of `doc` in reading order: one per paragraph, or sentence-aligned pieces of a long paragraph.

    Chunk.text is `clean_span` of the chunk's own span (a table row's: its restated text); embed_text adds the
    title, the heading and, for a
    short paragraph or list item, its lead-in, while the citation stays the paragraph itself.
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be positive")
    chunks: list[Chunk] = []
    acronyms = defined_acronyms(doc.text)  # "MOPAC" is spelled out where a chunk uses it bare, for the embedding
    for index, paragraph in enumerate(doc.paragraphs):
        raw = doc.text[paragraph.start : paragraph.end]
        context = _context(doc.paragraphs, index, min_tokens)
        # A table row is one chunk whose text restates it with its header (see tables.py), not its raw cells.
        pieces = [(0, len(raw))] if paragraph.kind == "table_row" else split_span(raw, max_tokens)
        for start, end in pieces:
            text = paragraph.text if paragraph.kind == "table_row" else clean_span(raw[start:end])
            if not text:
                continue
            begin, finish = paragraph.start + start, paragraph.start + end
            chunks.append(
                Chunk(
                    chunk_id=f"{doc.doc_id}#{begin}-{finish}",
                    doc_id=doc.doc_id,
                    label=paragraph.label,
                    start=begin,
                    end=finish,
                    text=text,
                    embed_text=_embed_text(doc, paragraph, context, text, glossary(text, acronyms)),
                    kind=paragraph.kind,
                    heading=paragraph.heading,
                )
            )
    chunks.extend(list_chunks(doc, max_tokens))
    return chunks


def list_chunks(doc: Document, max_tokens: int) -> list[Chunk]:
    """One extra chunk per list of two or more items with its lead-in, when it fits max_tokens: kind "list",
    spanning the lead-in and every item, labelled "<first>–<last>".

    A question about the list as a whole ("Why do specials quit?") matches the lead-in and its items together
    better than any one of them; the lead-in and items keep their own chunks, so a question about one item still
    finds it, cited by its own label. Answers quote the members, not this chunk (see rag.answer.extractive).
    """
    out = []
    for lead, items in document_lists(doc.paragraphs):
        if len(items) < 2:
            continue
        members = ([doc.paragraphs[lead]] if lead >= 0 else []) + [doc.paragraphs[i] for i in items]
        text = "\n".join(p.text for p in members)
        heading = members[-1].heading
        embed_text = _embed_text(doc, members[-1], "", text)
        if count_tokens(embed_text) > max_tokens:
            continue  # a long list is found item by item, each embedded with its lead-in
        start, end = members[0].start, members[-1].end
        out.append(Chunk(chunk_id=f"{doc.doc_id}#{start}-{end}", doc_id=doc.doc_id,
                         label=f"{members[0].label}–{members[-1].label}", start=start, end=end, text=text,
                         embed_text=embed_text, kind="list", heading=heading))
    return out

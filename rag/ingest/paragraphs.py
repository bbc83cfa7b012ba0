"""Split a document's text into citable paragraphs with exact spans and citation labels.

Blocks are runs of non-blank lines; a line that starts with a list marker starts a new block. A block that
continues a sentence broken across a blank line (no closing punctuation, next starts lower-case) is joined back.
The first blocks (up to the salutation, or up to the first real paragraph) form the header; the sign-off from
"Yours sincerely" on forms the signature. Short unpunctuated lines become headings of what follows.
Labels: the document's own numbering when it has one ("para 22", "para 16(a)", "para 3, item 2"),
otherwise "¶1", "¶2", … in reading order; "header", "signature".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from rag.ingest.cleaning import MARKER, clean_span, is_blank, is_debris
from rag.types import Paragraph

_SALUTATION = re.compile(r"^\s*(?:\*\*)?Dear\b", re.I)
_SIGN_OFF = re.compile(r"^\s*(?:\*\*)?(?:yours\s+(?:sincerely|faithfully|truly|ever)|kind regards|best wishes"
                       r"|with best wishes|regards)\b", re.I)
_END_PUNCT = ".!?:;\"”’)"


@dataclass
class Block:
    start: int
    end: int
    lines: list[str] = field(default_factory=list)
    indent: int = 0
    bullet: bool = False
    number: int | None = None
    letter: str | None = None
    blank_before: bool = True

    @property
    def text(self) -> str:
        return clean_span("\n".join(self.lines))

    @property
    def marked(self) -> bool:
        return self.bullet or self.number is not None or self.letter is not None


def _lines(text: str):
    at = 0
    for raw in text.split("\n"):
        yield at, raw.rstrip("\r")
        at += len(raw) + 1


def _blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    blank = True
    for offset, line in _lines(text):
        if is_blank(line) or is_debris(line):
            current, blank = None, True
            continue
        m = MARKER.match(line)
        marked = bool(m and (m.group("bullets") or m.group("number") or m.group("letter") or m.group("paren")))
        lead = len(line) - len(line.lstrip())
        if current is None or marked:
            number = int(m.group("number")) if marked and m.group("number") else None
            letter = (m.group("letter") or m.group("paren")) if marked else None
            if letter and letter.isdigit():
                number, letter = int(letter), None
            current = Block(offset + lead, offset + len(line.rstrip()), [line], lead,
                            bool(marked and m.group("bullets")), number, letter, blank)
            blocks.append(current)
        else:
            current.lines.append(line)
            current.end = offset + len(line.rstrip())
        blank = False
    return blocks


def _joins(prev: Block, nxt: Block) -> bool:
    """A sentence broken across a blank line: prev lacks closing punctuation, next starts lower-case."""
    prev_text, next_text = prev.text, nxt.text
    if not prev_text or not next_text or nxt.number is not None or nxt.letter is not None:
        return False
    return prev_text[-1] not in _END_PUNCT and next_text[0].islower() and len(prev_text.split()) > 3


def _merge_broken(blocks: list[Block], text: str) -> list[Block]:
    merged: list[Block] = []
    for block in blocks:
        if merged and block.blank_before and _joins(merged[-1], block):
            prev = merged[-1]
            prev.lines = text[prev.start:block.end].split("\n")
            prev.end = block.end
        else:
            merged.append(block)
    return merged


_ANSWER_WORDS = {"none", "n/a", "nil", "not applicable", "yes", "no", "tbc", "not known"}


def _is_heading(block: Block) -> bool:
    text = block.text
    words = text.split()
    return (
        not block.marked
        and text.lower() not in _ANSWER_WORDS
        and 0 < len(words) <= 14
        and len(text) <= 100
        and text[-1] not in ".,;:!?"
        and (text[0].isupper() or text[0].isdigit())
        and len(block.lines) <= 2
        and not re.fullmatch(r"[\d/ ]+", text)
    )


_NOTICE = re.compile(r"^(?:warning|note|notice|disclaimer)\s*:", re.I)


def _is_body_like(block: Block) -> bool:
    text = block.text
    return len(text.split()) >= 12 and text[-1] in ".!?:" and not _NOTICE.match(text)


def _header_end(blocks: list[Block]) -> tuple[int, int | None]:
    """Index of the first block after the header, and the salutation's index if there is one."""
    for i, block in enumerate(blocks[:20]):
        if _SALUTATION.match(block.lines[0]):
            return i + 1, i
    for i, block in enumerate(blocks[:15]):
        if _is_body_like(block):
            return i, None
        if i > 0 and _is_heading(block) and ":" not in block.text and i + 1 < len(blocks) and _is_body_like(
                blocks[i + 1]):
            return i, None  # a section heading ("Summary") opens the body
    return 0, None


def _signature_start(blocks: list[Block], after: int) -> int | None:
    for i in range(len(blocks) - 1, after - 1, -1):
        if _SIGN_OFF.match(blocks[i].lines[0]):
            return i
    return None


def _looks_like_name(text: str) -> bool:
    words = text.replace(".", "").split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in text)


def _drop_scribbles(sig: list[Block]) -> list[Block]:
    """Drop OCR'd handwriting: a trailing short line that resembles the typed name but isn't it."""
    names = [b.text for b in sig if _looks_like_name(b.text)]
    kept = list(sig)
    while len(kept) > 1:
        last = kept[-1].text
        similar = any(difflib.SequenceMatcher(None, last.lower(), n.lower()).ratio() >= 0.6 for n in names)
        if len(last.split()) <= 3 and last not in names and similar:
            kept.pop()
        else:
            break
    return kept


def _main_sequence(body: list[Block]) -> list[int]:
    """Indices (into body) of the longest run of top-level numbers n, n+1, n+2, … with no other number between."""
    best: list[int] = []
    run: list[int] = []
    for i, block in enumerate(body):
        if block.number is None or block.indent > 0:
            continue
        if run and block.number == body[run[-1]].number + 1:
            run.append(i)
        else:
            run = [i]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 5 else []


def _unique(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def split_paragraphs(text: str) -> tuple[list[Paragraph], str | None]:
    """Paragraphs of a document in reading order, and the subject line (after the salutation) if any."""
    blocks = _merge_broken(_blocks(text), text)
    if not blocks:
        return [], None
    body_start, salutation = _header_end(blocks)
    header = blocks[:salutation] if salutation is not None else blocks[:body_start]
    rest = blocks[body_start:]
    subject = None
    if salutation is not None and rest and _is_heading(rest[0]):
        subject = rest[0].text
    sig_at = _signature_start(rest, 0)
    signature = _drop_scribbles(rest[sig_at:]) if sig_at is not None else []
    body = rest[:sig_at] if sig_at is not None else rest

    paragraphs: list[Paragraph] = []
    if header:
        # One header passage (letterhead, addressee, date, reference): a question about the letter itself is
        # answered, and cited, from one place.
        start, end = header[0].start, header[-1].end
        paragraphs.append(Paragraph("header", start, end, clean_span(text[start:end], "header"), "header"))

    # Body: headings are not paragraphs; they label what follows (consecutive headings are joined).
    entries: list[tuple[Block, str]] = []
    heading = subject or ""
    pending: list[str] = []
    for i, block in enumerate(body):
        if _is_heading(block) and i + 1 < len(body):
            pending.append(block.text)
            continue
        if pending:
            heading, pending = " — ".join(pending), []
        entries.append((block, heading))
    blocks_only = [b for b, _ in entries]
    sequence = _main_sequence(blocks_only)
    labels: list[str] = []
    kinds: list[str] = []
    if sequence:
        chain = set(sequence)
        first = blocks_only[sequence[0]].number or 1
        inferred: dict[int, int] = {}
        # A lost number: unnumbered top-level paragraphs just before the run take the missing numbers.
        i, missing = sequence[0] - 1, first - 1
        while i >= 0 and missing > 0 and not blocks_only[i].marked:
            inferred[i] = missing
            missing -= 1
            i -= 1
        current: int | None = None
        current_heading = None
        item = loose = 0
        for idx, (block, head) in enumerate(entries):
            if idx in chain or idx in inferred:
                current = block.number if idx in chain else inferred[idx]
                current_heading, item = head, 0
                labels.append(f"para {current}")
                kinds.append("body")
            elif current is not None and head == current_heading and (block.marked or block.indent > 0):
                item += 1
                labels.append(f"para {current}({block.letter})" if block.letter else f"para {current}, item {item}")
                kinds.append("list_item")
            elif block.number is not None and not block.bullet and idx < sequence[0]:
                lead = entries[idx - 1][0].text.lower() if idx else ""
                after_recommendation = bool(labels) and labels[-1].startswith("recommendation")
                prefix = "recommendation" if "recommend" in lead or after_recommendation else "item"
                labels.append(f"{prefix} {block.number}")
                kinds.append("list_item")
            else:
                current = None  # a loose paragraph ends the numbered paragraph's items
                loose += 1
                labels.append(f"¶{loose}")
                kinds.append("list_item" if block.marked else "body")
    else:
        for n, block in enumerate(blocks_only, start=1):
            labels.append(f"¶{n}")
            kinds.append("list_item" if block.marked else "body")

    for (block, head), label, kind in zip(entries, _unique(labels), kinds):
        raw = text[block.start:block.end]
        paragraphs.append(Paragraph(label, block.start, block.end, clean_span(raw, "body"), kind, head))

    if signature:
        start, end = signature[0].start, signature[-1].end
        paragraphs.append(Paragraph("signature", start, end, clean_span(text[start:end], "signature"), "signature"))
    return [p for p in paragraphs if p.text], subject

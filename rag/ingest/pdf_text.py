"""PDF to text with pdfplumber: text lines in reading order, ruled tables as pipe rows where they stand, running
headers/footers and page numbers dropped (and counted), paragraphs separated where the line spacing opens up."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from typing import Any

from rag.ingest.chrome import is_page_number
from rag.ingest.docx_text import ITEM, join_blocks
from rag.ingest.tables import looks_like_header, render_table

_CID_BULLET = re.compile(r"^\s*\(cid:\d+\)\s*")  # an unmapped glyph opening a line is a bullet
_CID = re.compile(r"\(cid:\d+\)")
_ITEM_START = re.compile(r"^\s*(?:[•▪◦●\-–]\s|\(?[a-z]{1,3}\)\s|\(?\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\s)")
_BULLET_START = re.compile(r"^\s*(?:[•▪◦●\-–]\s|\(?[a-z]{1,3}\)\s)")
MARGIN_LINES = 2  # running headers and footers are among the first or last lines of a page


class PdfError(Exception):
    """A PDF that cannot be read: the message says why ("encrypted PDF", "no text layer", ...)."""


def _tables(page: Any) -> list[tuple[float, float, float, float, str]]:
    """(x0, top, x1, bottom, pipe rows) of each ruled table on the page."""
    out = []
    for table in page.find_tables():
        rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if len(rows) < 2 or max(len(row) for row in rows) < 2:
            continue  # a box drawn round text, not a table
        out.append((*table.bbox, render_table(rows, looks_like_header(rows) or _styled_first_row(page, table))))
    return out


def _styled_first_row(page: Any, table: Any) -> bool:
    """Whether the table's first row is set apart from the rest, in a bold font or on a shaded background: the
    header of a table whose cells hold words rather than figures ("Ref | Recommendation | Status"), as a bold or
    marked header row is for .docx and <th> for HTML."""
    if len(table.rows) < 2:
        return False

    def inside(obj: dict, box: tuple) -> bool:
        return box[0] - 1 <= obj["x0"] and obj["x1"] <= box[2] + 1 and box[1] - 1 <= obj["top"] \
            and obj["bottom"] <= box[3] + 1

    def bold_share(row: Any) -> float:
        chars = [c for c in page.chars if c["text"].strip() and inside(c, row.bbox)]
        return sum("bold" in c.get("fontname", "").lower() for c in chars) / len(chars) if chars else 0.0

    def fill_under(box: tuple) -> object:
        x0, top, x1, bottom = box
        fills = [r.get("non_stroking_color") for r in page.rects if r.get("fill") and r["x0"] <= x0 + 1
                 and r["x1"] >= x1 - 1 and r["top"] <= top + 1 and r["bottom"] >= bottom - 1]
        return fills[-1] if fills else None

    def shade(row: Any) -> object:
        """The row's fill: one shape under the whole row, or the same fill under every cell (Word's export)."""
        whole = fill_under(row.bbox)
        if whole is not None:
            return whole
        cells = [fill_under(cell) for cell in getattr(row, "cells", []) if cell]
        return cells[0] if cells and cells[0] is not None and all(c == cells[0] for c in cells) else None

    # A bold "Total" row at the foot does not make the body bold.
    body = table.rows[1:-1] if len(table.rows) > 2 else table.rows[1:]
    if bold_share(table.rows[0]) > 0.9 and max(bold_share(row) for row in body) < 0.5:
        return True
    first = shade(table.rows[0])
    return first is not None and all(shade(row) != first for row in table.rows[1:])


def _spaced(line: dict) -> str:
    """The line's text, with gaps wider than the font size (the column gaps of a table drawn without rules, two or
    more on the line) kept as spaces up to where the next piece stands, so the plain-text table rule
    (tables.aligned_tables) can see the columns; other lines are the line's text as pdfplumber gives it."""
    chars = [c for c in line.get("chars", []) if c.get("text", "").strip()]
    if len(chars) < 2:
        return line["text"]
    size = sorted(c.get("size", 10.0) for c in chars)[len(chars) // 2] or 10.0
    if sum(b["x0"] - a["x1"] > size for a, b in zip(chars, chars[1:])) < 2:
        return line["text"]  # one wide gap is a bullet or a "Label:   value" layout, not columns
    unit = sorted(c["x1"] - c["x0"] for c in chars)[len(chars) // 2] or size / 2
    out = ""
    for previous, char in zip([None, *chars], chars):
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            if gap > size:
                out += " " * max(2, round((char["x0"] - line["x0"]) / unit) - len(out))
            elif gap > 0.1 * size:
                out += " "
        out += char["text"]
    return out


_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _in_columns(line: str) -> bool:
    """Whether _spaced kept the line in columns: two gaps of two spaces or more between words."""
    return len(_GAP.findall(line)) >= 2


def _next_row(block: list[str], line: str) -> bool:
    """Whether the line is another row of a table drawn without rules that the block is: both keep their column
    gaps (see _spaced), so padding between rows does not part them. A line of words under rows of figures is the
    next table's header."""
    if not (_in_columns(block[-1]) and _in_columns(line)):
        return False
    return bool(re.search(r"\d", line)) or not any(re.search(r"\d", row) for row in block)


def _inside(line: dict, box: tuple[float, float, float, float, str]) -> bool:
    x0, top, x1, bottom, _ = box
    middle = (line["top"] + line["bottom"]) / 2
    return top - 1 <= middle <= bottom + 1 and line["x0"] >= x0 - 1 and line["x1"] <= x1 + 1


def _shape(text: str) -> str:
    """A line with its numbers blanked: "Page 2 of 3" and "Page 3 of 3" repeat as one running line."""
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def pdf_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The text of every page, and hints: title, author, subject and how many chrome lines were dropped."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for damaged or locked files
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise PdfError("encrypted PDF (password-protected)") from exc
        raise PdfError(f"not a readable PDF ({name}: {exc})") from exc
    with pdf:
        info = pdf.metadata or {}
        pages: list[list[tuple[float, str, dict | None]]] = []
        for page in pdf.pages:
            tables = _tables(page)
            items: list[tuple[float, str, dict | None]] = []
            for line in page.extract_text_lines(keep_blank_chars=False):
                if not any(_inside(line, box) for box in tables):
                    items.append((line["top"], _spaced(line), line))
            items += [(box[1], box[4], None) for box in tables]
            items.sort(key=lambda item: item[0])
            pages.append(items)
    if not any(items for items in pages):
        raise PdfError("no text layer (a scanned image?)")

    # Running headers and footers: the same line (numbers aside) near the top or bottom of two or more pages.
    margins = Counter()
    for items in pages:
        texts = [t for _, t, line in items if line is not None]
        edge = set(texts[:MARGIN_LINES] + texts[-MARGIN_LINES:])
        margins.update({_shape(t) for t in edge})
    chrome = 0
    blocks: list[str] = []
    for items in pages:
        texts = [t for _, t, line in items if line is not None]
        edge = set(texts[:MARGIN_LINES] + texts[-MARGIN_LINES:])
        current: list[str] = []
        previous: dict | None = None
        width = max((line["x1"] for _, _, line in items if line is not None), default=0)
        for _, text, line in items:
            if line is None:  # a table
                if current:
                    blocks.append("\n".join(current))
                current, previous = [], None
                blocks.append(text)
                continue
            if is_page_number(text) or (text in edge and len(pages) > 1 and margins[_shape(text)] >= 2):
                chrome += 1
                continue
            text = _CID_BULLET.sub("• ", text)
            text = _CID.sub("", text)  # a glyph the font does not map to a character
            if previous is not None and current and _ITEM_START.match(text):
                blocks.append("\n".join(current))
                current = []
            elif previous is not None and current:
                height = max(previous["bottom"] - previous["top"], 1.0)
                gap = line["top"] - previous["bottom"]
                # A short line ends a paragraph when it closes a sentence, or is a title over a capitalised line.
                short = previous["x1"] < 0.8 * width
                last = previous["text"].rstrip()[-1:]
                ended = short and (last in ".:;!?\"”" or (text.lstrip()[:1].isupper() and last not in ",-"))
                if (gap > 0.8 * height or ended) and not _next_row(current, text):
                    blocks.append("\n".join(current))
                    current = []
            current.append(text)
            previous = line
        if current:
            blocks.append("\n".join(current))
    hints = {key: str(info.get(key.title()) or "").strip() for key in ("title", "author", "subject")}
    if re.search(r"(?i)microsoft word|\.docx?$|untitled", hints.get("title", "")):
        hints["title"] = ""  # converter junk, not a title
    if chrome:
        hints["chrome"] = str(chrome)
    # List items stay on adjacent lines, so an item ending "...; and" is not joined to the next as one sentence.
    text = join_blocks([ITEM + b if _BULLET_START.match(b) else b for b in blocks])
    return text, {k: v for k, v in hints.items() if v}

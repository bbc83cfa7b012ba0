"""Word (.docx) to text with python-docx: body in document order, list numbering as Word shows it, tables as
pipe rows, page headers and footers left out (and counted)."""

from __future__ import annotations

import io
import re
from typing import Any

from rag.ingest.tables import looks_like_header, merge_header_rows, render_table

ITEM = "\x00item\x00"  # marks a list item among the blocks until they are joined
_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return str(n)


class _Numbering:
    """Word's list numbering: which marker ("3.", "(b)", "-") a numbered paragraph shows, counted in order."""

    def __init__(self, document: Any) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self._root = None
        self._counters: dict[str, list[int]] = {}
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}

    @staticmethod
    def num_pr(paragraph: Any) -> tuple[str, int] | None:
        """(numId, level) from the paragraph's own properties, else from its style or the styles it is based on."""
        ppr = paragraph._p.pPr
        num_pr = ppr.numPr if ppr is not None else None
        level = None
        if num_pr is not None and num_pr.ilvl is not None:
            level = num_pr.ilvl.val
        style = paragraph.style
        while (num_pr is None or num_pr.numId is None) and style is not None:
            spr = style.element.pPr
            num_pr = spr.numPr if spr is not None else None
            if level is None and num_pr is not None and num_pr.ilvl is not None:
                level = num_pr.ilvl.val
            style = style.base_style
        if num_pr is None or num_pr.numId is None or num_pr.numId.val == 0:  # numId 0 switches numbering off
            return None
        return str(num_pr.numId.val), int(level or 0)

    def _level(self, num_id: str, level: int) -> tuple[str, str, int]:
        """(numFmt, lvlText, start) of one level of one list."""
        key = (num_id, level)
        if key not in self._levels:
            found = ("decimal", f"%{level + 1}.", 1)
            if self._root is not None:
                abstract = self._root.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
                if abstract:
                    path = f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{level}"]'
                    lvl = self._root.xpath(path)
                    if lvl:
                        fmt = lvl[0].xpath("./w:numFmt/@w:val", namespaces=_NS)
                        text = lvl[0].xpath("./w:lvlText/@w:val", namespaces=_NS)
                        start = lvl[0].xpath("./w:start/@w:val", namespaces=_NS)
                        found = (fmt[0] if fmt else "decimal", text[0] if text else "", int(start[0]) if start else 1)
            self._levels[key] = found
        return self._levels[key]

    def marker(self, num_id: str, level: int) -> str:
        fmt, text, start = self._level(num_id, level)
        if fmt in ("bullet", "none"):
            return "-"
        counters = self._counters.setdefault(num_id, [])
        while len(counters) <= level:
            counters.append(self._level(num_id, len(counters))[2] - 1)
        counters[level] += 1
        del counters[level + 1 :]  # a higher level moving on restarts the levels below it

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            if at >= len(counters):
                return ""
            return _format_number(counters[at], self._level(num_id, at)[0])

        shown = re.sub(r"%(\d)", number, text).strip()
        return shown or "-"


def _cell_text(cell: Any) -> str:
    return " ".join(" ".join(p.text.split()) for p in cell.paragraphs if p.text.strip())


def _table_rows(table: Any) -> tuple[list[list[str]], bool]:
    """Cell texts by grid column (a merged cell's text stands in every column it spans) and whether the first
    row is a header: marked as repeating header, all bold, or words over a body of numbers."""
    rows: list[list[str]] = []
    for row in table.rows:
        rows.append([_cell_text(cell) for cell in row.cells])
    rows = [row for row in rows if any(row)]
    if not rows:
        return [], False
    first = table.rows[0]
    marked = first._tr.trPr is not None and bool(first._tr.trPr.xpath("./w:tblHeader"))
    runs = [run for cell in first.cells for p in cell.paragraphs for run in p.runs if run.text.strip()]
    bold = bool(runs) and all(run.bold for run in runs)
    merged = merge_header_rows(rows)
    if len(merged) < len(rows):  # a two-row header under a spanning cell is a header whatever its style
        return merged, True
    return rows, len(rows) > 1 and (marked or bold or looks_like_header(rows))


def docx_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The text a reader sees in the body, in order, and hints: title, author, dropped header/footer lines."""
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    numbering = _Numbering(document)
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows, header = _table_rows(item)
            if rows and max(len(row) for row in rows) == 1:  # a one-column box: its text, not a table
                blocks.extend(row[0] for row in rows)
            elif rows:
                blocks.append(render_table(rows, header))
            continue
        lines = [" ".join(line.split()) for line in item.text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        level = re.match(r"(?i)heading\s*(\d)", style)
        if level or style.lower() == "title":
            blocks.append("#" * int(level.group(1) if level else 1) + " " + " ".join(text.split()))
            continue
        num = numbering.num_pr(item)
        # "List Bullet 2", "List Number 3": Word nests these styles by their own list and indentation, not by a
        # level of the first list, so the style's number says how deep they are.
        styled = re.search(r"(?i)\blist\b.*?(\d)\s*$", style)
        depth = max(num[1] if num is not None else 0, int(styled.group(1)) - 1 if styled else 0)
        if num is not None:
            blocks.append(ITEM + "  " * depth + numbering.marker(*num) + " " + text)
        elif "list" in style.lower():
            blocks.append(ITEM + "  " * depth + "- " + text)
        else:
            blocks.append(text)
    props = document.core_properties
    hints = {"title": (props.title or "").strip(), "author": (props.author or "").strip()}
    chrome = 0
    seen: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                if part.is_linked_to_previous or id(part._element) in seen:
                    continue
                seen.add(id(part._element))
                chrome += sum(1 for p in part.paragraphs if p.text.strip())
            except (AttributeError, KeyError, ValueError):
                continue
    if chrome:
        hints["chrome"] = str(chrome)
    return join_blocks(blocks), {k: v for k, v in hints.items() if v}


def join_blocks(blocks: list[str]) -> str:
    """Blocks separated by a blank line, except consecutive list items (marked with ITEM): one line each, so an
    item ending "...; and" is never taken for a sentence broken across a blank line."""
    out: list[str] = []
    previous_item = False
    for block in blocks:
        item = block.startswith(ITEM)
        block = block.removeprefix(ITEM)
        if out:
            out.append("\n" if item and previous_item else "\n\n")
        out.append(block)
        previous_item = item
    return "".join(out)

"""Tables as citable evidence: one text form for every format, and each row as a passage with its header.

Converters (docx, html, pdf) write a table into the extracted text as pipe rows, with a `| --- |` rule under
the header row when the table has one (Markdown files already use that form):

    | Financial year | Arrests |
    | --- | --- |
    | 2016/17 | 412 |

Segmentation finds these runs of pipe rows and makes every data row one passage whose text carries the
header ("Financial year: 2016/17; Arrests: 412"), cited as "table N, row 2016/17".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_SPLIT = re.compile(r"(?<!\\)\|")
_NUMERIC = re.compile(r"^[£$€]?\s*[-+]?\(?[\d.,]+\)?\s*(?:%|per\s*cent|[kmbn]|million|bn)?$", re.I)
_CAPTION = re.compile(r"^\W*(?:table|figure)\s+(?P<n>\d+[a-z]?)\b", re.I)
MAX_ROW_LABEL = 40


def is_table_line(line: str) -> bool:
    """A pipe row: starts and ends with "|" (Markdown tables, and how converters write tables)."""
    stripped = line.strip()
    return len(stripped) >= 3 and stripped.startswith("|") and stripped.endswith("|")


_PIPE_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")


def markdown_table_lines(text: str) -> set[int]:
    """0-based numbers of the lines that markdown-it-py (GFM table rule) reads as table rows, pipes at the line
    ends or not ("a | b" / "---|---")."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    lines: set[int] = set()
    for token in parser.parse(text):
        if token.type == "table_open" and token.map:
            lines.update(range(token.map[0], token.map[1]))
        elif token.type == "paragraph_open" and token.map:
            # Pipe rows without the "---" rule under a header are no GFM table, but still rows: two or more
            # consecutive lines opening and closing with "|" and holding two or more cells.
            block = text.split("\n")[token.map[0] : token.map[1]]
            if len(block) >= 2 and all(_PIPE_ROW.match(line) and len(split_row(line)) >= 2 for line in block):
                lines.update(range(token.map[0], token.map[1]))
    return lines


def split_row(line: str) -> list[str]:
    """The cells of one pipe row, trimmed, with escaped pipes restored; outer pipes are optional."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [_plain(" ".join(cell.replace("\\|", "|").split())) for cell in _SPLIT.split(inner)]


_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def _plain(cell: str) -> str:
    """A cell's text without Markdown emphasis: "**Total**" is "Total" in a citation and to the table answers."""
    return _EMPHASIS.sub(r"\2", cell)


def is_rule(cells: Sequence[str]) -> bool:
    """The `| --- | --- |` line under a header row."""
    return bool(cells) and all(_RULE_CELL.match(cell.replace(" ", "")) for cell in cells)


def is_numeric(cell: str) -> bool:
    return bool(_NUMERIC.match(cell.strip())) and any(ch.isdigit() for ch in cell)


def looks_like_header(rows: Sequence[Sequence[str]]) -> bool:
    """Whether the first row names the columns: no numbers in it, while a later row has some."""
    if len(rows) < 2:
        return False
    first = [cell for cell in rows[0] if cell]
    later_numbers = any(is_numeric(cell) for row in rows[1:] for cell in row[1:])
    return bool(first) and not any(is_numeric(cell) for cell in first) and later_numbers


def merge_header_rows(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Rows with a two-row header made one: a header cell spanning several columns ("Grant", its text repeated in
    each column it covers, as the converters write a merged cell) over a second row naming each of them ("2026/27",
    "2027/28") gives the columns "Grant 2026/27" and "Grant 2027/28". Other tables come back unchanged.

    The second row is header only where it names the columns under a spanning cell apart (with words or years, not
    figures), and elsewhere repeats the first row (a cell merged down both, "Hub") or is blank; a later row must hold
    figures. A cell spanning every column is a title over the table, not a header."""
    rows = [list(row) for row in rows]
    if len(rows) < 3:
        return rows
    first, second = rows[0], rows[1]
    width = min(len(first), len(second))
    if width < 2 or len(set(first[:width])) == 1:
        return rows
    spans = [k for k in range(1, width) if first[k] and first[k] == first[k - 1]]
    under = set(spans) | {k - 1 for k in spans}
    later_numbers = any(is_numeric(cell) for row in rows[2:] for cell in row[1:])
    if not spans or not later_numbers:
        return rows
    if any(is_numeric(second[k]) and not _YEAR_CELL.match(second[k]) for k in under):
        return rows  # figures under the spanning cell: a data row
    if any(second[k] and second[k] != first[k] for k in range(width) if k not in under):
        return rows  # elsewhere the second row says something of its own: data, not a header
    if len({second[k] for k in under if second[k] and second[k] != first[k]}) < 2:
        return rows  # the row under the spanning cell doesn't tell its columns apart
    merged = [f"{top} {low}".strip() if low and low != top else top for top, low in zip(first, second)]
    merged += first[len(merged):]
    return [merged, *rows[2:]]


_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\s*$")


def render_table(rows: Sequence[Sequence[str]], header: bool) -> str:
    """Rows of cell texts as pipe rows; a rule line under the first row when it is a header."""
    width = max((len(row) for row in rows), default=0)
    lines = []
    for at, row in enumerate(rows):
        cells = [" ".join(str(cell).split()).replace("|", "\\|") for cell in row]
        cells += [""] * (width - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
        if at == 0 and header:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def caption_number(caption: str) -> str | None:
    """"Table 1: Recorded hate crime ..." -> "1"."""
    match = _CAPTION.match(caption)
    return match.group("n") if match else None


def is_caption(text: str) -> bool:
    return bool(_CAPTION.match(text))


# "The table below shows the number of collisions …", "The figures are set out below.": a sentence that points
# down to the table says what its rows count, as a caption or a lead-in ending in a colon does.
_POINTS_DOWN = re.compile(
    r"(?i)\b(?:table|chart|figures?|breakdown)\s+(?:below|overleaf|that follows)\b|\bfollowing\s+table\b"
    r"|\b(?:(?:set out|shown|given|listed|detailed|summari[sz]ed|provided|are|is)\s+(?:below|overleaf)|as follows)"
    r"\W*$")


def announces_table(text: str) -> bool:
    """Whether a paragraph introduces the table after it by pointing down to it."""
    return bool(_POINTS_DOWN.search(text))


def row_label(cells: Sequence[str], position: int) -> str:
    """What a row is called in a citation: its first non-empty cell, shortened; else its position."""
    first = next((cell for cell in cells if cell), "")
    if not first:
        return str(position)
    if len(first) > MAX_ROW_LABEL:
        first = first[:MAX_ROW_LABEL].rsplit(" ", 1)[0] + "…"
    return first


def row_text(header: Sequence[str] | None, cells: Sequence[str]) -> str:
    """A row as one readable, embeddable statement: "Financial year: 2016/17; Arrests: 412"."""
    if not header:
        return "; ".join(cell for cell in cells if cell)
    parts = []
    for at, cell in enumerate(cells):
        if not cell:
            continue
        name = header[at] if at < len(header) else ""
        parts.append(f"{name}: {cell}" if name and name != cell else cell)
    return "; ".join(parts)


_TEXT_RULE = re.compile(r"^\s*[-=_]{3,}(?:\s+[-=_]{3,})*\s*$")  # one rule, or one under each column
MAX_CELL_WORDS = 8


def _fragments(line: str) -> list[tuple[int, str]]:
    """(column offset, text) of the pieces of a line separated by two or more spaces or a tab."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line.expandtabs(8))]


class AlignedTable(list):
    """Rows of a plain-text table laid out in columns: [(line number, cells)], with `.header` (or None)."""

    header: list[str] | None = None
    start: int = 0  # number of its first line (header included)


def aligned_tables(lines: Sequence[str]) -> dict[int, AlignedTable]:
    """Plain-text tables whose columns are set apart by runs of spaces, found in `lines`; keyed by the number of
    their first line, each covering the lines from there to its last row (header lines and rules included).

    A run of consecutive lines counts when each splits into 2+ short pieces (or is a rule of dashes), at least
    two of them hold a number after their first column, and the rows agree on their column count. Lines above
    the first row with numbers are the header (a header cell may wrap onto a second line); each piece joins the
    column it starts under."""
    found: dict[int, AlignedTable] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines):
            pieces = _fragments(lines[j])
            short = len(pieces) >= 2 and all(len(text.split()) <= MAX_CELL_WORDS for _, text in pieces)
            if not (short or (_TEXT_RULE.match(lines[j]) and j > i)):
                break
            j += 1
        table = _aligned(lines, i, j)
        if table is not None:
            table.start = i
            found[i] = table
            i = j
        else:
            i = max(j, i + 1)
    return found


def _aligned(lines: Sequence[str], start: int, end: int) -> AlignedTable | None:
    rows = [(n, _fragments(lines[n])) for n in range(start, end) if not _TEXT_RULE.match(lines[n])]
    numeric = [n for n, pieces in rows if any(is_numeric(text) for _, text in pieces[1:])]
    if len(rows) < 2 or len(numeric) < 2:
        return None
    first_data = numeric[0]
    columns = [offset for offset, _ in dict(rows)[first_data]]
    width = len(columns)

    def place(pieces: list[tuple[int, str]]) -> list[str] | None:
        if len(pieces) == width and all(offset + len(text) >= column
                                        for (offset, text), column in zip(pieces, columns)):
            # One piece per column, each reaching its column: in order. Where each starts says little when figures
            # sit flush right under a longer header ("Calderbrook" over "84") or a PDF sets the header wider than
            # the figures; a piece ending before its column ("Food  (hot meals)  7", the last cell blank) is not
            # that column's.
            return [text for _, text in pieces]
        cells = [""] * width
        for offset, text in pieces:
            at = max((k for k, col in enumerate(columns) if col <= offset + 2), default=0)
            cells[at] = f"{cells[at]} {text}".strip()
        return cells

    header_rows = [place(pieces) for n, pieces in rows if n < first_data]
    data = [(n, place(pieces)) for n, pieces in rows if n >= first_data]
    counts = [sum(1 for cell in cells if cell) for _, cells in data]
    if width < 2 or min(counts) < 2 or sum(c == width for c in counts) < len(counts) / 2:
        return None
    table = AlignedTable(data)
    if header_rows:
        table.header = [" ".join(row[k] for row in header_rows if row[k]) for k in range(width)]
    return table

"""Answer a question whose value sits in one table cell: the row its words name, the column its words name.

Table rows are passages restating their header ("Month: February 2023; Arrests: 52", see rag/ingest/tables.py).
For the tables among the retrieved passages, every row is scored by the question words its identifying cells
(the non-numeric ones) share, and every column by the words its header shares; the cell where the one best row
meets the one best column is the answer. Ties, or a row or column no question word names, give no answer here.
"""

from __future__ import annotations

import re

from rag.lexicon import IRREGULAR_PAST, MONTHS
from rag.types import Passage

_WORD = re.compile(r"[a-z0-9£$%][a-z0-9/%.,£$'-]*[a-z0-9%]|[a-z0-9]", re.I)
_STOP = {
    "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "by", "at", "with", "was", "were", "is", "are",
    "how", "many", "much", "what", "which", "who", "did", "does", "do", "there", "be", "been", "during", "from",
    "per", "cent", "number", "figure", "value", "table", "row", "year", "it", "its", "their", "they", "this",
    "that", "as", "made", "recorded", "record", "police", "give", "given", "set", "aside",
}
# Words a question uses for a table's "Total" row or column.
_SYNONYMS = {"altogether": "total", "overall": "total", "combined": "total", "whole": "total", "all": "total"}


# A month is one word however it is written: "November" in a question names the column "Nov 2024 to Jan 2025".
_MONTHS = {m: m[:3] for m in MONTHS} | {"sept": "sep"}


def _stem(word: str) -> str:
    word = word.lower().strip(".,'")
    word = _SYNONYMS.get(word, word)
    word = _MONTHS.get(word, word)
    word = IRREGULAR_PAST.get(word, word)
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


# Endings that make a verb into the word a column header uses, longest first: "joined" / "Joiners", "arrest" /
# "Arrested", "leave" (from "left") / "Leavers".
_DERIVED = ("ers", "ing", "ed", "er", "es", "rs", "s", "e", "r", "d")


def _base(word: str) -> str:
    for ending in _DERIVED:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _related(asked: str, header: str) -> bool:
    """Whether a question word and a header word are one word in two forms."""
    return asked == header or _base(asked) == _base(header)


def _shared(asked: set[str], words: set[str]) -> set[str]:
    """The header words that some question word names."""
    return {w for w in words if any(_related(a, w) for a in asked)}


_QUARTER = re.compile(r"\b(first|second|third|fourth)\s+quarter\b", re.I)
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


# A financial year is one word however it is written: "23/24", "2023-24" and "2023/24" name the same row.
_FINANCIAL_YEAR = re.compile(r"\b(?:20)?(\d{2})\s?[/–-]\s?(?:20)?(\d{2})\b")


def _financial_year(match: re.Match) -> str:
    first, second = int(match.group(1)), int(match.group(2))
    return f"20{first:02d}/{second:02d}" if second == (first + 1) % 100 else match.group(0)


def _terms(text: str) -> set[str]:
    text = _QUARTER.sub(lambda m: f"Q{_ORDINAL[m.group(1).lower()]}", text)  # "the third quarter" is "Q3"
    text = _FINANCIAL_YEAR.sub(_financial_year, text)
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP}


def _cells(passage: Passage) -> list[tuple[str, str]] | None:
    """(header, value) pairs of a table-row passage; None when the row has no header."""
    pairs = []
    for part in passage.text.split("; "):
        name, sep, value = part.partition(": ")
        if not sep:
            return None
        pairs.append((name.strip(), value.strip()))
    return pairs or None


def _is_value(text: str) -> bool:
    return bool(re.search(r"\d", text)) and len(text.split()) <= 4


# What a cell must show, in its value or its column header, to be of the kind asked: a count column ("Collisions:
# 3,689") does not answer "how much did the repairs cost", nor "Total uses: 497" "what percentage …".
_KIND_SHOWN = {
    "MONEY": re.compile(r"[£$€]|\b(?:cost|costs|spend|spent|budget|value|price|amount|income|grant|funding|pounds|"
                        r"gbp|k|m|bn|million|billion)\b", re.I),
    "PERCENT": re.compile(r"%|\b(?:per ?cent|percentage|proportion|share|rate)\b", re.I),
}


def fits_kind(kind: str | None, header: str, value: str) -> bool:
    """Whether a cell can hold the kind of value asked for (always, for kinds without a mark of their own)."""
    pattern = _KIND_SHOWN.get(kind or "")
    return pattern is None or bool(pattern.search(value) or pattern.search(header))


def table_of(row: Passage) -> str:
    """The table a row passage belongs to, as its citation names it: "table 2" of "table 2, row R3"."""
    return row.paragraph.split(",")[0]


def table_cell(question: str, hits: list[Passage], rows_of, kind: str | None = None
               ) -> tuple[str, str, Passage] | None:
    """(column header, value, row passage) of the one cell the question names, or None.

    `rows_of(doc_id, table)` gives every row passage of one table ("table 2") of a document. `kind`, the answer type
    asked (MONEY, PERCENT, …): a cell that cannot hold one is not the answer.
    """
    asked = _terms(question)
    tables = []
    for hit in hits[:5]:
        if hit.kind == "table_row":
            key = (hit.doc_id, table_of(hit))
            if key not in tables:
                tables.append(key)
    best: list[tuple[tuple[int, float, float, float], str, str, Passage]] = []
    for doc_id, table in tables:
        rows = [(row, cells) for row in rows_of(doc_id, table) if (cells := _cells(row))]
        # A word in several column headers ("bikes" in "Bikes recovered" and "Bike marking events") tells
        # them apart less than one in a single header ("arrests").
        headers = {name: _terms(name) for _, cells in rows for name, _ in cells}
        spread: dict[str, int] = {}
        for words in headers.values():
            for word in words:
                spread[word] = spread.get(word, 0) + 1
        for row, cells in rows:
            # The row is named by its non-value cells (its label), the column by its header.
            named_by = set().union(*(_terms(v) for _, v in cells if not _is_value(v)), _terms(cells[0][1]))
            row_score = len(asked & named_by)
            if not row_score:
                continue
            # A row whose label the question names whole ("Total") beats one it names a word of ("Service
            # management and quality assurance" for "the total cost of the … service").
            # Only a label named whole counts: a share of one would favour short labels ("Total 2025" over "Q3 (July
            # to September)" for "arrests in Q3 2025").
            label = _terms(cells[0][1])
            named_whole = 1.0 if label and label <= asked else 0.0
            for at, (name, value) in enumerate(cells):
                if at == 0 or not _is_value(value) or not fits_kind(kind, name, value):
                    continue
                # (A word naming both the row and the column is the column's too: "Total" row, "Total" column.)
                words = headers[name] - named_by or headers[name]
                matched = _shared(asked, words)
                if matched:
                    weight = sum(1 / spread[w] for w in matched)
                    best.append(((row_score, named_whole, weight, len(matched) / len(words)), name, value, row))
    if not best:
        return None
    best.sort(key=lambda item: item[0], reverse=True)
    if len(best) > 1 and best[1][0] == best[0][0] and best[1][2] != best[0][2]:
        return None  # two cells fit the question as well as each other: no single answer
    _, name, value, row = best[0]
    return name, value, row

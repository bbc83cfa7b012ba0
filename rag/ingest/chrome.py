"""Page chrome of paginated text (PDF output, text saved from a paginated document): page-number lines and the
running headers and footers printed on every page."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s+of\s+\d{1,4})\s*$", re.I
)
NEAR = 3  # a running header or footer sits within this many non-blank lines of a page break


def is_page_number(line: str) -> bool:
    """"Page 2 of 3", "- 2 -", "2 of 3"."""
    return bool(_PAGE_NUMBER.match(line))


def page_chrome(lines: Sequence[str], page_breaks: Sequence[int] = ()) -> set[int]:
    """Numbers of the lines that are page chrome: page-number lines, and lines repeated word for word on two or
    more pages that sit next to a page break (a page-number line, a form feed, or one of `page_breaks`)."""
    numbers = {n for n, line in enumerate(lines) if is_page_number(line)}
    breaks = sorted(numbers | set(page_breaks) | {n for n, line in enumerate(lines) if "\f" in line})
    if not breaks:
        return set()
    counts = Counter(" ".join(line.split()) for line in lines if line.strip())
    content = [n for n, line in enumerate(lines) if line.strip()]
    position = {n: at for at, n in enumerate(content)}

    def near_break(n: int) -> bool:
        at = position[n]
        window = content[max(0, at - NEAR) : at + NEAR + 1]
        return any(m in breaks for m in window) or any(abs(n - b) <= 1 for b in breaks)

    chrome = set(numbers)
    for n in content:
        key = " ".join(lines[n].split())
        if counts[key] >= 2 and len(key) >= 4 and not is_page_number(key) and near_break(n):
            repeats = [m for m in content if " ".join(lines[m].split()) == key]
            if sum(near_break(m) for m in repeats) >= 2:
                chrome.update(repeats)  # the running line on the first page too
    return chrome


def blank_lines(text: str, numbers: set[int]) -> str:
    """`text` with the given lines (0-based, split at "\\n") turned into spaces: every offset stays where it was,
    so spans into the result are spans into the original, and a paragraph broken by a page footer reads on."""
    if not numbers:
        return text
    lines = text.split("\n")
    for n in numbers:
        line = lines[n]
        keep_cr = line.endswith("\r")
        lines[n] = " " * (len(line) - keep_cr) + ("\r" if keep_cr else "")
    return "\n".join(lines)

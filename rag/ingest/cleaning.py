"""Conversion-debris rules: what is stripped from a paragraph's raw source to give its clean text.

The rules, applied line by line to the raw span of a paragraph (`clean_span`):
1. Debris lines are dropped whole: web-page chrome ("Send an e-mail linking to this page", "Feedback",
   "Print this page", archive banners), and image descriptions of signatures or logos ("A handwritten signature
   in black ink that reads ...").
2. List markers at the start of a line are removed: bullet glyphs (- • · ● ▪ ◦ * o and the Symbol-font bullet
   U+F0B7) and, on a paragraph's first line, its number or letter ("22.", "a."); the label keeps the number.
3. Markup is removed, keeping its text: markdown headings (#), emphasis (**x**, __x__), links [x](url) -> x,
   images ![x](url) -> nothing, HTML inline tags (<sup>th</sup> -> th, <u>x</u> -> x).
4. Lines are joined: body text with a space (a line broken mid-sentence is rejoined), header and signature
   lines with ", " (address and sign-off lines read as one line).
5. Whitespace runs collapse to one space; no space before , . ; : ) and none after (.

So a passage's text is exactly `clean_span(document.text[start:end], kind)`.
"""

from __future__ import annotations

import re

CHROME_LINES = {
    "send an e-mail linking to this page",
    "feedback",
    "print this page",
    "back to top",
    "skip to content",
    "skip to main content",
    "share this page",
    "bookmark this page",
}
_CHROME_PATTERNS = [
    re.compile(r"^(?:an?|the)\s+(?:\w+\s+){0,3}(?:signature|logo|image|photograph|photo|picture)\b.{0,200}"
               r"(?:reads|shows|depicts|written|signed|black ink|cursive)", re.I),
    re.compile(r"^\[?(?:image|signature|logo|picture)(?: of [^\]]*)?[:\]]", re.I),
    re.compile(r"^the signature is written in\b", re.I),
]

BULLET_GLYPHS = "-–•·●▪◦*\uf0b7"
# One line's leading list marker: optional indentation, bullet glyphs (possibly repeated, e.g. "- · "),
# then optionally a number "22." / "22)" or a letter "a." / "(a)".
MARKER = re.compile(
    r"^(?P<indent>[ \t]*)"
    r"(?P<bullets>(?:[-–•·●▪◦*\uf0b7](?=\s)\s*|o(?=\s+\S)\s+)*)"
    r"(?:(?P<number>\d{1,3})[.)](?=\s)\s*|(?P<letter>[a-z])[.)](?=\s)\s*|\((?P<paren>[a-z0-9]{1,3})\)\s*)?"
)
_GLYPHS_ONLY = re.compile(r"^[ \t]*(?:[-–•·●▪◦*\uf0b7](?=\s)\s*|o(?=\s+[a-z])\s+)+")


def is_blank(line: str) -> bool:
    return not line.replace("\xa0", " ").replace("\u200b", "").strip()


def is_debris(line: str) -> bool:
    """A whole line of web chrome or an image description."""
    stripped = _strip_markup(line).strip().strip("*_# ").strip()
    if not stripped:
        return False
    if stripped.lower().rstrip(".") in CHROME_LINES:
        return True
    return any(p.search(stripped) for p in _CHROME_PATTERNS)


def _strip_markup(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # markdown images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # markdown links
    text = re.sub(r"</?(?:sup|sub|u|b|i|em|strong|span|small|font)\b[^>]*>", "", text, flags=re.I)
    text = re.sub(r"^\s{0,3}#{1,6}\s+", "", text)  # markdown headings
    text = text.replace("**", " ").replace("__", " ")
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)  # *emphasis*
    return text


def strip_marker(line: str, first: bool) -> str:
    """Remove a line's list marker: bullets always, a number or letter only on a paragraph's first line."""
    if first:
        m = MARKER.match(line)
        return line[m.end():] if m else line
    m = _GLYPHS_ONLY.match(line)
    return line[m.end():] if m else line


def clean_span(raw: str, kind: str = "body") -> str:
    """The clean text of a paragraph's raw source (see the module docstring for the rules)."""
    pieces: list[str] = []
    first = True
    if kind in ("header", "signature"):
        raw = raw.replace("**", "\n")  # letterheads glue address lines together with bold markup
    lead_in = re.match(r"^\W{0,6}\*\*([^*\n]{2,80})\*\*\s+(?=\S)", raw)
    if lead_in and kind not in ("header", "signature"):
        raw = raw[: lead_in.end(1)] + ":" + raw[lead_in.end(1):]  # "**Title** Text" reads "Title: Text"
    for line in raw.replace("\r", "").split("\n"):
        if is_blank(line) or is_debris(line):
            continue
        line = strip_marker(line, first) if kind not in ("header", "signature") else line
        first = False
        line = re.sub(r"\s+", " ", _strip_markup(line)).strip()
        if line:
            pieces.append(line)
    if kind in ("header", "signature"):
        text = ""
        for piece in pieces:
            if not text:
                text = piece
            elif text[-1] in ",;:.":
                text += " " + piece
            else:
                text += ", " + piece
    else:
        text = ""
        for i, piece in enumerate(pieces):
            # A short unpunctuated title line over an indented capitalised line is an item's title: "Title: text".
            titled = i == 1 and len(pieces[0].split()) <= 8 and pieces[0][-1] not in ".,;:!?" and piece[0].isupper()
            text = piece if not text else text + (": " if titled else " ") + piece
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    return text.strip()

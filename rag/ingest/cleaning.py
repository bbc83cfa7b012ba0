"""Cleaning rules that turn a raw span of a converted document into citable paragraph text.

`clean_span(raw)` is the one function that produces every `Paragraph.text` and `Chunk.text` from the
document text it points at, so `clean_span(doc.text[p.start:p.end]) == p.text` holds exactly. Rules, in order:

1. HTML-ish inline tags are removed and their content kept: ``17<sup>th</sup>`` -> ``17th``,
   ``<u>repository</u>`` -> ``repository``; ``<br>`` becomes a space. Entities (``&amp;``) are decoded.
2. Whole lines of conversion debris are dropped: image descriptions of signatures ("A handwritten signature
   in black ink that reads ..."), web-page chrome ("Send an e-mail linking to this page", "Print this page",
   "Back to top", ...), markdown rules (``---``) and code fences.
3. Line starts lose their layout: indentation, markdown heading hashes and blockquote ``>``; the first
   line also loses its list marker (bullet glyphs ``- • · o  ▪`` and/or an enumerator ``22.``, ``a.``,
   ``(iv)``), later lines only bullet glyphs (a sentence continued on "- resources that ..." after a break).
4. Markdown syntax goes: ``**bold**``/``__bold__`` markers (a marker glued between two words, as in
   ``CRIME**Susan``, becomes a space), ``*emphasis*``, ``[text](url)`` -> ``text``, images, backticks.
5. Letter-spaced capitals are closed up: ``M O P A C`` -> ``MOPAC``.
6. A word hyphenated across a line break is rejoined (``front-\\nline`` -> ``front-line``); every other run of
   whitespace, line breaks and blank lines included, becomes one space; the result is stripped.

Signature scribbles that OCR turned into words ("Spue hinden.") cannot be recognised from the span alone;
the segmenter leaves them outside every paragraph span instead (see paragraphs.py).
"""

from __future__ import annotations

import html
import re

# Bullet glyphs seen in converted letters. Dashes, "*" and "o" only count when spacing follows them ("-20%",
# "**bold**" and words are not bullets); the symbol glyphs may be glued to the text.
_WS = r"[ \t\xa0\u2002\u2003\u2009]"
_BULLET_RUN = rf"(?:[•·▪■◦●\uf0b7\uf0a7]{_WS}*|[-–*o]{_WS}+)+"
_ENUM = r"(?:\((?P<paren>\d{1,3}|[a-z]|[ivx]{1,6})\)|(?P<enum>\d{1,3}|[a-z]|[ivx]{1,6})[.)])"

# A list marker at a line start: indentation, bullet glyphs, then an optional enumerator ("22.", "a.").
MARKER = re.compile(rf"^(?P<indent>{_WS}*)(?P<bullets>{_BULLET_RUN})?(?:{_ENUM}{_WS}+)?")
_BULLETS_ONLY = re.compile(rf"^{_WS}*{_BULLET_RUN}")

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")

# "A handwritten signature in black ink that reads ...", "An illegible signature", "[Signature]".
_SIGNATURE_IMAGE = re.compile(
    r"^\W*(?:an?\s+|(?:image|picture|photo)\s+of\s+(?:an?\s+)?)(?:[\w-]+\s+){0,4}signature\b|"
    r"^\W*\[\s*(?:signature|signed|image|logo)[^\]]*\]\W*$",
    re.I,
)
_SIGNATURE_WORDS = re.compile(
    r"hand-?written|cursive|\bink\b|illegible|scribbl|\breads?\b|reading|scanned|\[", re.I
)
_CHROME = re.compile(
    r"^\W*(?:send an e-?mail linking to this page|e-?mail (?:a link to )?this page|print (?:this|the) page|"
    r"share this page|bookmark this page|back to top|skip to (?:main )?content|"
    r"(?:was )?this page (?:was )?(?:useful|helpful)\??)\W*$",
    re.I,
)
_RULE = re.compile(r"^\s*(?:(?:[-*_]\s*){3,}|```.*|~~~.*)$")
_MD_HEADING = re.compile(r"^#{1,6}(?:\s+|$)|\s+#+\s*$")
_QUOTE = re.compile(r"^(?:>\s?)+")

_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\n]*)\)")
_TICKS = re.compile(r"`+")
_SPACED_CAPS = re.compile(r"\b(?:[A-Z] ){3,}[A-Z]\b")
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\r?\n\s*(?=[a-z])")
_SPACE = re.compile(r"[\s\u200b\ufeff]+")


def is_blank(line: str) -> bool:
    """Whitespace only (non-breaking and zero-width spaces included)."""
    return not line.replace("\u200b", "").replace("\ufeff", "").strip()


def is_signature_image(line: str) -> bool:
    """An image description standing in for a handwritten signature."""
    line = line.strip()
    return bool(_SIGNATURE_IMAGE.match(line) and _SIGNATURE_WORDS.search(line))


def is_chrome(line: str) -> bool:
    """Web-page furniture that is never document content."""
    return bool(_CHROME.match(line.strip()))


def is_debris(line: str) -> bool:
    """A whole line that `clean_span` drops: signature image, web chrome, markdown rule or fence."""
    return is_signature_image(line) or is_chrome(line) or bool(_RULE.match(line))


def strip_marker(line: str) -> str:
    """The line without its indentation and list marker."""
    return line[MARKER.match(line).end() :]


def _strip_strong(line: str) -> str:
    def replace(match: re.Match[str]) -> str:
        before = line[match.start() - 1] if match.start() else " "
        after = line[match.end()] if match.end() < len(line) else " "
        return " " if before.isalnum() and after.isalnum() else ""

    return _STRONG.sub(replace, line)


def _clean_line(line: str, first: bool) -> str:
    line = line.strip()
    line = _QUOTE.sub("", line)
    line = _MD_HEADING.sub(" ", line).strip()
    if first:
        line = strip_marker(line)
    else:
        line = _BULLETS_ONLY.sub("", line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _strip_strong(line)
    line = _EMPHASIS.sub(r"\1", line)
    line = _UNDERSCORE.sub(r"\1", line)
    return _TICKS.sub("", line)


def clean_span(raw: str) -> str:
    """The citable text of a raw span: debris removed, broken lines joined, whitespace collapsed."""
    text = _BREAK_TAG.sub(" ", raw)
    text = _TAG.sub("", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = _HYPHEN_BREAK.sub(r"\1-", text)
    kept: list[str] = []
    for line in text.splitlines():
        if is_blank(line) or is_debris(line):
            continue
        cleaned = _clean_line(line, first=not kept)
        if cleaned:
            kept.append(cleaned)
    joined = " ".join(kept)
    joined = _SPACED_CAPS.sub(lambda m: m.group().replace(" ", ""), joined)
    return _SPACE.sub(" ", joined).strip()

"""Segment a document's text into citable paragraphs with exact spans, citation labels and section headings.

Long because the layout rules below share one scan over the lines and must be read in order.

Layout rules, in order:

- Blocks are runs of non-blank lines; a line opening with a list marker starts a new block, an unmarked line
  continues the block above (hard-wrapped text). Debris lines (signature images, web chrome) separate blocks.
- A block continuing a sentence broken across a blank line is joined back: the previous block lacks closing
  punctuation and the next starts lower-case (a bullet glyph in front is debris when the previous block ends
  on "and", "of", ... as in "powers and\\n\\n- resources"), or the previous block ends on a conjunction.
- Trailing web chrome ("Send an e-mail linking to this page", "Feedback") belongs to no paragraph.
- Header: one passage, up to the "Dear ..." salutation of a letter and its subject line; otherwise the
  leading run of short letterhead/field/date/reference blocks (an archive banner stays there as a note).
- Signature: from "Yours sincerely" (or similar) to the end, minus OCR'd scribbles of the signatory's name; a
  trailing "Author: ..." line of a paper counts too.
- Headings: single short lines without closing punctuation; they label the paragraphs below, never are one.
- Labels: the document's own numbering when most paragraphs carry one ("para 22"; a lost first number is
  inferred from the sequence; sub-items "para 16(a)", "para 3, item 2"; material before paragraph 1 is
  labelled by its section, e.g. "summary 2", "recommendation 1"); otherwise "¶1", "¶2", ... in reading order.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import NamedTuple

from rag.ingest import lists, tables
from rag.ingest.chrome import blank_lines, page_chrome
from rag.ingest.cleaning import MARKER, clean_span, is_blank, is_chrome, is_debris
from rag.ingest.fields import FIELD_LINE, field_kind
from rag.types import Paragraph

_SALUTATION = re.compile(r"^\W*Dear\s+\S.{0,60}$", re.I)
_VALEDICTION = re.compile(
    r"^\W*(?:yours\s+(?:sincerely|faithfully|truly|ever|respectfully)|(?:with\s+)?(?:kind|best|warm(?:est)?)\s+"
    r"(?:regards|wishes)|regards|sincerely)\W*$",
    re.I,
)
_TRAILING_AUTHOR = re.compile(r"^\W*(?:author|report by|prepared by|contact officer)\s*:", re.I)
_SECTION_START = re.compile(
    r"^\W*(?:\d+\.?\s+)?(?:executive\s+summary|summary|introduction|background|purpose(?:\s+of\s+(?:the\s+|this\s+)?"
    r"(?:report|paper))?|recommendations?|overview|key\s+(?:points|issues|messages)|contents|foreword)\b\W*(?::.*)?$",
    re.I,
)
_SECTION_KEY = re.compile(
    r"^\W*(?P<key>executive\s+summary|summary|recommendations?|purpose(?:\s+of\s+(?:the\s+|this\s+)?(?:report|paper))?"
    r"|background|introduction|decisions?(?:\s+required)?|actions?\s+required|key\s+(?:points|issues)|overview)\s*:",
    re.I,
)
_FIELD = re.compile(r"^\W*[A-Z][\w'’/ .-]{0,30}:\s*\S")
_SUBHEADING = re.compile(r"^\s{0,3}#{2,6}\s+\S")  # a Markdown (or converted HTML/Word) heading below the title
_BANNER = re.compile(
    r"\barchived?\b|out of date|no longer (?:updated|maintained|current)|\bwebsite\b|\bthis page\b|"
    r"has been replaced by|historical (?:material|record)",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}\b|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b",
    re.I,
)
_REFERENCE = re.compile(
    r"\b[A-Z]{2,}[A-Z0-9/-]*\d{4,}[A-Z0-9/-]*\b|\bref(?:erence)?(?:\s+no\.?)?\s*[:.]|"
    r"\b(?:briefing\s+)?(?:paper|report)\s+(?:no\.?\s*)?\d+/\d{2,4}\b|\bitem\s+no\.?\s*\d+\b",
    re.I,
)
# Short answers that sit alone on a line without being headings ("Financial implications ... / None").
_NOT_HEADINGS = {"none", "nil", "n/a", "na", "not applicable", "yes", "no", "tbc", "tbd", "noted"}
FUNCTION_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "to",
    "for",
    "with",
    "by",
    "in",
    "on",
    "at",
    "from",
    "as",
    "that",
    "which",
    "who",
    "whose",
    "be",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "into",
    "onto",
    "than",
    "their",
    "its",
    "our",
    "this",
    "these",
    "those",
    "such",
    "between",
    "about",
    "including",
    "both",
    "also",
    "not",
}
# Single words web pages leave at their very end ("Feedback"); only dropped there, they can be real headings.
_TRAILING_CHROME_WORDS = {
    "feedback",
    "print",
    "share",
    "top",
    "home",
    "back",
    "contact us",
    "cookies",
    "accessibility",
    "site map",
    "sitemap",
    "email",
    "e-mail",
    "tweet",
    "menu",
    "search",
}
_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "baron",
    "cllr",
    "councillor",
    "prof",
    "professor",
    "rt",
    "hon",
    "ch",
    "chief",
    "supt",
    "superintendent",
    "insp",
    "inspector",
    "dci",
    "di",
    "dac",
    "ac",
    "dcs",
    "sgt",
    "pc",
    "commander",
    "cmdr",
    "det",
    "rev",
}
_NOT_NAME_WORDS = {
    "city",
    "the",
    "office",
    "mayor",
    "london",
    "police",
    "policing",
    "crime",
    "committee",
    "street",
    "road",
    "walk",
    "house",
    "chair",
    "chairman",
    "chairwoman",
    "deputy",
    "director",
    "head",
    "authority",
    "service",
    "services",
    "council",
    "councils",
    "board",
    "assembly",
    "department",
    "unit",
    "team",
    "partnership",
    "yours",
    "dear",
    "item",
    "report",
    "summary",
    "regards",
    "sincerely",
    "leaders",
    "leaders'",
    "metropolitan",
    "greater",
    "justice",
    "safety",
    "community",
    "government",
    "ministry",
    "home",
    "group",
    "centre",
    "square",
    "lane",
    "avenue",
    "building",
    "floor",
    "policy",
    "strategy",
    "plan",
    "programme",
    "officer",
    "commissioner",
}


def looks_like_person_name(text: str) -> bool:
    """2-5 capitalised words without org/address words: "Sophie Linden", "Ch Supt Bloomfield"."""
    words = text.strip().rstrip(",").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    named = 0
    for word in words:
        bare = word.strip(".,'’").lower()
        if bare in _NOT_NAME_WORDS:
            return False
        if bare in _HONORIFICS:
            continue
        if not (word[0].isupper() and any(c.islower() for c in word)) and not re.fullmatch(r"[A-Z]\.?", word):
            return False
        named += 1
    return named >= 1 and len(words) - named < len(words)


@dataclass
class Line:
    start: int
    end: int  # end of the line's text, line break excluded
    raw: str


@dataclass
class Block:
    """Lines forming one unit of layout; `start`/`end` bound its text minus indentation or trailing blanks."""

    lines: list[Line]
    indent: int = 0
    bullets: bool = False
    enum: str | None = None
    delim: str = ""
    after_debris: bool = False
    heading: bool = False
    banner: bool = False
    table: bool = False  # a run of pipe rows, or a plain-text table laid out in columns (see tables.py)
    grid: tables.AlignedTable | None = None  # the rows of a plain-text table

    @property
    def start(self) -> int:
        first = self.lines[0]
        return first.start + len(first.raw) - len(first.raw.lstrip())

    @property
    def end(self) -> int:
        last = self.lines[-1]
        return last.start + len(last.raw.rstrip())

    def raw(self, text: str) -> str:
        return text[self.start : self.end]

    def clean(self, text: str) -> str:
        return clean_span(self.raw(text))

    @property
    def marked(self) -> bool:
        return self.bullets or self.enum is not None

    @property
    def first_line(self) -> str:
        return clean_span(self.lines[0].raw)


class Layout(NamedTuple):
    """What segmentation found: paragraphs plus the raw material metadata extraction reads."""

    paragraphs: list[Paragraph]
    header_lines: list[str]  # cleaned letterhead/address/date/reference lines, banner excluded
    banner_lines: list[str]
    signature_lines: list[str]  # valediction, name, role, organisation
    signatory: str | None
    salutation: str | None  # "Dear Chair,"
    subject: str | None  # heading right after the salutation
    headings: list[str]  # body section headings in reading order
    is_letter: bool
    chrome: int = 0  # page-number and running header/footer lines left out
    text: str = ""  # the text the spans index: the input with those chrome lines blanked (same length)


def _split_lines(text: str) -> list[Line]:
    lines, at = [], 0
    for raw in text.split("\n"):
        body = raw[:-1] if raw.endswith("\r") else raw
        lines.append(Line(at, at + len(body), body))
        at += len(raw) + 1
    return lines


def _new_block(line: Line, after_debris: bool) -> Block:
    match = MARKER.match(line.raw)
    enum = match.group("enum") or match.group("paren")
    delim = ""
    if enum:
        delim = "(" if match.group("paren") else line.raw[match.start("enum") + len(enum)]
    return Block([line], len(match.group("indent")), bool(match.group("bullets")), enum, delim, after_debris)


def _build_blocks(lines: list[Line], table_lines: set[int] | None = None) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    debris = False
    aligned = tables.aligned_tables([line.raw for line in lines]) if table_lines is None else {}
    skip_to = 0
    for number, line in enumerate(lines):
        if number < skip_to:
            continue
        if number in aligned:
            grid = aligned[number]
            skip_to = grid[-1][0] + 1
            current = Block(lines[number:skip_to], table=True, grid=grid)
            blocks.append(current)
            current, debris = None, False
            continue
        if is_blank(line.raw) or is_debris(line.raw):
            current = None
            debris = debris or not is_blank(line.raw)
            continue
        table_row = number in table_lines if table_lines is not None else tables.is_table_line(line.raw)
        starts_item = not table_row and bool(MARKER.match(line.raw).group(0).strip())
        if current is None or starts_item or table_row != current.table:
            current = Block([line], table=True) if table_row else _new_block(line, debris)
            blocks.append(current)
            debris = False
        else:
            current.lines.append(line)
    return blocks


def _ends_open(text: str) -> bool:
    """No closing punctuation: the sentence goes on in the next block."""
    tail = text.rstrip("\"'”’)] ")
    return bool(tail) and tail[-1] not in ".!?:;"


def _last_word(text: str) -> str:
    words = re.findall(r"[A-Za-z']+", text)
    return words[-1].lower() if words else ""


def _continues(prev: Block, nxt: Block, text: str) -> bool:
    """Whether `nxt` is the rest of a sentence `prev` left open across a blank line."""
    if nxt.after_debris or nxt.enum is not None or nxt.table or prev.table:
        return False
    tail, head = clean_span(prev.lines[-1].raw), clean_span(nxt.lines[0].raw)
    if not tail or not head or _SALUTATION.match(tail) or _VALEDICTION.match(head):
        return False
    if tail.endswith(":") and not nxt.bullets and len(nxt.lines) == 1 and len(head.split()) <= 15:
        # "will be addressed by:" + "Sophie Linden, Deputy Mayor ... and": one sentence laid out on two lines.
        return not _is_heading(nxt, text)
    if not _ends_open(tail):
        return False
    glued_word = _last_word(tail) in FUNCTION_WORDS or tail.endswith((",", "-", "–"))
    if head[0].islower():
        # A bullet glyph is debris only across a blank line; list items on adjacent lines are a list.
        adjacent = text[prev.lines[-1].end : nxt.lines[0].start].count("\n") == 1
        return glued_word and not adjacent if nxt.bullets else True
    return (
        not nxt.bullets and glued_word and _last_word(tail) in {"and", "or", "of", "for", "to", "with", "by"}
    )


def _join_broken(blocks: list[Block], text: str) -> list[Block]:
    joined: list[Block] = []
    for block in blocks:
        if joined and _continues(joined[-1], block, text):
            joined[-1].lines.extend(block.lines)
        else:
            joined.append(block)
    return joined


def _drop_chrome(blocks: list[Block], text: str) -> list[Block]:
    def chrome(block: Block) -> bool:
        cleaned = block.clean(text)
        return is_chrome(cleaned) or (
            len(block.lines) == 1 and cleaned.lower().strip(" .") in _TRAILING_CHROME_WORDS
        )

    end = len(blocks)
    while end and chrome(blocks[end - 1]):
        end -= 1
    start = 0
    while start < end and is_chrome(blocks[start].clean(text)):
        start += 1
    return blocks[start:end]


PROSE_WORDS = 25  # a block this long is prose, not a letterhead line or a notice


def _is_prose(block: Block, text: str) -> bool:
    cleaned = block.clean(text)
    return len(cleaned.split()) >= PROSE_WORDS and not _BANNER.search(cleaned)


def _salutation_index(blocks: list[Block], text: str) -> int | None:
    for i, block in enumerate(blocks[:20]):
        if len(block.lines) == 1 and _SALUTATION.match(block.first_line):
            return i
        if _is_prose(block, text):
            return None
    return None


def _short_field(line: str) -> bool:
    """"Reference: CONS/2021/03", "Review lead: Imogen Tarrant": a label of one to three words and a value."""
    match = FIELD_LINE.match(line)
    return bool(match) and len(match.group("label").split()) <= 3


def _header_end(blocks: list[Block], text: str) -> int:
    """Blocks before the body of a non-letter: short letterhead, title, field, date and reference blocks."""
    end = 0
    for i, block in enumerate(blocks[:15]):
        cleaned = block.clean(text)
        if _SECTION_START.match(block.first_line) or (i and _SUBHEADING.match(block.first_line)):
            break  # a section heading ("## At a glance") under the title opens the body
        # A banner is a short notice ("This page is archived"); a paragraph of prose that says "this page" is body.
        banner = bool(_BANNER.search(cleaned)) and len(cleaned.split()) < PROSE_WORDS
        signal = banner or bool(_FIELD.match(block.first_line) or _REFERENCE.search(cleaned))
        signal = signal or bool(_DATE.search(cleaned) and len(cleaned.split()) <= 15)
        short = all(len(clean_span(line.raw).split()) <= 14 for line in block.lines) and not cleaned.endswith(
            "."
        )
        fields = block.marked and all(_short_field(clean_span(line.raw)) for line in block.lines)
        if fields:  # "- Reference: CONS/2021/03": fields written as a bulleted list are header fields
            end = i + 1
            continue
        if (block.marked and not banner) or block.table:
            break
        if signal:
            end = i + 1  # the header ends with its last field, date, reference or banner block
        elif not short:
            break
    return end


def _valediction_index(blocks: list[Block], first: int) -> int | None:
    for i in range(len(blocks) - 1, first, -1):
        if _VALEDICTION.match(blocks[i].first_line):
            return i
    return None


def _is_heading(block: Block, text: str) -> bool:
    if len(block.lines) != 1 or block.table:
        return False
    if re.match(r"^\s{0,3}#{1,6}\s+\S", block.lines[0].raw):
        return True
    cleaned = block.clean(text)
    if block.bullets or not cleaned or len(cleaned) > 100 or len(cleaned.split()) > 14:
        return False
    if block.enum is not None and (not block.enum.isdigit() or len(cleaned.split()) > 8):
        return False  # "3. Financial comments" is a heading, "(a) note the increase" is not
    if not _ends_open(cleaned) or cleaned.endswith(",") or field_kind(cleaned):
        return False  # "Name: Shauna Ellery, Deputy Mayor" is a field, not a heading
    if not (cleaned[0].isupper() or cleaned[0].isdigit()) or cleaned.lower() in _NOT_HEADINGS:
        return False
    return _last_word(cleaned) not in FUNCTION_WORDS and not _SALUTATION.match(cleaned)


def _field_lines(raw: str) -> list[str]:
    """Cleaned lines of a header or signature span, split where bold glued them ("CRIME**Susan Hall**")."""
    out = []
    for line in raw.splitlines():
        for piece in re.split(r"\*\*|__|<br\s*/?>", line):
            cleaned = clean_span(piece)
            if cleaned:
                out.append(cleaned)
    return out


def _similar(a: str, b: str) -> float:
    norm = lambda s: re.sub(r"[^a-z ]", "", s.lower()).strip()  # noqa: E731
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def _signature_runs(blocks: list[Block], text: str) -> tuple[list[list[Block]], str | None]:
    """Contiguous runs of signature blocks without scribbles, and the signatory's name if one is found."""
    lines = [line for block in blocks for line in _field_lines(block.raw(text))][1:]  # after the valediction
    name = next((line for line in lines if looks_like_person_name(line)), None)
    runs: list[list[Block]] = [[]]
    for block in blocks:
        cleaned = block.clean(text)
        scribble = (
            name is not None
            and name not in cleaned
            and len(cleaned.split()) <= 4
            and _similar(cleaned, name) >= 0.6
        )
        if scribble:
            runs.append([])
        else:
            runs[-1].append(block)
    return [run for run in runs if run], name


class _Labeller:
    """Hands out unique labels."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, label: str) -> str:
        unique, n = label, 2
        while unique in self.used:
            unique, n = f"{label} ({n})", n + 1
        self.used.add(unique)
        return unique


def _numbering(body: list[Block], text: str) -> dict[int, int] | dict[int, str]:
    """Block index -> the document's own paragraph number, when most paragraphs are numbered; else {}."""
    by_style: dict[tuple, list[tuple[int, int]]] = {}
    for i, block in enumerate(body):
        if not block.heading and block.enum and block.enum.isdigit():
            style = (block.indent > 0, block.bullets, block.delim)
            by_style.setdefault(style, []).append((i, int(block.enum)))
    best: list[tuple[int, int]] = []
    for items in by_style.values():
        run: list[tuple[int, int]] = []
        for item in items:
            run = run + [item] if run and 0 < item[1] - run[-1][1] <= 3 else [item]
            if len(run) > len(best):
                best = list(run)
    in_run = {i for i, _ in best}
    top_level = sum(1 for i, b in enumerate(body) if not b.heading and (i in in_run or not b.marked))
    if len(best) < 3 or len(best) < 0.4 * top_level:
        return _decimal_numbering(body)
    numbers = dict(best)
    # A first paragraph that lost its number in conversion: the unnumbered ones just before the sequence.
    first_index, first_number = best[0]
    i = first_index - 1
    while first_number > 1 and i >= 0:
        block = body[i]
        if not block.heading:
            if block.marked or _SECTION_KEY.match(block.first_line):
                break
            first_number -= 1
            numbers[i] = first_number
        i -= 1
    return numbers


_DECIMAL = re.compile(r"^\s*(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+\S")


def _decimal_numbering(body: list[Block]) -> dict[int, str]:
    """Block index -> "3.2" when most paragraphs carry section-decimal numbers ("3.2 Headcount fell ..."); else {}."""
    found = {}
    for i, block in enumerate(body):
        match = None if block.heading or block.table else _DECIMAL.match(block.lines[0].raw)
        if match:
            found[i] = match.group(1)
    plain = sum(1 for b in body if not b.heading and not b.table and not b.marked)
    return found if len(found) >= 3 and len(found) >= 0.4 * plain else {}


def _section_name(heading: str) -> str:
    """A heading as a label stem: "Financial implications" -> "financial implications"; acronyms kept."""
    if len(heading) > 1 and heading[1].islower():
        return heading[0].lower() + heading[1:]
    return heading


def _label_body(body: list[Block], text: str, label: _Labeller) -> list[tuple[Block, str, str, str]]:
    """(block, label, kind, heading) for every non-heading body block."""
    out = []
    numbers = _numbering(body, text)
    heading = ""
    if not numbers:
        count, lead = 0, ""
        for block in body:
            if block.table:
                continue
            if block.heading:
                heading, lead = block.clean(text), ""
                continue
            if lead and block.enum is not None:
                # A numbered list under a lead-in keeps the document's own numbers: "¶10, item 3" for "3. Take ...".
                out.append((block, label(f"{lead}, item {block.enum}"), "list_item", heading))
                continue
            count += 1
            name = label(f"¶{count}")
            out.append((block, name, "list_item" if block.marked else "body", heading))
            lead = name if not block.marked and block.clean(text).endswith(":") else ""
        return out

    para: int | None = None
    items = conts = unlabelled = 0
    section, section_count, section_items = "", 0, 0
    after_heading = False
    for i, block in enumerate(body):
        if block.table:
            continue
        if block.heading:
            heading = block.clean(text)
            section, section_count, section_items = _section_name(heading), 0, 0
            after_heading = True
            continue
        if i in numbers:
            para, items, conts, after_heading = numbers[i], 0, 0, False
            out.append((block, label(f"para {para}"), "body", heading))
            continue
        if para is None or after_heading:
            key = _SECTION_KEY.match(block.first_line)
            if key:
                heading = key.group("key").strip().capitalize()
                section, section_count, section_items = _section_name(heading), 0, 0
            if not section:  # no numbering and no section name to borrow: count in reading order
                unlabelled += 1
                kind = "list_item" if block.marked else "body"
                out.append((block, label(f"¶{unlabelled}"), kind, heading))
            elif block.enum:
                stem = section[:-1] if section.endswith("s") and " " not in section else section
                out.append((block, label(f"{stem} {block.enum}"), "list_item", heading))
            elif block.bullets:
                section_items += 1
                out.append((block, label(f"{section}, item {section_items}"), "list_item", heading))
            else:
                section_count += 1
                name = section if section_count == 1 else f"{section} {section_count}"
                out.append((block, label(name), "body", heading))
            continue
        if block.enum:
            out.append((block, label(f"para {para}({block.enum})"), "list_item", heading))
        elif block.bullets or block.indent > 0:
            items += 1
            out.append((block, label(f"para {para}, item {items}"), "list_item", heading))
        else:
            conts += 1
            name = f"para {para} (cont.)" if conts == 1 else f"para {para} (cont. {conts})"
            out.append((block, label(name), "body", heading))
    return out


MAX_CAPTION_WORDS = 40  # a lead-in longer than this is a paragraph that happens to end with a colon


def _table_rows(body: list[Block], text: str, label: _Labeller) -> list[Paragraph]:
    """One passage per data row of every table block: "table N, row <first cell>", its text restating the
    header ("Financial year: 2016/17; Arrests: 412"), its heading the table's caption or section heading."""
    out: list[Paragraph] = []
    heading, previous, count = "", None, 0
    last: tuple[list[str] | None, str, str, int] | None = None  # the table before: header, caption, number, rows
    for block in body:
        if not block.table:
            if block.heading:
                heading = block.clean(text)
            previous = block
            continue
        header: list[str] | None = None
        if block.grid is not None:
            by_number = dict(block.grid)
            numbers = range(block.grid.start, block.grid.start + len(block.lines))
            lines = [(line, by_number[n]) for n, line in zip(numbers, block.lines) if n in by_number]
            header = block.grid.header
        else:
            lines = [(line, tables.split_row(line.raw)) for line in block.lines]
            if len(lines) > 1 and tables.is_rule(lines[1][1]):
                header, lines = lines[0][1], lines[2:]
        if previous is not None and previous.table and last is not None and header and header == last[0]:
            # The same table carried over a page break under its repeated header: one table, numbered on.
            _, caption, number, position = last
        else:
            count += 1
            caption = previous.clean(text) if previous is not None and not previous.table else ""
            if not tables.is_caption(caption):
                # A short sentence leading into the table ("Requests for BWV footage received from the IOPC:", "The
                # table below shows the number of collisions …") says what its rows count, as a caption does; the
                # section heading stays in front of it.
                introduces = lists.leads_in(caption) or tables.announces_table(caption)
                if not (introduces and len(caption.split()) <= MAX_CAPTION_WORDS):
                    caption = heading
                elif heading:
                    caption = f"{heading}: {caption}"
            number, position = tables.caption_number(caption) or str(count), 0
        for line, cells in lines:
            if tables.is_rule(cells) or not any(cells):
                continue
            position += 1
            indent = len(line.raw) - len(line.raw.lstrip())
            name = label(f"table {number}, row {tables.row_label(cells, position)}")
            out.append(
                Paragraph(name, line.start + indent, line.end, tables.row_text(header, cells), "table_row", caption)
            )
        last = (header, caption, number, position)
        previous = block
    return out


_ANNEX = re.compile(r"(?i)^\W*(?:legal\s+)?(?:annex|appendix|enclosure|attachment|schedule)\b")


def _is_prose_block(block: Block, text: str) -> bool:
    cleaned = block.clean(text)
    words = len(cleaned.split())
    return not block.table and (words >= 20 or (words >= 10 and cleaned.endswith(".")))


def _signature_end(signature: list[Block], text: str) -> int:
    """How many blocks from the valediction on are the signature: up to the first prose block, less an annex
    heading right above it ("LEGAL ANNEX", "## Appendix A", "1. Legal basis"); name, post and cc lines stay."""
    for i in range(1, len(signature)):
        # Sign-off lines run together ("Borough Commander, North West BCU cc: Cllr …") can be long, but prose ends
        # its sentences.
        if _is_prose_block(signature[i], text) and re.search(r"[.!?:;][\"'’”)]*\s*$", signature[i].clean(text)):
            above = signature[i - 1]
            first = above.lines[0].raw
            if i > 1 and len(above.lines) == 1 and _is_heading(above, text) and (
                above.first_line.isupper() or first.lstrip().startswith("#") or above.enum is not None
                or _ANNEX.match(above.first_line)
            ):
                return i - 1
            return i
    return len(signature)


def _names_signatory(blocks: list[Block], text: str) -> bool:
    """"Signed as a correct record: Margaret Olusanya, Chair": the one sign-off line names the person."""
    match = FIELD_LINE.match(blocks[0].clean(text)) if len(blocks) == 1 else None
    return bool(match) and looks_like_person_name(match.group("value").split(",")[0])


def _signed_field_runs(body: list[Block], text: str) -> list[list[Block]]:
    """Runs of blocks made only of field lines that include a "Signature:"/"Signed:" line (a record's sign-off:
    "Signature: [signed]", "Name: ...", "Date: ...")."""
    runs: list[list[Block]] = []
    current: list[Block] = []
    kinds: list[str | None] = []
    for block in body + [None]:  # type: ignore[list-item]
        lines = [] if block is None or block.table or block.marked else _field_lines(block.raw(text))
        found = [field_kind(line) for line in lines]
        if lines and all(found):
            current.append(block)
            kinds.extend(found)
            continue
        if "signed" in kinds and (len(kinds) >= 2 or _names_signatory(current, text)):
            runs.append(current)
        current, kinds = [], []
    return runs


def _numbered(name: str, n: int) -> str:
    return name if n == 1 else f"{name} {n}"


def _paragraph(text: str, start: int, end: int, label: str, kind: str, heading: str = "") -> Paragraph | None:
    cleaned = clean_span(text[start:end])
    return Paragraph(label, start, end, cleaned, kind, heading) if cleaned else None


def _in_lists(paragraphs: list[Paragraph], markers: dict[int, lists.Marker]) -> list[Paragraph]:
    """The paragraphs with each list item's lead-in (or parent item) and nesting depth filled in."""
    places = lists.structure([(p.kind, p.text, p.heading, markers.get(p.start)) for p in paragraphs])
    return [p._replace(lead_in=paragraphs[place.parent].label if place.parent >= 0 else "", level=place.level)
            if p.kind == "list_item" else p for p, place in zip(paragraphs, places)]


def segment(text: str, table_lines: set[int] | None = None) -> Layout:
    """Split `text` (the document text spans index) into labelled paragraphs and metadata raw material.

    `table_lines` (0-based line numbers) says which lines are table rows when a parser knows (Markdown); else
    pipe rows "| a | b |" are.
    """
    # Page chrome (running headers and footers, page numbers) becomes blank lines in place: offsets stay exact,
    # and a sentence a page break cut in two ("within 72 hours of the" / footer / "report;") joins back up.
    chrome = page_chrome(text.split("\n"))
    text = blank_lines(text, chrome)
    blocks = _build_blocks(_split_lines(text), table_lines)
    blocks = _drop_chrome(_join_broken(blocks, text), text)
    label = _Labeller()

    salutation_at = _salutation_index(blocks, text)
    is_letter = salutation_at is not None
    header_end = salutation_at + 1 if is_letter else _header_end(blocks, text)
    valediction_at = _valediction_index(blocks, header_end)
    is_letter = is_letter or valediction_at is not None
    signature_start = valediction_at if valediction_at is not None else len(blocks)
    header, body, signature = (
        blocks[:header_end],
        blocks[header_end:signature_start],
        blocks[signature_start:],
    )
    if not signature and len(body) > 1 and _TRAILING_AUTHOR.match(body[-1].first_line):
        body, signature = body[:-1], body[-1:]
    if valediction_at is not None:
        # An annex or enclosure after the sign-off is body again: the signature ends where prose starts.
        end = _signature_end(signature, text)
        body, signature = body + signature[end:], signature[:end]

    for i, block in enumerate(body):
        # A numbered line is a heading only over unnumbered text: "1. Purpose" + prose, not a list of short items.
        follows = body[i + 1] if i + 1 < len(body) else None
        numbered_ok = not block.marked or (follows is not None and not follows.marked and not follows.table)
        block.heading = follows is not None and numbered_ok and _is_heading(block, text)

    paragraphs: list[Paragraph] = []
    header_lines: list[str] = []
    banner_lines: list[str] = []
    for block in header:
        block.banner = bool(_BANNER.search(block.clean(text)))
        (banner_lines if block.banner else header_lines).extend(_field_lines(block.raw(text)))
    salutation = header[-1].first_line if salutation_at is not None else None
    subject = body[0].clean(text) if salutation and body and body[0].heading else None
    if header:
        # One header passage (banner note, letterhead, addressee, date, reference, and a letter's subject line
        # right under "Dear ..."): questions about the document itself are answered and cited from one place.
        end = body[0].end if subject else header[-1].end
        paragraph = _paragraph(text, header[0].start, end, label("header"), "header")
        if paragraph:
            paragraphs.append(paragraph)

    signed_runs = _signed_field_runs(body, text)
    signed = {id(block) for run in signed_runs for block in run}
    body = [block for block in body if id(block) not in signed]
    body_paragraphs = []
    markers: dict[int, lists.Marker] = {}
    for block, name, kind, heading in _label_body(body, text, label):
        paragraph = _paragraph(text, block.start, block.end, name, kind, heading)
        if paragraph:
            body_paragraphs.append(paragraph)
            glyphs = MARKER.match(block.lines[0].raw).group("bullets") or ""
            markers[paragraph.start] = lists.Marker(block.indent, lists.marker_style(glyphs, block.enum, block.delim))
    rows = _table_rows(body, text, label)
    paragraphs.extend(_in_lists(sorted(body_paragraphs + rows, key=lambda p: p.start), markers))

    signatory = None
    signature_lines: list[str] = []
    for run in signed_runs:
        # "Signature: [signed] / Name: ... / Date: ...": a sign-off written as fields is a signature passage too.
        paragraph = _paragraph(text, run[0].start, run[-1].end, label("signature"), "signature")
        if paragraph:
            paragraphs.append(paragraph)
            signature_lines.extend(line for b in run for line in _field_lines(b.raw(text)))
    if signature:
        runs, signatory = _signature_runs(signature, text)
        for n, run in enumerate(runs, start=1):
            paragraph = _paragraph(
                text, run[0].start, run[-1].end, label(_numbered("signature", n)), "signature"
            )
            if paragraph:
                paragraphs.append(paragraph)
                signature_lines.extend(line for b in run for line in _field_lines(b.raw(text)))

    headings = [b.clean(text) for b in body if b.heading]
    return Layout(
        sorted(paragraphs, key=lambda p: p.start),
        header_lines,
        banner_lines,
        signature_lines,
        signatory,
        salutation,
        subject,
        headings,
        is_letter,
        len(chrome),
        text,
    )


def split_paragraphs(text: str) -> list[Paragraph]:
    """Just the paragraphs of `text`."""
    return segment(text).paragraphs

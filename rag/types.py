"""Shared value types: documents, paragraphs, passages, filters and answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple


class DocumentMeta(NamedTuple):
    """Metadata extracted from one document's header and signature."""

    doc_id: str  # corpus file name, e.g. "000_c98e25e03050518d.txt"
    title: str  # subject line or heading; falls back to the file stem
    date: str | None = None  # ISO yyyy-mm-dd
    author: str | None = None  # author or signatory
    author_role: str | None = None  # e.g. "Deputy Mayor for Policing and Crime"
    recipient: str | None = None
    reference: str | None = None  # e.g. "MOPAC06102020-D3474"
    organisation: str | None = None  # issuing body, e.g. "MOPAC"
    doc_type: str | None = None  # letter | briefing paper | report
    committee: str | None = None  # the committee, panel or board it is for or from
    report_by: str | None = None  # "Report by: ..." (name, post)
    contact_officer: str | None = None  # "Contact officer: ..." (name, post)
    # (field, start, end): where in Document.text each field's value was read, to cite and highlight it
    spans: tuple[tuple[str, int, int], ...] = ()

    def span(self, field: str) -> tuple[int, int] | None:
        """[start, end) of the text a field was read from, or None when it was not found in the text."""
        return next(((start, end) for name, start, end in self.spans if name == field), None)


class Paragraph(NamedTuple):
    """One citable paragraph of a document, addressed by a span of its text."""

    label: str  # citation label: "para 22", "para 16(a)", "¶3", "header", "signature"
    start: int  # [start, end) offsets into Document.text
    end: int
    text: str  # cleaned paragraph text (debris removed, broken lines joined); a table row restated with its header
    kind: str = "body"  # body | list_item | header | signature | table_row
    heading: str = ""  # nearest section heading above it, if any; a table row's: its caption or heading
    lead_in: str = ""  # a list item's: label of the paragraph it hangs from (its lead-in, or its parent item); ""
    # when its list hangs only from its heading
    level: int = 0  # a list item's nesting depth: 0 top level, 1 an item of an item's list, ...


@dataclass
class Document:
    """A parsed corpus file: its full text (offsets index this), metadata and paragraphs."""

    meta: DocumentMeta
    text: str  # the original file text (decoded) for .txt/.md; extracted text for pdf/docx/html
    paragraphs: list[Paragraph]
    source_format: str  # txt | md | pdf | docx | html
    sha256: str  # hash of the file's bytes
    notes: dict[str, int] = field(default_factory=dict)  # what ingestion did: {"chrome": lines dropped, "tables": n}

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id


class Chunk(NamedTuple):
    """An indexable unit: a paragraph, or a sentence-aligned piece of a long one."""

    chunk_id: str  # f"{doc_id}#{start}-{end}", stable while the file is unchanged
    doc_id: str
    label: str  # the paragraph's citation label (pieces of one paragraph share it)
    start: int  # [start, end) offsets into Document.text
    end: int
    text: str  # cleaned text of this piece, what a citation quotes; a "list" chunk's: its members' texts, one a line
    embed_text: str  # text plus title/heading/neighbour context, what gets embedded
    kind: str = "body"  # a paragraph's kind, or "list": a lead-in with its items (see chunking.list_chunks)
    heading: str = ""


class Passage(NamedTuple):
    """A retrieved unit: one paragraph, or one sentence-aligned piece of a long paragraph."""

    text: str
    doc_id: str
    title: str
    date: str | None
    paragraph: str  # citation label, e.g. "para 22" or "¶3"
    start: int  # [start, end) offsets into the document's original text
    end: int
    score: float = 0.0
    author: str | None = None
    recipient: str | None = None
    reference: str | None = None
    kind: str = "body"
    chunk_id: str = ""
    heading: str = ""

    def citation(self) -> str:
        """Human-readable citation: title (date), paragraph label."""
        date = f" ({self.date})" if self.date else ""
        return f"{self.title}{date}, {self.paragraph}"

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


@dataclass(frozen=True)
class SearchFilters:
    """Restrict a search to some documents and/or a date range (inclusive, ISO dates)."""

    documents: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None

    @classmethod
    def coerce(cls, value: SearchFilters | dict[str, Any] | None) -> SearchFilters | None:
        """Accept a SearchFilters, a dict with the same keys (or `doc_ids`), or None."""
        if value is None or isinstance(value, SearchFilters):
            return value
        if not isinstance(value, dict):
            raise TypeError("filters must be a SearchFilters or a dict")
        unknown = set(value) - {"documents", "doc_ids", "date_from", "date_to"}
        if unknown:
            raise ValueError(f"unknown filter keys: {sorted(unknown)}")
        docs = value.get("documents") or value.get("doc_ids") or ()
        if isinstance(docs, str):
            docs = (docs,)
        return cls(tuple(docs), value.get("date_from") or None, value.get("date_to") or None)

    def is_empty(self) -> bool:
        return not (self.documents or self.date_from or self.date_to)

    def accepts(self, doc_id: str, date: str | None) -> bool:
        if self.documents and doc_id not in self.documents:
            return False
        if self.date_from or self.date_to:
            if date is None:
                return False
            if self.date_from and date < self.date_from:
                return False
            if self.date_to and date > self.date_to:
                return False
        return True


class Quote(NamedTuple):
    """A sentence quoted from a cited passage; `start`/`end` index the document text."""

    sentence: str
    citation: int  # 1-based marker number in Answer.text
    start: int
    end: int


WEAK_MATCH_NOTE = "Weak match: answers with evidence this close to the threshold were often wrong; check the quotes."


@dataclass
class Answer:
    """The assistant's reply: text with [n] markers, numbered citations, or an abstention."""

    question: str
    text: str
    citations: list[Passage]
    abstained: bool
    short_answer: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    related: list[Passage] = field(default_factory=list)  # shown as further reading, not citations
    confidence: float = 0.0
    # Answered on evidence whose score calibration found right at most 60% of the time: check the quotes.
    weak: bool = False
    mode: str = "extractive"
    index_version: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    config: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. flagged or dropped LLM sentences
    # How it was answered: the question analysis, the strategy, candidates, checks passed and failed, drops
    # (rag.answer.trace; `rag ask --explain` prints it).
    trace: dict[str, Any] = field(default_factory=dict)

    def citation_lines(self) -> list[str]:
        """`[n] <title> (<date>), <paragraph label>: "<the sentences quoted from it>"`, one line per citation."""
        quotes: dict[int, str] = {}
        for q in self.quotes:  # every sentence quoted from a passage, in order
            quotes[q.citation] = f"{quotes[q.citation]} {q.sentence}" if q.citation in quotes else q.sentence
        lines = []
        for n, passage in enumerate(self.citations, start=1):
            date = f" ({passage.date})" if passage.date else ""
            lines.append(f'[{n}] {passage.title}{date}, {passage.paragraph}: "{quotes.get(n, passage.text)}"')
        return lines

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["citations"] = [p._asdict() for p in self.citations]
        data["related"] = [p._asdict() for p in self.related]
        data["quotes"] = [q._asdict() for q in self.quotes]
        return data

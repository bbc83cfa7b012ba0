"""Answer a question that names a labelled field of a document: "Who is the contact officer?" from the line
"Contact officer: Joanne Whitfield, Volunteer Programmes Manager", "What is the decision number?" from
"Decision number: PCD 2021/087".

A field is a line (of the retrieved passages' own text) that opens with a short label and a colon. It answers
when every content word of its label is in the question (irregular forms such as "led"/"lead" folded), and the
label is specific: "Date:" or "To:" alone name too little to pick one line.
"""

from __future__ import annotations

import re

from rag.ingest.cleaning import clean_span
from rag.types import Passage

_FIELD = re.compile(r"^(?P<label>[A-Z][A-Za-z'’/() -]{1,40}?)\s*:\s*(?P<value>\S.{0,200})$")
_VALUE_END = re.compile(r"\s+[·|]\s+")
_GENERIC = {"date", "to", "from", "re", "subject", "title", "cc", "name", "signature", "tel", "telephone", "email",
            "e-mail", "status", "time", "venue", "note", "source", "classification", "page", "contact"}
_STOP = {"the", "of", "a", "an", "and", "for", "on", "in", "by", "to", "our", "your", "no", "is", "was", "who",
         "what", "when", "which", "whats", "what's"}
_LABEL_STOP = {"the", "a", "an", "of", "our", "your"}
_IRREGULAR = {"led": "lead", "leads": "lead", "wrote": "write", "written": "write", "made": "make",
              "number": "number", "no": "number", "ref": "reference"}


def _stem(word: str) -> str:
    word = word.lower().strip("'’")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# "When did the consultation close?" asks for one end of a "Consultation period: 12 July 2021 to 5 September 2021".
_ENDS = {"start": "first", "started": "first", "open": "first", "opened": "first", "begin": "first",
         "began": "first", "launched": "first", "close": "last", "closed": "last", "closes": "last", "end": "last",
         "ended": "last", "ends": "last", "finish": "last", "finished": "last"}
_SPAN_LABELS = {"period", "dates", "date", "duration", "run", "runs"}
_RANGE = re.compile(r"^(?:from\s+)?(?P<first>.+?)\s+(?:to|until|till|-|–|—)\s+(?P<last>.+)$", re.I)


def _words(text: str, stop: set[str] = _STOP) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z'’]+", text) if w.lower() not in stop}


def asked_end(question: str, value: str) -> str | None:
    """The end of a range value ("12 July 2021 to 5 September 2021") the question asks for ("when did it close?"
    -> "5 September 2021"); None when it asks for no end or the value is not a range."""
    ends = {_ENDS[w.lower()] for w in re.findall(r"[A-Za-z]+", question) if w.lower() in _ENDS}
    m = _RANGE.match(value.strip())
    if len(ends) != 1 or not m:
        return None
    return m.group(ends.pop()).strip(" .,;")


# Asking whom to get in touch with is asking for the document's contact, however it is put.
_ASKS_CONTACT = re.compile(r"(?i)\bwho\b[^?]{0,30}\b(?:ring|call|phone|telephone|contact|e-?mail|write to|speak to|"
                           r"talk to|get in touch with)\b|\bwho to (?:ring|call|phone|contact|e-?mail)\b")
_CONTACT_LABEL = _words("contact officer person point enquiries")


def fields(raw: str) -> list[tuple[str, str, int, int]]:
    """(label, value, start, end) of each field line in `raw`; start/end bound the value within `raw`."""
    out = []
    at = 0
    for line in raw.split("\n"):
        cleaned = clean_span(line)
        match = _FIELD.match(cleaned)
        if match:
            value = _VALUE_END.split(match.group("value"))[0].strip()
            where = line.find(value[:20]) if value else -1
            if where >= 0:
                out.append((match.group("label").strip(), value, at + where, at + where + len(value)))
        at += len(line) + 1
    return out


def field_answer(question: str, hits: list[Passage], text_of, fits=lambda value: True
                 ) -> tuple[str, str, Passage, int, int] | None:
    """(label, value, passage, start, end) of the field the question names, from the top passages; or None.

    `fits(value)` says whether a value is the kind of thing asked for (an email address, a date, ...)."""
    asked = _words(question, _LABEL_STOP)
    if _ASKS_CONTACT.search(question):
        asked |= _CONTACT_LABEL  # "who should I ring about the report?" asks for its "Contact officer:"
    if any(w.lower() in _ENDS for w in re.findall(r"[A-Za-z]+", question)):
        asked |= _SPAN_LABELS  # one end of a period is asked for: a period's label answers
    best: tuple[int, str, str, Passage, int, int] | None = None
    for passage in hits[:5]:
        raw = text_of(passage.doc_id)[passage.start : passage.end]
        for label, value, start, end in fields(raw):
            words = _words(label, _LABEL_STOP)  # "Report by" needs its "by": "the report" is not it
            if not words or words <= _GENERIC or not words <= asked or not fits(value):
                continue
            if best is None or len(words) > best[0]:
                best = (len(words), label, value, passage, passage.start + start, passage.start + end)
    return best[1:] if best else None

"""Which documents a question names by their own particulars: "the November 2020 letter", "Ms McCartney's letter"."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rag.lexicon import DOCUMENT_NOUN, MONTH, YEAR, month_number
from rag.types import DocumentMeta

MONTH_YEAR = re.compile(rf"\b({MONTH})\s+({YEAR})\b", re.I)
_YEAR_DOCUMENT = re.compile(rf"\b({YEAR})\s+(?:{DOCUMENT_NOUN})", re.I)
_DATED = re.compile(rf"\b(?:{DOCUMENT_NOUN})s?\s+(?:of|dated|from)\s+"
                    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?({MONTH})?\s*({YEAR})", re.I)
_NAME_NOISE = {"the", "of", "and", "for", "chairman", "chair", "committee", "mr", "mrs", "ms", "dr", "cllr", "ch",
               "supt", "am", "police", "crime", "london", "budget", "performance", "leaders"}


def _surnames(person: str | None) -> set[str]:
    """Distinctive words of a person's name ("Susan Hall, Chairman of …" -> {"susan", "hall"}); no titles."""
    if not person:
        return set()
    name = person.split(",")[0]
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", name) if w.lower() not in _NAME_NOISE and len(w) > 2}


class DocumentMentions:
    """Each document's date and the names of its author and recipient, worked out once, for matching questions."""

    def __init__(self, documents: Mapping[str, DocumentMeta]):
        self._dates = {doc_id: meta.date for doc_id, meta in documents.items() if meta.date}
        self._names = {doc_id: [n for n in (_surnames(meta.author), _surnames(meta.recipient)) if len(n) >= 2]
                       for doc_id, meta in documents.items()}

    def find(self, question: str) -> list[str]:
        """Documents the question points at by date (month and year, or a year next to "letter", "paper"…) or by
        the full name of their author or recipient. Empty when it names none; a hint for ranking, never a filter."""
        words = set(re.findall(r"[a-z][a-z'-]+", question.lower()))
        periods: set[tuple[str | None, str]] = set()
        for m in MONTH_YEAR.finditer(question):
            periods.add((f"{month_number(m.group(1)):02d}", m.group(2)))
        for m in _YEAR_DOCUMENT.finditer(question):
            periods.add((None, m.group(1)))
        for m in _DATED.finditer(question):
            month = m.group(1)
            periods.add((f"{month_number(month):02d}" if month else None, m.group(2)))
        found = []
        for doc_id, names in self._names.items():
            date = self._dates.get(doc_id)
            dated = date and any(date[:4] == year and (month is None or date[5:7] == month)
                                 for month, year in periods)
            if dated or any(n <= words for n in names):
                found.append(doc_id)
        return found


def mentioned_documents(question: str, documents: Mapping[str, DocumentMeta]) -> list[str]:
    """DocumentMentions(documents).find(question), for a one-off question."""
    return DocumentMentions(documents).find(question)

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
    """Each document's date and the names of its author and recipient, worked out once and indexed by year and by
    name word, so matching a question costs lookups, not a pass over the collection."""

    def __init__(self, documents: Mapping[str, DocumentMeta]):
        self._dates = {doc_id: meta.date for doc_id, meta in documents.items() if meta.date}
        self._names = {doc_id: [n for n in (_surnames(meta.author), _surnames(meta.recipient)) if len(n) >= 2]
                       for doc_id, meta in documents.items()}
        self._order = {doc_id: i for i, doc_id in enumerate(documents)}
        self._by_year: dict[str, list[str]] = {}
        for doc_id, date in self._dates.items():
            self._by_year.setdefault(date[:4], []).append(doc_id)
        self._by_name_word: dict[str, set[str]] = {}
        for doc_id, names in self._names.items():
            for name in names:
                for word in name:
                    self._by_name_word.setdefault(word, set()).add(doc_id)

    def find(self, question: str) -> list[str]:
        """Documents the question points at by date (month and year, or a year next to "letter", "paper"…) or by
        the full name of their author or recipient. Empty when it names none; a hint for ranking, never a filter.

        Among many letters, one that matches more of what the question names (its date and its author, say) is
        the one meant: only the documents matching the most of date, author and recipient are returned, so a
        letter that merely shares the month or a correspondent gets no vote."""
        words = set(re.findall(r"[a-z][a-z'-]+", question.lower()))
        words |= {w[:-2] for w in words if w.endswith(("'s", "’s"))}  # "Linden's letter" names Linden
        periods: set[tuple[str | None, str]] = set()
        for m in MONTH_YEAR.finditer(question):
            periods.add((f"{month_number(m.group(1)):02d}", m.group(2)))
        for m in _YEAR_DOCUMENT.finditer(question):
            periods.add((None, m.group(1)))
        for m in _DATED.finditer(question):
            month = m.group(1)
            periods.add((f"{month_number(month):02d}" if month else None, m.group(2)))
        matched: dict[str, int] = {}
        for month, year in periods:
            for doc_id in self._by_year.get(year, ()):
                if month is None or self._dates[doc_id][5:7] == month:
                    matched[doc_id] = 1
        named = set().union(*(self._by_name_word.get(w, set()) for w in words)) if words else set()
        for doc_id in named:
            hits = sum(n <= words for n in self._names[doc_id])
            if hits:
                matched[doc_id] = matched.get(doc_id, 0) + hits
        if not matched:
            return []
        best = max(matched.values())
        return sorted((d for d, count in matched.items() if count == best), key=self._order.__getitem__)


def mentioned_documents(question: str, documents: Mapping[str, DocumentMeta]) -> list[str]:
    """DocumentMentions(documents).find(question), for a one-off question."""
    return DocumentMentions(documents).find(question)

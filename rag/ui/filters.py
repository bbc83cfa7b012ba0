"""Search filters as staff type them: strict dates, clear messages, and a check that some letter still matches."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rag.types import DocumentMeta, SearchFilters

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
NO_MATCH = "No letters match these filters. Remove a filter to search every letter."


class FilterError(ValueError):
    """A filter that cannot be applied; the message is one sentence for the user."""


def parse_date(value: str | None, which: str) -> str | None:
    """'' or None for no limit; otherwise a real calendar date written YYYY-MM-DD, or FilterError."""
    value = (value or "").strip()
    if not value:
        return None
    if not _ISO.fullmatch(value):
        raise FilterError(f"“{value}” is not a date in the form YYYY-MM-DD (for example 2019-01-31): "
                          f"the {which} date was not applied.")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"{value} is not a real date: the {which} date was not applied.") from None
    return value


@dataclass(frozen=True)
class Filters:
    """The filters a question is asked with, checked."""

    documents: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None

    def search_filters(self) -> dict[str, object]:
        return {"documents": self.documents, "date_from": self.date_from, "date_to": self.date_to}

    def is_empty(self) -> bool:
        return not (self.documents or self.date_from or self.date_to)


def check_filters(documents: list[str] | None, date_from: str | None, date_to: str | None,
                  known: dict[str, DocumentMeta]) -> Filters:
    """The filters, validated: real dates, in order, letters that exist; FilterError says what is wrong."""
    start, end = parse_date(date_from, "from"), parse_date(date_to, "to")
    if start and end and start > end:
        raise FilterError(f"The from date ({start}) is after the to date ({end}).")
    docs = tuple(d for d in (documents or []) if d)
    unknown = [d for d in docs if d not in known]
    if unknown:
        raise FilterError("This letter is no longer in the collection: " + ", ".join(unknown) + ".")
    return Filters(docs, start, end)


def matching_letters(filters: Filters, known: dict[str, DocumentMeta]) -> list[str]:
    """The letters the filters let through, judged exactly as the retriever judges them."""
    rule = SearchFilters(filters.documents, filters.date_from, filters.date_to)
    return [d for d, m in known.items() if rule.accepts(d, m.date)]


def chip_labels(filters: Filters, known: dict[str, DocumentMeta]) -> dict[str, str]:
    """The label of each active filter's chip (documents, date_from, date_to); absent when not set."""
    chips = {}
    if filters.documents:
        names = [known[d].title for d in filters.documents if d in known]
        label = names[0] if len(names) == 1 else f"{len(names)} letters"
        chips["documents"] = f"Letters: {label[:60] + '…' if len(label) > 60 else label}"
    if filters.date_from:
        chips["date_from"] = f"From {filters.date_from}"
    if filters.date_to:
        chips["date_to"] = f"To {filters.date_to}"
    return chips

"""Questions about the collection as a whole: which letters a person signed or received, the oldest and newest."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rag.index.lexical import tokenize
from rag.types import DocumentMeta

_WHICH_DOCUMENTS = re.compile(r"\b(?:which|what)\s+(?:letters|documents|papers|correspondence)\b", re.I)
_ADDRESSED_TO = re.compile(r"\b(?:went|go|were\s+(?:sent|addressed|written)|was\s+(?:sent|addressed|written)|"
                           r"addressed|sent|written)\s+to\s+(?:the\s+)?(.+?)[?.!]*$", re.I)
# "Who wrote to Joanne McCartney?": writing to someone is a letter, though the question doesn't say "letter".
_WROTE_TO = re.compile(r"who\s+(?:wrote|sent|signed|has\s+written|had\s+written|writes)\s+(?:a\s+|the\s+)?"
                       r"(?:letters?\s+|note\s+)?to\s+(?:the\s+)?(.+?)[?.!]*$", re.I)
_ABOUT = re.compile(r"\s+(?:about|on|regarding|concerning)\s+")
_SIGNED = re.compile(r"\b(?:sign(?:ed)?|wrote|written\s+by|sent\s+by)\b", re.I)
_OLDEST = re.compile(r"\b(?:oldest|earliest)\b", re.I)
_NEWEST = re.compile(r"\b(?:newest|latest|most\s+recent)\b", re.I)
_DOCUMENT = re.compile(r"\b(?:letters?|documents?|papers?|briefings?|reports?|correspondence|items?)\b", re.I)
# Words that only say "the collection" or the order asked for; any other word is a subject that narrows the search.
_COLLECTION_WORDS = set(tokenize(
    "oldest earliest newest latest most recent about on concerning regarding letter letters document documents "
    "paper papers briefing briefings report reports correspondence item items collection corpus indexed archive held "
    "hold have we which what are is and the in of our"
))


def documents_by_person(question: str, documents: Mapping[str, DocumentMeta]) -> tuple[str, list[str]]:
    """("author" | "recipient", documents) for "Which letters did X sign?" / "Which letters went to X?", and
    ("writer", the documents addressed to X) for "Who wrote to X?".

    ("", []) when the question is not of that form; the role with no documents when it names someone whom no
    document's metadata knows (the collection holds no letters from or to them).
    """
    wrote_to = _WROTE_TO.match(question.strip())
    if wrote_to and len(wrote_to.group(1).strip()) >= 3:
        # "… to the Committee about mental health": a letter to them whose title names the subject
        named, *subject = _ABOUT.split(wrote_to.group(1).strip().lower(), maxsplit=1)
        wanted = set(tokenize(subject[0])) if subject else set()
        return "writer", [d for d in _addressed_to(named, documents) if wanted <= set(tokenize(documents[d].title))]
    if not _WHICH_DOCUMENTS.search(question):
        return "", []
    q = question.lower()
    signed = [d for d, meta in documents.items() if meta.author and meta.author.lower() in q]
    if not signed:  # "Which documents are from London Councils?": the issuing body stands in for the signatory
        signed = [d for d, meta in documents.items()
                  if meta.organisation and re.search(rf"\b{re.escape(meta.organisation.lower())}\b", q)]
    if signed:
        return "author", signed
    m = _ADDRESSED_TO.search(question)
    if m and len(m.group(1)) >= 5:
        return "recipient", _addressed_to(m.group(1).strip().lower(), documents)
    if _SIGNED.search(question):
        return "author", []
    return "", []


def _addressed_to(named: str, documents: Mapping[str, DocumentMeta]) -> list[str]:
    """Documents whose recipient includes `named` (lower case): "police and crime committee"."""
    return [d for d, meta in documents.items() if meta.recipient and named in meta.recipient.lower()]


def date_order(question: str) -> str | None:
    """"oldest", "newest" or "both" for a question that asks for the collection's oldest or newest documents."""
    if not _DOCUMENT.search(question):
        return None
    oldest, newest = bool(_OLDEST.search(question)), bool(_NEWEST.search(question))
    if oldest and newest:
        return "both"
    return "oldest" if oldest else "newest" if newest else None


def subject_terms(question: str) -> set[str]:
    """The question's words beyond "the collection" and the order asked for ("latest letter on knife crime")."""
    return set(tokenize(question)) - _COLLECTION_WORDS


def about_whole_collection(question: str) -> bool:
    """Whether the question names no subject, only the collection ("What are the oldest letters we hold?")."""
    return not subject_terms(question)


def by_date(order: str, doc_ids: Sequence[str], documents: Mapping[str, DocumentMeta]) -> list[tuple[str, str]]:
    """(role, doc_id) pairs for `order`: oldest first, newest first, or for "both" the two ends working inwards.

    Undated documents are left out: they can't be placed.
    """
    dated = sorted((d for d in doc_ids if documents[d].date), key=lambda d: (documents[d].date, d))
    if order == "oldest":
        return [("oldest", d) for d in dated]
    if order == "newest":
        return [("newest", d) for d in reversed(dated)]
    out, low, high = [], 0, len(dated) - 1
    while low <= high:
        out.append(("oldest", dated[low]))
        if low != high:
            out.append(("newest", dated[high]))
        low, high = low + 1, high - 1
    return out

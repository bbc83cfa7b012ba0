"""'Summarise the 2017 letter', 'What is the London Councils report about?': which document, and what to quote."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rag.answer.sentences import Sentence, passage_sentences
from rag.index.lexical import tokenize
from rag.lexicon import DOCUMENT_NOUN
from rag.types import DocumentMeta, Passage

_DOCUMENT = rf"(?:{DOCUMENT_NOUN})"
_ASKS = re.compile(
    r"^(?:please\s+|can you\s+|could you\s+)?(?:summari[sz]e|sum up|outline|give (?:me )?(?:a |an )?(?:short |brief )?"
    r"(?:summary|overview|outline|gist)|(?:a |an )?(?:short |brief )?(?:summary|overview|outline|gist) of)\b"
    rf"|\bwhat(?:'s| is| was)\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){{0,6}}?{_DOCUMENT}\s+(?:[\w'’-]+\s+){{0,6}}?"
    r"about\s*\??$",
    re.I)
_PLURAL = re.compile(r"\b(?:letters|briefings|papers|reports|replies|responses|documents|notes|all)\b", re.I)
_NOT_NAMING = set(tokenize("summarise summarize summary sum up outline overview gist give me short brief what is was "
                           "the this that about letter briefing paper report reply response document note please "
                           "can could you"))
MAX_QUOTES = 4


def asks_for_overview(question: str) -> bool:
    """Whether the question asks what one document says as a whole (not a collection: "summarise the letters")."""
    return bool(_ASKS.search(question.strip())) and not _PLURAL.search(question)


def document_meant(question: str, named: Sequence[str], documents: Mapping[str, DocumentMeta],
                   hits: Sequence[Passage]) -> str | None:
    """The document to summarise: the one the question names by date or person, else the one whose title,
    issuer, author or recipient shares most words with the question, else the best-ranked passage's."""
    if len(named) == 1:
        return named[0]
    words = set(tokenize(question)) - _NOT_NAMING
    if words:
        overlap = {doc_id: len(words & set(tokenize(" ".join(filter(None, (
            meta.title, meta.organisation, meta.author, meta.recipient, meta.doc_type)))))) for doc_id, meta in
            documents.items() if not named or doc_id in named}
        best = max(overlap.values(), default=0)
        leaders = [d for d, n in overlap.items() if n == best]
        if best and len(leaders) == 1:
            return leaders[0]
    return hits[0].doc_id if hits else None


def overview_sentences(passages: Sequence[Passage], document_text: str) -> list[Sentence]:
    """What to quote: the document's own summary when it has one, else the opening sentence of each of its first
    body paragraphs (where letters say what they are about), MAX_QUOTES at most."""
    summary = [p for p in passages if p.paragraph.startswith("summary") or p.heading.lower() == "summary"]
    if summary:
        return [s for p in summary for s in passage_sentences(p, document_text)][:MAX_QUOTES]
    out: list[Sentence] = []
    seen: set[str] = set()
    for p in passages:
        if p.kind == "body" and p.paragraph not in seen:  # a long paragraph's later pieces share its label
            seen.add(p.paragraph)
            out += passage_sentences(p, document_text)[:1]
        if len(out) == MAX_QUOTES:
            break
    return out

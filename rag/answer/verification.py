"""Check a generated sentence against the paragraphs it cites: meaning, shared words, and every number and date."""

from __future__ import annotations

import re

from rag.index.lexical import tokenize

MIN_SIMILARITY = 0.45
MIN_OVERLAP = 0.5
_NUMBER = re.compile(r"£?\d[\d,./]*%?")


def numbers_in(text: str) -> set[str]:
    """Numbers, amounts and years, normalised ("£1,118,248." -> "£1,118,248")."""
    return {m.group(0).rstrip(".,/") for m in _NUMBER.finditer(text)}


def supports(claim: str, passage_text: str, similarity: float) -> bool:
    """A paragraph supports a claim when every number in the claim is in it, and the two mean the same thing
    (embedding similarity) or share most of the claim's content words."""
    if not numbers_in(claim) <= numbers_in(passage_text):
        return False  # an invented or altered number or date
    words = set(tokenize(claim))
    overlap = len(words & set(tokenize(passage_text))) / len(words) if words else 0.0
    return similarity >= MIN_SIMILARITY or overlap >= MIN_OVERLAP


def supported_citations(claim: str, passages: list, embedder) -> list[int]:
    """Indices of the passages that support the claim."""
    if not passages:
        return []
    vectors = embedder.embed([claim] + [p.text for p in passages])
    sims = vectors[1:] @ vectors[0]
    return [i for i, (p, s) in enumerate(zip(passages, sims)) if supports(claim, p.text, float(s))]


def addresses(question: str, answer: str) -> bool:
    """Whether an answer shares at least one content word with the question. Glossary stand-ins don't count: "This
    is a great example of collaborative working by the MPS" would meet "the Met" in any question about the Met.
    A model that answers echoes the question's words; filler doesn't, and then the extractive answer is shown."""
    asked = set(tokenize(question))
    return not asked or bool(asked & set(tokenize(answer)))

"""Checks on a question before it is asked, with a message that names the actual problem."""

from __future__ import annotations

import re
import unicodedata

from rag.answer.assistant import QuestionError, validate_question

_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
NOT_ENGLISH = "The letters are in English; please ask in English."


def non_latin_share(text: str) -> float:
    """The share of the question's letters that are not Latin-script (by Unicode character name)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    other = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
    return other / len(letters)


def check_question(question: str | None) -> str:
    """The question stripped and ready to ask, or QuestionError with a message for the user."""
    text = (question or "").strip()
    tags = list(dict.fromkeys(m.group(1).lower() for m in _TAG.finditer(text)))
    if tags:
        named = ", ".join(f"<{t}>" for t in tags)
        plural = len(tags) > 1
        raise QuestionError(f"Please ask in plain text: the question contains the HTML tag{'s' if plural else ''} "
                            f"{named}, which cannot be searched. Remove {'them' if plural else 'it'}.")
    text = validate_question(text)
    # A general check on the script rather than a word list: the letters are English, so a question mostly
    # in another script (Arabic, Cyrillic, Han …) cannot match them and would only be told "not found".
    if non_latin_share(text) > 0.5:
        raise QuestionError(NOT_ENGLISH)
    return text

"""Follow-up questions without an LLM: borrow the previous question's subject for retrieval.

"And when was it announced?" after "What is the VRU?" is searched as "And when was it announced? VRU".
What it does: when a question is short or leans on a pronoun (it, they, this, that, these, those, he, she),
the content words of the most recent earlier question are appended to the retrieval query. Limits: it only looks
one question back, cannot tell which earlier noun a pronoun means, and never rewrites the question shown to the
user or the one used to pick answer sentences.
"""

from __future__ import annotations

import re

from rag.index.lexical import tokenize

_PRONOUN = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|she|his|her|there|then)\b", re.I)
_FOLLOW_ON = re.compile(r"^\s*(and|also|what about|how about|so|but)\b", re.I)


def needs_context(question: str) -> bool:
    return bool(_PRONOUN.search(question) or _FOLLOW_ON.match(question) or len(tokenize(question)) <= 2)


def contextual_query(question: str, history: list[str]) -> str:
    """The retrieval query for `question` given earlier questions (most recent last)."""
    if not history or not needs_context(question):
        return question
    previous = history[-1]
    words = [w for w in re.findall(r"[A-Za-z0-9£'-]+", previous) if tokenize(w)]
    own = set(tokenize(question))
    subject = [w for w in words if not set(tokenize(w)) <= own]
    return f"{question} {' '.join(subject)}".strip() if subject else question

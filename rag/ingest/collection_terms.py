"""Words a whole collection defines or writes as names (acronym definitions, proper nouns, capitalised phrases by
their initials), counted once when the index is built so no question waits for a scan of every document.

Counted at question time they cost a 20,000-letter collection about 33 s at its first question (measured:
acronym definitions 22 s, proper nouns 6.5 s, phrases 4.5 s); counted here they are read back in well under a
second. A document whose text is unchanged keeps its acronym definitions from the previous build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rag.ingest.acronyms import collection_phrase_acronyms, defined_acronyms
from rag.lexicon import FUNCTION_WORDS, common_words

_WORD = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,})(?![\w'’-])")
# A capital counts only inside a sentence: after a lower-case word or a comma, not after a full stop or a line break.
_INSIDE = re.compile(r"[a-z,]\s$")
# E-mail addresses and web addresses are lower case by convention ("jo.bloggs@brackenwell.example.gov.uk"): they say
# nothing of how a word is written in prose, so they are not counted.
_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+|\b(?:https?://|www\.)\S+")
LOWER_SHARE = 0.1  # a word written in lower case more often than this is an everyday word ("met", "police")
_SKIP = FUNCTION_WORDS  # (months and longer function words are everyday words too; these catch "we", "us", …)


def proper_forms(texts: Iterable[str]) -> dict[str, str]:
    """{word in lower case: as the texts capitalise it} for every word the texts write as a proper noun: with a
    capital inside a sentence and (almost) never in lower case, and not an everyday English word
    (rag/common_words.txt), so a collection that writes "the Government" does not make "government" a name."""
    capital: dict[str, int] = {}
    lower: dict[str, int] = {}
    for text in texts:
        text = _ADDRESS.sub(lambda m: " " * len(m.group(0)), text)
        for m in _WORD.finditer(text):
            word = m.group(1)
            key = word.lower()
            if key in _SKIP:
                continue
            if word[0].islower():
                lower[key] = lower.get(key, 0) + 1
            elif _INSIDE.search(text, max(0, m.start() - 2), m.start()):
                capital[key] = capital.get(key, 0) + 1
    everyday = common_words()
    return {key: key.capitalize() for key, n in capital.items()
            if key not in everyday and lower.get(key, 0) <= LOWER_SHARE * (n + lower.get(key, 0))}


@dataclass
class CollectionTerms:
    """What a collection's texts define and name, for the question analysis and the answerer."""

    acronyms: dict[str, dict[str, str]] = field(default_factory=dict)  # doc_id -> {acronym as written: expansion}
    proper_forms: dict[str, str] = field(default_factory=dict)  # lower-case word -> its capitalised form
    phrases: dict[str, dict[str, int]] = field(default_factory=dict)  # initials -> {capitalised phrase: count}

    def to_json(self) -> dict[str, Any]:
        return {"acronyms": self.acronyms, "proper_forms": self.proper_forms, "phrases": self.phrases}

    @classmethod
    def from_json(cls, data: Any) -> CollectionTerms:
        """Raises ValueError on anything but what to_json writes (the file is read from an index folder)."""
        if not isinstance(data, dict):
            raise ValueError("collection terms are not a JSON object")
        acronyms, forms, phrases = data.get("acronyms"), data.get("proper_forms"), data.get("phrases")
        if not (_mapping(acronyms, lambda v: _mapping(v, lambda x: isinstance(x, str)))
                and _mapping(forms, lambda v: isinstance(v, str))
                and _mapping(phrases, lambda v: _mapping(v, lambda x: type(x) is int))):
            raise ValueError("collection terms are malformed")
        return cls(acronyms, forms, phrases)


def _mapping(value: Any, valid: Any) -> bool:
    """Whether value is a JSON object with string keys whose every value passes valid()."""
    return isinstance(value, dict) and all(isinstance(k, str) and valid(v) for k, v in value.items())


def count_terms(texts: Mapping[str, str], previous: CollectionTerms | None = None,
                unchanged: Iterable[str] = ()) -> CollectionTerms:
    """The collection's terms over `texts` ({doc_id: text}). Documents in `unchanged` take their acronym
    definitions from `previous` (the phrase and proper-noun counts are over the whole collection, so are
    counted again: a few seconds at 20,000 letters)."""
    keep = set(unchanged) if previous is not None else set()
    acronyms = {doc_id: (previous.acronyms[doc_id] if doc_id in keep and doc_id in previous.acronyms
                         else defined_acronyms(text))
                for doc_id, text in texts.items()}
    return CollectionTerms(acronyms, proper_forms(texts.values()), collection_phrase_acronyms(texts.values()))


_COUNTED: dict[Any, CollectionTerms] = {}  # index version -> terms counted at question time (one index at a time)


def terms_of(collection: Any) -> CollectionTerms:
    """A retriever's collection terms: as its build counted them (`collection_terms`), else counted over its
    documents (`documents`, `document_text`) once per `index_version`: an index written before the build counted
    them, or a stand-in retriever."""
    own = getattr(collection, "collection_terms", None)
    if own is not None:
        return own
    key = getattr(collection, "index_version", None)
    terms = _COUNTED.get(key)
    if terms is None:
        terms = count_terms({doc_id: collection.document_text(doc_id) for doc_id in collection.documents})
        _COUNTED.clear()
        _COUNTED[key] = terms
    return terms


__all__ = ["LOWER_SHARE", "CollectionTerms", "count_terms", "proper_forms", "terms_of"]

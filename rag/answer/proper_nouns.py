"""Words the collection writes as proper nouns ("Brackenfield", "Millbourne"), so a question typed in lower case
names them as surely as one typed with capitals.

Staff type "what's the reoffending rate in corrington": the question analysis finds names by their capitals
(rag.question.analysis), so this one would go unrequired and a sentence about another borough could answer. A word
is a proper noun here when the documents write it with a capital inside a sentence and (almost) never in lower
case, and it is not an everyday English word (rag/common_words.txt): a collection that writes "the Government" or
"London Councils" does not make "government" or "councils" names in a question (measured on the letters: requiring
them lost four dev questions). Nothing here knows a particular document: the forms are counted over whatever
collection is indexed, once per index.
"""

from __future__ import annotations

import re

from rag.ingest.collection_terms import LOWER_SHARE, proper_forms, terms_of
from rag.lexicon import FUNCTION_WORDS, common_words

_SKIP = FUNCTION_WORDS


def collection_forms(retriever) -> dict[str, str]:
    """The proper nouns of the retriever's collection (rag.ingest.collection_terms.terms_of)."""
    if getattr(retriever, "index_version", None) is None or not hasattr(retriever, "documents"):
        return {}
    return terms_of(retriever).proper_forms


# "isn't", "they're": a contraction is never part of a name ("if the requester isn't happy" names no one).
_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:re|ve|ll|d|m))$")
# "hollinsford v brackenwell": a single letter or "vs" between two names sets them against each other.
_BETWEEN_NAMES = frozenset({"vs", "versus"})


def recase(question: str, forms: dict[str, str], known=None) -> str:
    """The question with each lower-case word the collection writes as a proper noun capitalised; a word the
    collection never uses (`known(word)` false) next to one is taken as part of the same name ("desmond achebe")."""
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", question))
    found = [m.group(0).islower() and m.group(0) in forms for m in words]
    proper = list(found)
    if known is not None:
        everyday = common_words()
        for i, m in enumerate(words):
            word = m.group(0)
            beside = (i > 0 and found[i - 1]) or (i + 1 < len(words) and found[i + 1])  # one word, no chains
            if not found[i] and beside and word.islower() and word not in _SKIP and word not in everyday \
                    and len(word) > 1 and word not in _BETWEEN_NAMES and not _CONTRACTION.search(word) \
                    and not known(word):
                proper[i] = True
    out, at = [], 0
    for m, up in zip(words, proper):
        if up:
            out.append(question[at:m.start()] + forms.get(m.group(0), m.group(0).capitalize()))
            at = m.end()
    return "".join(out) + question[at:]


__all__ = ["LOWER_SHARE", "collection_forms", "proper_forms", "recase"]

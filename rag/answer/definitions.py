"""'What is the VRU?', 'What does MOPAC stand for?': the sentence where a document spells the acronym out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from rag.answer.sentences import Sentence, passage_sentences
from rag.ingest.acronyms import acronym_key, likeliest_expansion
from rag.ingest.collection_terms import terms_of

_ACRONYM = r"(?P<acronym>[A-Z][A-Za-z]{0,7}[A-Z]s?)"  # two capitals or more: "VRU", "JEMs", "MOPAC"
_ASKS = [  # the question words in any case, the acronym as written
    re.compile(rf"^(?i:(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?){_ACRONYM}\s*\??$"),
    re.compile(rf"^(?i:what\s+(?:does|do|did)\s+(?:the\s+)?){_ACRONYM}(?i:\s+(?:stand\s+for|mean))\s*\??$"),
    re.compile(rf"^(?i:what\s+is\s+meant\s+by\s+(?:the\s+)?){_ACRONYM}\s*\??$"),
]


# "… in the audit report", "… in this letter": where to look, not part of what is asked
_WHERE_ASKED = re.compile(r"(?i)\s+(?:in|from|of)\s+(?:the|this|that|these)\s+[\w\s'’-]{0,40}?(?:letter|report|"
                          r"briefing|paper|decision|minutes|notice|document|page|newsletter|response|summary)\s*(?=\??$)")


def asked_acronym(question: str) -> str | None:
    """The acronym when the whole question asks what it is ("What is the VRU?", "what is PMS in the audit
    report"); None otherwise."""
    q = re.sub(r"^(?:and|so|but|also|ok|okay)\b[\s,]*", "", question.strip(), flags=re.I)
    q = _WHERE_ASKED.sub("", q)
    for pattern in _ASKS:
        m = pattern.match(q)
        if m:
            return m.group("acronym")
    return None


class _Definitions(NamedTuple):
    by_document: dict[str, dict[str, str]]  # doc_id -> {acronym as written: expansion}
    corpus: dict[str, str]  # the same over all documents, first definition wins


_DEFINITIONS: dict[str, _Definitions] = {}  # index version -> its documents' definitions


def _definitions(retriever) -> _Definitions:
    """Every document's acronym definitions, parsed once per index and shared by definitions and term search."""
    key = retriever.index_version
    if key not in _DEFINITIONS:
        by_document = terms_of(retriever).acronyms
        corpus: dict[str, str] = {}
        for found in by_document.values():
            for acronym, name in found.items():
                corpus.setdefault(acronym, name)
        _DEFINITIONS.clear()  # one index at a time is plenty
        _DEFINITIONS[key] = _Definitions(by_document, corpus)
    return _DEFINITIONS[key]


def corpus_acronyms(retriever) -> dict[str, str]:
    """Every acronym any document defines, as the documents write it ("MPS", "JEMs"), with its expansion (first
    definition wins), worked out once per index. Look one up by `acronym_key` to match other spellings."""
    return _definitions(retriever).corpus


_QUESTION_ACRONYM = re.compile(r"\b[A-Z]{2,7}s?\b")


def question_acronyms(question: str, retriever) -> dict[str, str]:
    """The acronyms the documents define, and for each other acronym the question uses, the capitalised phrase
    of the collection its initials spell, if any ("FOI" -> "Freedom of Information"): an acronym and its words
    are one term, learned from the collection rather than from a list."""
    defined = corpus_acronyms(retriever)
    keys = {acronym_key(a) for a in defined}
    learned = {}
    for acronym in dict.fromkeys(_QUESTION_ACRONYM.findall(question)):
        if acronym_key(acronym) in keys or len(acronym_key(acronym)) < 3:
            continue
        expansion = likeliest_expansion(acronym, terms_of(retriever).phrases)
        if expansion:
            learned[acronym] = expansion
    return {**defined, **learned} if learned else defined


def find_definition(acronym: str, doc_ids: Iterable[str], retriever) -> tuple[str, Sentence] | None:
    """(expansion, the sentence that defines it) from the first of `doc_ids` that defines `acronym`."""
    wanted = acronym_key(acronym)
    definitions = _definitions(retriever)
    if not any(acronym_key(defined) == wanted for defined in definitions.corpus):
        return None  # no document defines it
    for doc_id in doc_ids:
        expansion = next((name for found, name in definitions.by_document.get(doc_id, {}).items()
                          if acronym_key(found) == wanted), None)
        if not expansion:
            continue
        text = retriever.document_text(doc_id)
        words = r"\s+".join(re.escape(w) for w in expansion.split())
        m = re.search(rf"{words}\s*\(\s*{re.escape(wanted)}s?\s*\)", text, re.I)
        if not m:
            continue
        for passage in retriever.passages(doc_id):
            if passage.start <= m.start() < passage.end:
                for sentence in passage_sentences(passage, text):
                    if sentence.start <= m.start() < sentence.end:
                        return expansion, sentence
    return None

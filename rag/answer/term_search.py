"""'Which letters mention the VRU?': every document that uses the term, each with the first sentence that does."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rag.answer.definitions import corpus_acronyms
from rag.answer.sentences import Sentence, passage_sentences
from rag.ingest.acronyms import acronym_key
from rag.types import Passage

_ASKS = re.compile(
    r"^(?i:(?:which|what)\s+(?:of\s+the\s+)?(?:letters|documents|papers|briefings|reports|replies|correspondence)\s+"
    r"(?:mention|mentions|refer\s+to|talk\s+about|discuss|say\s+anything\s+about|name|use\s+the\s+term)\s+)"
    r"(?:(?i:the)\s+)?[\"“']?(?P<term>[^\"”'?]{2,80}?)[\"”']?\s*\??$")
MAX_DOCUMENTS = 10  # listed in the answer; the count says how many there are in all
MAX_TERM_WORDS = 4  # a longer "term" is a description ("the London Fire Brigade working with the police"): searched


def asked_term(question: str) -> str | None:
    """The term when the question asks which documents mention it ("Which letters mention the VRU?")."""
    m = _ASKS.match(question.strip())
    return m.group("term").strip() if m else None


def term_patterns(term: str, acronyms: dict[str, str]) -> list[re.Pattern]:
    """The term as whole words (plural allowed; an acronym in its own case), plus its other form when a document
    defines it: a letter that only says "VRU" mentions the Violence Reduction Unit, and the other way round.
    `acronyms`: {acronym as the documents write it: expansion} (see corpus_acronyms)."""
    def words(phrase: str, flags: int) -> re.Pattern:
        parts = phrase.split()
        if len(parts[-1]) > 3 and parts[-1].endswith("s") and not parts[-1].isupper():
            parts[-1] = parts[-1][:-1]  # "Partnerships" also finds "Partnership"
        body = r"\s+".join(re.escape(w) for w in parts)
        return re.compile(rf"(?<![\w-]){body}(?:s|es)?(?![\w-])", flags)

    if term.isupper() and " " not in term:
        patterns = [words(term, 0)]
        expansion = next((name for acronym, name in acronyms.items() if acronym_key(acronym) == acronym_key(term)),
                         None)
        if expansion:
            patterns.append(words(expansion, re.I))
        return patterns
    # the acronym as the documents write it: "MPS" (its lookup key "MP" would find Members of Parliament)
    return [words(term, re.I)] + [words(acronym, 0) for acronym, name in acronyms.items()
                                  if name.lower() == term.lower()]


def first_mentions(term: str, doc_ids: Iterable[str], retriever, preferred: Iterable[Passage] = ()
                   ) -> list[Sentence]:
    """For each document that uses the term, in the order of `doc_ids`, the first sentence that does: in the
    first of the `preferred` passages (the search's best for the question) that holds one, else in reading
    order."""
    preferred = list(preferred)
    patterns = term_patterns(term, corpus_acronyms(retriever))

    def mentions(text: str) -> bool:
        return any(p.search(text) for p in patterns)

    out = []
    for doc_id in doc_ids:
        text = retriever.document_text(doc_id)
        if not mentions(text):
            continue
        for passage in [p for p in preferred if p.doc_id == doc_id] + retriever.passages(doc_id):
            if not mentions(passage.text):
                continue
            sentence = next((s for s in passage_sentences(passage, text) if mentions(s.text)), None)
            if sentence is not None:
                out.append(sentence)
                break
    return out

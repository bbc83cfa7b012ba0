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


def term_phrases(term: str, acronyms: dict[str, str]) -> list[tuple[str, bool]]:
    """(phrase, whether case matters) for the term and its other form when a document defines it: a letter that
    only says "VRU" mentions the Violence Reduction Unit, and the other way round.
    `acronyms`: {acronym as the documents write it: expansion} (see corpus_acronyms)."""
    if term.isupper() and " " not in term:
        expansion = next((name for acronym, name in acronyms.items() if acronym_key(acronym) == acronym_key(term)),
                         None)
        return [(term, True)] + ([(expansion, False)] if expansion else [])
    # the acronym as the documents write it: "MPS" (its lookup key "MP" would find Members of Parliament)
    return [(term, False)] + [(acronym, True) for acronym, name in acronyms.items() if name.lower() == term.lower()]


def term_patterns(term: str, acronyms: dict[str, str]) -> list[re.Pattern]:
    """The term's phrases (term_phrases) as whole words, plural allowed; an acronym in its own case."""
    def words(phrase: str, flags: int) -> re.Pattern:
        parts = phrase.split()
        if len(parts[-1]) > 3 and parts[-1].endswith("s") and not parts[-1].isupper():
            parts[-1] = parts[-1][:-1]  # "Partnerships" also finds "Partnership"
        body = r"\s+".join(re.escape(w) for w in parts)
        return re.compile(rf"(?<![\w-]){body}(?:s|es)?(?![\w-])", flags)

    return [words(phrase, 0 if cased else re.I) for phrase, cased in term_phrases(term, acronyms)]


def first_mentions(term: str, doc_ids: Iterable[str], retriever, preferred: Iterable[Passage] = (),
                   limit: int | None = None) -> tuple[list[Sentence], int]:
    """For each document that uses the term, in the order of `doc_ids`, the first sentence that does: in the
    first of the `preferred` passages (the search's best for the question) that holds one, else in reading
    order; and how many documents use it. With `limit`, sentences are found for the first `limit` documents
    only and the rest are only counted: a term in thousands of letters is counted without splitting each one's
    passages into sentences."""
    preferred = list(preferred)
    acronyms = corpus_acronyms(retriever)
    patterns = term_patterns(term, acronyms)
    # The lexical index's postings name the documents that use every word of a phrase: only those are read.
    using = getattr(retriever, "documents_using", None)
    shortlists = [using(phrase) for phrase, _ in term_phrases(term, acronyms)] if using is not None else [None]
    if all(found is not None for found in shortlists):
        shortlist = set().union(*shortlists)
        doc_ids = [d for d in doc_ids if d in shortlist]

    def mentions(text: str) -> bool:
        return any(p.search(text) for p in patterns)

    texts_of = getattr(retriever, "passage_texts", None) or (lambda d: [p.text for p in retriever.passages(d)])
    out: list[Sentence] = []
    count = 0
    for doc_id in doc_ids:
        text = retriever.document_text(doc_id)
        if not mentions(text):
            continue
        if limit is not None and len(out) >= limit:
            count += any(mentions(t) for t in texts_of(doc_id))
            continue
        passages = [p for p in preferred if p.doc_id == doc_id] + retriever.passages(doc_id)
        for passage in passages:
            if not mentions(passage.text):
                continue
            sentence = next((s for s in passage_sentences(passage, text) if mentions(s.text)), None)
            if sentence is not None:
                out.append(sentence)
                count += 1
                break
    return out, count

"""The answering strategies as one ordered registry: each is a named step that answers a question or passes.

`STRATEGIES` lists them in the order they are tried; the first to return an Answer gives it. Filters (the unknown-
term check) are steps too: they end the chain with a specific refusal. The final evidence check runs on every answer
whatever step gave it, and the trace records the step, the steps tried before it and the checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from rag.answer import extractive as ex
from rag.answer.checks import (
    Evidence,
    analysis_for,
    context_of,
    missing_terms,
    not_mentioned,
    period_mismatch,
    required_terms,
)
from rag.answer.overview import asks_for_overview
from rag.answer.people import asked_person
from rag.answer.term_search import asked_term
from rag.answer.trace import current
from rag.ingest.acronyms import spells
from rag.question.analysis import QuestionAnalysis
from rag.types import Answer, Passage


@dataclass
class Step:
    """What every strategy reads: the question, its analysis, the retrieved passages and the answerer's settings."""

    question: str
    analysis: QuestionAnalysis
    hits: list[Passage]  # with every "list" passage replaced by its lead-in and items (ex.expand_lists)
    retriever: object
    config: ex.ExtractiveConfig
    ranked_hits: list[Passage] | None = None  # as retrieved: a list passage is one place among them


def _related(answer: Answer, hits: list[Passage]) -> Answer:
    cited = {c.chunk_id for c in answer.citations}
    answer.related = [p for p in hits if p.chunk_id not in cited][:3]
    return answer


def no_evidence(s: Step) -> Answer | None:
    return ex.abstention(s.question, [], 0.0) if not s.hits else None


SPELLED_OUT_HITS = 10  # passages searched for an unknown acronym's words


def unknown_term(s: Step) -> Answer | None:
    """A name or acronym the collection never uses: say so, naming it, rather than answer about something else."""
    if not s.analysis.unknown or not s.config.abstain:
        return None
    # An acronym no document uses may still be spelled out by the passages found ("NTE" / "night-time economy"):
    # then it is not unknown, and the evidence checks take it from there.
    unknown = tuple(t for t in s.analysis.unknown if t.kind != "acronym" or not any(
        spells(t.text, f"{hit.heading} {hit.text}", loosely=True) for hit in s.hits[:SPELLED_OUT_HITS]))
    if not unknown:
        return None
    return ex.abstention(s.question, s.hits, 0.0, not_mentioned(replace(s.analysis, unknown=unknown)))


def term_search(s: Step) -> Answer | None:
    term = asked_term(s.question)
    return ex._term_answer(s.question, term, s.hits, s.retriever) if term is not None else None


def documents_by_person(s: Step) -> Answer | None:
    found = ex._by_person_answer(s.question, s.hits, s.retriever, s.config)
    return _related(found, s.hits) if found is not None else None


def documents_by_date(s: Step) -> Answer | None:
    found = ex._by_date_answer(s.question, s.hits, s.retriever)
    return _related(found, s.hits) if found is not None else None


def letter_metadata(s: Step) -> Answer | None:
    if not s.analysis.qtype.metadata:
        return None
    found = ex._metadata_answer(s.question, s.analysis.qtype, s.hits, s.retriever)
    return _related(found, s.hits) if found is not None else None


def table_cell(s: Step) -> Answer | None:
    """A question naming one table row and one column: the value in that cell."""
    return ex._table_cell_answer(s.question, s.hits, s.retriever)


def labelled_field(s: Step) -> Answer | None:
    """A question naming a labelled field ("Contact officer:", "Decision number:"): that line's value. Not for a
    question naming a paragraph by its label ("Recommendation 9"): that paragraph answers it, or nothing does."""
    if s.analysis.labels:
        return None
    return ex._field_line_answer(s.question, s.hits, s.retriever)


def overview(s: Step) -> Answer | None:
    if not asks_for_overview(s.question) or s.analysis.labels:  # "Summarise para 22" is about the paragraph
        return None
    return ex._overview_answer(s.question, s.hits, s.retriever)


def definition(s: Step) -> Answer | None:
    return ex._definition_answer(s.question, s.hits, s.retriever)


def post_holders(s: Step) -> Answer | None:
    return ex._post_holder_answer(s.question, s.hits, s.retriever)


def person(s: Step) -> Answer | None:
    name = asked_person(s.question)
    if name is None:
        return None
    found = ex._person_answer(s.question, name, s.hits, s.retriever)
    if found is None and s.config.abstain:
        return ex.abstention(s.question, s.hits, 0.0)  # no passage names them
    return found


def reply(s: Step) -> Answer | None:
    if "opening" not in s.analysis.letter_parts or s.analysis.qtype.answer not in (None, "DATE"):
        return None
    return ex._reply_answer(s.question, s.analysis.qtype, s.hits, s.retriever)


def ranked_sentences(s: Step) -> Answer | None:
    hits = s.ranked_hits if s.ranked_hits is not None else s.hits
    return ex.ranked_answer(s.question, s.analysis.qtype, hits, s.retriever, s.config, s.analysis)


# In the order tried. A step exists to answer a kind of question by rule; ranked_sentences answers the rest.
STRATEGIES: list[tuple[str, Callable[[Step], Answer | None]]] = [
    ("no_evidence", no_evidence),
    ("unknown_term", unknown_term),
    ("term_search", term_search),
    ("documents_by_person", documents_by_person),
    ("documents_by_date", documents_by_date),
    ("letter_metadata", letter_metadata),
    ("table_cell", table_cell),
    ("labelled_field", labelled_field),
    ("overview", overview),
    ("definition", definition),
    ("post_holders", post_holders),
    ("person", person),
    ("reply", reply),
    ("ranked_sentences", ranked_sentences),
]
# Steps that answer about the collection or a letter's own particulars: their evidence is the metadata they list.
_COLLECTION_STEPS = {"term_search", "documents_by_person", "documents_by_date"}


def final_check(s: Step, name: str, answer: Answer) -> Answer:
    """Whatever step answered: a specific term no cited passage shows, or a single period none matches, turns the
    answer into a refusal that names it (the cited passages become related reading)."""
    trace = current()
    if answer.abstained or not s.config.abstain or name in _COLLECTION_STEPS or s.analysis.labels:
        return answer
    from rag.answer.checks import not_shown
    from rag.answer.definitions import question_acronyms

    evidence = [Evidence("", p, s.retriever.documents.get(p.doc_id), context_of(p, s.retriever))
                for p in answer.citations]
    terms = required_terms(s.analysis, s.retriever)
    glossary = getattr(s.retriever, "glossary", None)
    stand_ins = glossary.stand_ins(s.question) if glossary is not None else None
    missing = missing_terms(terms, evidence, question_acronyms(s.question, s.retriever), stand_ins) if terms else []
    period = None
    if len(s.analysis.periods) == 1 and not missing and evidence:
        quoted = [Evidence(q.sentence, answer.citations[q.citation - 1], evidence[q.citation - 1].meta)
                  for q in answer.quotes if 1 <= q.citation <= len(evidence)] or evidence
        if all(period_mismatch(s.analysis, e) is not None for e in quoted):
            period = s.analysis.periods[0]
    trace.check("final coverage and period", not missing and period is None,
                ", ".join(t.text for t in missing) or (period.text if period else ""))
    if not missing and period is None:
        return answer
    refusal = ex.abstention(s.question, answer.citations + [p for p in s.hits if p not in answer.citations], 0.0,
                            not_shown(s.question, missing, period))
    return refusal


def answer_with_strategies(question: str, hits: list[Passage], retriever, config: ex.ExtractiveConfig,
                           analysis: QuestionAnalysis | None = None) -> Answer:
    """Try each strategy in turn; the first answer, once checked, is the answer, with its trace."""
    analysis = analysis or analysis_for(question, retriever)
    trace = current()
    trace.analysis = analysis.to_dict()
    # Every step but the general one reads a list passage's members; the general one expands it within its own
    # evidence, so that a list takes one of its places rather than crowding out the rest.
    s = Step(question, analysis, ex.expand_lists(hits, retriever), retriever, config, hits)
    for name, strategy in STRATEGIES:
        found = strategy(s)
        if found is None:
            trace.tried.append(name)
            continue
        trace.strategy = name
        checked = final_check(s, name, found)
        if checked is not found:
            trace.strategy = f"{name} (refused by final check)"
        return checked
    return ex.abstention(question, hits, 0.0)  # not reached: ranked_sentences always answers

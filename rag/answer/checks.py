"""General evidence checks, run before a short answer is asserted: coverage of the question's specific terms, the
period it names, terms the collection never uses. They know nothing of particular letters.

- Coverage: every specific term of the question (a name, an acronym, a figure, a word the collection seldom uses)
  shows in the evidence: its sentence, paragraph, heading, or its document's metadata. An acronym and its expansion
  count as one, and so do a glossary phrase and the letters' words for it.
- Period: a year, financial year, month or season the question names matches the evidence's own: the sentence's
  when it names one (of the same kind), else its paragraph, heading, or the document's title and date. June 2019
  never answers June 2018, and a count for 2021/22 never answers 2022/23.
- Unknown terms: a name or acronym the collection never uses gets "The documents don't mention …".
- Partners: a sentence about the other of a pair the document names ("Calderbrook and Wyvernmoor") does not answer
  for the asked one.

Long because the checks read evidence through the same term and stem helpers (`_shows`, `_stems`, `_context`); split
apart, each module would import the others' private helpers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from rag.answer.proper_nouns import collection_forms, recase
from rag.index.lexical import tokenize
from rag.ingest.acronyms import spells
from rag.lexicon import FUNCTION_WORDS, common_words
from rag.question.analysis import Period, QuestionAnalysis, Term, analyse, periods_in
from rag.question.periods import dated_periods, in_fiscal_year, own_verdict, period_matches, same_kind
from rag.types import DocumentMeta, Passage

# A name many passages use ("London", "the Deputy Mayor", "MPS" in a collection of policing letters) does not tell
# evidence apart: it is not required. Share of passages (measured on eval/qa.jsonl: at 0.2, false abstention .111).
COMMON_NAME_SHARE = 0.05


@dataclass(frozen=True)
class Evidence:
    """What one piece of evidence shows: a sentence (may be empty), its passage and its document's metadata, and
    the paragraph it leans on ("This fund is intended to:" stands for the fund the paragraph before names)."""

    sentence: str
    passage: Passage
    meta: DocumentMeta | None
    before: str = ""


_LEANS = re.compile(r"(?i)^(?:this|these|those|that|it|its|they|their|such|the\s+(?:fund|board|group|scheme|unit|"
                    r"plan|model|team|pilot|strategy|meetings?|forum|initiative))\b")


def leaned_on(passage: Passage, retriever) -> str:
    """The text of the paragraph a passage leans on: the one before it when it opens with a back reference or is a
    list item (whose lead-in came before); "" otherwise."""
    own = retriever.passages(passage.doc_id)
    at = next((i for i, p in enumerate(own) if p.chunk_id == passage.chunk_id), None)
    if not at:
        return ""
    if passage.kind == "signature":
        # A sign-off stands for the whole document, which its opening names ("Night-time economy welfare hubs …"
        # under "DMPC Decision - DMPCD 2026/118"): "who signed the NTE hubs decision" is shown by it.
        return next((p.text for p in own[:at] if p.kind == "header"), "")
    if passage.kind != "list_item" and not _LEANS.match(passage.text.lstrip()):
        # A paragraph carries on from the one before it in its section: a letter names its subject once ("the
        # London Crime Prevention Fund (LCPF)") and then writes "the protection", "the funding".
        before = own[at - 1]
        same_section = before.kind == "body" and (before.heading or "") == (passage.heading or "")
        return before.text if same_section else ""
    start = at - 1
    while start > 0 and own[start].kind == "list_item":  # a list item's lead-in is the paragraph before its list
        start -= 1
    previous = [p.text for p in own[max(0, start - 1):at] if p.kind in ("body", "list_item")]
    return " \n ".join(previous)


def opening(doc_id: str, retriever: Any) -> str:
    """The words that set a document's subject: its header and its first paragraph ("I note you seek information
    about collisions involving MPS vehicles in Kingsmere BCU"); a first paragraph that lists who attended or
    similar fields ("Present: …") sets no subject."""
    own = retriever.passages(doc_id)
    header = next((p.text for p in own if p.kind == "header"), "")
    first = next((p.text for p in own if p.kind == "body"), "")
    if _LISTING.match(first):
        first = ""
    return f"{header} \n {first}".strip()


def context_of(passage: Passage, retriever: Any) -> str:
    """What a passage is read with beyond its own words: the paragraph it leans on, and its document's opening
    when it points back to what the document is about ("these collisions")."""
    before = leaned_on(passage, retriever)
    if not _POINTS_BACK.search(passage.text):
        return before
    return f"{before} \n {opening(passage.doc_id, retriever)}".strip()


# "these collisions", "this scheme": a noun phrase that takes its subject from earlier in the document.
_POINTS_BACK = re.compile(r"(?i)\b(?:these|those|this|such)\s+[a-z]{3,}")
_LISTING = re.compile(r"(?i)^\W*(?:present|attendees|attending|apologies|in attendance|members?)\b")


def analysis_for(question: str, retriever) -> QuestionAnalysis:
    """The question analysed against the retriever's collection (document frequencies, acronyms, glossary)."""
    from rag.answer.definitions import question_acronyms

    frequency = getattr(retriever, "document_frequency", None)
    glossary = getattr(retriever, "glossary", None)
    try:
        acronyms = question_acronyms(question, retriever)
    except (AttributeError, KeyError, TypeError):
        acronyms = {}
    # A name typed in lower case is still a name ("pelham vale"): written as the collection writes it for analysis.
    known = (lambda word: any(frequency(s) > 0 for s in tokenize(word))) if frequency is not None else None
    cased = recase(question, collection_forms(retriever), known)
    analysis = analyse(cased, frequency, acronyms, glossary.phrase_stems(question) if glossary is not None else
                       frozenset())
    return analysis if cased == question else replace(analysis, text=question)


def required_terms(analysis: QuestionAnalysis, retriever) -> list[Term]:
    """The question's specific terms evidence must show: common names (most passages use them) left out."""
    frequency = getattr(retriever, "document_frequency", None)
    chunks = getattr(retriever, "chunks", None)
    if frequency is None or not chunks:
        return list(analysis.terms)
    common = COMMON_NAME_SHARE * len(chunks)
    # Words the collection seldom uses are not required: in a small collection most everyday words are rare, and
    # questions put things in their own words (measured on eval/qa.jsonl: requiring them, false abstention
    # .048 -> .526).
    out = []
    for t in analysis.terms:
        if t.kind == "number":
            out.append(t)
        elif t.kind != "rare":
            # Every word of a name that tells it apart must show ("South West BCU" is not the "North West BCU"):
            # only the words most passages use ("London", "Police") may be missing.
            telling = frozenset(s for s in t.stems if frequency(s) <= common)
            if telling:
                out.append(replace(t, stems=telling))
    return out


def _context(evidence: Evidence) -> str:
    passage, meta = evidence.passage, evidence.meta
    parts = [evidence.sentence, passage.text, passage.heading, passage.title, evidence.before]
    if meta is not None:
        parts += [meta.title, meta.author or "", meta.recipient or "", meta.organisation or "", meta.author_role or "",
                  meta.doc_type or "", meta.reference or "", meta.committee or ""]
    return " \n ".join(parts)


def _stems(text: str, acronyms: Mapping[str, str], stand_ins: Callable[[set[str]], set[str]] | None) -> set[str]:
    """The stems a text shows, with each defined acronym it uses spelled out and each expansion abbreviated, and the
    glossary phrases its words stand in for."""
    stems = set(tokenize(text)) | set(tokenize(text.replace("-", "")))
    for acronym, expansion in acronyms.items():
        short, full = set(tokenize(acronym)), set(tokenize(expansion))
        if short and short <= stems or (full and full <= stems):
            stems |= short | full
    stems |= {t[:-1] for t in stems if t.endswith("s")}
    if stand_ins is not None:
        stems |= stand_ins(stems)
    return stems


def _shows(term: Term, stems: set[str], text: str) -> bool:
    if term.kind == "acronym":
        if spells(term.text, text, loosely=True):
            return True
    if term.kind == "number":
        value = term.text.replace(",", "").lower()
        return bool(re.search(rf"(?<![\d.]){re.escape(value)}(?![\d])", text.replace(",", "").lower()))
    def has(stem: str) -> bool:
        return stem in stems or (stem.endswith("s") and stem[:-1] in stems)

    return all(has(s) for s in term.stems)


def missing_terms(terms: Iterable[Term], evidence: Iterable[Evidence], acronyms: Mapping[str, str],
                  stand_ins: Callable[[set[str]], set[str]] | None = None) -> list[Term]:
    """The terms no piece of the evidence shows (in its sentence, paragraph, heading or document metadata)."""
    evidence = list(evidence)
    texts = [_context(e) for e in evidence]
    shown = [(_stems(t, acronyms, stand_ins), t) for t in texts]
    return [term for term in terms
            if not any(_shows(term, stems, text) and not _a_partner_instead(term, e) for (stems, text), e
                       in zip(shown, evidence))]


def _a_partner_instead(term: Term, evidence: Evidence) -> bool:
    """Whether a name is shown only by a title that pairs it with another ("… Grant - Brackenfield and Corrington")
    while the passage names that other one: a paragraph about Brackenfield does not speak for Corrington."""
    if term.kind != "name" or evidence.meta is None:
        return False
    # The paragraph's own words, not the one it carries on from: "In Calderbrook, only 46 shops …" is about
    # Calderbrook even after a paragraph on Wyvernmoor.
    local = " \n ".join([evidence.sentence, evidence.passage.text, evidence.passage.heading])
    return _partner_named(term, local, (evidence.meta.title, evidence.passage.title, evidence.before))


def partner_instead(term: Term, evidence: Evidence, partners: list[str] | None = None) -> bool:
    """Whether the sentence itself names another of a pair the question's name belongs to ("Calderbrook and
    Wyvernmoor" in the title, heading or paragraph) and not the asked one: "In Calderbrook, only 46 shops …" does
    not answer "how many Wyvernmoor shops …", even in a paragraph that names both.

    partners: the term's partners in the sentence's passage (`_partners(term, _pairings(evidence))`), when the
    caller has them already: every sentence of a passage has the same."""
    if term.kind != "name" or not evidence.sentence:
        return False
    if partners is None:
        partners = _partners(term, _pairings(evidence))
    return _names_partner(term, evidence.sentence, partners)


def _pairings(evidence: Evidence) -> tuple[str | None, ...]:
    """Where a sentence's passage may pair names: its document's and passage's titles, heading, text and the
    paragraph it leans on."""
    meta_title = evidence.meta.title if evidence.meta is not None else ""
    return meta_title, evidence.passage.title, evidence.passage.heading, evidence.passage.text, evidence.before


def _partner_named(term: Term, local: str, pairings: Iterable[str | None]) -> bool:
    """Whether `local` names a partner of the term (a name `pairings` join to it with "and", "&" or a comma) while
    not showing the term itself."""
    return _names_partner(term, local, _partners(term, pairings))


def _names_partner(term: Term, local: str, partners: list[str]) -> bool:
    if not partners or _shows(term, _stems(local, {}, None), local):
        return False
    return any(re.search(rf"\b{re.escape(other)}\b", local) for other in partners)


def _partners(term: Term, pairings: Iterable[str | None]) -> list[str]:
    """The names the texts join to the term with "and", "&" or a comma, as they write them."""
    name = "(?i:" + r"\s+".join(re.escape(w) for w in term.text.split()) + ")"  # as typed, in any case
    partner = r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"  # a name as the title writes it, with capitals
    joined = r"\s*(?:,|&|\b[Aa][Nn][Dd]\b)\s*"
    out = []
    for title in pairings:
        for m in re.finditer(rf"{partner}{joined}{name}\b|\b{name}{joined}{partner}", title or ""):
            other = _proper_part(m.group(1), last=True) if m.group(1) else _proper_part(m.group(2) or "", last=False)
            if other and other not in out:
                out.append(other)
    return out


def _proper_part(words: str, last: bool) -> str:
    """The words of a capitalised run next to the joiner that are not everyday words: "Kelbrook" of "Kelbrook Shop
    Theft" after "Ashmere and"; nothing of "Overall," or "the Chief Constable," before "Ashmere"."""
    run = words.split()
    if last:
        run = run[::-1]
    kept = []
    for word in run:
        if word.lower() in common_words() or word.lower() in FUNCTION_WORDS:
            break
        kept.append(word)
    return " ".join(kept[::-1] if last else kept)


# --- periods --------------------------------------------------------------------------------------------------

_MONTH_ONLY = re.compile(r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)\b")


def period_mismatch(analysis: QuestionAnalysis, evidence: Evidence) -> Period | None:
    """The first period the question names that the evidence doesn't match; None when all match (or none named).

    The sentence decides when it names a period of the same kind (a count for 2021/22 does not answer 2022/23);
    otherwise the paragraph, heading, or the document's title or date must show it.
    """
    meta = evidence.meta
    sentence_periods = periods_in(evidence.sentence)
    around = f"{evidence.passage.heading} \n {evidence.passage.text} \n {evidence.passage.title} \n {evidence.before}"
    around_periods = periods_in(around)
    # What the heading or title says a passage covers ("Results, January to April 2023") governs it; a period another
    # sentence of the paragraph names ("an earlier briefing in October 2017") is another event's.
    governing = periods_in(f"{evidence.passage.heading} \n {evidence.passage.title}")
    date = (meta.date if meta is not None else None) or evidence.passage.date
    dated = dated_periods(date)
    for asked in analysis.periods:
        if asked.kind == "quarter":
            same = [p for p in sentence_periods if p.kind == "quarter"]
            if same and not any(period_matches(asked, p) for p in same):
                return asked
            continue
        months = [p for p in sentence_periods if p.kind == "month"]
        if asked.kind == "fiscal" and months and not any(p.kind == "fiscal" for p in sentence_periods) \
                and not any(in_fiscal_year(p, asked) for p in months):
            return asked  # "from 1 April 2026 to 31 March 2028" says nothing of 2028/29, whatever the title's years
        verdict = own_verdict(asked, sentence_periods)  # the sentence decides when it names one of the kind
        if verdict is not None:
            if verdict:
                continue
            return asked
        if asked.kind == "month" and any(period_matches(asked, p) for p in dated) and \
                not any(p.kind in ("month", "season") for p in governing):
            # "the letter MOPAC replied with in November 2020": the question names the letter by its date. Not when
            # the passage gives its own months: a table of January to April published in May says nothing of May.
            continue
        if asked.kind == "season" and asked.text.split()[0].lower() in around.lower() and \
                any(p.year == asked.year for p in around_periods + dated):
            continue  # "over the summer" in a paragraph or letter of that year
        if asked.kind == "month" and _MONTH_ONLY.search(evidence.sentence):
            # "In May, 45 bikes were recovered": a month without its year, in a letter or paragraph of that year
            months = {m.group(1).lower() for m in _MONTH_ONLY.finditer(evidence.sentence)}
            if asked.text.split()[0].lower()[:3] not in {m[:3] for m in months}:
                return asked
            if any(p.year == asked.year for p in around_periods + dated):
                continue
            return asked
        # The document's date speaks for a passage only when its heading gives no period of the asked kind.
        own = [p for p in governing if same_kind(asked, p)]
        fallback = around_periods + ([] if own else dated)
        if any(period_matches(asked, p) for p in fallback):
            continue
        if asked.kind == "year" and any(p.year == asked.year or p.second == asked.year for p in fallback):
            continue
        if asked.kind == "fiscal" and any(p.kind != "fiscal" and in_fiscal_year(p, asked) for p in fallback) \
                and not any(p.kind == "fiscal" for p in around_periods):
            continue  # a paragraph on 2022 may speak of 2022/23; one that gives 2021/22 does not
        if asked.kind in ("month", "season") and any(p.year == asked.year for p in around_periods) and \
                not any(p.kind in ("month", "season") for p in around_periods):
            continue  # the paragraph is about that year and names no other month
        if date and asked.year and not any(same_kind(asked, p) for p in around_periods) \
                and 0 <= int(date[:4]) - int(asked.year) <= 1:
            continue  # a passage silent on periods speaks for its letter's time: written in or just after the period
        return asked
    return None


@dataclass
class CheckResult:
    """What the checks found for one piece of evidence."""

    missing: list[Term]
    period: Period | None
    partnered: list[Term] = field(default_factory=list)  # names whose partner the sentence names instead

    @property
    def passed(self) -> bool:
        return not self.missing and self.period is None and not self.partnered

    def reason(self) -> str:
        if self.missing:
            return "missing " + ", ".join(t.text for t in self.missing)
        if self.partnered:
            return "about another than " + ", ".join(t.text for t in self.partnered)
        if self.period is not None:
            return f"period {self.period.text} not shown"
        return "passed"


def check_evidence(analysis: QuestionAnalysis, terms: list[Term], evidence: Evidence, acronyms: Mapping[str, str],
                   stand_ins: Callable[[set[str]], set[str]] | None = None) -> CheckResult:
    """Coverage and period checks for one sentence with its paragraph and document."""
    return CheckResult(missing_terms(terms, [evidence], acronyms, stand_ins), period_mismatch(analysis, evidence))


def not_mentioned(analysis: QuestionAnalysis) -> str:
    """The message for a question naming something the collection never uses."""
    names = [f"“{t.text}”" for t in analysis.unknown]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    which = "that term" if len(names) == 1 else "those terms"
    return f"The documents don't mention {joined}: no indexed letter uses {which}."


def not_shown(question: str, missing: list[Term], period: Period | None, partnered: list[Term] | None = None) -> str:
    """The message for a question whose closest evidence lacks one of its terms or its period, or speaks of another
    of a pair the question names one of."""
    topic = question.strip().rstrip("?.!")
    if not missing and period is None and partnered:
        what = " or ".join(f"“{t.text}”" for t in partnered[:2])
        return (f"The documents don't say. The passages found for “{topic}” speak of another place or body than "
                f"{what}; they are listed as related reading, not as evidence.")
    if missing:
        what = " or ".join(f"“{t.text}”" for t in missing[:2])
        return (f"The documents don't say. No passage found for “{topic}” mentions {what}; the closest passages are "
                "listed as related reading, not as evidence.")
    assert period is not None
    return (f"The documents don't say. No passage found for “{topic}” gives a figure for {period.text}; the closest "
            "passages are listed as related reading, not as evidence.")


def evidence_of(sentence, retriever) -> Evidence:
    """The Evidence of a scored sentence (rag.answer.sentences.Sentence) with its document's metadata."""
    passage = sentence.passage
    return Evidence(sentence.text, passage, retriever.documents.get(passage.doc_id))


def screen_candidates(analysis: QuestionAnalysis, candidates: list, retriever) -> tuple[list, str | None]:
    """The scored candidates whose evidence passes the coverage and period checks, best first, and None; or, when
    none does, ([], the message naming what the best one lacked). Each check is recorded in the trace."""
    from rag.answer.definitions import question_acronyms
    from rag.answer.trace import current

    trace = current()
    terms = required_terms(analysis, retriever)
    # A name many passages use is not required, but a sentence naming its partner instead still answers for the
    # partner: "Wyvernmoor" is in most passages of a briefing on Calderbrook and Wyvernmoor.
    names = [t for t in analysis.terms if t.kind == "name"]
    if not terms and not analysis.periods and not names:
        return candidates, None
    acronyms = question_acronyms(analysis.text, retriever)
    glossary = getattr(retriever, "glossary", None)
    stand_ins = glossary.stand_ins(analysis.text) if glossary is not None else None
    kept, first = [], None
    missing_in: dict[str, list[Term]] = {}  # a sentence shows what its paragraph shows: checked once per passage
    partners_in: dict[str, list[list[str]]] = {}  # ... and has its paragraph's pairs of names
    for c in candidates:
        evidence = evidence_of(c.sentence, retriever)
        key = c.sentence.passage.chunk_id
        if key not in missing_in:
            whole = Evidence("", evidence.passage, evidence.meta, context_of(evidence.passage, retriever))
            missing_in[key] = missing_terms(terms, [whole], acronyms, stand_ins)
        if key not in partners_in:
            partners_in[key] = [_partners(t, _pairings(evidence)) for t in names]
        partnered = [t for t, partners in zip(names, partners_in[key]) if partner_instead(t, evidence, partners)]
        result = CheckResult(missing_in[key], period_mismatch(analysis, evidence), partnered)
        if result.passed:
            kept.append(c)
        else:
            first = first or result
            trace.drop(c.sentence.text, result.reason())
    trace.check("coverage and period", bool(kept), "" if kept or first is None else first.reason())
    if kept:
        return kept, None
    assert first is not None
    return [], not_shown(analysis.text, first.missing, first.period, first.partnered)


__all__ = ["Evidence", "CheckResult", "analysis_for", "required_terms", "missing_terms", "period_mismatch",
           "check_evidence", "not_mentioned", "not_shown", "analyse", "screen_candidates", "evidence_of"]

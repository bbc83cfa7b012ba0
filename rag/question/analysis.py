"""One parse of a question, shared by retrieval and every answering step: what it asks for and what it insists on.

`analyse(question)` returns a `QuestionAnalysis`: the answer type, the subject words, the specific terms (names,
places, organisations, acronyms, numbers, years and periods such as "2016/17" or "June 2019", and words the
collection seldom uses), the one-off event and dated subject a when/who question is about, and the two parts of a
question about two things. Nothing downstream parses the question again for these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rag.index.lexical import tokenize
from rag.lexicon import (
    MONTH_OR_ABBREVIATION,
    MONTHS,
    NAME_TITLES,
    RANK_INITIALS,
    SEASON,
    STOPWORDS,
    TITLE_QUALIFIERS,
    YEAR,
    month_number,
)
from rag.question.collection import about_whole_collection, date_order
from rag.question.constraints import Subject, asked_event, event_subject, named_years
from rag.question.kinds import QuestionType, classify
from rag.question.labels import named_labels
from rag.question.letter_parts import requested_parts
from rag.question.parts import split_question

# A financial or academic year ("2016/17", "2016-17", "2016/2017") or a plain year.
_FISCAL = re.compile(rf"\b(?P<first>{YEAR})\s*[/–-]\s*(?P<second>\d{{2}}|{YEAR})\b")
# "24/25" as staff type a financial year: two consecutive two-digit years (2010-2049), not part of a date "10/11/24".
_SHORT_FISCAL = re.compile(r"(?<![\d/])(?P<first>[1-4]\d)/(?P<second>[1-4]\d)(?![\d/])")
_MONTH_YEAR = re.compile(rf"(?i)\b(?P<month>{MONTH_OR_ABBREVIATION})\.?\s+(?P<year>{YEAR})\b")
# A run of months of one year: "January to April 2023", "Jan-Mar 2021".
_MONTH_RANGE = re.compile(rf"(?i)\b(?P<first>{MONTH_OR_ABBREVIATION})\.?\s*(?:to|until|through|–|-)\s*"
                          rf"(?P<month>{MONTH_OR_ABBREVIATION})\.?\s+(?P<year>{YEAR})\b")
_SEASON_YEAR = re.compile(rf"(?i)\b(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})\b")
_QUARTER = re.compile(r"(?i)\bQ(?P<q>[1-4])\b")
_YEAR_RE = re.compile(rf"\b{YEAR}\b(?!/\d{{3}})")  # "PCD 2026/052" is a reference number, not the year 2026
# Figures a question states: "999", "£5m", "12", "section 136" (numbers that are not years or labels).
_NUMBER = re.compile(r"(?<![\w/£-])£?\d[\d,]*(?:\.\d+)?(?:%|m|bn|k)?(?![\w/-])")
# Capitalised words joined into one name: "Safer London Problem Solving Awards", "Police and Crime Committee",
# "Barking and Dagenham"; "and" stays inside a name only between two capitalised words. "of", "for", "on" and "in"
# end a name: "the Borough Commander for Barking and Dagenham" names a post and a place, each to be shown.
_NAME = re.compile(r"(?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:and|the|&)\s+)*[A-Z][\w'’.&-]*)*")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,7}[A-Z]s?$|^[A-Z]{2,}\d*s?$")
# Capitalised words that say what is asked or how, not what about: never a required name on their own.
_NOT_NAMES = frozenset(
    "i what which who whom whose when where why how is are was were do does did can could will would should has "
    "have had and or the a an in on of for to by from with at as if so but also then ok okay please tell give list "
    "name summarise summarize describe explain compare according besides apart roughly approximately overall "
    "yes no q".split())
_MONTH_WORDS = frozenset(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
# Words of a question that ask rather than name (see also rag.answer.extractive._CUE_STEMS).
_CUE_WORDS = ("how much many cost costs costed when what which who whom whose date year month day percentage "
              "proportion per cent number total amount price where email e-mail address phone telephone contact "
              "reach happen happened say says said mention mentions mentioned describe tell give kind kinds sort "
              "type types main roughly altogether worth whole")
_CUE_STEMS = frozenset(tokenize(_CUE_WORDS))
# A word this many passages or fewer use is specific to what the question is about ("triage", "Spokeshave"):
# measured on the dev sets (see docs/answering.md, "Evidence checks").
RARE_DF = 3

@dataclass(frozen=True)
class Term:
    """A specific term of a question that evidence must show."""

    text: str  # as the question writes it: "Sutton", "VRU", "Safer London Problem Solving Awards", "999"
    kind: str  # name | acronym | number | rare
    stems: frozenset[str]


@dataclass(frozen=True)
class Period:
    """A time the question names: a year, a financial year, a month or season of a year, a quarter."""

    text: str  # as written: "2016/17", "June 2019", "2018", "Q2"
    kind: str  # year | fiscal | month | season | quarter
    year: str | None  # the (first) calendar year: "2016" for "2016/17"
    month: int | None = None  # 1-12 for a month
    second: str | None = None  # the second year of a financial year, four digits: "2017"
    last_month: int | None = None  # for a run of months ("January to April 2023"), the last one


@dataclass(frozen=True)
class QuestionAnalysis:
    """Everything answering needs to know about a question, parsed once."""

    text: str
    qtype: QuestionType
    subject: frozenset[str]  # content stems, without the words that only ask (how, much, when, date …)
    terms: tuple[Term, ...]  # specific terms: evidence that shows none of one is not an answer
    periods: tuple[Period, ...]
    years: frozenset[str]  # four-digit years named (for "2019/20": 2019)
    event: tuple[str, ...]  # stems of a one-off event asked about ("appoint"), () for standing roles
    dated_subject: Subject | None  # what "when was X set up / published" dates
    labels: tuple[str, ...]  # paragraph labels named ("para 22", "recommendation 2")
    parts: tuple[str, ...] = ()  # for a question about two things, the question asked of each
    unknown: tuple[Term, ...] = ()  # specific terms the collection never uses (only with a vocabulary)
    letter_parts: tuple[str, ...] = ()  # parts of a letter asked about: "signature", "header", "opening"
    date_order: str | None = None  # "oldest" / "newest" / "both" for a question about the collection's dates
    whole_collection: bool = False  # names no subject, only the collection ("What are the oldest letters?")
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe summary for traces and `rag ask --explain`."""
        return {
            "answer_type": self.qtype.answer, "metadata": self.qtype.metadata,
            "subject": sorted(self.subject),
            "terms": [f"{t.text} ({t.kind})" for t in self.terms],
            "periods": [f"{p.text} ({p.kind})" for p in self.periods],
            "event": list(self.event),
            "dated_subject": " ".join(self.dated_subject.name) if self.dated_subject else None,
            "labels": list(self.labels), "parts": list(self.parts),
            "unknown": [t.text for t in self.unknown],
            "letter_parts": list(self.letter_parts), "date_order": self.date_order,
        }


def periods_in(text: str) -> list[Period]:
    """The periods a text names, longest form first where they overlap ("June 2019" not also "2019")."""
    out: list[Period] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= s or span[0] >= e for s, e in taken)

    for m in _FISCAL.finditer(text):
        first, second = m.group("first"), m.group("second")
        full = second if len(second) == 4 else first[:2] + second
        if int(full) != int(first) + 1:
            continue  # "2008-11" is a span of years, not one financial year: its years are read one by one
        out.append(Period(m.group(0), "fiscal", first, None, full))
        taken.append(m.span())
    for m in _SHORT_FISCAL.finditer(text):
        if int(m.group("second")) == int(m.group("first")) + 1 and free(m.span()):
            out.append(Period(m.group(0), "fiscal", "20" + m.group("first"), None, "20" + m.group("second")))
            taken.append(m.span())
    for m in _MONTH_RANGE.finditer(text):
        first, last = month_number(m.group("first")), month_number(m.group("month"))
        if first < last:
            out.append(Period(m.group(0), "month", m.group("year"), first, last_month=last))
            taken.append(m.span())
    for m in _MONTH_YEAR.finditer(text):
        if free(m.span()):
            if m.group("month").lower() == "may" and not m.group("month")[0].isupper():
                continue  # "may 2019" in lower case is likelier the verb
            out.append(Period(m.group(0), "month", m.group("year"), month_number(m.group("month"))))
            taken.append(m.span())
    for m in _SEASON_YEAR.finditer(text):
        if free(m.span()):
            out.append(Period(m.group(0), "season", m.group("year")))
            taken.append(m.span())
    for m in _YEAR_RE.finditer(text):
        named = re.search(r"\b(?!(?:In|By|For|From|Since|Until|To|Of)\b)[A-Z][a-z]+\s+$", text[:m.start()])
        if named and named.group(0).strip().lower() not in _MONTH_WORDS | {s for s in SEASON.split("|")}:
            continue  # "the One Met Model 2020", "Vision 2025": part of a name, not a period
        if free(m.span()):
            out.append(Period(m.group(0), "year", m.group(0)))
    for m in _QUARTER.finditer(text):
        out.append(Period(m.group(0), "quarter", None))
    return out


def names_in(question: str) -> list[tuple[str, str]]:
    """(text, kind) of the names and acronyms a question writes with capitals, the first word of the question
    skipped unless it is an acronym (every question starts with a capital)."""
    out = []
    for m in _NAME.finditer(question):
        words = m.group(0).split()
        if m.start() == len(question) - len(question.lstrip()) and not _ACRONYM.match(words[0].strip("'’s")):
            words = words[1:]
        # Drop leading and trailing words that only ask or connect ("Was", "the"), and months (periods).
        while words and (words[0].lower().strip("'’") in _NOT_NAMES or words[0].lower() in _MONTH_WORDS):
            words = words[1:]
        while words and (words[-1].lower().strip("'’") in _NOT_NAMES or words[-1].lower() in _MONTH_WORDS):
            words = words[:-1]
        while len(words) > 1 and (_is_title(words[0]) or (
                words[0].lower().rstrip(".") in TITLE_QUALIFIERS
                and (_is_title(words[1]) or words[1].lower().rstrip(".") in TITLE_QUALIFIERS))):
            words = words[1:]  # "Supt Ogunyemi" is written "Superintendent Hartley Ogunyemi": the name is Ogunyemi
        if not words:
            continue
        # "London-wide", "pan-London": the capitalised part is the name.
        words = [next((p for p in w.split("-") if p[:1].isupper()), w) if "-" in w else w for w in words]
        text = " ".join(words).rstrip(".").removesuffix("'s").removesuffix("’s")
        if _YEAR_RE.fullmatch(text) or not tokenize(text):
            continue
        kind = "acronym" if len(words) == 1 and _ACRONYM.match(text) else "name"
        out.append((text, kind))
    return out


def _is_title(word: str) -> bool:
    bare = word.rstrip(".")
    return bare.lower() in NAME_TITLES and (bare.lower() not in RANK_INITIALS or bare.isupper())


def _numbers(question: str, periods: list[Period]) -> list[str]:
    """Figures the question states, other than years, periods and paragraph labels."""
    inside = {p.text for p in periods}
    out = []
    for m in _NUMBER.finditer(question):
        value = m.group(0)
        if _YEAR_RE.fullmatch(value) or any(value in p for p in inside):
            continue
        before = question[max(0, m.start() - 16):m.start()].lower()
        if re.search(r"\b(?:para(?:graph)?|recommendation|question|action|proposal|point|item|no\.?|number|r|q)\s*$",
                     before):
            continue  # a label, found by its address
        out.append(value)
    return out


def two_parts(question: str) -> tuple[str, ...]:
    """For a question about two things (two periods, two sides compared, two questions asked together), the
    question asked of each (rag.question.parts); () for any other question."""
    parts = split_question(question)
    return parts.questions if parts is not None else ()


def analyse(question: str, vocabulary: Callable[[str], int] | None = None,
            acronyms: Mapping[str, str] | None = None, glossary_stems: frozenset[str] = frozenset()
            ) -> QuestionAnalysis:
    """The question parsed once.

    vocabulary: stem -> how many passages of the collection use it (the BM25 index's document frequencies); with
    it, words the collection seldom uses become specific terms and terms it never uses are listed as unknown.
    acronyms: {acronym: expansion} the documents define; a term is known when its acronym or expansion is.
    glossary_stems: stems of the glossary phrases the question uses ("Scotland Yard" stands for the MPS): known.
    """
    q = question.strip()
    qtype = classify(q)
    periods = periods_in(q)
    subject = frozenset(t for t in tokenize(q) if not t[0].isdigit() and t[0] != "£") - _CUE_STEMS
    terms: list[Term] = []
    seen: set[frozenset[str]] = set()
    for text, kind in names_in(q):
        stems = frozenset(t for t in tokenize(text) if not _YEAR_RE.fullmatch(t))
        if stems and stems not in seen:
            seen.add(stems)
            terms.append(Term(text, kind, stems))
    for value in _numbers(q, periods):
        terms.append(Term(value, "number", frozenset({value.lower().replace(",", "")})))
    unknown: list[Term] = []
    if vocabulary is not None:
        in_names = set().union(*(t.stems for t in terms)) if terms else set()
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]+", q):
            for stem in tokenize(word):
                if stem in in_names or stem in _CUE_STEMS or stem in STOPWORDS:
                    continue
                df = vocabulary(stem)
                if 0 < df <= RARE_DF:
                    terms.append(Term(word, "rare", frozenset({stem})))
                    in_names.add(stem)
        # A single capitalised word may be an everyday word for something the letters name otherwise ("Whitehall"):
        # only acronyms and names of two words or more are called unknown.
        unknown = [t for t in terms if (t.kind == "acronym" or (t.kind == "name" and len(t.text.split()) > 1))
                   and not _is_known(t, vocabulary, acronyms, glossary_stems)]
    return QuestionAnalysis(
        text=q, qtype=qtype, subject=subject, terms=tuple(terms), periods=tuple(periods),
        years=frozenset(named_years(q)), event=tuple(asked_event(q)), dated_subject=event_subject(q),
        labels=tuple(named_labels(q)), parts=two_parts(q), unknown=tuple(unknown),
        letter_parts=tuple(requested_parts(q)), date_order=date_order(q), whole_collection=about_whole_collection(q))


def _is_known(term: Term, vocabulary: Callable[[str], int], acronyms: Mapping[str, str] | None,
              glossary_stems: frozenset[str]) -> bool:
    """Whether the collection uses the term: every stem of it (or its acronym's expansion, or the words the
    glossary gives for it)."""
    missing = {s for s in term.stems if vocabulary(s) <= 0}
    if not missing:
        return True
    if acronyms:
        from rag.ingest.acronyms import acronym_key

        key = acronym_key(term.text)
        for acronym, expansion in acronyms.items():
            if acronym_key(acronym) == key and all(vocabulary(s) > 0 for s in tokenize(expansion)):
                return True
    return missing <= glossary_stems

"""A question in two parts answered part by part: each part through the single-question path, then one answer.

The combined answer lists each part's answer with its citations (renumbered into one list); a difference or change
is computed only from two cited values of the same unit, and shown with both; a part without evidence is named.
Which-came-first dates are each document's own date when a side names a document ("the hate crime briefing note").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from rag.answer.comparison import When, amount_value, comparison_answer
from rag.answer.sentences import passage_sentences
from rag.index.lexical import tokenize
from rag.lexicon import DOCUMENT_NOUNS, STOPWORDS
from rag.question.parts import CLAUSE, COMPARISONS, Parts
from rag.types import Answer, Passage, Quote

_MARKER = re.compile(r"\[(\d+)\]")
# Words that say what kind of document a side is, not which: "the Joint Audit Panel meeting" is the document that
# records that meeting (its minutes), dated by it.
_KIND_WORDS = frozenset(tokenize(" ".join((*DOCUMENT_NOUNS, "minutes meeting decision record memo memorandum email "
                                                             "submission statement notice"))))
NOT_SAID = "The documents don't say."


def answer_in_parts(question: str, parts: Parts, ask: Callable[[str], Answer],
                    whole: Callable[[], Answer], dated: Callable[[str], Answer | None] | None = None) -> Answer:
    """The answer to a split question. `ask(part_question)` answers one part through the normal path; `whole()`
    answers the question as it stands (used when a change has no two comparable values and a part is missing);
    `dated(side)` is a side's own document date as an Answer, when the side names a document."""
    if parts.kind in ("earlier", "later"):
        answers = tuple((dated(side) if dated else None) or ask(q) for side, q in zip(parts.sides, parts.questions))
    else:
        answers = tuple(ask(q) for q in parts.questions)
    if parts.kind in COMPARISONS or parts.kind == "difference":
        combined = comparison_answer(question, parts._replace(kind="compare") if parts.kind == "difference"
                                     else parts, answers)
    elif parts.kind in ("change", "periods"):
        combined = _periods_answer(question, parts, answers)
        if combined is None:
            return whole()
    else:
        combined = listed_answer(question, parts.questions, answers)
    combined.trace = {"strategy": f"parts ({parts.kind})",
                      "analysis": {"parts": list(parts.questions)},
                      "parts": [{"question": q, "strategy": a.trace.get("strategy") or
                                 ("document date" if not a.abstained else ""), "abstained": a.abstained,
                                 "retrieve_ms": a.timings.get("retrieve_ms", 0.0), "trace": a.trace}
                                for q, a in zip(parts.questions, answers)],
                      "checks": [c for a in answers for c in a.trace.get("checks", [])]}
    return combined


# --- combining ------------------------------------------------------------------------------------------------

def merge(answers: Sequence[Answer]) -> tuple[list[Passage], list[Quote], list[dict[int, int]]]:
    """All parts' citations in one list (a passage cited twice keeps one number), their quotes renumbered, and for
    each part the map from its own citation numbers to the merged ones."""
    citations: list[Passage] = []
    quotes: list[Quote] = []
    maps: list[dict[int, int]] = []
    for answer in answers:
        numbers: dict[int, int] = {}
        if not answer.abstained:
            for i, passage in enumerate(answer.citations, start=1):
                ids = [c.chunk_id for c in citations]
                if passage.chunk_id not in ids:
                    citations.append(passage)
                    ids.append(passage.chunk_id)
                numbers[i] = ids.index(passage.chunk_id) + 1
            for q in answer.quotes:
                if q.citation in numbers:
                    moved = Quote(q.sentence, numbers[q.citation], q.start, q.end)
                    if moved not in quotes:
                        quotes.append(moved)
        maps.append(numbers)
    return citations, quotes, maps


def _renumber(text: str, numbers: dict[int, int]) -> str:
    return _MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), m.group(1))}]", text)


def _markers(answer: Answer, numbers: dict[int, int]) -> str:
    cited = dict.fromkeys(numbers[q.citation] for q in answer.quotes if q.citation in numbers) or dict.fromkeys(
        numbers.values())
    return "".join(f"[{n}]" for n in cited)


def listed_answer(question: str, questions: Sequence[str], answers: Sequence[Answer]) -> Answer:
    """Each part's question and its answer, in order, its citations renumbered; a part without evidence says so."""
    answered = [a for a in answers if not a.abstained]
    if not answered:
        related = _related(answers, set())
        return Answer(question=question, abstained=True, citations=[], related=related, confidence=0.0,
                      text=(f"The documents don't say: no passage answers {' or '.join(_quoted(questions))}. "
                            "The closest passages are listed as related reading, not as evidence."))
    citations, quotes, maps = merge(answers)
    blocks = []
    shown: set[str] = set()
    for q, answer, numbers in zip(questions, answers, maps):
        if answer.abstained:
            # A part's own specific refusal ("The documents don't mention …") says more than a general one.
            reason = answer.text.split(": ", 1)[0] if answer.text.startswith("The documents don't mention") else ""
            blocks.append(f"{q} {reason + '.' if reason else NOT_SAID + ' No passage answers this part.'}")
            continue
        lines = _renumber(answer.text, numbers).splitlines()
        # A sentence already quoted for an earlier part is not quoted again: its marker says where it is.
        fresh = [line for line in lines[1:] if line not in shown]
        lead = lines[0] if lines else ""
        if len(fresh) < len(lines) - 1 and not _MARKER.search(lead):
            lead = f"{lead.rstrip('.')} {_markers(answer, numbers)}."
        shown.update(lines)
        blocks.append("\n".join([f"{q} {lead}", *fresh]))
    missing = [q for q, a in zip(questions, answers) if a.abstained]
    short = "; ".join(a.short_answer for a in answered if a.short_answer) or None
    if missing:
        short = None
    return Answer(question=question, text="\n".join(blocks), citations=citations, abstained=False, quotes=quotes,
                  short_answer=short, related=_related(answers, {c.chunk_id for c in citations}),
                  confidence=min(a.confidence for a in answered),
                  notes=[f"no evidence for the part “{q}”" for q in missing])


def _quoted(questions: Sequence[str]) -> list[str]:
    return [f"“{q.rstrip('?')}”" for q in questions]


def _related(answers: Sequence[Answer], cited: set[str]) -> list[Passage]:
    related: list[Passage] = []
    for answer in answers:
        for p in [*answer.related, *(answer.citations if answer.abstained else [])]:
            if p.chunk_id not in cited and p.chunk_id not in {r.chunk_id for r in related}:
                related.append(p)
    return related[:3]


def unit(text: str) -> str:
    """The unit a value is written in: money, percent or a count."""
    if "£" in text:
        return "money"
    if re.search(r"%|\bper ?cent\b|\bpercentage points?\b", text, re.I):
        return "percent"
    return "count"


def _number(value: float, money: bool) -> str:
    shown = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"£{shown}" if money else shown


def change_line(first: str, second: str, a: float, b: float) -> str | None:
    """"a rise of 1,046 (+38%)": the change from the first value to the second, computed from the two; None when
    their units differ."""
    kind = unit(first)
    if kind != unit(second):
        return None
    delta = b - a
    word = "a rise" if delta > 0 else "a fall" if delta < 0 else "no change"
    if not delta:
        return word
    if kind == "percent":
        return f"{word} of {_number(abs(delta), False)} percentage points"
    share = f" ({'+' if delta > 0 else '-'}{abs(delta) / a * 100:.0f}%)" if a else ""
    return f"{word} of {_number(abs(delta), kind == 'money')}{share}"


def _periods_answer(question: str, parts: Parts, answers: Sequence[Answer]) -> Answer | None:
    """Each period's answer, and with two values of one unit, the change between them; None for a change question
    without two such values (the question as it stands may be answered by a sentence that states the change)."""
    missing = [a.abstained for a in answers]
    if parts.kind == "change" and any(missing):
        return None
    combined = listed_answer(question, [f"In {side}:" for side in parts.sides], answers)
    if combined.abstained:
        return None if parts.kind == "change" else combined
    values = [amount_value(a.short_answer) if a.short_answer and not a.abstained else None for a in answers]
    line = None if None in values else change_line(answers[0].short_answer, answers[1].short_answer, *values)
    if line is None:
        # A change is told from two values of one unit; without them ("How did devolution progress between 2017
        # and 2018?") the question is answered as it stands, by sentences that tell the change themselves.
        return None if parts.kind == "change" else combined
    _, _, maps = merge(answers)
    shown = [f"{a.short_answer} in {side} {_markers(a, m)}" for a, side, m in zip(answers, parts.sides, maps)]
    combined.text = f"From {shown[0]} to {shown[1]}: {line}.\n{combined.text}"
    combined.short_answer = f"{line} ({answers[0].short_answer} to {answers[1].short_answer})"
    return combined


# --- a side's own date ----------------------------------------------------------------------------------------

@lru_cache(maxsize=65_536)
def _identity_words(fields: tuple[str | None, ...]) -> frozenset[str]:
    """The words of a document's title, issuer, kind, committee and correspondents: tokenized once per document,
    not once per document at every comparison question (0.4 s a question on 20,000 letters)."""
    return frozenset(tokenize(" ".join(filter(None, fields))))


def named_document(side: str, documents: dict, accepts: Callable[[str, str | None], bool] | None = None
                   ) -> str | None:
    """The one document a side of a which-came-first question names ("the hate crime briefing note", "MOPAC's
    letter on mental health"): every word of it, other than what kind of document it is, is in that document's
    title or issuer, and in no other's. None for events ("the MoU was agreed") and for sides no document matches."""
    if CLAUSE.search(side):
        return None
    words = set(tokenize(side)) - _KIND_WORDS - STOPWORDS
    if not words or not (set(tokenize(side)) & _KIND_WORDS):
        return None  # a side that does not call itself a document ("the review") is an event: its date is asked
    found = []
    for doc_id, meta in documents.items():
        if accepts is not None and not accepts(doc_id, meta.date):
            continue
        if not meta.date:
            continue
        if words <= _identity_words((meta.title, meta.organisation, meta.doc_type, meta.committee, meta.author,
                                     meta.recipient)):
            found.append(doc_id)
    return found[0] if len(found) == 1 else None


def document_date_answer(side: str, doc_id: str, meta, passages: Sequence[Passage], document_text: str
                         ) -> Answer | None:
    """A side's date as the document's own date (its metadata), cited to the passage that shows it."""
    day = date.fromisoformat(meta.date)
    shown = f"{day.day} {day:%B %Y}"
    for passage in passages:
        for sentence in passage_sentences(passage, document_text):
            if _shows_date(sentence.text, day):
                quote = Quote(sentence.text, 1, sentence.start, sentence.end)
                return Answer(question=f"When was {side}?", text=f"{shown}.\n“{sentence.text}” [1]",
                              citations=[passage], abstained=False, short_answer=shown, quotes=[quote],
                              confidence=1.0, trace={"strategy": "document date"})
    return None


def _shows_date(text: str, day: date) -> bool:
    from rag.answer.comparison import date_value

    for m in re.finditer(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|"
                         r"\b\d{1,2}/\d{1,2}/\d{4}\b", text):
        found = date_value(m.group(0))
        if found is not None and found == When(day, "day"):
            return True
    return False

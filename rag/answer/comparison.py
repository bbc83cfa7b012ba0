"""Comparison questions ("Which came first: A or B?"): each side's value read from its answer, the two compared.

The question is split by rag.question.parts; each side is answered on its own, then compared here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from rag.ingest.metadata import parse_date
from rag.lexicon import MONTH_OR_ABBREVIATION, YEAR, month_number
from rag.question.mentions import MONTH_YEAR
from rag.question.parts import CLAUSE as _CLAUSE
from rag.question.parts import Comparison
from rag.types import Answer, Passage, Quote

# --- values ---------------------------------------------------------------------------------------------------

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(k|m|bn|thousand|million|billion)?\b", re.I)
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}


class When(NamedTuple):
    """A date as precisely as the text gives it: "day", "month" or "year" (the rest filled with 1s)."""

    day: date
    precision: str



def date_value(text: str) -> When | None:
    """The date in the text: a calendar date, a month ("March 2018") or a bare year ("summer 2019")."""
    iso = parse_date(text)
    if iso:
        return When(date.fromisoformat(iso), "day")
    if m := MONTH_YEAR.search(text):
        return When(date(int(m.group(2)), month_number(m.group(1)), 1), "month")
    year = re.search(rf"\b{YEAR}\b", text)
    return When(date(int(year.group()), 1, 1), "year") if year else None


_DAY_MONTH = re.compile(rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_OR_ABBREVIATION})\b\.?$")


def _with_year(answer: Answer) -> When | None:
    """A day and month without a year ("19 May"), dated by the first year its quoted sentence writes after it, else
    by the cited document's year; None when the short answer is no such date or nothing gives a year."""
    m = _DAY_MONTH.search(answer.short_answer.strip())
    if m is None:
        return None
    quoted = answer.quotes[0].sentence if answer.quotes else ""
    at = quoted.find(answer.short_answer.strip())
    year = re.search(rf"\b{YEAR}\b", quoted[at:]) if at >= 0 else None
    written = year.group() if year else next((p.date[:4] for p in answer.citations if p.date), None)
    if written is None:
        return None
    try:
        return When(date(int(written), month_number(m.group(2)), int(m.group(1))), "day")
    except ValueError:  # "31 April"
        return None


def amount_value(text: str) -> float | None:
    """An amount or count written in the text: "£1,118,248", "£20m", "£3.5 billion", "12", "twelve"."""
    m = _AMOUNT.search(text)
    if m:
        return float(m.group(1).replace(",", "")) * _SCALE.get((m.group(2) or "").lower(), 1)
    word = re.search(rf"\b({'|'.join(_NUMBER_WORDS)})\b", text, re.I)
    return float(_NUMBER_WORDS[word.group(1).lower()]) if word else None


def _gap(first: When, second: When) -> str | None:
    """"4 years and 1 month", "3 months", "12 days": how long after `first` `second` came, as precisely as both
    dates allow; None for the same date, or dates too coarse to order ("2019" and "March 2019")."""
    coarse = {first.precision, second.precision}
    if "year" in coarse:
        years = second.day.year - first.day.year
        return f"about {years} year{'s' if years != 1 else ''}" if years else None
    if "month" in coarse:
        months = (second.day.year - first.day.year) * 12 + second.day.month - first.day.month
        if not months:
            return None
    else:
        months = (second.day.year - first.day.year) * 12 + second.day.month - first.day.month - (
            second.day.day < first.day.day)
    if months < 1:
        days = (second.day - first.day).days
        return f"{days} day{'s' if days != 1 else ''}" if days else None
    years, months = divmod(months, 12)
    parts = [f"{years} year{'s' if years != 1 else ''}"] if years else []
    parts += [f"{months} month{'s' if months != 1 else ''}"] if months else []
    return ("about " if "month" in coarse else "") + " and ".join(parts)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


# --- the combined answer --------------------------------------------------------------------------------------

def _merged(answers: tuple[Answer, Answer]) -> tuple[list[Passage], list[Quote], list[str]]:
    """Both answers' citations renumbered into one list (a passage cited by both keeps one number), their quotes,
    and each side's markers ("[1]", "[2][3]")."""
    citations: list[Passage] = []
    quotes: list[Quote] = []
    markers = []
    for answer in answers:
        numbers = []
        for quote in answer.quotes:
            passage = answer.citations[quote.citation - 1]
            ids = [c.chunk_id for c in citations]
            if passage.chunk_id not in ids:
                citations.append(passage)
                ids.append(passage.chunk_id)
            n = ids.index(passage.chunk_id) + 1
            moved = Quote(quote.sentence, n, quote.start, quote.end)
            if moved not in quotes:
                quotes.append(moved)
            if n not in numbers:
                numbers.append(n)
        markers.append("".join(f"[{n}]" for n in numbers))
    return citations, quotes, markers


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def comparison_answer(question: str, comparison: Comparison, answers: tuple[Answer, Answer]) -> Answer:
    """One answer from the two sides' answers: which side wins and by how much, each value cited.

    Both sides need a value from a cited sentence; with one missing, the documents don't say how they compare
    (a comparison half-answered is not an answer), and what was found is shown as related reading.
    """
    a, b = comparison.sides
    temporal = comparison.kind in ("earlier", "later")
    parse = date_value if temporal else amount_value
    values = [parse(ans.short_answer) if ans.short_answer and not ans.abstained else None for ans in answers]
    if temporal:  # "19 May" from "… ran from Monday 19 May to Sunday 25 May 2025": the quote gives the year
        values = [value or (_with_year(ans) if ans.short_answer and not ans.abstained else None)
                  for value, ans in zip(values, answers, strict=True)]
    if None in values:
        missing = [side for side, value in zip(comparison.sides, values, strict=True) if value is None]
        related: list[Passage] = []
        for ans in sorted(answers, key=lambda ans: ans.abstained):  # what was found first
            for p in [*ans.citations, *ans.related]:
                if p.chunk_id not in {r.chunk_id for r in related}:
                    related.append(p)
        found = [f"{side}: {ans.short_answer} ({ans.citations[0].citation()})"
                 for side, ans, value in zip(comparison.sides, answers, values, strict=True)
                 if value is not None and ans.citations]
        text = (f"The documents don't say how {a} and {b} compare: no passage gives "
                f"{'a date' if temporal else 'a value'} for {' or '.join(missing)}."
                + (f" They do give {'; '.join(found)}." if found else "")
                + " The closest passages are listed as related reading, not as evidence.")
        return Answer(question=question, text=text, citations=[], abstained=True, related=related[:3],
                      confidence=min(ans.confidence for ans in answers))
    citations, quotes, markers = _merged(answers)
    shown = [ans.short_answer for ans in answers]
    lead, short, winner = (_temporal_lead if temporal else _magnitude_lead)(comparison, values, shown, markers)
    if comparison.yes_no and winner is not None:  # "Was A bigger than B?": A is the winner or it is not
        verdict = "Yes" if winner == 0 else "No"
        lead, short = f"{verdict}. {lead}", f"{verdict}: {short}"
    lead, citations, quotes = _in_marker_order(lead, citations, quotes)
    body = "\n".join(f"“{q.sentence}” [{q.citation}]" for q in quotes)
    cited = {c.chunk_id for c in citations}
    related = [p for ans in answers for p in ans.related if p.chunk_id not in cited][:3]
    return Answer(question=question, text=f"{lead}\n{body}", citations=citations, abstained=False,
                  short_answer=short, quotes=quotes, related=related,
                  confidence=min(ans.confidence for ans in answers))


def _in_marker_order(lead: str, citations: list[Passage],
                     quotes: list[Quote]) -> tuple[str, list[Passage], list[Quote]]:
    """Citations renumbered so the first line reads [1], [2] … in order ("32 [2] against 12 [1]" -> "32 [1] against
    12 [2]"), and the quotes follow that order."""
    order = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", lead)))
    order += [n for n in range(1, len(citations) + 1) if n not in order]
    new = {old: i + 1 for i, old in enumerate(order)}
    lead = re.sub(r"\[(\d+)\]", lambda m: f"[{new[int(m.group(1))]}]", lead)
    moved = [Quote(q.sentence, new[q.citation], q.start, q.end) for q in quotes]
    moved.sort(key=lambda q: q.citation)  # stable: a passage's sentences keep their order
    return lead, [citations[old - 1] for old in order], moved


def _temporal_lead(comparison: Comparison, values: list, shown: list[str],
                   markers: list[str]) -> tuple[str, str | None, int | None]:
    """The first line and short answer: "A came first (16 November 2009) [1], 4 years and 1 month before B …"."""
    sides = comparison.sides
    early, late = (0, 1) if values[0].day <= values[1].day else (1, 0)
    gap = _gap(values[early], values[late])
    if gap is None:
        both = f"{sides[0]} ({shown[0]}) {markers[0]} and {sides[1]} ({shown[1]}) {markers[1]}"
        return f"The documents date both to the same time, so they don't say which came first: {both}.", None, None
    if comparison.kind == "earlier":
        win, lose, verb, relation = early, late, "came first", "before"
    else:
        win, lose, verb, relation = late, early, "came later", "after"
    short = f"{sides[win]} ({shown[win]})"
    if any(_CLAUSE.search(side) for side in sides):
        # "the Mayor announced the VRU came first" does not read: a clause is told in date order instead.
        return (f"First, {sides[early]} ({shown[early]}) {markers[early]}; {gap} later, {sides[late]} "
                f"({shown[late]}) {markers[late]}."), short, win
    return (f"{_capital(sides[win])} {verb} ({shown[win]}) {markers[win]}, {gap} {relation} {sides[lose]} "
            f"({shown[lose]}) {markers[lose]}."), short, win


def _magnitude_lead(comparison: Comparison, values: list, shown: list[str],
                    markers: list[str]) -> tuple[str, str | None, int | None]:
    """The first line and short answer: "A was bigger: £20m [1] against £1,118,248 [2], a difference of …"."""
    sides = comparison.sides
    if values[0] == values[1]:
        return (f"{_capital(sides[0])} and {sides[1]} are the same: {shown[0]} {markers[0]} and {shown[1]} "
                f"{markers[1]}."), shown[0], None
    larger, smaller = (0, 1) if values[0] > values[1] else (1, 0)
    win, lose = (smaller, larger) if comparison.kind == "smaller" else (larger, smaller)
    word = {"bigger": "bigger", "smaller": "smaller", "compare": "larger"}[comparison.kind]
    money = "£" if any("£" in s for s in shown) else ""
    verb = "was" if comparison.past else "is"
    difference = _number(abs(values[0] - values[1]))
    suffixes = {m.group(2).lower() if (m := _AMOUNT.search(v)) and m.group(2) else "" for v in shown}
    if len(suffixes) == 1 and (suffix := suffixes.pop()):  # "£7m against £5m" differ by "£2m", not "£2,000,000"
        difference = _number(abs(values[0] - values[1]) / _SCALE[suffix]) + (
            suffix if suffix in ("k", "m", "bn") else f" {suffix}")
    return (f"{_capital(sides[win])} {verb} {word}: {shown[win]} {markers[win]} against {shown[lose]} "
            f"{markers[lose]}, a difference of {money}{difference}."), f"{sides[win]} ({shown[win]})", win

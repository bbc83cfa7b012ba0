"""Whether a period a text names is the one a question asks about: shared by retrieval and the answer checks."""

from __future__ import annotations

from rag.question.analysis import Period


def period_matches(asked: Period, found: Period) -> bool:
    """Whether a period found in evidence is the one asked for (as precisely as both are written)."""
    if asked.kind == "quarter" or found.kind == "quarter":
        return asked.text.upper() == found.text.upper()
    if asked.kind == "fiscal":
        if found.kind == "fiscal":
            return found.year == asked.year
        return False
    if asked.kind == "year":
        if found.kind == "fiscal":
            return asked.year in (found.year, found.second)
        return found.year == asked.year
    if asked.kind == "month":
        if found.kind == "month" and found.year == asked.year and found.month is not None and asked.month:
            return found.month <= asked.month <= (found.last_month or found.month)
        return False
    if asked.kind == "season":
        return found.kind == "season" and found.year == asked.year and found.text.split()[0].lower() == \
            asked.text.split()[0].lower()
    return False


def in_fiscal_year(found: Period, fiscal: Period) -> bool:
    """Whether a period may fall in a financial year (April to March): a year it overlaps, or a month inside it
    ("March 2028" is in 2027/28, not 2028/29)."""
    if found.kind == "month" and found.month is not None and found.year:
        last = found.last_month or found.month
        return (found.year == fiscal.year and last >= 4) or (found.year == fiscal.second and found.month <= 3)
    return found.year in (fiscal.year, fiscal.second)


def same_kind(asked: Period, found: Period) -> bool:
    """Whether a period found could stand for the one asked (a year for a year or financial year …)."""
    groups = ({"year", "fiscal"}, {"month", "season"}, {"quarter"})
    return any(asked.kind in g and found.kind in g for g in groups)



def dated_periods(date: str | None) -> list[Period]:
    """The year and the month of a document's ISO date, as periods it may speak for; [] without a date."""
    if not date:
        return []
    return [Period(date[:4], "year", date[:4]), Period(date[:7], "month", date[:4], int(date[5:7]))]


def own_verdict(asked: Period, found: list[Period]) -> bool | None:
    """What a text's own periods say of the asked one: True when one of its kind is it (or, for a year, a period
    inside it: "June 2019" is in 2019), False when those of its kind are all others, None when it names none."""
    same = [p for p in found if same_kind(asked, p)]
    if not same:
        return None
    if any(period_matches(asked, p) for p in same):
        return True
    return asked.kind == "year" and any(p.year == asked.year for p in found)


__all__ = ["dated_periods", "in_fiscal_year", "own_verdict", "period_matches", "same_kind"]

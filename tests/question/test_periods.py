"""Period matching shared by retrieval's period order and the answer checks."""

from __future__ import annotations

from rag.question.analysis import periods_in
from rag.question.periods import dated_periods, own_verdict


def test_a_text_s_own_periods_decide_when_it_names_one_of_the_asked_kind() -> None:
    (asked,) = periods_in("in February 2031")
    assert own_verdict(asked, periods_in("Month: February 2031; Arrests: 52")) is True
    assert own_verdict(asked, periods_in("Month: April 2031; Arrests: 53")) is False
    assert own_verdict(asked, periods_in("Arrests rose over the year.")) is None
    (year,) = periods_in("in 2031")
    assert own_verdict(year, periods_in("Up from 2030 to June 2031.")) is True  # June 2031 is in 2031
    assert own_verdict(year, periods_in("In June 2031 arrests rose.")) is None  # names no year of its own
    assert own_verdict(year, periods_in("In 2030 arrests rose.")) is False


def test_a_document_date_stands_for_its_year_and_month() -> None:
    assert [(p.kind, p.year, p.month) for p in dated_periods("2031-05-03")] == [("year", "2031", None),
                                                                              ("month", "2031", 5)]
    assert dated_periods(None) == []


def test_a_financial_year_typed_short_is_one():
    from rag.question.analysis import periods_in

    found = periods_in("how many first time entrants in 24/25?")
    assert [(p.kind, p.year, p.second) for p in found] == [("fiscal", "2024", "2025")]
    assert periods_in("the meeting on 10/11/24") == []  # a date, not a year
    assert periods_in("open 24/7") == []

"""Comparison questions: splitting into sides, reading values, the combined answer (fast), and on the real corpus."""

from datetime import date

import pytest

from rag.answer.assistant import Assistant
from rag.answer.comparison import When, amount_value, comparison_answer, date_value
from rag.question.parts import split_comparison
from rag.types import Answer, Passage, Quote


@pytest.mark.parametrize(("question", "kind", "sides"), [
    ("Which came first: the MPA briefing or MOPAC's letter on mental health, and by how long?", "earlier",
     ("the MPA briefing", "MOPAC's letter on mental health")),
    ("Which was bigger: Barking and Dagenham's highways spending or the cost of the LCPF funding protection?",
     "bigger", ("Barking and Dagenham's highways spending", "the cost of the LCPF funding protection")),
    ("Which was written later, the London Councils report or the letter to Susan Hall?", "later",
     ("the London Councils report", "the letter to Susan Hall")),
    ("Which is smaller - the BCU budget or the VRU budget?", "smaller", ("the BCU budget", "the VRU budget")),
    ("How does the number of Basic Command Units compare with the number of boroughs?", "compare",
     ("the number of Basic Command Units", "the number of boroughs")),
])
def test_a_comparison_is_split_into_its_two_sides(question, kind, sides):
    comparison = split_comparison(question)
    assert comparison is not None
    assert (comparison.kind, comparison.sides) == (kind, sides)


def test_each_side_gets_the_question_that_finds_its_value():
    dated = split_comparison("Which came first: the MPA briefing or the first meeting of the Reference Group?")
    assert dated.questions == ("When was the MPA briefing written?", "When was the first meeting of the Reference "
                                                                     "Group?")
    counted = split_comparison("How does the number of Basic Command Units compare with the number of boroughs?")
    assert counted.questions == ("How many Basic Command Units are there?", "How many boroughs are there?")
    money = split_comparison("Which was bigger: the highways spending or the cost of the protection?")
    assert money.questions == ("How much was the highways spending?", "How much was the cost of the protection?")


@pytest.mark.parametrize(("question", "kind", "sides", "first_question"), [
    ("Was the MoU agreed before the Reference Group's first meeting?", "earlier",
     ("the MoU", "the Reference Group's first meeting"), "When was the MoU agreed?"),
    ("Was the letter to Susan Hall sent after the London Councils report?", "later",
     ("the letter to Susan Hall", "the London Councils report"), "When was the letter to Susan Hall sent?"),
    ("Did the review come before the MoU?", "earlier", ("the review", "the MoU"), "When was the review?"),
    ("Were there more Basic Command Units than boroughs?", "bigger",
     ("the number of Basic Command Units", "the number of boroughs"), "How many Basic Command Units are there?"),
    ("Was the highways spending smaller than the cost of the protection?", "smaller",
     ("the highways spending", "the cost of the protection"), "How much was the highways spending?"),
])
def test_yes_no_comparisons(question, kind, sides, first_question):
    comparison = split_comparison(question)
    assert comparison is not None and comparison.yes_no
    assert (comparison.kind, comparison.sides, comparison.questions[0]) == (kind, sides, first_question)


@pytest.mark.parametrize("question", [
    "Did the Deputy Mayor consult boroughs before deciding?",  # "before" a clause: not two dated things
    "Did the review come before March 2018?",  # one thing to date, against a date the question gives
    "Was the MoU agreed after summer 2019?",
    "Is knife crime more important than drugs?",
    "Which is more important: knife crime or drugs?",  # "more" + adjective: not a comparison of values
    "Who was Deputy Mayor in 2013 or 2017?",
    "What did the Commissioner say about knife crime?",
    "Which borough came first in the awards?",  # no "A or B"
])
def test_other_questions_are_not_comparisons(question):
    assert split_comparison(question) is None


def test_values_are_read_as_precisely_as_written():
    assert date_value("16 November 2009") == When(date(2009, 11, 16), "day")
    assert date_value("in March 2018") == When(date(2018, 3, 1), "month")
    assert date_value("summer 2019") == When(date(2019, 1, 1), "year")
    assert date_value("soon") is None
    assert amount_value("£1,118,248") == 1118248
    assert amount_value("£20m") == 20_000_000
    assert amount_value("£3.5 billion") == 3_500_000_000
    assert amount_value("twelve") == 12
    assert amount_value("none") is None


def _side(value: str, sentence: str, doc: str, label: str, start: int = 0) -> Answer:
    passage = Passage(text=sentence, doc_id=doc, title=doc, date="2020-01-01", paragraph=label, start=start,
                      end=start + len(sentence), score=1.0, chunk_id=f"{doc}:{label}")
    return Answer(question="q", text=f"{value}.\n“{sentence}” [1]", citations=[passage], abstained=False,
                  short_answer=value, quotes=[Quote(sentence, 1, start, start + len(sentence))], confidence=0.5)


def _money_sides() -> tuple[Answer, Answer]:
    """The highways spending (£20m) and the cost of the protection (£1,118,248), answered from two documents."""
    return (_side("£20m", "Spending £20m on highways.", "a.txt", "¶5"),
            _side("£1,118,248", "A cost of £1,118,248.", "b.txt", "para 22"))


def test_the_answer_names_the_winner_and_cites_each_value():
    comparison = split_comparison("Which was bigger: the highways spending or the cost of the protection?")
    sides = _money_sides()
    ans = comparison_answer("Which was bigger?", comparison, sides)
    assert not ans.abstained
    assert ans.text.splitlines()[0] == ("The highways spending was bigger: £20m [1] against £1,118,248 [2], a "
                                        "difference of £18,881,752.")
    assert [c.paragraph for c in ans.citations] == ["¶5", "para 22"]
    assert [(q.sentence, q.citation) for q in ans.quotes] == [("Spending £20m on highways.", 1),
                                                             ("A cost of £1,118,248.", 2)]
    smaller = comparison_answer("q", comparison._replace(kind="smaller"), sides)
    assert smaller.short_answer == "the cost of the protection (£1,118,248)"


def test_dates_give_the_order_and_the_gap():
    comparison = split_comparison("Which came first: the briefing or the letter, and by how long?")
    sides = (_side("20 December 2013", "20 December 2013", "b.txt", "header"),
             _side("16 November 2009", "16 November 2009", "a.txt", "header"))
    ans = comparison_answer("q", comparison, sides)
    # Citations are numbered in the order the first line uses them, and the quotes follow.
    assert ans.text.splitlines()[0] == ("The letter came first (16 November 2009) [1], 4 years and 1 month before "
                                        "the briefing (20 December 2013) [2].")
    assert [c.doc_id for c in ans.citations] == ["a.txt", "b.txt"]
    assert [(q.sentence, q.citation) for q in ans.quotes] == [("16 November 2009", 1), ("20 December 2013", 2)]
    later = comparison_answer("q", comparison._replace(kind="later"), sides)
    assert later.short_answer == "the briefing (20 December 2013)"


def test_a_yes_no_comparison_opens_with_yes_or_no():
    comparison = split_comparison("Was the highways spending bigger than the cost of the protection?")
    sides = _money_sides()
    assert comparison_answer("q", comparison, sides).text.startswith("Yes. The highways spending was bigger: £20m")
    reverse = split_comparison("Was the cost of the protection bigger than the highways spending?")
    assert comparison_answer("q", reverse, sides[::-1]).text.startswith("No. The highways spending was bigger")


def test_dates_too_coarse_to_order_are_not_ordered():
    comparison = split_comparison("Which came first: the review or the MoU?")
    sides = (_side("2019", "It ends in 2019.", "a.txt", "¶1"), _side("March 2019", "Agreed in March 2019.",
                                                                      "b.txt", "¶2"))
    ans = comparison_answer("q", comparison, sides)
    assert not ans.abstained and ans.short_answer is None
    assert "don't say which came first" in ans.text
    same = (_side("4 March 2019", "Met on 4 March 2019.", "a.txt", "¶1"), _side("4 March 2019", "Signed 4 March 2019.",
                                                                               "b.txt", "¶2"))
    assert "don't say which came first" in comparison_answer("q", comparison, same).text


def test_one_side_the_documents_lack_makes_no_comparison():
    comparison = split_comparison("Which was bigger: the highways spending or the cost of unicorns?")
    missing = Answer(question="q", text="The documents don't say.", citations=[], abstained=True)
    ans = comparison_answer("q", comparison, (_side("£20m", "Spending £20m.", "a.txt", "¶5"), missing))
    assert ans.abstained and ans.citations == [] and ans.quotes == []
    assert "the cost of unicorns" in ans.text
    assert [p.paragraph for p in ans.related] == ["¶5"]  # what was found is still offered as reading


def test_a_passage_cited_by_both_sides_keeps_one_number():
    comparison = split_comparison("Which was bigger: the first fund or the second fund?")
    first = _side("£5m", "£5m and £7m were given.", "a.txt", "¶1")
    second = _side("£7m", "£5m and £7m were given.", "a.txt", "¶1")
    ans = comparison_answer("q", comparison, (first, second))
    assert len(ans.citations) == 1 and len(ans.quotes) == 1
    assert ans.text.splitlines()[0] == "The second fund was bigger: £7m [1] against £5m [1], a difference of £2m."


@pytest.fixture(scope="module")
def assistant(real_retriever):
    return Assistant(real_retriever)


def test_a_day_and_month_take_their_year_from_the_quote_or_the_document():
    from rag.answer.comparison import _with_year

    sentence = "The week of action ran from Monday 19 May to Sunday 25 May 2025."
    cited = Passage(sentence, "news.html", "News", "2025-06-03", "¶1", 0, len(sentence))
    week = Answer(question="q", text="t", citations=[cited], abstained=False, short_answer="19 May",
                  quotes=[Quote(sentence, 1, 0, len(sentence))])
    assert _with_year(week) == When(date(2025, 5, 19), "day")
    bare = "The panel met on 4 March."
    dated = Passage(bare, "m.md", "Minutes", "2024-03-20", "¶1", 0, len(bare))
    met = Answer(question="q", text="t", citations=[dated], abstained=False, short_answer="4 March",
                 quotes=[Quote(bare, 1, 0, len(bare))])
    assert _with_year(met) == When(date(2024, 3, 4), "day")  # the document's year
    met.short_answer = "the spring"
    assert _with_year(met) is None

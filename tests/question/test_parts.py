"""Splitting a question about two things into the question asked of each part, and leaving others whole."""

import pytest

from rag.question.analysis import analyse
from rag.question.parts import leans_back, split_question


@pytest.mark.parametrize(("question", "kind", "questions"), [
    # two questions asked together: each as written, or with the first one's frame copied into the second
    ("Who signed the CCTV decision and who signed the stop and search letter?", "parts",
     ("Who signed the CCTV decision?", "Who signed the stop and search letter?")),
    ("Who wrote the 2018 report, and who wrote the 2013 letter?", "parts",
     ("Who wrote the 2018 report?", "Who wrote the 2013 letter?")),
    ("Where is the London ASB Practitioners Forum hosted, and how often?", "parts",
     ("Where is the London ASB Practitioners Forum hosted?",
      "How often is the London ASB Practitioners Forum hosted?")),
    ("When did the wider roll-out of the BCU model begin, and in how many waves?", "parts",
     ("When did the wider roll-out of the BCU model begin?",
      "In how many waves did the wider roll-out of the BCU model begin?")),
    ("When was the initial Memorandum of Understanding agreed, and by whom?", "parts",
     ("When was the initial Memorandum of Understanding agreed?",
      "By whom was the initial Memorandum of Understanding agreed?")),
    ("How long is footage kept for the town centre cameras, and how long for body-worn video?", "parts",
     ("How long is footage kept for the town centre cameras?", "How long is footage kept for body-worn video?")),
    ("When and where is the forum held?", "parts", ("When is the forum held?", "Where is the forum held?")),
    ("Which boroughs and which partners took part in the pilot?", "parts",
     ("Which boroughs took part in the pilot?", "Which partners took part in the pilot?")),
    ("When was the letter sent and to whom?", "parts", ("When was the letter sent?", "To whom was the letter sent?")),
    ("Who signed the stop and search letter and when?", "parts",
     ("Who signed the stop and search letter?", "When was the stop and search letter signed?")),
    # comparisons: the value each side needs, in the question's own measure
    ("Which is worth more, the body worn video contract or the town centre CCTV upgrade?", "bigger",
     ("How much is the body worn video contract worth?", "How much is the town centre CCTV upgrade worth?")),
    ("Which cost more, the pilot or the review?", "bigger", ("How much did the pilot cost?",
                                                             "How much did the review cost?")),
    ("Which came first, the Joint Audit Panel meeting or the hate crime briefing note?", "earlier",
     ("When was the Joint Audit Panel meeting?", "When was the hate crime briefing note written?")),
    # how much more / less
    ("How much more did the body worn video contract cost than the CCTV upgrade?", "difference",
     ("How much did the body worn video contract cost?", "How much did the CCTV upgrade cost?")),
    ("How many more searches were there in Q3 2021 than in Q1 2021?", "difference",
     ("How many searches were there in Q3 2021?", "How many searches were there in Q1 2021?")),
    # two periods: the same question of each
    ("How many officers were there in 2015 and in 2019?", "periods",
     ("How many officers were there in 2015?", "How many officers were there in 2019?")),
    ("How many officers were there in 2015 and 2019?", "periods",
     ("How many officers were there in 2015?", "How many officers were there in 2019?")),
    ("What was the budget for 2019/20 and 2020/21?", "periods",
     ("What was the budget for 2019/20?", "What was the budget for 2020/21?")),
    # a change over a span: the quantity at each end
    ("How much has hate crime risen between 2016/17 and 2021/22?", "change",
     ("How many hate crime were there in 2016/17?", "How many hate crime were there in 2021/22?")),
    ("How did the number of stop and searches change between April 2016 and April 2018?", "change",
     ("How many stop and searches were there in April 2016?", "How many stop and searches were there in April 2018?")),
    ("How much did spending on CCTV fall from 2015 to 2019?", "change",
     ("How much spending on CCTV was there in 2015?", "How much spending on CCTV was there in 2019?")),
    ("How did criminal justice devolution progress between 2017 and 2018?", "change",
     ("How did criminal justice devolution progress in 2017?",
      "How did criminal justice devolution progress in 2018?")),
])
def test_a_question_about_two_things_is_split(question, kind, questions):
    parts = split_question(question)
    assert parts is not None
    assert (parts.kind, parts.questions) == (kind, questions)


@pytest.mark.parametrize("question", [
    "Who is the chair of the Police and Crime Committee?",  # "and" inside a name
    "What did the MPA and the Home Office agree?",  # two bodies doing one thing
    "What are the oldest and the newest documents in the collection?",
    "Which letters were signed by Sophie Linden?",
    "How many stop and searches were done between October and December 2021?",  # one span, not two ends
    "How many searches were there between 2019 and 2021?",  # a total over a span: no change asked
    "What happened between April 2016 and April 2018?",
    "Is the forum held monthly or quarterly?",
    "Which is more important: knife crime or drugs?",
    "Roughly how much has hate crime gone up over the six years?",  # no two periods named
    "Who decides what is funded and how much?",
    # the second question is about the first one's answer: asked as one
    "Who signed the December 2013 letter, and what is her role?",
    "What did the Key Performance Review Meetings replace, and how often are they held?",
    "Who was Deputy Mayor for Policing and Crime in 2013, and who held the post in 2017 and 2020?",
    "When did the Deputy Mayor last brief the Committee, and who came with her?",
    "How much is the contract worth and who has it?",
])
def test_other_questions_stay_whole(question):
    assert split_question(question) is None


def test_a_second_question_that_refers_back_is_detected():
    assert leans_back("Who signed the letter, and what is his job title?")
    assert not leans_back("Who signed the CCTV decision and who signed the stop and search letter?")


def test_the_analysis_carries_the_parts():
    assert analyse("How many officers were there in 2015 and in 2019?").parts == (
        "How many officers were there in 2015?", "How many officers were there in 2019?")
    assert analyse("Who signed A and who signed B?").parts == ("Who signed A?", "Who signed B?")
    assert analyse("Who is the chair of the Police and Crime Committee?").parts == ()


def test_more_or_less_than_asks_which_and_a_time_or_amount_is_no_second_thing():
    from rag.question.parts import split_comparison

    parts = split_comparison("is the whole grant more or less than what the met spent on repairs in 2024/25?")
    assert parts is not None and parts.kind == "bigger" and not parts.yes_no
    assert parts.sides == ("the whole grant", "what the met spent on repairs in 2024/25")
    assert split_comparison("Was the VRU budget more than the LCPF?").yes_no
    assert split_comparison("Is crime less than last year?") is None
    assert split_comparison("Is the fund more than £5m?") is None

"""Comparison questions: splitting into sides, reading values, the combined answer (fast), and on the real corpus."""

import pytest

from rag.answer.assistant import Assistant


@pytest.fixture(scope="module")
def assistant(real_retriever):
    return Assistant(real_retriever)


@pytest.mark.e2e
def test_which_came_first_on_the_real_corpus(assistant):
    ans = assistant.ask("Which came first: the MPA briefing on joint working with councils or MOPAC's letter on "
                        "mental health and policing, and by how long?")
    assert ans.text.startswith("The MPA briefing on joint working with councils came first (16 November 2009) [1], "
                               "4 years and 1 month before")
    assert [(c.doc_id[:3], c.paragraph) for c in ans.citations] == [("002", "header"), ("003", "header")]
    for quote in ans.quotes:  # each quote is the text at its span in the cited file
        passage = ans.citations[quote.citation - 1]
        source = assistant.retriever.document_text(passage.doc_id)[quote.start:quote.end]
        assert " ".join(source.split()) == quote.sentence  # the cleaning joins broken lines


@pytest.mark.e2e
def test_which_was_bigger_on_the_real_corpus(assistant):
    ans = assistant.ask("Which was bigger: Barking and Dagenham's highways spending or the cost of the LCPF "
                        "funding protection?")
    assert ans.short_answer == "Barking and Dagenham's highways spending (£20m)"
    assert ("004", "para 22") in [(c.doc_id[:3], c.paragraph) for c in ans.citations]
    unknown = assistant.ask("Which was bigger: the cost of the LCPF funding protection or the price of a unicorn "
                            "stable?")
    assert unknown.abstained and not unknown.citations


@pytest.mark.e2e
def test_a_yes_no_comparison_on_the_real_corpus(assistant):
    ans = assistant.ask("Were there more Basic Command Units than boroughs?")
    assert ans.text.startswith("No. The number of boroughs was bigger: 32")
    assert ("004", "para 15") in [(c.doc_id[:3], c.paragraph) for c in ans.citations]  # "12 Basic Command Units"


@pytest.mark.e2e
def test_two_questions_asked_together_on_the_real_corpus(assistant):
    ans = assistant.ask("When was the initial Criminal Justice Memorandum of Understanding agreed, and by whom?")
    first, second = (line for line in ans.text.splitlines() if not line.startswith("“"))
    assert first.startswith("When was the initial Criminal Justice Memorandum of Understanding agreed? March 2018")
    assert second.startswith("By whom was the initial Criminal Justice Memorandum of Understanding agreed?")
    assert [(c.doc_id[:3], c.paragraph) for c in ans.citations] == [("004", "para 23")]
    assert [p["question"] for p in ans.trace["parts"]] == [first.split("?")[0] + "?", second.split("?")[0] + "?"]
    whole = assistant.ask("Who signed the December 2013 letter on mental health and policing, and what is her role?")
    assert "parts" not in whole.trace  # "her" is the first part's answer: asked as one question

"""The hand-found confident wrong answers on the bundled letters: now refused, with the reason named."""

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def assistant(real_retriever):
    from rag.answer import Assistant

    return Assistant(real_retriever)


_NOT_YET = "not caught yet: its only unshown words are common in this small collection (not required terms)"


@pytest.mark.parametrize("question", [
    "Who was the borough commander in Sutton in 2009?",
    pytest.param("What is MOPAC's policy on stop and search?", marks=pytest.mark.xfail(strict=True, reason=_NOT_YET)),
    "Who was the Borough Commander for Barking and Dagenham?",  # refused since list passages were indexed
])
def test_confident_wrong_answers_are_refused(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.trace["analysis"]


def test_a_person_not_in_the_collection_is_named(assistant):
    answer = assistant.ask("Who is John Smithers?")
    assert answer.abstained and "John Smithers" in answer.text


def test_filters_that_exclude_everything_say_so(assistant):
    answer = assistant.ask("When was the VRU announced?", filters={"date_from": "2090-01-01"})
    assert answer.abstained and answer.text.startswith("No letters match your filters")


def test_an_answer_never_comes_from_outside_the_date_filter(assistant):
    answer = assistant.ask("When was the VRU announced?", filters={"date_from": "2019-01-01"})
    assert all((c.date or "") >= "2019-01-01" for c in answer.citations)

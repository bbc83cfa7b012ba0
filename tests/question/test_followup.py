"""Follow-up questions borrow the previous question's subject only when they lean on it."""

from rag.question.followup import contextual_query, needs_context
from rag.question.kinds import classify


def test_pronoun_follow_up_gets_the_subject():
    query = contextual_query("And when was it announced?", ["What is the Violence Reduction Unit?"])
    assert "Violence" in query and "Reduction" in query and query.startswith("And when was it announced?")


def test_self_contained_question_is_unchanged():
    q = "How much did the crime-prevention funding protection cost?"
    assert not needs_context(q)
    assert contextual_query(q, ["What is the VRU?"]) == q


def test_question_types():
    assert classify("How much did it cost?").answer == "MONEY"
    assert classify("When was the VRU announced?").answer == "DATE"
    assert classify("How many boroughs are there?").answer == "NUMBER"
    assert classify("Who chairs the board?").answer == "WHO"
    assert classify("What are the aims of the pilot?").answer == "LIST"
    assert classify("Who signed the letter?").metadata == "author"
    assert classify("who approved the fraud victim care decision").metadata == "author"  # its signatory
    assert classify("Who approved the grant?").metadata is None  # names no document
    assert classify("How much funding was approved by the decision?").metadata is None  # an amount, not who
    assert classify("What is the reference number of the letter?").metadata == "reference"
    assert classify("To whom was the letter addressed?").metadata == "recipient"

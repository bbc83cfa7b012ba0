"""The Assistant's question checks: empty, huge, wordless and HTML questions are refused with one message."""

import pytest

from rag.answer.assistant import QuestionError, validate_question


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "type a question"), ("   \n", "type a question"), ("x" * 2001, "2,001 characters"),
     ("?!?! ...", "no words"), ("<script>alert(1)</script>", "plain text")],
)
def test_bad_questions(question, message):
    with pytest.raises(QuestionError, match=message):
        validate_question(question)

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


def test_a_short_answer_is_never_shown_without_its_quote():
    from rag.answer.assistant import without_unquoted_short_answer
    from rag.types import Answer, Quote

    bare = without_unquoted_short_answer(Answer(question="q", text="437.\nSee the table.", citations=[],
                                                abstained=False, short_answer="437"))
    assert bare.short_answer is None and not bare.text.startswith("437.") and bare.notes
    quoted = Answer(question="q", text="437.\n“Total: 437” [1]", citations=[], abstained=False, short_answer="437",
                    quotes=[Quote("Total: 437", 1, 0, 10)])
    assert without_unquoted_short_answer(quoted).short_answer == "437"

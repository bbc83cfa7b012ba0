"""The Assistant on the bundled corpus: short answers, citations, lists, metadata, abstention, bad input."""

import pytest

from rag.answer.assistant import Assistant, QuestionError, validate_question
from rag.answer.chain import check_citations
from rag.types import Answer, Quote


@pytest.fixture(scope="module")
def assistant(real_retriever):
    return Assistant(real_retriever)


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "type a question"), ("   \n", "type a question"), ("x" * 2001, "2,001 characters"),
     ("?!?! ...", "no words"), ("<script>alert(1)</script>", "plain text")],
)
def test_bad_questions(question, message):
    with pytest.raises(QuestionError, match=message):
        validate_question(question)


def test_citation_check_drops_quotes_that_are_not_in_the_cited_passage(real_retriever):
    passage = real_retriever.search("crime prevention funding protection cost", k=1)[0]
    good = Quote(passage.text[:40], 1, passage.start, passage.start + 40)
    forged = Quote("The protection cost £9 billion.", 1, passage.start, passage.start + 10)
    answer = Answer("q", "text [1]", [passage], False, quotes=[good, forged])
    checked = check_citations(answer, real_retriever)
    assert checked.quotes == [good] and checked.notes


def test_warm_up_loads_the_entity_tagger_before_the_first_question(assistant):
    from rag.answer import extractive

    extractive._nlp.cache_clear()
    assistant.warm_up()
    assert extractive._nlp.cache_info().currsize == 1
    answer = assistant.ask("Who leads the Central Partnership team?")
    assert extractive._nlp.cache_info().misses == 1  # the question used the tagger warm_up loaded
    assert not answer.abstained

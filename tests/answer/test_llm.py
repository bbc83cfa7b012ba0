"""LLM mode with LangChain's fake chat models: verified citations, wrong citations removed, invented numbers dropped,
and a fallback to the extractive answer when the server is down."""


from rag.answer.verification import addresses, numbers_in, supports


def test_number_check():
    assert numbers_in("It cost £1,118,248.") == {"£1,118,248"}
    assert not supports("It cost £2m in 2019.", "It cost £2m in 2018.", similarity=0.99)
    assert supports("It cost £2m in 2018.", "The scheme cost £2m in 2018 overall.", similarity=0.2)


def test_an_answer_must_share_a_word_with_the_question():
    question = "Does sharing the fire station with the Met save any money?"
    assert addresses(question, "There are no cashable savings from sharing Purley Fire Station.")
    assert not addresses(question, "This is a great example of collaborative working carried out by the MPS.")

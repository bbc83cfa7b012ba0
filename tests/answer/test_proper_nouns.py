"""A name typed in lower case is still a name (rag.answer.proper_nouns)."""

from rag.answer.proper_nouns import proper_forms, recase
from rag.lexicon import common_words
from rag.question.analysis import analyse

TEXTS = ["The panel met at the hall in Pelham Vale on Tuesday. Residents of Pelham Vale asked about Taser use in "
         "Brackenfield, and the met said little. The Met replied. The Government, and London Councils, wrote to "
         "Zorvath Akinola for the residents."]


def test_words_written_with_a_capital_inside_sentences_are_proper():
    forms = proper_forms(TEXTS)
    assert {"pelham", "taser", "brackenfield", "akinola", "zorvath"} <= set(forms)
    assert "met" not in forms  # written in lower case too
    assert "residents" not in forms  # its capital is only a sentence's first letter
    # everyday words a collection's style capitalises are not names in a question
    assert {"government", "councils", "vale", "tuesday"} & set(forms) == set()
    assert {"government", "councils", "vale"} <= common_words()


def test_a_lower_case_question_names_them():
    forms = proper_forms(TEXTS)
    cased = recase("what's the taser rate in brackenfield, says the government", forms)
    assert cased == "what's the Taser rate in Brackenfield, says the government"
    assert "Brackenfield" in {t.text for t in analyse(cased).terms}


def test_an_unknown_word_beside_a_name_belongs_to_it():
    forms = proper_forms(TEXTS)
    known = {"what", "did", "report", "zorvath"}.__contains__
    assert recase("what did zorvath achebe report", forms, known) == "what did Zorvath Achebe report"
    others = {word: form for word, form in forms.items() if word != "zorvath"}
    assert recase("what did zorvath achebe report", others, known) == "what did zorvath achebe report"


def test_everyday_words_beside_a_name_stay_words():
    forms = proper_forms(TEXTS)
    assert recase("how many times did officers in brackenfield actually fire a taser", forms, lambda w: False) == \
        "how many times did officers in Brackenfield actually fire a Taser"


def test_a_contraction_never_joins_a_name() -> None:
    forms = {"requester": "Requester"}
    known = {"happy", "answer"}.__contains__
    assert recase("if the requester isn't happy", forms, known) == "if the Requester isn't happy"


def test_v_or_vs_between_two_names_sets_them_apart() -> None:
    forms = {"pelham": "Pelham", "brackenfield": "Brackenfield"}
    for between in ("v", "vs"):
        cased = recase(f"taser uses - pelham {between} brackenfield?", forms, lambda word: False)
        assert cased == f"taser uses - Pelham {between} Brackenfield?"
        assert {t.text for t in analyse(cased).terms} >= {"Pelham", "Brackenfield"}

"""Questions and filters are refused with a message naming the problem; one feedback row per answer."""

import json

import pytest

from rag.answer.assistant import QuestionError
from rag.types import Answer, DocumentMeta
from rag.ui.filters import NO_MATCH, FilterError, check_filters, chip_labels, matching_letters, parse_date
from rag.ui.handlers import letter_view
from rag.ui.questions import NOT_ENGLISH, check_question
from rag.ui.ratings import save_rating

DOCS = {"a.txt": DocumentMeta("a.txt", "Knife crime funding", "2021-03-03"),
        "b.txt": DocumentMeta("b.txt", "Partnership working in boroughs", "2015-06-12")}


@pytest.mark.parametrize("bad", ["01/01/2019", "2019-02-30", "2019-13-01", "junk", "2019-1-1"])
def test_bad_dates_are_refused_with_a_message(bad):
    with pytest.raises(FilterError, match="not"):
        parse_date(bad, "from")


def test_good_dates_and_blank_are_accepted():
    assert parse_date(" 2019-02-28 ", "from") == "2019-02-28"
    assert parse_date("", "to") is None


def test_reversed_dates_and_unknown_letters_are_refused():
    with pytest.raises(FilterError, match="after"):
        check_filters([], "2020-01-01", "2019-01-01", DOCS)
    with pytest.raises(FilterError, match="no longer in the collection"):
        check_filters(["gone.txt"], "", "", DOCS)


def test_filters_that_exclude_every_letter_are_detected_before_asking():
    assert matching_letters(check_filters([], "2030-01-01", "", DOCS), DOCS) == []
    assert matching_letters(check_filters(["b.txt"], "2015-01-01", "2016-01-01", DOCS), DOCS) == ["b.txt"]
    assert "No letters match" in NO_MATCH


def test_active_filters_become_chips():
    chips = chip_labels(check_filters(["a.txt"], "2019-01-01", "", DOCS), DOCS)
    assert chips == {"documents": "Letters: Knife crime funding", "date_from": "From 2019-01-01"}


def test_an_img_question_is_told_about_img_not_script():
    with pytest.raises(QuestionError) as exc:
        check_question('<img src=x onerror="alert(1)"> burglary')
    assert "<img>" in str(exc.value) and "script" not in str(exc.value)


@pytest.mark.parametrize("question", ["ما هي ميزانية الشرطة في لندن؟", "Какой бюджет полиции?",
                                      "伦敦警察的预算是多少？"])
def test_a_question_in_another_script_is_asked_to_use_english(question):
    with pytest.raises(QuestionError, match=NOT_ENGLISH):
        check_question(question)


def test_english_with_accents_or_a_foreign_name_is_fine():
    assert check_question("  What did the café owners in Tōkyō say about Zürich?  ").startswith("What did")
    assert check_question("Who wrote about the Москва visit and knife crime funding in London?")


def test_rerating_replaces_the_row_instead_of_adding_one(tmp_path):
    path = tmp_path / "feedback.jsonl"
    answer = Answer(question="q", text="a", citations=[], abstained=False)
    save_rating(answer, "id1", "up", "", path=path)
    save_rating(Answer(question="q2", text="b", citations=[], abstained=False), "id2", "up", "", path=path)
    save_rating(answer, "id1", "down", "wrong letter", path=path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(r["answer_id"], r["rating"], r["comment"]) for r in rows] == [("id2", "up", ""),
                                                                           ("id1", "down", "wrong letter")]


class _Gone:
    documents: dict = {}


def test_a_letter_removed_after_the_answer_is_no_longer_in_the_collection():
    assert "This letter is no longer in the collection" in letter_view(_Gone(), "a.txt", 1, 2)

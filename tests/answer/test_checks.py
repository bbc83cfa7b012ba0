"""General evidence checks: coverage of specific terms, periods, unknown terms."""

from rag.answer.checks import Evidence, missing_terms, not_mentioned, period_mismatch
from rag.question.analysis import analyse
from rag.types import DocumentMeta, Passage


def _evidence(sentence: str, paragraph: str | None = None, date: str = "2019-05-01") -> Evidence:
    text = paragraph or sentence
    passage = Passage(text=text, doc_id="a.txt", title="A letter", date=date, paragraph="¶1", start=0,
                      end=len(text))
    return Evidence(sentence, passage, DocumentMeta("a.txt", "A letter", date))


def test_a_term_no_evidence_shows_is_missing():
    a = analyse("Who was the borough commander in Sutton?")
    assert [t.text for t in missing_terms(a.terms, [_evidence("Transport for London attends.")], {})] == ["Sutton"]
    assert missing_terms(a.terms, [_evidence("In Sutton the commander is Jo Bloggs.")], {}) == []


def test_an_acronym_and_its_expansion_count_as_one():
    a = analyse("Who chairs the VRU?")
    assert missing_terms(a.terms, [_evidence("The Violence Reduction Unit is chaired by X.")],
                         {"VRU": "Violence Reduction Unit"}) == []


def test_a_count_for_another_year_does_not_answer():
    a = analyse("How many hate crimes were recorded in 2022/23?")
    assert period_mismatch(a, _evidence("In 2021/22 there were 512 hate crimes.")) is not None
    assert period_mismatch(a, _evidence("In 2022/23 there were 540 hate crimes.")) is None


def test_june_2019_never_answers_june_2018():
    a = analyse("How many bikes were recovered in June 2018?")
    assert period_mismatch(a, _evidence("In June 2019, 45 bikes were recovered.")) is not None


def test_the_unknown_term_is_named():
    a = analyse("Who is John Smithers?", lambda s: 0)
    assert "John Smithers" in not_mentioned(a)

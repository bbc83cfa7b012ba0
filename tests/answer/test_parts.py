"""Answering a question in parts: each part's answer and citation kept, changes computed from two cited values,
a part without evidence named, which-came-first dated by each named document's own date."""

from rag.answer.parts import answer_in_parts, change_line, document_date_answer, listed_answer, named_document
from rag.question.parts import split_question
from rag.types import Answer, DocumentMeta, Passage, Quote


def _answer(value: str, sentence: str, doc: str, label: str = "¶1") -> Answer:
    passage = Passage(text=sentence, doc_id=doc, title=doc, date="2020-01-01", paragraph=label, start=0,
                      end=len(sentence), score=1.0, chunk_id=f"{doc}:{label}")
    return Answer(question="q", text=f"{value}.\n“{sentence}” [1]", citations=[passage], abstained=False,
                  short_answer=value, quotes=[Quote(sentence, 1, 0, len(sentence))], confidence=0.6,
                  trace={"strategy": "ranked_sentences"})


def _nothing() -> Answer:
    return Answer(question="q", text="The documents don't say.", citations=[], abstained=True,
                  trace={"strategy": "ranked_sentences"})


def test_each_part_keeps_its_answer_and_its_own_citation():
    parts = split_question("Who signed the decision and who signed the letter?")
    answers = {"Who signed the decision?": _answer("Shauna Ellery", "Signed: Shauna Ellery.", "a.docx"),
               "Who signed the letter?": _answer("Owen Pritchard", "Yours, Owen Pritchard.", "b.docx")}
    ans = answer_in_parts("q", parts, answers.__getitem__, _nothing)
    assert not ans.abstained
    assert ans.text.splitlines()[0] == "Who signed the decision? Shauna Ellery."
    assert "Who signed the letter? Owen Pritchard.\n“Yours, Owen Pritchard.” [2]" in ans.text
    assert [c.doc_id for c in ans.citations] == ["a.docx", "b.docx"]
    assert [(q.sentence, q.citation) for q in ans.quotes] == [("Signed: Shauna Ellery.", 1),
                                                             ("Yours, Owen Pritchard.", 2)]
    assert ans.trace["strategy"] == "parts (parts)"
    assert [p["question"] for p in ans.trace["parts"]] == list(parts.questions)
    assert [p["strategy"] for p in ans.trace["parts"]] == ["ranked_sentences", "ranked_sentences"]


def test_a_part_without_evidence_is_named_and_the_other_still_given():
    ans = listed_answer("q", ["Who signed A?", "Who signed B?"],
                        [_nothing(), _answer("Owen Pritchard", "Yours, Owen Pritchard.", "b.docx")])
    assert not ans.abstained and ans.short_answer is None
    assert "Who signed A? The documents don't say." in ans.text
    assert "Who signed B? Owen Pritchard.\n“Yours, Owen Pritchard.” [1]" in ans.text
    assert [c.doc_id for c in ans.citations] == ["b.docx"]
    assert any("Who signed A?" in n for n in ans.notes)
    both_missing = listed_answer("q", ["Who signed A?", "Who signed B?"], [_nothing(), _nothing()])
    assert both_missing.abstained and both_missing.citations == []


def test_a_change_is_computed_from_the_two_cited_values_and_shows_both():
    parts = split_question("How many officers were there in 2015 and in 2019?")
    answers = {parts.questions[0]: _answer("1,200", "In 2015 there were 1,200 officers.", "a.txt"),
               parts.questions[1]: _answer("1,500", "In 2019 there were 1,500 officers.", "b.txt")}
    ans = answer_in_parts("q", parts, answers.__getitem__, _nothing)
    assert ans.text.splitlines()[0] == "From 1,200 in 2015 [1] to 1,500 in 2019 [2]: a rise of 300 (+25%)."
    assert "In 2015: 1,200." in ans.text and "In 2019: 1,500." in ans.text


def test_values_of_different_units_are_not_subtracted():
    assert change_line("£2m", "12%", 2e6, 12) is None
    assert change_line("20%", "25%", 20, 25) == "a rise of 5 percentage points"
    assert change_line("£2m", "£1.5m", 2e6, 1.5e6) == "a fall of £500,000 (-25%)"


def test_a_change_with_a_missing_end_is_asked_as_it_stands():
    parts = split_question("How much has hate crime risen between 2016/17 and 2021/22?")
    whole = _answer("38 per cent", "Hate crime rose by 38 per cent.", "c.txt")
    answers = {parts.questions[0]: _nothing(), parts.questions[1]: _answer("1,400", "1,400 crimes.", "c.txt")}
    assert answer_in_parts("q", parts, answers.__getitem__, lambda: whole) is whole


def _meta(doc_id: str, title: str, date: str, doc_type: str = "") -> DocumentMeta:
    return DocumentMeta(doc_id=doc_id, title=title, date=date, doc_type=doc_type)


DOCUMENTS = {"m.md": _meta("m.md", "Joint Audit Panel", "2022-03-15", "minutes"),
             "h.txt": _meta("h.txt", "Recorded hate crime in the borough", "2022-09-14", "briefing note"),
             "p.docx": _meta("p.docx", "Letter on the draft Police and Crime Plan", "2017-03-17", "letter")}


def test_a_side_naming_a_document_is_dated_by_the_document():
    assert named_document("the Joint Audit Panel meeting", DOCUMENTS) == "m.md"
    assert named_document("the hate crime briefing note", DOCUMENTS) == "h.txt"
    assert named_document("the letter on the draft Police and Crime Plan", DOCUMENTS) == "p.docx"
    # events and sides that are not called documents are asked about, not dated by a document
    assert named_document("the final Police and Crime Plan was published", DOCUMENTS) is None
    assert named_document("the Joint Audit Panel", DOCUMENTS) is None
    assert named_document("the knife crime report", DOCUMENTS) is None  # no document has "knife"
    assert named_document("the hate crime briefing note", DOCUMENTS, lambda d, date: d != "h.txt") is None


def test_the_document_date_is_quoted_from_the_document():
    text = "Joint Audit Panel\nMinutes of the meeting held on Tuesday 15 March 2022.\nNext meeting: June 2022."
    header = Passage(text=text, doc_id="m.md", title="Joint Audit Panel", date="2022-03-15", paragraph="header",
                     start=0, end=len(text), chunk_id="m.md:header", kind="header")
    ans = document_date_answer("the meeting", "m.md", DOCUMENTS["m.md"], [header], text)
    assert ans is not None and ans.short_answer == "15 March 2022"
    assert "15 March 2022" in ans.quotes[0].sentence and ans.citations == [header]
    quoted = ans.quotes[0]
    assert text[quoted.start:quoted.end] == quoted.sentence


def test_a_sentence_quoted_for_one_part_is_not_quoted_again_for_the_next():
    sentence = "The roll-out began in June 2018 and involved three main waves."
    ans = listed_answer("q", ["When did it begin?", "In how many waves?"],
                        [_answer("June 2018", sentence, "r.txt"), _answer("three", sentence, "r.txt")])
    assert ans.text == f"When did it begin? June 2018.\n“{sentence}” [1]\nIn how many waves? three [1]."
    assert len(ans.citations) == 1 and len(ans.quotes) == 1


def test_a_change_without_two_values_is_asked_as_it_stands():
    parts = split_question("How did criminal justice devolution progress between 2017 and 2018?")
    whole = _answer("", "Devolution progressed: an MoU was agreed in March 2018.", "c.txt")
    answers = {parts.questions[0]: _answer("", "Talks began in 2017.", "a.txt"),
               parts.questions[1]: _answer("", "An MoU was agreed in 2018.", "b.txt")}
    assert answer_in_parts("q", parts, answers.__getitem__, lambda: whole) is whole
    periods = split_question("What did the Mayor say in 2017 and in 2018?")
    said = dict(zip(periods.questions, answers.values()))
    listed = answer_in_parts("q", periods, said.__getitem__, lambda: whole)  # not a change: each period's answer
    assert listed is not whole and "In 2017:" in listed.text and "In 2018:" in listed.text


def test_a_part_about_something_the_documents_never_mention_says_so():
    unknown = Answer(question="q", abstained=True, citations=[],
                     text="The documents don't mention “Unicorn Unit”: no indexed letter uses that name.")
    ans = listed_answer("q", ["Who leads the Unicorn Unit?", "Who signed B?"],
                        [unknown, _answer("Owen Pritchard", "Yours, Owen Pritchard.", "b.docx")])
    assert ans.text.startswith("Who leads the Unicorn Unit? The documents don't mention “Unicorn Unit”.\n")

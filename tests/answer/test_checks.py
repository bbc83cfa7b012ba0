"""General evidence checks: coverage of specific terms, periods, unknown terms."""

import pytest

from rag.answer.checks import Evidence, missing_terms, not_mentioned, period_mismatch, required_terms
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


def _evidence_under(heading: str, sentence: str, paragraph: str | None = None, date: str = "2023-05-03") -> Evidence:
    text = paragraph or sentence
    passage = Passage(text=text, doc_id="a.txt", title="A page", date=date, paragraph="¶1", start=0, end=len(text),
                      heading=heading)
    return Evidence(sentence, passage, DocumentMeta("a.txt", "A page", date))


class _Collection:
    """What required_terms reads of a retriever: passage counts per stem and the passages."""

    def __init__(self, frequencies: dict[str, int], passages: int):
        self.document_frequency = lambda stem: frequencies.get(stem, 0)
        self.chunks = [None] * passages


def test_a_sibling_name_does_not_stand_in_for_the_one_asked():
    a = analyse("Who is the Borough Commander for the South West BCU?")
    sibling = _evidence("Borough Commander, North West Basic Command Unit")
    assert "South West BCU" in [t.text for t in missing_terms(a.terms, [sibling], {"BCU": "Basic Command Unit"})]
    same = _evidence("Borough Commander, South West Basic Command Unit")
    assert missing_terms(a.terms, [same], {"BCU": "Basic Command Unit"}) == []


def test_only_the_words_most_passages_use_may_be_missing_from_a_name():
    a = analyse("What does the London Violence Reduction Unit do?")
    collection = _Collection({"london": 90, "violenc": 4, "reduct": 4, "unit": 3}, passages=100)
    terms = required_terms(a, collection)
    assert [sorted(t.stems) for t in terms] == [["reduct", "unit", "violenc"]]
    assert missing_terms(terms, [_evidence("The Violence Reduction Unit works with boroughs.")], {}) == []
    assert missing_terms(terms, [_evidence("The Violence Unit works with boroughs.")], {}) != []


def test_a_figure_that_qualifies_the_subject_must_show():
    a = analyse("What percentage of special constables are under 25?")
    assert [t.text for t in a.terms if t.kind == "number"] == ["25"]
    shown = missing_terms(a.terms, [_evidence("38 per cent of special constables were from minority groups.")], {})
    assert [t.text for t in shown] == ["25"]
    assert not [t for t in analyse("What did R 2 ask for?").terms if t.kind == "number"]  # a label, not a figure


def test_a_month_outside_the_months_a_table_covers_is_not_answered():
    a = analyse("How many bikes were recovered in May 2023?")
    row = _evidence_under("Operation Spokeshave, January to April 2023", "Month: Total; Bikes recovered: 437")
    assert period_mismatch(a, row) is not None  # published in May, about January to April
    inside = analyse("How many bikes were recovered in February 2023?")
    assert period_mismatch(inside, row) is None


def test_the_document_date_answers_for_a_passage_silent_on_periods():
    a = analyse("What did the letter of May 2023 promise?")
    assert period_mismatch(a, _evidence_under("", "We will publish the results.")) is None


def test_a_paragraph_on_the_year_before_does_not_answer_a_financial_year():
    a = analyse("What is planning materiality for the 2022/23 external audit?")
    paragraph = ("Planning materiality had been set at £38.5 million. The proposed audit fee for 2021/22 was "
                 "£142,500.")
    minutes = _evidence_under("", "Planning materiality had been set at £38.5 million.", paragraph, "2022-03-15")
    assert period_mismatch(a, minutes) is not None
    silent = _evidence_under("", "Planning materiality had been set at £38.5 million.", date="2022-03-15")
    assert period_mismatch(a, silent) is None  # written in the year the period starts: it speaks for it


def test_another_event_in_the_paragraph_does_not_hide_the_document_date():
    a = analyse("Who was going to address the Committee in December 2018?")
    paragraph = "Sophie Linden will address the Committee. She gave an earlier briefing in October 2017."
    letter = _evidence_under("", "Sophie Linden will address the Committee.", paragraph, "2018-12-04")
    assert period_mismatch(a, letter) is None


def test_a_title_pairing_two_names_does_not_show_the_one_the_passage_leaves_out():
    from rag.answer.checks import Evidence, missing_terms
    from rag.question.analysis import Term
    from rag.types import DocumentMeta, Passage

    meta = DocumentMeta(doc_id="g.docx", title="Pathfinder Grant - Brackenfield and Corrington 2031", date=None)
    about_one = Passage("38 per cent of children cautioned in Brackenfield reoffended.", "g.docx", meta.title, None,
                        "¶2", 0, 10)
    about_both = about_one._replace(text="The two boroughs share one youth offending service.")
    corrington = Term("Corrington", "name", frozenset({"corrington"}))
    assert missing_terms([corrington], [Evidence(about_one.text, about_one, meta)], {}) == [corrington]
    assert missing_terms([corrington], [Evidence(about_both.text, about_both, meta)], {}) == []


def test_a_financial_year_is_not_matched_by_months_outside_it():
    a = analyse("how much is budgeted for caseworkers in 2028/29?")
    sentence = "approve expenditure of up to £1,372,000 to extend the service from 1 April 2026 to 31 March 2028;"
    # the title's years ("2026-2028") reach 2028, but the sentence's own months say which years it covers
    title = _evidence_under("Service extension 2026-2028", sentence, date="2026-03-24")
    assert period_mismatch(a, title) is not None
    inside = _evidence_under("", "Caseworkers will cost £560,000 from April 2028 to March 2029.", date="2026-03-24")
    assert period_mismatch(a, inside) is None


def test_an_acronym_is_shown_by_a_reference_or_by_initials_in_any_case() -> None:
    from rag.ingest.acronyms import spells

    assert spells("ICV", "Reference: ICV/KM/AR/2025")
    assert spells("ICV", "Independent Custody Visiting Scheme")
    assert spells("NTE", "welfare hubs in the night-time economy")
    assert spells("MOU", "a Memorandum of Understanding")  # "of" gives its letter ...
    assert spells("MOPAC", "Mayor's Office for Policing and Crime")  # ... or is skipped
    assert spells("ICVs", "the ICV said")
    assert not spells("NTE", "the new team")
    assert not spells("NTE", "night patrols in the town economy")  # the words must follow one another
    # everyday lower-case words spell nothing (only a phrase with a hyphenated word may be written so)
    assert not spells("CPS", "the Care CIC pilot") and not spells("DWP", "detainees were present")
    assert spells("ASB", "anti-social behaviour") and not spells("BCU", "the basic command unit")
    assert not spells("TXZ", "T " + "the and " * 2000)  # bounded work (no recursion) on a run of connectors


def test_a_paragraph_is_read_with_its_document_s_opening_and_a_sign_off_with_its_header() -> None:
    from rag.answer.checks import context_of, leaned_on

    def p(text: str, kind: str, n: int) -> Passage:
        return Passage(text, "f.txt", "Letter to Requester", None, f"¶{n}", n * 100, n * 100 + 50, kind=kind,
                       chunk_id=f"f#{n}")

    own = [p("Freedom of Information Request 01/FOI/26/1", "header", 0),
           p("I note you seek information about collisions involving MPS vehicles in Kingsmere BCU.", "body", 1),
           p("Response 3:", "body", 2), p("The MPS paid £1,184,600 for these collisions.", "body", 3),
           p("Signed: Grace Odunsi", "signature", 4), p("Response 4:", "body", 5),
           p("Officers drove 2,000 miles on blue lights.", "body", 6)]

    class Collection:
        def passages(self, doc_id: str) -> list[Passage]:
            return own

    assert "Kingsmere" in context_of(own[3], Collection())  # "these collisions" are Kingsmere's
    assert "Kingsmere" not in context_of(own[6], Collection())  # it points back to nothing
    assert leaned_on(own[4], Collection()) == own[0].text  # a sign-off stands for its document
    terms = [t for t in analyse("how much compo was paid for Kingsmere collisions").terms if t.kind == "name"]
    evidence = Evidence("", own[3], DocumentMeta("f.txt", "Letter to Requester"), context_of(own[3], Collection()))
    assert missing_terms(terms, [evidence], {}) == []
    assert [t.text for t in missing_terms(terms, [Evidence("", own[3], None)], {})] == ["Kingsmere"]


def test_a_sentence_naming_the_partner_instead_does_not_answer_for_the_asked_name():
    from rag.answer.checks import partner_instead
    from rag.index.lexical import tokenize
    from rag.question.analysis import Term

    meta = DocumentMeta(doc_id="b.md", title="Shop theft in Kelbrook and Ashmere: briefing", date=None)
    paragraph = "Ashmere's partnership shares images of offenders. In Kelbrook, only 46 shops have linked CCTV."
    passage = Passage(paragraph, "b.md", meta.title, None, "¶4", 0, len(paragraph))
    ashmere = Term("ashmere", "name", frozenset(tokenize("ashmere")))  # typed in lower case, as staff do
    kelbrook_only = Evidence("In Kelbrook, only 46 shops have linked CCTV.", passage, meta)
    assert partner_instead(ashmere, kelbrook_only)
    assert not partner_instead(ashmere, Evidence("Ashmere's partnership shares images of offenders.", passage, meta))
    # a sentence naming both, or neither, is not about the partner instead
    both = Evidence("Kelbrook has 46 linked shops and Ashmere 118.", passage, meta)
    assert not partner_instead(ashmere, both)
    assert not partner_instead(ashmere, Evidence("Most shops report thefts online.", passage, meta))


@pytest.mark.parametrize("sentence, paragraph, title, expected", [
    # everyday capitalised words joined to the name are no partner
    ("Overall, 118 shop thefts were recorded.", "Overall, Ashmere saw thefts fall. Overall, 118 shop thefts were "
     "recorded.", "A briefing", False),
    ("The Chief Constable has approved 118 cameras.", "x", "Letter from the Chief Constable, Ashmere Police", False),
    ("The Council funds 30 wardens.", "The Council and Ashmere Police fund it. The Council funds 30 wardens.",
     "A briefing", False),
    # a partner is found in title case and next to other title words
    ("In Kelbrook, 46 shops.", "x", "Ashmere and Kelbrook Shop Theft Briefing", True),
    ("In Kelbrook, 46 shops.", "x", "Shop Theft In Kelbrook And Ashmere", True),
])
def test_a_partner_is_a_name_not_an_everyday_word(sentence, paragraph, title, expected):
    from rag.answer.checks import partner_instead
    from rag.index.lexical import tokenize
    from rag.question.analysis import Term

    meta = DocumentMeta(doc_id="b.md", title=title, date=None)
    passage = Passage(paragraph, "b.md", title, None, "¶1", 0, len(paragraph))
    ashmere = Term("ashmere", "name", frozenset(tokenize("ashmere")))
    assert partner_instead(ashmere, Evidence(sentence, passage, meta)) is expected


def test_a_refusal_for_a_partner_says_so():
    from rag.answer.checks import not_shown
    from rag.question.analysis import Term

    message = not_shown("how many ashmere shops?", [], None, [Term("ashmere", "name", frozenset({"ashmer"}))])
    assert "another place or body than “ashmere”" in message and "mentions" not in message

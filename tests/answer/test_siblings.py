"""A list item's value answers only a question that names what tells the item apart (rag.answer.siblings)."""

from rag.answer.siblings import names_item, opening, own_words
from rag.types import Passage


def _item(text: str, n: int) -> Passage:
    return Passage(text, "d", "Inspection", None, f"¶{n}", n * 100, n * 100 + len(text), kind="list_item",
                   chunk_id=f"c{n}")


LEAD = Passage("The inspectors found that:", "d", "Inspection", None, "¶1", 0, 26, chunk_id="c1")
ITEMS = [_item("Violent crime was recorded accurately in an estimated 86.1 per cent of cases.", 2),
         _item("Sexual offences were recorded more accurately, at an estimated 92.7 per cent.", 3),
         _item("Around 4,000 rape reports were reviewed by the audit team.", 4)]


def test_the_opening_stops_at_the_first_figure():
    assert opening("Around 4,000 rape reports were reviewed by the audit team.") == "Around"
    assert opening("Violent crime was recorded accurately in an estimated 86.1 per cent") == \
        "Violent crime was recorded accurately in an estimated"


def test_an_items_own_words_are_those_no_sibling_opens_with():
    own = own_words(ITEMS[0], ITEMS, LEAD)
    assert {"violent", "crime"} <= own
    assert "record" not in own  # shared with the sexual offences item


def test_a_question_naming_another_subject_is_not_answered_by_the_item():
    question = "What was the recording accuracy for anti-social behaviour incidents?"
    assert not names_item(question, ITEMS[0], ITEMS, LEAD)
    assert not names_item(question, ITEMS[1], ITEMS, LEAD)


def test_a_question_naming_the_items_subject_is():
    assert names_item("How accurately was violent crime recorded?", ITEMS[0], ITEMS, LEAD)
    assert names_item("What was the accuracy for sexual offences?", ITEMS[1], ITEMS, LEAD)


def test_an_acronym_names_its_expansion():
    items = [_item("Anti-social behaviour reports fell by 12 per cent.", 2),
             _item("Burglary reports fell by 3 per cent.", 3)]
    acronyms = {"ASB": "anti-social behaviour"}
    assert names_item("How much did ASB reports fall?", items[0], items, None, acronyms)
    assert not names_item("How much did ASB reports fall?", items[1], items, None, acronyms)


def test_an_item_without_siblings_or_own_words_passes():
    assert names_item("What was the accuracy for fraud?", ITEMS[0], ITEMS[:1], LEAD)
    same = [_item("Recorded 12 per cent.", 2), _item("Recorded 14 per cent.", 3)]
    assert names_item("What was the accuracy for fraud?", same[0], same, None)


def test_the_sibling_check_is_limited_to_lists_of_parallel_values():
    """In the answerer, an item alone in its list in giving a figure needs no naming (rag.answer.extractive)."""
    from rag.answer.extractive import _names_its_item
    from rag.question.kinds import classify

    class Lists:  # the retriever calls _names_its_item needs: a document's paragraphs and passages
        documents = ("d",)

        def __init__(self, items):
            self.items = items
            self.index_version = "siblings-test-" + "|".join(p.text for p in items)

        def document_text(self, doc_id):
            return " ".join(p.text for p in self.passages(doc_id))

        def paragraphs(self, doc_id):
            from rag.types import Paragraph
            return [Paragraph(LEAD.paragraph, LEAD.start, LEAD.end, LEAD.text)] + [
                Paragraph(p.paragraph, p.start, p.end, p.text, kind="list_item", lead_in=LEAD.paragraph)
                for p in self.items]

        def passages(self, doc_id):
            return [LEAD, *self.items]

    question = "When was the review board formed?"
    parallel = [_item("The review board met on 3 March 2021 and agreed its terms.", 2),
                _item("The scrutiny panel met on 9 June 2021 to agree its plan.", 3)]
    alone = [_item("The scrutiny panel met on 9 June 2021 to agree its plan.", 2),
             _item("The review board agreed its terms.", 3)]
    asked = classify(question)
    assert _names_its_item(question, asked, parallel[1], Lists(parallel), None) is False
    assert _names_its_item(question, asked, alone[0], Lists(alone), None) is True

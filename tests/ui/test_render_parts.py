"""The chat shows an answer in parts: every part's citations and sources, and the parts in Why this answer."""

from rag.types import Answer, Passage, Quote
from rag.ui.render import turn_html


def test_an_answer_in_parts_shows_every_part_with_its_own_sources_and_the_parts_in_why():
    from rag.answer.parts import listed_answer

    def part(name: str, doc: str) -> Answer:
        sentence = f"Signed by {name}."
        passage = Passage(text=sentence, doc_id=doc, title=doc, date="2021-01-01", paragraph="signature", start=0,
                          end=len(sentence), chunk_id=f"{doc}:signature")
        return Answer(question="q", text=f"{name}.\n“{sentence}” [1]", citations=[passage], abstained=False,
                      short_answer=name, quotes=[Quote(sentence, 1, 0, len(sentence))])

    answer = listed_answer("Who signed A and who signed B?", ["Who signed A?", "Who signed B?"],
                           [part("Ann Lee", "a.docx"), part("Bo Chan", "b.docx")])
    answer.trace = {"strategy": "parts (parts)", "parts": [
        {"question": "Who signed A?", "strategy": "letter_metadata", "abstained": False, "trace": {}},
        {"question": "Who signed B?", "strategy": "letter_metadata", "abstained": False, "trace": {}}]}
    html = turn_html("Who signed A and who signed B?", answer)
    assert html.count('class="cite"') == 2 and 'data-doc="a.docx"' in html and 'data-doc="b.docx"' in html
    assert html.count('class="source"') == 2
    assert "part 1: Who signed A? -&gt; answered by letter_metadata" in html

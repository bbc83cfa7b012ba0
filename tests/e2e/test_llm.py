"""LLM mode with LangChain's fake chat models: verified citations, wrong citations removed, invented numbers dropped,
and a fallback to the extractive answer when the server is down."""

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from rag.answer.assistant import Assistant

Q = "How much did the crime-prevention funding protection cost?"


def _assistant(retriever, reply):
    model = GenericFakeChatModel(messages=iter([AIMessage(content=reply)]))
    return Assistant(retriever, mode="llm", chat_model=model)


def _number_of(retriever, label):
    hits = retriever.search(Q, k=6)
    return [p.paragraph for p in hits].index(label) + 1


@pytest.mark.e2e
def test_supported_sentence_keeps_its_citation(real_retriever):
    n = _number_of(real_retriever, "para 22")
    ans = _assistant(real_retriever, f"The protection cost £1,118,248, from the co-commissioning budget [{n}].").ask(Q)
    assert ans.mode == "llm" and not ans.abstained
    assert [p.paragraph for p in ans.citations] == ["para 22"]
    assert "£1,118,248" in ans.text and "[1]" in ans.text


@pytest.mark.e2e
def test_wrong_paragraph_citation_is_removed(real_retriever):
    wrong = next(i for i, p in enumerate(real_retriever.search(Q, k=6), 1) if "£1,118,248" not in p.text)
    ans = _assistant(real_retriever, f"The protection cost £1,118,248 [{wrong}].").ask(Q)
    assert all("£1,118,248" in p.text for p in ans.citations)  # never cites a paragraph without the figure
    assert any("removed citation" in note or "unsupported" in note or "fallback" in note.lower()
               for note in ans.notes)


@pytest.mark.e2e
def test_invented_number_is_dropped_and_extractive_answer_shown(real_retriever):
    n = _number_of(real_retriever, "para 22")
    ans = _assistant(real_retriever, f"The protection cost £2,500,000 [{n}].").ask(Q)
    assert "£2,500,000" not in ans.text
    assert ans.mode.startswith("extractive")
    assert "£1,118,248" in ans.text


@pytest.mark.e2e
def test_server_down_falls_back(real_retriever, monkeypatch):
    monkeypatch.setenv("RAG_LLM_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens on port 9
    monkeypatch.setenv("RAG_LLM_TIMEOUT", "2")
    ans = Assistant(real_retriever, mode="llm").ask(Q)
    assert ans.mode.startswith("extractive") and "£1,118,248" in ans.text
    assert any("LLM failed" in note for note in ans.notes)


@pytest.mark.e2e
def test_stream_yields_growing_drafts_then_the_verified_answer(real_retriever):
    n = _number_of(real_retriever, "para 22")
    reply = f"The protection cost £1,118,248, from the co-commissioning budget [{n}]."
    items = list(_assistant(real_retriever, reply).stream(Q))
    drafts, final = items[:-1], items[-1]
    assert len(drafts) > 2 and all(isinstance(d, str) for d in drafts)  # the fake model streams word by word
    assert all(later.startswith(earlier) for earlier, later in zip(drafts, drafts[1:]))
    assert drafts[-1] == reply
    assert final.mode == "llm" and [p.paragraph for p in final.citations] == ["para 22"]


@pytest.mark.e2e
def test_stream_rejects_an_empty_question_before_any_work(real_retriever):
    from rag.answer.assistant import QuestionError

    with pytest.raises(QuestionError):
        list(_assistant(real_retriever, "unused").stream("   "))


@pytest.mark.e2e
def test_a_comparison_offers_the_model_both_sides(real_retriever):
    from rag.answer.llm import evidence_for

    q = ("Which came first: the MPA briefing on joint working with councils or MOPAC's letter on mental health "
         "and policing?")
    offered = evidence_for(real_retriever, q, None)
    assert {p.doc_id[:3] for p in offered[:2]} == {"002", "003"}  # each side's best paragraph leads
    briefing = next(i for i, p in enumerate(offered, 1) if p.doc_id.startswith("002") and p.kind == "header")
    letter = next(i for i, p in enumerate(offered, 1) if p.doc_id.startswith("003") and p.kind == "header")
    reply = (f"The MPA briefing is dated 16 November 2009 [{briefing}]. "
             f"MOPAC's letter on mental health is dated 20 December 2013 [{letter}].")
    ans = _assistant(real_retriever, reply).ask(q)
    assert ans.mode == "llm"
    assert {p.doc_id[:3] for p in ans.citations} == {"002", "003"}


@pytest.mark.e2e
def test_supported_filler_that_does_not_address_the_question_falls_back(real_retriever):
    # SmolLM2 wrote this twice for the fire-station question: its paragraph supports it, and it answers nothing.
    question = "Does sharing the fire station with the Met save any money?"
    hits = real_retriever.search(question, k=6)
    n = next(i for i, p in enumerate(hits, 1) if p.doc_id.startswith("000") and p.paragraph == "¶1")  # as SmolLM2
    filler = f"This is a great example of collaborative working that has been carried out by the MPS [{n}]. "
    ans = _assistant(real_retriever, filler * 2).ask(question)
    assert ans.mode.startswith("extractive")
    assert any("do not address the question" in note for note in ans.notes)


@pytest.mark.e2e
def test_a_repeated_sentence_is_said_once(real_retriever):
    n = _number_of(real_retriever, "para 22")
    sentence = f"The protection cost £1,118,248, from the co-commissioning budget [{n}]. "
    ans = _assistant(real_retriever, sentence * 3).ask(Q)
    assert ans.mode == "llm" and ans.text.count("£1,118,248") == 1

"""LLM mode in the chat: the draft streams into the conversation, then the verified answer replaces it."""

import pytest
from gradio_client import Client
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from rag.answer.assistant import Assistant
from rag.ui.app import build_app

pytestmark = pytest.mark.e2e
Q = "How much did the crime-prevention funding protection cost?"


def test_llm_mode_streams_drafts_then_the_checked_answer(real_retriever):
    n = [p.paragraph for p in real_retriever.search(Q, k=6)].index("para 22") + 1
    reply = f"The protection cost £1,118,248, paid from the co-commissioning budget [{n}]."
    model = GenericFakeChatModel(messages=iter([AIMessage(content=reply)]))
    demo = build_app(Assistant(real_retriever, mode="llm", chat_model=model))
    demo.launch(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True)
    try:
        job = Client(demo.local_url, verbose=False).submit(Q, [], "", "", api_name="/ask")
        final = job.result(timeout=120)
        conversations = [out[0] for out in job.outputs()]
    finally:
        demo.close()
    drafts = [c for c in conversations if "not yet checked" in c]
    assert len(drafts) >= 2  # several partial replies reached the client before the final one
    assert "not yet checked" not in final[0] and "£1,118,248" in final[0]
    assert "para 22" in final[0] and "mode: llm" in final[0]  # sources and details travel with the answer

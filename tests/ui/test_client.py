"""gradio_client against the running app: ask, receive the answer and its sources; bad input is a message."""

import pytest
from gradio_client import Client

pytestmark = pytest.mark.e2e


def _ask(client, question):
    # Session state (conversation, history) lives server-side; the API takes question, documents and dates.
    return client.predict(question, [], "", "", api_name="/ask")


def test_filters_are_optional_in_the_api(server):
    client = Client(server["url"], verbose=False)
    conversation = client.predict("How much did the crime-prevention funding protection cost?", api_name="/ask")[0]
    assert "£1,118,248" in conversation


def test_ask_returns_answer_and_sources(server):
    client = Client(server["url"], verbose=False)
    result = _ask(client, "How much did the crime-prevention funding protection cost?")
    conversation, sources, copy_text = result[0], result[1], result[3]
    assert "£1,118,248" in conversation
    assert "para 22" in sources and "Crime and Policing" in sources
    assert '[1] Crime and Policing (2018-12-04), para 22: "' in copy_text
    assert "Click a citation to open the letter" in result[5]  # no letter left open from an earlier answer


@pytest.mark.parametrize("question", ["", "   ", "x" * 10_000, "<script>alert(1)</script>"])
def test_bad_questions_give_a_clear_message(server, question):
    client = Client(server["url"], verbose=False)
    conversation = _ask(client, question)[0]
    assert "<script>alert(1)</script>" not in conversation
    if question.strip() and len(question) < 2000 and "script" not in question:
        return
    assert 'role="alert"' in conversation or "don" in conversation

"""gradio_client against the running app: ask, receive the answer with its sources; bad input is a message."""

import pytest
from gradio_client import Client

pytestmark = pytest.mark.e2e
Q = "How much did the crime-prevention funding protection cost?"


def _ask(client, question, docs=(), date_from="", date_to=""):
    # The API is stateless: question, letters, from, to -> (conversation HTML, refusal message, plain text).
    return client.predict(question, list(docs), date_from, date_to, api_name="/ask")


def test_filters_are_optional_in_the_api(server):
    client = Client(server["url"], verbose=False)
    conversation = client.predict(Q, api_name="/ask")[0]
    assert "£1,118,248" in conversation


def test_ask_returns_answer_with_its_sources(server):
    client = Client(server["url"], verbose=False)
    conversation, message, copy_text = _ask(client, Q)
    assert "£1,118,248" in conversation and message == ""
    assert "para 22" in conversation and "Crime and Policing" in conversation  # sources travel with the answer
    assert '[1] Crime and Policing (2018-12-04), para 22: "' in copy_text


def test_bad_filters_are_a_message_not_an_answer(server):
    client = Client(server["url"], verbose=False)
    assert "YYYY-MM-DD" in _ask(client, Q, date_from="01/01/2019")[1]
    assert "not a real date" in _ask(client, Q, date_to="2019-02-30")[1]
    assert "No letters match" in _ask(client, Q, date_from="2030-01-01")[1]


@pytest.mark.parametrize("question", ["", "   ", "x" * 10_000, "<script>alert(1)</script>"])
def test_bad_questions_give_a_clear_message(server, question):
    client = Client(server["url"], verbose=False)
    conversation, message, _ = _ask(client, question)
    assert "<script>alert(1)</script>" not in conversation
    assert conversation == "" and message

"""The Gradio Blocks layout: conversation with the box below, letter viewer, browse table, filters."""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from rag.answer.assistant import Assistant
from rag.ui.assets import ANNOUNCER_JS, CONVERSATION_JS, CSS, VIEWER_JS
from rag.ui.handlers import ChatHandlers
from rag.ui.render import VIEWER_EMPTY, browse_html, coverage_text

EXAMPLES = [
    "How much did the crime-prevention funding protection cost?",
    "When was the Violence Reduction Unit announced?",
    "What are the aims of the street triage pilot?",
    "Who signed the letter about mental health and policing?",
]
TITLE = "Policing correspondence assistant"


def _masthead(handlers: ChatHandlers) -> str:
    return (f"<h1>{TITLE}</h1><p>Answers come only from the letters, with citations. "
            f'<span class="cov">{html.escape(coverage_text(handlers.coverage))}</span></p>')


def _payload(data: Any) -> dict[str, Any]:
    """The object the script sent, whether gradio passes it alone or as the only item of a list."""
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    return data if isinstance(data, dict) else {}


def build_app(assistant: Assistant, concurrency: int = 4) -> gr.Blocks:
    """The chat app over one loaded Assistant (index and models load once, before this is called)."""
    h = ChatHandlers(assistant)
    documents = h.documents
    # Full titles (the dropdown wraps them): a name cut mid-word could not be told from its neighbour.
    doc_choices = [(f"{m.title} ({m.date or 'undated'})", d)
                   for d, m in sorted(documents.items(), key=lambda kv: kv[1].date or "")]

    # Gradio calls a component's server function with one value, what the page's script passed (an object
    # here); they are plain functions because gradio marks each one it serves, and a bound method cannot be.
    def open_letter(data: Any) -> str:
        d = _payload(data)
        return h.open_letter(str(d.get("doc", "")), d.get("start", ""), d.get("end", ""))

    def rate_answer(data: Any) -> str:
        d = _payload(data)
        return h.rate_answer(str(d.get("answer", "")), str(d.get("rating", "")), str(d.get("comment", "")))

    def comment_answer(data: Any) -> str:
        d = _payload(data)
        return h.comment_answer(str(d.get("answer", "")), str(d.get("comment", "")))

    with gr.Blocks(title=TITLE) as demo:
        gr.HTML(_masthead(h), elem_id="masthead", js_on_load=None, apply_default_css=False)
        ids = gr.State([])
        history = gr.State([])
        with gr.Row(elem_id="main"):
            with gr.Column(scale=3, min_width=340):
                with gr.Tabs():
                    with gr.Tab("Ask", id="ask-tab"):
                        conversation = gr.HTML(h.conversation([]), elem_id="conversation",
                                               js_on_load=CONVERSATION_JS, apply_default_css=False)
                        with gr.Row(elem_id="examples") as examples:
                            chips = [gr.Button(q, size="sm", elem_classes="example") for q in EXAMPLES]
                        with gr.Row(elem_id="ask-row", equal_height=True):
                            question = gr.Textbox(label="Your question", placeholder="Ask about the letters…",
                                                  elem_id="question", lines=1, max_lines=4, scale=6)
                            ask_button = gr.Button("Ask", variant="primary", elem_id="ask", scale=1, min_width=80)
                        message = gr.HTML("", elem_id="message", js_on_load=None, apply_default_css=False)
                        with gr.Row(elem_id="filter-chips"):
                            chip_docs = gr.Button("", visible=False, size="sm", elem_id="chip-documents")
                            chip_from = gr.Button("", visible=False, size="sm", elem_id="chip-date-from")
                            chip_to = gr.Button("", visible=False, size="sm", elem_id="chip-date-to")
                        clear_button = gr.Button("New conversation", elem_id="new-conversation", size="sm")
                        with gr.Accordion("Filters", open=False, elem_id="filters") as filters_box:
                            doc_filter = gr.Dropdown(doc_choices, multiselect=True, label="Only these letters",
                                                     elem_id="doc-filter")
                            with gr.Row():
                                date_from = gr.Textbox(label="From date", placeholder="YYYY-MM-DD",
                                                       info="e.g. 2019-01-31", elem_id="date-from", max_lines=1)
                                date_to = gr.Textbox(label="To date", placeholder="YYYY-MM-DD",
                                                     info="e.g. 2020-12-31", elem_id="date-to", max_lines=1)
                            filter_note = gr.HTML("", elem_id="filter-note", js_on_load=None, apply_default_css=False)
                        with gr.Accordion("Latest answer as plain text (to copy)", open=False):
                            copy_box = gr.Textbox(show_label=False, buttons=["copy"], interactive=False, lines=3,
                                                  elem_id="copy", label="Latest answer as plain text")
                    with gr.Tab("Browse letters", id="browse-tab"):
                        gr.HTML(browse_html(documents), elem_id="browse", js_on_load=None, apply_default_css=False)
                with gr.Accordion("About this assistant", open=False, elem_id="about"):
                    gr.Markdown(f"Mode: {assistant.mode} · index {assistant.retriever.index_version} · "
                                f"embedding model {assistant.retriever.embedder.name} · "
                                f"last indexed {h.coverage['indexed']}")
            with gr.Column(scale=2, min_width=320, elem_id="viewer-col"):
                viewer = gr.HTML(VIEWER_EMPTY, elem_id="viewer", js_on_load=VIEWER_JS, apply_default_css=False,
                                 empty_html=VIEWER_EMPTY,
                                 server_functions=[open_letter, rate_answer, comment_answer])
        announcer = gr.HTML("", elem_id="announcer", elem_classes="sr-only", js_on_load=ANNOUNCER_JS)

        # For scripts (gradio_client): question, letters, from, to -> conversation HTML, message, plain text.
        # Wired first so it gets the name "ask" (the page's own, private events would otherwise claim it).
        api_in = [gr.Textbox(visible=False), gr.Dropdown(doc_choices, value=[], multiselect=True, visible=False),
                  gr.Textbox("", visible=False), gr.Textbox("", visible=False)]
        api_out = [gr.HTML(visible=False, js_on_load=None), gr.Textbox(visible=False), gr.Textbox(visible=False)]
        gr.Button(visible=False).click(h.ask_api, api_in, api_out, api_name="ask", concurrency_limit=concurrency)
        filter_inputs = [doc_filter, date_from, date_to]
        filter_outputs = [chip_docs, chip_from, chip_to, filter_note, filters_box]
        ask_outputs = [conversation, question, message, announcer, copy_box, examples, ids, history]
        ask_inputs = [question, ids, history, doc_filter, date_from, date_to]
        private = {"api_visibility": "private"}
        for trigger in (ask_button.click, question.submit):
            trigger(h.ask, ask_inputs, ask_outputs, concurrency_limit=concurrency, **private)
        for chip, text in zip(chips, EXAMPLES):
            chip.click(lambda t=text: t, None, question, **private).then(
                h.ask, ask_inputs, ask_outputs, concurrency_limit=concurrency, **private)

        doc_filter.change(h.filter_state, filter_inputs, filter_outputs, **private)
        for box in (date_from, date_to):
            box.blur(h.filter_state, filter_inputs, filter_outputs, **private)
            box.submit(h.filter_state, filter_inputs, filter_outputs, **private)
        for chip, target, empty in ((chip_docs, doc_filter, []), (chip_from, date_from, ""), (chip_to, date_to, "")):
            chip.click(lambda e=empty: e, None, target, **private).then(
                h.filter_state, filter_inputs, filter_outputs, **private)

        def new_conversation() -> tuple:
            return (h.conversation([]), "", "", "", "", gr.update(visible=True), [], [], [], "", "", VIEWER_EMPTY)

        clear_button.click(new_conversation, None, ask_outputs + [doc_filter, date_from, date_to, viewer],
                           **private).then(h.filter_state, filter_inputs, filter_outputs, **private)

    demo.queue(default_concurrency_limit=concurrency, max_size=64)
    return demo


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any) -> None:
    # The app has no upload control, but Gradio's /upload endpoint is always there: refuse every file (413).
    kwargs.setdefault("max_file_size", 0)
    # In LLM mode a request mostly waits on the model server (at most RAG_LLM_CONCURRENCY calls go to it; the rest
    # answer extractively within a second), so more of them run at once: a queue of 4 made the 20th of 20 users
    # wait behind five rounds of slow calls. Extractive answers are CPU-bound and keep the smaller limit.
    concurrency = 16 if assistant.mode == "llm" else 4
    build_app(assistant, concurrency=concurrency).launch(server_name=host, server_port=port, css=CSS,
                                                         show_error=False, **kwargs)

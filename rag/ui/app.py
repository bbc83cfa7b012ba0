"""The Gradio Blocks app: conversation, sources, letter viewer, corpus browser, filters, feedback."""

from __future__ import annotations

from typing import Any

import gradio as gr

from rag.answer.assistant import Assistant, QuestionError
from rag.evaluation.feedback import record_feedback
from rag.ui.render import (
    citation_choices,
    conversation_html,
    document_html,
    draft_html,
    plain_text,
    related_passage,
    sources_html,
    turn_html,
)

EXAMPLES = [
    "How much did the crime-prevention funding protection cost?",
    "When was the Violence Reduction Unit announced?",
    "What are the components of the Mayor's Knife Crime strategy?",
    "Who signed the letter about mental health and policing?",
    "What are the aims of the street triage pilot?",
    "Summarise the 2017 letter",
    "What does para 22 of the London Councils report say?",
]
CSS = """
.q {margin: 8px 0 2px; color: #333}
.a {background: #eef5ff; border-left: 4px solid #1d4ed8; padding: 8px 10px; border-radius: 4px; margin-bottom: 10px}
.a.abstained {background: #fff7e6; border-left-color: #d97706}
.a.draft {background: #f5f5f5; border-left-color: #9ca3af; color: #444}
.a.error {background: #fdecec; border-left-color: #b91c1c}
.badge {font-weight: bold; color: #92400e; margin-bottom: 4px}
.meta {font-size: 0.8em; color: #666; margin-top: 6px}
.cite {color: #1d4ed8; font-weight: bold}
.source {border: 1px solid #ddd; border-radius: 4px; padding: 6px 8px; margin-bottom: 6px}
.source-head {font-weight: bold; margin-bottom: 4px}
.doc-text {white-space: pre-wrap; max-height: 520px; overflow-y: auto; font-family: Georgia, serif}
mark {background: #fde68a}
#highlight {background: #fde047; outline: 2px solid #ca8a04}
.empty {color: #777}
"""
VIEWER_EMPTY = '<div class="empty">Click a citation to open the letter.</div>'
SCROLL_JS = "() => { const el = document.getElementById('highlight'); if (el) el.scrollIntoView({block: 'center'}); }"


def build_app(assistant: Assistant, concurrency: int = 4) -> gr.Blocks:
    """The chat app over one loaded Assistant (index and models load once, before this is called)."""
    retriever = assistant.retriever
    documents = retriever.documents
    doc_choices = [(f"{m.title[:70]} ({m.date or 'undated'})", d) for d, m in documents.items()]
    table = [[m.title, m.date or "", m.author or "", m.recipient or "", m.reference or "", d]
             for d, m in documents.items()]

    def ask(question: str, turns: list[str], history: list[str], docs: list[str], date_from: str, date_to: str):
        """A generator: in LLM mode it streams the unverified draft, then replaces it with the checked answer."""
        filters = {"documents": docs or (), "date_from": (date_from or "").strip() or None,
                   "date_to": (date_to or "").strip() or None}
        answer = None
        try:
            for item in assistant.stream(question, filters=filters, history=history[-3:]):
                if isinstance(item, str):
                    live = conversation_html(turns + [draft_html(question, item)])
                    yield live, turns, history, None, sources_html(None), gr.update(), "", "", gr.update()
                else:
                    answer = item
        except (QuestionError, ValueError) as exc:
            turns = turns + [turn_html(question or "", None, str(exc))]
            yield (conversation_html(turns), turns, history, None, sources_html(None),
                   gr.update(choices=[], value=None), "", "", VIEWER_EMPTY)
            return
        turns = turns + [turn_html(question, answer)]
        history = history + [answer.question]
        # The viewer empties: a letter opened for the previous answer must not pass for this one's source.
        yield (conversation_html(turns), turns, history, answer, sources_html(answer),
               gr.update(choices=citation_choices(answer), value=None), plain_text(answer), "", VIEWER_EMPTY)

    def open_citation(choice: str, answer):
        if answer is None or not choice:
            return gr.update()
        passage = related_passage(answer, choice)
        if passage is None:
            return gr.update()
        meta = documents[passage.doc_id]
        return document_html(meta, retriever.document_text(passage.doc_id), passage.start, passage.end)

    def open_document(doc_id: str):
        if not doc_id or doc_id not in documents:
            return gr.update()
        return document_html(documents[doc_id], retriever.document_text(doc_id))

    def feedback(rating: str, comment: str, answer):
        if answer is None:
            return "Ask a question first."
        record_feedback(answer, rating, comment or "")
        return "Thank you: feedback saved."

    with gr.Blocks(title="Policing correspondence assistant") as demo:
        gr.Markdown("## Policing correspondence assistant\nAnswers come only from the letters, with citations.")
        turns = gr.State([])
        history = gr.State([])
        last_answer = gr.State(None)
        with gr.Tab("Ask"):
            with gr.Row():
                with gr.Column(scale=3):
                    conversation = gr.HTML(conversation_html([]), elem_id="conversation")
                    question = gr.Textbox(label="Question", placeholder="Ask about the letters…", elem_id="question",
                                          max_lines=4)
                    with gr.Row():
                        ask_button = gr.Button("Ask", variant="primary", elem_id="ask")
                        clear_button = gr.Button("New conversation")
                    gr.Examples(EXAMPLES, inputs=question, label="Examples")
                    with gr.Accordion("Filters", open=False):
                        doc_filter = gr.Dropdown(doc_choices, multiselect=True, label="Only these letters")
                        with gr.Row():
                            date_from = gr.Textbox(label="From (YYYY-MM-DD)", value="")
                            date_to = gr.Textbox(label="To (YYYY-MM-DD)", value="")
                    copy_box = gr.Textbox(label="Answer with citations (plain text)", buttons=["copy"],
                                          interactive=False, lines=3, elem_id="copy")
                    with gr.Row():
                        up = gr.Button("Helpful")
                        down = gr.Button("Not helpful")
                    comment = gr.Textbox(label="Comment (optional)", lines=1)
                    feedback_note = gr.Markdown("")
                with gr.Column(scale=2):
                    gr.Markdown("### Sources")
                    citations = gr.Radio([], label="Open a cited paragraph", elem_id="citations")
                    sources = gr.HTML(sources_html(None), elem_id="sources")
                    gr.Markdown("### Letter")
                    viewer = gr.HTML(VIEWER_EMPTY, elem_id="viewer")
        with gr.Tab("Browse letters"):
            gr.Dataframe(table, headers=["title", "date", "author", "recipient", "reference", "file"],
                         interactive=False, wrap=True)
            browse = gr.Dropdown(doc_choices, label="Open a letter")
            browse_view = gr.HTML("")
        gr.Markdown(f"mode: {assistant.mode} · index {retriever.index_version} · "
                    f"embedding model {retriever.embedder.name}")

        outputs = [conversation, turns, history, last_answer, sources, citations, copy_box, question, viewer]
        inputs = [question, turns, history, doc_filter, date_from, date_to]
        ask_button.click(ask, inputs, outputs, api_name="ask", concurrency_limit=concurrency)
        question.submit(ask, inputs, outputs, api_name=False, concurrency_limit=concurrency)
        clear_button.click(lambda: (conversation_html([]), [], [], None, sources_html(None),
                                    gr.update(choices=[], value=None), "", VIEWER_EMPTY),
                           None, [conversation, turns, history, last_answer, sources, citations, copy_box, viewer],
                           api_name=False)
        citations.change(open_citation, [citations, last_answer], viewer, api_name=False).then(
            None, None, None, js=SCROLL_JS)
        browse.change(open_document, browse, browse_view, api_name=False)
        up.click(lambda c, a: feedback("up", c, a), [comment, last_answer], feedback_note, api_name=False)
        down.click(lambda c, a: feedback("down", c, a), [comment, last_answer], feedback_note, api_name=False)
    demo.queue(default_concurrency_limit=concurrency, max_size=64)
    return demo


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any) -> None:
    # The app has no upload control, but Gradio's /upload endpoint is always there: refuse every file (413).
    kwargs.setdefault("max_file_size", 0)
    build_app(assistant).launch(server_name=host, server_port=port, css=CSS, show_error=False, **kwargs)

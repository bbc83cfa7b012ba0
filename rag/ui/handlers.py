"""What the chat's controls do: ask, open a letter, rate an answer, check filters (no layout here)."""

from __future__ import annotations

import datetime as dt
import html
import secrets
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import gradio as gr

from rag.answer.assistant import Assistant, QuestionError
from rag.types import Answer
from rag.ui.filters import NO_MATCH, FilterError, Filters, check_filters, chip_labels, matching_letters
from rag.ui.questions import check_question
from rag.ui.ratings import save_rating
from rag.ui.render import (
    conversation_html,
    coverage,
    document_html,
    draft_html,
    home_html,
    plain_text,
    turn_html,
)

KEEP_ANSWERS = 2000  # answers kept for re-rendering and rating; the oldest go first


def refusal_html(message: str) -> str:
    return f'<p class="refusal" role="alert">{html.escape(message)}</p>' if message else ""


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def letter_view(retriever: Any, doc_id: str, start: Any = None, end: Any = None) -> str:
    """The letter's HTML with [start, end) highlighted, or "no longer in the collection" if it has gone."""
    if not doc_id or doc_id not in retriever.documents:
        return document_html(None, [])
    start, end = _int(start), _int(end)
    span_text = ""
    if start is not None and end is not None:
        # A long paragraph is cited piece by piece: find the piece so it can be marked inside its paragraph.
        span_text = next((p.text for p in retriever.passages(doc_id) if (p.start, p.end) == (start, end)), "")
    else:
        start = end = None
    return document_html(retriever.documents[doc_id], retriever.paragraphs(doc_id), start, end, span_text)


class ChatHandlers:
    """The event handlers over one loaded Assistant; answers are kept by an unguessable id for rating."""

    def __init__(self, assistant: Assistant):
        self.assistant = assistant
        self.retriever = assistant.retriever
        self.documents = self.retriever.documents
        created = getattr(getattr(self.retriever, "manifest", None), "created", None)
        indexed = dt.datetime.fromtimestamp(created).strftime("%Y-%m-%d %H:%M") if created else "unknown"
        self.coverage = coverage(self.documents, indexed)
        self.home = home_html(self.coverage)
        self._answers: OrderedDict[str, Answer] = OrderedDict()
        self._ratings: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()

    # ---- answers ----------------------------------------------------------------------------------------

    def _keep(self, answer: Answer) -> str:
        answer_id = secrets.token_hex(8)
        with self._lock:
            self._answers[answer_id] = answer
            while len(self._answers) > KEEP_ANSWERS:
                old, _ = self._answers.popitem(last=False)
                self._ratings.pop(old, None)
        return answer_id

    def conversation(self, ids: list[str], extra: str = "") -> str:
        turns = []
        for answer_id in ids:
            answer = self._answers.get(answer_id)
            if answer is not None:
                turns.append(turn_html(answer.question, answer, answer_id=answer_id,
                                       rating=self._ratings.get(answer_id)))
        return conversation_html(turns + ([extra] if extra else []), self.home)

    def prepare(self, question: str, documents: list[str] | None, date_from: str,
                date_to: str) -> tuple[str, Filters]:
        """The checked question and filters, or QuestionError/FilterError naming what is wrong."""
        filters = check_filters(documents, date_from, date_to, self.documents)
        question = check_question(question)
        if not filters.is_empty() and not matching_letters(filters, self.documents):
            raise FilterError(NO_MATCH)  # checked here: the chain would only say "the documents don't say"
        return question, filters

    def answers(self, question: str, filters: Filters, history: list[str]) -> Iterator[str | Answer]:
        # early: in LLM mode the extractive answer comes first, shown while the model writes (never a wait).
        yield from self.assistant.stream(question, filters=filters.search_filters(), history=history[-3:],
                                         early=True)

    def ask(self, question: str, ids: list[str], history: list[str], documents: list[str] | None,
            date_from: str, date_to: str) -> Iterator[tuple]:
        """Outputs: conversation, question box, message, announcement, plain text, home visibility, ids, history.

        Refused input stays in the box with the message beside it; an answer empties the box.
        """
        same = (gr.update(), gr.update())
        try:
            question, filters = self.prepare(question, documents, date_from, date_to)
            answer = None
            for item in self.answers(question, filters, history):
                if isinstance(item, str):
                    yield (self.conversation(ids, draft_html(question, item)), gr.update(), "", "",
                           gr.update(), gr.update(visible=False), ids, history)
                elif "pending" in (item.mode or ""):  # the extractive answer while the LLM's is checked
                    yield (self.conversation(ids, draft_html(question, item.text)), gr.update(), "", "",
                           gr.update(), gr.update(visible=False), ids, history)
                    answer = item
                else:
                    answer = item
        except (QuestionError, FilterError, ValueError) as exc:
            yield (self.conversation(ids), gr.update(), refusal_html(str(exc)), "", *same, ids, history)
            return
        answer_id = self._keep(answer)
        ids = ids + [answer_id]
        history = history + [answer.question]
        spoken = ("Not in the documents. " if answer.abstained else "Answer: ") + answer.text
        yield (self.conversation(ids), "", "", html.escape(spoken), plain_text(answer),
               gr.update(visible=False), ids, history)

    def ask_api(self, question: str, documents: list[str] | None = None, date_from: str = "",
                date_to: str = "") -> Iterator[tuple[str, str, str]]:
        """For scripts: (conversation HTML with the answer and its sources, refusal message, plain text)."""
        try:
            question, filters = self.prepare(question, documents, date_from, date_to)
            for item in self.answers(question, filters, []):
                if isinstance(item, str) or "pending" in (item.mode or ""):
                    yield conversation_html([draft_html(question, item if isinstance(item, str) else item.text)]), \
                        "", ""
                else:
                    answer_id = self._keep(item)
                    yield conversation_html([turn_html(question, item, answer_id=answer_id)]), "", plain_text(item)
        except (QuestionError, FilterError, ValueError) as exc:
            yield "", str(exc), ""

    # ---- letters and feedback (called from the page's script) ------------------------------------------------

    def open_letter(self, doc_id: str, start: str = "", end: str = "") -> str:
        return letter_view(self.retriever, str(doc_id or ""), start, end)

    def rate_answer(self, answer_id: str, rating: str, comment: str = "") -> str:
        answer = self._answers.get(str(answer_id))
        if answer is None or rating not in ("up", "down"):
            return "Could not save: this answer is no longer available."
        save_rating(answer, answer_id, rating, str(comment or ""))
        self._ratings[answer_id] = {"rating": rating, "comment": str(comment or "")}
        return "Saved: thank you." + (" Your comment was saved too." if (comment or "").strip() else "")

    def comment_answer(self, answer_id: str, comment: str) -> str:
        answer = self._answers.get(str(answer_id))
        if answer is None:
            return "Could not save: this answer is no longer available."
        rating = self._ratings.get(answer_id, {}).get("rating")
        if rating is None:
            self._ratings[answer_id] = {"comment": str(comment or "")}
            return "Choose Helpful or Not helpful to send your comment with the rating."
        save_rating(answer, answer_id, rating, str(comment or ""))
        self._ratings[answer_id] = {"rating": rating, "comment": str(comment or "")}
        return "Comment saved."

    # ---- filters ----------------------------------------------------------------------------------------------

    def filter_state(self, documents: list[str] | None, date_from: str, date_to: str) -> tuple:
        """Outputs: the three chips (label, visible), the note under the filters, the accordion's label."""
        try:
            filters = check_filters(documents, date_from, date_to, self.documents)
        except FilterError as exc:
            hide = gr.update(visible=False)
            return hide, hide, hide, f'<p class="filter-note bad" role="alert">{html.escape(str(exc))}</p>', \
                gr.update(label="Filters (check the dates)")
        chips = chip_labels(filters, self.documents)
        updates = [gr.update(visible=key in chips, value=f"✕ {chips.get(key, '')}")
                   for key in ("documents", "date_from", "date_to")]
        if filters.is_empty():
            note, label = "", "Filters"
        else:
            n = len(matching_letters(filters, self.documents))
            note = (f'<p class="filter-note bad" role="alert">{html.escape(NO_MATCH)}</p>' if n == 0 else
                    f'<p class="filter-note">{n} of {len(self.documents)} letters match.</p>')
            label = f"Filters ({len(chips)} on)"
        return (*updates, note, gr.update(label=label))

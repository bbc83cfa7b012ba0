"""HTML for the chat: every piece of question and document text is escaped; only our own markup is raw."""

from __future__ import annotations

import html
import re

from rag.types import WEAK_MATCH_NOTE, Answer, DocumentMeta, Passage

_MARKER = re.compile(r"\[(\d+)\]")


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def answer_text_html(text: str) -> str:
    """Escape the answer, then turn [n] markers into superscript citation badges."""
    escaped = esc(text).replace("\n", "<br>")
    return _MARKER.sub(r'<sup class="cite">[\1]</sup>', escaped)


def turn_html(question: str, answer: Answer | None, error: str | None = None) -> str:
    parts = [f'<div class="q"><b>You:</b> {esc(question)}</div>']
    if error:
        parts.append(f'<div class="a error" role="alert">{esc(error)}</div>')
    elif answer is not None:
        css = "a abstained" if answer.abstained else "a"
        badge = '<div class="badge">Not in the documents</div>' if answer.abstained else ""
        if answer.weak:
            badge = (f'<div class="badge weak" title="{esc(WEAK_MATCH_NOTE)}">'
                     "Weak match: check the quoted passages</div>")
        parts.append(f'<div class="{css}">{badge}{answer_text_html(answer.text)}')
        if answer.abstained and answer.related:
            items = "".join(f"<li>{esc(p.citation())}</li>" for p in answer.related)
            parts.append(f'<div class="related">Related reading (not evidence):<ul>{items}</ul></div>')
        parts.append(
            f'<div class="meta">mode: {esc(answer.mode)} · index {esc(answer.index_version)} · '
            f'{answer.timings.get("total_ms", 0):.0f} ms</div></div>'
        )
    return "".join(parts)


def draft_html(question: str, draft: str) -> str:
    """An LLM reply still being written: escaped, marked as unverified until the citation check has run."""
    return (f'<div class="q"><b>You:</b> {esc(question)}</div>'
            f'<div class="a draft"><div class="badge">Writing… not yet checked against the letters</div>'
            f'{esc(draft)}</div>')


def conversation_html(turns: list[str]) -> str:
    if not turns:
        return '<div class="empty">Ask a question about the letters, or pick an example below.</div>'
    return '<div class="conversation">' + "".join(turns) + "</div>"


def sources_html(answer: Answer | None) -> str:
    """The cited paragraphs: title, date, author, label, with the supporting sentence highlighted."""
    if answer is None or not answer.citations:
        return '<div class="empty">No citations.</div>'
    quotes: dict[int, list[str]] = {}
    for q in answer.quotes:
        quotes.setdefault(q.citation, []).append(q.sentence)
    rows = []
    for n, p in enumerate(answer.citations, start=1):
        text = esc(p.text)
        for sentence in quotes.get(n, []):
            text = text.replace(esc(sentence), f"<mark>{esc(sentence)}</mark>", 1)
        author = f" · {esc(p.author)}" if p.author else ""
        rows.append(
            f'<div class="source" id="source-{n}"><div class="source-head">[{n}] {esc(p.title)} '
            f"({esc(p.date or 'undated')}){author} — {esc(p.paragraph)}</div><div>{text}</div></div>"
        )
    return "".join(rows)


def document_html(meta: DocumentMeta, text: str, start: int | None = None, end: int | None = None) -> str:
    """The whole letter, escaped, with [start, end) wrapped in <mark id="highlight">."""
    head = (
        f'<div class="doc-head"><b>{esc(meta.title)}</b><br>{esc(meta.date or "undated")}'
        f'{" · " + esc(meta.author) if meta.author else ""}'
        f'{" · to " + esc(meta.recipient) if meta.recipient else ""}'
        f'{" · ref " + esc(meta.reference) if meta.reference else ""}</div>'
    )
    if start is None or end is None:
        body = esc(text)
    else:
        body = esc(text[:start]) + f'<mark id="highlight">{esc(text[start:end])}</mark>' + esc(text[end:])
    return f'{head}<div class="doc-text">{body}</div>'


def citation_choices(answer: Answer | None) -> list[str]:
    if answer is None:
        return []
    return [f"[{n}] {p.title[:60]} — {p.paragraph}" for n, p in enumerate(answer.citations, start=1)]


def plain_text(answer: Answer) -> str:
    """The answer and its citations as plain text, for the copy button (a weak match keeps its warning)."""
    warning = [WEAK_MATCH_NOTE] if answer.weak else []
    return "\n".join([answer.text, *warning, "", *answer.citation_lines()]).strip()


def related_passage(answer: Answer, choice: str) -> Passage | None:
    m = re.match(r"\[(\d+)\]", choice or "")
    if not m:
        return None
    n = int(m.group(1))
    return answer.citations[n - 1] if 1 <= n <= len(answer.citations) else None

"""HTML for the chat: every piece of question and document text is escaped; only our own markup is raw."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from rag.types import WEAK_MATCH_NOTE, Answer, DocumentMeta, Paragraph, Passage

_MARKER = re.compile(r"\[(\d+)\]")
# Conversion debris shown to staff as text: Markdown heading hashes and bold/italic markers, and the few
# formatting tags the converters leave behind. Only these are stripped (for display only, never in the
# index); anything else, a planted <script> included, is shown escaped, as the letter really contains it.
_HEADING = re.compile(r"(?m)^\s{0,3}#{1,6}\s+")
_BOLD = re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)\1")  # not __: it occurs in e-mail addresses and code
_FORMAT_TAG = re.compile(r"</?\s*(?:sup|sub|b|i|u|em|strong|span|font|small|big)\b[^>]*>|<br\s*/?>", re.I)
NO_LETTER = "This letter is no longer in the collection."
VIEWER_EMPTY = ('<div class="viewer-empty"><p>Choose a citation [1], a source or a letter to read it here, '
                "with the cited paragraph highlighted.</p></div>")


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def readable(text: str) -> str:
    """Plain reading text without conversion markup (heading hashes, **bold**, <sup> and similar tags)."""
    text = _HEADING.sub("", text)
    text = _FORMAT_TAG.sub("", text)

    def unbold(m: re.Match) -> str:
        # "C**MAYOR OF LONDON**" lost its space in conversion; put one back where a word would run on.
        before = " " if m.start() > 0 and m.string[m.start() - 1].isalnum() else ""
        after = " " if m.end() < len(m.string) and m.string[m.end()].isalnum() else ""
        return f"{before}{m.group(2)}{after}"

    return _BOLD.sub(unbold, text).replace("**", "")


def _open_attrs(doc_id: str, start: int | None = None, end: int | None = None) -> str:
    """data-* attributes read by app.js: one click on the element opens this letter at this span."""
    span = f' data-start="{start}" data-end="{end}"' if start is not None and end is not None else ""
    return f'data-doc="{esc(doc_id)}"{span}'


def answer_text_html(text: str, citations: Sequence[Passage] = ()) -> str:
    """Escape the answer, then turn each [n] marker into a button that opens cited paragraph n."""
    escaped = esc(text).replace("\n", "<br>")

    def button(m: re.Match) -> str:
        n = int(m.group(1))
        if not 1 <= n <= len(citations):
            return f'<span class="cite-dead">[{n}]</span>'
        p = citations[n - 1]
        label = esc(f"Open source {n}: {p.title}, {p.paragraph}")
        return (f'<button type="button" class="cite" {_open_attrs(p.doc_id, p.start, p.end)} '
                f'aria-label="{label}">[{n}]</button>')

    return _MARKER.sub(button, escaped)


def _quoted(answer: Answer, n: int, text: str) -> str:
    """The passage text escaped, with the sentences the answer quotes from it marked."""
    out = esc(text)
    for q in answer.quotes:
        if q.citation == n:
            out = out.replace(esc(q.sentence), f"<mark>{esc(q.sentence)}</mark>", 1)
    return out


def sources_html(answer: Answer | None) -> str:
    """This answer's cited paragraphs as cards: each card opens its letter at the paragraph."""
    if answer is None or not answer.citations:
        return ""
    cards = []
    for n, p in enumerate(answer.citations, start=1):
        who = f" · {esc(p.author)}" if p.author else ""
        cards.append(
            f'<li class="source" {_open_attrs(p.doc_id, p.start, p.end)}>'
            f'<button type="button" class="source-open" {_open_attrs(p.doc_id, p.start, p.end)}>'
            f'<span class="num">[{n}]</span> {esc(p.title)}</button>'
            f'<div class="source-meta">{esc(p.date or "undated")}{who} · {esc(p.paragraph)}</div>'
            f'<blockquote>{_quoted(answer, n, p.text)}</blockquote></li>'
        )
    return f'<div class="sources"><h3 class="sources-title">Sources</h3><ol>{"".join(cards)}</ol></div>'


def related_html(answer: Answer) -> str:
    if not answer.related:
        return ""
    items = "".join(
        f'<li><button type="button" class="related-open" {_open_attrs(p.doc_id, p.start, p.end)}>'
        f"{esc(p.citation())}</button></li>" for p in answer.related
    )
    return f'<div class="related"><h3 class="sources-title">Related reading (not evidence)</h3><ul>{items}</ul></div>'


def feedback_html(answer_id: str, rating: dict[str, str] | None = None) -> str:
    """One rating per answer (changeable) and a comment that can be written before or after rating."""
    rating = rating or {}
    chosen = rating.get("rating")
    buttons = "".join(
        f'<button type="button" class="rate" data-rate="{value}" aria-pressed="{str(chosen == value).lower()}">'
        f"{label}</button>" for value, label in (("up", "Helpful"), ("down", "Not helpful"))
    )
    cid = f"comment-{esc(answer_id)}"
    return (
        f'<div class="feedback" data-answer="{esc(answer_id)}" role="group" aria-label="Feedback on this answer">'
        f'<span class="fb-label">Was this answer helpful?</span> {buttons}'
        f'<label class="fb-comment" for="{cid}">Comment (optional)</label>'
        f'<textarea id="{cid}" class="comment" rows="2" maxlength="2000">{esc(rating.get("comment", ""))}</textarea>'
        f'<button type="button" class="save-comment">Save comment</button>'
        f'<span class="fb-note" role="status"></span></div>'
    )


def why_html(answer: Answer) -> str:
    """"Why this answer": the answer's trace (the question as analysed, the step that answered, the checks it
    passed and the candidates dropped), as `rag ask --explain` prints it; escaped like all document text."""
    from rag.answer.trace import explain

    lines = explain(answer.trace) if getattr(answer, "trace", None) else []
    if not lines:
        return ""
    items = "".join(f"<li>{esc(line.strip())}</li>" for line in lines if line.strip())
    return f'<details class="why"><summary>Why this answer</summary><ul>{items}</ul></details>'


def details_html(answer: Answer) -> str:
    """Internals for whoever needs them, one click away instead of in every answer."""
    notes = "".join(f"<li>{esc(n)}</li>" for n in answer.notes)
    return (why_html(answer) + f'<details class="details"><summary>Details</summary><p>mode: {esc(answer.mode)} · '
            f'index {esc(answer.index_version)} · {answer.timings.get("total_ms", 0):.0f} ms · '
            f'confidence {answer.confidence:.2f}</p>{f"<ul>{notes}</ul>" if notes else ""}</details>')


def turn_html(question: str, answer: Answer | None, error: str | None = None, answer_id: str = "",
              rating: dict[str, str] | None = None) -> str:
    """One question and its answer, with the answer's own sources, feedback and details."""
    parts = [f'<article class="turn"><h2 class="q"><span class="who">You asked</span> {esc(question)}</h2>']
    if error:
        parts.append(f'<div class="a error" role="alert">{esc(error)}</div>')
    elif answer is not None:
        css = "a abstained" if answer.abstained else "a weak" if answer.weak else "a"
        badge = '<div class="badge">Not in the documents</div>' if answer.abstained else ""
        if answer.weak:  # the explanation is visible text, not a hover-only tooltip
            badge = (f'<div class="badge weak">Weak match: check the quoted passages</div>'
                     f'<p class="weak-note">{esc(WEAK_MATCH_NOTE)}</p>')
        parts.append(f'<div class="{css}">{badge}<div class="answer-text">'
                     f"{answer_text_html(answer.text, answer.citations)}</div>")
        parts.append(sources_html(answer))
        if answer.abstained:
            parts.append(related_html(answer))
        if answer_id:
            parts.append(feedback_html(answer_id, rating))
        parts.append(details_html(answer) + "</div>")
    return "".join(parts) + "</article>"


def draft_html(question: str, draft: str) -> str:
    """An LLM reply still being written: escaped, marked as unverified until the citation check has run."""
    return (f'<article class="turn draft-turn"><h2 class="q"><span class="who">You asked</span> {esc(question)}</h2>'
            f'<div class="a draft"><div class="badge">Writing… not yet checked against the letters</div>'
            f"{esc(draft)}</div></article>")


def conversation_html(turns: list[str], home: str = "") -> str:
    """The conversation, oldest first; before the first question, the home panel."""
    if not turns:
        return f'<div class="conversation empty">{home}</div>'
    return '<div class="conversation">' + "".join(turns) + "</div>"


def plain_text(answer: Answer) -> str:
    """The answer and its citations as plain text, for copying (a weak match keeps its warning)."""
    warning = [WEAK_MATCH_NOTE] if answer.weak else []
    return "\n".join([answer.text, *warning, "", *answer.citation_lines()]).strip()


# ---- letters ----------------------------------------------------------------------------------------------


def letter_head(meta: DocumentMeta) -> str:
    rows = [("Date", meta.date or "undated"), ("From", ", ".join(x for x in (meta.author, meta.author_role,
                                                                           meta.organisation) if x)),
            ("To", meta.recipient), ("Reference", meta.reference)]
    facts = "".join(f"<dt>{k}</dt><dd>{esc(v)}</dd>" for k, v in rows if v)
    return (f'<div class="letter-head"><h2 id="letter-title" tabindex="-1">{esc(meta.title)}</h2>'
            f'<dl class="letter-facts">{facts}</dl></div>')


def document_html(meta: DocumentMeta | None, paragraphs: Sequence[Paragraph], start: int | None = None,
                  end: int | None = None, span_text: str = "") -> str:
    """The letter as labelled, readable paragraphs; those overlapping [start, end) are highlighted.

    The first highlighted paragraph carries id="highlight" (the viewer scrolls to it); `span_text`, when it is
    a piece of a longer paragraph, is marked inside it. Offsets are only compared, never rewritten.
    """
    close = '<button type="button" class="close-letter" aria-label="Close the letter">Close</button>'
    if meta is None:
        return f'<div class="letter missing" role="alert">{close}<p>{NO_LETTER}</p></div>'
    body, first = [], True
    for p in paragraphs:
        hit = start is not None and end is not None and p.start < end and start < p.end
        text = esc(readable(p.text))
        piece = esc(readable(span_text)) if span_text else ""
        if hit and piece and piece != text and piece in text:
            text = text.replace(piece, f"<mark>{piece}</mark>", 1)
        attrs = ' class="para hit"' if hit else ' class="para"'
        if hit and first:
            attrs += ' id="highlight"'
            first = False
        label = "" if p.kind in ("header", "signature") else f'<span class="label">{esc(p.label)}</span>'
        body.append(f"<p{attrs}>{label}{text}</p>")
    note = '<p class="sr-only">The cited paragraph is highlighted.</p>' if not first else ""
    return (f'<div class="letter" data-letter="{esc(meta.doc_id)}">{close}{letter_head(meta)}{note}'
            f'<div class="doc-text" tabindex="0" aria-label="Letter text">{"".join(body)}</div></div>')


# ---- home and browse ----------------------------------------------------------------------------------------


def coverage(documents: dict[str, DocumentMeta], indexed: str) -> dict[str, Any]:
    """What the collection holds, from the loaded index's document metadata."""
    dates = sorted(m.date for m in documents.values() if m.date)
    bodies = sorted({m.organisation for m in documents.values() if m.organisation})
    return {"letters": len(documents), "bodies": bodies, "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None, "indexed": indexed}


def coverage_text(cov: dict[str, Any]) -> str:
    span = f", dated {cov['first']} to {cov['last']}" if cov["first"] else ""
    bodies = f" from {', '.join(cov['bodies'])}" if cov["bodies"] else ""
    noun = "letter" if cov["letters"] == 1 else "letters and papers"
    return f"{cov['letters']} {noun}{bodies}{span}; last indexed {cov['indexed']}."


def home_html(cov: dict[str, Any]) -> str:
    bodies = ", ".join(cov["bodies"]) or "not recorded"
    dates = f"{cov['first']} to {cov['last']}" if cov["first"] else "undated"
    facts = (f"<li><b>{cov['letters']}</b> letters and papers</li><li>From: {esc(bodies)}</li>"
             f"<li>Dated {esc(dates)}</li><li>Last indexed {esc(cov['indexed'])}</li>")
    return ('<div class="home"><h2>What the collection holds</h2>'
            f"<ul class=\"facts\">{facts}</ul>"
            "<p>Answers quote the letters and cite the paragraph: choose a citation such as [1] to read it in "
            "the letter. Try an example below, or browse the letters.</p></div>")


# What the Browse table reports for each document; a field ingestion could not find is named under "Not found".
BROWSE_FIELDS = (("date", "date"), ("reference", "reference"), ("author", "signatory or author"),
                 ("recipient", "addressee"), ("organisation", "issuing body"), ("committee", "committee"),
                 ("report_by", "report by"), ("contact_officer", "contact officer"))


def browse_html(documents: dict[str, DocumentMeta]) -> str:
    """Every document, newest first, as a table of the metadata ingestion found (and what it could not find);
    the title opens the document."""
    rows = []
    for d, m in sorted(documents.items(), key=lambda kv: kv[1].date or "", reverse=True):
        author = f"{m.author}, {m.author_role}" if m.author and m.author_role else m.author
        who = ", ".join(x for x in (author, m.organisation) if x)
        more = "; ".join(f"{name}: {getattr(m, field)}" for field, name in BROWSE_FIELDS[5:] if getattr(m, field))
        missing = ", ".join(name for field, name in BROWSE_FIELDS if not getattr(m, field))
        kind = f'<span class="kind">{esc(m.doc_type)}</span> ' if m.doc_type else ""
        rows.append(f'<tr><td class="nowrap">{esc(m.date or "undated")}</td>'
                    f'<td>{kind}<button type="button" class="browse-open" {_open_attrs(d)}>{esc(m.title)}</button>'
                    f"</td><td>{esc(who)}</td><td>{esc(m.recipient or '')}</td><td>{esc(m.reference or '')}</td>"
                    f"<td>{esc(more)}</td><td>{esc(missing)}</td></tr>")
    return ('<table class="browse"><caption>Documents in the collection and what was found in each (choose a '
            'title to read it)</caption>'
            '<thead><tr><th scope="col">Date</th><th scope="col">Title</th><th scope="col">From</th>'
            '<th scope="col">To</th><th scope="col">Reference</th><th scope="col">Committee, report by, contact'
            '</th><th scope="col">Not found</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def related_passage(answer: Answer, choice: str) -> Passage | None:
    """The citation a "[n] …" label names (kept for scripts that pick citations by label)."""
    m = re.match(r"\[(\d+)\]", choice or "")
    if not m:
        return None
    n = int(m.group(1))
    return answer.citations[n - 1] if 1 <= n <= len(answer.citations) else None

"""Document metadata from header and signature: title, date, author, recipient, reference, organisation."""

from __future__ import annotations

import re
from datetime import date

from rag.types import DocumentMeta, Paragraph

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}
DATE_RE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b",
    re.I,
)
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_REFERENCE_RES = [
    re.compile(r"\b[A-Z]{3,}\d{6,}[A-Z0-9-]*\b"),  # MOPAC06102020-D3474, MOPAC21112013MS
    re.compile(r"\b(?:Our ref|Ref(?:erence)?)(?:\s*(?:no\.?|number))?\s*[:.]?\s*([A-Za-z0-9][\w/.-]{2,})", re.I),
    re.compile(r"\b[A-Z]{2,}\s+briefing paper\s+\d+/\d{2,4}\b", re.I),
    re.compile(r"\bItem No\.?\s*\d+\b", re.I),
]
_ORGS = [
    (re.compile(r"london councils|londoncouncils\.gov\.uk", re.I), "London Councils"),
    (re.compile(r"\bMPA\b|Metropolitan Police Authority", re.I), "Metropolitan Police Authority"),
    (re.compile(r"M\s?O\s?P\s?A\s?C|Office for Policing and Crime", re.I), "MOPAC"),
    (re.compile(r"Metropolitan Police Service|New Scotland Yard", re.I), "Metropolitan Police Service"),
]
_LETTERHEAD = re.compile(r"mayor of london|office for policing|^m o p a c|^mopac$|city hall|queen's walk|"
                         r"^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$", re.I)


def parse_date(text: str) -> str | None:
    """First date in `text` as ISO yyyy-mm-dd ("17th March 2017" -> "2017-03-17")."""
    for m in DATE_RE.finditer(text):
        month = _MONTH_ABBR[m.group(2).lower()[:3]]
        try:
            return date(int(m.group(3)), month, int(m.group(1))).isoformat()
        except ValueError:
            continue
    m = _ISO_RE.search(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return None


def _reference(text: str) -> str | None:
    for pattern in _REFERENCE_RES:
        m = pattern.search(text)
        if m:
            return (m.group(1) if m.groups() else m.group(0)).strip()
    return None


def _is_name(line: str) -> bool:
    words = line.replace(".", "").replace(",", "").split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)
            and not any(c.isdigit() for c in line) and not _LETTERHEAD.search(line))


def _segments(raw_header: str) -> list[str]:
    """Header lines, also split where markdown emphasis glued two lines together."""
    out = []
    for line in raw_header.split("\n"):
        for seg in re.split(r"\*\*|</?\w+>", line):
            seg = re.sub(r"^#+\s*", "", seg).strip(" ,")
            if seg:
                out.append(seg)
    return out


def _signatory(signature: str | None, raw_signature: str | None) -> tuple[str | None, str | None]:
    if not raw_signature:
        return None, None
    lines = [seg for seg in _segments(raw_signature) if not re.match(r"yours|kind regards|best wishes", seg, re.I)]
    from rag.ingest.cleaning import is_debris

    lines = [seg for seg in lines if not is_debris(seg)]
    for i, line in enumerate(lines):
        if _is_name(line):
            role = ", ".join(lines[i + 1:]) or None
            return line, role
    return None, None


def _subject_from_opening(body: list[Paragraph]) -> str | None:
    for p in body[:2]:
        m = re.search(r"Thank you for your (?:[\w ]+? )?(?:letter|response|email|note)(?: of [^,]+?)?"
                      r" (?:regarding|about|on|concerning|to) (.+?)[.;]", p.text)
        if m:
            subject = m.group(1).strip()
            subject = re.sub(r"^the request for ", "", subject)
            if len(subject) > 90:
                subject = subject[:90].rsplit(" ", 1)[0] + "…"
            return subject[0].upper() + subject[1:]
    return None


def extract_metadata(doc_id: str, text: str, paragraphs: list[Paragraph], subject: str | None) -> DocumentMeta:
    """Metadata from the header/signature paragraphs, with layout heuristics that hold across letters."""
    header_paras = [p for p in paragraphs if p.kind == "header"]
    body = [p for p in paragraphs if p.kind in ("body", "list_item")]
    sig = next((p for p in paragraphs if p.kind == "signature"), None)
    raw_header = "\n".join(text[p.start:p.end] for p in header_paras)
    header_text = " ".join(p.text for p in header_paras)
    head_lines = _segments(raw_header)

    found_date = parse_date(header_text) or parse_date(text[:1500])
    reference = _reference(header_text) or _reference(text[:800])
    author, role = _signatory(sig.text if sig else None, text[sig.start:sig.end] if sig else None)
    if author is None:
        m = re.search(r"\b(?:Author|Report by|From)\s*:\s*([A-Z][\w.' -]+?)(?:\s+Job title|\s*$|\n)", raw_header,
                      re.M)
        if m:
            author = m.group(1).strip()
            jt = re.search(r"Job title\s*:\s*([^\n]+)", raw_header)
            role = jt.group(1).strip() if jt else None

    lowered = text.lower()
    salutation = re.search(r"^\s*Dear\s+([^,\n]+)", text, re.M)
    if salutation:
        doc_type = "letter"
    elif "briefing paper" in lowered[:2000]:
        doc_type = "briefing paper"
    elif re.search(r"report by\s*:", lowered[:2000]):
        doc_type = "report"
    else:
        doc_type = None

    recipient = None
    if salutation:
        before = text[: salutation.start()]
        date_at = DATE_RE.search(before)
        lines = _segments(before[: date_at.start()] if date_at else before)
        for i, line in enumerate(lines):
            if _is_name(line):
                role_line = lines[i + 1] if i + 1 < len(lines) and not _LETTERHEAD.search(lines[i + 1]) else None
                recipient = f"{line}, {role_line}" if role_line else line
                break
        if recipient is None:
            greeting = salutation.group(1).strip()
            m = re.search(r"\bthe ((?:[A-Z][\w']+ )+(?:and [A-Z][\w']+ )?Committee)", text[salutation.end():][:1500])
            recipient = m.group(1) if m and greeting.lower() in ("colleagues", "all", "members") else greeting
    else:
        committee = next((seg for seg in head_lines if re.search(r"Committee$", seg)), None)
        recipient = committee

    organisation = None
    scope = raw_header + "\n" + (text[sig.start:sig.end] if sig else "")
    for pattern, name in _ORGS:
        if pattern.search(scope):
            organisation = name
            break

    title = subject
    if not title:
        for seg in head_lines:
            if (seg == recipient or _LETTERHEAD.search(seg) or DATE_RE.search(seg) or _reference(seg) == seg
                    or ":" in seg or len(seg.split()) < 2 or re.search(r"Committee$|\d", seg) or _is_name(seg)
                    or re.match(r"(warning|see the)\b", seg, re.I)):
                continue
            if not re.search(r"[.!?]$", seg) and len(seg) <= 120:
                title = seg
                break
    if not title:
        opening = _subject_from_opening(body)
        if opening:
            title = f"Re: {opening[0].lower() + opening[1:]}" if not opening.startswith("Re") else opening
    if not title:
        title = doc_id.rsplit(".", 1)[0]
    return DocumentMeta(
        doc_id=doc_id,
        title=title,
        date=found_date,
        author=author,
        author_role=role,
        recipient=recipient,
        reference=reference,
        organisation=organisation,
        doc_type=doc_type,
    )

"""Document metadata from layout: title, ISO date, signatory and role, recipient, reference, organisation.

Everything is read from the header lines, the signature block and the first body paragraphs that segmentation
found, with regexes and layout cues rather than per-file rules. Dates come from the header only, never from
the body, so "on 8th March 2017 the Chancellor announced" cannot become the letter's date. Each field keeps the
span of text it was read from, so it can be cited and highlighted.

Long because every field has several sources (layout, labelled lines, file properties) tried in one order.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rag.ingest.cleaning import clean_span
from rag.ingest.fields import FIELD_KINDS, FIELD_LINE, field_kind
from rag.ingest.paragraphs import Layout, looks_like_person_name
from rag.lexicon import MONTH_OR_ABBREVIATION, YEAR, month_number
from rag.types import DocumentMeta

_MONTH = rf"(?P<month>{MONTH_OR_ABBREVIATION})"
# "17th", "17<sup>th</sup>" (converted documents keep the superscript's markup in their text)
_ORDINAL = r"(?:<sup>)?(?:st|nd|rd|th)?(?:</sup>)?"
_DATE_PATTERNS = [
    re.compile(
        rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH}\.?,?\s+(?P<year>{YEAR})\b", re.I
    ),
    re.compile(rf"\b{_MONTH}\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>{YEAR})\b", re.I),
    re.compile(rf"\b(?P<year>{YEAR})-(?P<num>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})/(?P<num>\d{{1,2}})/(?P<year>{YEAR})\b"),  # UK order
]

_REF_LABELLED = re.compile(
    r"\b(?:our|your)?\s*ref(?:erence)?(?:\s+no\.?)?\s*[:.]\s*(?P<ref>[A-Za-z0-9][\w/.-]*\w)", re.I
)
_REF_CODE = re.compile(r"\b[A-Z]{2,}[A-Z0-9/-]*\d{4,}[A-Z0-9/-]*\b")
_REF_PAPER = re.compile(
    r"\b(?:[A-Z]{2,}\s+)?(?:briefing\s+)?(?:paper|report)\s+(?:no\.?\s*)?\d+/\d{2,4}\b", re.I
)
_REF_ITEM = re.compile(r"\bitem\s+no\.?\s*\d+\b", re.I)

_AUTHOR_FIELD = re.compile(
    r"^\W*(?:author|report by|prepared by|written by|from)\s*:\s*(?P<name>.+?)"
    r"(?:\s+(?:job\s+title|title|position|role)\s*:\s*(?P<role>.+))?$",
    re.I,
)
_SUBJECT_FIELD = re.compile(r"^\W*(?:re|subject|subj)\s*[:.-]\s*(?P<subject>\S.*)$", re.I)
_ROLE_WORDS = re.compile(
    r"\b(?:chair(?:man|woman|person)?|committee|director|members?|assembly|board|commissioner|leader|secretary|"
    r"minister|mayor|officer|head|council|chief|president|clerk|panel|superintendent|inspector|manager|lead)\b",
    re.I,
)
_COMMITTEE = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’]*\s+(?:(?:and|of|for|on)\s+)?){1,6}(?:Committee|Board|Panel))\b"
)
_RECIPIENT_BODY = re.compile(r"(?i)\b(?:group|forum|network|association|partnership|trust|commission|unit|"
                             r"service|council|authority|office|department|society|federation)$")
_GENERIC_SALUTATION = re.compile(
    r"^\W*dear\s+(?:colleagues?|all|members?|sirs?|sir\s+or\s+madam|madam|chair(?:man|woman)?|friends?)\W*$",
    re.I,
)
_TOPIC = re.compile(
    r"\b(?:response|letter|reply|report|comments?)\s+(?:to|on|about|regarding|concerning)\s+"
    r"(?P<topic>the\s+(?:(?:draft|new|final|proposed|revised)\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on)\s+)?)*"
    r"[A-Z][\w'’-]*)"
)
# "Thank you for your letter of 6 October regarding the request for ...": what the letter answers.
_ABOUT = re.compile(
    r"\byour\s+(?:letter|e-?mail|request|response|report|question)\b[^.]{0,40}?\b"
    r"(?:regarding|about|concerning|in relation to|on the subject of)\s+(?P<topic>[^.;:]+)",
    re.I,
)
_TOPIC_END = re.compile(r",|\s(?:that|which|who|so that|and asking|asking)\s")
# Issuing bodies of London policing correspondence, as letterheads, references and emails show them.
_ORGANISATIONS = [
    (
        "MOPAC",
        re.compile(
            r"\bMOPAC|(?i:mayor'?s office for policing (?:and|&) crime|office for policing and crime)"
        ),
    ),
    ("MPA", re.compile(r"\bMPA\b|(?i:metropolitan police authority)")),
    ("MPS", re.compile(r"\bMPS\b|(?i:metropolitan police service|new scotland yard|met\.police\.uk)")),
    ("London Councils", re.compile(r"(?i:london\s*councils)")),
    ("GLA", re.compile(r"\bGLA\b|(?i:greater london authority|london assembly|london\.gov\.uk)")),
    ("Home Office", re.compile(r"(?i:home office)")),
]


def parse_date(text: str) -> str | None:
    """The first calendar date written in `text`, as ISO yyyy-mm-dd ("17th March 2017" -> "2017-03-17")."""
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["num"]) if parts.get("num") else month_number(parts["month"])
            try:
                found.append((match.start(), date(int(parts["year"]), month, int(parts["day"])).isoformat()))
                break
            except ValueError:
                continue
    return min(found)[1] if found else None


def _organisation(text: str | None) -> str | None:
    if not text:
        return None
    hits = [(m.start(), name) for name, pattern in _ORGANISATIONS if (m := pattern.search(text))]
    return min(hits)[1] if hits else None


def _reference(lines: list[str]) -> str | None:
    for line in lines:
        if match := _REF_LABELLED.search(line):
            return match.group("ref")
    for pattern in (_REF_CODE, _REF_PAPER, _REF_ITEM):
        for line in lines:
            if match := pattern.search(line):
                return match.group()
    return None


def _author(layout: Layout) -> tuple[str | None, str | None]:
    if layout.signatory:
        lines = layout.signature_lines
        at = lines.index(layout.signatory) if layout.signatory in lines else -1
        # The post is every line under the name ("Chief Superintendent", "Borough Commander, North West BCU") up
        # to a "cc:" or other field line; a line that only names the issuing body is not part of it.
        posts = []
        for following in lines[at + 1 : at + 4] if at >= 0 else []:
            if (FIELD_LINE.match(following) or re.match(r"(?i)cc\b", following) or _is_organisation_line(following)
                    or parse_date(following)):
                break
            posts.append(following.strip(" ,"))
        return layout.signatory, ", ".join(posts) or None
    for line in layout.header_lines + layout.signature_lines:
        if match := _AUTHOR_FIELD.match(line):
            name, role = match.group("name").strip(" ,"), match.group("role")
            if role is None and "," in name:
                name, role = (part.strip() for part in name.split(",", 1))
            return name, role.strip() if role else None
    return None, None


def _is_organisation_line(line: str) -> bool:
    org = _organisation(line)
    return org is not None and not _ROLE_WORDS.search(re.sub(r"(?i)deputy mayor|mayor'?s", "", line))


def _recipient(layout: Layout, author: str | None, body: list[str]) -> str | None:
    lines = layout.header_lines
    if layout.is_letter:
        for i, line in enumerate(lines):
            if looks_like_person_name(line) and line != author:
                # The address block: the name, then their post and body ("Chair", "Wembridge … Monitoring
                # Group"), up to the first line of the postal address.
                block = [line]
                for following in lines[i + 1 : i + 3]:
                    if (re.search(r"\d", following) or parse_date(following) or FIELD_LINE.match(following)
                            or not (_ROLE_WORDS.search(following) or _RECIPIENT_BODY.search(following))):
                        break
                    block.append(following)
                return ", ".join(block)
        salutation = layout.salutation or ""
        name = re.sub(r"(?i)^\W*dear\s+", "", salutation).strip(" ,:;")
        if name and looks_like_person_name(name):
            return name
        if salutation and not _GENERIC_SALUTATION.match(salutation):
            return name or None
        for paragraph in body[:3]:  # "Dear Colleagues": who they are shows in the opening lines
            if match := _COMMITTEE.search(paragraph):
                return match.group("name").removeprefix("The ").strip()
        return None
    for line in lines:
        if re.search(r"\b(?:Committee|Board|Panel)$", line) and not _AUTHOR_FIELD.match(line):
            return line
    return None


def _names_body(line: str, org: str | None) -> bool:
    """Whether a header line is the issuing body's name, spelled out ("Mayor's Office for Policing and Crime" for
    MOPAC): letterhead, not the document's title."""
    if not org:
        return False
    from rag.ingest.acronyms import _initials_variants

    words = re.findall(r"[\w'’&-]+", line)
    return line.strip().lower() == org.lower() or org.upper() in _initials_variants(words)


def _title_line(layout: Layout, org: str | None = None) -> str | None:
    """A non-letter's title: a header line repeated as a body heading, else the first title-like one (the issuing
    body's name above it is letterhead)."""
    headings = {h.lower() for h in layout.headings}
    for line in layout.header_lines:
        if line.lower() in headings:
            return line
    def title_like(line: str, alone: bool = True) -> bool:
        return (
            len(line.split()) >= 2
            and not _names_body(line, org)
            and ":" not in line
            and not line.endswith(".")
            and not line.isupper()
            and not parse_date(line)
            and not _reference([line])
            and not looks_like_person_name(line)
            and not (alone and re.search(r"\b(?:Committee|Board|Panel)$", line))  # a committee addressed
        )

    lines = layout.header_lines
    for i, line in enumerate(lines):
        if title_like(line):
            return line
        # A title wrapped after a colon ("Independent Custody Visiting Scheme - Kingsmere Panel:" / "Annual Report
        # 2025") is one title; a field ("Reference: …") has its value on its own line.
        if line.endswith(":") and ":" not in line[:-1] and title_like(line[:-1], alone=False) and i + 1 < len(lines) \
                and title_like(lines[i + 1]):
            return f"{line} {lines[i + 1]}"
    return None


def _letter_title(author: str | None, org: str | None, recipient: str | None, body: list[str]) -> str | None:
    sender = f"{author} ({org})" if author and org else author or org
    to = None
    if recipient:
        committee = _COMMITTEE.search(recipient)
        if committee:
            name = committee.group("name")
            to = name if name.startswith("The ") else f"the {name}"
        else:
            to = recipient.split(",")[0]
    if not sender and not to:
        return None
    title = "Letter" + (f" from {sender}" if sender else "") + (f" to {to}" if to else "")
    for paragraph in body[:2]:
        if match := _TOPIC.search(paragraph):
            return f"{title} on {match.group('topic')}"
        if match := _ABOUT.search(paragraph):
            topic = _TOPIC_END.split(match.group("topic"))[0].split()
            if 2 <= len(topic) <= 16:
                return f"{title} regarding {' '.join(topic)}"
    return title


# What a document calls itself in its header: "BRIEFING NOTE", "Decision record", "Minutes of the meeting".
_GENRE = re.compile(
    r"(?i)\b(briefing (?:paper|note)|decision (?:record|notice)|minutes|action plan|consultation (?:summary|response)"
    r"|freedom of information (?:request|response)|press release|news (?:story|release)|committee report)\b"
)


def _doc_type(layout: Layout) -> str | None:
    header = " ".join(layout.header_lines)
    if re.search(r"(?i)briefing paper", header):
        return "briefing paper"
    genre = _GENRE.search(header)
    if genre and not layout.is_letter:
        return genre.group(1).lower()
    if layout.is_letter:
        return "letter"
    if re.search(r"(?i)\breport\b|\bitem\s+no\b", header):
        return "report"
    return None


_FIELD_LINE, _FIELD_KINDS = FIELD_LINE, FIELD_KINDS
_BODY_WORDS = re.compile(
    r"(?i)\b(?:committee|sub-committee|panel|board|council|borough|authority|police|service|office|unit|"
    r"constabulary|inspectorate|commissioner|department|ministry)\b"
)
_COMMITTEE_LINE = re.compile(r"(?i)\b(?:committee|sub-committee|panel|board)\s*$")


_LAST_UPDATED = re.compile(r"(?i)^last\s+updated$")  # a page's edit date, not the document's


def _opening_lines(text: str, layout: Layout) -> list[str]:
    """The header's lines, then the cleaned first 40 lines of the text that are not among them."""
    lines = list(layout.header_lines)
    for raw in text.splitlines()[:40]:
        cleaned = clean_span(raw)
        if cleaned and cleaned not in lines:
            lines.append(cleaned)
    return lines


OPENING_DATE_LINES = 4  # lines under the title where an unlabelled date is the document's own


def _opening_date(opening: list[str]) -> str | None:
    """The date of the first "Date:"-like field of the opening lines ("Meeting date: …"), if any."""
    for line in opening:
        match = _FIELD_LINE.match(line)
        if match and field_kind(line) == "date" and not _LAST_UPDATED.match(match.group("label").strip()):
            found = parse_date(match.group("value"))
            if found:
                return found
    return None


def document_fields(text: str, layout: Layout, opening: list[str]) -> dict[str, str]:
    """The first value of each kind of labelled field ("Report by: ...") in the header, the opening lines
    (`opening`, as _opening_lines gives them) and the signature; a "Name:" right after "Signature:" is the
    signatory."""
    lines = list(opening)
    lines += layout.signature_lines
    tail = [clean_span(raw) for raw in text.splitlines()[-40:]]
    lines += [line for line in tail if line]
    found: dict[str, str] = {}
    previous = ""
    # "Last updated: 30 June 2023 · Page owner: Force Crime Registrar" holds two fields.
    pieces = [piece.strip() for line in lines for piece in re.split(r"\s+[·|]\s+", line)]
    for line in pieces:
        match = _FIELD_LINE.match(line)
        if not match:
            continue
        label, value = match.group("label").strip(), match.group("value").strip()
        for kind, pattern in _FIELD_KINDS:
            if pattern.match(label):
                if kind == "name" and previous == "signed":
                    found.setdefault("signatory", value)
                elif kind == "signed" and looks_like_person_name(value.split(",")[0]):
                    found.setdefault("signatory", value)  # "Signed as a correct record: Margaret Olusanya, Chair"
                elif kind == "post" and previous == "name" and "," not in found.get("signatory", ","):
                    found["signatory"] += f", {value}"  # "Name: ..." then "Post: ..." under "Signature:"
                elif kind not in ("name", "signed", "post"):
                    found.setdefault(kind, value)
                previous = kind
                break
        else:
            previous = ""
    return found


def _person_and_post(value: str) -> tuple[str, str | None]:
    """"Shauna Ellery, Deputy Mayor for Policing and Crime" -> (name, post)."""
    name, _, post = value.partition(",")
    return name.strip(), post.strip() or None


def extract_metadata(
    doc_id: str, text: str, layout: Layout, hints: dict[str, str] | None = None
) -> DocumentMeta:
    """Metadata of one document; `hints` (the file's own pdf/docx/html title, author) are fallbacks."""
    hints = hints or {}
    body = [p.text for p in layout.paragraphs if p.kind not in ("header", "signature")]
    header_text = "\n".join(layout.header_lines)
    when = parse_date(header_text)
    if when is None:  # no header date: accept a line that is nothing but a date near the top
        for line in text.splitlines()[:15]:
            found = parse_date(line)
            if found and len(line.split()) <= 5:
                when = found
                break
    reference = _reference(layout.header_lines)
    author, role = _author(layout)
    author = author or hints.get("author") or None
    org = _organisation(reference)
    if org is None:
        letterhead = []
        for line in layout.header_lines:
            if looks_like_person_name(line) or parse_date(line) or _reference([line]):
                break
            letterhead.append(line)
        org = _organisation("\n".join(letterhead))
    if org is None and layout.signature_lines:
        after_name = layout.signature_lines
        if layout.signatory in after_name:
            after_name = after_name[after_name.index(layout.signatory) + 1 :]
        org = _organisation("\n".join(after_name))
    if org is None:
        org = _organisation(" ".join(re.findall(r"[\w.-]+@([\w.-]+)", header_text)))
    recipient = _recipient(layout, author, body)

    subject = layout.subject
    if subject is None:
        for line in layout.header_lines:
            if match := _SUBJECT_FIELD.match(line):
                subject = match.group("subject")
                break
    title = subject
    if title is None and (not layout.is_letter or layout.salutation is None):
        title = _title_line(layout, org)  # a letter's header holds addresses, not titles, once "Dear ..." is found
    if title is None and layout.is_letter:
        title = _letter_title(author, org, recipient, body)
    opening = _opening_lines(text, layout)
    fields = document_fields(text, layout, opening)
    if fields.get("title") and (title is None or not layout.is_letter):
        title = fields["title"]
    elif not layout.is_letter:
        heading = _top_heading(text, layout)
        title = heading or title
    title = (
        title or (layout.headings[0] if layout.headings else None) or hints.get("title") or Path(doc_id).stem
    )
    field_reference = fields.get("reference")
    if field_reference and (reference is None or (reference in field_reference and reference != field_reference)):
        reference = field_reference  # "Reference: BN 2022/19", not just its "BN"
    # A labelled date at the top ("Meeting date: 22 January 2026", "Date of decision: …") is the document's own,
    # before the first date the header happens to write ("Period covered: 1 October to 31 December 2025"); a footer's
    # "Last updated: …" is not.
    when = (_opening_date(opening) or when or parse_date(fields.get("date", ""))
            or parse_date(hints.get("date", ""))
            # Nothing labelled or in a header: a date in the first lines under a report's or minutes' title ("Minutes
            # of the meeting held on Thursday 22 April 2027") is the document's own (a letter's body dates never are).
            or (None if layout.is_letter else parse_date(" \n".join(opening[:OPENING_DATE_LINES]))))
    if "signatory" in fields:  # a record signed off under "Signature: … Name: …"
        author, role = _person_and_post(fields["signatory"])
    report_by = fields.get("report_by")
    if report_by:  # "Doug Flight Job title: Head of Strategic Policy" -> "Doug Flight, Head of Strategic Policy"
        report_by = re.sub(r"(?i)\s+(?:job\s+title|title|position|role)\s*:\s*", ", ", report_by)
    if author is None and report_by:
        author, role = _person_and_post(report_by)
    if recipient is None and fields.get("recipient"):
        recipient = fields["recipient"]
    elif recipient and fields.get("recipient") and recipient.endswith(fields["recipient"]):
        recipient = fields["recipient"]  # the value of a "To: ..." line, not the line
    committee = fields.get("committee") or next(
        (line for line in layout.header_lines + [h for h in layout.headings[:1]] if _COMMITTEE_LINE.search(line)),
        None,
    )
    if committee is None and recipient and _COMMITTEE_LINE.search(recipient):
        committee = recipient
    if committee:  # "Chairman of the Budget and Performance Committee" is addressed to its chair
        committee = re.sub(r"(?i)^(?:the\s+)?(?:chair(?:man|woman|person)?|members?)\s+of\s+(?:the\s+)?", "", committee)
    if org is None:
        org = _organisation("\n".join(text.splitlines()[:10])) or hints.get("organisation") or next(
            (line for line in layout.header_lines[:3] if _BODY_WORDS.search(line) and not _FIELD_LINE.match(line)
             and not parse_date(line)),
            None,
        )
    found = {"title": title, "date": when, "author": author, "author_role": role, "recipient": recipient,
             "reference": reference, "organisation": org, "committee": committee, "report_by": report_by,
             "contact_officer": fields.get("contact_officer")}
    return DocumentMeta(
        spans=field_spans(text, layout, found),
        doc_id=doc_id,
        title=title,
        date=when,
        author=author,
        author_role=role,
        recipient=recipient,
        reference=reference,
        organisation=org,
        doc_type=_doc_type(layout),
        committee=committee,
        report_by=report_by,
        contact_officer=fields.get("contact_officer"),
    )


def _locate(text: str, value: str, last: bool = False) -> tuple[int, int] | None:
    """[start, end) of `value` in `text`, any short run of spaces, punctuation or Markdown emphasis standing for
    what separates its words; the last occurrence when `last` (a signatory is named in the sign-off, at the end)."""
    words = re.findall(r"\w+", value)[:12]
    if not words:
        return None
    pattern = re.compile(r"[\W_]{1,6}".join(re.escape(w) for w in words), re.I)
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    m = matches[-1] if last else matches[0]
    return m.start(), m.end()


def field_spans(text: str, layout: Layout, found: dict[str, str | None]) -> tuple[tuple[str, int, int], ...]:
    """(field, start, end) for each field found whose value the text writes out: the date as the header writes
    it, a signatory in the sign-off, anything else where it first appears."""
    spans = []
    for name, value in found.items():
        if not value:
            continue
        where = None
        if name == "date":
            for pattern in _DATE_PATTERNS:  # the first date written in the text that is the document's date
                hits = [m for m in pattern.finditer(text[:20000]) if parse_date(m.group()) == value]
                if hits and (where is None or hits[0].start() < where[0]):
                    where = (hits[0].start(), hits[0].end())
        else:
            where = _locate(text, value, last=name in ("author", "author_role") and bool(layout.signatory))
        if where is not None:
            spans.append((name, *where))
    return tuple(spans)


def _top_heading(text: str, layout: Layout) -> str | None:
    """A document's own title: its first top-level "#" heading (how Markdown, and the HTML and Word converters,
    mark one) that is more than a reference or a shouted letterhead."""
    lines = text.splitlines()[:60]
    for at, raw in enumerate(lines):
        match = re.match(r"^\s{0,3}#\s+(\S.*)$", raw)
        if match:
            heading = clean_span(match.group(1))
            if heading and not heading.isupper() and not _reference([heading]):
                if _FORM_HEADING.match(heading):
                    # "DMPC Decision - DMPCD 2026/118" names the form; the line under it says what it is about.
                    following = next((clean_span(line) for line in lines[at + 1:] if line.strip()), "")
                    if len(following.split()) >= 3 and ":" not in following and not following.isupper() \
                            and not following.startswith("#"):
                        return following
                return heading
    return None


# A heading that is only a kind of record and its number: "DMPC Decision - DMPCD 2026/118", "Decision Notice
# DN-2026-14".
_FORM_HEADING = re.compile(r"^(?:[\w'’&]+\s+){0,5}?[\w'’&]+\s*[-–—:]?\s*[A-Z]{2,8}[\s-]*\d{2,4}(?:[/-]\d{1,4})+$")

"""Labelled field lines ("Report by: Daniel Whitcombe, Head of Capital Programmes") and what kind each label is."""

from __future__ import annotations

import re

# "Label: value" lines that documents of many kinds use for facts about themselves.
FIELD_LINE = re.compile(r"^(?P<label>[A-Z][A-Za-z'’/() -]{0,40}?)\s*:\s*(?P<value>\S.{0,200})$")
FIELD_KINDS = [
    ("reference", re.compile(r"(?i)^(?:our\s+|your\s+)?ref(?:erence)?(?:\s+(?:no\.?|number))?$|^(?:decision|minute|"
                             r"report|paper|note|briefing\s+note|foi|case|file|agenda\s+item|item)\s+"
                             r"(?:reference|ref|number|no\.?)$")),
    ("report_by", re.compile(r"(?i)^(?:report(?:ed)?\s+by|prepared\s+by|author|written\s+by|from|report\s+author)$")),
    ("contact_officer",
     re.compile(r"(?i)^(?:contact(?:\s+officer)?|consultation\s+lead|page\s+owner|lead\s+officer)$")),
    ("date", re.compile(r"(?i)^(?:date(?:\s+of\s+(?:decision|meeting|issue|report|letter))?|published|last\s+updated|"
                        r"issued|meeting\s+date)$")),
    ("recipient", re.compile(r"(?i)^(?:to|addressee|for)$")),
    ("committee", re.compile(r"(?i)^(?:committee|meeting|panel|board|sub-committee)$")),
    ("title", re.compile(r"(?i)^(?:title|subject|report\s+title)$")),
    ("signed", re.compile(r"(?i)^(?:signature|signed(?:\s+(?:off\s+)?(?:as\s+(?:a\s+)?(?:correct|true|accurate)\s+"
                          r"record|by|off))?|approved\s+by)$")),
    ("name", re.compile(r"(?i)^(?:name|print\s+name|full\s+name)$")),
    ("post", re.compile(r"(?i)^(?:post|position|job\s+title|role)$")),
]


def field_kind(line: str) -> str | None:
    """The kind of a cleaned "Label: value" line whose label is a known field label, else None."""
    match = FIELD_LINE.match(line)
    if not match:
        return None
    label = match.group("label").strip()
    return next((kind for kind, pattern in FIELD_KINDS if pattern.match(label)), None)

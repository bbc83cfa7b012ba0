"""Lists in a document: which paragraphs lead into a list, which lead-in or parent item each list item hangs from,
how deep it is nested, and which paragraphs make up one list (its lead-in and all its items)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# "… as follows.", "… the following reasons." announce a list as a colon does.
_ANNOUNCES = re.compile(r"(?i)\b(?:as\s+follows|the\s+following(?:\s+[\w-]+){0,3})\s*[.:]?\s*$")


def leads_in(text: str) -> bool:
    """Whether the text leads into what follows it ("… in two pathfinder areas:")."""
    return text.rstrip().endswith(":")


def announces(text: str) -> bool:
    """Whether the text says that a list follows: it ends with ":" or "as follows" / "the following …"."""
    return leads_in(text) or bool(_ANNOUNCES.search(text.rstrip()))


def lead_ins(parts: Sequence[tuple[str, str]]) -> list[int]:
    """For each (kind, text) of a document in reading order, the index of the lead-in its list hangs from, or -1.

    Only a list item hangs from a lead-in: the nearest one before it, so in "A survey showed that: - Firstly … -
    Thirdly, questions such as: - how to … - how to …" the last two items hang from "Thirdly", not the survey. An
    item after a paragraph that leads into nothing hangs from nothing.
    """
    out, current = [], -1
    for at, (kind, text) in enumerate(parts):
        out.append(current if kind == "list_item" else -1)
        if leads_in(text):
            current = at
        elif kind != "list_item":
            current = -1
    return out


class Marker(NamedTuple):
    """How a list item is marked: its indentation and its marker's style ("bullet", "num.", "(alpha", "roman)")."""

    indent: int
    style: str


def marker_style(bullets: str, enum: str | None, delim: str) -> str:
    """The style of a list marker: its bullet glyph ("•", "-"), or the kind of enumerator (number, letter, roman)
    with its delimiter; "plain" for none."""
    if enum is None:
        return f"bullet{bullets.strip()[:1]}" if bullets.strip() else "plain"
    if enum.isdigit():
        kind = "num"
    elif len(enum) > 1 and set(enum.lower()) <= set("ivxlc"):
        kind = "roman"
    else:
        kind = "alpha"
    return f"{delim}{kind}" if delim == "(" else f"{kind}{delim}"


def levels(items: Sequence[tuple[Marker, bool]]) -> list[int]:
    """Nesting depth (0 = top) of each item of one run of list items, from (marker, whether the item leads in).

    Deeper indentation nests, and so does anything after an item that leads into it ("1. Consider: (a) … (b) …",
    or a text that lost its indentation: "- Thirdly, questions such as: - how to …"). A marker style met before at
    this indentation goes back to that level ("2. …"); another style at the same place is a sibling.
    """
    stack: list[Marker] = []
    out = []
    previous_leads = False
    for marker, leads in items:
        while stack and stack[-1].indent > marker.indent:
            stack.pop()
        if not stack or stack[-1].indent < marker.indent or previous_leads:
            stack.append(marker)
        elif stack[-1] != marker:
            if marker in stack:
                del stack[stack.index(marker) + 1:]
            else:
                stack[-1] = marker  # same place, another style: a sibling written differently
        out.append(len(stack) - 1)
        previous_leads = leads
    return out


class ListPlace(NamedTuple):
    """Where a paragraph stands in a list: the index of the paragraph it hangs from (-1: none, or only its
    heading), its nesting depth, and the index of the first item of its list (-1 for a paragraph in no list)."""

    parent: int
    level: int
    run: int = -1


def structure(parts: Sequence[tuple[str, str, str, Marker | None]]) -> list[ListPlace]:
    """For each (kind, text, heading, marker) of a document's paragraphs in reading order, where it stands in a list.

    A list is a run of consecutive list items under one heading. A top-level item hangs from the paragraph right
    before its list when that paragraph announces it (ends with ":" or says "as follows") under the same heading,
    else from nothing but its heading; a nested item hangs from the nearest item one level up.
    """
    out = [ListPlace(-1, 0)] * len(parts)
    at = 0
    while at < len(parts):
        if parts[at][0] != "list_item":
            at += 1
            continue
        end = at
        while end < len(parts) and parts[end][0] == "list_item" and parts[end][2] == parts[at][2]:
            end += 1
        run = range(at, end)
        depth = levels([(parts[i][3] or Marker(0, "plain"), announces(parts[i][1])) for i in run])
        before = at - 1
        lead = before if before >= 0 and parts[before][0] == "body" and parts[before][2] == parts[at][2] \
            and announces(parts[before][1]) else -1
        last_at: dict[int, int] = {}
        for i, level in zip(run, depth):
            out[i] = ListPlace(lead if level == 0 else last_at.get(level - 1, lead), level, at)
            last_at = {d: j for d, j in last_at.items() if d < level}
            last_at[level] = i
        at = end
    return out


def list_of(places: Sequence[ListPlace], at: int, own: bool = False) -> tuple[int, list[int]]:
    """The list paragraph `at` leads into or belongs to: (index of its lead-in or -1, indices of its items in order).

    A paragraph that is in no list gives the list hanging from it, nested items included; so does a list item with
    a nested list when `own` (it leads into that list: "Thirdly, questions such as:"). Another list item gives the
    list it is an item of: what hangs from its lead-in or parent item, or, for a list with no lead-in, the whole run.
    (-1, []) when there is none.
    """
    def hanging_from(lead: int) -> list[int]:
        items, inside = [], {lead}
        for i in range(lead + 1, len(places)):
            if places[i].run < 0 or places[i].parent not in inside:
                break
            inside.add(i)
            items.append(i)
        return items

    has_own = at + 1 < len(places) and places[at + 1].parent == at and places[at + 1].run >= 0
    if has_own and (own or places[at].run < 0):
        return at, hanging_from(at)
    run = places[at].run
    if run < 0:
        return -1, []
    parent = places[at].parent
    if parent >= 0:
        return parent, hanging_from(parent)
    return -1, [i for i in range(run, len(places)) if places[i].run == run]


def places_of(paragraphs: Sequence) -> list[ListPlace]:
    """The ListPlace of each paragraph of a document (objects with kind, label, heading, lead_in and level, as
    rag.types.Paragraph), read back from what segmentation recorded."""
    out: list[ListPlace] = []
    at_label: dict[str, int] = {}
    run = -1
    for i, p in enumerate(paragraphs):
        if p.kind != "list_item":
            run = -1
            out.append(ListPlace(-1, 0))
        else:
            previous = paragraphs[i - 1] if i else None
            if run < 0 or previous is None or previous.kind != "list_item" or previous.heading != p.heading:
                run = i
            out.append(ListPlace(at_label.get(p.lead_in, -1) if p.lead_in else -1, p.level, run))
        at_label[p.label] = i
    return out


def document_lists(paragraphs: Sequence) -> list[tuple[int, list[int]]]:
    """Every list of a document: (index of its lead-in or -1 when it hangs only from its heading, indices of its
    items, nested ones included), in reading order."""
    places = places_of(paragraphs)
    return [list_of(places, i) for i, place in enumerate(places) if place.run == i]

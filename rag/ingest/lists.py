"""Lists in a document: which paragraphs lead into a list, and which lead-in each list item hangs from."""

from __future__ import annotations

from collections.abc import Sequence


def leads_in(text: str) -> bool:
    """Whether the text leads into what follows it ("… in two pathfinder areas:")."""
    return text.rstrip().endswith(":")


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

"""Which paragraphs a question names by label: "para 22", "paragraph 16(a)", "¶3", "Recommendation 2"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.types import Chunk

# "para 22", "paragraphs 16(a)", "¶ 3": the citation labels staff read in answers, asked about in turn.
_PARAGRAPH = re.compile(r"(?:\bpara(?:graph)?s?\.?\s*|¶\s*)(\d{1,3})(?:\s*\(([a-z0-9])\))?", re.I)
# "Recommendation 2", "question 4": numbered points a letter quotes before answering them.
_NUMBERED = re.compile(r"\b(recommendation|question|action|proposal|point)\s+(\d{1,3})\b", re.I)


def named_labels(question: str) -> dict[str, int]:
    """Normalised labels the question names, each with a preference (0 = as written, 1 = the other numbering
    scheme it may mean): "para 22" -> {"para 22": 0, "¶22": 1}. Empty when it names none."""
    labels: dict[str, int] = {}
    for m in _PARAGRAPH.finditer(question):
        sub = f"({m.group(2).lower()})" if m.group(2) else ""
        written = m.group(0).lower()
        para, pilcrow = f"para {m.group(1)}{sub}", f"¶{m.group(1)}{sub}"
        # "para 22" is how a numbered report is cited and "¶3" a letter's own count; "paragraph 3" may mean either.
        labels[para] = min(labels.get(para, 1), 0 if not written.startswith("¶") else 1)
        labels[pilcrow] = min(labels.get(pilcrow, 1), 0 if not written.startswith("para ") else 1)
    for m in _NUMBERED.finditer(question):
        labels[f"{m.group(1).lower()} {m.group(2)}"] = 0
    return labels


def _own_label(chunk: Chunk) -> str | None:
    """The numbered point a paragraph opens with ("Recommendation 2: The MPS should …" -> "recommendation 2")."""
    m = _NUMBERED.match(chunk.text.lstrip())
    return f"{m.group(1).lower()} {m.group(2)}" if m else None


class ParagraphMentions:
    """Rows of the chunks each label names, worked out once per index."""

    def __init__(self, chunks: Sequence[Chunk]):
        self._rows: dict[str, list[int]] = {}
        for row, chunk in enumerate(chunks):
            if chunk.kind == "list":  # a list is addressed by its lead-in's or items' labels, not its own
                continue
            names = {chunk.label.lower(), chunk.label.lower().split(",")[0]}  # "para 25, item 1" is in para 25
            own = _own_label(chunk)
            if own:
                names.add(own)
            for name in names:
                self._rows.setdefault(name, []).append(row)

    def find(self, question: str) -> dict[int, int]:
        """Rows of the paragraphs the question names by label, each with its preference (0 best, see
        named_labels); empty when it names none."""
        rows: dict[int, int] = {}
        for label, preference in named_labels(question).items():
            for row in self._rows.get(label, ()):
                rows[row] = min(rows.get(row, preference), preference)
        return rows

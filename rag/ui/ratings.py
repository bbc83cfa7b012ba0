"""One feedback row per answer: a new rating or comment replaces that answer's earlier row."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from rag.evaluation.feedback import DEFAULT_FEEDBACK_FILE, record_feedback
from rag.types import Answer

_LOCK = threading.Lock()


def save_rating(answer: Answer, answer_id: str, rating: str, comment: str = "",
                path: Path = DEFAULT_FEEDBACK_FILE) -> dict:
    """Store this answer's rating (and comment), replacing any row saved for the same answer before."""
    # record_feedback owns the row format; pointed at os.devnull it builds the row and stores nothing.
    row = {**record_feedback(answer, rating, comment, path=Path(os.devnull)), "answer_id": answer_id}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK:
        kept = []
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    same = json.loads(line).get("answer_id") == answer_id
                except (json.JSONDecodeError, AttributeError):
                    same = False  # keep a line we cannot read rather than lose it
                if line.strip() and not same:
                    kept.append(line)
        kept.append(json.dumps(row, ensure_ascii=False))
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("\n".join(kept) + "\n", encoding="utf-8")
        tmp.replace(path)  # atomic: a crash leaves the old file or the new one, never half of one
    return row

"""Thumbs up/down feedback from the chat, appended to a local JSONL file; turned into candidate Q&A pairs."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from rag import settings
from rag.types import Answer

DEFAULT_FEEDBACK_FILE = Path(settings.get("RAG_FEEDBACK_FILE"))
_LOCK = threading.Lock()


def record_feedback(answer: Answer, rating: str, comment: str = "", path: Path = DEFAULT_FEEDBACK_FILE) -> dict:
    """Append one feedback line; rating is 'up' or 'down'."""
    if rating not in ("up", "down"):
        raise ValueError("rating must be 'up' or 'down'")
    row = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "question": answer.question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "citations": [{"doc_id": p.doc_id, "paragraph": p.paragraph, "start": p.start, "end": p.end,
                       "text": p.text} for p in answer.citations],
        "index_version": answer.index_version,
        "mode": answer.mode,
        "rating": rating,
        "comment": comment.strip()[:2000],
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK, path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return row


def feedback_to_candidates(path: Path) -> list[dict[str, Any]]:
    """Candidate Q&A pairs (eval/qa.jsonl format) for a reviewer: liked answers become answerable pairs with
    their cited text as evidence; disliked ones are kept with an empty answer and the comment, to be filled in."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue  # a torn line from a crash: skip it rather than lose the rest
        liked = row.get("rating") == "up" and not row.get("abstained")
        citations = row.get("citations") or []
        docs = sorted({c["doc_id"] for c in citations})
        out.append({
            "id": f"fb{n:04d}",
            "question": row.get("question", ""),
            "answer": row.get("answer", "") if liked else "",
            "aliases": [],
            "must_contain": [],
            "doc": (docs[0] if len(docs) == 1 else docs) if liked and docs else None,
            "evidence": [c["text"][:200] for c in citations] if liked else [],
            "type": "factoid",
            "difficulty": "medium",
            "review": "check must_contain and evidence" if liked else f"disliked: {row.get('comment', '')}",
        })
    return out

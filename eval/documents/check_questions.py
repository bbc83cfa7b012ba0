#!/usr/bin/env python3
"""Check eval/documents/{dev,sealed}.jsonl against the generated documents.

Checks: every line parses; exactly the expected fields; ids unique and named
d-<half>-NNN; type/difficulty/layout values; doc names exist in that half;
unanswerable rows are empty; every evidence string (no newline, <= 300 chars,
<= 10 words, not starting with a bullet or paragraph number) occurs in the
document's visible text as described in README.md; every must_contain string
occurs in the answer and in the document; table evidence is unique in its
document. Needs python-docx and pdftotext (poppler-utils).

Usage:  python check_questions.py
"""
from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "question", "answer", "aliases", "must_contain", "doc", "evidence",
          "type", "difficulty", "layout"]
TYPES = {"factoid", "list", "date_number", "who", "paraphrase", "multi_doc",
         "comparison", "unanswerable", "metadata"}
LAYOUTS = {"table", "list", "metadata", "body"}
DIFFICULTIES = {"easy", "medium", "hard"}
BLOCK_TAGS = r"(p|li|td|th|h[1-6]|dd|dt|caption|blockquote|tr|div|ul|ol|table|title|button|a|label)"


def units(path: str) -> list[str]:
    """The visible text of a document as a list of units (line, paragraph or cell)
    inside which an evidence string must occur."""
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        return [open(path, encoding="utf-8").read()]
    if ext == "md":
        return [open(path, encoding="utf-8").read()]
    if ext == "html":
        src = open(path, encoding="utf-8").read()
        src = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", src, flags=re.S)
        src = re.sub(rf"</?{BLOCK_TAGS}\b[^>]*>", "\n", src)
        src = re.sub(r"<[^>]+>", "", src)
        src = html.unescape(src)
        return [re.sub(r"\s+", " ", line).strip() for line in src.split("\n") if line.strip()]
    if ext == "docx":
        from docx import Document
        doc = Document(path)
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                out.extend(cell.text for cell in row.cells)
        for sec in doc.sections:
            out.extend(p.text for p in sec.header.paragraphs)
            out.extend(p.text for p in sec.footer.paragraphs)
        return out
    if ext == "pdf":
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True,
                              check=True).stdout
        return [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    raise ValueError(path)


def count_token(value: str, text: str) -> int:
    return len(re.findall(r"(?<![\w.,/])" + re.escape(value) + r"(?![\w/]|[.,]\d)", text))


def check(half: str) -> tuple[list[dict], list[str]]:
    errors: list[str] = []
    folder = os.path.join(HERE, half)
    docs = {name: units(os.path.join(folder, name)) for name in sorted(os.listdir(folder))}
    rows = []
    path = os.path.join(HERE, f"{half}.jsonl")
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{half}:{n}: does not parse: {exc}")
            continue
        rows.append(row)
        rid = row.get("id", f"line {n}")
        if list(row) != FIELDS:
            errors.append(f"{rid}: fields {list(row)}")
            continue
        if not re.fullmatch(rf"d-{half}-\d{{3}}", row["id"]):
            errors.append(f"{rid}: bad id")
        if row["type"] not in TYPES:
            errors.append(f"{rid}: bad type")
        if row["layout"] not in LAYOUTS:
            errors.append(f"{rid}: bad layout")
        if row["difficulty"] not in DIFFICULTIES:
            errors.append(f"{rid}: bad difficulty")
        if not isinstance(row["aliases"], list):
            errors.append(f"{rid}: aliases not a list")
        if row["type"] == "unanswerable":
            if row["doc"] is not None or row["must_contain"] or row["evidence"] \
                    or row["layout"] != "body":
                errors.append(f"{rid}: unanswerable row not empty")
            continue
        names = row["doc"] if isinstance(row["doc"], list) else [row["doc"]]
        if row["type"] in ("multi_doc", "comparison"):
            if not isinstance(row["doc"], list) or len(row["doc"]) < 2:
                errors.append(f"{rid}: multi_doc/comparison needs a list of docs")
        elif not isinstance(row["doc"], str):
            errors.append(f"{rid}: doc must be one file name")
        missing = [d for d in names if d not in docs]
        if missing:
            errors.append(f"{rid}: unknown doc {missing}")
            continue
        if not 1 <= len(row["must_contain"]) <= 3:
            errors.append(f"{rid}: must_contain count")
        if not 1 <= len(row["evidence"]) <= 3 * len(names):
            errors.append(f"{rid}: evidence count")
        all_text = "\n".join(u for d in names for u in docs[d])
        for mc in row["must_contain"]:
            if mc.lower() not in row["answer"].lower():
                errors.append(f"{rid}: must_contain {mc!r} not in answer")
            if mc.lower() not in all_text.lower():
                errors.append(f"{rid}: must_contain {mc!r} not in document")
        for ev in row["evidence"]:
            if "\n" in ev or len(ev) > 300 or len(ev.split()) > 10:
                errors.append(f"{rid}: evidence too long or has newline: {ev!r}")
            if ev != ev.strip() or re.match(r"^(\d+\.(\d+\.?)*\s|\(?[a-z]\)\s|[a-z]\.\s|[-•·*]\s)", ev):
                errors.append(f"{rid}: evidence starts with a number/bullet: {ev!r}")
            if any(d.endswith(".md") for d in names) and ("**" in ev or "|" in ev):
                errors.append(f"{rid}: markup in md evidence: {ev!r}")
            if not any(ev in u for d in names for u in docs[d]):
                errors.append(f"{rid}: evidence not found: {ev!r}")
            if row["layout"] == "table" and re.fullmatch(r"[£\d.,%m ]+(min \d+ s)?", ev):
                for d in names:
                    text = "\n".join(docs[d])
                    c = count_token(ev, text)
                    if c > 1:
                        errors.append(f"{rid}: table value {ev!r} occurs {c} times in {d}")
        if len(names) > 1:
            for d in names:
                if not any(ev in u for ev in row["evidence"] for u in docs[d]):
                    errors.append(f"{rid}: no evidence string comes from {d}")
    ids = Counter(r.get("id") for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    return rows, errors


def main() -> int:
    all_errors = []
    for half in ("dev", "sealed"):
        rows, errors = check(half)
        all_errors += errors
        print(f"{half}: {len(rows)} questions")
        for key in ("type", "layout", "difficulty"):
            print(f"  {key}: {dict(sorted(Counter(r.get(key) for r in rows).items()))}")
        per_doc = Counter()
        for r in rows:
            d = r.get("doc")
            for name in (d if isinstance(d, list) else [d]):
                per_doc[name] += 1
        print(f"  per document: {dict(sorted(per_doc.items(), key=str))}")
    for e in all_errors:
        print("ERROR", e)
    print("OK" if not all_errors else f"{len(all_errors)} errors")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())

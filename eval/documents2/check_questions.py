"""Validate eval/documents2/sealed.jsonl against the generated documents.

Usage:
    /tmp/docs2-venv/bin/python eval/documents2/check_questions.py

Needs python-docx and reportlab (it re-runs the .docx/.pdf builders of
make_documents.py into a temporary directory to get the text that the
generator puts into those files; it does not parse the binary files back).
The .txt, .md and .html files are read from sealed/.

Checks, for every line:
  * it parses, has exactly the expected fields, a unique id d2-sealed-NNN and
    valid type / difficulty / layout values;
  * `doc` is a file in sealed/ (a list of two for multi_doc/comparison, null
    for unanswerable, which must have empty must_contain and evidence);
  * every evidence string (at most 12 words) occurs verbatim in the visible
    text of its document: inside one text block of a .docx/.pdf (paragraph,
    list item, table cell, header/footer line), inside one line of a .txt
    file, inside one visible block of the HTML (whitespace collapsed), or in
    the Markdown source with emphasis markers removed (soft line breaks
    collapsed);
  * every must_contain string occurs (case-insensitively) in the document
    text (line breaks and runs of spaces collapsed) and in the question's own answer or aliases;
  * a table-layout evidence string that is a whole table cell is the only
    cell in its document with that value (a warning otherwise).
Exits 1 if any check fails. The text helpers (html_blocks, md_blocks,
table_cells_md, ws) come from eval/docgen.py.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the eval/ folder, for docgen

from docgen import html_blocks, md_blocks, table_cells_md, ws  # noqa: E402

SEALED = os.path.join(HERE, "sealed")
QFILE = os.path.join(HERE, "sealed.jsonl")

FIELDS = ["id", "question", "answer", "aliases", "must_contain", "doc", "evidence",
          "type", "difficulty", "layout"]
TYPES = {"factoid", "date_number", "who", "metadata", "list", "paraphrase",
         "comparison", "multi_doc", "unanswerable"}
DIFFS = {"easy", "medium", "hard"}
LAYOUTS = {"table", "list", "metadata", "body"}


def load_documents():
    """Return {name: (blocks, cells)}; cells are whole table-cell values."""
    sys.path.insert(0, HERE)
    import make_documents as md

    docs = {}
    with tempfile.TemporaryDirectory() as tmp:
        md.OUT = tmp
        for name, blocks in md.document_blocks().items():
            docs[name] = (blocks, blocks)
    for name in sorted(os.listdir(SEALED)):
        path = os.path.join(SEALED, name)
        text = open(path, encoding="utf-8").read() if not name.endswith((".docx", ".pdf")) else None
        if name.endswith(".txt"):
            lines = [ln for ln in text.split("\n") if ln.strip()]
            cells = [c for ln in lines for c in re.split(r"\s{2,}", ln.strip())]
            docs[name] = (lines, cells)
        elif name.endswith(".md"):
            docs[name] = (md_blocks(text), table_cells_md(text))
        elif name.endswith(".html"):
            cells = [ws(html.unescape(re.sub(r"<[^>]+>", "", c)))
                     for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", text, flags=re.S)]
            docs[name] = (html_blocks(text), cells)
        elif name not in docs:
            docs[name] = None  # a binary file the builders did not produce
    return docs


def main():
    docs = load_documents()
    errors, warnings = [], []
    seen = set()
    rows = []
    for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        rows.append(r)
        rid = r.get("id", f"line {n}")
        if list(r) != FIELDS:
            errors.append(f"{rid}: fields {list(r)} != {FIELDS}")
            continue
        if not re.fullmatch(r"d2-sealed-\d{3}", rid) or rid in seen:
            errors.append(f"{rid}: bad or duplicate id")
        seen.add(rid)
        if r["type"] not in TYPES or r["difficulty"] not in DIFFS or r["layout"] not in LAYOUTS:
            errors.append(f"{rid}: bad type/difficulty/layout")
        if not isinstance(r["aliases"], list):
            errors.append(f"{rid}: aliases must be a list")
        doc = r["doc"]
        if r["type"] == "unanswerable":
            if doc is not None or r["must_contain"] or r["evidence"]:
                errors.append(f"{rid}: unanswerable needs doc null, empty must_contain and evidence")
            if not r["answer"].startswith("The documents don't say."):
                errors.append(f"{rid}: unanswerable answer must start 'The documents don't say.'")
            continue
        names = doc if isinstance(doc, list) else [doc]
        if r["type"] in ("multi_doc", "comparison"):
            if not (isinstance(doc, list) and len(doc) == 2):
                errors.append(f"{rid}: {r['type']} needs a list of two documents")
        elif not isinstance(doc, str):
            errors.append(f"{rid}: doc must be a file name")
        if any(nm not in docs or docs[nm] is None for nm in names):
            errors.append(f"{rid}: unknown document {doc}")
            continue
        if not (1 <= len(r["must_contain"]) <= 3):
            errors.append(f"{rid}: must_contain needs 1 to 3 strings")
        if not r["evidence"]:
            errors.append(f"{rid}: no evidence")
        for ev in r["evidence"]:
            if len(ev.split()) > 12:
                errors.append(f"{rid}: evidence longer than 12 words: {ev!r}")
            hits = [nm for nm in names if any(ev in b for b in docs[nm][0])]
            if not hits:
                errors.append(f"{rid}: evidence not found in one block of {names}: {ev!r}")
            if r["layout"] == "table":
                for nm in names:
                    count = sum(1 for c in docs[nm][1] if c == ev)
                    if count > 1:
                        warnings.append(f"{rid}: table value {ev!r} is {count} cells of {nm}")
        full = {nm: ws(" ".join(docs[nm][0])).lower() for nm in names}
        answer_text = (r["answer"] + " " + " ".join(r["aliases"])).lower()
        for mc in r["must_contain"]:
            if not any(mc.lower() in full[nm] for nm in names):
                errors.append(f"{rid}: must_contain not in document text: {mc!r}")
            if mc.lower() not in answer_text:
                errors.append(f"{rid}: must_contain not in the answer: {mc!r}")
        if isinstance(doc, list):
            for nm in names:
                if not any(any(ev in b for b in docs[nm][0]) for ev in r["evidence"]):
                    errors.append(f"{rid}: no evidence string from {nm}")
    used = {nm for r in rows if r.get("doc") for nm in (r["doc"] if isinstance(r["doc"], list) else [r["doc"]])}
    for nm in docs:
        if nm not in used:
            errors.append(f"document with no questions: {nm}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions, {len(docs)} documents, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

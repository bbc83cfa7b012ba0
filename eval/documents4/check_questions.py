"""Validate eval/documents4/dev.jsonl and sealed.jsonl against the generated documents.

Usage (from the repository root):
    .venv/bin/python eval/documents4/check_questions.py

Needs python-docx and reportlab (reportlab 5.1.0 for byte-identical PDFs): it
re-runs make_documents.py into a temporary directory and checks that every
file in dev/ and sealed/ is byte-identical to the fresh build. Text is then
taken from the committed files: .docx parsed back with python-docx
(paragraphs, table cells, header/footer), .pdf from the generator's text
blocks plus `pdftotext` output (pdfplumber if pdftotext is not installed),
and .txt/.md/.html read as text.

Checks, for every line of dev.jsonl (documents in dev/) and sealed.jsonl
(documents in sealed/):
  * it parses, has exactly the expected fields, the id d4-dev-NNN or
    d4-sealed-NNN numbered 001 to 050 in order, and valid type / difficulty
    / layout values; each half has exactly the type counts in TYPE_COUNTS;
  * `doc` is a file in its own half (a list of two for multi_doc/comparison,
    null for unanswerable, which must have empty must_contain and evidence
    and an answer starting "The documents don't say.");
  * every evidence string (at most 12 words, not starting with a list label
    such as "(a) " or "1. ") occurs verbatim in the visible text of its
    document: inside one paragraph, list item, table cell or header/footer
    line of a .docx; inside one generator block of a .pdf and on one line of
    its extracted text; inside one line of a .txt file; inside one visible
    block of the HTML (whitespace collapsed); or inside one block of the
    Markdown with emphasis removed (soft line breaks collapsed);
  * every must_contain string (1 to 3 of them; 2 to 3 for list questions)
    occurs (case-insensitively) in the document text (line breaks and runs of
    spaces collapsed; for a .pdf in both the generator text and the extracted
    text) and in the question's own answer or aliases;
  * a table-layout evidence string that is a whole table cell is the only
    cell in its document with that value (a warning otherwise);
  * every document has at least one question.
It prints the question counts by type, layout and difficulty for each half,
and exits 1 if any check fails.
"""

from __future__ import annotations

import collections
import filecmp
import html
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the eval/ folder, for docgen
sys.path.insert(0, HERE)

from docgen import docx_blocks, html_blocks, md_blocks, pdftotext_lines, table_cells_md, ws  # noqa: E402

HALVES = ("dev", "sealed")
PER_HALF = 50
FIELDS = ["id", "question", "answer", "aliases", "must_contain", "doc", "evidence",
          "type", "difficulty", "layout"]
TYPE_COUNTS = {"date_number": 13, "who": 6, "list": 6, "factoid": 5, "paraphrase": 5,
               "metadata": 4, "comparison": 2, "multi_doc": 2, "unanswerable": 7}
DIFFS = {"easy", "medium", "hard"}
LAYOUTS = {"table", "list", "metadata", "body"}
# "(a) ", "a) ", "(iv) ", "1. ", "1) ", "- ", "* ", or a paragraph number such as "1.1 The"
LIST_LABEL = re.compile(r"^(\([a-z0-9]{1,4}\)|[a-z0-9]{1,3}\)|\d+\.|[-*\u2022])\s|^\d+(\.\d+)+\s+[A-Z]")


def pdf_lines(path):
    """Lines of extracted PDF text: pdftotext if installed, else pdfplumber."""
    lines = pdftotext_lines(path)
    if lines is not None:
        return lines
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return [ln for ln in text.split("\n") if ln.strip()]


def load_documents(errors):
    """Return {half: {name: (blocks, cells, extra_lines)}}; cells are whole table-cell values.

    extra_lines is the extracted text of a PDF (evidence must also sit on one
    of its lines), else None. Rebuilds every file into a temporary directory
    and compares it with the committed copy, so that the documents cannot
    drift from make_documents.py.
    """
    import docx
    import make_documents as md

    docs = {h: {} for h in HALVES}
    with tempfile.TemporaryDirectory() as tmp:
        md.OUT = tmp
        try:
            binary = md.document_blocks()
            built = md.build_all()
        except ImportError as e:
            print(f"ERROR cannot rebuild the documents ({e}); install python-docx and reportlab==5.1.0")
            sys.exit(1)
        for key in built:
            mine = os.path.join(HERE, key)
            if not os.path.exists(mine):
                errors.append(f"{key}: missing (run make_documents.py)")
            elif not filecmp.cmp(mine, os.path.join(tmp, key), shallow=False):
                errors.append(f"{key}: differs from a fresh build of make_documents.py")
    for half in HALVES:
        folder = os.path.join(HERE, half)
        if not os.path.isdir(folder):
            errors.append(f"{half}/: missing")
            continue
        for name in sorted(os.listdir(folder)):
            key = f"{half}/{name}"
            path = os.path.join(folder, name)
            if key not in built:
                errors.append(f"{key}: not written by make_documents.py")
                continue
            if name.endswith(".pdf"):
                blocks = binary[key]
                docs[half][name] = (blocks, blocks, pdf_lines(path))
            elif name.endswith(".docx"):
                blocks = docx_blocks(docx.Document(path))
                if blocks != binary[key]:
                    errors.append(f"{key}: python-docx text differs from the generator's blocks")
                cells = [c.text for t in docx.Document(path).tables for row in t.rows for c in row.cells]
                docs[half][name] = (blocks, cells, None)
            else:
                text = open(path, encoding="utf-8").read()
                if name.endswith(".txt"):
                    lines = [ln for ln in text.split("\n") if ln.strip()]
                    cells = [c for ln in lines for c in re.split(r"\s{2,}", ln.strip())]
                    docs[half][name] = (lines, cells, None)
                elif name.endswith(".md"):
                    docs[half][name] = (md_blocks(text), table_cells_md(text), None)
                elif name.endswith(".html"):
                    cells = [ws(html.unescape(re.sub(r"<[^>]+>", "", c)))
                             for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", text, flags=re.S)]
                    docs[half][name] = (html_blocks(text), cells, None)
                else:
                    errors.append(f"{key}: unexpected file type")
    return docs


def check_row(r, rid, half, docs, errors, warnings):
    if r["type"] not in TYPE_COUNTS or r["difficulty"] not in DIFFS or r["layout"] not in LAYOUTS:
        errors.append(f"{rid}: bad type/difficulty/layout")
    for field in ("question", "answer"):
        if not isinstance(r[field], str) or not r[field].strip():
            errors.append(f"{rid}: empty {field}")
    for field in ("aliases", "must_contain", "evidence"):
        if not isinstance(r[field], list) or not all(isinstance(x, str) and x for x in r[field]):
            errors.append(f"{rid}: {field} must be a list of non-empty strings")
            return
    doc = r["doc"]
    if r["type"] == "unanswerable":
        if doc is not None or r["must_contain"] or r["evidence"]:
            errors.append(f"{rid}: unanswerable needs doc null, empty must_contain and evidence")
        if not r["answer"].startswith("The documents don't say."):
            errors.append(f"{rid}: unanswerable answer must start 'The documents don't say.'")
        return
    names = doc if isinstance(doc, list) else [doc]
    if r["type"] in ("multi_doc", "comparison"):
        if not (isinstance(doc, list) and len(doc) == 2 and doc[0] != doc[1]):
            errors.append(f"{rid}: {r['type']} needs a list of two documents")
    elif not isinstance(doc, str):
        errors.append(f"{rid}: doc must be a file name")
    if any(not isinstance(nm, str) or nm not in docs for nm in names):
        errors.append(f"{rid}: unknown document in {half}/: {doc}")
        return
    lo, hi = (2, 3) if r["type"] == "list" else (1, 3)
    if not (lo <= len(r["must_contain"]) <= hi):
        errors.append(f"{rid}: must_contain needs {lo} to {hi} strings")
    if not r["evidence"]:
        errors.append(f"{rid}: no evidence")
    for ev in r["evidence"]:
        if len(ev.split()) > 12:
            errors.append(f"{rid}: evidence longer than 12 words: {ev!r}")
        if LIST_LABEL.match(ev):
            errors.append(f"{rid}: evidence starts with a list label: {ev!r}")
        hits = [nm for nm in names if any(ev in b for b in docs[nm][0])]
        if not hits:
            errors.append(f"{rid}: evidence not found in one block of {names}: {ev!r}")
        for nm in hits:
            extra = docs[nm][2]
            if extra is not None and not any(ev in ln for ln in extra):
                errors.append(f"{rid}: evidence not on one line of the extracted text of {nm}: {ev!r}")
        if r["layout"] == "table":
            for nm in names:
                count = sum(1 for c in docs[nm][1] if c == ev)
                if count > 1:
                    warnings.append(f"{rid}: table value {ev!r} is {count} cells of {nm}")
    answer_text = (r["answer"] + " " + " ".join(r["aliases"])).lower()
    for mc in r["must_contain"]:
        found = False
        for nm in names:
            blocks, _, extra = docs[nm]
            texts = [ws(" ".join(blocks)).lower()]
            if extra is not None:
                texts.append(ws(" ".join(extra)).lower())
            if all(mc.lower() in t for t in texts):
                found = True
        if not found:
            errors.append(f"{rid}: must_contain not in document text: {mc!r}")
        if mc.lower() not in answer_text:
            errors.append(f"{rid}: must_contain not in the answer: {mc!r}")
    if isinstance(doc, list):
        for nm in names:
            if not any(any(ev in b for b in docs[nm][0]) for ev in r["evidence"]):
                errors.append(f"{rid}: no evidence string from {nm}")


def check_half(half, docs, errors, warnings):
    qfile = os.path.join(HERE, f"{half}.jsonl")
    rows = []
    if not os.path.exists(qfile):
        errors.append(f"{half}.jsonl: missing")
        return rows
    for n, line in enumerate(open(qfile, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{half}.jsonl line {n}: bad JSON: {e}")
            continue
        if not isinstance(r, dict):
            errors.append(f"{half}.jsonl line {n}: not an object")
            continue
        rows.append(r)
        rid = r.get("id", f"{half} line {n}")
        if list(r) != FIELDS:
            errors.append(f"{rid}: fields {list(r)} != {FIELDS}")
            continue
        if rid != f"d4-{half}-{n:03d}":
            errors.append(f"{rid}: id should be d4-{half}-{n:03d}")
        check_row(r, rid, half, docs, errors, warnings)
    if len(rows) != PER_HALF:
        errors.append(f"{half}.jsonl: {len(rows)} questions, expected {PER_HALF}")
    counts = collections.Counter(r.get("type") for r in rows)
    if dict(counts) != TYPE_COUNTS:
        errors.append(f"{half}.jsonl: type counts {dict(counts)} != {TYPE_COUNTS}")
    used = {nm for r in rows if r.get("doc")
            for nm in (r["doc"] if isinstance(r["doc"], list) else [r["doc"]])}
    for nm in docs:
        if nm not in used:
            errors.append(f"{half}/{nm}: document with no questions")
    return rows


def main():
    errors, warnings = [], []
    docs = load_documents(errors)
    if not shutil.which("pdftotext"):
        print("NOTE pdftotext not installed: PDF text taken from pdfplumber")
    summary = []
    for half in HALVES:
        rows = check_half(half, docs[half], errors, warnings)
        by_type = collections.Counter(r.get("type") for r in rows)
        by_layout = collections.Counter(r.get("layout") for r in rows)
        by_diff = collections.Counter(r.get("difficulty") for r in rows)
        summary.append(f"{half}: {len(rows)} questions, {len(docs[half])} documents")
        summary.append("  type:       " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()))
        summary.append("  layout:     " + ", ".join(f"{k} {v}" for k, v in by_layout.most_common()))
        summary.append("  difficulty: " + ", ".join(f"{k} {v}" for k, v in by_diff.most_common()))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    for s in summary:
        print(s)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

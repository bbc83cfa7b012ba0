"""Validate a generated collection's dev.jsonl and sealed.jsonl against its documents (eval/documents5, documents6).

Usage (from the repository root):
    .venv/bin/python eval/documentsN/check_questions.py [--show FILE]

Each collection's check_questions.py calls main() here with its own folder; the id prefix ("d5", "d6") and the
name ("documents5") come from the folder's name.

Needs python-docx, reportlab 5.1.0 (for byte-identical PDFs) and pypdf; uses
pdfplumber and `pdftotext` too when they are installed.

Checks:
  * make_documents.py, re-run into a temporary folder, gives files that are
    byte-identical to the committed dev/ and sealed/ files, and no other files
    are in those folders;
  * each line of dev.jsonl / sealed.jsonl parses, has exactly the fields in
    FIELDS in that order, the id dN-<half>-NNN numbered 001 to 050 in order
    (so unique), and valid type / difficulty / layout values; each half has
    exactly the type counts in TYPE_COUNTS;
  * `doc` names a file of the same half (a list of two or more different files
    for multi_doc, a file for every other answerable type); unanswerable rows
    have doc null, empty must_contain and evidence, and an answer starting
    "The documents don't say.";
  * every evidence string (at most 15 words, not starting with a list label
    such as "(a) " or "1. ") is found, after whitespace is normalised, in the
    visible text of its document: for a .docx inside one paragraph, table
    cell or header/footer paragraph (python-docx); for a .pdf in the text
    extracted by pypdf and, when installed, by pdfplumber and pdftotext; for
    .html inside one visible block (html.parser, scripts and styles dropped);
    for .md in the file text and in one Markdown block with emphasis removed;
    for .txt on one line of the file;
  * every must_contain string (1 to 3; 2 to 3 for list questions) is inside
    one of the row's evidence strings and inside its answer or aliases
    (case-insensitive);
  * a multi_doc row has evidence from each of its documents; every document
    has at least one question.
On success it prints a one-line summary; otherwise it prints each problem and
exits 1. `--show FILE` prints the normalised visible text of one document.
"""

from __future__ import annotations

import collections
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from docgen import html_blocks, md_blocks, ws

HERE = ""  # the collection's folder, set by main()

HALVES = ("dev", "sealed")
PER_HALF = 50
FIELDS = ["id", "question", "answer", "aliases", "must_contain", "doc", "evidence",
          "type", "difficulty", "layout"]
TYPE_COUNTS = {"date_number": 12, "who": 6, "list": 6, "factoid": 5, "paraphrase": 6,
               "metadata": 5, "comparison": 2, "multi_doc": 2, "unanswerable": 6}
DIFFS = {"easy", "medium", "hard"}
LAYOUTS = {"body", "table", "list", "metadata"}
LIST_LABEL = re.compile(r"^(\([a-z0-9]{1,4}\)|\d+\.)\s|^[-*\u2022]\s")
MAX_EVIDENCE_WORDS = 15


# ---------------------------------------------------------------------------
# visible text of each format
# ---------------------------------------------------------------------------


def docx_text_blocks(path):
    import docx

    d = docx.Document(path)
    blocks = []
    for sec in d.sections:
        blocks += [p.text for p in sec.header.paragraphs]
        blocks += [p.text for p in sec.footer.paragraphs]
    blocks += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            blocks += [c.text for c in row.cells]
    return [ws(b) for b in blocks if b.strip()]


def pdf_texts(path):
    """Normalised text of the PDF from each available extractor: {name: text}."""
    from pypdf import PdfReader

    out = {"pypdf": ws(" ".join(p.extract_text() or "" for p in PdfReader(path).pages))}
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(path) as pdf:
            out["pdfplumber"] = ws(" ".join(p.extract_text() or "" for p in pdf.pages))
    if shutil.which("pdftotext"):
        res = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True)
        out["pdftotext"] = ws(res.stdout)
    return out


def load_document(path):
    """Return a function ev -> list of problems (empty if ev is found), and the document's text."""
    name = os.path.basename(path)
    if name.endswith(".docx"):
        blocks = docx_text_blocks(path)
        return (lambda ev: [] if any(ev in b for b in blocks) else ["not in one paragraph or cell"]), \
            "\n".join(blocks)
    if name.endswith(".pdf"):
        texts = pdf_texts(path)
        return (lambda ev: [f"not in {k} text" for k, t in texts.items() if ev not in t]), texts["pypdf"]
    text = open(path, encoding="utf-8").read()
    if name.endswith(".html"):
        blocks = html_blocks(text)
        return (lambda ev: [] if any(ev in b for b in blocks) else ["not in one visible HTML block"]), \
            "\n".join(blocks)
    if name.endswith(".md"):
        flat, blocks = ws(text), md_blocks(text)

        def md_check(ev):
            probs = [] if ev in flat else ["not in the file text"]
            return probs + ([] if any(ev in b for b in blocks) else ["not in one Markdown block"])
        return md_check, text
    if name.endswith(".txt"):
        lines = [ws(ln) for ln in text.split("\n") if ln.strip()]
        return (lambda ev: [] if any(ev in ln for ln in lines) else ["not on one line"]), text
    raise ValueError(f"unexpected file type: {name}")


def rebuild_and_compare(errors):
    """Re-run make_documents.py into a temporary folder and compare every file byte for byte."""
    import make_documents as md

    committed_out = md.OUT
    with tempfile.TemporaryDirectory() as tmp:
        md.OUT = tmp
        try:
            built = md.build_all()
        finally:
            md.OUT = committed_out
        for key in built:
            mine = os.path.join(HERE, key)
            if not os.path.exists(mine):
                errors.append(f"{key}: missing (run make_documents.py)")
            elif not filecmp.cmp(mine, os.path.join(tmp, key), shallow=False):
                errors.append(f"{key}: differs from a fresh build of make_documents.py")
    for half in HALVES:
        folder = os.path.join(HERE, half)
        for nm in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            if f"{half}/{nm}" not in built:
                errors.append(f"{half}/{nm}: not written by make_documents.py")
    return built


# ---------------------------------------------------------------------------
# question checks
# ---------------------------------------------------------------------------


def check_row(r, rid, docs, errors):
    if r["type"] not in TYPE_COUNTS:
        errors.append(f"{rid}: bad type {r['type']!r}")
    if r["difficulty"] not in DIFFS:
        errors.append(f"{rid}: bad difficulty {r['difficulty']!r}")
    if r["layout"] not in LAYOUTS:
        errors.append(f"{rid}: bad layout {r['layout']!r}")
    for field in ("question", "answer"):
        if not isinstance(r[field], str) or not r[field].strip():
            errors.append(f"{rid}: empty {field}")
            return
    for field in ("aliases", "must_contain", "evidence"):
        if not isinstance(r[field], list) or not all(isinstance(x, str) and x.strip() for x in r[field]):
            errors.append(f"{rid}: {field} must be a list of non-empty strings")
            return
    doc = r["doc"]
    if r["type"] == "unanswerable":
        if doc is not None or r["must_contain"] or r["evidence"]:
            errors.append(f"{rid}: unanswerable needs doc null and empty must_contain and evidence")
        if not r["answer"].startswith("The documents don't say."):
            errors.append(f"{rid}: unanswerable answer must start \"The documents don't say.\"")
        return
    if r["type"] == "multi_doc":
        if not (isinstance(doc, list) and len(doc) >= 2 and len(set(doc)) == len(doc)):
            errors.append(f"{rid}: multi_doc needs a list of two or more different files")
            return
        names = doc
    else:
        if not isinstance(doc, str):
            errors.append(f"{rid}: doc must be a file name")
            return
        names = [doc]
    unknown = [nm for nm in names if nm not in docs]
    if unknown:
        errors.append(f"{rid}: unknown document(s) in this half: {unknown}")
        return
    lo = 2 if r["type"] == "list" else 1
    if not (lo <= len(r["must_contain"]) <= 3):
        errors.append(f"{rid}: must_contain needs {lo} to 3 strings, has {len(r['must_contain'])}")
    if not r["evidence"]:
        errors.append(f"{rid}: no evidence")
    found_in = set()
    for ev in r["evidence"]:
        if ev != ws(ev):
            errors.append(f"{rid}: evidence has extra whitespace: {ev!r}")
        if len(ev.split()) > MAX_EVIDENCE_WORDS:
            errors.append(f"{rid}: evidence longer than {MAX_EVIDENCE_WORDS} words: {ev!r}")
        if LIST_LABEL.match(ev):
            errors.append(f"{rid}: evidence starts with a list label: {ev!r}")
        results = {nm: docs[nm][0](ev) for nm in names}
        hits = [nm for nm, probs in results.items() if not probs]
        found_in.update(hits)
        if not hits:
            why = "; ".join(f"{nm}: {', '.join(p)}" for nm, p in results.items())
            errors.append(f"{rid}: evidence not found: {ev!r} ({why})")
    if r["type"] == "multi_doc":
        for nm in names:
            if nm not in found_in:
                errors.append(f"{rid}: no evidence string from {nm}")
    answer_text = (r["answer"] + " " + " ".join(r["aliases"])).lower()
    for mc in r["must_contain"]:
        if not any(mc.lower() in ev.lower() for ev in r["evidence"]):
            errors.append(f"{rid}: must_contain not inside any evidence string: {mc!r}")
        if mc.lower() not in answer_text:
            errors.append(f"{rid}: must_contain not in the answer: {mc!r}")


def check_half(half, docs, errors):
    qfile = os.path.join(HERE, f"{half}.jsonl")
    rows = []
    if not os.path.exists(qfile):
        errors.append(f"{half}.jsonl: missing")
        return rows
    with open(qfile, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
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
        prefix = "d" + os.path.basename(HERE).removeprefix("documents")
        if rid != f"{prefix}-{half}-{n:03d}":
            errors.append(f"{rid}: id should be {prefix}-{half}-{n:03d}")
        check_row(r, rid, docs, errors)
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append(f"{half}.jsonl: duplicate ids")
    if len(rows) != PER_HALF:
        errors.append(f"{half}.jsonl: {len(rows)} questions, expected {PER_HALF}")
    counts = dict(collections.Counter(r.get("type") for r in rows))
    if counts != TYPE_COUNTS:
        errors.append(f"{half}.jsonl: type counts {counts} != {TYPE_COUNTS}")
    used = set()
    for r in rows:
        d = r.get("doc")
        used.update(d if isinstance(d, list) else [d] if d else [])
    for nm in docs:
        if nm not in used:
            errors.append(f"{half}/{nm}: document with no questions")
    return rows


def main(here: str) -> None:
    """Check the collection in folder `here` (it holds make_documents.py, dev/, sealed/ and the two files)."""
    global HERE
    HERE = here
    sys.path.insert(0, here)  # for its make_documents
    if len(sys.argv) == 3 and sys.argv[1] == "--show":
        print(load_document(os.path.join(HERE, sys.argv[2]))[1])
        return
    errors = []
    rebuild_and_compare(errors)
    docs = {}
    for half in HALVES:
        folder = os.path.join(HERE, half)
        docs[half] = {}
        for nm in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            docs[half][nm] = load_document(os.path.join(folder, nm))
    rows = {half: check_half(half, docs[half], errors) for half in HALVES}
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    layouts = {h: collections.Counter(r["layout"] for r in rows[h]) for h in HALVES}
    print(f"OK {os.path.basename(HERE)}: " + "; ".join(
        f"{h} {len(rows[h])} questions on {len(docs[h])} documents ("
        + ", ".join(f"{k} {v}" for k, v in sorted(layouts[h].items())) + ")" for h in HALVES)
        + "; all documents byte-identical to a fresh build")


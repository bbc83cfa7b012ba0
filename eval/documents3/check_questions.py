"""Validate eval/documents3/dev.jsonl and sealed.jsonl against the generated documents.

Usage:
    /tmp/docs3-venv/bin/python eval/documents3/check_questions.py

Needs python-docx and reportlab: it re-runs make_documents.py into a temporary
directory, (1) to get the text that the generator puts into the .docx/.pdf
files (it does not parse the binary files back) and (2) to check that every
file in dev/ and sealed/ is byte-identical to a fresh build. The .txt, .md and
.html files are read from dev/ and sealed/.

Checks, for every line of dev.jsonl (documents in dev/) and sealed.jsonl
(documents in sealed/):
  * it parses, has exactly the expected fields, a unique id d3-dev-NNN or
    d3-sealed-NNN and valid type / difficulty / layout values;
  * `doc` is a file in its own half (a list of two for multi_doc/comparison,
    null for unanswerable, which must have empty must_contain and evidence
    and an answer starting "The documents don't say.");
  * every evidence string (at most 12 words) occurs verbatim in the visible
    text of its document: inside one text block of a .docx/.pdf (paragraph,
    list item, table cell, header/footer line), inside one line of a .txt
    file, inside one visible block of the HTML (whitespace collapsed), or in
    the Markdown with emphasis markers removed (soft line breaks collapsed);
  * for a .pdf, if `pdftotext` (poppler-utils) is installed, every evidence
    string also sits on one line of its `pdftotext` output;
  * every must_contain string (1 to 3 of them) occurs (case-insensitively) in
    the document text (line breaks and runs of spaces collapsed) and in the
    question's own answer or aliases;
  * a table-layout evidence string that is a whole table cell is the only
    cell in its document with that value (a warning otherwise);
  * every document has at least one question.
It prints the question counts by type, layout and difficulty for each half,
and exits 1 if any check fails. The text helpers (html_blocks, md_blocks,
table_cells_md, pdftotext_lines, ws) come from eval/docgen.py.
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

from docgen import html_blocks, md_blocks, pdftotext_lines, table_cells_md, ws  # noqa: E402

HALVES = ("dev", "sealed")

FIELDS = ["id", "question", "answer", "aliases", "must_contain", "doc", "evidence",
          "type", "difficulty", "layout"]
TYPES = {"factoid", "date_number", "who", "metadata", "list", "paraphrase",
         "comparison", "multi_doc", "unanswerable"}
DIFFS = {"easy", "medium", "hard"}
LAYOUTS = {"table", "list", "metadata", "body"}


def load_documents(errors):
    """Return {half: {name: (blocks, cells, pdf_lines)}}; cells are whole table-cell values.

    Rebuilds every file into a temporary directory and compares it with the
    committed copy, so that the documents cannot drift from make_documents.py.
    """
    sys.path.insert(0, HERE)
    import make_documents as md

    docs = {h: {} for h in HALVES}
    with tempfile.TemporaryDirectory() as tmp:
        md.OUT = tmp
        binary = md.document_blocks()
        built = md.build_all()
        for key in built:
            mine = os.path.join(HERE, key)
            if not os.path.exists(mine):
                errors.append(f"{key}: missing (run make_documents.py)")
            elif not filecmp.cmp(mine, os.path.join(tmp, key), shallow=False):
                errors.append(f"{key}: differs from a fresh build of make_documents.py")
        for key, blocks in binary.items():
            half, name = key.split("/", 1)
            docs[half][name] = (blocks, blocks, None)
    for half in HALVES:
        folder = os.path.join(HERE, half)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if f"{half}/{name}" not in built:
                errors.append(f"{half}/{name}: not written by make_documents.py")
            if name.endswith(".pdf") and name in docs[half]:
                b, c, _ = docs[half][name]
                docs[half][name] = (b, c, pdftotext_lines(path))
                continue
            if name.endswith(".docx"):
                continue
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
    return docs


def check_half(half, docs, errors, warnings):
    qfile = os.path.join(HERE, f"{half}.jsonl")
    seen = set()
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
        rows.append(r)
        rid = r.get("id", f"{half} line {n}")
        if list(r) != FIELDS:
            errors.append(f"{rid}: fields {list(r)} != {FIELDS}")
            continue
        if not re.fullmatch(rf"d3-{half}-\d{{3}}", rid) or rid in seen:
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
            if not (isinstance(doc, list) and len(doc) == 2 and doc[0] != doc[1]):
                errors.append(f"{rid}: {r['type']} needs a list of two documents")
        elif not isinstance(doc, str):
            errors.append(f"{rid}: doc must be a file name")
        if any(not isinstance(nm, str) or nm not in docs for nm in names):
            errors.append(f"{rid}: unknown document in {half}/: {doc}")
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
            for nm in hits:
                pdf_lines = docs[nm][2]
                if pdf_lines is not None and not any(ev in ln for ln in pdf_lines):
                    errors.append(f"{rid}: evidence not on one pdftotext line of {nm}: {ev!r}")
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
    used = {nm for r in rows if isinstance(r, dict) and r.get("doc")
            for nm in (r["doc"] if isinstance(r["doc"], list) else [r["doc"]])}
    for nm in docs:
        if nm not in used:
            errors.append(f"{half}/{nm}: document with no questions")
    return rows


def main():
    errors, warnings = [], []
    docs = load_documents(errors)
    if not shutil.which("pdftotext"):
        print("NOTE pdftotext not installed: PDF one-line check skipped")
    summary = []
    for half in HALVES:
        rows = check_half(half, docs[half], errors, warnings)
        by_type = collections.Counter(r.get("type") for r in rows if isinstance(r, dict))
        by_layout = collections.Counter(r.get("layout") for r in rows if isinstance(r, dict))
        by_diff = collections.Counter(r.get("difficulty") for r in rows if isinstance(r, dict))
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

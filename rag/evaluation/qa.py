"""The evaluation question set: load and validate eval/qa.jsonl, and summarise it.

Long because every field's validation and the paraphrase-overlap measure live beside the loader that applies them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

QUESTION_TYPES = (
    "factoid",
    "list",
    "date_number",
    "who",
    "paraphrase",
    "multi_doc",
    "comparison",
    "unanswerable",
    "metadata",
)
DIFFICULTIES = ("easy", "medium", "hard")
MULTI_DOC_TYPES = ("multi_doc", "comparison")
REQUIRED_FIELDS = (
    "id",
    "question",
    "answer",
    "aliases",
    "must_contain",
    "doc",
    "evidence",
    "type",
    "difficulty",
)
# Optional: where the evidence sits in its document, so retrieval can be reported per layout.
LAYOUTS = ("table", "list", "metadata", "body")
OPTIONAL_FIELDS = ("layout",)
MAX_EVIDENCE_CHARS = 300
MAX_MUST_CONTAIN = 3

# A question counts as paraphrased when at most this share of its content words occur in its source sentences.
PARAPHRASE_MAX_OVERLAP = 0.4

# Bullet or paragraph-number prefixes evidence must not start with (they are not part of the citable text).
_BULLET_PREFIX = re.compile(r"^(?:[-•·*]|\d+\.|\(?[a-z]\)|[a-z]\.)\s")


class QAItem(NamedTuple):
    """One evaluation question with its gold answer and the verbatim evidence that supports it."""

    id: str
    question: str
    answer: str
    aliases: list[str]
    must_contain: list[str]
    doc: str | list[str] | None  # as written in the file
    docs: list[str]  # doc normalised to a list; [] for unanswerable questions
    evidence: list[str]
    type: str
    difficulty: str
    line: int = 0  # 1-based line number in the file it came from
    layout: str | None = None  # one of LAYOUTS when the file says

    @property
    def answerable(self) -> bool:
        return bool(self.docs)

    @property
    def multi_doc(self) -> bool:
        return len(self.docs) >= 2


class QAFileError(ValueError):
    """The question file is malformed or disagrees with the corpus; `problems` lists every issue found."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems) or [message]


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _row_problems(row: dict[str, Any]) -> list[str]:
    """Structural problems of one parsed row (no corpus needed)."""
    problems = [f"missing field '{name}'" for name in REQUIRED_FIELDS if name not in row]
    unknown = sorted(set(row) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    if unknown:
        problems.append(f"unknown field(s) {', '.join(repr(u) for u in unknown)}")
    if problems:
        return problems

    for name in ("id", "question"):
        if not isinstance(row[name], str) or not row[name].strip():
            problems.append(f"'{name}' must be a non-empty string")
    if not isinstance(row["answer"], str):
        problems.append("'answer' must be a string")
    for name in ("aliases", "must_contain", "evidence"):
        if not _is_str_list(row[name]):
            problems.append(f"'{name}' must be a list of strings")
    if row["type"] not in QUESTION_TYPES:
        problems.append(f"unknown type {row['type']!r} (expected one of {', '.join(QUESTION_TYPES)})")
    if "layout" in row and row["layout"] not in LAYOUTS:
        problems.append(f"unknown layout {row['layout']!r} (expected one of {', '.join(LAYOUTS)})")
    if row["difficulty"] not in DIFFICULTIES:
        problems.append(
            f"unknown difficulty {row['difficulty']!r} (expected one of {', '.join(DIFFICULTIES)})"
        )

    doc = row["doc"]
    if doc is not None and not isinstance(doc, str) and not (_is_str_list(doc) and doc):
        problems.append("'doc' must be a file name, a non-empty list of file names, or null")
    elif isinstance(doc, list) and len(set(doc)) != len(doc):
        problems.append("'doc' lists the same file twice")
    if problems:
        return problems

    docs = normalise_docs(doc)
    must, evidence = row["must_contain"], row["evidence"]
    if docs:
        if not 1 <= len(must) <= MAX_MUST_CONTAIN or not all(m.strip() for m in must):
            problems.append(
                f"'must_contain' must hold 1 to {MAX_MUST_CONTAIN} non-empty strings, got {must!r}"
            )
        if not evidence:
            problems.append("'evidence' is empty but 'doc' names a document")
        if row["type"] == "unanswerable":
            problems.append("type 'unanswerable' needs doc null")
    else:
        if must:
            problems.append("an unanswerable question (doc null) must have an empty 'must_contain'")
        if evidence:
            problems.append("an unanswerable question (doc null) must have empty 'evidence'")
        if row["type"] != "unanswerable":
            problems.append(f"doc is null but type is {row['type']!r} (expected 'unanswerable')")
    # A comparison may weigh two figures of one document (two years of one table) or of two documents; a
    # multi_doc question is by definition answered from several.
    if row["type"] == "multi_doc" and len(docs) < 2:
        problems.append(f"type {row['type']!r} needs 'doc' to list at least two documents")

    for text in evidence:
        if not text.strip():
            problems.append("empty evidence string")
        elif "\n" in text or "\r" in text:
            problems.append(f"evidence contains a newline: {text!r}")
        elif text != text.strip():
            problems.append(f"evidence has leading/trailing whitespace: {text!r}")
        elif _BULLET_PREFIX.match(text):
            problems.append(f"evidence starts with a bullet/number prefix: {text!r}")
        elif len(text) > MAX_EVIDENCE_CHARS:
            problems.append(f"evidence longer than {MAX_EVIDENCE_CHARS} characters: {text[:60]!r}…")
    return problems


def normalise_docs(doc: str | list[str] | None) -> list[str]:
    """The `doc` field as a list of file names ([] when null)."""
    if doc is None:
        return []
    if isinstance(doc, str):
        return [doc]
    return list(doc)


def parse_qa_lines(lines: Iterable[str], source: str = "qa.jsonl") -> list[QAItem]:
    """Parse JSON lines into QAItems; every structural problem is reported as '<source> line N: problem'."""
    items: list[QAItem] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{source} line {number}"
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            problems.append(f"{where}: expected a JSON object, got {type(row).__name__}")
            continue
        row_problems = _row_problems(row)
        if row_problems:
            problems.extend(f"{where}: {p}" for p in row_problems)
            continue
        if row["id"] in seen:
            problems.append(f"{where}: duplicate id {row['id']!r} (first used on line {seen[row['id']]})")
            continue
        seen[row["id"]] = number
        items.append(
            QAItem(
                id=row["id"],
                question=row["question"],
                answer=row["answer"],
                aliases=list(row["aliases"]),
                must_contain=list(row["must_contain"]),
                doc=row["doc"],
                docs=normalise_docs(row["doc"]),
                evidence=list(row["evidence"]),
                type=row["type"],
                difficulty=row["difficulty"],
                line=number,
                layout=row.get("layout"),
            )
        )
    if problems:
        raise QAFileError(_summary(source, problems), problems)
    if not items:
        raise QAFileError(f"{source} contains no questions")
    return items


def _summary(source: str, problems: Sequence[str]) -> str:
    head = f"{source}: {len(problems)} problem(s)" if len(problems) > 1 else problems[0]
    return head if len(problems) == 1 else head + "\n" + "\n".join(f"  {p}" for p in problems)


def validate_qa(items: Sequence[QAItem], corpus_dir: str | Path) -> list[str]:
    """Problems between the questions and the corpus: unknown documents, evidence or key strings not found."""
    folder = Path(corpus_dir)
    texts: dict[str, str | None] = {}
    problems: list[str] = []

    def text_of(doc_id: str) -> str | None:
        if doc_id not in texts:
            path = folder / doc_id
            texts[doc_id] = path.read_text(encoding="utf-8") if path.is_file() else None
        return texts[doc_id]

    for item in items:
        found = {d: body for d in item.docs if (body := text_of(d)) is not None}
        missing_docs = [d for d in item.docs if d not in found]
        for doc_id in missing_docs:
            problems.append(f"{item.id}: document {doc_id!r} not found in {folder}")
        if not found:
            continue
        for text in item.evidence:
            if not any(text in body for body in found.values()):
                problems.append(f"{item.id}: evidence not found in {', '.join(item.docs)}: {text!r}")
        if not missing_docs:
            for doc_id, body in found.items():
                if len(item.docs) > 1 and not any(text in body for text in item.evidence):
                    problems.append(f"{item.id}: no evidence string comes from {doc_id}")
        for key in item.must_contain:
            if not any(_fold(key) in _fold(body) for body in found.values()):
                problems.append(f"{item.id}: must_contain {key!r} does not occur in {', '.join(item.docs)}")
    return problems


def _fold(text: str) -> str:
    """Case- and quote-insensitive form used to compare key strings with document text."""
    return re.sub(r"\s+", " ", text.casefold().replace("’", "'").replace("‘", "'"))


def load_qa(path: str | Path, corpus_dir: str | Path | None = None) -> list[QAItem]:
    """Load a question file; with corpus_dir, also check its documents and evidence against the corpus."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QAFileError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise QAFileError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise QAFileError(f"{path}: cannot be read ({exc.strerror})") from None
    items = parse_qa_lines(raw.splitlines(), source=str(path))
    if corpus_dir is not None:
        problems = validate_qa(items, corpus_dir)
        if problems:
            raise QAFileError(_summary(str(path), [f"{path}: {p}" for p in problems]), problems)
    return items


# ----------------------------------------------------------------------------- paraphrase measure

_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be been before being between both
    but by can could did do does doing done during each either else for from further get gets got had has
    have having he her here hers him his how i if in into is it its itself just many me more most much my
    no nor not now of off on once only or other our ours out over own same say says said she should so
    some such than that the their theirs them then there these they this those through to too under until
    up upon us very was we were what when where which while who whom whose why will with would you your
    yours according letter letters document documents report paper papers mention mentioned mentions
    """.split()
)
# Numbers keep their inner punctuation ("£1,118,248", "2019/20"); hyphenated words split into their parts.
_WORD = re.compile(r"£?\d(?:[\d,./]*\d)?%?|[a-z]+(?:'[a-z]+)?")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word[:6]  # a crude prefix match errs towards counting overlap, i.e. against calling it paraphrase


def content_words(text: str) -> set[str]:
    """Stemmed content words of a text: lower-cased, stop words and one/two-letter words dropped."""
    words = set()
    for word in _WORD.findall(text.lower().replace("’", "'")):
        word = word.removesuffix("'s")
        if word in _STOPWORDS or (len(word) < 3 and not word.isdigit()):
            continue
        words.add(_stem(word))
    return words


_NUMBERED_PARAGRAPH = re.compile(r"^-\s+\d+\.\s")  # "- 22. ..." opens a numbered paragraph, not a list item
_LEAD_IN_LOOKBACK = 10  # lines
_PARAGRAPH_CHARS = 250  # a line this long is running prose, so a list cannot continue above it
_TITLE_CHARS = 80  # a wrapped block opening with a line shorter than this opens with a title


# An indented line that does not open a list item continues the line above (hard-wrapped paragraphs).
_CONTINUATION = re.compile(r"^[ \t]+(?![-•·]\s|\d+\.\s|[a-z]\.\s|o\s)\S")


def _enclosing_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around [start, end), following hard-wrapped lines but never crossing a blank line."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    first = max(i for i in range(len(lines)) if offsets[i] <= start)
    last = max(i for i in range(len(lines)) if offsets[i] <= max(end - 1, start))
    while first > 0 and lines[first - 1].strip() and _CONTINUATION.match(lines[first]):
        first -= 1
    while last + 1 < len(lines) and lines[last].strip() and _CONTINUATION.match(lines[last + 1]):
        last += 1
    block_start, block_end = offsets[first], offsets[last] + len(lines[last])
    left = block_start
    for match in re.finditer(r"[.!?]\s+", text[block_start:start]):
        left = block_start + match.end()
    right_match = re.search(r"[.!?](?=\s|$)", text[end:block_end])
    right = block_end if right_match is None else end + right_match.end()
    sentence = text[left:right]
    title = lines[first].strip()
    if left > offsets[first + 1] - 1 and len(title) < _TITLE_CHARS:
        # A short first line of a wrapped block is its title ("• Halloween and Fireworks ASB Initiative").
        return f"{title} {sentence}"
    return sentence


def _lead_in(text: str, start: int) -> str:
    """The line introducing the list the position sits in ("... has the following components:"), if any."""
    lines = text[:start].split("\n")
    if _NUMBERED_PARAGRAPH.match(lines[-1]):
        return ""
    for line in reversed(lines[-1 - _LEAD_IN_LOOKBACK : -1]):
        if line.rstrip().endswith(":"):
            return line.strip()
        if len(line) > _PARAGRAPH_CHARS:
            break
    return ""


def source_sentences(item: QAItem, texts: dict[str, str] | None = None) -> list[str]:
    """Text a reader would compare the question with: each evidence's sentence plus any list lead-in line.

    Without document texts, just the evidence strings.
    """
    if not texts:
        return list(item.evidence)
    sentences = []
    for snippet in item.evidence:
        for doc_id in item.docs:
            body = texts.get(doc_id, "")
            at = body.find(snippet)
            if at >= 0:
                sentences.append(_enclosing_sentence(body, at, at + len(snippet)))
                lead_in = _lead_in(body, at)
                if lead_in:
                    sentences.append(lead_in)
                break
        else:
            sentences.append(snippet)
    return sentences


def paraphrase_measurable(item: QAItem) -> bool:
    """Whether the paraphrase measure means anything for this item.

    Unanswerable questions have no source text, and metadata questions (or any whose evidence is only short
    header lines such as a date or a name) cannot meaningfully share words with it, so they are left out.
    """
    return item.answerable and item.type != "metadata" and any(len(e) >= 20 for e in item.evidence)


def question_overlap(item: QAItem, texts: dict[str, str] | None = None) -> float | None:
    """Share of the question's content words found in its source sentence(s); None for unanswerable items."""
    if not item.evidence:
        return None
    asked = content_words(item.question)
    if not asked:
        return 0.0
    source = set().union(*(content_words(s) for s in source_sentences(item, texts)))
    return len(asked & source) / len(asked)


def is_paraphrase(item: QAItem, texts: dict[str, str] | None = None) -> bool:
    """True when the question shares few content words with the text that answers it."""
    overlap = question_overlap(item, texts)
    return paraphrase_measurable(item) and overlap is not None and overlap <= PARAPHRASE_MAX_OVERLAP


def read_corpus_texts(items: Sequence[QAItem], corpus_dir: str | Path) -> dict[str, str]:
    """Text of every document the items name that exists in corpus_dir."""
    folder = Path(corpus_dir)
    names = {d for item in items for d in item.docs}
    return {d: (folder / d).read_text(encoding="utf-8") for d in sorted(names) if (folder / d).is_file()}


def qa_stats(items: Sequence[QAItem], corpus_dir: str | Path | None = None) -> dict[str, Any]:
    """Counts by type, difficulty and document plus the measured paraphrase share.

    The share is taken over the questions the measure applies to (see `paraphrase_measurable`).

    With corpus_dir the paraphrase share compares each question with the full sentences holding its evidence
    (the honest measure); without it, only with the evidence strings themselves.
    """
    texts = read_corpus_texts(items, corpus_dir) if corpus_dir is not None else None
    answerable = [item for item in items if item.answerable]
    measurable = [item for item in items if paraphrase_measurable(item)]
    paraphrased = [item for item in measurable if is_paraphrase(item, texts)]
    by_doc: Counter[str] = Counter(d for item in items for d in item.docs)
    return {
        "total": len(items),
        "by_type": dict(sorted(Counter(item.type for item in items).items())),
        "by_difficulty": {d: sum(item.difficulty == d for item in items) for d in DIFFICULTIES},
        "by_doc": dict(sorted(by_doc.items())),
        "answerable": len(answerable),
        "unanswerable": len(items) - len(answerable),
        "multi_doc": sum(item.multi_doc for item in items),
        "metadata": sum(item.type == "metadata" for item in items),
        "paraphrase_labelled": sum(item.type == "paraphrase" for item in items),
        "paraphrased": len(paraphrased),
        "paraphrase_measured_over": len(measurable),
        "paraphrase_share": round(len(paraphrased) / len(measurable), 3) if measurable else 0.0,
        "paraphrase_basis": "source sentences" if texts is not None else "evidence strings",
        "paraphrase_max_overlap": PARAPHRASE_MAX_OVERLAP,
    }

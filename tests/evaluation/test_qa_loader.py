"""load_qa / validate_qa / qa_stats report bad question files clearly, on tiny inline fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rag.evaluation.qa import QAFileError, is_paraphrase, load_qa, parse_qa_lines, qa_stats, validate_qa

LETTER = "a_letter.txt"
BRIEFING = "b_briefing.txt"


def make_row(**changes: Any) -> dict[str, Any]:
    row = {
        "id": "q001",
        "question": "How much will the knife crime fund cost?",
        "answer": "£250,000 over two years",
        "aliases": ["£250k"],
        "must_contain": ["£250,000"],
        "doc": LETTER,
        "evidence": ["The knife crime fund will cost £250,000 over two years."],
        "type": "date_number",
        "difficulty": "easy",
    }
    row.update(changes)
    return row


def write_rows(path: Path, *rows: dict[str, Any] | str) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load_error(path: Path, corpus: Path | None = None) -> QAFileError:
    with pytest.raises(QAFileError) as caught:
        load_qa(path, corpus_dir=corpus)
    return caught.value


def test_good_file_loads_and_normalises_doc(tmp_path: Path, tiny_corpus: Path) -> None:
    path = write_rows(
        tmp_path / "qa.jsonl",
        make_row(),
        "",
        make_row(
            id="q002",
            question="Which documents mention the 32 boroughs or knife crime?",
            doc=[LETTER, BRIEFING],
            evidence=["Thank you for your letter about knife crime.", "all 32 boroughs"],
            type="multi_doc",
        ),
        make_row(
            id="q003",
            question="What is the budget?",
            doc=None,
            evidence=[],
            must_contain=[],
            type="unanswerable",
        ),
    )
    items = load_qa(path, corpus_dir=tiny_corpus)
    assert [item.id for item in items] == ["q001", "q002", "q003"]
    assert items[0].docs == [LETTER] and items[0].doc == LETTER
    assert items[1].docs == [LETTER, BRIEFING] and items[1].multi_doc
    assert items[2].docs == [] and not items[2].answerable
    assert [item.line for item in items] == [1, 3, 4]


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "qa.jsonl", make_row(), make_row(id="q002"), '{"id": "q003", "question": ')
    error = load_error(path)
    assert f"{path} line 3: not valid JSON" in str(error)


def test_missing_field_names_line_and_field(tmp_path: Path) -> None:
    row = make_row()
    del row["question"]
    path = write_rows(tmp_path / "qa.jsonl", make_row(id="q000"), row)
    assert f"{path} line 2: missing field 'question'" in str(load_error(path))


def test_every_bad_line_is_reported_not_just_the_first(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "qa.jsonl",
        make_row(type="trivia"),
        make_row(id="q002"),
        make_row(id="q003", difficulty="x"),
    )
    error = load_error(path)
    assert len(error.problems) == 2
    assert "line 1: unknown type 'trivia'" in error.problems[0]
    assert "line 3: unknown difficulty 'x'" in error.problems[1]


@pytest.mark.parametrize("content", ["", "\n\n   \n"])
def test_empty_file_contains_no_questions(tmp_path: Path, content: str) -> None:
    path = tmp_path / "qa.jsonl"
    path.write_text(content, encoding="utf-8")
    assert str(load_error(path)) == f"{path} contains no questions"


def test_missing_file_is_a_qa_error(tmp_path: Path) -> None:
    assert "file not found" in str(load_error(tmp_path / "nope.jsonl"))


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "qa.jsonl", make_row(), make_row(question="Another?"))
    assert "line 2: duplicate id 'q001' (first used on line 1)" in str(load_error(path))


def test_bad_type_is_rejected(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "qa.jsonl", make_row(type="opinion"))
    assert "unknown type 'opinion'" in str(load_error(path))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"must_contain": []}, "'must_contain' must hold 1 to 3"),
        ({"must_contain": ["a", "b", "c", "d"]}, "'must_contain' must hold 1 to 3"),
        ({"must_contain": "£250,000"}, "'must_contain' must be a list of strings"),
        ({"aliases": "£250k"}, "'aliases' must be a list of strings"),
        ({"evidence": [3]}, "'evidence' must be a list of strings"),
        ({"id": 7}, "'id' must be a non-empty string"),
        ({"doc": 5}, "'doc' must be a file name"),
        ({"doc": []}, "'doc' must be a file name"),
        ({"extra": 1}, "unknown field(s) 'extra'"),
        ({"evidence": []}, "'evidence' is empty but 'doc' names a document"),
        ({"type": "unanswerable"}, "type 'unanswerable' needs doc null"),
        ({"doc": None}, "must have an empty 'must_contain'"),
        ({"type": "multi_doc"}, "needs 'doc' to list at least two documents"),
        ({"evidence": ["first line\nsecond line"]}, "evidence contains a newline"),
        ({"evidence": ["- 22. The protection will be funded"]}, "bullet/number prefix"),
    ],
)
def test_wrong_field_values_are_explained(tmp_path: Path, changes: dict[str, Any], message: str) -> None:
    path = write_rows(tmp_path / "qa.jsonl", make_row(**changes))
    error = load_error(path)
    assert f"{path} line 1:" in str(error)
    assert message in str(error)


def test_non_object_line(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "qa.jsonl", "[1, 2]")
    assert "line 1: expected a JSON object, got list" in str(load_error(path))


def test_each_missing_evidence_is_reported_with_its_id(tmp_path: Path, tiny_corpus: Path) -> None:
    path = write_rows(
        tmp_path / "qa.jsonl",
        make_row(evidence=["The knife crime fund will cost £250,000 over two years.", "costs £1m a year"]),
        make_row(
            id="q002", evidence=["The knife crime fund will cost  £250,000"]
        ),  # doubled space: not byte-exact
    )
    assert load_qa(path)  # structurally fine; only the corpus check finds the problems
    error = load_error(path, tiny_corpus)
    assert len(error.problems) == 2
    assert (
        error.problems[0].startswith("q001: evidence not found") and "costs £1m a year" in error.problems[0]
    )
    assert error.problems[1].startswith("q002: evidence not found")


def test_unknown_document_is_reported(tmp_path: Path, tiny_corpus: Path) -> None:
    path = write_rows(tmp_path / "qa.jsonl", make_row(doc="z_missing.txt"))
    error = load_error(path, tiny_corpus)
    assert "q001: document 'z_missing.txt' not found" in str(error)


def test_multi_doc_question_needs_evidence_from_each_document(tiny_corpus: Path) -> None:
    row = make_row(doc=[LETTER, BRIEFING], type="multi_doc")  # evidence only from the letter
    items = parse_qa_lines([json.dumps(row)])
    assert validate_qa(items, tiny_corpus) == [f"q001: no evidence string comes from {BRIEFING}"]


def test_must_contain_absent_from_the_document_is_reported(tiny_corpus: Path) -> None:
    items = parse_qa_lines([json.dumps(make_row(must_contain=["£999"]))])
    assert validate_qa(items, tiny_corpus) == [f"q001: must_contain '£999' does not occur in {LETTER}"]


def test_validate_accepts_a_correct_item(tiny_corpus: Path) -> None:
    items = parse_qa_lines([json.dumps(make_row())])
    assert validate_qa(items, tiny_corpus) == []


def test_paraphrase_is_measured_from_word_overlap(tiny_corpus: Path) -> None:
    texts = {LETTER: (tiny_corpus / LETTER).read_text(encoding="utf-8")}
    copied, reworded = parse_qa_lines(
        [
            json.dumps(make_row(question="How much will the knife crime fund cost over two years?")),
            json.dumps(make_row(id="q002", question="What is the price tag of the stabbing-prevention pot?")),
        ]
    )
    assert not is_paraphrase(copied, texts)
    assert is_paraphrase(reworded, texts)


def test_qa_stats_counts(tiny_corpus: Path) -> None:
    rows = [
        make_row(),
        make_row(
            id="q002", question="What is the price tag of the stabbing-prevention pot?", type="paraphrase"
        ),
        make_row(
            id="q003",
            question="Who signed it?",
            type="metadata",
            difficulty="hard",
            evidence=["Sophie Linden"],
            must_contain=["Sophie Linden"],
        ),
        make_row(
            id="q004",
            question="What is the budget?",
            doc=None,
            evidence=[],
            must_contain=[],
            type="unanswerable",
            difficulty="medium",
        ),
    ]
    stats = qa_stats(parse_qa_lines([json.dumps(r) for r in rows]), tiny_corpus)
    assert stats["total"] == 4
    assert stats["by_type"] == {"date_number": 1, "metadata": 1, "paraphrase": 1, "unanswerable": 1}
    assert stats["by_difficulty"] == {"easy": 2, "medium": 1, "hard": 1}
    assert stats["by_doc"] == {LETTER: 3}
    assert (stats["answerable"], stats["unanswerable"], stats["multi_doc"], stats["metadata"]) == (3, 1, 0, 1)
    # Metadata and unanswerable questions are outside the measure: 1 of the 2 measurable ones is paraphrased.
    assert (stats["paraphrased"], stats["paraphrase_measured_over"], stats["paraphrase_share"]) == (1, 2, 0.5)


def test_an_optional_layout_is_kept_and_checked() -> None:
    import json as _json

    from rag.evaluation.qa import QAFileError, parse_qa_lines

    row = {"id": "t1", "question": "How many?", "answer": "412", "aliases": [], "must_contain": ["412"],
           "doc": "a.docx", "evidence": ["412"], "type": "date_number", "difficulty": "easy", "layout": "table"}
    (item,) = parse_qa_lines([_json.dumps(row)])
    assert item.layout == "table"
    with pytest.raises(QAFileError, match="unknown layout 'tabel'"):
        parse_qa_lines([_json.dumps({**row, "layout": "tabel"})])
    assert parse_qa_lines([_json.dumps({k: v for k, v in row.items() if k != "layout"})])[0].layout is None


def test_a_comparison_may_weigh_two_figures_of_one_document() -> None:
    row = {"id": "c1", "question": "Were there more arrests in 2019 or 2020?", "answer": "2020 (52 against 41)",
           "aliases": [], "must_contain": ["2020"], "doc": "a_letter.txt", "evidence": ["52"], "type": "comparison",
           "difficulty": "easy"}
    [item] = parse_qa_lines([json.dumps(row)], source="c.jsonl")
    assert item.type == "comparison" and item.docs == ["a_letter.txt"] and not item.multi_doc

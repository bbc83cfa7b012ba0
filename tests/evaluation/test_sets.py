"""Evaluation sets: the sets file is checked, collections are copied (never linked) once, tables line up."""

import json
from pathlib import Path

import pytest

from rag.evaluation.sets import EvalSet, SetsFileError, collection_folder, load_sets, side_by_side


def _write(path: Path, data) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_good_sets_file_loads(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c").mkdir()
    (tmp_path / "q.jsonl").write_text("{}\n", encoding="utf-8")
    sets = load_sets(_write(tmp_path / "s.json", {"sets": [
        {"name": "letters", "split": "sealed", "qa": "q.jsonl", "corpus": ["c"]}]}))
    assert sets == [EvalSet("letters", "sealed", Path("q.jsonl"), (Path("c"),))]


@pytest.mark.parametrize("data, message", [
    ({"sets": []}, "expected"),
    ({"sets": [{"name": "x", "split": "tuned", "qa": "q.jsonl", "corpus": ["c"]}]}, "split 'tuned'"),
    ({"sets": [{"name": "x", "split": "dev", "qa": "missing.jsonl", "corpus": ["c"]}]}, "does not exist"),
    ({"sets": [{"name": "x", "split": "dev", "qa": "q.jsonl", "corpus": ["nowhere"]}]}, "nowhere/ does not exist"),
    ({"sets": [{"name": "x", "split": "dev", "qa": "q.jsonl"}]}, "needs name, split, qa"),
])
def test_a_bad_sets_file_is_one_message(tmp_path, monkeypatch, data, message) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c").mkdir()
    (tmp_path / "q.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(SetsFileError, match=message):
        load_sets(_write(tmp_path / "s.json", data))


def test_not_json_and_missing_file(tmp_path) -> None:
    (tmp_path / "s.json").write_text("{", encoding="utf-8")
    with pytest.raises(SetsFileError, match="not a readable JSON"):
        load_sets(tmp_path / "s.json")
    with pytest.raises(SetsFileError, match="file not found"):
        load_sets(tmp_path / "none.json")


def test_folders_are_copied_into_one_cached_collection(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RAG_CACHE_DIR", str(tmp_path / "cache"))
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "one.txt").write_text("one", encoding="utf-8")
    (b / "two.md").write_text("two", encoding="utf-8")
    assert collection_folder((a,)) == a  # one folder is used as it is
    first = collection_folder((a, b))
    assert sorted(p.name for p in first.iterdir()) == ["one.txt", "two.md"]
    assert not any(p.is_symlink() for p in first.iterdir())
    assert collection_folder((a, b)) == first  # unchanged: the same copy
    (b / "two.md").write_text("changed", encoding="utf-8")
    assert collection_folder((a, b)) != first


def test_the_same_file_name_in_two_folders_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RAG_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "same.txt").write_text(name, encoding="utf-8")
    with pytest.raises(SetsFileError, match="same.txt"):
        collection_folder((tmp_path / "a", tmp_path / "b"))


def test_side_by_side_has_a_column_per_set() -> None:
    rows = [(EvalSet("letters", "dev", Path("q"), ()), {"questions": 3, "answerable": 2, "hit@5": 0.5}),
            (EvalSet("letters", "sealed", Path("s"), ()), {"questions": 4, "answerable": 4, "hit@5": None})]
    table = side_by_side(rows, [("hit@5", "hit@5")]).splitlines()
    assert table[0] == "| | letters (dev) | letters (sealed) |"
    assert table[2] == "| questions (answerable) | 3 (2) | 4 (4) |"
    assert table[3] == "| hit@5 | 0.500 | – |"

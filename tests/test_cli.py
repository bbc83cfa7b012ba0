"""The `rag` CLI: index and search output, and one-line errors with a non-zero exit code."""

from typer.testing import CliRunner

from rag.cli import app

runner = CliRunner()


def test_index_then_search(tiny_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_EMBEDDING_MODEL", "fake-hash")
    index = tmp_path / "index"
    result = runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    assert result.exit_code == 0, result.output
    assert "Indexed 2 documents" in result.output
    result = runner.invoke(app, ["search", "knife crime fund cost", "-k", "2", "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "£250,000" in result.output
    assert "a_letter.txt" in result.output


def test_index_reports_skipped_files(tiny_corpus, tmp_path):
    (tiny_corpus / "bad.docx").write_bytes(b"not a zip")
    args = ["index", str(tiny_corpus), "--index", str(tmp_path / "i"), "--model", "fake-hash", "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Skipped 1 file" in result.output and "bad.docx" in result.output


def test_errors_are_one_line_and_non_zero(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for args in (
        ["index", str(empty), "--index", str(tmp_path / "i")],
        ["index", str(tmp_path / "nope"), "--index", str(tmp_path / "i")],
        ["search", "anything", "--index", str(tmp_path / "missing")],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code != 0
        assert result.output.strip().startswith("error:"), result.output
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_corrupt_manifest_is_one_line(tiny_corpus, tmp_path):
    index = tmp_path / "index"
    runner.invoke(app, ["index", str(tiny_corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    (index / "manifest.json").write_text("garbage")
    result = runner.invoke(app, ["search", "knife", "--index", str(index)])
    assert result.exit_code != 0 and "corrupt" in result.output and "rag index" in result.output

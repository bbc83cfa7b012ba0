"""`rag serve` / `python app.py`: the index it opens, built or updated first only from its own corpus folder."""

import json

from typer.testing import CliRunner

from rag.cli import app, serve

runner = CliRunner()


def _index(corpus, index) -> None:
    result = runner.invoke(app, ["index", str(corpus), "--index", str(index), "--model", "fake-hash", "-q"])
    assert result.exit_code == 0, result.output


def _files(index) -> set[str]:
    return set(json.loads((index / "manifest.json").read_text())["files"])


def test_an_index_of_another_collection_is_served_not_rebuilt(tiny_corpus, tmp_path, monkeypatch, capsys):
    index = tmp_path / "index"
    _index(tiny_corpus, index)
    other = tmp_path / "other"
    other.mkdir()
    (other / "z_note.txt").write_text("A different collection altogether.\n")
    served = []
    monkeypatch.setattr("rag.answer.assistant.Assistant.warm_up", lambda self: None)  # no thread left at exit
    monkeypatch.setattr("rag.ui.app.launch", lambda assistant, host, port: served.append(assistant))
    serve.start("127.0.0.1", 0, index, other, "extractive")
    assert served, "the chat was not started"
    assert _files(index) == {p.name for p in tiny_corpus.iterdir()}  # the other collection's index is intact
    assert "serving it as it is" in capsys.readouterr().err


def test_its_own_corpus_folder_changed_is_rebuilt(tiny_corpus, tmp_path, monkeypatch):
    index = tmp_path / "index"
    _index(tiny_corpus, index)
    (tiny_corpus / "c_new.txt").write_text("A new letter about street lighting.\n")
    monkeypatch.setattr("rag.answer.assistant.Assistant.warm_up", lambda self: None)
    monkeypatch.setattr("rag.ui.app.launch", lambda assistant, host, port: None)
    serve.start("127.0.0.1", 0, index, tiny_corpus, "extractive")
    assert "c_new.txt" in _files(index)

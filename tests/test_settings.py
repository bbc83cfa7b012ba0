"""rag.settings: every variable declared once, read only there, and the README's table generated from it."""

import re
from pathlib import Path

from rag import settings

ROOT = Path(__file__).resolve().parents[1]


def test_readme_table_is_the_generated_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- settings:start -->\n(.*?)\n<!-- settings:end -->", readme, re.S)
    assert block, "README.md lacks the settings block"
    assert block.group(1).strip() == settings.markdown_table(), "regenerate it: python -m rag.settings"


def test_no_module_reads_the_environment_but_settings() -> None:
    readers = []
    for path in (ROOT / "rag").rglob("*.py"):
        if path.name == "settings.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"os\.environ(?:\.get)?\s*[\[(]|os\.getenv\(", text):
            readers.append(str(path.relative_to(ROOT)))
    assert readers == []


def test_get_reads_the_environment_at_each_call(monkeypatch) -> None:
    monkeypatch.setenv("RAG_PORT", "9999")
    assert settings.get("RAG_PORT") == "9999"
    monkeypatch.delenv("RAG_PORT")
    assert settings.get("RAG_PORT") == "7860"
    monkeypatch.setenv("RAG_GLOSSARY", "")
    assert settings.get("RAG_GLOSSARY") == ""  # empty is kept: it turns the glossary off


def test_every_setting_is_documented_and_unique() -> None:
    names = [s.name for s in settings.SETTINGS]
    assert len(names) == len(set(names))
    assert all(s.meaning.strip() for s in settings.SETTINGS)

"""The package's shape: layers import only downwards (no cycles between packages), modules document themselves."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "rag"
MAX_LINES = 400  # a longer module says why in its docstring ("Long because …")


def test_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: the pipeline's layers, and the value modules beneath them."""
    lint = pytest.importorskip("importlinter.cli")
    assert lint.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_every_layer_of_the_contract_exists_and_every_package_is_in_it() -> None:
    """A new package has to take its place in the layers, or the contract would silently not cover it."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    packages = {f"rag.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    layered = {name for name in packages if f'"{name}"' in text.split("[tool.importlinter]")[1]}
    assert layered == packages


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_each_module_opens_with_a_docstring(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring and docstring.strip(), f"{path.relative_to(ROOT)} has no module docstring"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_a_long_module_says_why(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    if source.count("\n") <= MAX_LINES:
        return
    docstring = ast.get_docstring(ast.parse(source)) or ""
    assert "Long because" in docstring, f"{path.relative_to(ROOT)}: {source.count(chr(10))} lines and no reason given"

"""Evaluation sets: several question files, each over its own collection, run together and reported side by side.

eval/sets.json names each set, its split (dev: rules and thresholds may be tuned on it; sealed: measured and
reported, never tuned on), its question file and the folders its collection is made of. A collection of several
folders is copied into one cache folder (files copied, never linked), indexed once, and reused while unchanged.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag import settings
from rag.evaluation.report import fmt

SPLITS = ("dev", "sealed")


class SetsFileError(ValueError):
    """The sets file is missing, not JSON, or names something that is not there."""


@dataclass(frozen=True)
class EvalSet:
    name: str
    split: str
    qa: Path
    folders: tuple[Path, ...]


def load_sets(path: Path) -> list[EvalSet]:
    """The sets a sets file names, paths taken relative to the current folder; every problem is one message."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SetsFileError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SetsFileError(f"{path}: not a readable JSON file ({exc})") from None
    rows = data.get("sets") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise SetsFileError(f'{path}: expected {{"sets": [{{"name", "split", "qa", "corpus"}}, …]}}')
    sets, problems = [], []
    for number, row in enumerate(rows, 1):
        where = f"{path} set {number}"
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("name", "split", "qa")) \
                or not isinstance(row.get("corpus"), list) or not row["corpus"]:
            problems.append(f"{where}: needs name, split, qa (strings) and corpus (a list of folders)")
            continue
        if row["split"] not in SPLITS:
            problems.append(f"{where}: split {row['split']!r} is not one of {', '.join(SPLITS)}")
        folders = tuple(Path(f) for f in row["corpus"])
        problems += [f"{where}: corpus folder {f}/ does not exist" for f in folders if not f.is_dir()]
        if not Path(row["qa"]).is_file():
            problems.append(f"{where}: question file {row['qa']} does not exist")
        sets.append(EvalSet(row["name"], row["split"], Path(row["qa"]), folders))
    if problems:
        raise SetsFileError("; ".join(problems))
    return sets


def _files(folders: tuple[Path, ...]) -> list[Path]:
    return sorted((p for f in folders for p in f.iterdir() if p.is_file() and not p.name.startswith(".")),
                  key=lambda p: p.name)


def collection_folder(folders: tuple[Path, ...]) -> Path:
    """One folder holding the files of `folders`: the folder itself when there is one, else a cached copy named
    by the files' contents (so an unchanged collection is not copied or re-indexed again)."""
    if len(folders) == 1:
        return folders[0]
    files = _files(folders)
    names = [p.name for p in files]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise SetsFileError(f"the same file name in two corpus folders: {', '.join(clashes)}")
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    target = settings.cache_dir() / "eval-corpora" / digest.hexdigest()[:16]
    if not target.is_dir():
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for p in files:
            shutil.copyfile(p, partial / p.name)
        partial.rename(target)
    return target


def index_folder(collection: Path) -> Path:
    """Where the index of a collection used by the sets is kept."""
    key = hashlib.sha256(str(collection.resolve()).encode()).hexdigest()[:16]
    return settings.cache_dir() / "eval-indexes" / f"sets-{key}"


def side_by_side(rows: list[tuple[EvalSet, dict[str, Any]]], metrics: list[tuple[str, str]]) -> str:
    """A Markdown table: one row per metric, one column per set (dev and sealed halves next to each other)."""
    head = "| | " + " | ".join(f"{s.name} ({s.split})" for s, _ in rows) + " |"
    rule = "|---|" + "---|" * len(rows)
    lines = [head, rule, "| questions (answerable) | " + " | ".join(
        f"{summary['questions']} ({summary['answerable']})" for _, summary in rows) + " |"]
    for key, label in metrics:
        lines.append(f"| {label} | " + " | ".join(fmt(summary.get(key), key) for _, summary in rows) + " |")
    names = list(dict.fromkeys(n for _, summary in rows for n in summary.get("strategies") or {}))
    for name in names:  # aggregates per answering strategy: answers given / precision
        cells = []
        for _, summary in rows:
            figures = (summary.get("strategies") or {}).get(name)
            cells.append("–" if not figures else f"{figures['answered']}/{figures['questions']} "
                         f"p={'–' if figures['precision'] is None else format(figures['precision'], '.2f')}")
        lines.append(f"| strategy {name}: answered/asked, precision | " + " | ".join(cells) + " |")
    return "\n".join(lines)

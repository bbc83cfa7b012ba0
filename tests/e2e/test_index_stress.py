"""Two writers and a reader on one index folder (a small run of benchmarks/index_stress.py): no failed build,
no reader error, no mixed index, and the last build's corpus is the one left."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def test_two_writers_and_a_reader(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # spawned processes import the script by name
    import index_stress as stress

    result = stress.run(builds=12, loads=60, model="fake-hash")
    assert result["builds_succeeded"] == 12 and result["build_failures"] == []
    assert result["reader_errors"] == [] and result["reader_mixed_indexes"] == 0 and result["reader_loads"] == 60
    assert result["final_index_is_last_build"] and result["leftover_temporary_folders"] == 0

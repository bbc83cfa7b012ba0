"""Validate eval/documents6/dev.jsonl and sealed.jsonl against the generated documents: the checks are
eval/collection_check.py's, shared with the other generated collections.

Usage (from the repository root):
    .venv/bin/python eval/documents6/check_questions.py [--show FILE]
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the eval/ folder: collection_check and docgen

from collection_check import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)

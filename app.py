"""The chat app: `python app.py [--host H] [--port P] [--index DIR] [--corpus DIR] [--mode extractive|llm]`."""

import sys

from rag.cli.serve import main

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# llama-cpp-python (with its OpenAI-compatible server) for the local GGUF backend; compiles once, then pip's cache.
set -euo pipefail
VENV=${1:-.venv}
if "$VENV/bin/python" -c "import llama_cpp.server" 2>/dev/null; then exit 0; fi
echo "building llama-cpp-python (first time only, about 7 minutes)..."
CMAKE_ARGS="-DGGML_NATIVE=OFF" "$VENV/bin/pip" install -q "llama-cpp-python[server]"

# Set-up and everyday commands. `make run` starts the chat; `make test` runs every test.
# Both create .venv and install the pinned dependencies on first use (no internet needed beyond PyPI/Debian).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast index eval bench lint system-deps llm-deps clean

$(STAMP): requirements.lock pyproject.toml scripts/install.sh
	bash scripts/install.sh $(PYTHON) $(VENV)
	touch $(STAMP)

run: $(STAMP)               ## start the chat on 127.0.0.1:7860 (builds the index first if needed)
	$(BIN)/python app.py

test: $(STAMP) system-deps llm-deps   ## every test: unit, end-to-end, LangChain standard, browser, eval gate
	bash scripts/run_tests.sh

test-fast: $(STAMP)         ## unit tests only (seconds)
	$(BIN)/pytest -q -m "not e2e and not browser and not llm"

index: $(STAMP)
	$(BIN)/rag index corpus --index index

eval: $(STAMP)
	$(BIN)/rag eval --out reports

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check .

system-deps:                ## Debian chromium for the browser tests
	bash scripts/install_system_deps.sh

llm-deps: $(STAMP)          ## llama-cpp-python for the local-LLM end-to-end test (builds once, ~7 min)
	bash scripts/install_llm.sh $(VENV)

clean:
	rm -rf $(VENV) index .cache reports

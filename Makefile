# newsdesk: `make run` sets everything up and analyzes the bundled example corpus; `make test` tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1

.PHONY: run test lint bench clean-out schema

$(BIN)/newsdesk: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

run: $(BIN)/newsdesk
	$(BIN)/newsdesk analyze examples/corpus --db out/newsdesk.db --json out/stories.json --html out/report.html

test: $(BIN)/newsdesk
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/pytest

lint: $(BIN)/newsdesk
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

schema: $(BIN)/newsdesk
	$(BIN)/python -m newsdesk.model > src/newsdesk/schema/story.schema.json

clean-out:
	rm -rf out

# The two commands of the README's quick start, plus lint and bench.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench install install-test browser clean

$(BIN)/kgpart: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(BIN)/kgpart

install: $(BIN)/kgpart

## make run: set up, then validate the shipped graph, write the network page and print a summary.
run: install
	$(BIN)/kgpart build --output out

install-test: install
	$(BIN)/pip install --quiet -e '.[test]'

## Debian's Chromium drives the browser tests (never a browser download of Playwright's own);
## Debian's Virtuoso is the second SPARQL engine the endpoint tests start on loopback.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium)
	@command -v virtuoso-t >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq virtuoso-opensource)

## make test: set up with the test extras, then lint, type-check and run every test and notebook.
test: install-test browser
	$(BIN)/ruff check src tests bench conftest.py
	$(BIN)/ruff format --check src tests bench conftest.py
	$(BIN)/mypy
	$(BIN)/pytest -q -p no:cacheprovider

lint: install-test
	$(BIN)/ruff check src tests bench conftest.py
	$(BIN)/ruff format --check src tests bench conftest.py
	$(BIN)/mypy

bench: install-test
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out

# defcoop — the two set-up commands are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= defcoop.sqlite
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test bench install install-test install-bench browser build clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip >/dev/null

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e . >/dev/null
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -e '.[test]' >/dev/null
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(BIN)/pip install -e '.[test,bench]' >/dev/null
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
install-bench: $(VENV)/.installed-bench

browser:
	bash scripts/install-browser.sh

build: install
	$(BIN)/defcoop --db $(STORE) build

run: build
	$(BIN)/defcoop --db $(STORE) serve --host $(HOST) --port $(PORT)

test: install-test browser
	bash scripts/run-tests.sh

bench: install-bench
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(STORE) build dist .pytest_cache

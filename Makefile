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

# The package is built once into a wheel (its extraction modules compiled, see setup.py) and
# installed from it; any change under src/ rebuilds it.
SOURCES := $(shell find src -type f -not -name '*.so' -not -path '*/__pycache__/*' 2>/dev/null)
WHEEL    = $$(ls dist/defcoop-*.whl)

$(VENV)/.wheel: pyproject.toml setup.py $(SOURCES) | $(BIN)/python
	rm -rf dist build
	$(BIN)/pip wheel --no-deps -w dist . >/dev/null
	touch $@

$(VENV)/.installed: $(VENV)/.wheel
	$(BIN)/pip install "$(WHEEL)" >/dev/null
	$(BIN)/pip install --no-deps --force-reinstall "$(WHEEL)" >/dev/null
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install "$(WHEEL)[test]" >/dev/null
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed-test
	$(BIN)/pip install "$(WHEEL)[test,bench]" >/dev/null
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

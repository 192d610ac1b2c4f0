# Mødemappe — the two Quick start commands bootstrap a local .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Published papers for the real-document tests: read, never copied into the repository.
REAL_DOCS ?= $(wildcard ../shared/real)
REAL_DOCS_OPT := $(if $(REAL_DOCS),--real-docs=$(REAL_DOCS),)

.PHONY: run test lint bench translations clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(REAL_DOCS_OPT)
	$(BIN)/python -m ruff check app main.py tests bench tools
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/parse.py

clean:
	rm -rf $(VENV)

translations: $(STAMP)
	$(BIN)/python tools/translations.py

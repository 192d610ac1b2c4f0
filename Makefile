# Mødemappe — the two Quick start commands bootstrap a local .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Published papers for the real-document tests: read, never copied into the repository.
REAL_DOCS ?= $(wildcard ../shared/real)
REAL_DOCS_OPT := $(if $(REAL_DOCS),--real-docs=$(REAL_DOCS),)

DIST_STAMP := $(VENV)/.dist-installed

.PHONY: run test test-fast lint bench translations clean dist

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python tools/check_system_libs.py
	$(BIN)/python main.py --demo

# Both cores: pytest-xdist spreads the tests over one worker per core (each test keeps to its
# own tmp_path, ports and settings). `make test` runs everything, the torture runs too (as
# .ci/run does); `make test-fast` leaves out the tests marked `torture` while you work.
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(or $(JOBS),auto) $(REAL_DOCS_OPT)

test: $(STAMP)
	$(PYTEST)
	$(MAKE) --no-print-directory lint

test-fast: $(STAMP)
	$(PYTEST) -m "not torture"
	$(MAKE) --no-print-directory lint

lint: $(STAMP)
	$(BIN)/python -m ruff check app main.py tests bench tools
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/parse.py

clean:
	rm -rf $(VENV) build dist

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $(DIST_STAMP)

# A self-contained app folder for this platform: dist/Moedemappe/moedemappe (docs/user-guide.md: Install).
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/moedemappe.spec
	cp packaging/moedemappe.desktop packaging/install-linux.sh resources/icons/moedemappe.png dist/Moedemappe/
	dist/Moedemappe/moedemappe --version > dist/Moedemappe/VERSION  # the bundle says which release it is
	@du -sh dist/Moedemappe | sed 's/\t/  /'

translations: $(STAMP)
	$(BIN)/python tools/translations.py

# The two promises of the README:
#   make run   install everything and open hireplan on the sample plan
#   make test  install everything and run the whole test suite (offscreen)
# And for packaging (README, "Installing"):
#   make install-desktop  add hireplan to your Linux application menu and file types (no root)
#   make dist             build the bundle a person runs without Python: dist/hireplan-<version>-<platform>.tar.gz
# and for developers:
#   make lint  ruff (rules and format), mypy and the import contracts in pyproject.toml (CI runs it first)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean install-desktop dist translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("hireplan needs Python >= 3.11") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	scripts/system-deps.sh run
	$(BIN)/hireplan --sample

test: $(STAMP)
	scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# The bundle is built first, so its start-up is measured too.
bench: dist
	scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py --bundle dist/hireplan/hireplan

install-desktop: $(STAMP)
	$(BIN)/hireplan --install-desktop

# PyInstaller (the [dist] extra) freezes the app into one folder; scripts/build_dist.py archives it.
$(VENV)/.dist-installed: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,dist]"
	touch $@

dist: $(VENV)/.dist-installed
	$(BIN)/python scripts/build_dist.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info

# The core's gettext catalogues: extract the marked strings, merge them into each .po, compile the .mo.
translations: $(STAMP)
	$(VENV)/bin/python scripts/translations.py

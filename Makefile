# VeiligBestuur Desktop — the two commands of the quick start are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long lint typecheck bench translations sysdeps sysdeps-test venv clean

# The virtualenv is (re)built only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 of nieuwer is nodig (gevonden: " + sys.version.split()[0] + ").")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

sysdeps:
	@bash scripts/sysdeps.sh run

sysdeps-test:
	@bash scripts/sysdeps.sh test

run: sysdeps venv
	$(BIN)/veiligbestuur

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

test: sysdeps-test venv lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	bash scripts/with-keyring.sh env VEILIGBESTUUR_REAL_KEYRING=1 QT_QPA_PLATFORM=offscreen \
	    $(BIN)/python -m pytest -q -m realkeyring tests/vault/test_real_keyring.py

test-long: sysdeps-test venv
	QT_QPA_PLATFORM=offscreen VEILIGBESTUUR_LONG=1 $(BIN)/python -m pytest -q tests/reliability

bench: sysdeps-test venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run

# Extract every visible string for translators (Dutch is the source language). Widgets use self.tr(); the layers
# below the UI use domain.i18n.tr(context, text), which lupdate reads as translate() — hence two passes.
TS_DIR := resources/translations
translations: venv
	@mkdir -p build
	$(BIN)/python scripts/vocab_strings.py > build/vocab_strings.py
	$(BIN)/pyside6-lupdate -source-language nl_NL -target-language en_GB \
	    $$(git ls-files 'veiligbestuur_desktop/ui/*.py') -no-obsolete -ts $(TS_DIR)/veiligbestuur_ui_en.ts
	$(BIN)/pyside6-lupdate -tr-function-alias "translate+=tr" -source-language nl_NL -target-language en_GB \
	    $$(git ls-files 'veiligbestuur_desktop/*.py' | grep -v -e '/ui/' -e '/migrations/') build/vocab_strings.py \
	    -no-obsolete -ts $(TS_DIR)/veiligbestuur_core_en.ts
	$(BIN)/pyside6-lrelease $(TS_DIR)/veiligbestuur_ui_en.ts $(TS_DIR)/veiligbestuur_core_en.ts \
	    -qm $(TS_DIR)/veiligbestuur_en.qm

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache

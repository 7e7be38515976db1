# VeiligBestuur Desktop — the two commands of the quick start are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long lint typecheck bench sysdeps sysdeps-test venv clean

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

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache

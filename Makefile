# VeiligBestuur Desktop — the two commands of the quick start are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long lint typecheck bench translations qm sysdeps sysdeps-test venv venv-dist dist dist-smoke \
	wheel nsis clean

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
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist loadfile --durations=15
	bash scripts/with-keyring.sh env VEILIGBESTUUR_REAL_KEYRING=1 QT_QPA_PLATFORM=offscreen \
	    $(BIN)/python -m pytest -q -m realkeyring tests/vault/test_real_keyring.py
	$(MAKE) --no-print-directory dist-smoke

test-long: sysdeps-test venv
	QT_QPA_PLATFORM=offscreen VEILIGBESTUUR_LONG=1 $(BIN)/python -m pytest -q tests/reliability

# keepassxc, xvfb and x11-utils for the start-up comparison (tests/benchmarks/bench_startup_compare.py)
bench: sysdeps-test venv
	@bash scripts/need-debs.sh keepassxc xvfb x11-utils
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

# Only the .qm files (lrelease), from the .ts files as they are: what `make dist` and the wheel ship.
qm: venv
	$(BIN)/pyside6-lrelease -silent $(TS_DIR)/veiligbestuur_ui_en.ts $(TS_DIR)/veiligbestuur_core_en.ts \
	    -qm $(TS_DIR)/veiligbestuur_en.qm

# The .qm follows its .ts files: `make run` and `make test` rebuild it when a translation changed.
QM := $(TS_DIR)/veiligbestuur_en.qm
$(QM): $(TS_DIR)/veiligbestuur_ui_en.ts $(TS_DIR)/veiligbestuur_core_en.ts | venv
	$(BIN)/pyside6-lrelease -silent $^ -qm $@
run test: $(QM)

# --- shipping (installer/README.md) ------------------------------------------------------------------------------
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' veiligbestuur_desktop/__init__.py)
ARCH := $(shell uname -m)
BUNDLE := dist/veiligbestuur
TARBALL := dist/veiligbestuur-$(VERSION)-linux-$(ARCH).tar.gz
DIST_STAMP := $(VENV)/.installed-dist

# PyInstaller is a build-only dependency (the `dist` extra): installed here, never needed to run the program.
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dist]'
	@touch $(DIST_STAMP)

venv-dist: $(DIST_STAMP)

# The one-folder bundle (dist/veiligbestuur) and the tarball with the menu entry and the icon.
dist: sysdeps venv-dist qm
	rm -rf $(BUNDLE) build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	    installer/veiligbestuur.spec
	bash scripts/dist-tarball.sh $(BUNDLE) $(TARBALL) $(VERSION)
	@du -sh $(BUNDLE)

# The wheel and sdist (package data included: fonts, icons, .qm, help).
wheel: venv qm
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

# The Windows installer script compiled against the bundle layout (here the Linux bundle stands in for the
# Windows one; on Windows the same command, with makensis from nsis.sourceforge.io, makes the real installer).
nsis: $(BUNDLE)/veiligbestuur
	@bash scripts/need-debs.sh nsis
	makensis -V2 -DBUNDLE_DIR=$(BUNDLE) -DVERSION=$(VERSION) -DMAIN_EXE=veiligbestuur \
	    -DOUT_FILE=$(CURDIR)/build/VeiligBestuur-$(VERSION)-setup-test.exe installer/veiligbestuur.nsi

$(BUNDLE)/veiligbestuur:
	$(MAKE) --no-print-directory dist

# CI: build the bundle, then run it: --version, init, verify, demo, a report, the GUI to the unlock dialog, and
# compile the NSIS script against it (tests/ship/test_bundle.py).
dist-smoke: dist
	@bash scripts/need-debs.sh nsis
	VEILIGBESTUUR_BUNDLE=$(CURDIR)/$(BUNDLE) QT_QPA_PLATFORM=offscreen \
	    $(BIN)/python -m pytest -q -p no:cacheprovider tests/ship/test_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache

# Jambi CMS — `make help` lists the targets.
PORT ?= 8000
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.run-$(shell cat requirements.txt | sha1sum | cut -c1-12)
DEV_STAMP := $(VENV)/.dev-$(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)
export SITE_PORT ?= $(PORT)

.DEFAULT_GOAL := help
.PHONY: help run test lint format check messages i18n-coverage clean

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP) ## Install, migrate, seed the demo once, serve on http://localhost:$(PORT)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py sync_sites
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(DEV_STAMP) ## Run the whole test suite (DATABASE_URL picks PostgreSQL; else SQLite)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(DEV_STAMP) ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(DEV_STAMP) ## Format the code with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: $(DEV_STAMP) ## Django system checks and missing migrations
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

MAKEMESSAGES_IGNORE := -i ".venv/*" -i "tests/*" -i "locale/*" -i "scripts/*" -i "media/*" -i "screenshots/*"

messages: $(DEV_STAMP) ## Extract our strings, follow Wagtail's message ids, compile every .mo (commit them)
	$(PY) manage.py makemessages -l id --no-obsolete --no-location $(MAKEMESSAGES_IGNORE)
	$(PY) manage.py i18n_sync
	$(PY) manage.py i18n_coverage

i18n-coverage: $(RUN_STAMP) ## Indonesian coverage of the admin's message catalogues
	$(PY) manage.py i18n_coverage

clean: ## Remove the virtualenv, the SQLite database and uploaded media
	rm -rf $(VENV) db.sqlite3 media

# natorussia: `make reports` builds the reports from the seeds, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
SHARED ?= ../shared

.DEFAULT_GOAL := help
.PHONY: help install test unit lint reports extract score lab bench bench-extract bench-reports-memory clean notebooks chromium

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (natorussia)" >/dev/null
	touch $@

install: $(STAMP) ## create .venv and install the project with its pinned dependencies

lint: $(STAMP) ## ruff over the library, tests, benchmarks, notebooks and eval scripts
	$(BIN)/ruff check src tests benchmarks notebooks eval

unit: $(STAMP) ## unit tests only (no notebooks, no browser)
	$(BIN)/pytest -q tests -m "not browser and not slow"

notebooks: $(STAMP) ## re-run the notebooks in place with their default parameters (the outputs nbval checks)
	$(BIN)/python -m natorussia.reports refresh

chromium: ## Debian's chromium for the browser checks: installed with apt-get when missing (as root)
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing Debian's chromium for the browser checks"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "Debian's chromium is missing and apt-get cannot run here: the browser checks will be skipped (sudo apt-get install chromium)"; \
		fi; }

test: $(STAMP) lint chromium ## the whole suite: unit tests, nbval on the notebooks, browser checks on the reports
	$(BIN)/pytest -q

extract: $(STAMP) ## tables from the seeds into reports/data/
	$(BIN)/natorussia extract seeds --out reports/data

reports: $(STAMP) ## build every report listed in reports.yml under reports/
	$(BIN)/natorussia reports

score: $(STAMP) ## score the extractor on the shipped corpus and the seeds against ../shared gold
	$(BIN)/natorussia extract data/corpus seeds --out build/dev
	$(BIN)/python $(SHARED)/tools/score.py build/dev $(SHARED)/corpus/dev/gold_*.json $(SHARED)/gold/seeds.json

lab: $(STAMP) ## open the notebooks in JupyterLab with the project's kernel
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[lab]"
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/   # root (a container) needs --allow-root

bench: bench-extract bench-reports-memory ## benchmarks: extraction speed, report memory, report build time
	$(BIN)/python benchmarks/reports_speed.py

bench-extract: $(STAMP) ## extraction at 1k, 10k, 100k: speed, memory, --jobs, cache, vs dateparser; report memory (~40 min)
	$(BIN)/python benchmarks/extract_speed.py $(BENCH_ARGS)

bench-reports-memory: $(STAMP) ## each notebook's peak memory on a million events vs on the seeds (~3 min)
	$(BIN)/python benchmarks/report_memory.py $(MEMORY_ARGS)

clean: ## remove the virtualenv and build outputs
	rm -rf $(VENV) build

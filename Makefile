# Vigie: the few commands CI and people run. `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install browser demo test test-quick lint typecheck schemas bench eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install Vigie with its test tools

browser: ## Debian's Chromium and ChromeDriver for the browser test (apt, as root; never a downloaded browser)
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then echo "chromium: present"; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	else echo "the browser test needs Debian's chromium and chromium-driver: sudo apt-get install chromium chromium-driver" >&2; exit 1; fi

demo: $(STAMP) ## run the whole system on the embedded broker with the sample news (Ctrl-C stops)
	$(BIN)/vigie demo

test: $(STAMP) browser lint typecheck ## lint, type-check and run every test tier (unit, contract, integration, e2e)
	$(BIN)/pytest tests

test-quick: $(STAMP) ## unit and contract tests only (seconds, no broker)
	$(BIN)/pytest tests/unit tests/contract

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check services tests bench
	$(BIN)/ruff format --check services tests bench

typecheck: $(STAMP) ## mypy --strict on the package code
	$(BIN)/mypy

schemas: $(STAMP) ## regenerate schemas/ from the message models
	$(BIN)/vigie schemas

bench: $(STAMP) ## print extraction speed and whole-pipeline throughput
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/pipeline_throughput.py

eval: $(STAMP) ## score the extractor on the labelled set
	$(BIN)/vigie eval

clean: ## remove the virtualenv, caches and run state
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache

# Vigie: the few commands CI and people run. `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install system-tools demo test test-quick lint typecheck schemas bench eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install Vigie with its test tools

SYSTEM_TOOLS := /usr/bin/chromium /usr/bin/chromedriver /usr/bin/docker-compose /usr/bin/promtool

system-tools: ## Debian packages the tests use: chromium + driver (browser test), docker-compose and promtool (deploy checks)
	@missing=0; for t in $(SYSTEM_TOOLS); do [ -x $$t ] || missing=1; done; \
	if [ $$missing = 0 ]; then echo "system tools: present"; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver docker-compose prometheus; \
	else echo "tests need Debian's chromium chromium-driver docker-compose prometheus: sudo apt-get install them" >&2; exit 1; fi

demo: $(STAMP) ## run the whole system on the embedded broker with the sample news (Ctrl-C stops)
	$(BIN)/vigie demo

test: $(STAMP) system-tools lint typecheck ## lint, type-check and run every test tier (unit, contract, integration, e2e)
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

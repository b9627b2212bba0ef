# The one way through: spec + overlay -> resolved spec -> generated package -> tests.
# `make` sets everything up and regenerates; `make test` runs every test. `make help` lists targets.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
BUILD := .build
PROVIDER ?= fractel
PORT ?= 8080

PACKAGES := $(shell sed -n 's/^package *= *"\(.*\)"/\1/p' providers.toml)
MODULES := $(shell sed -n 's/^module *= *"\(.*\)"/\1/p' providers.toml)
KIT_SOURCES := kit/pyproject.toml kit/README.md $(wildcard kit/src/smskit/*)
CAMPAIGN_SOURCES := campaign/pyproject.toml campaign/README.md $(wildcard campaign/src/smscampaign/*)
MOCKS_SOURCES := mocks/pyproject.toml mocks/README.md $(wildcard mocks/src/sms_mocks/*.py mocks/src/sms_mocks/*.yaml mocks/src/sms_mocks/_generated/* mocks/src/sms_mocks/ui/* mocks/src/sms_mocks/*/*.py mocks/src/sms_mocks/contract/settings/*.toml)
GENERATION_INPUTS := providers.toml CHANGELOG.md LICENSE mocks/pyproject.toml kit/pyproject.toml campaign/pyproject.toml $(wildcard specs/*.yaml overlays/*.yaml tools/*.py tools/templates/* runtime/*.py) $(VENV)/.stamp

.DEFAULT_GOAL := all
.PHONY: all help venv generate install services browser docs test unit e2e contract system drift lint speclint typecheck mock bench bench-campaign bench-mocks dist lock clean

all: install ## set up the virtual environment, regenerate every client and install them (the main job)

help: ## list every target
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

venv: $(VENV)/.stamp ## create .venv from requirements/dev.lock (pinned)

$(VENV)/.stamp: requirements/dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	touch $@

generate: $(BUILD)/generated.stamp ## apply the overlays and regenerate generated/ (only when inputs changed)

$(BUILD)/generated.stamp: $(GENERATION_INPUTS)
	$(BIN)/python -m tools.generate
	@mkdir -p $(BUILD) && touch $@

install: $(BUILD)/installed.stamp ## install every generated package, sms-kit (kit/), sms-mocks (mocks/) and sms-campaign (campaign/) into .venv, as a user would (not editable)

$(BUILD)/installed.stamp: $(BUILD)/generated.stamp $(KIT_SOURCES) $(MOCKS_SOURCES) $(CAMPAIGN_SOURCES)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation \
		--force-reinstall $(addprefix generated/,$(PACKAGES)) ./kit ./mocks ./campaign
	@touch $@

test: all services browser lint speclint typecheck ## run every check: ruff, spec lint, mypy --strict, drift, unit, end-to-end, contract and system tests
	$(BIN)/python -m pytest -n 2

unit: all ## the fast loop: tests/unit only (no sockets, no subprocesses; a few seconds)
	$(BIN)/python -m pytest tests/unit -q

e2e: all ## tests/e2e: the generated clients against the mocks over loopback
	$(BIN)/python -m pytest tests/e2e -n 2 -q

contract: all ## tests/contract: schemathesis against each mock, through sms-contract (slow)
	$(BIN)/python -m pytest tests/contract -n 2 -q

system: all services browser ## tests/system: subprocesses, fresh venvs, redis/celery, a browser, load and crashes
	$(BIN)/python -m pytest tests/system -n 2 -q

services: ## install the servers the tests start themselves (Debian's redis-server) when missing; needs root
	@command -v redis-server >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq redis-server; }

browser: ## install Debian's chromium (driven headless by tests/system/test_docs.py through Playwright) when missing; needs root
	@test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium; }

docs: all ## build the API reference of every package into docs/build/ (pdoc, offline), then check its links and that nothing loads from outside
	$(BIN)/python -m tools.docs --output docs/build

drift: venv ## regenerate into a temporary folder and diff it against generated/
	$(BIN)/python -m tools.generate --check

lint: venv ## ruff on the hand-written code
	$(BIN)/ruff check tools runtime tests kit mocks campaign examples
	$(BIN)/ruff format --check tools runtime tests kit mocks campaign examples

speclint: all ## validate specs/*.yaml, generated/*/openapi.resolved.yaml and the mocks' control API document as OpenAPI 3.1, then lint them
	$(BIN)/python -m tools.speclint
	$(BIN)/python -m tools.speclint mocks/src/sms_mocks/control-api.yaml

typecheck: all ## mypy --strict on the tools, the runtime, sms-kit, sms-campaign, the examples and every generated package
	$(BIN)/mypy tools runtime
	$(BIN)/mypy kit/src examples
	$(BIN)/mypy campaign/src
	$(BIN)/mypy mocks/src
	$(BIN)/mypy $(addprefix -p ,$(MODULES))

mock: all ## run a mock in the foreground: make mock PROVIDER=fractel PORT=8080 [FAULTS=0.2]
	$(BIN)/sms-mock $(PROVIDER) --port $(PORT) --faults $(or $(FAULTS),0)

bench: all ## measure speed and memory: BENCHMARKS.md + benchmarks.png, then bench-campaign and bench-mocks (every part runs even when one before it fails; the status is the worst) [BENCH_ARGS=...]
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/bench.lock
	status=0; \
	$(BIN)/python -m tools.bench $(BENCH_ARGS) || status=1; \
	$(MAKE) --no-print-directory bench-campaign || status=1; \
	$(MAKE) --no-print-directory bench-mocks || status=1; \
	exit $$status

bench-campaign: all ## campaign throughput: concurrency 10 vs 100 vs raw httpx, then 10,000 messages on 1, 2, 4 Celery workers
	$(BIN)/python -m tools.bench_campaign $(BENCH_CAMPAIGN_ARGS)

bench-mocks: all ## mock speed: sends/s over keep-alive at 1-100 connections (wrk) beside Stoplight Prism, in-process vs loopback; writes BENCHMARKS-mocks.md (installs wrk; Prism into .bench/ with npm)
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(BIN)/python -m tools.bench_mocks $(BENCH_MOCKS_ARGS)

dist: all ## build a wheel and an sdist of every generated package into dist/ and check them (twine check --strict)
	rm -rf dist && mkdir -p dist
	for package in $(PACKAGES); do \
		$(BIN)/python -m build --no-isolation --outdir dist generated/$$package || exit 1; \
	done
	$(BIN)/twine check --strict dist/*

lock: ## re-pin requirements/dev.lock from requirements/dev.in (needs the package registry)
	rm -rf $(BUILD)/lockenv && $(PYTHON) -m venv $(BUILD)/lockenv
	$(BUILD)/lockenv/bin/pip install --quiet --disable-pip-version-check -r requirements/dev.in
	{ echo "# Generated by 'make lock' from requirements/dev.in with Python 3.11; do not edit."; \
	  $(BUILD)/lockenv/bin/pip freeze; } > requirements/dev.lock

clean: ## remove the virtual environment and build stamps (generated/ is kept: it is committed)
	rm -rf $(VENV) $(BUILD) dist docs/build .pytest_cache .mypy_cache .hypothesis .ruff_cache

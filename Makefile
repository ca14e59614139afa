# transqa — set-up and everyday tasks. Only Python >= 3.11 is needed on the machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
SEED   := corpora/seed/alibaba-russia-mail-ru.zh.md

.PHONY: help install demo test lint bench bench-audit bench-fix fuzz rules-doc clean

help:
	@echo "make demo   - create .venv, install transqa, check the two bundled examples (the seed article alone, a sample pair)"
	@echo "make test   - install test dependencies and run the test suite"
	@echo "make lint   - ruff over src/ and tests/, mypy --strict over src/"
	@echo "make bench  - accuracy on real labelled material, on injected defects, speed against pofilter and growth with length (needs ../shared)"
	@echo "make fuzz   - the full fuzzing budget (over 100,000 generated inputs), then the hostile-input growth figures"
	@echo "make bench-audit - audit speed, memory, kill -9 resume and Dask on the real archive (needs ../shared)"
	@echo "make bench-fix - repairs per rule on the real archive, and none may make a spelling rarer (needs ../shared)"
	@echo "                 ARGS='--sample 220 --seed 1 --out FILE.tsv' also writes a sample for labelling"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[lexicon]'
	@touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	@touch $@

install: $(STAMP)

# transqa exits 1 when it finds defects (the demo articles have some); only 2 and 3 are failures here.
demo: $(STAMP)
	@$(BIN)/transqa check $(SEED); s=$$?; [ $$s -le 1 ] || exit $$s
	@echo
	@$(BIN)/transqa check corpora/samples/solar-startup.en.md corpora/samples/solar-startup.zh.md; s=$$?; [ $$s -le 1 ] || exit $$s

# Two workers, each test file on one of them (module fixtures: the browser, the warm transqa of test_hostile):
# see the README's development section for why this is safe and what it gains.
test: $(TSTAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder

lint: $(TSTAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy --strict src

bench: $(TSTAMP)
	$(BIN)/python -m pip install -q 'translate-toolkit>=3.13'
	$(BIN)/python benchmarks/real.py
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/cold.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/scaling.py

fuzz: $(TSTAMP)
	TRANSQA_FUZZ_EXAMPLES=17000 $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider
	$(BIN)/python benchmarks/hostile.py

bench-audit: $(TSTAMP)
	$(BIN)/python benchmarks/audit_bench.py

bench-fix: $(TSTAMP)
	$(BIN)/python benchmarks/fix_bench.py $(ARGS)

rules-doc: $(STAMP)
	$(BIN)/transqa rules --format markdown -o docs/rules.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache

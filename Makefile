# newsclaims: `make demo` runs the main job on corpus/, `make test` runs the tests.
# Both create the virtual environment at .venv on first use; nothing else is needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
OUT ?= out

.PHONY: setup demo test test-fast test-huge eval bench fuzz clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

demo: setup
	$(VENV)/bin/newsclaims extract corpus/ --out $(OUT) --format parquet
	$(VENV)/bin/newsclaims show corpus/ --layer compare

test: setup
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not slow and not huge"

# The 5 MB article (processed in paragraph chunks): minutes of CPU, so not part of `make test`.
test-huge: setup
	$(PY) -m pytest -q -m huge tests/test_reliability.py

eval: setup
	$(PY) $(SHARED)/tools/evaluate.py $(SHARED)/gold/seeds.jsonl
	$(PY) $(SHARED)/tools/evaluate.py $(SHARED)/gold/quantities_dev.jsonl
	$(PY) $(SHARED)/tools/evaluate.py $(SHARED)/benchmarks/tempeval3/platinum.jsonl
	$(PY) $(SHARED)/tools/evaluate.py $(SHARED)/benchmarks/attribution/polnear_test.jsonl

# Speed and memory against bare spaCy and the naive route (see benchmarks/bench.py).
# `make bench` runs the quick 100k-word slice; `make bench MODE=--full` the ~625k-word run.
MODE ?= --quick
bench: setup
	$(PY) benchmarks/bench.py $(MODE)

# Property tests with 20,000 random examples instead of the 500 of `make test`
# (tests/test_properties.py); a running count goes to .fuzz-progress.
fuzz: setup
	NEWSCLAIMS_FUZZ=1 $(PY) -m pytest -q tests/test_properties.py --hypothesis-show-statistics

clean:
	rm -rf $(OUT) dist build .pytest_cache

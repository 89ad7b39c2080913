VENV ?= .venv
PY = $(VENV)/bin/python
KG = $(VENV)/bin/kg
STORE ?= out/store

.PHONY: demo test lint format bench residue clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# the demo needs kg and its dependencies only (no test tools, no Spark)
$(VENV)/.demo: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

# make test: the test tools and Spark (the Spark test runs a local PySpark job)
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[test,spark]'
	touch $@

demo: $(VENV)/.demo
	rm -rf $(STORE)
	$(KG) build seeds --store $(STORE)
	$(KG) query who-chaired-what --store $(STORE)
	$(KG) export --format turtle --out out/kg.ttl --store $(STORE)
	$(KG) export --format trig --out out/kg.trig --store $(STORE)
	$(KG) viz --out out/chairs.html --store $(STORE)
	$(KG) viz --out out/chairs.svg --store $(STORE)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check kg tests tools bench
	$(VENV)/bin/ruff format --check kg tests tools bench

format: $(VENV)/.installed
	$(VENV)/bin/ruff format kg tests tools bench
	$(VENV)/bin/ruff check --fix kg tests tools bench

bench: $(VENV)/.installed
	$(PY) bench/run.py --sizes 1000,10000,100000
	$(PY) bench/serve_load.py

# what extraction leaves unread in the unlabelled corpus, per language (wordings no gold article shows)
RESIDUE ?= ../shared/corpus/unlabelled/articles.jsonl
residue: $(VENV)/.demo
	$(KG) residue $(RESIDUE) --top 20

# one test process per core, at most 4 (pytest-xdist); a file's tests stay in one process, so its module fixtures
# are built once
test: $(VENV)/.installed lint
	$(VENV)/bin/pytest -n auto --maxprocesses 4 --dist loadfile

clean:
	rm -rf $(VENV) out kg-store

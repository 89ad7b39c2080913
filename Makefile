VENV ?= .venv
PY = $(VENV)/bin/python
KG = $(VENV)/bin/kg
STORE ?= out/store

.PHONY: demo test lint format bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	rm -rf $(STORE)
	$(KG) build seeds --store $(STORE)
	$(KG) query queries/who-chaired-what.rq --store $(STORE)
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

test: $(VENV)/.installed lint
	$(VENV)/bin/pytest

clean:
	rm -rf $(VENV) out kg-store

# Two commands: `make run` sets up and starts the dashboard; `make test` sets up and
# runs every test. Both create .venv from the pinned requirements on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test bench lint typecheck setup setup-dev clean basemap confidence confidence-cv

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# Leaflet, its MarkerCluster plugin and jQuery, copied from their pinned XStatic packages
# (and the map's own script and base layers) into static/vendor/,
# which Streamlit serves: the map needs no CDN (nothing here is committed).
static/vendor/.installed: $(BIN)/.installed ui/assets.py ui/js/map.js ui/js/points.js data/basemap.geojson
	$(BIN)/python -m ui.assets
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(BIN)/.installed static/vendor/.installed
setup-dev: setup $(BIN)/.installed-dev

# serve.py is app.py behind ui.hosts.HostGuard: only the names in server.allowedHosts
# (.streamlit/config.toml) are answered, over HTTP and websocket.
run: setup
	$(BIN)/streamlit run serve.py --server.port $(PORT)

test: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

# Benchmarks on SYNTHETIC data, each printing ratios against a baseline timed in the same
# run; never part of `make test`. township_agreement needs ../shared/data.
bench: setup-dev
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_hostile.py
	$(BIN)/python bench/bench_start.py
	$(BIN)/python bench/bench_country.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_team_servers.py
	$(BIN)/python bench/township_agreement.py

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup-dev
	$(BIN)/mypy

# Remake data/basemap.geojson (committed) from Natural Earth's 1:10m countries in the npm
# package world-atlas (public domain) and data/townships.geojson. Needs npm; the app does not.
basemap: setup
	tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent world-atlas@2.0.2 >/dev/null \
	  && tar xzf world-atlas-2.0.2.tgz && cd $(CURDIR) \
	  && $(BIN)/python -m geo.basemap --world-atlas $$tmp/package/countries-10m.json; \
	status=$$?; rm -rf $$tmp; exit $$status

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Refit data/reader_confidence.json (committed), the report reader's confidence in each
# proposal, on the development passages (never the test split); after any change to the
# reader (tests/test_extract_learn.py says when it is due).
confidence: setup
	$(BIN)/python -m geo.extract.learn -o data/reader_confidence.json

# How well the model ranks proposals it was not fitted on (each file by the others).
confidence-cv: setup
	$(BIN)/python -m geo.extract.learn --cross-validate

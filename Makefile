# Two commands matter: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB := demo.duckdb
VENDOR := src/parley/web/static/vendor
VENDOR_STAMP := $(VENDOR)/.installed
VENDOR_FILES := web/node_modules/chart.js/dist/chart.umd.min.js web/node_modules/leaflet/dist/leaflet.js \
	web/node_modules/leaflet/dist/leaflet.css web/node_modules/topojson-client/dist/topojson-client.min.js \
	web/node_modules/world-atlas/countries-110m.json web/node_modules/swagger-ui-dist/swagger-ui-bundle.js \
	web/node_modules/swagger-ui-dist/swagger-ui.css

.PHONY: demo test bench evaluate clean vendor

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The dashboard's browser libraries, pinned in web/package-lock.json and copied from npm (never committed).
# Without npm the dashboard still shows its data, without charts and map.
$(VENDOR_STAMP): web/package.json web/package-lock.json
	@if command -v npm >/dev/null; then \
		(cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) && \
		mkdir -p $(VENDOR) && cp $(VENDOR_FILES) $(VENDOR)/ && touch $@; \
	else echo "warning: npm not found; the dashboard will have no charts or map (install Node.js, then make vendor)"; fi

vendor: $(VENDOR_STAMP)

demo: $(STAMP) $(VENDOR_STAMP)
	rm -f $(DEMO_DB)
	$(BIN)/parley code examples/articles --db $(DEMO_DB) -o demo-events.jsonl
	$(BIN)/parley show --db $(DEMO_DB)

test: $(STAMP) $(VENDOR_STAMP)
	$(BIN)/python -m pytest -q

evaluate: $(STAMP)
	$(BIN)/parley evaluate ../shared/eval/petrarch2_gsr_validation.jsonl
	$(BIN)/parley evaluate tests/data/corpus

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(DEMO_DB) demo-events.jsonl $(VENDOR) web/node_modules

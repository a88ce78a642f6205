# The two commands of the README:
#   make demo   install, build, ingest the bundled examples into ./dossier.db, print what was found
#   make test   install, build, run every test (SQLite and a throwaway PostgreSQL server)
BUILD ?= build
JOBS ?= $(shell nproc)
DOSSIER = $(BUILD)/dossier

.PHONY: all deps configure build demo test bench clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(DOSSIER) ingest examples/news --db dossier.db
	@echo; echo "== events"; $(DOSSIER) events --db dossier.db
	@echo; echo "== actors"; $(DOSSIER) actors --db dossier.db
	@echo; echo "== relations"; $(DOSSIER) relations --db dossier.db

test: build
	@bash scripts/run-tests.sh $(BUILD)

bench: build
	@bash scripts/run-benchmarks.sh $(BUILD)

clean:
	rm -rf $(BUILD)

# audomap: `make demo` renders the default visuals into Output/, `make test` runs the tests.
# Both install the Debian packages they need when missing (Debian 12; run as root or with sudo).

PACKAGES := pkg-config libgeos-dev libproj-dev proj-data libcairo2-dev libpango1.0-dev fonts-lato
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
AUDOMAP := .build/release/audomap
DEMO_DATA := Datasets/capso-population-dgcl-2019-2025.csv
SOURCE_2025 := Source : DGCL, populations légales 2025 (Licence Ouverte) · Fond : IGN Admin Express 2018

.PHONY: demo test deps build bench clean

deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build -c release --product audomap

demo: build
	@mkdir -p Output
	$(AUDOMAP) map --basemap Basemaps/capso-communes-2018.geojson --data $(DEMO_DATA) \
	  --filter annee=2025 --value population_municipale \
	  --title "Population des communes du Pays de Saint-Omer" --subtitle "Population municipale au 1er janvier 2025" \
	  --legend-title "Habitants" --source "$(SOURCE_2025)" \
	  -o Output/capso-population-2025.png -o Output/capso-population-2025.svg -o Output/capso-population-2025.pdf
	@echo "Demo visuals written to Output/:"; ls -l Output/*.png Output/*.svg Output/*.pdf

test: deps
	swift test

# Benchmarks print their figures; one that misses its target exits non-zero,
# and the next still runs.
bench: deps
	swift build -c release --product audomap
	swift build -c release --product audomap-bench
	-.build/release/audomap-bench geojson
	-.build/release/audomap-bench map
	-.build/release/audomap-bench csv
	Scripts/bench-repair.sh

clean:
	rm -rf .build Output/*.png Output/*.svg Output/*.pdf

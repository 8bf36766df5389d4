# audomap: `make demo` renders the default visuals into Output/, `make test` runs the tests.
# Both install the Debian packages they need when missing (Debian 12; run as root or with sudo).

PACKAGES := pkg-config libgeos-dev libproj-dev proj-data libcairo2-dev libpango1.0-dev fonts-lato
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
AUDOMAP := .build/release/audomap

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

# Every showcase visual is listed once, in audomap.yml: the CAPSO maps (population, its change,
# proportional circles) and charts in several formats, each with its alt text (.txt), plus
# Output/report.json and the gallery Output/index.html. Visuals whose inputs did not change are
# skipped (make demo twice is instant); FORCE=1 renders them all.
demo: build
	$(AUDOMAP) batch $(if $(FORCE),--force)
	@echo "Open Output/index.html to see every visual with its alt text."

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
	-.build/release/audomap-bench jenks
	-.build/release/audomap-bench batch
	Scripts/bench-repair.sh

clean:
	rm -rf .build Output/*.png Output/*.svg Output/*.pdf Output/*.txt Output/index.html Output/report.json Output/.audomap-state.json

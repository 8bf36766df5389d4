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

# The CAPSO maps of issue 5, each in three social formats with its alt text (.txt).
# The credits line comes from the brand kit's footer.
CAPSO_MAP := $(AUDOMAP) map --basemap Basemaps/capso-communes-2018.geojson --data $(DEMO_DATA)
MAP_PRESETS := instagram portrait x

demo: build
	@mkdir -p Output
	$(CAPSO_MAP) --filter annee=2025 --value population_municipale \
	  --title "Population des communes du Pays de Saint-Omer" --subtitle "Population municipale au 1er janvier 2025" \
	  --legend-title "Habitants" --source "$(SOURCE_2025)" --label top:5 \
	  -o Output/capso-population-2025.png -o Output/capso-population-2025.svg -o Output/capso-population-2025.pdf
	@for preset in $(MAP_PRESETS); do \
	  $(CAPSO_MAP) --preset $$preset --filter annee=2025 --value population_municipale \
	    --title "Population des communes du Pays de Saint-Omer" --subtitle "Population municipale au 1er janvier 2025" \
	    --legend-title "Habitants" --source "$(SOURCE_2025)" --label top:5 \
	    -o Output/capso-population-2025-$$preset.png -o Output/capso-population-2025-$$preset.svg || exit 1; \
	  $(CAPSO_MAP) --preset $$preset --value population_municipale --change 2019:2025 --change-as percent \
	    --diverging 0 --unit % --title "Évolution de la population, 2019-2025" \
	    --subtitle "Population municipale, évolution en % entre 2019 et 2025" --legend-title "Évolution" \
	    --source "Source : DGCL, populations légales 2019 et 2025 (Licence Ouverte) · Fond : IGN Admin Express 2018" \
	    -o Output/capso-evolution-2019-2025-$$preset.png -o Output/capso-evolution-2019-2025-$$preset.svg || exit 1; \
	  $(CAPSO_MAP) --preset $$preset --kind symbols --filter annee=2025 --value population_municipale --label top:5 \
	    --title "Où vivent les habitants du Pays de Saint-Omer" --subtitle "Population municipale au 1er janvier 2025" \
	    --legend-title "Habitants" --source "$(SOURCE_2025)" \
	    -o Output/capso-population-cercles-$$preset.png -o Output/capso-population-cercles-$$preset.svg || exit 1; \
	done
	@$(MAKE) --no-print-directory demo-charts
	@echo "Demo visuals written to Output/ (each with its alt text in a .txt):"; ls Output/*.png

# The charts of issue 6, each in two social formats, PNG and SVG, with its alt text (.txt).
CHART := $(AUDOMAP) chart
ORE_DATA := Datasets/ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv
ORE_SECTORS := Consommation Agriculture (MWh),Consommation Industrie (MWh),Consommation Tertiaire (MWh),Consommation Résidentiel (MWh)

.PHONY: demo-charts
demo-charts: build
	@mkdir -p Output
	@for preset in instagram x; do \
	  $(CHART) --preset $$preset --data $(DEMO_DATA) --category annee --value population_municipale --aggregate sum \
	    --unit hab. --title "Population du Pays de Saint-Omer, 2019-2025" \
	    --subtitle "Population municipale des 53 communes de la CAPSO, au 1er janvier" \
	    --source "Source : DGCL, populations légales 2019 à 2025 (Licence Ouverte)" \
	    -o Output/capso-population-par-annee-$$preset.png -o Output/capso-population-par-annee-$$preset.svg || exit 1; \
	done
	@for preset in portrait instagram; do \
	  $(CHART) --preset $$preset --data $(DEMO_DATA) --filter annee=2025 --category nom_commune \
	    --value population_municipale --horizontal --sort value --top 15 --highlight Saint-Omer \
	    --unit hab. --title "Les 15 communes les plus peuplées de la CAPSO" \
	    --subtitle "Population municipale au 1er janvier 2025" \
	    --source "Source : DGCL, populations légales 2025 (Licence Ouverte)" \
	    -o Output/capso-communes-top15-$$preset.png -o Output/capso-communes-top15-$$preset.svg || exit 1; \
	done
	@for preset in x instagram; do \
	  $(CHART) --preset $$preset --data $(ORE_DATA) --filter "Filière=Electricité" --category "Libellé EPCI" \
	    --value "$(ORE_SECTORS)" --aggregate sum --horizontal --stacked --sort value --legend-title "Secteur" \
	    --title "Consommation d’électricité en Mayenne par secteur" \
	    --subtitle "Par intercommunalité, en MWh, en 2019" \
	    --source "Source : Agence ORE, consommation 2019 par commune et par secteur (Enedis et RTE)" \
	    -o Output/mayenne-electricite-secteurs-$$preset.png -o Output/mayenne-electricite-secteurs-$$preset.svg || exit 1; \
	done

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

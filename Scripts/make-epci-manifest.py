#!/usr/bin/env python3
"""Writes a manifest with one population-density map per EPCI of a region.

Usage: Scripts/make-epci-manifest.py [OUTPUT]   (run from the package root)
The EPCIs come from Datasets/reference/epci-communes-2025.csv (DGCL 2025): every
EPCI with a member in one of the region's départements. The maps read the
national tables of ../shared/data beside the checkout.
"""
import csv
import sys

REGION = "Hauts-de-France"
DEPARTMENTS = {"02", "59", "60", "62", "80"}
output = sys.argv[1] if len(sys.argv) > 1 else "examples/hauts-de-france-epci.yml"

epcis = {}
with open("Datasets/reference/epci-communes-2025.csv", encoding="utf-8") as members:
    for row in csv.DictReader(members):
        if row["dep"] in DEPARTMENTS:
            epcis.setdefault(row["epci_siren"], row["epci_nom"])

def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

lines = [
    f"# One population density map per EPCI of {REGION} ({len(epcis)} EPCIs), from the national",
    "# tables of ../shared/data. Written by Scripts/make-epci-manifest.py: run it again rather than",
    "# editing this file.",
    "version: 1",
    "brand: ../Palettes/capso.yml",
    "# Run it with --output Output/hauts-de-france (a manifest may not write outside its folder).",
    "",
    "basemaps:",
    "  hauts-de-france-2018:",
    "    file: ../../shared/data/basemaps/communes-hauts-de-france.geojson",
    "",
    "datasets:",
    "  population:",
    "    file: ../../shared/data/datasets/population-communes-france.csv",
    "    key: COM",
    "",
    "visuals:",
]
for siren, name in sorted(epcis.items(), key=lambda item: item[1]):
    lines += [
        f"  - name: densite-{siren}",
        "    kind: map",
        "    basemap: hauts-de-france-2018",
        "    dataset: population",
        "    value: PMUN",
        f"    within: {quoted(siren)}",
        "    per-km2: true",
        '    unit: "hab./km²"',
        f"    title: {quoted('Densité de population : ' + name)}",
        "    subtitle: Population municipale par km²",
        "    legend-title: Habitants par km²",
        '    source: "Source : INSEE, populations légales · Fond : IGN Admin Express 2018 · EPCI : DGCL 2025"',
        "    presets: [instagram]",
        "    formats: [png]",
    ]
with open(output, "w", encoding="utf-8") as manifest:
    manifest.write("\n".join(lines) + "\n")
print(f"{output}: {len(epcis)} visuals")

#!/usr/bin/env bash
# Repairs the national communes file with audomap and with its peers, side by
# side in one run, and prints wall time and peak memory of each (issue #3:
# audomap ≥ 6× faster than ogr2ogr -makevalid and geopandas + shapely, < 400 MB).
# Needs: a release build (make bench does it), gdal-bin, and pip's geopandas.
# Usage: Scripts/bench-repair.sh [INPUT]   (run from the package root)
set -euo pipefail
input=${1:-../shared/data/basemaps/communes-france-2018.geojson}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # name, command...: prints "name seconds megabytes"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || {
    echo "$name failed:"; cat "$work/stderr"; return 1; }
  read -r seconds kilobytes < "$work/time"
  printf '%-28s %7.2f s %7.0f MB\n' "$name" "$seconds" "$((kilobytes / 1024))"
  echo "$seconds" > "$work/$name.seconds"
}

echo "Repairing $input ($(du -h "$input" | cut -f1)) on $(nproc) cores"
measure audomap .build/release/audomap repair "$input" -o "$work/audomap.geojson"
if command -v ogr2ogr > /dev/null; then
  measure ogr2ogr ogr2ogr -f GeoJSON -makevalid "$work/ogr.geojson" "$input"
else
  echo "ogr2ogr: not installed (apt-get install gdal-bin)"
fi
if python3 -c "import geopandas" 2> /dev/null; then
  measure geopandas python3 Scripts/repair_geopandas.py "$input" "$work/geopandas.geojson"
else
  echo "geopandas: not installed (pip install geopandas)"
fi
for peer in ogr2ogr geopandas; do
  [ -f "$work/$peer.seconds" ] || continue
  awk -v a="$(cat "$work/audomap.seconds")" -v p="$(cat "$work/$peer.seconds")" -v n="$peer" \
    'BEGIN { printf "audomap is %.1f× faster than %s\n", p / a, n }'
done

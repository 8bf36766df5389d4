"""The peer to `audomap repair` in Python: geopandas + shapely make_valid.

Reads a commune GeoJSON, repairs invalid polygons with shapely's make_valid,
orients rings the RFC 7946 way and writes GeoJSON, as a geopandas user would.
Usage: python3 repair_geopandas.py INPUT OUTPUT
"""
import sys

import geopandas
import shapely
from shapely.geometry.polygon import orient


def oriented(geometry):
    if geometry is None or geometry.is_empty:
        return geometry
    if geometry.geom_type == "Polygon":
        return orient(geometry, sign=1.0)
    if geometry.geom_type == "MultiPolygon":
        return shapely.MultiPolygon([orient(part, sign=1.0) for part in geometry.geoms])
    return geometry


def main(source, destination):
    frame = geopandas.read_file(source)
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    frame["geometry"] = [oriented(g) for g in frame.geometry]
    frame.to_file(destination, driver="GeoJSON")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

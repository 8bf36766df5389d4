"""Writes Palettes/ramps/*.yml, the named ramps, from matplotlib's copies.

matplotlib ships ColorBrewer's schemes (the largest size of each, as 0-1
floats of the original 8-bit values, so hex codes round-trip exactly) and
viridis (256 samples). Sequential ColorBrewer schemes keep their 9 colours,
diverging their 11 (the neutral centre in the middle), qualitative all of
theirs; viridis is cut to 11 evenly spaced samples, yellow (low) first, which audomap's OKLab
interpolation follows within ΔE_OK 0.006 of the 256 (printed below).

Usage: pip install matplotlib numpy; python3 Scripts/named_ramps.py (from the package root)
"""
import numpy as np
from matplotlib import _cm, _cm_listed

SEQUENTIAL = ["Blues", "Greens", "Greys", "Oranges", "Purples", "Reds", "BuGn", "BuPu", "GnBu", "OrRd",
              "PuBu", "PuBuGn", "PuRd", "RdPu", "YlGn", "YlGnBu", "YlOrBr", "YlOrRd"]
DIVERGING = ["BrBG", "PiYG", "PRGn", "PuOr", "RdBu", "RdGy", "RdYlBu", "RdYlGn", "Spectral"]
QUALITATIVE = ["Accent", "Dark2", "Paired", "Pastel1", "Pastel2", "Set1", "Set2", "Set3"]

COLORBREWER_HEADER = """\
# ColorBrewer schemes, as named ramps (format in Palettes/README.md).
#
# This product includes color specifications and designs developed by
# Cynthia Brewer (http://colorbrewer.org/).
#
# Apache-Style Software License for ColorBrewer software and ColorBrewer Color
# Schemes. Copyright (c) 2002 Cynthia Brewer, Mark Harrower, and The
# Pennsylvania State University. Licensed under the Apache License, Version 2.0
# (the "License"); you may not use this file except in compliance with the
# License. You may obtain a copy at http://www.apache.org/licenses/LICENSE-2.0.
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
#
# Each scheme at its largest size: 9 colours (sequential), 11 (diverging,
# neutral centre in the middle), all of them (qualitative). Other class counts
# are interpolated in OKLab, so they are close to, not equal to, ColorBrewer's
# hand-tuned smaller sizes. Written by Scripts/named_ramps.py.
"""

VIRIDIS_HEADER = """\
# viridis, as a named ramp (format in Palettes/README.md).
#
# By Stéfan van der Walt and Nathaniel J. Smith for matplotlib, released
# under CC0 (public domain dedication). Perceptually uniform, readable in
# grey and under the common colour-vision deficiencies. Reversed from
# matplotlib's order so that, like every sequential ramp here, it runs from
# light (low values) to dark (high values). 11 evenly spaced samples of the
# 256: OKLab interpolation between them stays within ΔE_OK 0.006 of the full
# map. Written by Scripts/named_ramps.py.
"""


def hexes(colors):
    return ["#%02X%02X%02X" % tuple(int(round(c * 255)) for c in color[:3]) for color in colors]


def listed(name):
    data = _cm.datad[name]
    return data["listed"] if isinstance(data, dict) and "listed" in data else data


def entry(name, kind, colors):
    quoted = ", ".join('"%s"' % c for c in colors)
    return "  - name: %s\n    kind: %s\n    colors: [%s]\n" % (name, kind, quoted)


def oklab(colors):
    linear = np.where(colors <= 0.04045, colors / 12.92, ((colors + 0.055) / 1.055) ** 2.4)
    lms = np.cbrt(linear @ np.array([[0.4122214708, 0.5363325363, 0.0514459929],
                                     [0.2119034982, 0.6806995451, 0.1073969566],
                                     [0.0883024619, 0.2817188376, 0.6299787005]]).T)
    return lms @ np.array([[0.2104542553, 0.7936177850, -0.0040720468],
                           [1.9779984951, -2.4285922050, 0.4505937099],
                           [0.0259040371, 0.7827717662, -0.8086757660]]).T


def main():
    body = "ramps:\n"
    for kind, names in [("sequential", SEQUENTIAL), ("diverging", DIVERGING), ("qualitative", QUALITATIVE)]:
        for name in names:
            body += entry(name, kind, hexes(listed(name)))
    with open("Palettes/ramps/colorbrewer.yml", "w") as f:
        f.write(COLORBREWER_HEADER + "\n" + body)

    viridis = np.array(_cm_listed._viridis_data)
    anchors = np.round(np.linspace(0, 255, 11)).astype(int)
    with open("Palettes/ramps/viridis.yml", "w") as f:
        f.write(VIRIDIS_HEADER + "\nramps:\n" + entry("viridis", "sequential", hexes(viridis[anchors][::-1])))

    # How far OKLab interpolation between the 11 anchors strays from the 256 samples.
    full = oklab(viridis)
    position = np.linspace(0, 10, 256)
    segment = np.minimum(position.astype(int), 9)
    fraction = (position - segment)[:, None]
    path = full[anchors][segment] * (1 - fraction) + full[anchors][segment + 1] * fraction
    print("viridis: largest ΔE_OK from the full map: %.4f" % np.linalg.norm(path - full, axis=1).max())


main()

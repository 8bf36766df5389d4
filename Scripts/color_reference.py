"""Reference values for audomap's colour checks, computed independently of its Swift code.

1. Colour-vision simulation: colour-science's Machado et al. (2009) matrices
   at severity 1, applied in linear sRGB, clipped to the gamut, re-encoded;
   the values pinned in Tests/AudomapCoreTests/Color/ColorVisionTests.swift.
2. The threshold ColorVisionCheck.minimumDifference: the smallest ΔE_OK (colour-
   science's Oklab) between two colours of each ColorBrewer qualitative scheme
   at each size, under normal vision and the three simulations, set against
   ColorBrewer's own colour-blind rating of that size ("ok", "maybe", "bad",
   from colorbrewer_schemes.js). Any threshold between the largest "bad" and
   the smallest "ok" sorts them as ColorBrewer did.

Usage: pip install colour-science matplotlib scipy; python3 Scripts/color_reference.py
"""
import warnings

import colour
import numpy as np
from colour.blindness import matrix_cvd_Machado2009
from matplotlib import _cm

warnings.filterwarnings("ignore")  # colour-science's notes on tritanomaly and optional packages

MATRICES = {
    "normal": np.eye(3),
    "protanopia": matrix_cvd_Machado2009("Protanomaly", 1),
    "deuteranopia": matrix_cvd_Machado2009("Deuteranomaly", 1),
    "tritanopia": matrix_cvd_Machado2009("Tritanomaly", 1),
}


def simulated(rgb, vision):
    linear = np.clip(colour.models.eotf_sRGB(np.asarray(rgb, float)) @ MATRICES[vision].T, 0, 1)
    return colour.models.eotf_inverse_sRGB(linear)


def oklab(rgb):
    xyz = colour.RGB_to_XYZ(np.asarray(rgb, float), colour.RGB_COLOURSPACES["sRGB"], apply_cctf_decoding=True)
    return colour.XYZ_to_Oklab(xyz)


def smallest_difference(colors, vision):
    labs = [oklab(simulated(c, vision)) for c in colors]
    return min(np.linalg.norm(labs[i] - labs[j]) for i in range(len(labs)) for j in range(i + 1, len(labs)))


def from_hex(text):
    return [int(text[i:i + 2], 16) / 255 for i in (1, 3, 5)]


print("1. Simulated colours (sRGB components, 0-1)")
for name, rgb in [("red", [1, 0, 0]), ("green", [0, 1, 0]), ("blue", [0, 0, 1]), ("#76B729", from_hex("#76B729"))]:
    for vision in ["protanopia", "deuteranopia", "tritanopia"]:
        print("  %-8s %-13s %s" % (name, vision, np.array2string(simulated(rgb, vision), precision=6)))

# colorbrewer_schemes.js: "blind" per size, from 3 colours up (Paired 12 has no rating).
RATINGS = {
    "Set2": ["ok", "maybe", "maybe", "maybe", "bad", "bad"],
    "Dark2": ["ok", "maybe", "maybe", "maybe", "bad", "bad"],
    "Paired": ["ok", "ok", "maybe", "maybe", "maybe", "maybe", "bad", "bad", "bad"],
    "Set1": ["maybe"] * 7,
    "Set3": ["maybe", "maybe"] + ["bad"] * 8,
    "Accent": ["maybe"] + ["bad"] * 5,
    "Pastel1": ["maybe"] + ["bad"] * 6,
    "Pastel2": ["maybe"] + ["bad"] * 5,
}
print("2. Smallest ΔE_OK under any vision, by ColorBrewer's colour-blind rating")
found = {"ok": [], "maybe": [], "bad": []}
for name, ratings in RATINGS.items():
    colors = _cm.datad[name]["listed"]
    for size, rating in enumerate(ratings, start=3):
        smallest = min(smallest_difference(colors[:size], vision) for vision in MATRICES)
        found[rating].append((smallest, "%s %d" % (name, size)))
for rating, values in found.items():
    print("  %-5s %s" % (rating, ", ".join("%s %.4f" % (n, d) for d, n in sorted(values))))
print("  thresholds that agree with every ok and bad rating: (%.4f, %.4f]"
      % (max(found["bad"])[0], min(found["ok"])[0]))

#!/usr/bin/python3
"""geopandas side of bench/coverage_bench.sh: distance from every village to the nearest
hardened road, water main and three-phase power line, in EPSG:4544 metres.

    coverage_geopandas.py DATA_DIR

Uses gpd.sjoin_nearest. Debian 12's geopandas 0.12 has it only with PyGEOS or Shapely 2,
which Debian 12 does not ship (it has Shapely 1.8): then the nearest search falls back to
Shapely 1.8's STRtree.nearest (GEOS, exact) per village, and the output says so.
"""
import sys
import time
import warnings

import geopandas as gpd
import numpy as np
from shapely.strtree import STRtree

warnings.filterwarnings("ignore", message="STRtree will be changed")

data = sys.argv[1]
NETWORKS = [  # name, file, row filter, threshold in metres
    ("hardened_road_m", "roads", lambda df: df[df["surface"].isin(["asphalt", "cement"])], 2000),
    ("water_main_m", "water_mains", lambda df: df, 500),
    ("power_3ph_m", "power_lines", lambda df: df[df["phase"] == "three"], 500),
]


def nearest_distances(villages, targets):
    try:
        joined = gpd.sjoin_nearest(villages, targets, how="left", distance_col="d")
        return joined.groupby(level=0)["d"].first().to_numpy(), "sjoin_nearest"
    except NotImplementedError:
        geoms = list(targets.geometry)
        tree = STRtree(geoms)
        return np.array([p.distance(tree.nearest(p)) for p in villages.geometry]), "STRtree.nearest (no PyGEOS)"


start = time.time()
villages = gpd.read_file(f"{data}/villages.shp").to_crs(4544)[["vill_code", "geometry"]]
for column, name, keep, within_m in NETWORKS:
    t = time.time()
    targets = keep(gpd.read_file(f"{data}/{name}.shp")).to_crs(4544)[["geometry"]]
    read_s = time.time() - t
    distances, how = nearest_distances(villages, targets)
    villages[column] = distances
    print(f"geopandas {column}: within {within_m} m {int((distances <= within_m).sum())} of {len(villages)}; "
          f"read {read_s:.1f} s, nearest {time.time() - t - read_s:.1f} s via {how}", flush=True)
print(f"geopandas total {time.time() - start:.1f} s")

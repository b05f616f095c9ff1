#!/usr/bin/python3
"""The scipy side of bench/travel_bench.sh: minutes from every village to the nearest facility
with scipy.sparse.csgraph.dijkstra (multi-source, min_only) on the network RuralAtlas exported
(--graph), re-weighted from the speed file. Prints load and solve seconds separately, the count
within the threshold, and the largest difference from RuralAtlas's travel_min.

    travel_scipy.py GRAPH.gpkg SPEEDS.yaml VILLAGES_OUT.csv WITHIN_MIN
"""
import csv
import math
import sys
import time

import numpy as np
import scipy.sparse as sp
import yaml
from osgeo import ogr
from scipy.sparse.csgraph import dijkstra

graph_path, speeds_path, villages_csv, within_min = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
speeds = yaml.safe_load(open(speeds_path))
access_kmh = float(speeds.get("access_kmh", 5))


def kmh(road_class, surface):
    by_class = speeds["speeds_kmh"][road_class]
    return float(by_class if not isinstance(by_class, dict) else by_class.get(surface, by_class.get("")))


started = time.perf_counter()
us, vs, minutes, demand_node, sources = [], [], [], {}, []
ds = ogr.Open(graph_path)
layer = ds.GetLayer(0)
layer.SetIgnoredFields(["OGR_GEOMETRY"])
speed_of = {}
for f in layer:
    kind, u, v = f["kind"], f["from_node"], f["to_node"]
    if kind == "road":
        key = (f["road_class"], f["surface"])
        speed = speed_of.get(key) or speed_of.setdefault(key, kmh(*key))
    else:
        speed = access_kmh
    us.append(u); vs.append(v); minutes.append(f["length_m"] * 60.0 / (speed * 1000.0))
    if kind == "demand_access":
        demand_node[f["feature"]] = u
    elif kind != "road":
        sources.append(u)
n = 1 + max(max(us), max(vs))
# Duplicate (u, v) pairs would be summed by the CSR constructor: keep the quickest piece.
order = np.lexsort((np.array(minutes), np.minimum(us, vs), np.maximum(us, vs)))
a, b, w = np.minimum(us, vs)[order], np.maximum(us, vs)[order], np.array(minutes)[order]
first = np.ones(len(a), dtype=bool)
first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
matrix = sp.csr_matrix((w[first], (a[first], b[first])), shape=(n, n))
loaded = time.perf_counter()
dist = dijkstra(matrix, directed=False, indices=sorted(set(sources)), min_only=True)
solved = time.perf_counter()

within = max_diff = 0
with open(villages_csv, encoding="utf-8") as f:
    for index, row in enumerate(csv.DictReader(f)):
        node = demand_node.get(index)
        ref = dist[node] if node is not None else math.inf
        within += ref <= within_min
        cli = float(row["travel_min"]) if row["travel_min"] else math.inf
        if math.isinf(ref) != math.isinf(cli):
            max_diff = math.inf
        elif not math.isinf(ref):
            max_diff = max(max_diff, abs(cli - ref))
print(f"scipy edges={len(minutes)} nodes={n} sources={len(set(sources))} load_s={loaded - started:.1f} "
      f"dijkstra_s={solved - loaded:.2f} within={within} max_diff_min={max_diff:.3g}")

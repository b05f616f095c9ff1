#!/usr/bin/python3
"""Independent check of `ruralatlas travel`: re-weights the exported network from its geometry
and the speed file, runs scipy's Dijkstra (multi-source, min_only) and compares every village's
travel_min and nearest facility with the CLI output. Also checks that each village's access leg
starts at the village and is no longer than its distance to any road piece (brute force).

    travel_reference.py GRAPH.gpkg VILLAGES_OUT.gpkg SPEEDS.yaml FACILITIES.shp KEY_FIELD "OGR WHERE" [AREAS.gpkg]

The facilities are read with the same filter as the CLI's, in feature order, for their ids.
With AREAS.gpkg, each service area must be a valid polygon (GEOS) containing every village the
CLI reaches in 99% of its minutes (the polygons' circles are inscribed, so up to ~1% short).
Prints one line of figures; exits 1 on any mismatch.
"""
import math
import sys

import numpy as np
import scipy.sparse as sp
import shapely.prepared
import shapely.wkb
import yaml
from osgeo import ogr
from scipy.sparse.csgraph import dijkstra

graph_path, villages_path, speeds_path, facilities_path, key_field, where = sys.argv[1:7]
areas_path = sys.argv[7] if len(sys.argv) > 7 else None
speeds = yaml.safe_load(open(speeds_path))
access_kmh = float(speeds.get("access_kmh", 5))
facility_ds = ogr.Open(facilities_path)  # the dataset must outlive its layer
facility_layer = facility_ds.GetLayer(0)
facility_layer.SetAttributeFilter(where)
facility_ids = [str(f[key_field]) for f in facility_layer]


def kmh(road_class, surface):
    by_class = speeds["speeds_kmh"][road_class]
    return float(by_class if not isinstance(by_class, dict) else by_class.get(surface, by_class.get("")))


problems = []
weights = {}  # (u, v) -> minutes; parallel pieces keep the quickest
demand_node, demand_leg_m, demand_leg_start = {}, {}, {}
facility_node = {}
road_pieces = []
ds = ogr.Open(graph_path)
for f in ds.GetLayer(0):
    geom = f.GetGeometryRef().GetGeometryRef(0) if f.GetGeometryRef().GetGeometryCount() else f.GetGeometryRef()
    (x0, y0), (x1, y1) = geom.GetPoint_2D(0), geom.GetPoint_2D(geom.GetPointCount() - 1)
    length_m = math.hypot(x1 - x0, y1 - y0)
    if abs(length_m - f["length_m"]) > 1e-6:
        problems.append(f"edge {f.GetFID()}: length_m {f['length_m']} but geometry {length_m}")
    kind, u, v = f["kind"], f["from_node"], f["to_node"]
    speed = access_kmh if kind != "road" else kmh(f["road_class"], f["surface"])
    minutes = length_m * 60.0 / (speed * 1000.0)
    key = (min(u, v), max(u, v))
    weights[key] = min(weights.get(key, math.inf), minutes)
    if kind == "road":
        road_pieces.append((x0, y0, x1, y1))
    elif kind == "demand_access":
        demand_node[f["feature"]], demand_leg_m[f["feature"]], demand_leg_start[f["feature"]] = u, length_m, (x0, y0)
    else:
        facility_node[f["feature"]] = u

n = 1 + max(max(k) for k in weights)
rows = np.array([k[0] for k in weights]); cols = np.array([k[1] for k in weights])
matrix = sp.csr_matrix((np.array(list(weights.values())), (rows, cols)), shape=(n, n))
sources = sorted(facility_node)
dist, _, nearest_source = dijkstra(matrix, directed=False, indices=[facility_node[s] for s in sources],
                                   min_only=True, return_predecessors=True)
source_facility = {facility_node[s]: s for s in sources}

# Brute-force nearest road piece for each access leg.
pieces = np.array(road_pieces)
ax, ay, bx, by = pieces.T
dx, dy = bx - ax, by - ay
len2 = dx * dx + dy * dy


def nearest_piece_m(x, y):
    t = np.clip(np.where(len2 > 0, ((x - ax) * dx + (y - ay) * dy) / np.where(len2 > 0, len2, 1), 0), 0, 1)
    return float(np.min(np.hypot(x - (ax + t * dx), y - (ay + t * dy))))


villages_ds = ogr.Open(villages_path)
villages = villages_ds.GetLayer(0)
compared = reachable = unreachable = 0
max_diff = 0.0
for index, f in enumerate(villages):
    compared += 1
    cli_min, cli_facility = f["travel_min"], f["facility_id"]
    node = demand_node.get(index)
    ref = dist[node] if node is not None else math.inf
    if math.isinf(ref):
        unreachable += 1
        if cli_min is not None:
            problems.append(f"village {index}: CLI {cli_min} min, reference unreachable")
        continue
    reachable += 1
    if cli_min is None:
        problems.append(f"village {index}: CLI unreachable, reference {ref} min")
        continue
    max_diff = max(max_diff, abs(cli_min - ref))
    if abs(cli_min - ref) > 1e-6:
        problems.append(f"village {index}: CLI {cli_min} min, reference {ref} min")
    ref_facility = facility_ids[source_facility[nearest_source[node]]]
    if ref_facility != cli_facility:
        problems.append(f"village {index}: CLI facility {cli_facility}, reference {ref_facility}")
    point = f.GetGeometryRef()
    px, py = (point.GetGeometryRef(0) if point.GetGeometryCount() else point).GetPoint_2D(0)
    if math.hypot(px - demand_leg_start[index][0], py - demand_leg_start[index][1]) > 1e-6:
        problems.append(f"village {index}: access leg does not start at the village")
    if demand_leg_m[index] > nearest_piece_m(px, py) + 1e-6:
        problems.append(f"village {index}: access leg {demand_leg_m[index]} m longer than the nearest road")

areas_checked = 0
if areas_path:
    areas_ds = ogr.Open(areas_path)
    for area in areas_ds.GetLayer(0):
        polygon, limit = shapely.wkb.loads(bytes(area.GetGeometryRef().ExportToWkb())), area["within_min"]
        if not polygon.is_valid:
            problems.append(f"service area {limit} min is not a valid polygon")
        prepared = shapely.prepared.prep(polygon)
        villages.ResetReading()
        for index, f in enumerate(villages):
            if f["travel_min"] is not None and f["travel_min"] <= 0.99 * limit:
                areas_checked += 1
                if not prepared.contains(shapely.wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))):
                    problems.append(f"village {index} ({f['travel_min']:.2f} min) outside the {limit} min area")

print(f"areas_checked {areas_checked} compared {compared} reachable {reachable} unreachable {unreachable} max_diff_min {max_diff:.3g} "
      f"problems {len(problems)}")
for p in problems[:10]:
    print(p)
sys.exit(1 if problems else 0)

#!/usr/bin/python3
"""Writes one generated siting instance twice: as point layers for `ruralatlas site`
(demand.gpkg with a weight, candidates.gpkg, both in EPSG:4544 metres, plus their layer files)
and as an LP file for CBC built from the same points. PROBLEM covering (default): scipy's
KD-tree finds, per candidate, the demand within the radius. median or center: the p-median or
p-center model over straight-line metres (the radius is ignored).
Usage: siting_instance.py OUT_DIR DEMAND CANDIDATES K RADIUS_M [SEED [PROBLEM]]
"""
import os
import sys

import numpy as np
from osgeo import ogr, osr
from scipy.spatial import cKDTree


def write_points(path, xy, weights=None):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4544)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer(os.path.splitext(os.path.basename(path))[0], srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    if weights is not None:
        layer.CreateField(ogr.FieldDefn("weight", ogr.OFTInteger))
    layer.StartTransaction()
    for i, (x, y) in enumerate(xy):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("code", f"{i:06d}")
        if weights is not None:
            f.SetField("weight", int(weights[i]))
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x:.3f} {y:.3f})"))
        layer.CreateFeature(f)
    layer.CommitTransaction()


def write_lp(path, weights, covers, k):
    reachable = sorted({i for c in covers for i in c})
    rows = {i: [] for i in reachable}
    for j, c in enumerate(covers):
        for i in c:
            rows[i].append(j)
    with open(path, "w") as out:
        out.write("Maximize\n obj:")
        for n, i in enumerate(reachable):
            out.write(f" + {int(weights[i])} y{i}" + ("\n" if n % 10 == 9 else ""))
        out.write("\nSubject To\n")
        for i in reachable:
            out.write(f" c{i}: y{i}" + "".join(f" - x{j}" for j in rows[i]) + " <= 0\n")
        out.write(" card:" + "".join(f" + x{j}" + ("\n" if n % 20 == 19 else "") for n, j in enumerate(range(len(covers)))))
        out.write(f" <= {k}\nBounds\n")
        for i in reachable:
            out.write(f" 0 <= y{i} <= 1\n")
        out.write("Binary\n" + "".join(f" x{j}\n" for j in range(len(covers))) + "End\n")


def write_cost_lp(path, weights, distance, k, center):
    """p-median: min sum w_i d_ij x_ij; p-center: min z with sum_j d_ij x_ij <= z, x binary.
    Both: sum_j x_ij = 1, x_ij <= y_j, sum_j y_j = k, y binary. distance[i][j] in metres."""
    n, m = distance.shape
    with open(path, "w") as out:
        out.write("Minimize\n obj:")
        if center:
            out.write(" z\n")
        else:
            for i in range(n):
                out.write("".join(f" + {weights[i] * distance[i, j]:.3f} x{i}_{j}" for j in range(m)) + "\n")
        out.write("Subject To\n")
        for i in range(n):
            out.write(f" a{i}:" + "".join(f" + x{i}_{j}" for j in range(m)) + " = 1\n")
            if center:
                out.write(f" w{i}:" + "".join(f" + {distance[i, j]:.3f} x{i}_{j}" for j in range(m)) + " - z <= 0\n")
            for j in range(m):
                out.write(f" l{i}_{j}: x{i}_{j} - y{j} <= 0\n")
        out.write(" card:" + "".join(f" + y{j}" for j in range(m)) + f" = {k}\n")
        out.write("Bounds\n" + "".join(f" 0 <= x{i}_{j} <= 1\n" for i in range(n) for j in range(m)))
        binaries = [f"y{j}" for j in range(m)] + ([f"x{i}_{j}" for i in range(n) for j in range(m)] if center else [])
        out.write("Binary\n" + "".join(f" {b}\n" for b in binaries) + "End\n")


def main():
    out, n, m, k, radius = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 7
    problem = sys.argv[7] if len(sys.argv) > 7 else "covering"
    rng = np.random.default_rng(seed)
    side = 100_000.0 * (n / 2000) ** 0.5  # density of the 2,000-point case at every size
    origin = np.array([450_000.0, 4_000_000.0])
    # Clustered demand (villages gather along valleys): half around 40 centres, half uniform.
    centres = origin + rng.uniform(0, side, (40, 2))
    clustered = centres[rng.integers(0, 40, n // 2)] + rng.normal(0, side / 25, (n // 2, 2))
    demand = np.vstack([clustered, origin + rng.uniform(0, side, (n - n // 2, 2))])
    weights = np.clip(np.round(rng.lognormal(5.5, 0.8, n)), 1, None)
    candidates = origin + rng.uniform(0, side, (m, 2))
    os.makedirs(out, exist_ok=True)
    write_points(os.path.join(out, "demand.gpkg"), demand, weights)
    write_points(os.path.join(out, "candidates.gpkg"), candidates)
    for name in ("demand", "candidates"):
        with open(os.path.join(out, f"{name}.yaml"), "w") as f:
            f.write(f"name: {name}\nsource: {name}.gpkg\nkey: code\n")
    if problem != "covering":
        distance = np.hypot(demand[:, None, 0] - candidates[None, :, 0], demand[:, None, 1] - candidates[None, :, 1])
        write_cost_lp(os.path.join(out, "model.lp"), weights, distance, k, problem == "center")
        print(f"instance {problem} demand={n} candidates={m} k={k} side_km={side / 1000:.0f} total_weight={int(weights.sum())}")
        return
    tree = cKDTree(demand)
    covers = [sorted(c) for c in tree.query_ball_point(candidates, radius)]
    write_lp(os.path.join(out, "model.lp"), weights, covers, k)
    pairs = sum(len(c) for c in covers)
    print(f"instance demand={n} candidates={m} k={k} radius_m={radius:g} side_km={side / 1000:.0f} "
          f"pairs={pairs} total_weight={int(weights.sum())}")


if __name__ == "__main__":
    main()

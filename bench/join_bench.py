#!/usr/bin/python3
"""Load + join + aggregate on generated data, RuralAtlas beside ogr2ogr and geopandas, in one run.

    bench/join_bench.py 10 116        # scales (data made by scripts/gen_sample_data.py --scale N)

Workloads (each writes a GeoPackage; times are whole processes, median of --runs):
  join       villages.shp LEFT JOIN village_indicators.csv on the village code
  aggregate  villages (joined) → townships by point-in-polygon: count, sum(households),
             tap-water rate = Σ tap_water_hh / Σ households
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "build", "ruralatlas")

GEOPANDAS_JOIN = r'''
import sys, geopandas as gpd, pandas as pd
d, out = sys.argv[1], sys.argv[2]
v = gpd.read_file(d + "/villages.shp")
ind = pd.read_csv(d + "/village_indicators.csv", dtype={"village_code": str})
j = v.merge(ind, left_on="vill_code", right_on="village_code", how="left")
j.to_file(out, layer="villages", driver="GPKG")
print(int(j["tap_water_hh_pct"].notna().sum()))
'''

GEOPANDAS_AGGREGATE = r'''
import sys, geopandas as gpd, pandas as pd
d, out = sys.argv[1], sys.argv[2]
v = gpd.read_file(d + "/villages.shp")
ind = pd.read_csv(d + "/village_indicators.csv", dtype={"village_code": str})
v = v.merge(ind, left_on="vill_code", right_on="village_code", how="left")
t = gpd.read_file(d + "/townships.shp")
s = gpd.sjoin(v, t[["town_code", "geometry"]], how="inner", predicate="within")
ok = s["tap_water_hh"].notna() & s["households"].notna()
s["tap_ok"] = s["tap_water_hh"].where(ok)
s["hh_ok"] = s["households"].where(ok)
g = s.groupby("town_code_right").agg(village_count=("vill_code", "size"), households_sum=("households", "sum"),
                                     tap=("tap_ok", "sum"), hh=("hh_ok", "sum"))
g["tap_water_hh_rate_pct"] = 100.0 * g["tap"] / g["hh"]
t.merge(g, left_on="town_code", right_index=True, how="left").to_file(out, layer="townships", driver="GPKG")
print(len(g))
'''


def layer_files(scale, data):
    """The shipped layer files pointed at this scale's data."""
    folder = os.path.join(ROOT, "bench", "data", f"project-{scale}", "layers")
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(os.path.join(ROOT, "layers")):
        text = open(os.path.join(ROOT, "layers", name), encoding="utf-8").read().replace("../sample-data/", data + "/")
        open(os.path.join(folder, name), "w", encoding="utf-8").write(text)
    return folder


def timed(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return statistics.median(times), proc.stdout.strip().splitlines()[-1:] or [""]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scales", nargs="+", type=int)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print("| scale | villages | workload | tool | seconds (median) | ratio to RuralAtlas |")
    print("|---|---|---|---|---|---|")
    for scale in args.scales:
        data = os.path.join(ROOT, "sample-data") if scale == 1 else os.path.join(ROOT, "bench", "data", f"scale-{scale}")
        if not os.path.exists(os.path.join(data, "villages.shp")):
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "gen_sample_data.py"), "--scale", str(scale)], check=True)
        layers = layer_files(scale, data)
        work = os.path.join(ROOT, "bench", "data", f"work-{scale}")
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        n = subprocess.run([CLI, "info", os.path.join(data, "villages.shp")], capture_output=True, text=True).stdout
        villages = next((line.split(",")[1].split()[0] for line in n.splitlines() if "features" in line), "?")
        runs = 1 if scale >= 50 else args.runs
        rows = []
        ra, _ = timed([CLI, "join", os.path.join(layers, "villages.yaml"), "--out", os.path.join(work, "ra_join.gpkg"), "--overwrite"], runs)
        rows.append(("join", "ruralatlas join", ra))
        # ogr2ogr the way a careful user joins: import both into one GeoPackage, index the key,
        # join in SQLite. (A one-step `-dialect SQLite` join against the CSV has no index and
        # is O(n·m): over 3 minutes at 43k villages.)
        tmp, out = os.path.join(work, "ogr_tmp.gpkg"), os.path.join(work, "ogr_join.gpkg")
        script = f"""set -e; rm -f '{tmp}' '{out}'
ogr2ogr -f GPKG '{tmp}' '{data}/villages.shp' -nln villages
ogr2ogr -append '{tmp}' '{data}/village_indicators.csv' -nln indicators -oo AUTODETECT_TYPE=YES -oo KEEP_SOURCE_COLUMNS=NO -mapFieldType Integer64=String
ogrinfo -q '{tmp}' -sql 'CREATE INDEX ind_code ON indicators(village_code)' > /dev/null
ogr2ogr -f GPKG '{out}' '{tmp}' -nln villages -sql 'SELECT v.*, i.* FROM villages v LEFT JOIN indicators i ON v.vill_code = i.village_code'"""
        t, _ = timed(["bash", "-c", script], runs)
        rows.append(("join", "ogr2ogr (import, index, SQLite join)", t))
        t, _ = timed(["/usr/bin/python3", "-c", GEOPANDAS_JOIN, data, os.path.join(work, "gpd_join.gpkg")], runs)
        rows.append(("join", "geopandas", t))
        for r in rows:
            print(f"| {scale} | {villages} | {r[0]} | {r[1]} | {r[2]:.2f} | {r[2] / ra:.1f}× |")
        ra, _ = timed([CLI, "aggregate", os.path.join(layers, "villages.yaml"), "--to", os.path.join(layers, "townships.yaml"),
                       "--stat", "count", "--stat", "sum:households", "--stat", "rate:tap_water_hh/households",
                       "--out", os.path.join(work, "ra_agg.gpkg"), "--overwrite", "-q"], runs)
        t, _ = timed(["/usr/bin/python3", "-c", GEOPANDAS_AGGREGATE, data, os.path.join(work, "gpd_agg.gpkg")], runs)
        print(f"| {scale} | {villages} | aggregate to townships | ruralatlas aggregate | {ra:.2f} | 1.0× |")
        print(f"| {scale} | {villages} | aggregate to townships | geopandas (sjoin + groupby) | {t:.2f} | {t / ra:.1f}× |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

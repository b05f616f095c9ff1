#!/usr/bin/env bash
# Network travel time from every village to the nearest township health centre or hospital
# (30-minute threshold), RuralAtlas against scipy.sparse.csgraph.dijkstra and pgRouting on the
# same network in one run. RuralAtlas's time is the whole job from the shapefiles (read, build
# the graph with snapping and junctions, attach villages and facilities, multi-source Dijkstra,
# write); scipy and pgRouting get the finished graph (RuralAtlas's --graph export, written by an
# untimed run) and are timed loading it and solving. pgRouting solves all facilities at once
# with one pgr_drivingDistance from a virtual source joined to every facility by a zero-minute
# edge. Every answer must agree village by village.
#   bench/travel_bench.sh 1       # the sample data;  bench/travel_bench.sh 116  # ~500k villages
# RA_BENCH_DATA=DIR uses generated data already there (e.g. another checkout's bench/data/scale-116);
# RA_BENCH_RUNS=N times RuralAtlas N times cold and N times warm (default 3);
# RA_BENCH_SKIP_SCIPY=1 leaves scipy out (its graph load alone takes minutes at scale 116).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=$root/build/ruralatlas
[ -x "$cli" ] || { echo "build first: bash scripts/setup.sh" >&2; exit 1; }
scale=${1:-1}
if [ "$scale" = 1 ]; then data=$root/sample-data; else data=${RA_BENCH_DATA:-$root/bench/data/scale-$scale}; fi
[ -f "$data/villages.shp" ] || /usr/bin/python3 scripts/gen_sample_data.py --scale "$scale" >&2
/usr/bin/python3 -c "import scipy, yaml" 2>/dev/null || apt-get install -y python3-scipy python3-yaml >&2  # bench only
dpkg -s postgresql-15-pgrouting > /dev/null 2>&1 || apt-get install -y postgresql-15-pgrouting >&2  # bench only
work=$root/bench/data/travel-$scale
mkdir -p "$work/layers"
for name in villages roads clinics; do
  printf 'name: %s\nsource: %s/%s.shp\nkey: %s\n' "$name" "$data" "$name" \
    "$([ $name = clinics ] && echo clinic_id || echo vill_code)" > "$work/layers/$name.yaml"
done
sed -i "s/^key: vill_code/key: road_id/" "$work/layers/roads.yaml"
echo "scale=$scale data=$data"; du -shc "$data"/{villages,roads,clinics}.{shp,shx,dbf} | tail -1
travel=("$cli" travel "$work/layers/villages.yaml" --network "$work/layers/roads.yaml" --speeds networks/speeds.yaml
        --facilities "$work/layers/clinics.yaml" --filter "level <> 'village_clinic'" --within-min 30 --overwrite)
# Wall seconds, and CPU seconds (user + system) since the machine may be shared. A cold run
# starts with an empty graph cache (reads the roads, builds the graph and stores it); a warm run
# finds the graph there, as every later run on the same roads does.
cache=$work/graph-cache
time_run() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "${travel[@]}" --graph-cache "$cache" --out "$work/villages.csv" \
    > "$work/summary.txt" 2>&1
  read -r seconds kb user system < "$work/time.txt"
  echo "TIME ruralatlas $1 seconds=$seconds cpu_s=$(echo "$user + $system" | bc) max_rss_mb=$((kb / 1024))"
  grep -E "^(road network|travel times)" "$work/summary.txt" | cut -c1-90
}
for run in $(seq "${RA_BENCH_RUNS:-3}"); do rm -rf "$cache"; time_run "cold run=$run"; done
for run in $(seq "${RA_BENCH_RUNS:-3}"); do time_run "warm run=$run"; done
cat "$work/summary.txt"
"${travel[@]}" --out "$work/villages.csv" --graph "$work/graph.gpkg" --graph-cache "$cache" > /dev/null
if [ -z "${RA_BENCH_SKIP_SCIPY:-}" ]; then
/usr/bin/time -f "TIME scipy seconds=%e user_s=%U sys_s=%S max_rss_kb=%M" /usr/bin/python3 bench/travel_scipy.py \
  "$work/graph.gpkg" networks/speeds.yaml "$work/villages.csv" 30
fi

# --- pgRouting: a private cluster; the exported graph loaded (ogr2ogr, without geometry) and
# weighted from the speed file, timed apart from the search.
pg_dir=/tmp/ra-travel-bench-pg
scripts/postgis_test_server.sh stop "$pg_dir"; rm -rf "$pg_dir"
trap 'scripts/postgis_test_server.sh stop "$pg_dir"' EXIT
pg=$(scripts/postgis_test_server.sh start "$pg_dir" 55441)
psql_cmd=(psql -X -q -v ON_ERROR_STOP=1 -h "$pg_dir" -p 55441 -U postgres -d ruralatlas)
"${psql_cmd[@]}" -c "CREATE EXTENSION pgrouting"
/usr/bin/python3 bench/travel_speeds_tsv.py networks/speeds.yaml > "$work/speeds.tsv"
{
  echo "ogr2ogr -f PostgreSQL '$pg' '$work/graph.gpkg' -nln graph -nlt NONE" \
       "-sql 'SELECT kind, from_node, to_node, length_m, road_class, surface, feature FROM travel_graph'"
  echo "${psql_cmd[*]} -c \"CREATE TABLE speeds (road_class text, surface text, kmh float8)\"" \
       "-c \"\\copy speeds FROM '$work/speeds.tsv'\" -f bench/travel_pgrouting_load.sql"
} > "$work/pgrouting_load.sh"
/usr/bin/time -f "TIME pgrouting load seconds=%e" bash -e "$work/pgrouting_load.sh"
/usr/bin/time -f "TIME pgrouting search seconds=%e" "${psql_cmd[@]}" -f bench/travel_pgrouting_search.sql
echo "pgrouting backend peak and cpu ticks (user system):" $(cat "$pg_dir/backend_vmhwm.txt")
# What a pgRouting user starting from the shapefiles pays before any topology exists (the
# export above came with ours): the raw roads, villages and clinics loaded, reprojected to the
# metric CRS and GiST-indexed for snapping. pgr_createTopology, noding and attaching would follow.
for name in roads villages clinics; do
  echo "ogr2ogr -f PostgreSQL '$pg' '$data/$name.shp' -nln raw_$name -t_srs EPSG:4544 -lco GEOMETRY_NAME=geom" \
       "-lco SPATIAL_INDEX=GIST -nlt PROMOTE_TO_MULTI --config PG_USE_COPY YES"
done > "$work/pgrouting_raw_load.sh"
/usr/bin/time -f "TIME pgrouting raw layers load seconds=%e" bash -e "$work/pgrouting_raw_load.sh"
# Agreement with RuralAtlas village by village (the CSV's row order is the feature order).
/usr/bin/python3 -c '
import csv, sys
for i, row in enumerate(csv.DictReader(open(sys.argv[1], encoding="utf-8"))):
    print(i, row["travel_min"] or "\\N", sep="\t")' "$work/villages.csv" > "$work/ra.tsv"
"${psql_cmd[@]}" -c "CREATE TABLE ra (village bigint, travel_min float8)" -c "\\copy ra FROM '$work/ra.tsv'"
"${psql_cmd[@]}" -A -t -F ' ' -c "SELECT 'pgrouting within=' || count(*) FILTER (WHERE r.minutes <= 30),
  'unreachable=' || count(*) FILTER (WHERE r.minutes IS NULL),
  'max_diff_min=' || max(abs(r.minutes - ra.travel_min)),
  'reachability_disagreements=' || count(*) FILTER (WHERE (r.minutes IS NULL) <> (ra.travel_min IS NULL))
  FROM ra LEFT JOIN demand d USING (village) LEFT JOIN reached r ON r.node = d.node"

#!/usr/bin/env bash
# Nearest-distance coverage of every village to three networks — hardened roads (asphalt or
# cement), water mains, three-phase power lines — in EPSG:4544 metres, by RuralAtlas, PostGIS
# (GiST index, KNN `<->` then ST_Distance) and geopandas, on the same generated data in one run.
# Wall time and peak memory of each; the counts within 2 km / 500 m / 500 m must agree.
#   bench/coverage_bench.sh 116        # scale (116: ~500k villages, ~4.8M road segments)
# RA_BENCH_RUNS (default 3) RuralAtlas runs; RA_BENCH_SKIP_GEOPANDAS=1 leaves geopandas out (about 22 minutes at scale 116, never the fastest).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=$root/build/ruralatlas
[ -x "$cli" ] || { echo "build first: cmake --build build --target ruralatlas" >&2; exit 1; }
scale=${1:-10}
if [ "$scale" = 1 ]; then data=$root/sample-data; else data=$root/bench/data/scale-$scale; fi
[ -f "$data/villages.shp" ] || /usr/bin/python3 scripts/gen_sample_data.py --scale "$scale" >&2
[ -n "${RA_BENCH_SKIP_GEOPANDAS:-}" ] || /usr/bin/python3 -c "import geopandas" 2>/dev/null || apt-get install -y python3-geopandas >&2  # bench only
work=$root/bench/data/coverage-$scale
mkdir -p "$work/layers"
exec 3>&1  # TIME lines reach the terminal even from a run whose output goes to a file
timed() {  # label, command...: prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@"
  read -r seconds kb < "$work/time.txt"
  echo "TIME $label seconds=$seconds max_rss_mb=$((kb / 1024))" >&3
}
echo "scale=$scale data=$data"; du -shc "$data"/{villages,roads,water_mains,power_lines}.{shp,shx,dbf} | tail -1

# --- RuralAtlas: one process, the three measures of criteria/network_access.yaml.
for name in villages roads water_mains power_lines townships; do
  printf 'name: %s\nsource: %s/%s.shp\n' "$name" "$data" "$name" > "$work/layers/$name.yaml"
done
sed "s|\.\./layers/|$work/layers/|" criteria/network_access.yaml > "$work/network_access.yaml"
for run in $(seq "${RA_BENCH_RUNS:-3}"); do
  timed "ruralatlas run=$run" "$cli" scorecard "$work/network_access.yaml" --villages "$work/layers/villages.yaml" \
    --by "$work/layers/townships.yaml" --out "$work/ruralatlas" --overwrite > "$work/ruralatlas_summary.txt"
done
cat "$work/ruralatlas_summary.txt"

# --- PostGIS: a private cluster; load (ogr2ogr, GiST index) timed apart from the queries.
pg_dir=/tmp/ra-coverage-bench-pg
scripts/postgis_test_server.sh stop "$pg_dir"; rm -rf "$pg_dir"
trap 'scripts/postgis_test_server.sh stop "$pg_dir"' EXIT
pg=$(scripts/postgis_test_server.sh start "$pg_dir" 55439)
psql_cmd=(psql -X -q -h "$pg_dir" -p 55439 -U postgres -d ruralatlas)
{
  for name in villages roads water_mains power_lines; do
    echo "ogr2ogr -f PostgreSQL '$pg' '$data/$name.shp' -nln $name -t_srs EPSG:4544 -lco GEOMETRY_NAME=geom" \
         "-lco SPATIAL_INDEX=GIST -nlt PROMOTE_TO_MULTI --config PG_USE_COPY YES"
  done
  echo "${psql_cmd[*]} -c 'VACUUM ANALYZE'"
} > "$work/postgis_load.sh"
timed "postgis load+index" bash -e "$work/postgis_load.sh"
cat > "$work/postgis.sql" <<'SQL'
\timing on
CREATE TABLE near_road AS SELECT v.vill_code, n.d FROM villages v CROSS JOIN LATERAL
  (SELECT ST_Distance(v.geom, r.geom) AS d FROM roads r WHERE r.surface IN ('asphalt', 'cement')
   ORDER BY v.geom <-> r.geom LIMIT 1) n;
CREATE TABLE near_water AS SELECT v.vill_code, n.d FROM villages v CROSS JOIN LATERAL
  (SELECT ST_Distance(v.geom, w.geom) AS d FROM water_mains w ORDER BY v.geom <-> w.geom LIMIT 1) n;
CREATE TABLE near_power AS SELECT v.vill_code, n.d FROM villages v CROSS JOIN LATERAL
  (SELECT ST_Distance(v.geom, p.geom) AS d FROM power_lines p WHERE p.phase = 'three'
   ORDER BY v.geom <-> p.geom LIMIT 1) n;
SELECT 'postgis hardened_road_m within 2000', count(*) FILTER (WHERE d <= 2000) FROM near_road;
SELECT 'postgis water_main_m within 500', count(*) FILTER (WHERE d <= 500) FROM near_water;
SELECT 'postgis power_3ph_m within 500', count(*) FILTER (WHERE d <= 500) FROM near_power;
DO $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
  'grep VmHWM /proc/' || pg_backend_pid() || '/status > /tmp/ra-coverage-bench-pg/backend_vmhwm.txt'); END $$;
SQL
timed "postgis queries" "${psql_cmd[@]}" -A -t -f "$work/postgis.sql"
echo "postgis backend peak: $(cat "$pg_dir/backend_vmhwm.txt")"
# Agreement with RuralAtlas, village by village (RuralAtlas rounds to the centimetre).
"${psql_cmd[@]}" -c "CREATE TABLE ra (vill_code text, hardened_road_m float8, water_main_m float8, power_3ph_m float8)"
/usr/bin/python3 - "$work/ruralatlas/scorecard_villages.csv" > "$work/ra.tsv" <<'PY'
import csv, sys
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"))
for r in rows: print("\t".join([r["vill_code"], r["hardened_road_m"] or "\\N", r["water_main_m"] or "\\N", r["power_3ph_m"] or "\\N"]))
PY
"${psql_cmd[@]}" -c "\\copy ra FROM '$work/ra.tsv'"
"${psql_cmd[@]}" -A -t -c "SELECT 'max |ruralatlas - postgis| m', max(abs(ra.hardened_road_m - r.d)), max(abs(ra.water_main_m - w.d)),
  max(abs(ra.power_3ph_m - p.d)) FROM ra JOIN near_road r USING (vill_code) JOIN near_water w USING (vill_code)
  JOIN near_power p USING (vill_code)"

# --- geopandas
[ -n "${RA_BENCH_SKIP_GEOPANDAS:-}" ] || timed geopandas /usr/bin/python3 bench/coverage_geopandas.py "$data"

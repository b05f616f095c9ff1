#!/usr/bin/env bash
# Times `ruralatlas render` of the tap-water map (A3, PDF + PNG at 150 dpi) on the sample
# data and on generated data N times larger. Data goes to bench/data/ (ignored by git).
#   bench/render_bench.sh 1 10 50      # scales to run
#   bench/render_bench.sh compare 116  # the same A3 300-dpi map with RuralAtlas, Mapnik and QGIS
#                                      # (bench/compare/); installs python3-mapnik and python3-qgis
#   RA_BENCH_DATA=/path/scale-116 bench/render_bench.sh compare 116   # data generated elsewhere
#   RA_CLI=/path/to/other/ruralatlas bench/render_bench.sh compare 116 # time another build
#   RA_BENCH_RUNS=1 bench/render_bench.sh compare 116                  # runs per tool (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=${RA_CLI:-$root/build/ruralatlas}
[ -x "$cli" ] || { echo "build first: bash scripts/setup.sh" >&2; exit 1; }

# Wall seconds, CPU seconds (user + system, all threads: on a shared machine the steadier
# figure) and peak memory of one command, as "seconds=S cpu_s=C max_rss_mb=M".
timed() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" ||
    { cat "$work/stderr.txt" >&2; return 1; }
  read -r seconds user sys kb < "$work/time.txt"
  echo "seconds=$seconds cpu_s=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}') max_rss_mb=$((kb / 1024))"
}

if [ "${1:-}" = compare ]; then
  scale=${2:-116}
  # Bench-only packages, from Debian: the two renderers compared against.
  missing=()
  for p in python3-mapnik python3-qgis qgis-providers; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] || apt-get install -y --no-install-recommends "${missing[@]}" >&2
  data=${RA_BENCH_DATA:-$root/bench/data/scale-$scale}
  [ -f "$data/villages.shp" ] || /usr/bin/python3 scripts/gen_sample_data.py --scale "$scale" >&2
  work=$root/bench/data/compare-$scale
  mkdir -p "$work/layers" "$work/out"
  # Inputs every tool reads, prepared once and not timed: villages with their population
  # joined, townships with the tap-water rate re-aggregated, the roads as generated.
  printf 'name: villages\nsource: %s/villages.shp\nkey: vill_code\njoins:\n  - {table: %s/village_indicators.csv, table_key: village_code, columns: [population, households, tap_water_hh]}\n' \
    "$data" "$data" > "$work/prep_villages.yaml"
  printf 'name: townships\nsource: %s/townships.shp\nkey: town_code\n' "$data" > "$work/prep_townships.yaml"
  [ -f "$work/villages.shp" ] || "$cli" join "$work/prep_villages.yaml" --out "$work/villages.shp" -q >/dev/null
  if [ ! -f "$work/townships.shp" ]; then
    "$cli" aggregate "$work/prep_villages.yaml" --to "$work/prep_townships.yaml" --stat rate:tap_water_hh/households \
      --out "$work/townships.gpkg" --overwrite -q >/dev/null
    ogr2ogr "$work/townships.shp" "$work/townships.gpkg" -lco ENCODING=UTF-8 -dialect OGRSQL \
      -sql "SELECT town_code, township, tap_water_hh_rate_pct AS tap_pct FROM townships"
  fi
  for ext in shp shx dbf prj cpg; do ln -sf "$data/roads.$ext" "$work/roads.$ext"; done
  for layer in townships roads villages; do
    printf 'name: %s\nsource: ../%s.shp\n' "$layer" "$layer" > "$work/layers/$layer.yaml"
  done
  cp bench/compare/{compare,layout,townships,roads,villages}.yaml "$work/"
  villages=$("$cli" info "$work/villages.shp" | sed -n "s/.*geometry: [A-Za-z ]*, \([0-9]*\) features/\1/p")
  roads=$("$cli" info "$work/roads.shp" | sed -n "s/.*geometry: [A-Za-z ]*, \([0-9]*\) features/\1/p")
  echo "scale=$scale villages=$villages roads=$roads  A3 portrait 300 dpi PNG (3508 x 4961)"
  for run in $(seq "${RA_BENCH_RUNS:-3}"); do
    echo "run=$run ruralatlas $(timed "$cli" render "$work/compare.yaml" --out "$work/out" --format png --dpi 300 -q)"
    echo "run=$run mapnik     $(timed /usr/bin/python3 bench/compare/mapnik_render.py "$work" "$work/out/mapnik.png")"
    echo "run=$run qgis       $(timed /usr/bin/python3 bench/compare/qgis_render.py "$work" "$work/out/qgis.png")"
  done
  ls -l "$work/out" | awk 'NR > 1 {print "  " $9 " " $5 " bytes"}'
  exit 0
fi
scales=("${@:-1 10}")
for scale in ${scales[@]}; do
  if [ "$scale" = 1 ]; then data=$root/sample-data; else data=$root/bench/data/scale-$scale; fi
  project=$(RA_BENCH_DATA=$data bench/scale_project.sh "$scale")  # the shipped project on this scale's data
  work=$(dirname "$project")
  villages=$("$cli" info "$data/villages.shp" | sed -n "s/.*geometry: [A-Za-z ]*, \([0-9]*\) features/\1/p")
  roads=$("$cli" info "$data/roads.shp" | sed -n "s/.*geometry: [A-Za-z ]*, \([0-9]*\) features/\1/p")
  for run in 1 2 3; do
    echo "scale=$scale villages=$villages roads=$roads run=$run $(timed "$cli" render "$work/tap_water.yaml" --out "$work/out" -q)"
  done
  ls -l "$work/out" | awk 'NR > 1 {print "  " $9 " " $5 " bytes"}'
done

#!/usr/bin/env bash
# Network travel time from every village to the nearest township health centre or hospital
# (30-minute threshold), RuralAtlas against scipy.sparse.csgraph.dijkstra on the same network
# in one run. RuralAtlas's time is the whole job from the shapefiles (read, build the graph
# with snapping and junctions, attach villages and facilities, multi-source Dijkstra, write);
# scipy gets the finished graph (RuralAtlas's --graph export, written by an untimed run) and
# is timed loading it and solving. Both answers must agree village by village.
#   bench/travel_bench.sh 1       # the sample data;  bench/travel_bench.sh 116  # ~500k villages
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=$root/build/ruralatlas
[ -x "$cli" ] || { echo "build first: bash scripts/setup.sh" >&2; exit 1; }
scale=${1:-1}
if [ "$scale" = 1 ]; then data=$root/sample-data; else data=$root/bench/data/scale-$scale; fi
[ -f "$data/villages.shp" ] || /usr/bin/python3 scripts/gen_sample_data.py --scale "$scale" >&2
/usr/bin/python3 -c "import scipy, yaml" 2>/dev/null || apt-get install -y python3-scipy python3-yaml >&2  # bench only
work=$root/bench/data/travel-$scale
mkdir -p "$work/layers"
for name in villages roads clinics; do
  printf 'name: %s\nsource: %s/%s.shp\nkey: %s\n' "$name" "$data" "$name" \
    "$([ $name = clinics ] && echo clinic_id || echo vill_code)" > "$work/layers/$name.yaml"
done
sed -i "s/^key: vill_code/key: road_id/" "$work/layers/roads.yaml"
echo "scale=$scale data=$data"
travel=("$cli" travel "$work/layers/villages.yaml" --network "$work/layers/roads.yaml" --speeds networks/speeds.yaml
        --facilities "$work/layers/clinics.yaml" --filter "level <> 'village_clinic'" --within-min 30 --overwrite)
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "${travel[@]}" --out "$work/villages.csv" > "$work/summary.txt" 2>&1
  read -r seconds kb < "$work/time.txt"
  echo "TIME ruralatlas run=$run seconds=$seconds max_rss_mb=$((kb / 1024))"
done
cat "$work/summary.txt"
"${travel[@]}" --out "$work/villages.csv" --graph "$work/graph.gpkg" > /dev/null
/usr/bin/time -f "TIME scipy seconds=%e max_rss_kb=%M" /usr/bin/python3 bench/travel_scipy.py \
  "$work/graph.gpkg" networks/speeds.yaml "$work/villages.csv" 30

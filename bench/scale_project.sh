#!/usr/bin/env bash
# Writes bench/data/project-SCALE/tap_water.yaml: the shipped tap-water project with the shipped
# layer files pointed at the generated data of that scale (generated first if missing; scale 1
# is sample-data/). Prints the project file's path.
#   bench/scale_project.sh 116
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scale=${1:?usage: bench/scale_project.sh SCALE}
if [ "$scale" = 1 ]; then data=$root/sample-data; else data=${RA_BENCH_DATA:-$root/bench/data/scale-$scale}; fi
[ -f "$data/villages.shp" ] || /usr/bin/python3 scripts/gen_sample_data.py --scale "$scale" >&2
work=$root/bench/data/project-$scale
mkdir -p "$work/layers"
for f in layers/*.yaml; do sed "s|\.\./sample-data/|$data/|" "$f" > "$work/layers/$(basename "$f")"; done
sed -e "s|\.\./layers/|layers/|" -e "s|\.\./styles/|$root/styles/|" -e "s|\.\./layouts/|$root/layouts/|" \
    -e "s|^date: .*|date: \"2026-11-24\"|" projects/tap_water.yaml > "$work/tap_water.yaml"
echo "$work/tap_water.yaml"

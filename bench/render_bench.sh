#!/usr/bin/env bash
# Times `ruralatlas render` of the tap-water map (A3, PDF + PNG at 150 dpi) on the sample
# data and on generated data N times larger. Data goes to bench/data/ (ignored by git).
#   bench/render_bench.sh 1 10 50      # scales to run
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=$root/build/ruralatlas
[ -x "$cli" ] || { echo "build first: bash scripts/setup.sh" >&2; exit 1; }
scales=("${@:-1 10}")
for scale in ${scales[@]}; do
  if [ "$scale" = 1 ]; then data=$root/sample-data; else data=$root/bench/data/scale-$scale; fi
  [ -f "$data/villages.shp" ] || /usr/bin/python3 scripts/gen_sample_data.py --scale "$scale" >&2
  work=$root/bench/data/project-$scale
  mkdir -p "$work/layers"
  # The shipped layer files, pointed at this scale's data.
  for f in layers/*.yaml; do sed "s|\.\./sample-data/|$data/|" "$f" > "$work/layers/$(basename "$f")"; done
  sed -e "s|\.\./layers/|layers/|" -e "s|\.\./styles/|$root/styles/|" -e "s|\.\./layouts/|$root/layouts/|" \
      -e "s|^date: .*|date: \"2026-11-24\"|" projects/tap_water.yaml > "$work/tap_water.yaml"
  villages=$("$cli" info "$data/villages.shp" | sed -n "s/.*geometry: [A-Za-z ]*, \([0-9]*\) features/\1/p")
  roads=$("$cli" info "$data/roads.shp" | sed -n "s/.*geometry: [A-Za-z ]*, \([0-9]*\) features/\1/p")
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$cli" render "$work/tap_water.yaml" --out "$work/out" -q >/dev/null
    read -r seconds kb < "$work/time.txt"
    echo "scale=$scale villages=$villages roads=$roads run=$run seconds=$seconds max_rss_mb=$((kb / 1024))"
  done
  ls -l "$work/out" | awk 'NR > 1 {print "  " $9 " " $5 " bytes"}'
done

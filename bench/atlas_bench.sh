#!/usr/bin/env bash
# Times `ruralatlas atlas` of the tap-water project: every township of the sample data
# (327 pages, A4 portrait) into one PDF, three runs; prints seconds, peak memory, PDF size and
# page count. Output goes to bench/data/atlas/ (ignored by git).
#   bench/atlas_bench.sh            # all townships
#   bench/atlas_bench.sh --overview # with an overview page first (any atlas option passes through)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=$PWD/build/ruralatlas
[ -x "$cli" ] || { echo "build first: bash scripts/setup.sh" >&2; exit 1; }
out=bench/data/atlas
mkdir -p "$out"
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$cli" atlas projects/tap_water_atlas.yaml --out "$out" -q "$@" >/dev/null
  read -r seconds kb < "$out/time.txt"
  pdf=$out/tap_water_atlas.pdf
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  echo "run=$run seconds=$seconds max_rss_mb=$((kb / 1024)) pdf_bytes=$(stat -c %s "$pdf") pages=$pages"
done

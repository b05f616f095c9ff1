#!/usr/bin/env bash
# Times `ruralatlas atlas` of the tap-water project: every township of the sample data
# (327 pages, A4 portrait) into one PDF, three runs; prints seconds, peak memory, PDF size and
# page count. Output goes to bench/data/atlas/ (ignored by git).
#   bench/atlas_bench.sh            # all townships
#   bench/atlas_bench.sh --overview # with an overview page first (any atlas option passes through)
#   bench/atlas_bench.sh compare    # once each: RuralAtlas and the same atlas scripted in QGIS
#                                   # (bench/compare/qgis_atlas.py; installs python3-qgis)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${RA_CLI:-$PWD/build/ruralatlas}
[ -x "$cli" ] || { echo "build first: bash scripts/setup.sh" >&2; exit 1; }
out=bench/data/atlas
mkdir -p "$out"
if [ "${1:-}" = compare ]; then
  # Bench-only packages, from Debian.
  missing=()
  for p in python3-qgis qgis-providers; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] || apt-get install -y --no-install-recommends "${missing[@]}" >&2
  for tool in ruralatlas qgis; do
    if [ $tool = ruralatlas ]; then
      pdf=$out/tap_water_atlas.pdf
      cmd=("$cli" atlas projects/tap_water_atlas.yaml --out "$out" -q)
    else
      pdf=$out/qgis_atlas.pdf
      cmd=(/usr/bin/python3 bench/compare/qgis_atlas.py sample-data "$pdf")
    fi
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "${cmd[@]}" >/dev/null 2>"$out/stderr.txt" ||
      { cat "$out/stderr.txt" >&2; exit 1; }
    read -r seconds user sys kb < "$out/time.txt"
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    echo "$tool seconds=$seconds cpu_s=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}')" \
      "max_rss_mb=$((kb / 1024)) pdf_bytes=$(stat -c %s "$pdf") pages=$pages"
  done
  exit 0
fi
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$cli" atlas projects/tap_water_atlas.yaml --out "$out" -q "$@" >/dev/null
  read -r seconds kb < "$out/time.txt"
  pdf=$out/tap_water_atlas.pdf
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  echo "run=$run seconds=$seconds max_rss_mb=$((kb / 1024)) pdf_bytes=$(stat -c %s "$pdf") pages=$pages"
done

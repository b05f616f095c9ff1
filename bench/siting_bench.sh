#!/usr/bin/env bash
# Siting on generated data: RuralAtlas's heuristic (greedy + swap with its bound) and exact
# solver (GLPK) against CBC on the same instance (bench/siting_instance.py writes the points
# and the LP). Prints objective, bound and seconds of each; CBC's optimum must equal the exact
# path's, and the heuristic should be within 1% of it. PROBLEM=median or center benchmarks
# the p-median or p-center over straight-line metres instead of maximal covering (RADIUS_M is
# then ignored; the LP has one x per demand and candidate pair, so keep those small).
#   bench/siting_bench.sh 2000 500 40 6000        # DEMAND CANDIDATES K RADIUS_M [TIME_LIMIT_S]
#   PROBLEM=median bench/siting_bench.sh 400 80 8 0 300
#   GAP=1 bench/siting_bench.sh 2000 500 40 6000  # the heuristic's stop target in % (default 0.1)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=$root/build/ruralatlas
[ -x "$cli" ] || { echo "build first: cmake --build build --target ruralatlas" >&2; exit 1; }
command -v cbc >/dev/null || apt-get install -y -qq coinor-cbc >&2  # bench only
n=${1:-2000} m=${2:-500} k=${3:-40} radius=${4:-6000} limit=${5:-600} problem=${PROBLEM:-covering}
work=$root/bench/data/siting-$problem-$n-$m-$k-$radius
/usr/bin/python3 bench/siting_instance.py "$work" "$n" "$m" "$k" "$radius" 7 "$problem"
if [ "$problem" = covering ]; then reach=(--within-m "$radius"); else reach=(--problem "$problem"); fi
timed() {  # label, command...: wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@"
  read -r seconds kb < "$work/time.txt"
  echo "TIME $label wall_seconds=$seconds max_rss_mb=$((kb / 1024))" >&2
}
for solver in heuristic exact; do
  timed "ruralatlas-$solver" "$cli" site "$work/demand.yaml" --weight weight -k "$k" "${reach[@]}" \
    --candidates "$work/candidates.yaml" --crs EPSG:4544 --solver "$solver" --time-limit "$limit" --curve-max 1 \
    --gap "${GAP:-0.1}" --out "$work/$solver" --overwrite | grep -E "objective|solver"
done
timed cbc cbc "$work/model.lp" sec "$limit" solve solu "$work/cbc.sol" > "$work/cbc.log"
grep -E "^Result|Objective value|Enumerated nodes|Total time|Gap" "$work/cbc.log" | sed 's/^/  cbc: /'

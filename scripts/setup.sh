#!/usr/bin/env bash
# Installs the Debian 12 packages RuralAtlas needs (only those missing), then configures
# and builds everything into build/. Idempotent: a second run installs nothing and only
# rebuilds what changed. Run as root (or with sudo) on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config        # compiler and build
  libgdal-dev gdal-bin libproj-dev proj-bin           # formats (GDAL/OGR) and coordinate systems (PROJ)
  libboost-dev                                        # Boost.Geometry
  qt6-base-dev libqt6svg6-dev qt6-qpa-plugins         # rendering (QPainter, PDF, SVG), desktop app
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n  # desktop app: Chinese interface (Qt Linguist tools, Qt's own strings)
  libcli11-dev libyaml-cpp-dev libfmt-dev             # command line, project/layer/style files, formatting
  libgtest-dev                                        # tests
  fonts-noto-cjk                                      # Chinese map text
  poppler-utils xvfb xauth                            # tests: PDF text and pages, headless display
  postgresql-15 postgresql-15-postgis-3               # tests: layers and tables shared through PostGIS
  python3 python3-gdal python3-shapely python3-numpy python3-openpyxl  # sample-data generator
  python3-scipy python3-yaml                          # tests and bench: independent Dijkstra for travel times
  libglpk-dev                                         # siting: exact maximal covering (GLPK branch and cut)
  libjemalloc-dev                                     # CLI: memory allocator for national layers
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build -j"$(nproc)"

#!/usr/bin/env bash
# Regenerates the io fixtures made from the GeoJSON sources in fixture_sources/ (run from
# anywhere; needs ogr2ogr and python3). Fixtures not listed here were made by hand earlier
# and are kept as they are.
set -euo pipefail
cd "$(dirname "$0")"
src=fixture_sources

# Lines in CGCS2000 / 3-degree GK CM 105E (EPSG:4544): LineString, MultiLineString, null geometry.
rm -f roads_4544.*
ogr2ogr -a_srs EPSG:4544 -nlt MULTILINESTRING -lco ENCODING=UTF-8 roads_4544.shp "$src/roads.geojson"

# (parcels_ccw.geojson is hand-written: polygons with the outer ring counter-clockwise, as RFC 7946
# has it, and the hole clockwise; the reader must turn them round for Boost.Geometry.)

# GBK shapefile whose encoding is known only from the DBF language driver id (0x4D), no .cpg.
rm -f villages_gbk_ldid.*
# GDAL writes LDID 0 with a .cpg; set the byte ESRI uses for GBK (0x4D) and drop the .cpg.
ogr2ogr -lco ENCODING=CP936 villages_gbk_ldid.shp points.geojson
rm -f villages_gbk_ldid.cpg
python3 -c 'import sys; f = open(sys.argv[1], "r+b"); f.seek(29); f.write(bytes([0x4D]))' villages_gbk_ldid.dbf

# Damaged shapefiles, from a clean three-square one: record 1 claims 100000 points (GDAL reads
# it without geometry and reports an error), record 0 has a NaN coordinate.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ogr2ogr -a_srs EPSG:4544 -lco ENCODING=UTF-8 "$tmp/squares.shp" "$src/squares.geojson"
python3 - "$tmp/squares.shp" <<'PY'
import math, struct, sys
shp = bytearray(open(sys.argv[1], "rb").read())
first = 100
second = first + 8 + struct.unpack(">i", shp[first + 4:first + 8])[0] * 2
bad = bytearray(shp)
struct.pack_into("<i", bad, second + 8 + 4 + 32 + 4, 100000)  # nPoints of record 1
open("corrupt_record.shp", "wb").write(bad)
nan = bytearray(shp)
struct.pack_into("<d", nan, first + 8 + 4 + 32 + 4 + 4 + 4, math.nan)  # x of the first vertex of record 0
open("nan_coordinate.shp", "wb").write(nan)
PY
for name in corrupt_record nan_coordinate; do
  for ext in shx dbf prj cpg; do cp "$tmp/squares.$ext" "$name.$ext"; done
done

# A workbook whose first sheet is notes and second the table: codes typed as numbers, one as a
# float, one in full-precision scientific text; a blank row 4 (row numbers must still match).
"${PYTHON:-/usr/bin/python3}" - <<'PY'
import openpyxl
wb = openpyxl.Workbook()
notes = wb.active
notes.title = "说明"
notes.append(["说明"])
notes.append(["本表为测试数据"])
sheet = wb.create_sheet("指标")
sheet.append(["village_code", "name", "tap_water_hh_pct"])
sheet.append([640121104205, "原隆村", 96.5])
sheet.append([640121104206.0, "泾灵南村", None])
sheet.append([None, None, None])
sheet.append(["6.40121104207E+11", "富坪村", 84])
sheet.append(["640121104208", "新庄村", "85%"])
wb.save("sheets.xlsx")
PY

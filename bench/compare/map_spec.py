"""The side-by-side benchmark map, as numbers shared by the Mapnik and QGIS scripts; the
RuralAtlas style files beside this file say the same in YAML (keep them in step).

A3 portrait at 300 dpi (3508 × 4961 px), EPSG:4544 (CGCS2000 / 3-degree Gauss-Kruger CM 105E):
township choropleth (5 quantile classes of the tap-water rate, YlOrRd) with township names,
roads by class (village, township, county; county on top), villages as graduated circles by
population (fixed breaks), semi-transparent.
"""
W, H, DPI = 3508, 4961, 300
PX_PER_MM = DPI / 25.4
# The extent has the page's aspect (297 / 420), so every tool fills the page the same way.
EXTENT = (328255.0, 3771692.0, 710111.0, 4311692.0)
MAP_PROJ4 = "+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"
DATA_PROJ4 = "+proj=longlat +ellps=GRS80 +no_defs"
CHORO_FIELD = "tap_pct"
CHORO_COLORS = ["#bd0026", "#f03b20", "#fd8d3c", "#fecc5c", "#ffffb2"]  # YlOrRd-5, lowest rate darkest
TWP_OUTLINE = ("#6e6e6e", 0.07)  # colour, mm
ROADS = [("village", "#9a9a9a", 0.07), ("township", "#6b4f2a", 0.17), ("county", "#1e1e1e", 0.3)]  # bottom first
POP_BREAKS = [500, 1000, 2000, 4000]
POP_SIZES_MM = [0.5, 0.95, 1.4, 1.85, 2.3]  # linear, as ruralatlas graduated-size
VILLAGE_FILL, VILLAGE_OPACITY, VILLAGE_STROKE = "#1f4e79", 0.65, ("#ffffff", 0.05)
LABEL_FONT = "Noto Sans CJK SC"
LABEL_PT = 7
LABEL_HALO = ("#ffffff", 0.4)  # mm


def px(mm):
    return mm * PX_PER_MM


def quantile_breaks(values, classes=5):
    """Type-7 quantiles (R's default, as ruralatlas's quantile method): the inner breaks."""
    v = sorted(values)
    out = []
    for i in range(1, classes):
        h = (len(v) - 1) * i / classes
        lo = int(h)
        out.append(v[lo] + (h - lo) * (v[lo + 1] - v[lo]) if lo + 1 < len(v) else v[lo])
    return out

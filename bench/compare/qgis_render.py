#!/usr/bin/python3
"""The benchmark map with QGIS (Debian python3-qgis 3.22, headless: QT_QPA_PLATFORM=offscreen,
parallel map renderer job) to PNG.
usage: qgis_render.py DATA_DIR OUT.png"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import map_spec as s

from qgis.core import (QgsApplication, QgsVectorLayer, QgsCoordinateReferenceSystem, QgsMapSettings, QgsRectangle,
                       QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsGraduatedSymbolRenderer, QgsRendererRange,
                       QgsRuleBasedRenderer, QgsUnitTypes, QgsPalLayerSettings, QgsTextFormat, QgsTextBufferSettings,
                       QgsVectorLayerSimpleLabeling, QgsMapRendererParallelJob)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont

data, out = sys.argv[1], sys.argv[2]
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
MM = QgsUnitTypes.RenderMillimeters

twp = QgsVectorLayer(os.path.join(data, "townships.shp"), "townships", "ogr")
roads = QgsVectorLayer(os.path.join(data, "roads.shp"), "roads", "ogr")
vil = QgsVectorLayer(os.path.join(data, "villages.shp"), "villages", "ogr")
assert twp.isValid() and roads.isValid() and vil.isValid()

values = [f[s.CHORO_FIELD] for f in twp.getFeatures() if f[s.CHORO_FIELD] is not None]
edges = [-1e18] + s.quantile_breaks(values) + [1e18]
ranges = []
for i, colour in enumerate(s.CHORO_COLORS):
    sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": s.TWP_OUTLINE[0],
                                      "outline_width": str(s.TWP_OUTLINE[1]), "outline_width_unit": "MM"})
    ranges.append(QgsRendererRange(edges[i], edges[i + 1], sym, f"class {i + 1}"))
twp.setRenderer(QgsGraduatedSymbolRenderer(s.CHORO_FIELD, ranges))
label = QgsPalLayerSettings()
label.fieldName = "township"
text = QgsTextFormat()
text.setFont(QFont(s.LABEL_FONT))
text.setSize(s.LABEL_PT)
text.setColor(QColor("#222222"))
halo = QgsTextBufferSettings()
halo.setEnabled(True)
halo.setSize(s.LABEL_HALO[1])
halo.setSizeUnit(MM)
halo.setColor(QColor(s.LABEL_HALO[0]))
text.setBuffer(halo)
label.setFormat(text)
label.placement = QgsPalLayerSettings.OverPoint
twp.setLabeling(QgsVectorLayerSimpleLabeling(label))
twp.setLabelsEnabled(True)

root = QgsRuleBasedRenderer.Rule(None)
for level, (cls, colour, width) in enumerate(s.ROADS):
    sym = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width), "line_width_unit": "MM",
                                      "joinstyle": "round", "capstyle": "round"})
    sym.symbolLayer(0).setRenderingPass(level)
    root.appendChild(QgsRuleBasedRenderer.Rule(sym, 0, 0, f"\"road_class\" = '{cls}'", cls))
road_renderer = QgsRuleBasedRenderer(root)
road_renderer.setUsingSymbolLevels(True)
roads.setRenderer(road_renderer)

pop_edges = [-1e18] + s.POP_BREAKS + [1e18]
classes = []
for i, size in enumerate(s.POP_SIZES_MM):
    fill = QColor(s.VILLAGE_FILL)
    fill.setAlphaF(s.VILLAGE_OPACITY)
    sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": fill.name(QColor.HexArgb), "size": str(size),
                                        "size_unit": "MM", "outline_color": s.VILLAGE_STROKE[0],
                                        "outline_width": str(s.VILLAGE_STROKE[1]), "outline_width_unit": "MM"})
    classes.append(QgsRendererRange(pop_edges[i] - 0.5, pop_edges[i + 1] - 0.5, sym, f"population {i + 1}"))
vil.setRenderer(QgsGraduatedSymbolRenderer("population", classes))

settings = QgsMapSettings()
settings.setLayers([vil, roads, twp])  # top first
settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4544"))
settings.setOutputSize(QSize(s.W, s.H))
settings.setOutputDpi(s.DPI)
settings.setBackgroundColor(QColor("white"))
settings.setExtent(QgsRectangle(*s.EXTENT))
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
job.renderedImage().save(out, "png")
errors = [e.message for e in job.errors()]
if errors:
    print("qgis errors:", errors[:5], file=sys.stderr)
sys.stdout.flush()
os._exit(0)  # QGIS 3.22 can crash in teardown when headless; the image is written

#!/usr/bin/python3
"""The benchmark map with Mapnik (Debian python3-mapnik, AGG renderer) to PNG.
usage: mapnik_render.py DATA_DIR OUT.png   (DATA_DIR: townships.shp, roads.shp, villages.shp)"""
import os
import sys
from xml.sax.saxutils import escape

import mapnik
from osgeo import ogr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import map_spec as s

data, out = sys.argv[1], sys.argv[2]
mapnik.register_fonts("/usr/share/fonts/opentype/noto/")
source = ogr.Open(os.path.join(data, "townships.shp"))  # kept: its layer dies with it
breaks = s.quantile_breaks([f.GetField(s.CHORO_FIELD) for f in source.GetLayer(0)
                            if f.GetField(s.CHORO_FIELD) is not None])
edges = [None] + breaks + [None]


def between(field, lo, hi):
    cond = ([f"[{field}] >= {lo!r}"] if lo is not None else []) + ([f"[{field}] < {hi!r}"] if hi is not None else [])
    return escape(" and ".join(cond))


choro = "".join(f'<Rule><Filter>{between(s.CHORO_FIELD, edges[i], edges[i + 1])}</Filter>'
                f'<PolygonSymbolizer fill="{c}"/><LineSymbolizer stroke="{s.TWP_OUTLINE[0]}" '
                f'stroke-width="{s.px(s.TWP_OUTLINE[1])}"/></Rule>' for i, c in enumerate(s.CHORO_COLORS))
pop_edges = [None] + s.POP_BREAKS + [None]
villages = "".join(f'<Rule><Filter>{between("population", pop_edges[i], pop_edges[i + 1])}</Filter>'
                   f'<MarkersSymbolizer marker-type="ellipse" width="{s.px(d)}" height="{s.px(d)}" '
                   f'fill="{s.VILLAGE_FILL}" fill-opacity="{s.VILLAGE_OPACITY}" stroke="{s.VILLAGE_STROKE[0]}" '
                   f'stroke-width="{s.px(s.VILLAGE_STROKE[1])}" allow-overlap="true" ignore-placement="true" '
                   f'placement="point"/></Rule>' for i, d in enumerate(s.POP_SIZES_MM))
styles = [f'<Style name="twp">{choro}</Style>', f'<Style name="vil">{villages}</Style>',
          f'<Style name="twp_lbl"><Rule><TextSymbolizer face-name="{s.LABEL_FONT} Regular" '
          f'size="{s.LABEL_PT * s.DPI / 72}" fill="#222222" halo-fill="{s.LABEL_HALO[0]}" '
          f'halo-radius="{s.px(s.LABEL_HALO[1])}" placement="interior">[township]</TextSymbolizer></Rule></Style>']
for cls, colour, width in s.ROADS:
    styles.append(f'<Style name="road_{cls}"><Rule><Filter>[road_class] = \'{cls}\'</Filter><LineSymbolizer '
                  f'stroke="{colour}" stroke-width="{s.px(width)}" stroke-linejoin="round" stroke-linecap="round"/>'
                  f'</Rule></Style>')


def layer(name, shp, style_names):
    refs = "".join(f"<StyleName>{n}</StyleName>" for n in style_names)
    return (f'<Layer name="{name}" srs="{s.DATA_PROJ4}">{refs}<Datasource><Parameter name="type">shape</Parameter>'
            f'<Parameter name="file">{os.path.join(data, shp)}</Parameter><Parameter name="encoding">utf-8</Parameter>'
            f'</Datasource></Layer>')


xml = (f'<Map srs="{s.MAP_PROJ4}" background-color="#ffffff">' + "".join(styles) +
       layer("townships", "townships.shp", ["twp"]) +
       layer("roads", "roads.shp", [f"road_{c}" for c, _, _ in s.ROADS]) +
       layer("villages", "villages.shp", ["vil"]) +
       layer("township_labels", "townships.shp", ["twp_lbl"]) + "</Map>")
m = mapnik.Map(s.W, s.H)
mapnik.load_map_from_string(m, xml)
m.zoom_to_box(mapnik.Box2d(*s.EXTENT))
image = mapnik.Image(s.W, s.H)
mapnik.render(m, image)
image.save(out, "png")

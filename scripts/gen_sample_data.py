#!/usr/bin/python3
"""Deterministic sample data for RuralAtlas, built on the real administrative data in
../shared/data (county boundaries, township and village names and codes).

Real: county boundaries, all names and codes, the named relocation villages.
Generated (fixed seed): township boundaries, village and seat locations, roads, water,
power, clinics, relocation-site attributes, investment projects and indicators.

    /usr/bin/python3 scripts/gen_sample_data.py              # writes sample-data/
    /usr/bin/python3 scripts/gen_sample_data.py --scale 10   # benchmark data in bench/data/scale-10/

Uses only Debian 12 packages: python3-gdal, python3-shapely (1.8), python3-numpy, python3-openpyxl.
"""
import argparse
import csv
import json
import math
import os
import time
import warnings

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
from shapely.geometry import LineString, MultiPoint, Point, Polygon, MultiPolygon, shape
from shapely.ops import voronoi_diagram, unary_union
from shapely.prepared import prep
from shapely.strtree import STRtree

warnings.filterwarnings("ignore", message="STRtree will be changed")  # shapely 1.8 → 2.0 notice

SEED = 20261124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "data")
MOUNTAIN_PREFECTURES = ("6404", "6211")  # Guyuan (Ningxia) and Dingxi (Gansu): more gaps
GEO_EPSG, WORK_EPSG = 4490, 4544  # CGCS2000 lon/lat; its 3-degree Gauss-Kruger zone CM 105E (metres)

# Domain §4.1: Baiyin project library, categories with their sub-projects as printed.
PROJECT_CATEGORIES = {
    "巩固拓展脱贫攻坚成果": ["新增农村危房改造", "地震高烈度设防地区农房抗震改造", "暴洪灾害住房重建和搬迁避让",
                     "已建农村供水工程巩固", "大型特大型安置区后续扶持", "其他"],
    "支持脱贫地区乡村特色产业发展壮大": ["标准化种植基地建设", "标准化养殖基地建设", "特色农产品产业初加工",
                             "特色农产品精深加工", "申报创建国家级现代农业产业园", "申报创建省级现代农业产业园",
                             "申报创建市级现代农业产业园", "创建县级现代农业产业园", "培育和引进龙头企业",
                             "推进农民合作社质量提升项目", "有活力的家庭农场培育", "冷链物流设施建设", "高标准农田建设",
                             "新型农村集体经济发展", "其他"],
    "促进脱贫人口稳定就业": ["劳务品牌创建", "有组织劳务输转", "以工代赈", "乡村就业工厂", "生态护林员", "乡村公益性岗位",
                   "就业技能培训", "创业致富带头人培训", "其它促进脱贫人口稳定就业"],
    "乡村公共基础设施建设": ["较大人口规模自然村(组)通硬化路和村内主干道路连接", "农村产业路、旅游路、资源路建设", "巷道硬化",
                   "入户路硬化", "庭院硬化", "\"快递进村\"工程", "乡村电气化提升工程", "其他"],
    "农村人居环境整治提升": ["农村户用卫生厕所改建新建", "农村生活污水治理", "农村生活垃圾治理", "美丽宜居村庄建设", "美丽庭院建设", "其他"],
    "提升脱贫地区公共服务水平": ["乡村寄宿制学校建设", "普通高中建设", "职业院校(含技工院校)基础能力建设", "幼儿园建设",
                     "村级综合服务设施建设", "其他"],
    "其他": ["其他"],
}
CATEGORY_WEIGHTS = [38.55, 66.11, 6.67, 64.81, 77.77, 34.78, 0.61]  # 亿元 need by category (§4.1)
FUNDING_NINGXIA = ["财政专项扶贫资金", "统筹整合财政涉农资金", "闽宁协作帮扶资金", "中央定点帮扶资金", "以工代赈中央预算内投资", "社会捐赠"]
FUNDING_GANSU = ["财政专项扶贫资金", "统筹整合财政涉农资金", "东西部协作资金(津甘协作)", "中央定点帮扶资金", "以工代赈中央预算内投资",
                 "地方政府债券", "社会捐赠"]

# Domain §3 and shared/data/README.md: real relocation villages and communities.
NAMED_SITES = [
    ("640121104205", "ecological", 1998, 10578, 2012),  # 原隆村, 闽宁镇, 永宁县
    ("泾灵南村", "ecological", 1260, 5230, 2012),
    ("泾灵北村", "ecological", 980, 4060, 2012),
    ("泾兴村", "ecological", 1120, 4710, 2013),
    ("镇河塔社区", "labour", 1540, 5320, 2014),
    ("西湖社区", "labour", 1310, 4460, 2013),
    ("富坪村", "ecological", 1050, 4380, 2008),
    ("新坪村", "ecological", 870, 3620, 2010),
]
NAMED_SITE_PLACES = {"泾灵南村": "郝家桥镇", "泾灵北村": "郝家桥镇", "泾兴村": "白土岗乡", "镇河塔社区": "城区街道",
                     "西湖社区": "城区街道", "富坪村": "北湾镇", "新坪村": "北湾镇"}


# ---------------------------------------------------------------- coordinates

def make_transforms():
    geo, work = osr.SpatialReference(), osr.SpatialReference()
    geo.ImportFromEPSG(GEO_EPSG)
    work.ImportFromEPSG(WORK_EPSG)
    for s in (geo, work):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(geo, work), osr.CoordinateTransformation(work, geo), geo, work


# Both SRS objects must outlive the transformations that refer to them.
TO_WORK, TO_GEO, GEO_SRS, WORK_SRS = make_transforms()


def transform_coords(coords, ct):
    if len(coords) == 0:
        return []
    out = ct.TransformPoints([(float(x), float(y)) for x, y in coords])
    return [(round(p[0], 7), round(p[1], 7)) if ct is TO_GEO else (p[0], p[1]) for p in out]


def transform_geom(g, ct):
    if isinstance(g, Point):
        return Point(transform_coords([g.coords[0]], ct)[0])
    if isinstance(g, LineString):
        return LineString(transform_coords(list(g.coords), ct))
    if isinstance(g, Polygon):
        return Polygon(transform_coords(list(g.exterior.coords), ct),
                       [transform_coords(list(r.coords), ct) for r in g.interiors])
    if isinstance(g, MultiPolygon):
        return MultiPolygon([transform_geom(p, ct) for p in g.geoms])
    raise TypeError(g.geom_type)


# ---------------------------------------------------------------- sampling

def random_points_in(poly, n, rng, min_dist=0.0, candidates=12):
    """Best-candidate sampling: each new point is the candidate farthest from those chosen."""
    prepared = prep(poly)
    minx, miny, maxx, maxy = poly.bounds
    chosen = []
    tries = 0
    while len(chosen) < n:
        pool = []
        while len(pool) < candidates:
            xs = rng.uniform(minx, maxx, candidates * 4)
            ys = rng.uniform(miny, maxy, candidates * 4)
            for x, y in zip(xs, ys):
                if prepared.contains(Point(x, y)):
                    pool.append((x, y))
            tries += 1
            if tries > 10000:
                raise RuntimeError("cannot place points in polygon")
        pool = np.array(pool[:candidates])
        if chosen:
            c = np.array(chosen)
            d = np.sqrt(((pool[:, None, :] - c[None, :, :]) ** 2).sum(-1)).min(1)
            best = int(np.argmax(d))
        else:
            best = 0
        chosen.append(tuple(pool[best]))
    return chosen


def wiggle_line(a, b, rng, parts=3, amplitude=0.08):
    """A polyline from a to b with gentle perpendicular offsets; ends exactly at a and b."""
    ax, ay = a
    bx, by = b
    length = math.hypot(bx - ax, by - ay)
    if length == 0:
        return [a, b]
    nx, ny = -(by - ay) / length, (bx - ax) / length
    pts = [a]
    for i in range(1, parts):
        t = i / parts
        off = rng.normal(0, amplitude) * length
        pts.append((ax + (bx - ax) * t + nx * off, ay + (by - ay) * t + ny * off))
    pts.append(b)
    return pts


def tree_edges(nodes_xy, root_xy, rng, window=None, skip_prob=0.0):
    """Connect nodes to a root: in order of distance from the root, each node links to the
    nearest already-connected node. With skip_prob a node is left unconnected (and its
    would-be children link elsewhere). Returns (parent index list: -1 root, None unconnected)."""
    pts = np.asarray(nodes_xy, dtype=float)
    order = np.argsort(np.hypot(pts[:, 0] - root_xy[0], pts[:, 1] - root_xy[1]), kind="stable")
    connected_xy = [root_xy]
    connected_id = [-1]
    parent = [None] * len(pts)
    skip = rng.random(len(pts)) < skip_prob
    for idx in order:
        if skip[idx]:
            continue
        cxy = np.asarray(connected_xy if window is None else connected_xy[-window:])
        cid = connected_id if window is None else connected_id[-window:]
        d = np.hypot(cxy[:, 0] - pts[idx, 0], cxy[:, 1] - pts[idx, 1])
        j = int(np.argmin(d))
        parent[idx] = cid[j]
        connected_xy.append(tuple(pts[idx]))
        connected_id.append(int(idx))
    return parent


# ---------------------------------------------------------------- writing

def write_shapefile(path, geom_type, fields, rows):
    """fields: [(name, ogr type, width, precision)]; rows: [(shapely geometry in metres, dict)]."""
    driver = ogr.GetDriverByName("ESRI Shapefile")
    if os.path.exists(path):
        driver.DeleteDataSource(path)
    ds = driver.CreateDataSource(path)
    layer = ds.CreateLayer(os.path.splitext(os.path.basename(path))[0], GEO_SRS, geom_type, ["ENCODING=UTF-8"])
    for name, ftype, width, precision in fields:
        fd = ogr.FieldDefn(name, ftype)
        if width:
            fd.SetWidth(width)
        if precision:
            fd.SetPrecision(precision)
        layer.CreateField(fd)
    defn = layer.GetLayerDefn()
    for geom, attrs in rows:
        f = ogr.Feature(defn)
        for name, value in attrs.items():
            if value is not None:
                f.SetField(name, value)
        g = transform_geom(geom, TO_GEO)
        if isinstance(g, (Polygon, MultiPolygon)) and not g.is_valid:
            g = g.buffer(0)  # rare near-coincident vertices after reprojection
        if isinstance(g, Polygon):
            g = MultiPolygon([g])
        f.SetGeometry(ogr.CreateGeometryFromWkb(g.wkb))
        layer.CreateFeature(f)
    ds = None
    fix_dbf_date(path[:-4] + ".dbf")


def fix_dbf_date(dbf_path):
    """The DBF header stores the write date; pin it so output is byte-identical run to run."""
    with open(dbf_path, "r+b") as f:
        f.seek(1)
        f.write(bytes([126, 11, 24]))  # 2026-11-24


def write_xlsx(path, header, rows):
    """Minimal deterministic XLSX writer (openpyxl stamps the current time): shared strings
    not used, every cell an inline string or a number; code columns are text."""
    import zipfile

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    lines = []
    for r, row in enumerate([header] + rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool) and r > 1:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(str(v))}</t></is></c>')
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(lines)}</sheetData></worksheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="indicators" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 24, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    os.replace(tmp, path)


# ---------------------------------------------------------------- generation

def load_reference():
    with open(os.path.join(SHARED, "counties.geojson"), encoding="utf-8") as f:
        counties = json.load(f)["features"]
    with open(os.path.join(SHARED, "townships.csv"), encoding="utf-8") as f:
        townships = list(csv.DictReader(f))
    with open(os.path.join(SHARED, "villages.csv"), encoding="utf-8") as f:
        villages = list(csv.DictReader(f))
    return counties, townships, villages


def remove_spikes(coords):
    """Drop repeated vertices and A-B-A backtracks that quantised web boundaries contain."""
    pts = [tuple(c) for c in coords[:-1]]
    changed = True
    while changed and len(pts) > 3:
        changed = False
        out = []
        n = len(pts)
        for i in range(n):
            prev, cur, nxt = pts[i - 1], pts[i], pts[(i + 1) % n]
            if cur == prev or prev == nxt:
                changed = True
                continue
            out.append(cur)
        pts = out
    return pts + pts[:1]


def clean_polygon(g):
    """Valid polygons without spikes, so strict validity checks (Boost.Geometry) pass too."""
    parts = g.geoms if isinstance(g, MultiPolygon) else [g]
    cleaned = [Polygon(remove_spikes(list(p.exterior.coords)), [remove_spikes(list(r.coords)) for r in p.interiors])
               for p in parts]
    # A 1 m closing (grow, then shrink, mitred) removes zero-width spikes that survive.
    out = unary_union([p.buffer(0) for p in cleaned]).buffer(1.0, join_style=2).buffer(-1.0, join_style=2)
    return out


def is_street(name):
    return name.endswith("街道") or name.endswith("街道办事处")


def is_community(name):
    return "社区" in name or "居委会" in name or "居民委员会" in name


def partition_county(county_poly, towns, rng):
    """Township seats inside the county, Voronoi cells clipped to it (an exact tiling)."""
    centre = county_poly.representative_point()
    c = county_poly.centroid
    if county_poly.contains(c) and county_poly.boundary.distance(c) > 3000:
        centre = c
    streets = [t for t in towns if is_street(t["township"])]
    rural = [t for t in towns if not is_street(t["township"])]
    seats = {}
    core = county_poly.intersection(centre.buffer(max(4000.0, 1500.0 * math.sqrt(len(streets) + 1))))
    for t, xy in zip(streets, random_points_in(core, len(streets), rng) if streets else []):
        seats[t["township_code"]] = xy
    taken = list(seats.values())
    if rural:
        # Best-candidate against already placed seats too, so rural seats spread out.
        prepared = prep(county_poly)
        minx, miny, maxx, maxy = county_poly.bounds
        for t in rural:
            pool = []
            while len(pool) < 30:
                x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
                if prepared.contains(Point(x, y)) and county_poly.boundary.distance(Point(x, y)) > 1500:
                    pool.append((x, y))
            pool = np.array(pool)
            if taken:
                tk = np.array(taken)
                d = np.sqrt(((pool[:, None, :] - tk[None, :, :]) ** 2).sum(-1)).min(1)
                xy = tuple(pool[int(np.argmax(d))])
            else:
                xy = tuple(pool[0])
            seats[t["township_code"]] = xy
            taken.append(xy)
    cells = {}
    if len(towns) == 1:
        cells[towns[0]["township_code"]] = county_poly
    else:
        # Four far-away guard points bound every real cell (GEOS's envelope argument crashes
        # shapely 1.8); no county point is nearer to a guard than to its nearest seat.
        minx, miny, maxx, maxy = county_poly.bounds
        far = 3 * max(maxx - minx, maxy - miny) + 100000
        guards = [(minx - far, miny - far), (maxx + far, miny - far), (maxx + far, maxy + far), (minx - far, maxy + far)]
        diagram = voronoi_diagram(MultiPoint([seats[t["township_code"]] for t in towns] + guards))
        polys = list(diagram.geoms)
        for t in towns:
            p = Point(seats[t["township_code"]])
            cell = next(g for g in polys if g.contains(p))
            clipped = cell.intersection(county_poly)
            if not clipped.is_valid:
                clipped = clipped.buffer(0)
            if clipped.geom_type == "GeometryCollection":
                clipped = unary_union([g for g in clipped.geoms if g.area > 0])
            cells[t["township_code"]] = clean_polygon(clipped)
    return (centre.x, centre.y), seats, cells


def place_villages(cell, seat, villages, rng):
    """Communities near the seat, villages spread over the township."""
    out = {}
    comms = [v for v in villages if is_community(v["village"])]
    rural = [v for v in villages if not is_community(v["village"])]
    inner = cell.buffer(-150) if cell.buffer(-150).area > cell.area * 0.3 else cell
    if comms:
        near = inner.intersection(Point(seat).buffer(2500))
        if near.area < 1e5:
            near = inner
        for v, xy in zip(comms, random_points_in(near, len(comms), rng, candidates=6)):
            out[v["village_code"]] = xy
    if rural:
        for v, xy in zip(rural, random_points_in(inner, len(rural), rng, candidates=10)):
            out[v["village_code"]] = xy
    return out


def generate(scale, out_dir):
    counties, townships, villages = load_reference()
    rng_global = np.random.default_rng(SEED)
    towns_by_county, vills_by_town = {}, {}
    for t in townships:
        towns_by_county.setdefault(t["county_code"], []).append(t)
    for v in villages:
        vills_by_town.setdefault(v["township_code"], []).append(v)
    real_villages = villages
    if scale > 1:
        villages = expand_villages(villages, vills_by_town, scale)
        vills_by_town = {}
        for v in villages:
            vills_by_town.setdefault(v["township_code"], []).append(v)

    county_rows, town_rows, seat_rows = [], [], []
    village_xy, village_info = {}, {}
    county_seats, town_seats, town_cells = {}, {}, {}
    for ci, feat in enumerate(counties):
        props = feat["properties"]
        code = props["county_code"]
        rng = np.random.default_rng([SEED, ci])
        poly = clean_polygon(transform_geom(shape(feat["geometry"]), TO_WORK))
        county_rows.append((poly, {"cnty_code": code, "county": props["county"], "pref_code": props["prefecture_code"],
                                   "pref": props["prefecture"], "province": props["province"]}))
        towns = towns_by_county.get(code, [])
        centre, seats, cells = partition_county(poly, towns, rng)
        county_seats[code] = centre
        seat_rows.append((Point(centre), {"seat_id": f"C{code}", "name": f"{props['county']}人民政府驻地",
                                          "kind": "county_seat", "town_code": "", "cnty_code": code}))
        for t in towns:
            tc = t["township_code"]
            town_seats[tc], town_cells[tc] = seats[tc], cells[tc]
            town_rows.append((cells[tc], {"town_code": tc, "township": t["township"], "cnty_code": code,
                                          "county": t["county"], "pref": t["prefecture"]}))
            seat_rows.append((Point(seats[tc]), {"seat_id": f"T{tc}", "name": f"{t['township']}政府驻地",
                                                 "kind": "township_seat", "town_code": tc, "cnty_code": code}))
            vs = vills_by_town.get(tc, [])
            village_xy.update(place_villages(cells[tc], seats[tc], vs, rng))
            for v in vs:
                village_info[v["village_code"]] = v

    mountain = {code: code[:4] in MOUNTAIN_PREFECTURES for code in county_seats}
    # Benchmark data draws village roads with more vertices, as surveyed roads have: about
    # ten segments each, so national size reaches ~5M road segments.
    roads, road_state = build_roads(county_seats, town_seats, towns_by_county, vills_by_town, village_xy, mountain,
                                    village_road_parts=3 if scale == 1 else 10)
    mains, works = build_water(town_seats, vills_by_town, village_xy, mountain)
    lines, substations, power_3ph = build_power(county_seats, town_seats, towns_by_county, vills_by_town, village_xy, mountain)
    clinics = build_clinics(county_seats, town_seats, vills_by_town, village_xy, village_info, mountain)
    main_tree = STRtree([g for g, _ in mains]) if mains else None

    os.makedirs(out_dir, exist_ok=True)
    S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
    write_shapefile(os.path.join(out_dir, "counties.shp"), ogr.wkbMultiPolygon,
                    [("cnty_code", S, 6, 0), ("county", S, 40, 0), ("pref_code", S, 4, 0), ("pref", S, 40, 0),
                     ("province", S, 40, 0)], county_rows)
    write_shapefile(os.path.join(out_dir, "townships.shp"), ogr.wkbMultiPolygon,
                    [("town_code", S, 9, 0), ("township", S, 60, 0), ("cnty_code", S, 6, 0), ("county", S, 40, 0),
                     ("pref", S, 40, 0)], town_rows)
    village_rows = []
    for v in villages:
        code = v["village_code"]
        village_rows.append((Point(village_xy[code]), {
            "vill_code": code, "name": v["village"], "town_code": v["township_code"], "township": v["township"],
            "cnty_code": v["county_code"], "county": v["county"], "pref": v["prefecture"],
            "kind": "community" if is_community(v["village"]) else "village"}))
    write_shapefile(os.path.join(out_dir, "villages.shp"), ogr.wkbPoint,
                    [("vill_code", S, 12, 0), ("name", S, 80, 0), ("town_code", S, 9, 0), ("township", S, 60, 0),
                     ("cnty_code", S, 6, 0), ("county", S, 40, 0), ("pref", S, 40, 0), ("kind", S, 10, 0)], village_rows)
    write_shapefile(os.path.join(out_dir, "seats.shp"), ogr.wkbPoint,
                    [("seat_id", S, 12, 0), ("name", S, 80, 0), ("kind", S, 14, 0), ("town_code", S, 9, 0),
                     ("cnty_code", S, 6, 0)], seat_rows)
    write_shapefile(os.path.join(out_dir, "roads.shp"), ogr.wkbLineString,
                    [("road_id", I, 9, 0), ("road_class", S, 10, 0), ("surface", S, 8, 0), ("hardened", I, 1, 0),
                     ("name", S, 10, 0), ("length_m", R, 12, 1)], roads)
    write_shapefile(os.path.join(out_dir, "water_mains.shp"), ogr.wkbLineString,
                    [("pipe_id", I, 9, 0), ("pipe_type", S, 8, 0), ("diam_mm", I, 5, 0), ("burial_m", R, 5, 2),
                     ("freeze_rsk", I, 1, 0), ("works_id", S, 12, 0)], mains)
    write_shapefile(os.path.join(out_dir, "water_works.shp"), ogr.wkbPoint,
                    [("works_id", S, 12, 0), ("name", S, 80, 0), ("works_type", S, 12, 0), ("cap_m3_d", I, 8, 0),
                     ("served_hh", I, 8, 0)], works)
    write_shapefile(os.path.join(out_dir, "power_lines.shp"), ogr.wkbLineString,
                    [("line_id", I, 9, 0), ("voltage_kv", R, 6, 1), ("phase", S, 6, 0), ("rebuilt_yr", I, 4, 0)], lines)
    write_shapefile(os.path.join(out_dir, "substations.shp"), ogr.wkbPoint,
                    [("sub_id", S, 12, 0), ("name", S, 80, 0), ("voltage_kv", R, 6, 1), ("cap_kva", I, 8, 0)], substations)
    write_shapefile(os.path.join(out_dir, "clinics.shp"), ogr.wkbPoint,
                    [("clinic_id", S, 14, 0), ("name", S, 80, 0), ("level", S, 16, 0), ("vill_code", S, 12, 0),
                     ("std", I, 1, 0), ("doctors", I, 3, 0)], clinics)
    sites = build_sites(real_villages, village_xy, rng_global)
    write_shapefile(os.path.join(out_dir, "reloc_sites.shp"), ogr.wkbPoint,
                    [("site_code", S, 12, 0), ("name", S, 80, 0), ("site_type", S, 10, 0), ("households", I, 6, 0),
                     ("persons", I, 7, 0), ("year", I, 4, 0), ("county", S, 40, 0)], sites)
    projects = build_projects(villages, village_xy, rng_global, scale)
    write_shapefile(os.path.join(out_dir, "projects.shp"), ogr.wkbPoint,
                    [("proj_id", S, 10, 0), ("vill_code", S, 12, 0), ("category", S, 60, 0), ("subcat", S, 80, 0),
                     ("fund_src", S, 40, 0), ("amount_wan", R, 10, 1), ("year", I, 4, 0), ("status", S, 20, 0)], projects)
    header, rows = build_indicators(villages, village_xy, village_info, road_state, power_3ph, main_tree, mountain,
                                    clinics, rng_global)
    write_indicator_csv(os.path.join(out_dir, "village_indicators.csv"), header, rows)
    if scale == 1:
        write_xlsx(os.path.join(out_dir, "village_indicators.xlsx"), header, rows)
    return {"villages": len(villages), "roads": len(roads), "water_mains": len(mains), "power_lines": len(lines),
            "clinics": len(clinics), "sites": len(sites), "projects": len(projects)}


def expand_villages(villages, vills_by_town, scale):
    """Benchmark data: each real village gets scale-1 synthetic siblings with unique codes."""
    out = []
    used = {v["village_code"] for v in villages}
    for tc, vs in vills_by_town.items():
        serial = 1000
        for v in vs:
            out.append(v)
            for k in range(scale - 1):
                while True:
                    serial += 1
                    code = f"{tc}{serial % 1000:03d}" if serial < 2000 else f"{tc[:6]}{(int(tc[6:]) + serial // 1000) % 1000:03d}{serial % 1000:03d}"
                    if code not in used:
                        break
                used.add(code)
                out.append(dict(v, village_code=code, village=f"{v['village']}{k + 2}组"))
    return out


def build_roads(county_seats, town_seats, towns_by_county, vills_by_town, village_xy, mountain, village_road_parts=3):
    rows = []
    state = {}  # village code -> (connected, hardened all the way, surface of its own link)
    rng = np.random.default_rng([SEED, 1001])
    rid = 0

    def add(pts, cls, surface, name):
        nonlocal rid
        rid += 1
        line = LineString(pts)
        rows.append((line, {"road_id": rid, "road_class": cls, "surface": surface,
                            "hardened": 1 if surface in ("asphalt", "cement") else 0, "name": name,
                            "length_m": round(line.length, 1)}))

    # County roads between neighbouring county seats (a spanning tree by distance).
    # Trunk roads link the county seats of a prefecture (not across the gaps between prefectures).
    for pref in sorted({c[:4] for c in county_seats}):
        codes = sorted(c for c in county_seats if c[:4] == pref)
        parent = tree_edges([county_seats[c] for c in codes], county_seats[codes[0]], rng)
        for i, p in enumerate(parent):
            if p not in (None, -1):
                add(wiggle_line(county_seats[codes[p]], county_seats[codes[i]], rng, 6, 0.04), "county", "asphalt",
                    f"S{pref[2:]}{i}")
    for ci, (cc, towns) in enumerate(sorted(towns_by_county.items())):
        seats = [town_seats[t["township_code"]] for t in towns]
        parent = tree_edges(seats, county_seats[cc], rng)
        for i, p in enumerate(parent):
            a = county_seats[cc] if p == -1 else seats[p]
            cls = "county" if p == -1 else "township"
            add(wiggle_line(a, seats[i], rng, 4, 0.05), cls, "asphalt" if cls == "county" else
                ("cement" if rng.random() < 0.8 else "asphalt"), f"X{ci:02d}{i:02d}" if cls == "county" else f"Y{ci:02d}{i:02d}")
        for t in towns:
            tc = t["township_code"]
            vs = vills_by_town.get(tc, [])
            if not vs:
                continue
            m = mountain[cc]
            pts = [village_xy[v["village_code"]] for v in vs]
            parent = tree_edges(pts, town_seats[tc], rng, window=64 if len(vs) > 200 else None)
            soft_prob = 0.22 if m else 0.08
            missing_prob = 0.08 if m else 0.025
            children = {}
            for i, p in enumerate(parent):
                children.setdefault(p, []).append(i)
            # Unconnected villages are leaves whose link was never built.
            hard_path = {-1: True}
            stack = [-1]
            while stack:
                node = stack.pop()
                for child in children.get(node, []):
                    code = vs[child]["village_code"]
                    is_leaf = child not in children
                    a = town_seats[tc] if node == -1 else pts[node]
                    if is_leaf and rng.random() < missing_prob and not is_community(vs[child]["village"]):
                        # The road stops 2-6 km short of the village, or was never built.
                        d = math.dist(a, pts[child])
                        if d > 3000 and rng.random() < 0.5:
                            t_end = max(0.0, 1.0 - rng.uniform(2000, 6000) / d)
                            if t_end > 0.05:
                                end = (a[0] + (pts[child][0] - a[0]) * t_end, a[1] + (pts[child][1] - a[1]) * t_end)
                                add(wiggle_line(a, end, rng, 2, 0.04), "village", "earth", "")
                        state[code] = (False, False, None)
                        continue
                    surface = "cement"
                    # Unhardened stretches are the last mile to outlying villages.
                    if is_leaf and rng.random() < soft_prob:
                        surface = "gravel" if rng.random() < 0.6 else "earth"
                    elif rng.random() < 0.15:
                        surface = "asphalt"
                    add(wiggle_line(a, pts[child], rng, village_road_parts, 0.07), "village", surface, "")
                    hard = hard_path[node] and surface in ("asphalt", "cement")
                    hard_path[child] = hard
                    state[code] = (True, hard, surface)
                    stack.append(child)
    return rows, state


def build_water(town_seats, vills_by_town, village_xy, mountain):
    rng = np.random.default_rng([SEED, 2002])
    mains, works = [], []
    pid = 0
    for tc in sorted(town_seats):
        vs = vills_by_town.get(tc, [])
        seat = town_seats[tc]
        wxy = (seat[0] + rng.uniform(-1500, 1500), seat[1] + rng.uniform(-1500, 1500))
        wid = f"W{tc}"
        total_hh = 0
        m = mountain[tc[:6]]
        pts = [village_xy[v["village_code"]] for v in vs]
        parent = tree_edges(pts, wxy, rng, window=64 if len(vs) > 200 else None, skip_prob=0.22 if m else 0.08) if vs else []
        for i, p in enumerate(parent):
            if p is None:
                continue
            a = wxy if p == -1 else pts[p]
            # Mains stop 300-700 m short of the village centre: the last stretch is the
            # village network, so "within 1 km of a main" means reachable.
            b = pts[i]
            d = math.dist(a, b)
            t_end = max(0.0, 1.0 - rng.uniform(100, 600) / d) if d > 0 else 0.0
            end = (a[0] + (b[0] - a[0]) * t_end, a[1] + (b[1] - a[1]) * t_end)
            burial = round(float(rng.uniform(0.8, 2.0)), 2)
            pid += 1
            mains.append((LineString(wiggle_line(a, end, rng, 2, 0.03)),
                          {"pipe_id": pid, "pipe_type": "main" if p == -1 else "branch",
                           "diam_mm": int(rng.choice([160, 200, 250])) if p == -1 else int(rng.choice([63, 75, 90, 110])),
                           "burial_m": burial, "freeze_rsk": 1 if burial < 1.2 else 0, "works_id": wid}))
            total_hh += 250
        works.append((Point(wxy), {"works_id": wid, "name": f"{tc[-3:]}号集中供水工程", "works_type": "centralised",
                                   "cap_m3_d": int(500 + total_hh * 0.4), "served_hh": total_hh}))
    return mains, works


def build_power(county_seats, town_seats, towns_by_county, vills_by_town, village_xy, mountain):
    rng = np.random.default_rng([SEED, 3003])
    lines, subs, three = [], [], {}
    lid = 0
    for cc in sorted(county_seats):
        cs = county_seats[cc]
        subs.append((Point(cs[0] + 800, cs[1] + 600), {"sub_id": f"S{cc}", "name": "县城110kV变电站", "voltage_kv": 110.0,
                                                       "cap_kva": 50000}))
        for t in towns_by_county.get(cc, []):
            tc = t["township_code"]
            seat = town_seats[tc]
            sxy = (seat[0] + 400, seat[1] - 500)
            subs.append((Point(sxy), {"sub_id": f"S{tc}", "name": f"{t['township']}35kV变电站", "voltage_kv": 35.0,
                                      "cap_kva": 6300}))
            lid += 1
            lines.append((LineString(wiggle_line((cs[0] + 800, cs[1] + 600), sxy, rng, 3, 0.03)),
                          {"line_id": lid, "voltage_kv": 35.0, "phase": "three", "rebuilt_yr": int(rng.choice([0, 2016, 2018, 2020]))}))
            vs = vills_by_town.get(tc, [])
            if not vs:
                continue
            pts = [village_xy[v["village_code"]] for v in vs]
            parent = tree_edges(pts, sxy, rng, window=64 if len(vs) > 200 else None)
            single_prob = 0.16 if mountain[cc] else 0.05
            children = {}
            for i, p in enumerate(parent):
                children.setdefault(p, []).append(i)
            phase_of = {-1: "three"}
            stack = [-1]
            while stack:
                node = stack.pop()
                for child in children.get(node, []):
                    phase = phase_of[node]
                    # Single-phase spurs feed outlying villages at the ends of the feeder.
                    if phase == "three" and child not in children and rng.random() < single_prob:
                        phase = "single"
                    phase_of[child] = phase
                    a = sxy if node == -1 else pts[node]
                    lid += 1
                    lines.append((LineString(wiggle_line(a, pts[child], rng, 2, 0.05)),
                                  {"line_id": lid, "voltage_kv": 10.0 if phase == "three" else 0.4, "phase": phase,
                                   "rebuilt_yr": int(rng.choice([0, 0, 2017, 2019, 2021]))}))
                    three[vs[child]["village_code"]] = phase == "three"
                    stack.append(child)
    return lines, subs, three


def build_clinics(county_seats, town_seats, vills_by_town, village_xy, village_info, mountain):
    rng = np.random.default_rng([SEED, 4004])
    rows = []
    for cc in sorted(county_seats):
        x, y = county_seats[cc]
        rows.append((Point(x - 600, y + 300), {"clinic_id": f"H{cc}", "name": "县人民医院", "level": "county_hospital",
                                               "vill_code": "", "std": 1, "doctors": int(rng.integers(60, 220))}))
    for tc in sorted(town_seats):
        x, y = town_seats[tc]
        rows.append((Point(x + 250, y + 200), {"clinic_id": f"T{tc}", "name": "乡镇卫生院", "level": "township_hc",
                                               "vill_code": "", "std": 1, "doctors": int(rng.integers(2, 12))}))
        for v in vills_by_town.get(tc, []):
            if is_community(v["village"]) or rng.random() < (0.18 if mountain[tc[:6]] else 0.08):
                continue
            vx, vy = village_xy[v["village_code"]]
            rows.append((Point(vx + rng.uniform(-150, 150), vy + rng.uniform(-150, 150)),
                         {"clinic_id": f"V{v['village_code']}", "name": f"{v['village']}卫生室", "level": "village_clinic",
                          "vill_code": v["village_code"], "std": int(rng.random() < 0.85),
                          "doctors": int(rng.random() < 0.9)}))
    return rows


def build_sites(villages, village_xy, rng):
    """Relocation sites among the real villages: the named ones of domain §3, then a sample."""
    by_code = {v["village_code"]: v for v in villages}
    chosen = []
    for key, stype, hh, persons, year in NAMED_SITES:
        if key in by_code:
            chosen.append((by_code[key], stype, hh, persons, year))
            continue
        match = [v for v in villages if v["village"].startswith(key) and v["township"] == NAMED_SITE_PLACES[key]]
        if len(match) != 1:
            raise RuntimeError(f"named relocation site {key} not found once in villages.csv")
        chosen.append((match[0], stype, hh, persons, year))
    taken = {c[0]["village_code"] for c in chosen}
    candidates = [v for v in villages if v["village_code"] not in taken and v["county_code"][:4] in ("6401", "6404", "6203", "6211")
                  and len(v["village_code"]) == 12]
    picks = rng.choice(len(candidates), size=min(84, len(candidates)), replace=False)
    for i in sorted(picks):
        v = candidates[int(i)]
        stype = "labour" if is_community(v["village"]) else "ecological"
        hh = int(min(3000, max(50, rng.lognormal(5.6, 0.8))))
        chosen.append((v, stype, hh, int(hh * rng.uniform(3.4, 4.4)), int(rng.integers(2001, 2021))))
    rows = []
    for v, stype, hh, persons, year in chosen:
        rows.append((Point(village_xy[v["village_code"]]), {"site_code": v["village_code"], "name": v["village"],
                                                            "site_type": stype, "households": hh, "persons": persons,
                                                            "year": year, "county": v["county"]}))
    return rows


def build_projects(villages, village_xy, rng, scale):
    cats = list(PROJECT_CATEGORIES)
    weights = np.array(CATEGORY_WEIGHTS) / sum(CATEGORY_WEIGHTS)
    rows = []
    n = 420 * scale
    picks = rng.choice(len(villages), size=n, replace=True)
    for k, i in enumerate(picks):
        v = villages[int(i)]
        cat = cats[int(rng.choice(len(cats), p=weights))]
        sub = PROJECT_CATEGORIES[cat][int(rng.integers(0, len(PROJECT_CATEGORIES[cat])))]
        funds = FUNDING_NINGXIA if v["county_code"].startswith("64") else FUNDING_GANSU
        x, y = village_xy[v["village_code"]]
        rows.append((Point(x + rng.uniform(-400, 400), y + rng.uniform(-400, 400)), {
            "proj_id": f"P{k + 1:05d}", "vill_code": v["village_code"], "category": cat, "subcat": sub,
            "fund_src": funds[int(rng.integers(0, len(funds)))],
            "amount_wan": round(float(min(5000.0, rng.lognormal(4.6, 1.0))), 1),
            "year": int(rng.integers(2021, 2026)),
            "status": ["planned", "under_construction", "completed"][int(rng.choice(3, p=[0.3, 0.25, 0.45]))]}))
    return rows


INDICATOR_COLUMNS = [
    "village_code", "village", "households", "population", "poor_hh", "monitored_hh", "tap_water_hh", "safe_water_hh",
    "poor_income_pc_yuan", "poor_income_growth_pct", "poverty_incidence_pct", "road_to_town_hardened_count",
    "bus_to_vill_count", "group_road_to_vhq_pct", "safe_water_hh_pct", "tap_water_hh_pct", "has_power_3ph",
    "safe_housing_hh_pct", "housing_gt30_hh_pct", "income_industry_count", "compulsory_edu_retention_pct",
    "ncms_enrol_pct", "std_clinic_count", "licensed_doctor_count", "nrps_enrol_pct", "simple_toilet_pct",
    "sanitary_toilet_pct", "culture_room_count", "telecom_pct", "tv_central_prov_pct", "tv_city_county_pct",
    "internet_hh_pct", "mutual_fund_assoc_count", "lianghousheng_trained_pct",
]


def build_indicators(villages, village_xy, village_info, road_state, power_3ph, main_tree, mountain, clinics, rng):
    clinic_of = {a["vill_code"]: a for _, a in clinics if a["level"] == "village_clinic"}
    rows = []
    pct = lambda lo, hi: round(float(min(100.0, max(0.0, rng.uniform(lo, hi)))), 1)
    for v in villages:
        code = v["village_code"]
        m = mountain[v["county_code"]]
        comm = is_community(v["village"])
        hh = int(rng.integers(400, 2500)) if comm else int(rng.integers(90, 900))
        population = int(hh * rng.uniform(3.1, 4.3))
        x, y = village_xy[code]
        d_main = main_tree.nearest(Point(x, y)).distance(Point(x, y)) if main_tree else 1e9
        if d_main <= 1000:
            rate = rng.beta(30, 1.0) if not m else rng.beta(16, 1.0)
        elif d_main <= 3000:
            rate = rng.uniform(0.7, 0.97)
        else:
            rate = rng.uniform(0.15, 0.75)
        if comm:
            rate = max(rate, rng.uniform(0.93, 1.0))
        tap = int(round(hh * rate))
        safe = max(tap, int(round(hh * min(1.0, rate + rng.uniform(0.0, 0.12)))))
        connected, hardened, _ = road_state.get(code, (True, True, "cement"))
        poor = int(hh * rng.uniform(0.02, 0.25 if m else 0.12))
        clinic = clinic_of.get(code)
        row = {
            "village_code": code, "village": v["village"], "households": hh, "population": population,
            "poor_hh": poor, "monitored_hh": int(poor * rng.uniform(0.05, 0.4)),
            "tap_water_hh": tap, "safe_water_hh": safe,
            "poor_income_pc_yuan": int(rng.normal(9800 if m else 12500, 1800)),
            "poor_income_growth_pct": round(float(rng.normal(9.5, 3.0)), 1),
            "poverty_incidence_pct": round(float(rng.gamma(1.6, 1.4 if m else 0.8)), 2),
            "road_to_town_hardened_count": (1 if hardened else 0) + (1 if hardened and rng.random() < 0.3 else 0),
            "bus_to_vill_count": int(rng.integers(1, 4)) if connected and rng.random() < 0.9 else 0,
            "group_road_to_vhq_pct": 100.0 if rng.random() < 0.8 else pct(70, 99),
            "safe_water_hh_pct": round(100.0 * safe / hh, 1),
            "tap_water_hh_pct": round(100.0 * tap / hh, 1),
            "has_power_3ph": 1 if power_3ph.get(code, True) else 0,
            "safe_housing_hh_pct": 100.0 if rng.random() < 0.9 else pct(92, 99.9),
            "housing_gt30_hh_pct": pct(82, 100),
            "income_industry_count": int(rng.integers(0, 4)) if rng.random() < 0.95 else 0,
            "compulsory_edu_retention_pct": pct(93, 100),
            "ncms_enrol_pct": pct(94, 100),
            "std_clinic_count": 1 if clinic and clinic["std"] else 0,
            "licensed_doctor_count": clinic["doctors"] if clinic else 0,
            "nrps_enrol_pct": pct(92, 100),
            "simple_toilet_pct": pct(60, 100),
            "sanitary_toilet_pct": pct(45, 98),
            "culture_room_count": 1 if rng.random() < 0.92 else 0,
            "telecom_pct": pct(90, 100),
            "tv_central_prov_pct": pct(96, 100),
            "tv_city_county_pct": pct(40, 95),
            "internet_hh_pct": pct(15, 85),
            "mutual_fund_assoc_count": 1 if rng.random() < 0.7 else 0,
            "lianghousheng_trained_pct": 100.0 if rng.random() < 0.85 else pct(50, 99),
        }
        # Realistic gaps: about 1.5% of cells empty; a few implausible outliers left in
        # (the kind of entry errors a planner must see, not have silently fixed).
        for col in INDICATOR_COLUMNS[8:]:
            if col not in ("tap_water_hh_pct", "safe_water_hh_pct") and rng.random() < 0.015:
                row[col] = ""
        if rng.random() < 0.01:
            row["tap_water_hh"] = row["tap_water_hh_pct"] = row["safe_water_hh_pct"] = ""
        if rng.random() < 0.002:
            row["poor_income_pc_yuan"] = int(row["poor_income_pc_yuan"] or 10000) * 10
        rows.append([row[c] for c in INDICATOR_COLUMNS])
    return INDICATOR_COLUMNS, rows


def write_indicator_csv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1, help="villages per real village (benchmark data when > 1)")
    parser.add_argument("--out", help="output folder (default sample-data/ or bench/data/scale-N/)")
    args = parser.parse_args()
    out = args.out or (os.path.join(ROOT, "sample-data") if args.scale == 1 else os.path.join(ROOT, "bench", "data", f"scale-{args.scale}"))
    start = time.time()
    counts = generate(args.scale, out)
    print(f"wrote {out} in {time.time() - start:.1f} s: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()

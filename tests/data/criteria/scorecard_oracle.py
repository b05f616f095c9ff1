#!/usr/bin/python3
"""Independent scorecard of the Dingxi village exit criteria (domain §1.2) for the e2e test.

Reads the indicator CSV and the villages (exported to CSV by ogr2ogr) with the csv module,
applies the 26 items typed in here from the domain table (not read from the rule file),
and groups villages by their town_code attribute (not by point-in-polygon).
Writes villages.csv (code, met, failed, no_data, applicable) and townships.csv.
"""
import csv
import operator
import sys
from collections import defaultdict

indicators_csv, villages_csv, out_dir = sys.argv[1:4]

GE, GT, LE, EQ = operator.ge, operator.gt, operator.le, operator.eq
VILLAGE_ONLY = lambda v: v["kind"] == "village"
HAS_POOR = lambda v: v["poor_hh"] not in ("", None) and float(v["poor_hh"]) > 0
ITEMS = [  # id, column, op, threshold, applies
    ("DX-V01a", "poor_income_pc_yuan", GT, 4000, None),
    ("DX-V01b", "poor_income_growth_pct", GT, 9.0, None),
    ("DX-V02", "poverty_incidence_pct", LE, 8, None),
    ("DX-V03a", "road_to_town_hardened_count", GE, 1, VILLAGE_ONLY),
    ("DX-V03b", "bus_to_vill_count", GE, 1, VILLAGE_ONLY),
    ("DX-V04", "group_road_to_vhq_pct", GE, 100, VILLAGE_ONLY),
    ("DX-V05a", "safe_water_hh_pct", GE, 100, None),
    ("DX-V05b", "tap_water_hh_pct", GE, 90, None),
    ("DX-V06", "has_power_3ph", EQ, 1, None),
    ("DX-V07a", "safe_housing_hh_pct", GE, 100, None),
    ("DX-V07b", "housing_gt30_hh_pct", GE, 90, None),
    ("DX-V08", "income_industry_count", GE, 1, None),
    ("DX-V09", "compulsory_edu_retention_pct", GE, 95, None),
    ("DX-V10", "ncms_enrol_pct", GE, 95, None),
    ("DX-V11a", "std_clinic_count", GE, 1, None),
    ("DX-V11b", "licensed_doctor_count", GE, 1, None),
    ("DX-V12", "nrps_enrol_pct", GE, 95, None),
    ("DX-V13a", "simple_toilet_pct", GE, 80, None),
    ("DX-V13b", "sanitary_toilet_pct", GE, 70, None),
    ("DX-V14", "culture_room_count", GE, 1, None),
    ("DX-V15a", "telecom_pct", GE, 95, None),
    ("DX-V15b", "tv_central_prov_pct", GE, 98, None),
    ("DX-V15c", "tv_city_county_pct", GE, 50, None),
    ("DX-V15d", "internet_hh_pct", GE, 25, None),
    ("DX-V16", "mutual_fund_assoc_count", GE, 1, None),
    ("DX-V17", "lianghousheng_trained_pct", EQ, 100, HAS_POOR),
]

with open(indicators_csv, newline="", encoding="utf-8") as f:
    indicators = {row["village_code"]: row for row in csv.DictReader(f)}
with open(villages_csv, newline="", encoding="utf-8") as f:
    villages = list(csv.DictReader(f))

town = defaultdict(lambda: {"n": 0, "all": 0, "met": 0, "fails": defaultdict(int)})
with open(f"{out_dir}/villages.csv", "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f)
    out.writerow(["code", "met", "failed", "no_data", "applicable"])
    for v in villages:
        row = dict(indicators.get(v["vill_code"], {}), kind=v["kind"])
        met = failed = no_data = 0
        t = town[v["town_code"]]
        for item_id, column, op, threshold, applies in ITEMS:
            if applies and not applies(row):
                continue
            value = row.get(column, "").strip()
            if value == "":
                no_data += 1
            elif op(float(value), threshold):
                met += 1
            else:
                failed += 1
                t["fails"][item_id] += 1
        out.writerow([v["vill_code"], met, failed, no_data, met + failed + no_data])
        t["n"] += 1
        t["all"] += failed == 0 and no_data == 0
        t["met"] += met

order = [item[0] for item in ITEMS]
with open(f"{out_dir}/townships.csv", "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f)
    out.writerow(["town_code", "villages", "meeting_all", "mean_items_met", "most_failed_id", "most_failed_villages"])
    for code, t in sorted(town.items()):
        most = max(order, key=lambda i: (t["fails"][i], -order.index(i)))
        count = t["fails"][most]
        out.writerow([code, t["n"], t["all"], t["met"] / t["n"], most if count else "", count])

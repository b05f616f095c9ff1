#!/usr/bin/python3
"""The speed file as rows `road_class<TAB>surface<TAB>km/h` for pgRouting's edge costs (an empty
surface is the class-wide speed); the access speed is the row with class `access`.

    travel_speeds_tsv.py SPEEDS.yaml > speeds.tsv
"""
import sys

import yaml

speeds = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
print(f"access\t\t{float(speeds.get('access_kmh', 5))}")
for road_class, by_surface in speeds["speeds_kmh"].items():
    for surface, kmh in by_surface.items() if isinstance(by_surface, dict) else [("", by_surface)]:
        print(f"{road_class}\t{surface}\t{float(kmh)}")

#!/usr/bin/python3
"""Writes the summary tables some sample maps join onto townships and county seats, by running
`ruralatlas aggregate` on the sample data (so the figures are the program's own, re-aggregated
from numerators and denominators), then keeping the key and statistic columns (no geometry).

    /usr/bin/python3 scripts/derive_map_tables.py      # after building build/ruralatlas

Output: sample-data/derived/township_indicators.csv and county_investment.csv.
"""
import csv
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLI = ROOT / "build" / "ruralatlas"
OUT = ROOT / "sample-data" / "derived"

TABLES = [
    # (output, points layer, zones layer, key, statistics, what the count column counts)
    ("township_indicators.csv", "layers/villages.yaml", "layers/townships.yaml", "town_code",
     ["count", "sum:households", "rate:tap_water_hh/households"], "village_count"),
    ("county_investment.csv", "layers/projects.yaml", "layers/counties.yaml", "cnty_code",
     ["count", "sum:amount_wan"], "project_count"),
]


def main() -> int:
    if not CLI.exists():
        print(f"build {CLI} first", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, points, zones, key, stats, count_name in TABLES:
            full = pathlib.Path(tmp) / name
            args = [str(CLI), "aggregate", points, "--to", zones, "--out", str(full)]
            for stat in stats:
                args += ["--stat", stat]
            subprocess.run(args, cwd=ROOT, check=True)
            with open(full, newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
            columns = [key] + [c for c in rows[0] if c.endswith(("_count", "_sum", "_pct"))]
            with open(OUT / name, "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f, lineterminator="\n")
                # aggregate calls its count village_count whatever the points are
                writer.writerow(count_name if c == "village_count" else c for c in columns)
                for row in rows:
                    writer.writerow(row[c] for c in columns)
            print(f"{OUT / name}: {len(rows)} rows, columns {', '.join(columns)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Reads a cop-export alerts CSV with Python's csv module and prints its rows as JSON.

The "# " lines above and below the table carry the classification marking; they are checked to
be the same and left out. usage: read_alert_csv.py FILE
"""
import csv
import json
import sys


def main():
    with open(sys.argv[1], newline="", encoding="utf-8") as file:
        lines = file.read().split("\r\n")
    if lines[-1] != "":
        sys.exit("the file does not end with CRLF")
    lines.pop()
    if not lines or not lines[0].startswith("# ") or lines[-1] != lines[0]:
        sys.exit("the marking lines above and below the table differ or are missing")
    reader = csv.DictReader(lines[1:-1], strict=True)
    print(json.dumps({"marking": lines[0][2:], "columns": reader.fieldnames, "rows": list(reader)}))


if __name__ == "__main__":
    main()

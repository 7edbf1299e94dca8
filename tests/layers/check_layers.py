#!/usr/bin/env python3
"""Fails when an #include goes against the project's layers (docs/architecture.md, "Layers").

Data flows one way: services -> client/ -> core/ picture -> ui/ + widgets/, and app/ wires them.
A header is found by its name (the targets export their folders flat), so two headers of the
project may not share a name either. core/ uses Qt Core at most: every <Q...> header it includes
must be one of Qt Core's.

usage: check_layers.py SOURCE_DIR QTCORE_INCLUDE_DIR
"""
import os
import re
import sys

# What each folder may include besides itself.
ALLOWED = {
    "cli": set(),
    "core": set(),
    "security": {"cli"},
    "client": {"core", "security"},
    "sim": {"core", "security", "cli"},
    "replay": {"core", "client"},
    "basemap": {"core", "cli"},
    "ui": {"core", "basemap"},
    "widgets": {"core"},
    "app": {"core", "security", "client", "replay", "basemap", "ui", "widgets", "cli"},
}
# The regions bake tool, run at build time, reads Natural Earth with the basemap's reader, which
# uses Qt Core only and nothing of the basemap's drawing.
EXCEPTIONS = {("core/regions/bake", "basemap/BasemapData.h")}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)


def sources(root, folder):
    for directory, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if name.endswith((".h", ".cpp")):
                yield os.path.join(directory, name)


def main():
    root, qtcore = sys.argv[1], sys.argv[2]
    headers = {}
    problems = []
    for folder in ALLOWED:
        for path in sources(root, folder):
            if path.endswith(".h"):
                name = os.path.basename(path)
                if name in headers:
                    problems.append(f"two headers named {name}: {os.path.relpath(headers[name][1], root)} "
                                    f"and {os.path.relpath(path, root)}")
                headers[name] = (folder, path)
    for folder, allowed in ALLOWED.items():
        for path in sources(root, folder):
            relative = os.path.relpath(path, root)
            with open(path, encoding="utf-8", errors="replace") as file:
                text = file.read()
            for match in INCLUDE.finditer(text):
                quote, included = match.groups()
                if quote == "<":
                    if folder == "core" and included.startswith("Q") and "/" not in included \
                            and not os.path.exists(os.path.join(qtcore, included)):
                        problems.append(f"{relative}: <{included}> is not Qt Core; core/ uses Qt Core at most")
                    continue
                owner = headers.get(os.path.basename(included))
                if owner is None or owner[0] == folder or owner[0] in allowed:
                    continue
                target = os.path.relpath(owner[1], root)
                if any(relative.startswith(prefix) and target == header for prefix, header in EXCEPTIONS):
                    continue
                problems.append(f"{relative}: includes {target}; {folder}/ may include "
                                f"{', '.join(sorted(allowed)) or 'nothing outside itself'}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check_layers: {len(headers)} headers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

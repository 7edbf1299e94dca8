#!/usr/bin/env python3
"""Fails when an #include goes against the project's layers (docs/architecture.md, "Layers").

Data flows one way: services -> client/ -> core/ picture -> ui/ + widgets/, and app/ wires them.
Inside core/, each folder is a layer that may include only the layers below it, and every core
header is included by its path from core/ ("alerts/AlertBook.h"). The other folders export their
headers flat, so no two headers of the project may share a name. core/ uses Qt Core at most, and
the layers the simulator shares (geo, regions, dynamics) no Qt at all.

usage: check_layers.py SOURCE_DIR QTCORE_INCLUDE_DIR
"""
import os
import re
import sys

# What each top-level folder may include besides itself.
ALLOWED = {
    "cli": set(),
    "core": set(),
    "security": {"cli"},
    "client": {"core", "security"},
    "sim": {"core", "security", "cli"},
    "replay": {"core", "client"},
    "basemap": {"core", "cli"},
    "symbols": set(),
    "ui": {"core", "basemap", "symbols"},
    "widgets": {"core", "symbols"},
    "debrief": {"core", "client", "replay", "widgets", "cli"},
    "app": {"core", "security", "client", "replay", "basemap", "symbols", "ui", "widgets", "debrief", "cli"},
}
# core/'s layers, lowest first: a layer may include itself and those before it.
CORE_LAYERS = ["base", "geo", "regions", "dynamics", "picture", "journal", "alerts", "fusion", "session", "interop"]
QT_FREE_LAYERS = {"geo", "regions", "dynamics"}
# The regions bake tool, run at build time, reads Natural Earth with the basemap's reader, which
# uses Qt Core only and nothing of the basemap's drawing.
EXCEPTIONS = {("core/regions/bake", "basemap/BasemapData.h")}
QT_EXCEPTIONS = ("core/regions/bake/",)

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)


def sources(root, folder):
    for directory, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if name.endswith((".h", ".cpp")):
                yield os.path.join(directory, name)


def core_layer(relative):
    parts = relative.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "core" else None


def check_qt(relative, included, qtcore):
    layer = core_layer(relative)
    if not included.startswith("Q") or "/" in included or relative.startswith(QT_EXCEPTIONS):
        return None
    if layer in QT_FREE_LAYERS:
        return f"{relative}: <{included}>; core/{layer} uses no Qt (the simulator shares it)"
    if not os.path.exists(os.path.join(qtcore, included)):
        return f"{relative}: <{included}> is not Qt Core; core/ uses Qt Core at most"
    return None


def check_core_include(root, relative, included, core_names):
    """An include of a core header: path-qualified, and from a layer allowed to use it."""
    name = os.path.basename(included)
    if not os.path.isfile(os.path.join(root, "core", included)):
        return f"{relative}: includes \"{included}\"; a core header is included as \"{core_names[name]}\""
    layer = core_layer(relative)
    target = included.split("/")[0]
    if layer is not None and CORE_LAYERS.index(target) > CORE_LAYERS.index(layer):
        return (f"{relative}: includes core/{included}; core/{layer} may include "
                f"{', '.join(CORE_LAYERS[:CORE_LAYERS.index(layer) + 1])}")
    return None


def main():
    root, qtcore = sys.argv[1], sys.argv[2]
    headers = {}
    core_names = {}
    problems = []
    for folder in ALLOWED:
        for path in sources(root, folder):
            if path.endswith(".h"):
                name = os.path.basename(path)
                if name in headers:
                    problems.append(f"two headers named {name}: {os.path.relpath(headers[name][1], root)} "
                                    f"and {os.path.relpath(path, root)}")
                headers[name] = (folder, path)
                if folder == "core":
                    core_names[name] = os.path.relpath(path, os.path.join(root, "core"))
    for folder, allowed in ALLOWED.items():
        for path in sources(root, folder):
            relative = os.path.relpath(path, root)
            with open(path, encoding="utf-8", errors="replace") as file:
                text = file.read()
            for match in INCLUDE.finditer(text):
                quote, included = match.groups()
                if quote == "<":
                    if folder == "core" and (problem := check_qt(relative, included, qtcore)):
                        problems.append(problem)
                    continue
                owner = headers.get(os.path.basename(included))
                if owner is None:
                    continue
                if owner[0] == "core" and \
                        (problem := check_core_include(root, relative, included, core_names)):
                    problems.append(problem)
                    continue
                if owner[0] == folder or owner[0] in allowed:
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

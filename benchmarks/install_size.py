"""How much disk an installed hireplan takes: every distribution it pulls in, from pip's records.

    <venv>/bin/python benchmarks/install_size.py

Run it with the Python of a fresh virtual environment where hireplan was installed with
`pip install` (not editable): it walks hireplan's requirements, adds up the files each
distribution's RECORD lists, and prints one line per distribution, the Qt share and the total.
The figures in benchmarks/NOTES.md ("Install and bundle size") come from this script.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(root: str = "hireplan") -> list[importlib.metadata.Distribution]:
    found: dict[str, importlib.metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        found[_key(name)] = distribution
        for requirement in distribution.requires or []:
            if "extra ==" not in requirement:
                todo.append(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0])
            elif name == "reportlab" and 'extra == "accel"' in requirement:
                todo.append(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0])  # reportlab[accel]
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def size_of(distribution: importlib.metadata.Distribution) -> int:
    total = 0
    for file in distribution.files or []:
        path = file.locate()
        if path.is_file():
            total += path.stat().st_size
    return total


def main() -> int:
    rows = [(d.metadata["Name"], d.version, size_of(d)) for d in closure()]
    for name, version, size in sorted(rows, key=lambda row: -row[2]):
        print(f"{name:28} {version:14} {size / 1e6:8.1f} MB")
    qt = sum(size for name, _, size in rows if _key(name).startswith(("pyside6", "shiboken6")))
    total = sum(size for _, _, size in rows)
    print(f"{'Qt (PySide6*, shiboken6)':43} {qt / 1e6:8.1f} MB")
    print(f"{'total':43} {total / 1e6:8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

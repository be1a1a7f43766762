"""Load and save of the large plan through the app's own storage (targets: <= 200 ms each).

The floor is the standard library reading and writing the same bytes as plain JSON, so the ratio
shows what validation and the atomic, fsync'd save cost on top.

    python benchmarks/bench_storage.py [--runs 9] [--small]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_ms
from generate_large_plan import make_large_plan
from hireplan.storage.plan_file import load_plan, save_plan


def measure(runs: int = 9, *, small: bool = False) -> list[Row]:
    plan = make_large_plan()
    if small:
        for step in plan.steps:
            del step.items[20:]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.hireplan"
        save_plan(plan, path)
        raw = path.read_bytes()
        size_kib = len(raw) / 1024
        floor_path = Path(tmp) / "floor.json"

        def floor_roundtrip() -> None:
            floor_path.write_bytes(json.dumps(json.loads(raw)).encode("utf-8"))

        floor, _ = median_ms(floor_roundtrip, runs)
        load, _ = median_ms(lambda: load_plan(path), runs)
        save, _ = median_ms(lambda: save_plan(plan, path), runs)
    return [
        Row("plan file size (large plan)", size_kib, "KiB"),
        Row("floor: json.loads + json.dumps + write", floor, "ms"),
        Row("load large plan", load, "ms", "<= 200 ms", f"{load / floor:.1f}x floor"),
        Row("save large plan (atomic, fsync, .bak)", save, "ms", "<= 200 ms", f"{save / floor:.1f}x floor"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args(argv)
    for row in measure(args.runs, small=args.small):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

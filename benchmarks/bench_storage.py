"""Load and save of the large plan through the app's own storage (targets: <= 200 ms each).

The floor is the standard library reading and writing the same bytes as plain JSON, so the ratio
shows what validation and the atomic, fsync'd save cost on top.

    python benchmarks/bench_storage.py [--runs 9] [--small]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_ms, run_script
from generate_large_plan import make_large_plan
from hireplan.storage.plan_file import load_plan, save_plan


def measure(runs: int = 9, *, small: bool = False) -> list[Row]:
    plan = make_large_plan(small=small)
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
    return run_script(__doc__, measure, 9, argv)


if __name__ == "__main__":
    sys.exit(main())

"""Start-up to first paint and peak memory, against the empty-window floor and LibreOffice.

- floor: ``floor_window.py``, an empty PySide6 main window in a fresh process;
- hireplan: ``hireplan --smoke`` with the sample plan and with the large plan, in English and in
  Chinese (``--lang zh_CN``: the translators load and the window's texts are translated);
- peer: LibreOffice headless opening the sample's workbook (``--convert-to csv``);
- with ``--bundle EXE``: the bundle ``make dist`` builds (``dist/hireplan/hireplan``), same plan.

Targets: sample <= 2.5x floor, large <= 3x floor (toward 1.6x, what importing pydantic costs).

    python benchmarks/bench_startup.py [--runs 5] [--small] [--no-peers] [--bundle EXE]

``--no-peers`` leaves LibreOffice out (its row then reads n/a).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_DIR, ChildRun, Row, child_env, python, run_until_line, soffice
from generate_large_plan import make_large_plan
from hireplan.storage.plan_file import save_plan

FIGURES = "figures_ms="
"""What ``--smoke`` prints once the work after the first paint (the analysis behind the status bar
and the Overview) has run and its figures are painted."""


def _interleaved(
    commands: dict[str, tuple[list[str], str]], runs: int
) -> dict[str, tuple[float, float, float | None]]:
    """Median (ms to marker, peak MiB, ms to the figures when printed) per command, taking turns so
    machine load hits all alike."""
    results: dict[str, list[ChildRun]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, marker) in commands.items():
            results[name].append(run_until_line(cmd, marker, later=FIGURES))
    medians: dict[str, tuple[float, float, float | None]] = {}
    for name, runs_of in results.items():
        later = [r.ms_to_later for r in runs_of if r.ms_to_later is not None]
        medians[name] = (
            statistics.median(r.ms_to_marker for r in runs_of),
            statistics.median(r.maxrss_kib for r in runs_of) / 1024,
            statistics.median(later) if len(later) == len(runs_of) else None,
        )
    return medians


def _sample_workbook(plan: Path) -> Path | None:
    """Export the sample plan's workbook with hireplan itself (None if exports are unavailable)."""
    workbook = plan.with_suffix(".xlsx")
    done = subprocess.run(
        [python(), "-m", "hireplan", "export", str(plan), "--xlsx", str(workbook)],
        capture_output=True,
        env=child_env(),
    )
    return workbook if done.returncode == 0 and workbook.exists() else None


def _libreoffice_open_ms(workbook: Path, runs: int, folder: Path) -> float | None:
    office = soffice()
    if office is None:
        return None
    profile = (folder / "lo-profile").as_uri()
    cmd = [
        office,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        str(folder / "csv"),
        str(workbook),
    ]
    subprocess.run(cmd, capture_output=True, timeout=300)  # first run creates the profile
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, timeout=300, check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _compile_bytecode() -> None:
    """Compile hireplan's modules as a wheel install does, so start-up does not pay for it.

    An editable install under ``PYTHONDONTWRITEBYTECODE=1`` would otherwise recompile every
    module in every run, which no installed copy of the app does.
    """
    import hireplan

    subprocess.run([python(), "-m", "compileall", "-q", str(Path(hireplan.__file__).parent)], check=True)


PYDANTIC_ONLY = (
    "from pydantic import BaseModel\nclass Probe(BaseModel):\n    a: int = 0\nprint('ready', flush=True)\n"
)
"""pydantic's cost as any app pays it: importing it and building one model loads its internals."""


def measure(
    runs: int = 5, *, small: bool = False, peers: bool = True, bundle: Path | None = None
) -> list[Row]:
    smoke = [python(), "-m", "hireplan", "--smoke"]
    _compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = folder / "sample.hireplan"
        subprocess.run(
            [python(), "-m", "hireplan", "new", "--sample", "-o", str(sample)],
            check=True,
            capture_output=True,
        )
        large = folder / "large.hireplan"
        plan = make_large_plan(small=small)
        save_plan(plan, large)

        bundled = {"bundle": ([str(bundle), "--smoke", str(sample)], "startup_ms=")} if bundle else {}
        medians = _interleaved(
            {
                "floor": ([python(), str(BENCH_DIR / "floor_window.py")], "painted"),
                "floor_read": ([python(), str(BENCH_DIR / "floor_window.py"), str(sample)], "painted"),
                "floor_read_large": ([python(), str(BENCH_DIR / "floor_window.py"), str(large)], "painted"),
                "floor_read_enums": (
                    [python(), str(BENCH_DIR / "floor_window.py"), "--qt-enums", str(sample)],
                    "painted",
                ),
                "sample": ([*smoke, str(sample)], "startup_ms="),
                "large": ([*smoke, str(large)], "startup_ms="),
                "sample_zh": ([*smoke, "--lang", "zh_CN", str(sample)], "startup_ms="),
                "large_zh": ([*smoke, "--lang", "zh_CN", str(large)], "startup_ms="),
                "python": ([python(), "-c", "print('ready', flush=True)"], "ready"),
                "pydantic": ([python(), "-c", PYDANTIC_ONLY], "ready"),
                "model": ([python(), "-c", "import hireplan.model; print('ready', flush=True)"], "ready"),
                **bundled,
            },
            runs,
        )
        (floor_ms, floor_mib, _), (sample_ms, sample_mib, sample_fig), (large_ms, large_mib, large_fig) = (
            medians["floor"],
            medians["sample"],
            medians["large"],
        )
        python_ms, pydantic_ms, model_ms = (medians[k][0] for k in ("python", "pydantic", "model"))
        workbook = _sample_workbook(sample) if peers else None
        peer_ms = _libreoffice_open_ms(workbook, max(1, runs // 2), folder) if workbook else None

    rows = [
        Row("start-up floor (empty PySide6 window)", floor_ms, "ms"),
        Row("start-up, sample plan", sample_ms, "ms", "<= 2.5x floor", f"{sample_ms / floor_ms:.2f}x floor"),
        Row("start-up, large plan", large_ms, "ms", "<= 3x floor", f"{large_ms / floor_ms:.2f}x floor"),
        *(
            Row(f"start-up, {which} plan, in Chinese", ms, "ms", target, f"{ms / floor_ms:.2f}x floor")
            for which, ms, target in (
                ("sample", medians["sample_zh"][0], "<= 2.5x floor"),
                ("large", medians["large_zh"][0], "<= 3x floor"),
            )
        ),
        *(
            Row(
                f"start-up to the figures shown, {which} plan",
                ms,
                "ms",
                "",
                f"{ms / floor_ms:.2f}x floor" if ms is not None else "",
                "status bar and Overview filled by the analysis queued after the first paint"
                if ms is not None
                else "not printed",
            )
            for which, ms in (("sample", sample_fig), ("large", large_fig))
        ),
        Row(
            "start-up of the bundle (make dist), sample plan",
            medians["bundle"][0] if bundle else None,
            "ms",
            "",
            f"{medians['bundle'][0] / floor_ms:.2f}x floor" if bundle else "",
            "the frozen app a person runs without Python, against the same floor (run from Python)"
            if bundle
            else "not run (no --bundle)",
        ),
        Row(
            "peer: LibreOffice opens the sample workbook",
            peer_ms,
            "ms",
            "",
            f"hireplan sample start-up = {sample_ms / peer_ms:.2f}x LibreOffice" if peer_ms else "",
            ""
            if peer_ms
            else ("soffice or the xlsx export unavailable" if peers else "not run (--no-peers)"),
        ),
        Row(
            "of which pydantic: import + first model",
            pydantic_ms - python_ms,
            "ms",
            "",
            f"{(pydantic_ms - python_ms) / floor_ms:.2f}x floor",
            "fresh process, minus a bare interpreter's start",
        ),
        Row(
            "of which the plan's model classes",
            model_ms - pydantic_ms,
            "ms",
            "",
            f"{(model_ms - pydantic_ms) / floor_ms:.2f}x floor",
            "import hireplan.model after pydantic",
        ),
        *(
            Row(
                f"floor with the {which} plan read first",
                medians[key][0],
                "ms",
                "",
                f"{medians[key][0] / floor_ms:.2f}x floor",
                "the empty window, shown after opening the plan as hireplan does (pydantic, the "
                "model, the file checks): what any window showing this plan pays before its screens",
            )
            for which, key in (("sample", "floor_read"), ("large", "floor_read_large"))
        ),
        Row(
            "floor with the sample plan read first and Qt's enums created",
            medians["floor_read_enums"][0],
            "ms",
            "",
            f"{medians['floor_read_enums'][0] / floor_ms:.2f}x floor",
            "the same, after naming one enum of the Qt namespace and one of QStyle: PySide then "
            "creates all of those classes' enums, as in any window that aligns text, handles a key "
            "or paints a styled control",
        ),
        Row("peak memory floor (empty window)", floor_mib, "MiB"),
        Row("peak memory, large plan window", large_mib, "MiB", "", f"{large_mib / floor_mib:.2f}x floor"),
        Row("peak memory, sample plan window", sample_mib, "MiB", "", f"{sample_mib / floor_mib:.2f}x floor"),
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--small", action="store_true", help="a small plan instead of the large one")
    parser.add_argument("--no-peers", action="store_true", help="leave LibreOffice out")
    parser.add_argument("--bundle", type=Path, help="the executable make dist built, to time it too")
    args = parser.parse_args(argv)
    for row in measure(args.runs, small=args.small, peers=not args.no_peers, bundle=args.bundle):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

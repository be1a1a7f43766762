"""Shared measuring tools for the benchmark scripts: medians, child processes, machine facts.

Every comparison is a ratio of two things measured in the same run on the same machine, so the
figures mean something on any hardware.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    name: str
    value: float | None
    unit: str
    target: str = ""
    comparison: str = ""
    note: str = ""

    def cells(self) -> list[str]:
        value = "n/a" if self.value is None else f"{self.value:,.1f}"
        return [self.name, f"{value} {self.unit}".strip(), self.target, self.comparison, self.note]


def median_ms(fn: Callable[[], object], runs: int, *, warm: bool = True) -> tuple[float, list[float]]:
    """Median wall time of ``fn`` in milliseconds over ``runs`` runs, after one warm-up call."""
    if warm:
        fn()
    samples = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), samples


def percentile(samples: Sequence[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="hireplan-bench-"))


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a measured process: offscreen, with settings and user data of its own,
    so a person's last screen, recent files or recovery copies never change what is measured."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(_PRIVATE_HOME / "config")
    env["XDG_DATA_HOME"] = str(_PRIVATE_HOME / "data")
    env.update(extra)
    return env


@dataclass(frozen=True)
class ChildRun:
    ms_to_marker: float
    """Wall time from launch until the marker line appeared."""
    maxrss_kib: int
    """Peak resident memory of the child: the ``peak_rss_kib=`` it prints (its own VmHWM), else
    the kernel's wait4 figure, which also counts the parent's memory a vfork-ed child inherits."""
    line: str
    ms_to_later: float | None = None
    """Wall time until the ``later`` marker's line appeared, when one was asked for and printed."""


def run_until_line(
    cmd: Sequence[str],
    marker: str,
    *,
    later: str = "",
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> ChildRun:
    """Launch ``cmd``, time it until it prints a line containing ``marker`` (and, if given, one
    containing ``later``), let it exit.

    Measured from outside the process, so interpreter start-up counts the same way for the
    floor and for hireplan; peak memory comes from the kernel's accounting of that one child.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env or child_env()
    )
    assert proc.stdout is not None
    elapsed: float | None = None
    found = ""
    later_ms: float | None = None
    reported: int | None = None
    for line in proc.stdout:
        if elapsed is None and marker in line:
            elapsed = (time.perf_counter() - start) * 1000
            found = line.strip()
        if later and later_ms is None and later in line:
            later_ms = (time.perf_counter() - start) * 1000
        if line.startswith("peak_rss_kib="):
            reported = int(line.split("=", 1)[1])
        if time.perf_counter() - start > timeout:
            proc.kill()
            break
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode} without printing {marker!r}")
    return ChildRun(elapsed, reported if reported is not None else int(usage.ru_maxrss), found, later_ms)


def median_of_runs(fn: Callable[[], float], runs: int) -> tuple[float, list[float]]:
    samples = [fn() for _ in range(runs)]
    return statistics.median(samples), samples


def python_speed_ms(runs: int = 3) -> float:
    """A fixed pure-Python loop (ten million additions), so absolute figures can be scaled.

    The targets are absolute milliseconds; this says how fast this machine runs Python, so a
    reader can time the same loop on their own machine and scale the absolute figures.
    """
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        total = 0
        for number in range(10_000_000):
            total += number
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def python() -> str:
    return sys.executable


def run_script(doc: str | None, measure: Callable[..., list[Row]], runs: int, argv: list[str] | None) -> int:
    """The command line of a script whose measure takes ``runs`` and ``small``: print its rows."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--small", action="store_true", help="a small plan instead of the large one")
    args = parser.parse_args(argv)
    for row in measure(args.runs, small=args.small):
        print(" | ".join(row.cells()))
    return 0


def gui_application() -> QApplication:
    """The QApplication for a benchmark that drives the window in this process, set up as
    ``hireplan.gui.app`` sets it up (Qt's work-arounds first), with settings in a test folder."""
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from hireplan.gui.qt_workarounds import apply_workarounds

    QStandardPaths.setTestModeEnabled(True)
    apply_workarounds()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app

"""Starting the desktop app: the QApplication, the first window, and the safety net for errors.

``run_gui`` is what ``hireplan [FILE]``, ``hireplan --sample`` and ``hireplan --smoke [FILE]`` call.
Only what the first screen needs is imported here; exports, charts and PDF modules load on use.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hireplan.app_identity import APP_ID
from hireplan.gui.common.app_icon import app_icon
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.colour_scheme import apply_colour_scheme
from hireplan.gui.common.colour_scheme import stored_choice as colour_scheme_choice
from hireplan.gui.common.language import apply_stored_choice, install_translators, register_cjk_fallback
from hireplan.gui.common.prompts import Prompter, QtPrompter, QuietPrompter
from hireplan.gui.qt_workarounds import apply_workarounds
from hireplan.gui.shell.dialog_actions import choose_template
from hireplan.gui.shell.error_handler import ErrorHandler, error_log_path, install_error_handler
from hireplan.gui.shell.file_open_events import FileOpenEvents
from hireplan.gui.shell.main_window import MainWindow
from hireplan.process_memory import peak_memory_kib

_IMPORTED_AT = time.perf_counter()
EXIT_FILE_ERROR = 2

__all__ = ["ErrorHandler", "error_log_path", "install_error_handler", "make_application", "run_gui"]


def started_at() -> float:
    """``time.perf_counter()`` at process start, as well as we can tell.

    From the kernel's record of when the process started (Linux), so interpreter start-up counts;
    else the timestamp ``hireplan.cli.main`` takes first thing; else when this module was imported.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat: start time in clock ticks after boot
        since_boot = start_ticks / os.sysconf("SC_CLK_TCK")
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - since_boot
        if 0 <= age < 3600:
            return time.perf_counter() - age
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    cli = sys.modules.get("hireplan.cli.main")
    started = getattr(cli, "STARTED", None)
    return float(started) if isinstance(started, float) else _IMPORTED_AT


def make_application() -> QApplication:
    """The one QApplication, with the Qt binding's work-arounds applied first."""
    apply_workarounds()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("hireplan")
    app.setApplicationName("hireplan")
    app.setApplicationDisplayName("hireplan")
    # The launcher's name (hireplan --install-desktop), so desktops match the window to its icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    stored = AppSettings().qsettings
    apply_colour_scheme(app, colour_scheme_choice(stored))  # before any window takes its colours
    language = apply_stored_choice(stored)
    install_translators(app, language)  # parented to the app, so they live as long as it does
    # Always, not only in Chinese: plans hold Chinese names (王磊, 杭州) in an English window too.
    register_cjk_fallback(app.font())
    return app


def run_gui(argv_path: Path | None, *, smoke: bool = False, sample: bool = False) -> int:
    """Open the window on FILE (or the last plan, or the sample) and run until it closes.

    With ``smoke`` the window opens without asking anything, prints ``startup_ms=N`` (from process
    start to the window's first paint) and the app exits 0; 2 when FILE cannot be opened.
    """
    start = started_at()
    app = make_application()
    prompter: Prompter = QuietPrompter() if smoke else QtPrompter(choose_template)
    install_error_handler(prompter)
    # macOS hands double-clicked plans over as events, not arguments.
    file_events = FileOpenEvents(app) if FileOpenEvents.NEEDED else None
    window = MainWindow(prompter=prompter)
    opened = window.startup(argv_path, sample=sample, offer_recovery=not smoke)
    if file_events is not None:
        file_events.set_opener(window.files.open_path)
    if smoke:
        return _smoke(app, window, start, opened)
    window.show()
    return int(app.exec())


def _smoke(app: QApplication, window: MainWindow, start: float, opened: bool) -> int:
    result = {"ms": -1.0}

    def painted() -> None:
        result["ms"] = (time.perf_counter() - start) * 1000
        QTimer.singleShot(0, report)  # once the paint pass is over, as the benchmark's floor does

    def report() -> None:
        # Printed now, not at exit: the benchmark times the process until this line, as the floor's
        # first paint; the figures the analysis fills in after it are timed on their own below.
        print(f"startup_ms={round(result['ms'])}", flush=True)

    def figures() -> None:
        QTimer.singleShot(0, figures_painted)  # the figures' own paint pass

    def figures_painted() -> None:
        print(f"figures_ms={round((time.perf_counter() - start) * 1000)}", flush=True)
        QTimer.singleShot(0, app.quit)

    window.firstPainted.connect(painted)
    window.figuresShown.connect(figures)
    QTimer.singleShot(30_000, app.quit)  # never hang a CI job
    window.show()
    app.exec()
    window.autosaver.shutdown()
    window.files.shutdown()
    if result["ms"] < 0:
        print("hireplan: the window never painted", file=sys.stderr)
        return 1
    peak = peak_memory_kib()
    if peak is not None:
        print(f"peak_rss_kib={peak}", flush=True)
    return 0 if opened else EXIT_FILE_ERROR

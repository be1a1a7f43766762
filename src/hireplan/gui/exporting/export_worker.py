"""Run an export off the GUI thread, with progress, and a Cancel that leaves nothing behind.

openpyxl and reportlab cannot be stopped in the middle of a call, so the export runs in stages
(workbook, brief, then moving files into place) and checks for Cancel between them. Every file
is first written into a hidden staging folder beside its destination; only when all of them are
written and nobody cancelled are they moved into place. Cancel, an error or a crash of the
writer removes the staging folder, so the destination folder holds either the finished files or
exactly what it held before.

The worker gets its own deep copy of the plan (and the analysis of that same state), so the
person can keep editing while it runs.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from hireplan.export.options import PdfOptions
from hireplan.export.report import ExportError

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis
    from hireplan.gui.document.document import PlanDocument
    from hireplan.model import Plan

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 60_000
"""How long quitting waits for a running export to reach its next stop point and clean up."""

STAGING_PREFIX = ".hireplan-export-"
"""Hidden folder the files are written into before they are moved to their destination."""


_WRITERS = threading.Lock()
"""reportlab keeps fonts and styles in module-level registries: one export writes at a time."""


class ExportCancelledError(Exception):
    """The person pressed Cancel; nothing was left at the destination."""


@dataclass(frozen=True)
class ExportJob:
    """What to write and where. ``plan`` must not be shared with the editor (see :meth:`of`)."""

    plan: Plan
    analysis: PlanAnalysis
    today: date
    pdf_path: Path | None = None
    xlsx_path: Path | None = None
    pdf_options: PdfOptions = field(default_factory=PdfOptions)

    @classmethod
    def of(
        cls,
        document: PlanDocument,
        *,
        pdf_path: Path | None,
        xlsx_path: Path | None,
        pdf_options: PdfOptions | None = None,
    ) -> ExportJob:
        """A job for the document's current state: a private copy of the plan and its analysis (and
        its approved version, when the brief lists the changes since)."""
        analysis = document.analysis()
        if pdf_options is not None and "changes" in pdf_options.sections and document.path is not None:
            from hireplan.storage.approvals import approved_version
            from hireplan.storage.errors import PlanFileError

            with contextlib.suppress(PlanFileError):  # then the section says there is nothing to compare
                pdf_options = replace(pdf_options, approved=approved_version(document.path, document.plan))
        return cls(
            plan=document.plan.model_copy(deep=True),
            analysis=analysis,
            today=analysis.today,
            pdf_path=pdf_path,
            xlsx_path=xlsx_path,
            pdf_options=pdf_options or PdfOptions(),
        )

    def targets(self) -> list[Path]:
        return [p for p in (self.xlsx_path, self.pdf_path) if p is not None]


@dataclass
class ExportOutcome:
    """Files written, in the order they were written, and what the person should be told."""

    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pdf_pages: int | None = None


Progress = Callable[[int, str], None]


def check_targets(job: ExportJob) -> None:
    """Refuse, before anything is written, destinations that cannot work."""
    targets = job.targets()
    if not targets:
        raise ExportError("Choose at least one file to export: the PDF brief or the Excel workbook.")
    if len({os.path.normcase(os.path.abspath(p)) for p in targets}) != len(targets):
        raise ExportError("The PDF brief and the Excel workbook need two different file names.")
    for target in targets:
        if target.is_dir():
            raise ExportError(f"Cannot write {target}: it is a folder.")
        if not target.parent.is_dir():
            raise ExportError(f"Cannot write {target.name}: the folder {target.parent} does not exist.")
        if not os.access(target.parent, os.W_OK):
            raise ExportError(f"Cannot write in {target.parent}: you do not have permission to save there.")


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _place(staged: Path, target: Path) -> None:
    """Move a finished file over its destination in one step, keeping the old file's permissions."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = _new_file_mode()
    try:
        os.chmod(staged, mode)
        os.replace(staged, target)
    except OSError as exc:
        raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from exc


def run_export(job: ExportJob, progress: Progress, should_stop: Callable[[], bool]) -> ExportOutcome:
    """Write the job's files; raise :class:`ExportCancelledError` when ``should_stop()`` turns true
    before the files are moved into place, :class:`ExportError` when they cannot be written.

    Plain Python (no Qt) so the same staging and clean-up rules can be tested without threads.
    """
    check_targets(job)
    outcome = ExportOutcome()
    staging: dict[Path, Path] = {}

    def stop_point() -> None:
        if should_stop():
            raise ExportCancelledError

    def staged(target: Path) -> Path:
        folder = target.parent
        if folder not in staging:
            try:
                staging[folder] = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
            except OSError as exc:
                raise ExportError(f"Cannot write in {folder}: {exc.strerror or exc}.") from exc
        return staging[folder] / target.name

    try:
        progress(2, "Preparing the export…")
        stop_point()
        ready: list[tuple[Path, Path]] = []
        both = job.pdf_path is not None and job.xlsx_path is not None
        if job.xlsx_path is not None:
            progress(5, "Writing the Excel workbook…")
            from hireplan.export.xlsx import write_workbook  # heavy: load on use

            tmp = staged(job.xlsx_path)
            with _WRITERS:
                report = write_workbook(
                    job.plan, job.analysis, tmp, today=job.today, page_size=job.pdf_options.page_size
                )
            outcome.warnings.extend(f"Workbook: {w}" for w in report.warnings)
            ready.append((tmp, job.xlsx_path))
            stop_point()
        if job.pdf_path is not None:
            progress(45 if both else 5, "Writing the PDF brief…")
            from hireplan.export.pdf import write_pdf  # heavy: load on use

            tmp = staged(job.pdf_path)
            with _WRITERS:
                stop_point()
                report = write_pdf(job.plan, job.analysis, tmp, job.pdf_options, today=job.today)
            outcome.warnings.extend(f"PDF: {w}" for w in report.warnings)
            outcome.pdf_pages = report.pages
            ready.append((tmp, job.pdf_path))
            stop_point()
        progress(95, "Saving the files…")
        for tmp, target in ready:
            _place(tmp, target)
            outcome.written.append(target)
        progress(100, "Done")
        return outcome
    finally:
        for folder in staging.values():
            shutil.rmtree(folder, ignore_errors=True)


class ExportThread(QThread):
    """Runs :func:`run_export` in its own thread; signals arrive in the thread that owns this object.

    Exactly one of ``succeeded(ExportOutcome)``, ``failed(str)`` or ``cancelled()`` is emitted,
    then QThread's own ``finished``.
    """

    progressChanged = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def cancel(self) -> None:
        """Ask the export to stop at the next stage boundary; files written so far are removed."""
        self.requestInterruption()

    def run(self) -> None:
        try:
            outcome = run_export(self.job, self.progressChanged.emit, self.isInterruptionRequested)
        except ExportCancelledError:
            self.cancelled.emit()
        except ExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a writer bug must reach the person
            log.exception("export failed")
            reason = f"{type(exc).__name__}: {exc}"
            self.failed.emit(f"The export failed unexpectedly ({reason}). Nothing was saved.")
        else:
            self.succeeded.emit(outcome)


class ExportRunner(QObject):
    """The application's running exports: kept alive until they finish, stopped when the app quits.

    One per application (:meth:`of_application`), a child of the QApplication living in the GUI
    thread, so closing the window that started an export never destroys a running thread, and
    each thread is let go of in the GUI thread once it has finished.

    While any export runs, automatic cyclic garbage collection is paused: Python collects cycles
    in whichever thread happens to allocate, and if that is the export thread it may destroy Qt
    widgets from outside the GUI thread, which crashes Qt. Cycles wait (reference counting still
    frees everything else) and are collected in the GUI thread when the last export ends.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[ExportThread] = set()
        self._gc_was_enabled: bool | None = None
        """None while collection is not paused; else whether it was on before the pause."""
        if isinstance(parent, QCoreApplication):
            parent.aboutToQuit.connect(self.stop_all)

    @classmethod
    def of_application(cls) -> ExportRunner:
        """The runner the running application owns (made on first use)."""
        app = QCoreApplication.instance()
        runner = app.findChild(ExportRunner) if app is not None else None
        return runner if isinstance(runner, ExportRunner) else cls(app)

    def new_thread(self, job: ExportJob) -> ExportThread:
        """An export thread, not started yet: connect to its signals, then call ``start()``."""
        self._pause_gc()
        thread = ExportThread(job)
        self._running.add(thread)
        thread.finished.connect(self._release)
        return thread

    def running(self) -> frozenset[ExportThread]:
        """Threads started and not yet let go of."""
        return frozenset(self._running)

    def stop_all(self) -> None:
        """Stop every running export and wait for each to clean up (called when the app quits)."""
        for thread in list(self._running):
            thread.cancel()
        for thread in list(self._running):
            thread.wait(QUIT_WAIT_MS)

    @Slot()
    def _release(self) -> None:
        thread = self.sender()
        if isinstance(thread, ExportThread):
            self._running.discard(thread)
            thread.wait()  # already past run(); returns at once
            thread.deleteLater()
        if not self._running:
            self._resume_gc()

    def _pause_gc(self) -> None:
        if self._gc_was_enabled is None:
            self._gc_was_enabled = gc.isenabled()
            gc.disable()

    def _resume_gc(self) -> None:
        if self._gc_was_enabled is not None:
            if self._gc_was_enabled:
                gc.enable()
            self._gc_was_enabled = None
            gc.collect()

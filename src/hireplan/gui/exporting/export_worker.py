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

from hireplan import i18n
from hireplan.export.options import PdfOptions
from hireplan.export.progress import Step
from hireplan.export.report import ExportError
from hireplan.gui.exporting.labels import section_label, sheet_label

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis
    from hireplan.export.printable import Unprintable
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
    language: str = field(default_factory=i18n.current_language)
    """The language the documents are written in (the Export dialog's choice)."""
    analysed_in: str = field(default_factory=i18n.current_language)
    """The language ``analysis`` worded its flags in; when it is not ``language``, the export
    analyses its copy of the plan again in ``language``."""

    @classmethod
    def of(
        cls,
        document: PlanDocument,
        *,
        pdf_path: Path | None,
        xlsx_path: Path | None,
        pdf_options: PdfOptions | None = None,
        language: str | None = None,
    ) -> ExportJob:
        """A job for the document's current state: a private copy of the plan and its analysis (and
        its approved version, when the brief lists the changes since), written in ``language``
        (the window's when None)."""
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
            language=language or i18n.current_language(),
        )

    def targets(self) -> list[Path]:
        return [p for p in (self.xlsx_path, self.pdf_path) if p is not None]


@dataclass
class ExportOutcome:
    """Files written, in the order they were written, and what the person should be told."""

    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pdf_pages: int | None = None
    unprintable: list[Unprintable] = field(default_factory=list)
    """Fields whose characters printed as □ (the dialog named them before exporting)."""


Progress = Callable[[int, str], None]


def check_targets(job: ExportJob) -> None:
    """Refuse, before anything is written, destinations that cannot work."""
    translate = QCoreApplication.translate
    targets = job.targets()
    if not targets:
        raise ExportError(
            translate(
                "ExportWorker", "Choose at least one file to export: the PDF brief or the Excel workbook."
            )
        )
    if len({os.path.normcase(os.path.abspath(p)) for p in targets}) != len(targets):
        raise ExportError(
            translate("ExportWorker", "The PDF brief and the Excel workbook need two different file names.")
        )
    for target in targets:
        if target.is_dir():
            raise ExportError(
                translate("ExportWorker", "Cannot write {file}: it is a folder.").format(file=target)
            )
        if not target.parent.is_dir():
            raise ExportError(
                translate("ExportWorker", "Cannot write {file}: the folder {folder} does not exist.").format(
                    file=target.name, folder=target.parent
                )
            )
        if not os.access(target.parent, os.W_OK):
            raise ExportError(
                translate(
                    "ExportWorker", "Cannot write in {folder}: you do not have permission to save there."
                ).format(folder=target.parent)
            )


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
        raise ExportError(
            QCoreApplication.translate("ExportWorker", "Cannot write {file}: {reason}.").format(
                file=target, reason=exc.strerror or exc
            )
        ) from exc


def run_export(job: ExportJob, progress: Progress, should_stop: Callable[[], bool]) -> ExportOutcome:
    """Write the job's files; raise :class:`ExportCancelledError` when ``should_stop()`` turns true
    before the files are moved into place, :class:`ExportError` when they cannot be written.

    ``progress(percent, text)`` hears how far it is many times per stage (per section and page of
    the brief, per sheet of the workbook), in the window's language, while the documents are
    written in the job's. Plain Python (no Qt threads) so the same staging and clean-up rules can
    be tested without threads.
    """
    check_targets(job)
    with i18n.using_language(job.language):
        return _run(job, _Reporter(progress, should_stop), should_stop)


class _Reporter:
    """Turns a writer's progress into a percent of the whole export and a sentence in the window's
    language (Qt's catalogue, not the document's); stops the writer (by raising) as soon as the
    person presses Stop."""

    def __init__(self, progress: Progress, should_stop: Callable[[], bool]) -> None:
        self.progress, self.should_stop = progress, should_stop
        self.span = (0.0, 100.0)
        self.document = ""
        self._last: tuple[int, str] | None = None

    def stage(self, start: float, end: float, document: str) -> None:
        self.span, self.document = (start, end), document

    def say(self, percent: float, text: str) -> None:
        shown = (int(percent), text)
        if shown != self._last:
            self._last = shown
            self.progress(*shown)

    def __call__(self, fraction: float, step: Step) -> None:
        if self.should_stop():
            raise ExportCancelledError
        start, end = self.span
        self.say(start + (end - start) * fraction, step_text(self.document, step))


def step_text(document: str, step: Step) -> str:
    """What the export is doing, for the status line under the progress bar."""
    translate = QCoreApplication.translate
    if step.stage == "section":
        return translate("ExportWorker", "Writing the PDF brief: {section}…").format(
            section=section_label(step.name)
        )
    if step.stage == "layout":
        return translate("ExportWorker", "Laying out the PDF brief: page {page}…").format(page=step.number)
    if step.stage == "draw":
        return translate("ExportWorker", "Finishing the PDF brief: page {page} of {pages}…").format(
            page=step.number, pages=step.total
        )
    if step.stage == "sheet":
        return translate("ExportWorker", "Writing the Excel workbook: sheet {sheet}…").format(
            sheet=sheet_label(step.name)
        )
    if document == "pdf":
        return translate("ExportWorker", "Saving the PDF brief…")
    return translate("ExportWorker", "Saving the Excel workbook…")


def _run(job: ExportJob, report: _Reporter, should_stop: Callable[[], bool]) -> ExportOutcome:
    outcome = ExportOutcome()
    staging: dict[Path, Path] = {}
    translate = QCoreApplication.translate

    def stop_point() -> None:
        if should_stop():
            raise ExportCancelledError

    def staged(target: Path) -> Path:
        folder = target.parent
        if folder not in staging:
            try:
                staging[folder] = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
            except OSError as exc:
                raise ExportError(
                    translate("ExportWorker", "Cannot write in {folder}: {reason}.").format(
                        folder=folder, reason=exc.strerror or exc
                    )
                ) from exc
        return staging[folder] / target.name

    try:
        report.say(1, translate("ExportWorker", "Preparing the export…"))
        stop_point()
        analysis = job.analysis
        if job.language != job.analysed_in:  # flag texts are worded when the plan is analysed
            from hireplan.analysis import analyse

            analysis = analyse(job.plan, today=job.today)
        ready: list[tuple[Path, Path]] = []
        both = job.pdf_path is not None and job.xlsx_path is not None
        if job.xlsx_path is not None:
            report.stage(3, 45 if both else 93, "xlsx")
            report.say(3, translate("ExportWorker", "Writing the Excel workbook…"))
            from hireplan.export.xlsx import write_workbook  # heavy: load on use

            tmp = staged(job.xlsx_path)
            with _WRITERS:
                written = write_workbook(
                    job.plan,
                    analysis,
                    tmp,
                    today=job.today,
                    page_size=job.pdf_options.page_size,
                    progress=report,
                )
            outcome.warnings.extend(
                translate("ExportWorker", "Workbook: {warning}").format(warning=w) for w in written.warnings
            )
            ready.append((tmp, job.xlsx_path))
            stop_point()
        if job.pdf_path is not None:
            report.stage(45 if both else 3, 93, "pdf")
            report.say(report.span[0], translate("ExportWorker", "Writing the PDF brief…"))
            from hireplan.export.pdf import write_pdf  # heavy: load on use

            tmp = staged(job.pdf_path)
            with _WRITERS:
                stop_point()
                written = write_pdf(
                    job.plan, analysis, tmp, job.pdf_options, today=job.today, progress=report
                )
            outcome.warnings.extend(
                translate("ExportWorker", "PDF: {warning}").format(warning=w) for w in written.warnings
            )
            outcome.pdf_pages = written.pages
            outcome.unprintable = written.unprintable
            ready.append((tmp, job.pdf_path))
            stop_point()
        report.say(95, translate("ExportWorker", "Saving the files…"))
        for tmp, target in ready:
            _place(tmp, target)
            outcome.written.append(target)
        report.say(100, translate("ExportWorker", "Done"))
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
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportWorker", "The export failed unexpectedly ({reason}). Nothing was saved."
                ).format(reason=reason)
            )
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

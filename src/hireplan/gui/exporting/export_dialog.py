"""File > Export: the PDF brief and/or the Excel workbook, with the brief's options and a preview.

The export runs in an :class:`~hireplan.gui.exporting.export_worker.ExportThread` on a copy of the plan,
so the window stays responsive and the person can keep editing; a progress bar and Stop are
shown meanwhile, and a stopped export leaves nothing behind. Paths come through a
:class:`~hireplan.gui.common.file_chooser.FileChooser`, questions and messages through the window's
Prompter, and "open when done" through an injectable opener, so tests drive all of it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hireplan.analysis.format import format_progress
from hireplan.export.options import PdfOptions
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.file_chooser import FileChooser, QtFileChooser
from hireplan.gui.exporting.brief_choices import BriefChoices
from hireplan.gui.exporting.document_language import DocumentLanguageBox
from hireplan.gui.exporting.export_targets import ExportTargets
from hireplan.gui.exporting.export_worker import ExportJob, ExportOutcome, ExportRunner, ExportThread
from hireplan.gui.exporting.outcome_text import replace_question, saved_text
from hireplan.gui.exporting.unprintable_warning import confirm_unprintable
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_file import suggested_file_name
from hireplan.storage.safe_write import atomic_write_bytes

if TYPE_CHECKING:
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.common.prompts import Prompter
    from hireplan.gui.document.document import PlanDocument
    from hireplan.gui.exporting.pdf_preview import PdfPreviewDialog

Opener = Callable[[Path], object]


translate = QCoreApplication.translate
"""Qt's lookup by its own name, so pyside6-lupdate finds each ``translate("ExportDialog", …)``."""


def open_with_desktop(path: Path) -> bool:
    """Open a file in the program the desktop uses for it (the real app's opener)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def suggested_stem(document: PlanDocument) -> str:
    """The plan file's name, or one made from the plan title for a plan not saved yet."""
    if document.path is not None:
        return document.path.stem
    return Path(suggested_file_name(document.plan.title)).stem


class ExportDialog(Contained, QDialog):
    """Choose formats, destinations and the brief's options; export, preview, or stop."""

    exportFinished = Signal(object)
    exportFailed = Signal(str)
    exportCancelled = Signal()
    previewReady = Signal(object)
    statusMessage = Signal(str)

    def __init__(
        self,
        document: PlanDocument,
        prompter: Prompter,
        *,
        settings: AppSettings | None = None,
        files: FileChooser | None = None,
        opener: Opener | None = None,
        runner: ExportRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner or ExportRunner.of_application()
        """Keeps the export threads of the whole application (they outlive this dialog)."""
        self.document = document
        self.prompter = prompter
        self.settings = settings
        self.files: FileChooser = files or QtFileChooser()
        self.opener: Opener = opener or open_with_desktop
        self.preview: PdfPreviewDialog | None = None
        self._thread: ExportThread | None = None
        self._result: ExportOutcome | str | None = None
        self._previewing: Path | None = None
        self._close_when_done = False

        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setMinimumWidth(760)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self._show_title()
        document.planReset.connect(self._show_title)
        document.objectsChanged.connect(self._show_title)

        self.targets = ExportTargets(suggested_stem(document), self.files, self._start_folder)
        self.targets.toggled.connect(self._update_enabled)
        self.language = DocumentLanguageBox()
        language_row = QFormLayout()
        language_row.addRow(translate("ExportDialog", "Document &language:"), self.language)

        self.options_box = QGroupBox(translate("ExportDialog", "PDF brief"))
        default_size = settings.default_page_size() if settings is not None else "a4"
        self.choices = BriefChoices(default_size, self)
        self.choices.changed.connect(self._update_enabled)
        self.section_checks = self.choices.checks
        self.full_detail = self.choices.full_detail
        self.page_size = self.choices.page_size
        self.redact = self.choices.redact
        box = QVBoxLayout(self.options_box)
        box.addWidget(self.choices)

        self.open_when_done = QCheckBox(translate("ExportDialog", "&Open the files when done"))
        self.open_when_done.setChecked(settings.open_exports_when_done() if settings is not None else False)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            translate("ExportDialog", "Pre&view PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        for button in (self.preview_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter exports wherever the focus is, never opens a picker
        self.preview_button.clicked.connect(self.start_preview)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._cancel_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.targets)
        layout.addLayout(language_row)
        layout.addWidget(self.options_box)
        layout.addWidget(self.open_when_done)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_enabled()

    # ------------------------------------------------------------------ state

    def _start_folder(self) -> Path:
        if self.document.path is not None:
            return self.document.path.parent
        last = self.settings.last_folder() if self.settings is not None else None
        return last if last is not None and last.is_dir() else Path.home()

    def _show_title(self, *_args: object) -> None:
        title = self.document.plan.title
        if title:
            text = translate(
                "ExportDialog",
                "Export “{title}” for sharing. The files show the plan as it is when you press Export.",
            )
        else:
            text = translate(
                "ExportDialog",
                "Export this untitled plan for sharing. The files show it as it is when you press Export.",
            )
        self.heading.setText(text.format(title=title))

    def is_busy(self) -> bool:
        return self._thread is not None

    def _update_enabled(self, *_args: object) -> None:
        busy = self.is_busy()
        self.targets.set_busy(busy)
        for widget in (self.language, self.open_when_done):
            widget.setEnabled(not busy)
        pdf = self.targets.wants_pdf()
        self.options_box.setEnabled(not busy and pdf)
        has_sections = any(check.isChecked() for check in self.section_checks.values())
        self.preview_button.setEnabled(not busy and pdf and has_sections)
        self.export_button.setEnabled(not busy and (self.targets.wants_xlsx() or (pdf and has_sections)))
        self.cancel_button.setText(
            translate("ExportDialog", "&Stop") if busy else translate("ExportDialog", "Cancel")
        )
        self.progress.setVisible(busy)

    def pdf_options(self) -> PdfOptions:
        """The brief's options as chosen; ValueError (with the choices) when no section is ticked."""
        return self.choices.pdf_options()

    def document_language(self) -> str:
        """The language chosen for the documents (the window's unless changed)."""
        return self.language.language()

    # ------------------------------------------------------------------ export

    def start_export(self) -> bool:
        """Check the choices, confirm replacing files, and start writing; False if nothing started."""
        if self.is_busy():
            return False
        try:
            pdf = self.targets.pdf_target()
            xlsx = self.targets.xlsx_target()
            options = self.pdf_options() if pdf is not None else PdfOptions()
        except ValueError as exc:
            self.prompter.show_error(self, translate("ExportDialog", "Cannot export yet"), str(exc))
            return False
        if pdf is not None and not confirm_unprintable(self.prompter, self, self.document.plan, options):
            return False
        existing = [p for p in (pdf, xlsx) if p is not None and p.exists() and p not in self.targets.chosen]
        if existing and not self.prompter.ask_confirm(self, *replace_question(existing)):
            return False
        job = ExportJob.of(
            self.document,
            pdf_path=pdf,
            xlsx_path=xlsx,
            pdf_options=options,
            language=self.document_language(),
        )
        self._previewing = None
        self._run(job)
        return True

    def start_preview(self) -> bool:
        """Render the brief to a temporary file, then show it (see :attr:`previewReady`)."""
        if self.is_busy():
            return False
        try:
            options = self.pdf_options()
        except ValueError as exc:
            self.prompter.show_error(self, translate("ExportDialog", "Cannot preview yet"), str(exc))
            return False
        temp_dir = Path(tempfile.mkdtemp(prefix="hireplan-preview-"))
        pdf = temp_dir / f"{suggested_stem(self.document)}.pdf"
        job = ExportJob.of(
            self.document,
            pdf_path=pdf,
            xlsx_path=None,
            pdf_options=options,
            language=self.document_language(),
        )
        self._previewing = temp_dir
        self._run(job)
        return True

    def _run(self, job: ExportJob) -> None:
        self._result = None
        self.progress.setValue(0)
        self.progress.setFormat(format_progress(0.0))
        self.status.setText("")
        thread = self.runner.new_thread(job)
        self._thread = thread
        thread.progressChanged.connect(self._on_progress)
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        thread.cancelled.connect(self._on_cancelled)
        thread.finished.connect(self._on_thread_finished)
        self._update_enabled()
        thread.start()  # only now: a quick failure must not be signalled before anyone listens

    def _cancel_clicked(self) -> None:
        """While exporting the button says Stop and only stops; otherwise it closes the dialog."""
        if self.is_busy():
            self.cancel_export()
        else:
            self.reject()

    def cancel_export(self) -> None:
        """Stop the running export at its next step; nothing it wrote is kept."""
        if self._thread is not None:
            self._thread.cancel()
            self.status.setText(
                translate("ExportDialog", "Stopping… the files written so far will be removed.")
            )
            self.cancel_button.setEnabled(False)

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(format_progress(percent / 100))
        self.status.setText(text)

    def _on_succeeded(self, outcome: ExportOutcome) -> None:
        self._result = outcome

    def _on_failed(self, message: str) -> None:
        self._result = message

    def _on_cancelled(self) -> None:
        self._result = None

    def _on_thread_finished(self) -> None:
        """Act on the result once the thread has really ended (safe to close the dialog then)."""
        result = self._result
        previewing = self._previewing
        self._thread = None
        self._previewing = None
        self.cancel_button.setEnabled(True)
        self._update_enabled()
        if isinstance(result, ExportOutcome) and previewing is not None:
            self._show_preview(result, previewing)
        elif isinstance(result, ExportOutcome):
            self._finish_export(result)
        else:
            if previewing is not None:
                shutil.rmtree(previewing, ignore_errors=True)
            if isinstance(result, str):
                self.status.setText(translate("ExportDialog", "The export failed; nothing was saved."))
                self.prompter.show_error(self, translate("ExportDialog", "Export failed"), result)
                self.exportFailed.emit(result)
            else:
                self.status.setText(translate("ExportDialog", "Export stopped; nothing was saved."))
                self.statusMessage.emit(translate("ExportDialog", "Export stopped; nothing was saved."))
                self.exportCancelled.emit()
        if self._close_when_done:
            self._close_when_done = False
            self.reject()

    def _finish_export(self, outcome: ExportOutcome) -> None:
        saved = saved_text(outcome)
        self.status.setText(saved)
        self.statusMessage.emit(saved)
        self._remember(outcome.written)
        if outcome.warnings:
            self.prompter.show_warning(
                self,
                translate("ExportDialog", "Exported, with notes"),
                translate("ExportDialog", "The files were saved. Please note:")
                + "\n\n"
                + "\n".join(outcome.warnings),
            )
        if self.open_when_done.isChecked():
            for path in outcome.written:
                self.opener(path)
        self.exportFinished.emit(outcome)
        if not self._close_when_done:
            self.accept()

    def _remember(self, written: list[Path]) -> None:
        if self.settings is None:
            return
        if written:
            self.settings.set_last_folder(written[-1].parent)
        self.settings.set_open_exports_when_done(self.open_when_done.isChecked())

    # ------------------------------------------------------------------ preview

    def _show_preview(self, outcome: ExportOutcome, temp_dir: Path) -> None:
        from hireplan.gui.exporting.pdf_preview import PdfPreviewDialog  # QtPdf only when previewing

        self.status.setText("")
        if outcome.warnings:
            self.status.setText(
                translate("ExportDialog", "Note: {notes}").format(notes=" ".join(outcome.warnings))
            )
        preview = PdfPreviewDialog(outcome.written[0], save=self.save_preview, temp_dir=temp_dir, parent=self)
        self.preview = preview
        preview.finished.connect(self._preview_closed)
        preview.open()
        self.previewReady.emit(preview)

    def _preview_closed(self, _result: int) -> None:
        self.preview = None

    def save_preview(self, rendered: Path) -> bool:
        """Store the previewed PDF where the person chooses; True when it was saved."""
        text = self.targets.pdf_path.text().strip()
        suggested = Path(text) if text else self._start_folder() / rendered.name
        target = self.targets.ask_pdf_path(suggested)
        if target is None:
            return False
        try:
            atomic_write_bytes(target, rendered.read_bytes())
        except (PlanFileError, OSError) as exc:
            self.prompter.show_error(self, translate("ExportDialog", "Could not save the PDF"), str(exc))
            return False
        self.targets.pdf_path.setText(str(target))
        saved = translate("ExportDialog", "Saved the PDF brief {file}.").format(file=target.name)
        self.status.setText(saved)
        self.statusMessage.emit(saved)
        self._remember([target])
        if self.open_when_done.isChecked():
            self.opener(target)
        return True

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Cancel: stop a running export first (the dialog closes once it has stopped)."""
        if self.is_busy():
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

"""Importing benchmarks from a survey file: map the columns, see good and bad rows, import in one step.

The reading, mapping and checking live in :mod:`hireplan.storage.benchmark_import` (no Qt);
this dialog shows them: a drop-down per benchmark field to say which column feeds it (guessed
from the header names), the rows that will come in, the rows that will not with their reason,
and an Import button that adds all good rows as ONE undo step. A file that cannot be opened
(too large, old ``.xls``, password-protected, a zip bomb...) is refused with its message and
nothing else happens.

Reading and previewing run in the background (:mod:`.import_worker`, :mod:`.import_jobs`) with a
progress bar, a Stop button and a time budget, so no file can freeze the window; a new mapping
stops the preview still running for the old one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.style import error_style
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.import_jobs import (
    PreviewResult,
    ReadResult,
    plan_snapshot,
    preview_job,
    read_job,
)
from hireplan.gui.market_data.import_preview_table import TextColumn, TextRowsModel, preview_table
from hireplan.gui.market_data.import_source import ImportSource
from hireplan.gui.market_data.import_worker import TIME_BUDGET_SECONDS, ImportWorker
from hireplan.i18n import _, join_sentences
from hireplan.storage.benchmark_import import FIELDS, BenchmarkImportError, Mapping_, Preview, Table

NOT_IN_FILE = -1


class ImportDialog(Contained, QDialog):
    """Preview and import of one survey file into the plan's benchmarks."""

    budget_seconds = TIME_BUDGET_SECONDS
    """How long reading, or checking the rows, may take before it is stopped."""
    refused = Signal(str)
    """The file cannot be imported; the message says why."""
    settled = Signal()
    """Nothing runs in the background any more (a preview, a refusal or a stop is shown)."""

    def __init__(self, document: PlanDocument, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ImportDialog", "Import benchmarks — {file}").format(file=path.name)
        )
        self._document = document
        self.path = path
        self.table: Table | None = None
        self.preview = Preview()
        self.error = ""
        self.imported = 0
        self.worker = ImportWorker(self)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.progress.connect(self._on_progress)

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.sheet: str | None = None
        """The workbook sheet to read (None: the first); the person picks it in :attr:`source`."""
        self.source = ImportSource(self)
        self.source.sheet_chosen.connect(self.choose_sheet)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_label = QLabel()
        self.stop_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Stop"))
        self.stop_button.setToolTip(
            QCoreApplication.translate("ImportDialog", "Stop reading the file or checking its rows")
        )
        self.stop_button.clicked.connect(self.stop)
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_label)
        progress_layout.addWidget(self.progress_bar, 1)
        progress_layout.addWidget(self.stop_button)
        self.mapping_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Which column holds what"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for position, (key, label) in enumerate(FIELDS.items()):
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.activated.connect(lambda _i: self.refresh())
            self.combos[key] = combo
            row, column = divmod(position, 3)
            self.mapping_grid.addWidget(QLabel(_(label)), row, column * 2)
            self.mapping_grid.addWidget(combo, row, column * 2 + 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.good_model = TextRowsModel(
            [
                TextColumn(QCoreApplication.translate("ImportDialog", "Row"), figure=True),
                TextColumn(QCoreApplication.translate("ImportDialog", "Market")),
                TextColumn(QCoreApplication.translate("ImportDialog", "Job family")),
                TextColumn(QCoreApplication.translate("ImportDialog", "Level")),
                TextColumn(QCoreApplication.translate("ImportDialog", "Currency")),
                TextColumn(QCoreApplication.translate("ImportDialog", "Per")),
                TextColumn(QCoreApplication.translate("ImportDialog", "Base P50"), figure=True),
                TextColumn(QCoreApplication.translate("ImportDialog", "Total P50"), figure=True),
                TextColumn(QCoreApplication.translate("ImportDialog", "As of")),
                TextColumn(QCoreApplication.translate("ImportDialog", "Source")),
            ],
            self,
        )
        self.bad_model = TextRowsModel(
            [
                TextColumn(QCoreApplication.translate("ImportDialog", "Row"), figure=True),
                TextColumn(QCoreApplication.translate("ImportDialog", "Why it is left out")),
            ],
            self,
        )
        self.good_view = preview_table(self.good_model)
        self.bad_view = preview_table(self.bad_model)
        good_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Rows to import"))
        QVBoxLayout(good_box).addWidget(self.good_view)
        bad_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Rows left out"))
        QVBoxLayout(bad_box).addWidget(self.bad_view)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(good_box)
        lists.addWidget(bad_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.import_good)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.source)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(lists, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 680)
        self.load()

    @property
    def busy(self) -> bool:
        """A read or a preview is running in the background."""
        return self.worker.busy

    def _working(self, text: str) -> None:
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)  # busy until the core reports counts
        self.progress_row.show()
        self.import_button.setEnabled(False)

    def _idle(self) -> None:
        self.progress_row.hide()
        self.settled.emit()

    # ------------------------------------------------------------------ reading

    def load(self) -> None:
        """Read the file in the background; the mapping is guessed when it has been read."""
        self.table = None
        self.file_label.setText(str(self.path))
        self.mapping_box.setEnabled(False)
        self._working(
            QCoreApplication.translate("ImportDialog", "Reading {file}…").format(file=self.path.name)
        )
        path, sheet = self.path, self.sheet
        self.worker.start(
            lambda control: read_job(path, control, sheet),
            timeout_message=QCoreApplication.translate(
                "ImportDialog",
                "Reading {file} took longer than {seconds} seconds, so it was stopped. Export only the rows "
                "and columns you need and import that file.",
            ).format(file=path.name, seconds=f"{self.budget_seconds:g}"),
            unexpected=QCoreApplication.translate(
                "ImportDialog", "{file} could not be read because of an unexpected problem."
            ).format(file=path.name),
            expected=(BenchmarkImportError,),
            budget=self.budget_seconds,
        )

    def choose_sheet(self, name: str) -> None:
        """Read the workbook's sheet ``name`` instead (its columns are guessed afresh)."""
        if name == self.sheet or (self.sheet is None and self.table and self.table.sheets[:1] == (name,)):
            return
        self.sheet = name
        self.load()

    def _show_table(self, result: ReadResult) -> None:
        self.table = result.table
        self.source.show_table(self.table, self.sheet)
        self.error = ""
        self.error_label.hide()
        rows = len(self.table.rows)
        self.file_label.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "{file}: {description}, %n data row(s). Check the columns below; unknown markets must be "
                "added under Market data first.",
                None,
                rows,
            ).format(file=self.path.name, description=self.table.description)
        )
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not in file)"), NOT_IN_FILE)
            for column, header in enumerate(self.table.headers):
                combo.addItem(header, column)
            column_guess = result.guessed.get(key)
            combo.setCurrentIndex(0 if column_guess is None else column_guess + 1)
        self.mapping_box.setEnabled(True)
        self.refresh()

    def _refuse(self, message: str) -> None:
        self.error = message
        self.error_label.setText(message)
        self.error_label.show()
        self.mapping_box.setEnabled(False)
        self.import_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate("ImportDialog", "Nothing can be imported from this file.")
        )
        self._idle()
        self.refused.emit(message)

    def mapping(self) -> Mapping_:
        result: Mapping_ = {}
        for key, combo in self.combos.items():
            column = combo.currentData()
            result[key] = None if column in (None, NOT_IN_FILE) else int(column)
        return result

    def set_column(self, key: str, header: str | None) -> None:
        """Point a field at the column with this header (None = not in file); refreshes the preview."""
        combo = self.combos[key]
        combo.setCurrentIndex(0 if header is None else max(combo.findText(header), 0))
        self.refresh()

    # ------------------------------------------------------------------ previewing

    def refresh(self) -> None:
        """Preview the rows with the current mapping, stopping the preview of the previous one."""
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        plan = plan_snapshot(self._document.plan)
        names = {market.id: market.name for market in plan.markets}
        self._working(
            QCoreApplication.translate("ImportDialog", "Checking %n row(s)…", None, len(table.rows))
        )
        self.worker.start(
            lambda control: preview_job(table, mapping, plan, names, control),
            timeout_message=QCoreApplication.translate(
                "ImportDialog",
                "Checking the rows took longer than {seconds} seconds, so it was stopped. "
                "Import a smaller file, or check the columns chosen above.",
            ).format(seconds=f"{self.budget_seconds:g}"),
            unexpected=QCoreApplication.translate(
                "ImportDialog", "The rows could not be checked because of an unexpected problem."
            ),
            budget=self.budget_seconds,
        )

    def _show_preview(self, result: PreviewResult) -> None:
        self.preview = result.preview
        self.good_model.set_rows(result.good_rows)
        self.bad_model.set_rows(result.bad_rows)
        self.good_view.resizeColumnsToContents()
        self.bad_view.resizeColumnsToContents()
        count = len(self.preview.good)
        if self.preview.problems:
            self.summary.setText(join_sentences(*self.preview.problems))
        else:
            existing = QCoreApplication.translate(
                "ImportDialog", "%n benchmark(s)", None, len(self._document.plan.benchmarks)
            )
            text = QCoreApplication.translate(
                "ImportDialog",
                "%n row(s) will be added to the {existing} in the plan; {left_out} left out.",
                None,
                count,
            ).format(existing=existing, left_out=len(self.preview.bad))
            notes = self.preview.notes
            if notes:  # how cells were read, e.g. RMB as CNY
                text = join_sentences(text, *notes[:3])
                if len(notes) > 3:
                    text = join_sentences(
                        text,
                        QCoreApplication.translate(
                            "ImportDialog", "(%n more row(s) like these.)", None, len(notes) - 3
                        ),
                    )
            self.summary.setText(text)
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(
            QCoreApplication.translate("ImportDialog", "&Import %n row(s)", None, count)
        )
        self._idle()

    def stop(self) -> None:
        """Stop what runs in the background; what was shown before stays (nothing to import yet)."""
        if not self.worker.busy:
            return
        self.worker.cancel()
        if self.table is None:
            self._refuse(
                QCoreApplication.translate(
                    "ImportDialog", "Reading {file} was stopped; nothing was imported."
                ).format(file=self.path.name)
            )
            return
        self.preview = Preview()
        self.good_model.set_rows([])
        self.bad_model.set_rows([])
        self.summary.setText(
            QCoreApplication.translate(
                "ImportDialog", "Checking the rows was stopped. Change a column above to check them again."
            )
        )
        self._idle()

    def _on_finished(self, _generation: int, result: object) -> None:
        if isinstance(result, ReadResult):
            self._show_table(result)
        elif isinstance(result, PreviewResult):
            self._show_preview(result)

    def _on_failed(self, _generation: int, message: str) -> None:
        if self.table is None:
            self._refuse(message)
            return
        self.preview = Preview()
        self.good_model.set_rows([])
        self.bad_model.set_rows([])
        self.summary.setText(message)
        self.import_button.setEnabled(False)
        self._idle()

    def _on_progress(self, _generation: int, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def reject(self) -> None:
        self.worker.cancel()
        super().reject()

    # ------------------------------------------------------------------ importing

    def import_good(self) -> int:
        """Add the good rows as ONE undo step and close; returns how many were added."""
        if self.table is None or self.busy or not self.preview.good:
            return 0
        count = len(self.preview.good)
        self._document.insert_objects(
            "benchmark",
            -1,
            list(self.preview.good),
            text=QCoreApplication.translate(
                "ImportDialog", "Import %n benchmark(s) from {file}", None, count
            ).format(file=self.path.name),
        )
        self.imported = count
        self.preview = Preview()
        self.accept()
        return count

"""Where an export writes: a tick, a path and Browse… for the PDF brief and for the Excel workbook.

Paths typed by hand are read the way a person means them (``~`` is home, a bare name lands in the
start folder, a missing suffix is added); paths picked in a save dialog are remembered, because that
dialog already asked about replacing the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QPushButton, QWidget

from hireplan.gui.common.file_chooser import FileChooser

PDF_FILTER = str(QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf);;All files (*)"))
XLSX_FILTER = str(QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx);;All files (*)"))

translate = QCoreApplication.translate
"""Qt's lookup by its own name, so pyside6-lupdate finds each ``translate("ExportDialog", …)``."""


class ExportTargets(QWidget):
    """The two files of an export, each ticked or not; ``toggled`` when a tick changes."""

    toggled = Signal()

    def __init__(
        self,
        stem: str,
        files: FileChooser,
        start_folder: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._start_folder = start_folder
        self.chosen: set[Path] = set()
        """Paths picked in a save dialog, which already asked about replacing them."""
        folder = start_folder()

        self.pdf_check = QCheckBox(translate("ExportDialog", "&PDF brief for leadership"))
        self.pdf_check.setChecked(True)
        self.pdf_path = QLineEdit(str(folder / f"{stem}.pdf"))
        self.pdf_path.setAccessibleName(translate("ExportDialog", "Where to save the PDF brief"))
        self.xlsx_check = QCheckBox(translate("ExportDialog", "E&xcel workbook for finance"))
        self.xlsx_check.setChecked(True)
        self.xlsx_path = QLineEdit(str(folder / f"{stem}.xlsx"))
        self.xlsx_path.setAccessibleName(translate("ExportDialog", "Where to save the Excel workbook"))
        self.pdf_browse = QPushButton(translate("ExportDialog", "&Browse…"))
        self.pdf_browse.clicked.connect(self.choose_pdf_path)
        self.xlsx_browse = QPushButton(translate("ExportDialog", "B&rowse…"))
        self.xlsx_browse.clicked.connect(self.choose_xlsx_path)
        for button in (self.pdf_browse, self.xlsx_browse):
            button.setAutoDefault(False)  # Enter exports wherever the focus is, never opens a picker

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.pdf_check, 0, 0)
        grid.addWidget(self.pdf_path, 0, 1)
        grid.addWidget(self.pdf_browse, 0, 2)
        grid.addWidget(self.xlsx_check, 1, 0)
        grid.addWidget(self.xlsx_path, 1, 1)
        grid.addWidget(self.xlsx_browse, 1, 2)
        grid.setColumnStretch(1, 1)
        for check in (self.pdf_check, self.xlsx_check):
            check.toggled.connect(self.toggled)

    def wants_pdf(self) -> bool:
        return self.pdf_check.isChecked()

    def wants_xlsx(self) -> bool:
        return self.xlsx_check.isChecked()

    def set_busy(self, busy: bool) -> None:
        """Nothing changes while an export runs; a path is editable only when its file is ticked."""
        for check in (self.pdf_check, self.xlsx_check):
            check.setEnabled(not busy)
        for check, widgets in (
            (self.pdf_check, (self.pdf_path, self.pdf_browse)),
            (self.xlsx_check, (self.xlsx_path, self.xlsx_browse)),
        ):
            for widget in widgets:
                widget.setEnabled(not busy and check.isChecked())

    # ------------------------------------------------------------------ choosing

    def choose_pdf_path(self) -> Path | None:
        return self._choose(
            self.pdf_path, translate("ExportDialog", "Save the PDF brief as"), PDF_FILTER, ".pdf"
        )

    def choose_xlsx_path(self) -> Path | None:
        return self._choose(
            self.xlsx_path, translate("ExportDialog", "Save the Excel workbook as"), XLSX_FILTER, ".xlsx"
        )

    def ask_pdf_path(self, suggested: Path) -> Path | None:
        """Ask where to store a PDF already rendered (the preview's Save), starting at ``suggested``."""
        return self._files.save_file(
            self.window(),
            translate("ExportDialog", "Save the PDF brief as"),
            suggested,
            translate("ExportDialog", PDF_FILTER),
            ".pdf",
        )

    def _choose(self, edit: QLineEdit, title: str, name_filter: str, suffix: str) -> Path | None:
        path = self._files.save_file(
            self.window(),
            title,
            Path(edit.text().strip() or "."),
            translate("ExportDialog", name_filter),
            suffix,
        )
        if path is not None:
            edit.setText(str(path))
            self.chosen.add(path)
        return path

    # ------------------------------------------------------------------ reading

    def pdf_target(self) -> Path | None:
        """The brief's path, or None when not ticked; ValueError when ticked with no path."""
        return self._target(
            self.pdf_check,
            self.pdf_path,
            ".pdf",
            translate("ExportDialog", "Choose where to save the PDF brief."),
        )

    def xlsx_target(self) -> Path | None:
        """The workbook's path, or None when not ticked; ValueError when ticked with no path."""
        return self._target(
            self.xlsx_check,
            self.xlsx_path,
            ".xlsx",
            translate("ExportDialog", "Choose where to save the Excel workbook."),
        )

    def _target(self, check: QCheckBox, edit: QLineEdit, suffix: str, missing: str) -> Path | None:
        if not check.isChecked():
            return None
        text = edit.text().strip()
        if not text:
            raise ValueError(missing)
        path = Path(os.path.expanduser(text))
        if not path.is_absolute():
            path = self._start_folder() / path
        if not path.suffix:
            path = path.with_name(path.name + suffix)
        return path

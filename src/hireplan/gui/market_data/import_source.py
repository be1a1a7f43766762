"""What the import read, and which part of the file: the encoding of a CSV, the sheet of a workbook.

A survey saved by Excel on Chinese Windows is GBK, not UTF-8; the core detects that
(:func:`hireplan.storage.benchmark_read.read_table`) and this line says so in words a person knows
("Read as GBK (Simplified Chinese)"), so a file read in the wrong encoding is noticed before its
rows come in. A workbook with several sheets gets a sheet chooser; choosing one reads that sheet
again (the dialog guesses the columns afresh, since sheets differ).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hireplan.storage.benchmark_read import encoding_label
from hireplan.storage.benchmark_table import Table


class ImportSource(QWidget):
    """The encoding a CSV was read in, or the sheet of a workbook to read (chosen by the person)."""

    sheet_chosen = Signal(str)
    """The person picked another sheet of the workbook; its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encoding_label = QLabel(self)
        self.sheet_label = QLabel(QCoreApplication.translate("ImportSource", "&Sheet:"), self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("import_sheet")
        self.sheet_combo.setToolTip(
            QCoreApplication.translate("ImportSource", "The sheet of the workbook to import from")
        )
        self.sheet_combo.setAccessibleName(QCoreApplication.translate("ImportSource", "Sheet to import from"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(self._on_activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.encoding_label)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheet_combo)
        layout.addStretch(1)
        self.show_table(None)

    def show_table(self, table: Table | None, sheet: str | None = None) -> None:
        """Show how ``table`` was read: its encoding (CSV) or its sheets with ``sheet`` chosen (XLSX)."""
        encoding = table.encoding if table is not None else ""
        self.encoding_label.setText(
            QCoreApplication.translate("ImportSource", "Read as {encoding}.").format(
                encoding=encoding_label(encoding)
            )
            if encoding
            else ""
        )
        self.encoding_label.setVisible(bool(encoding))
        sheets = table.sheets if table is not None else ()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        if sheets:
            self.sheet_combo.setCurrentIndex(sheets.index(sheet) if sheet in sheets else 0)
        self.sheet_combo.blockSignals(False)
        several = len(sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        self.setVisible(bool(encoding) or several)

    def sheet(self) -> str | None:
        """The sheet chosen, or None for a file without sheets."""
        return self.sheet_combo.currentText() or None

    def choose_sheet(self, name: str) -> None:
        """Pick the sheet called ``name`` as the person would (what tests and keyboard users do)."""
        index = self.sheet_combo.findText(name)
        if index < 0:
            return
        self.sheet_combo.setCurrentIndex(index)
        self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        self.sheet_chosen.emit(self.sheet_combo.itemText(index))
